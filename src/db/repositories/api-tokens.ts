import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/** A named token as listed: never the token itself, which is shown once when made. */
export interface ApiTokenRecord {
  name: string;
  created_at: Date;
  revoked_at: Date | null;
}

/** Who a request is, by the token it presented. */
export type TokenIdentity =
  /** A live named token: the request acts as this owner. */
  | { kind: 'named'; owner: string }
  /** A token that was revoked: refused at once, whatever else is configured. */
  | { kind: 'revoked' }
  /** No named token matches (or none was presented). */
  | { kind: 'unknown' };

/** The prefix of every named token, so one found in a log or a paste is recognisable. */
const tokenPrefix = 'jp_';

/** Unique constraint violation (SQLSTATE 23505): a live token of that name exists. */
const UNIQUE_VIOLATION = '23505';

/** SHA-256 of a token: what is stored and what a presented token is looked up by. */
export const tokenDigest = (token: string): Buffer => createHash('sha256').update(token).digest();

/** Thrown by `create` when a live token already has the name. */
export class TokenNameTakenError extends Error {
  override readonly name = 'TokenNameTakenError';
}

/**
 * Named tokens: made with 256 random bits, kept only as their SHA-256 digest, revocable.
 * A presented token is found by its digest (an index lookup); the token itself is never
 * compared, so there is no secret-dependent comparison to time.
 *
 * @example
 * const tokens = apiTokensRepository(pool);
 * const { token } = await tokens.create('alice'); // shown once
 * await tokens.identify(token); // { kind: 'named', owner: 'alice' }
 */
export function apiTokensRepository(pool: pg.Pool) {
  return {
    /** Makes a token named `name` (validated by the caller). Returns the token, which is not stored. */
    async create(name: string): Promise<{ token: string; record: ApiTokenRecord }> {
      const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
      try {
        const { rows } = await pool.query<ApiTokenRecord>(
          `INSERT INTO api_tokens (name, token_hash) VALUES ($1, $2) RETURNING name, created_at, revoked_at`,
          [name, tokenDigest(token)],
        );
        return { token, record: rows[0] as ApiTokenRecord };
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw new TokenNameTakenError(`A token named "${name}" exists already.`, { cause: error });
        }
        throw error;
      }
    },

    /** Every token ever made, live ones first, then by name and age. */
    async list(): Promise<ApiTokenRecord[]> {
      const { rows } = await pool.query<ApiTokenRecord>(
        `SELECT name, created_at, revoked_at FROM api_tokens
          ORDER BY revoked_at IS NOT NULL, name, created_at DESC`,
      );
      return rows;
    },

    /** Revokes the live token named `name`; null when there is none. Effective on the next request. */
    async revoke(name: string): Promise<ApiTokenRecord | null> {
      const { rows } = await pool.query<ApiTokenRecord>(
        `UPDATE api_tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL
          RETURNING name, created_at, revoked_at`,
        [name],
      );
      return rows[0] ?? null;
    },

    /**
     * Who `token` is, and whether any live named token exists (then every request needs
     * one): one query. The server asks it through `cachedApiTokens`, which remembers answers
     * only while it hears every change to the tokens (migration 0019's notices).
     */
    async identify(token: string | undefined): Promise<{ identity: TokenIdentity; required: boolean }> {
      const { rows } = await pool.query<{ name: string | null; revoked: boolean | null; required: boolean }>(
        `SELECT t.name, t.revoked_at IS NOT NULL AS revoked,
                EXISTS (SELECT 1 FROM api_tokens WHERE revoked_at IS NULL) AS required
           FROM (SELECT 1) one
           LEFT JOIN api_tokens t ON t.token_hash = $1`,
        [token ? tokenDigest(token) : null],
      );
      const row = rows[0];
      const required = Boolean(row?.required);
      if (!row?.name) return { identity: { kind: 'unknown' }, required };
      return { identity: row.revoked ? { kind: 'revoked' } : { kind: 'named', owner: row.name }, required };
    },
  };
}

export type ApiTokensRepository = ReturnType<typeof apiTokensRepository>;
