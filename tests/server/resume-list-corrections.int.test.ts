import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { correctionOfField } from '../../src/protocol/resume-correction.ts';
import { testConfig } from '../helpers/test-database.ts';

// Session 38 trial: `PATCH /v1/resumes/{id} {"languages": {"2": {"fluency": "B2"}}}` was refused
// ("expected array") while `work` took the same index-keyed form, so one language level could
// only be fixed by resending every language. Skills, certificates and languages now take it too.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
});

const jsonResume = {
  basics: { name: 'Tomasz Wiśniewski', email: 'tomasz.w@example.org' },
  work: [{ name: 'Hafen Kontor GmbH', position: 'Dispatcher', startDate: '2019-04', highlights: ['Planned 30 drivers a day'] }],
  skills: [{ name: 'Route planning' }, { name: 'Excle' }, { name: 'Tachograph rules' }],
  certificates: [{ name: 'ADR basic' }],
  languages: [
    { language: 'Polish', fluency: 'Native' },
    { language: 'German', fluency: 'B1' },
    { language: 'English', fluency: 'B2' },
  ],
};

async function upload(): Promise<string> {
  const response = await fetch(`${server.url}/v1/resumes?filename=tomasz.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(jsonResume),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}
const patch = (id: string, body: unknown) =>
  fetch(`${server.url}/v1/resumes/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const stored = async (id: string): Promise<any> => ((await (await fetch(`${server.url}/v1/resumes/${id}`)).json()) as { resume: unknown }).resume;

describe('PATCH /v1/resumes/{id}: one entry of a list, named by its index', () => {
  it('corrects one language level and leaves the others as they are', async () => {
    const id = await upload();
    const response = await patch(id, { languages: { '1': { fluency: 'C1' } } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { changes: { field: string }[] };
    expect(body.changes.map((change) => change.field)).toEqual(['languages']);
    expect((await stored(id)).languages).toEqual([
      { language: 'Polish', fluency: 'Native' },
      { language: 'German', fluency: 'C1' },
      { language: 'English', fluency: 'B2' },
    ]);
  });

  it('renames a skill by a string, removes one by null and adds one at the index past the end', async () => {
    const id = await upload();
    expect((await patch(id, { skills: { '1': 'Excel', '2': null, '3': 'Forecasting' } })).status).toBe(200);
    expect((await stored(id)).skills.map((skill: { name: string }) => skill.name)).toEqual(['Route planning', 'Excel', 'Forecasting']);
    expect((await patch(id, { certificates: { '1': 'Forklift licence (2021)' } })).status).toBe(200);
    expect((await stored(id)).certificates.map((certificate: { name: string }) => certificate.name)).toEqual(['ADR basic', 'Forklift licence']);
  });

  it('sets when a certificate runs out, as an object or typed with its expiry, apart from the date it was earned', async () => {
    const id = await upload();
    expect((await patch(id, { certificates: { '0': { expires: '2027-05' }, '1': 'Forklift licence (2021), valid to 03/2026' } })).status).toBe(200);
    expect((await stored(id)).certificates).toEqual([
      { name: 'ADR basic', expires: '2027-05' },
      { name: 'Forklift licence', date: '2021', expires: '2026-03' },
    ]);
    const unknown = await patch(id, { certificates: { '0': { renewed: '2027' } } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/certificate fields are name, issuer, date, expires/);
  });

  it('an index beyond the end is refused with the range that exists; nothing is stored', async () => {
    const id = await upload();
    const response = await patch(id, { languages: { '7': { fluency: 'C2' } } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toMatch(/languages\.7 does not exist: the resume has 3 languages \(0 to 2\); use languages\.3 to add one/);
    expect((await stored(id)).languages).toHaveLength(3);
  });

  it('a list sent as an array still replaces the whole list', async () => {
    const id = await upload();
    expect((await patch(id, { languages: ['Dutch'] })).status).toBe(200);
    expect((await stored(id)).languages).toEqual([{ language: 'Dutch' }]);
  });
});

describe('`jobpilot resume set` names a list entry the same way', () => {
  it('languages.1.fluency and skills.0 become index-keyed corrections', () => {
    expect(correctionOfField('languages.1.fluency', 'C1')).toEqual({ ok: true, correction: { languages: { '1': { fluency: 'C1' } } } });
    expect(correctionOfField('skills.0', 'Route planning (EU)')).toEqual({ ok: true, correction: { skills: { '0': 'Route planning (EU)' } } });
    expect(correctionOfField('skills', 'Excel, SQL')).toEqual({ ok: true, correction: { skills: ['Excel', 'SQL'] } });
  });
});
