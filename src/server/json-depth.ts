import type { FastifyInstance } from 'fastify';
import { maxJsonDepth, nestsDeeperThan, tooDeep } from '../protocol/json-depth.ts';
import { mergePatchType } from './plugins/content-types.ts';

/**
 * Fastify's own JSON parser (`__proto__` and `constructor.prototype` refused), after a check of
 * how deep the body nests (a PATCH's `application/merge-patch+json` is the same JSON): a 40 KB body of `[`s otherwise costs every later walk of it (the
 * text check, validation) time in proportion to its depth, with the event loop held.
 *
 * @example
 * registerJsonDepthLimit(app); // before any route is added
 */
export function registerJsonDepthLimit(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', mergePatchType], { parseAs: 'string' }, (request, body, done) => {
    // parseAs 'string': the body is text.
    const text = body as string;
    if (nestsDeeperThan(text, maxJsonDepth)) {
      done(tooDeep(), undefined);
      return;
    }
    parse(request, text, done);
  });
}
