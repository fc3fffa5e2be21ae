import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiTokensRepository } from '../../db/repositories/api-tokens.ts';
import { JobpilotError } from '../../errors.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whose threads, resumes, saved jobs and documents this request reaches: a named token's name, or "default". */
    owner: string;
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a presented token is the expected one, in time that depends on neither: both are
 * hashed to 32 bytes first, so not even their lengths are compared in the clear.
 *
 * @example
 * tokenMatches(presented, config.token); // true or false
 */
export const tokenMatches = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected));

/** Gives every request an `owner`, "default" until the auth hook of its scope says otherwise. */
export const registerOwner = (app: FastifyInstance): void => {
  app.decorateRequest('owner', DEFAULT_OWNER);
};

/** The token of `authorization: Bearer <token>`, if any; with `apiKey`, else the `x-api-key` header's (LangGraph's clients send that). */
const bearerOf = (request: FastifyRequest, apiKey = false): string | undefined => {
  const header = request.headers.authorization ?? '';
  if (header.startsWith('Bearer ')) return header.slice('Bearer '.length);
  const key = request.headers['x-api-key'];
  return apiKey && typeof key === 'string' && key !== '' ? key : undefined;
};

export interface AuthSettings {
  /** `JOBPILOT_TOKEN`: the single token, whose owner is "default". */
  token: string | undefined;
  /** Named tokens, looked up by digest for every request (answered from memory while changes are heard: src/db/cached-api-tokens.ts). */
  tokens: Pick<ApiTokensRepository, 'identify'>;
  /** Also take the token from `x-api-key` (the LangGraph API under `/lg`, as its SDK sends it). */
  apiKeyHeader?: boolean;
}

/**
 * Who may use the routes of this scope (`/v1`), and as whom. `JOBPILOT_TOKEN` is the
 * "default" owner; a live named token is its own owner. While `JOBPILOT_TOKEN` is set or any
 * named token is live, a request without a valid token is `401 UNAUTHORIZED`; otherwise it
 * is the default owner's, as before named tokens. A token sent but not accepted is told so. A revoked token is refused at once, always.
 */
export function registerAuth(app: FastifyInstance, settings: AuthSettings): void {
  app.addHook('onRequest', async (request) => {
    // Unmatched requests (404) carry no data and need no token; nor does a CORS preflight (browsers send none with it).
    if (request.routeOptions.url === undefined || request.method === 'OPTIONS') return;
    await authenticate(request, settings);
  });
}

/**
 * Decides a request's owner from its bearer token, as `registerAuth` does for every /v1 route,
 * or refuses it `401 UNAUTHORIZED`. For a scope that also takes another proof (the calendar
 * feed's key) and falls back to the token.
 */
export async function authenticate(request: FastifyRequest, { token, tokens, apiKeyHeader = false }: AuthSettings): Promise<void> {
  const given = bearerOf(request, apiKeyHeader);
  if (token && given !== undefined && tokenMatches(given, token)) {
    request.owner = DEFAULT_OWNER;
    return;
  }
  const { identity, required } = await tokens.identify(given);
  if (identity.kind === 'named') {
    request.owner = identity.owner;
    return;
  }
  if (identity.kind === 'revoked') {
    throw new JobpilotError('UNAUTHORIZED', 'This token was revoked. Ask for a new one (jobpilot token create --name NAME on the server).');
  }
  if (given !== undefined && (token || required)) {
    throw new JobpilotError(
      'UNAUTHORIZED',
      'This token is not accepted: the one sent as "authorization: Bearer <token>" is neither the server\'s JOBPILOT_TOKEN nor a live named token. Check the JOBPILOT_TOKEN you send, or ask for a new one (jobpilot token create --name NAME on the server).',
    );
  }
  if (token || required) {
    throw new JobpilotError(
      'UNAUTHORIZED',
      'This server needs a token: send "authorization: Bearer <token>" with JOBPILOT_TOKEN or a named token (jobpilot token create --name NAME).',
    );
  }
  request.owner = DEFAULT_OWNER;
}

/**
 * The token-management routes of this scope need the admin key the server wrote to
 * `<data dir>/admin.secret` (0600): only the OS user who runs the server can read it.
 */
export function registerAdminAuth(app: FastifyInstance, adminKey: string, adminKeyFile: string): void {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url === undefined) return;
    const given = bearerOf(request);
    if (given === undefined || !tokenMatches(given, adminKey)) {
      throw new JobpilotError(
        'UNAUTHORIZED',
        `Managing tokens needs the server's admin key (${adminKeyFile}): run "jobpilot token …" as the user who runs the server, with the same JOBPILOT_DATA_DIR.`,
      );
    }
  });
}
