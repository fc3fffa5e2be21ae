import type { FastifyInstance } from 'fastify';
import { refuseUnstorableText, refuseUnstorableTextInTurns } from '../validate.ts';

/**
 * Every route of this scope refuses a query, path or parsed body holding text that cannot
 * be stored (a NUL character, a lone surrogate) with `400 BAD_REQUEST`, once, before any
 * route sees it: a message, a note, a label or an imported posting alike.
 *
 * @example
 * registerTextInputCheck(v1);
 */
export function registerTextInputCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    refuseUnstorableText(request.params, 'path');
    refuseUnstorableText(request.query, 'query');
    // A body can be an import of 10,000 postings: its walk lets other requests be answered meanwhile.
    await refuseUnstorableTextInTurns(request.body, 'body');
  });
}
