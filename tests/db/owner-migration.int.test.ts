import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationsDir } from '../../src/db/migrate.ts';
import { documentsRepository } from '../../src/db/repositories/documents.ts';
import { resumesRepository } from '../../src/db/repositories/resumes.ts';
import { savedJobsRepository } from '../../src/db/repositories/saved-jobs.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// A database written before named tokens (migrations 1–5, owner 'local'), then migrated:
// everything is the default owner's, and nothing of it is a named owner's.

let pool: pg.Pool;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase() });
  const before = await mkdtemp(join(tmpdir(), 'jobpilot-migrations-'));
  for (const file of await readdir(migrationsDir)) {
    if (/^000[1-5]_/.test(file)) await copyFile(join(migrationsDir, file), join(before, file));
  }
  expect(await migrate(pool, { directory: before })).toEqual([1, 2, 3, 4, 5]);
  await pool.query(`INSERT INTO threads (thread_id, title) VALUES ('old-chat', 'from before')`);
  await pool.query(`INSERT INTO jobs (id, title, company, url) VALUES ('0123456789ab', 'SRE', 'Initech', 'https://jobs.example.com/1')`);
  await pool.query(`INSERT INTO saved_jobs (job_id, status, notes) VALUES ('0123456789ab', 'applied', 'old note')`);
  await pool.query(`INSERT INTO resumes (id, label, format, raw_text, resume, created_at) VALUES ('res_00000000aa', 'old', 'text', 'Old Resume', '{}', now() - interval '1 day')`);
  await pool.query(`INSERT INTO resumes (id, label, format, raw_text, resume) VALUES ('res_00000000ab', 'newer', 'text', 'Newer Resume', '{}')`);
  // The person chose the older one: the choice must survive the migration.
  await pool.query(`INSERT INTO resume_choices (owner, resume_id) VALUES ('local', 'res_00000000aa')`);
  await pool.query(`INSERT INTO documents (id, kind, title, content) VALUES ('doc_00000000aa', 'cover_letter', 'Old letter', 'text')`);
  // Later migrations follow; 0006 is the one this file is about.
  expect((await migrate(pool)).at(0)).toBe(6);
});
afterAll(async () => {
  await pool?.end();
});

describe('migration 0006', () => {
  it("gives everything from before to the default owner, and none of it to a named one", async () => {
    const threads = threadsRepository(pool);
    expect((await threads.list(10)).map((row) => [row.thread_id, row.owner])).toEqual([['old-chat', 'default']]);
    expect(await threads.list(10, 'alice')).toEqual([]);

    expect((await savedJobsRepository(pool).list()).map((saved) => [saved.job_id, saved.notes])).toEqual([['0123456789ab', 'old note']]);
    expect(await savedJobsRepository(pool, 'alice').list()).toEqual([]);

    const resume = await resumesRepository(pool).active();
    expect(resume?.id).toBe('res_00000000aa');
    expect(await resumesRepository(pool, 'alice').get('res_00000000aa')).toBeNull();

    expect((await documentsRepository(pool).get('doc_00000000aa'))?.title).toBe('Old letter');
    expect(await documentsRepository(pool, 'alice').get('doc_00000000aa')).toBeNull();

    // New rows written without an owner are the default owner's too.
    const { rows } = await pool.query<{ owner: string }>(
      `INSERT INTO resumes (id, label, format, raw_text, resume) VALUES ('res_00000000bb', 'new', 'text', 'x', '{}') RETURNING owner`,
    );
    expect(rows[0]?.owner).toBe('default');
  });
});
