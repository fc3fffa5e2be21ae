import type { FastifyInstance, FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';
import { JobpilotError } from '../../errors.ts';

type Issue = z.core.$ZodIssue;

/** Issues that say the input has the wrong keys for a union's branch, rather than a wrong value. */
const isShapeIssue = (issue: Issue, depth: number): boolean =>
  issue.path.length <= depth + 1 &&
  (issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && issue.input === undefined));

/**
 * The issues a person should read: for a union none of whose branches took the input, the
 * branch the input was plainly meant for (the one whose keys it has), or the union's own
 * message when it fits none better than another (`{"message": …, "resume": …}`).
 */
function readableIssues(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const depth = issue.path.length;
    const ranked = issue.errors
      .map((branch) => ({ branch, misfit: branch.filter((inner) => isShapeIssue(inner, depth)).length }))
      .sort((a, b) => a.misfit - b.misfit);
    const [best, next] = ranked;
    if (!best || (next && next.misfit === best.misfit)) return [issue];
    return readableIssues(best.branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/** The schema of the field at `path` inside `schema` (through objects, arrays, optional, default, nullable and pipes), if there is one. */
function fieldAt(schema: z.core.$ZodType | undefined, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let current = schema;
  for (const key of path) {
    current = unwrapped(current);
    const def = current?._zod.def as { type?: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
    if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def?.type === 'array' && typeof key === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

/** `schema` without the wrappers that do not change what is asked for (optional, default, nullable, a pipe's input). */
function unwrapped(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const def = current._zod.def as { type?: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(def.type ?? '')) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** A field's `.describe()` text, wherever in its wrappers it was given. */
function descriptionOf(schema: z.core.$ZodType | undefined): string | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const description = z.globalRegistry.get(current)?.description;
    if (description) return description;
    const def = current._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/**
 * One issue in words: a required field left out says so and what it is
 * (`job_id is required: the id of a job from a search, e.g. 3f9a1c0b7d2e`), never zod's
 * "Invalid input: expected string, received undefined"; anything else is zod's message
 * (the schemas' own) after the field it is in.
 */
function describeIssue(issue: Issue, schema: z.core.$ZodType | undefined): string {
  const field = issue.path.map(String).join('.');
  // Zod's own wording for a field not there at all (a schema's custom message for it is kept as written).
  if (issue.code === 'invalid_type' && issue.path.length > 0 && /received undefined$/.test(issue.message)) {
    const description = descriptionOf(fieldAt(schema, issue.path))?.replace(/\.$/, '');
    // "The id of …" reads as "the id of …" after a colon; "ISO 8601 …" keeps its capitals.
    const said = description ? `: ${/^[A-Z][a-z]/.test(description) ? description[0]?.toLowerCase() + description.slice(1) : description}` : '';
    return `${field} is required${said}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const known = keysOf(fieldAt(schema, issue.path));
    const guesses = issue.keys.flatMap((key) => {
      const near = nearestKey(key, known);
      return near ? [`did you mean "${near}" for "${key}"?`] : [];
    });
    if (guesses.length > 0) {
      const message = `${issue.message}; ${guesses.join(' ')} (accepted: ${known.join(', ')})`;
      return field ? `${field}: ${message}` : message;
    }
  }
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** The keys an object schema accepts (none for anything else). */
function keysOf(schema: z.core.$ZodType | undefined): string[] {
  const def = unwrapped(schema)?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * The accepted key a refused one was plainly meant as: the same but for a plural "s", case, "-" for
 * "_", or at most two letters (a one-letter key changes no letters to be another).
 */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  const plain = (name: string) => name.toLowerCase().replace(/-/g, '_');
  const said = plain(key);
  const same = known.find((name) => [said, `${said}s`, said.replace(/s$/, '')].includes(plain(name)));
  if (same) return same;
  const allowed = Math.min(2, Math.floor(said.length / 3));
  const ranked = known.map((name) => ({ name, distance: editDistance(said, plain(name)) })).sort((left, right) => left.distance - right.distance);
  const best = ranked[0];
  return best && best.distance <= allowed && ranked[1]?.distance !== best.distance ? best.name : undefined;
}

/** The fewest one-letter inserts, deletes, changes and swaps of two neighbours ("wehn" → "when") between two words. */
function editDistance(left: string, right: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const change = left[row - 1] === right[column - 1] ? 0 : 1;
      let best = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + change);
      const swapped = row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1];
      if (swapped) best = Math.min(best, (before[column - 2] ?? 0) + 1);
      current[column] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * Zod's issues as one line a person can act on: each problem with the field it is in
 * (`limit: expected a whole number from 1 to 100; notes: …`), a missing field named as
 * required with what it is (from the `schema` it was checked against, when given). The one
 * place the API words a refused input, for route schemas and `validate` alike.
 *
 * @example
 * describeIssues(result.error.issues, schema); // 'job_id is required: the id of a job from a search, e.g. 3f9a1c0b7d2e'
 */
export function describeIssues(issues: readonly Issue[], schema?: z.core.$ZodType): string {
  return readableIssues(issues)
    .map((issue) => describeIssue(issue, schema))
    .join('; ');
}

/** `/v1/resumes/:id` → "resume id", `/v1/threads/:thread_id/runs` → "thread id": what a path names. */
function paramsName(url: string): string {
  const parts = url.split('/');
  const last = parts.findLastIndex((part) => part.startsWith(':'));
  const param = parts[last]?.slice(1) ?? '';
  if (param === 'name') return 'token name';
  if (param !== 'id') return param.replace(/_/g, ' ');
  const collection = parts[last - 1] ?? '';
  return `${collection.replace(/-/g, ' ').replace(/s$/, '')} id`;
}

const partNames: Record<string, string> = { querystring: 'query', body: 'body', headers: 'headers' };

/**
 * Fastify's validator compiler for zod route schemas: called once per route and part at
 * start-up. A failure is `400 BAD_REQUEST` naming the part, the field and the problem
 * (`Invalid query: limit: expected a whole number from 1 to 100`), in the documented error
 * shape. A request without a body is read as `{}`, so a missing required field is named.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, url, httpPart }) => {
  const what = httpPart === 'params' ? paramsName(url) : (partNames[httpPart ?? ''] ?? httpPart ?? 'input');
  const isBody = httpPart === 'body';
  return (data) => {
    const result = schema.safeParse(isBody ? (data ?? {}) : data);
    if (result.success) return { value: result.data };
    return { error: new JobpilotError('BAD_REQUEST', `Invalid ${what}: ${describeIssues(result.error.issues, schema)}`) };
  };
};

/**
 * Fastify's serializer compiler for zod response schemas: every JSON answer is checked
 * against the schema its route documents, and a mismatch is a bug (`500 INTERNAL`, logged
 * with the issues) rather than an answer that breaks its contract. The answer itself is
 * written as the route made it, so nothing it holds is silently dropped: the contract test
 * finds a field the schema does not describe.
 */
export const zodSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema, method, url }) => {
  // A schema given per content type (the run stream) has no JSON answer to check.
  if (typeof (schema as { safeParse?: unknown }).safeParse !== 'function') return (data) => JSON.stringify(data);
  return (data) => {
    const result = schema.safeParse(data);
    if (!result.success) {
      throw new JobpilotError('INTERNAL', `The answer to ${method} ${url} does not match its documented schema: ${describeIssues(result.error.issues)}`, { cause: result.error });
    }
    return JSON.stringify(data);
  };
};

/**
 * Route schemas from the zod protocol: params, query, body and answers of every route in
 * this instance are validated by the schemas they declare (and documented by them, see
 * `registerApiDocument`).
 *
 * @example
 * registerRouteSchemas(app);
 */
export function registerRouteSchemas(app: FastifyInstance): void {
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
}
