import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { alertsRepository } from '../../src/db/repositories/alerts.ts';
import { resumesRepository } from '../../src/db/repositories/resumes.ts';
import { stepAttemptsRepository } from '../../src/db/repositories/step-attempts.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { undoableChangesRepository } from '../../src/db/repositories/undoable-changes.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let pool: pg.Pool;
beforeAll(async () => {
  pool = createPool(await createTestDatabase(), { log: () => {} });
  await migrate(pool);
});
afterAll(async () => {
  await pool?.end();
});

const search = {
  name: 'welders in Leeds',
  query: 'welder',
  location: 'Leeds',
  remote: null,
  remote_too: false,
  company: null,
  min_fit: null,
  min_salary: null,
  exclude_seniority: [],
  exclude_employment_type: [],
  exclude_agencies: false,
  schedule: 'daily 08:00',
  time_zone: 'Europe/London',
};

/**
 * Runs `insert` while another connection has deleted its parent row and not committed yet,
 * then commits the delete: the insert waits on the parent's lock, and sees it gone.
 */
async function whileDeleting<T>(deleteSql: string, params: unknown[], insert: () => Promise<T>): Promise<T> {
  const deleting = await pool.connect();
  try {
    await deleting.query('BEGIN');
    await deleting.query(deleteSql, params);
    const inserted = insert();
    // Whether the insert is already waiting on the lock or has not begun, the delete commits first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await deleting.query('COMMIT');
    return await inserted;
  } finally {
    deleting.release();
  }
}

describe('an insert that reads its parent while the parent is being deleted', () => {
  it('queues no alert run (the alert is gone), never a foreign-key error', async () => {
    const alerts = alertsRepository(pool, 'default');
    const at = new Date('2026-12-07T09:00:00Z');
    const alert = await alerts.create(search, at, at);
    const queued = await whileDeleting('DELETE FROM alerts WHERE id = $1', [alert.id], () => alerts.queueManualRun(alert.id, at, async () => {}));
    expect(queued).toBeNull();
    expect(await alerts.get(alert.id)).toBeNull();
  });

  it('chooses no resume that is gone', async () => {
    const resumes = resumesRepository(pool, 'default');
    const resume = await resumes.add({ label: 'welding', format: 'text', filename: null, rawText: 'Sam Lee\nWelder', resume: { basics: { name: 'Sam Lee' } } });
    await whileDeleting('DELETE FROM resumes WHERE id = $1', [resume.id], () => resumes.choose(resume.id));
    const { rows } = await pool.query('SELECT resume_id FROM resume_choices WHERE owner = $1', ['default']);
    expect(rows).toEqual([]);
  });

  it('records no change of a thread that is gone, and tracks no step of it', async () => {
    await threadsRepository(pool).ensure('thread-going');
    const recorded = await whileDeleting('DELETE FROM threads WHERE thread_id = $1', ['thread-going'], () =>
      undoableChangesRepository(pool).record('thread-going', { kind: 'saved_job', subject: 'f0f0f0f0f0f0', description: 'saved "Welder"', before: null, after: { status: 'saved' } }),
    );
    expect(recorded).toBe(false);

    await threadsRepository(pool).ensure('thread-going-too');
    const attempt = await whileDeleting('DELETE FROM threads WHERE thread_id = $1', ['thread-going-too'], () =>
      stepAttemptsRepository(pool).begin({ threadId: 'thread-going-too', stepKey: 'step-1', runId: null, action: 'search_jobs', args: {} }),
    );
    expect(attempt).toBe('untracked');
  });

  it('still adds each when the parent stays', async () => {
    const alerts = alertsRepository(pool, 'default');
    const at = new Date('2026-12-07T10:00:00Z');
    const alert = await alerts.create({ ...search, name: 'welders in York', location: 'York' }, at, at);
    const enqueued: string[] = [];
    const run = await alerts.queueManualRun(alert.id, at, async (_client, runId) => {
      enqueued.push(runId);
    });
    expect(run).toMatchObject({ alert_id: alert.id, trigger: 'manual', status: 'queued' });
    expect(enqueued).toEqual([run?.id]);

    await threadsRepository(pool).ensure('thread-kept');
    expect(await undoableChangesRepository(pool).record('thread-kept', { kind: 'saved_job', subject: 'f0f0f0f0f0f0', description: 'saved "Welder"', before: null, after: { status: 'saved' } })).toBe(true);
  });
});
