import type { FastifyInstance } from 'fastify';
import { JobpilotError } from '../../errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media types this route's body may have (`application/json` when not given). */
    accepts?: readonly string[];
  }
}

/** What a JSON route takes: nothing else, not even the text/plain a cross-site form may send. */
const jsonOnly: readonly string[] = ['application/json'];
/** The media type of a JSON merge (RFC 7396), which every PATCH route is; parsed as JSON. */
export const mergePatchType = 'application/merge-patch+json';
/** What a PATCH route takes unless it says otherwise: JSON, under either name. */
const jsonOrMergePatch: readonly string[] = ['application/json', mergePatchType];
/** Methods whose bodies Fastify never reads. */
const bodiless: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `text/csv; charset=utf-8` → `text/csv`. */
export const mediaTypeOf = (contentType: string | undefined): string =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const listed = (types: readonly string[]) =>
  types.length === 1 ? (types[0] as string) : `${types.slice(0, -1).join(', ')} or ${types.at(-1) as string}`;

/**
 * Every route of this scope takes only the media types it documents: `application/json`
 * (a PATCH also `application/merge-patch+json`), or those in its `config.accepts`. A body of any other type (a form's text/plain,
 * urlencoded or multipart, or no content type at all) is `415 UNSUPPORTED_MEDIA_TYPE`
 * before a byte of it is read. Fastify's default text/plain parser is removed too, so the
 * parsers agree with the check.
 *
 * @example
 * registerContentTypes(v1);
 * v1.post('/jobs/import', { config: { accepts: ['application/json', 'text/csv'] } }, handler);
 */
export function registerContentTypes(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => {
    if (bodiless.has(request.method) || request.routeOptions.url === undefined) return;
    const length = request.headers['content-length'];
    const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    if (!hasBody) return;
    const accepts = request.routeOptions.config.accepts ?? (request.method === 'PATCH' ? jsonOrMergePatch : jsonOnly);
    const type = mediaTypeOf(request.headers['content-type']);
    if (accepts.includes(type)) return;
    throw new JobpilotError(
      'UNSUPPORTED_MEDIA_TYPE',
      `${request.method} ${request.routeOptions.url} takes ${listed(accepts)}, not ${type ? `"${type}"` : 'a body without a content type'}; ` +
        `send "content-type: ${accepts[0] as string}".`,
    );
  });
}
