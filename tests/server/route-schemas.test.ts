import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JobpilotError } from '../../src/errors.ts';
import { runRequestSchema, saveJobRequestSchema, updateJobStatusRequestSchema, updateReminderRequestSchema } from '../../src/protocol/api.ts';
import { describeIssues, zodSerializerCompiler, zodValidatorCompiler } from '../../src/server/plugins/route-schemas.ts';

const problemOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return describeIssues(result.error.issues);
};

describe('describeIssues', () => {
  it('names the field and the problem', () => {
    expect(problemOf(z.object({ limit: z.number().max(5, 'at most 5') }), { limit: 9 })).toBe('limit: at most 5');
  });

  it('reads a union through the branch the input was meant for', () => {
    expect(problemOf(runRequestSchema, { message: '   ' })).toBe('message: The message is empty.');
    expect(problemOf(runRequestSchema, { resume: { approved: 'yes' } })).toMatch(/^resume\.approved: /);
  });

  it('names the accepted key a refused one was plainly meant as (trial s38 #46)', () => {
    const said = (schema: z.ZodType, value: unknown) => describeIssues(schema.safeParse(value).error?.issues ?? [], schema);
    expect(said(saveJobRequestSchema, { job_id: '3f9a1c0b7d2e', note: 'check dutch level' })).toMatch(/did you mean "notes" for "note"\?/);
    expect(said(updateJobStatusRequestSchema, { status: 'applied', notes: 'sent' })).toMatch(/did you mean "note" for "notes"\?/);
    expect(said(updateReminderRequestSchema, { wehn: 'friday' })).toMatch(/did you mean "when" for "wehn"\?/);
    expect(said(z.object({ outer: z.object({ job_id: z.string() }).strict() }), { outer: { 'job-id': 'x' } })).toMatch(/outer: Unrecognized key: "job-id"; did you mean "job_id" for "job-id"\?/);
    // Nothing near: zod's own words, no guess.
    expect(said(saveJobRequestSchema, { job_id: '3f9a1c0b7d2e', colour: 'red' })).not.toMatch(/did you mean/);
  });

  it('names a missing field as required, with what it is when the schema describes it', () => {
    const schema = z.object({ job_id: z.string().describe('The id of a job from a search, e.g. 3f9a1c0b7d2e.'), when: z.string().trim().min(1).optional(), kind: z.string() });
    expect(describeIssues(schema.safeParse({ kind: 'x' }).error?.issues ?? [], schema)).toBe('job_id is required: the id of a job from a search, e.g. 3f9a1c0b7d2e');
    expect(describeIssues(schema.safeParse({ job_id: 'x' }).error?.issues ?? [], schema)).toBe('kind is required');
    expect(describeIssues(schema.safeParse({ job_id: 1, kind: 'x' }).error?.issues ?? [], schema)).toMatch(/^job_id: Invalid input: expected string, received number/);
  });

  it("says the union's own message when the input fits no branch better than another", () => {
    for (const body of [{}, { message: 'hi', resume: { approved: true } }, { text: 'hi' }, [], 'hi']) {
      expect(problemOf(runRequestSchema, body)).toMatch(/^The body must have exactly one of "message"/);
    }
  });
});

describe('zodValidatorCompiler', () => {
  const validatorFor = (httpPart: string, url: string, schema: z.ZodType) =>
    zodValidatorCompiler({ schema, method: 'GET', url, httpPart }) as (data: unknown) => { value?: unknown; error?: Error };

  it('names what a path holds after its parameter and collection', () => {
    const id = z.object({ id: z.string().regex(/^x$/, 'bad') });
    expect(validatorFor('params', '/v1/resumes/:id', id)({ id: 'y' }).error?.message).toBe('Invalid resume id: id: bad');
    expect(validatorFor('params', '/v1/documents/:id/export', id)({ id: 'y' }).error?.message).toBe('Invalid document id: id: bad');
    expect(validatorFor('params', '/v1/saved-jobs/:job_id', z.object({ job_id: z.literal('x') }))({ job_id: 'y' }).error?.message).toMatch(/^Invalid job id: job_id: /);
    expect(validatorFor('params', '/v1/tokens/:name', z.object({ name: z.literal('x') }))({ name: 'y' }).error?.message).toMatch(/^Invalid token name: /);
  });

  it('refuses with BAD_REQUEST, reads a missing body as {}, and hands on the parsed value', () => {
    const body = validatorFor('body', '/v1/saved-jobs', z.object({ job_id: z.string({ error: 'required' }) }));
    const missing = body(null).error;
    expect(missing).toBeInstanceOf(JobpilotError);
    expect((missing as JobpilotError).code).toBe('BAD_REQUEST');
    expect(missing?.message).toBe('Invalid body: job_id: required');
    const query = validatorFor('querystring', '/v1/threads', z.object({ limit: z.coerce.number().default(100) }));
    expect(query({})).toEqual({ value: { limit: 100 } });
    expect(query({ limit: 'x' }).error?.message).toMatch(/^Invalid query: limit: /);
  });
});

describe('zodSerializerCompiler', () => {
  const serialize = zodSerializerCompiler({ schema: z.object({ status: z.literal('ok') }), method: 'GET', url: '/healthz', httpStatus: '200' });

  it('writes an answer that matches as it is, and refuses one that does not as a bug', () => {
    expect(serialize({ status: 'ok' })).toBe('{"status":"ok"}');
    // A field the schema does not name is written, not dropped: the contract test is what finds it.
    expect(serialize({ status: 'ok', extra: 1 })).toBe('{"status":"ok","extra":1}');
    expect(() => serialize({ status: 'down' })).toThrow(/does not match its documented schema: status: /);
  });
});
