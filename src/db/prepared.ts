import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Past this many distinct texts, statements run unnamed: a name is only for a text fixed by the
 * code (a few variants each), and every named one is kept by every connection that ran it.
 */
const MAX_NAMED = 100;

const names = new Map<string, string>();

/**
 * A turn's statement as a named prepared statement: node-postgres parses it once per connection
 * and afterwards sends only its parameters, and Postgres keeps its plan (a generic one once it
 * costs no more than planning each call). Parsing and planning an unnamed statement was most of
 * what some of a turn's statements cost Postgres: the planner's read of known names took ~2 ms of
 * backend CPU unnamed against ~0.2 ms prepared (docs/benchmarks.md, session 40). The name is
 * derived from the text, so two texts never share one.
 *
 * Only for statements whose text the code fixes (no values spliced in). A pooler between jobpilot
 * and Postgres must keep sessions, as the thread locks' session advisory locks already need.
 *
 * @example
 * await pool.query(prepared('INSERT INTO messages (thread_id, role, content, run_id) VALUES ($1, $2, $3, $4)', [thread, 'user', text, runId]));
 */
export function prepared(text: string, values: unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMED) return { text, values };
    name = `jobpilot_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return { name, text, values };
}
