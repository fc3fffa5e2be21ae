import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { undoableChangesRepository } from '../../src/db/repositories/undoable-changes.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let pool: pg.Pool;
beforeAll(async () => {
  pool = createPool(await createTestDatabase(), { log: () => {} });
  await migrate(pool);
  await threadsRepository(pool).ensure('thread-kept');
});
afterAll(async () => {
  await pool?.end();
});

describe('undoable_changes after migration 0008', () => {
  it('keeps changes undo cannot reverse beside the ones it can, newest first', async () => {
    const changes = undoableChangesRepository(pool);
    expect(await changes.record('thread-kept', { kind: 'saved_job', subject: 'f0f0f0f0f0f0', description: 'saved "Foreman" at Brightline', before: null, after: { status: 'saved' } })).toBe(true);
    expect(await changes.record('thread-kept', { kind: 'document', subject: 'doc_2', description: 'wrote a new version of [doc_1]', before: 'doc_1', after: 'doc_2' })).toBe(true);
    expect(await changes.latest('thread-kept')).toMatchObject({ kind: 'document', subject: 'doc_2', before: 'doc_1' });
    expect(await changes.record('thread-kept', { kind: 'resume_content', subject: 'res_1', description: 'corrected phone on "trade"', before: null, after: 'res_1' })).toBe(true);
    expect(await changes.latest('thread-kept')).toMatchObject({ kind: 'resume_content' });
  });

  it('still refuses a kind it does not know', async () => {
    await expect(
      pool.query(`INSERT INTO undoable_changes (thread_id, kind, subject, description) VALUES ('thread-kept', 'letter', 'x', 'y')`),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
