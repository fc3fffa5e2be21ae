import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertScheduler, createAlertScheduler } from '../../src/alerts/alert-scheduler.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { type OutageProxy, startOutageProxy } from '../helpers/outage-proxy.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

// The scheduler while its database is unreachable (issue 18: under load a graphile-worker cron
// query timed out, and the rejection nobody could catch ended the process). Postgres is reached
// through a proxy the test takes down across a minute's cron tick and brings back: the process
// keeps running, every failure is logged, and the minute's chore runs once the database is back.
// Waits for a real minute boundary (graphile-worker's cron has minutes, read from the real clock).
const minuteMs = 60_000;
let proxy: OutageProxy;
let pool: pg.Pool;
let scheduler: AlertScheduler;
const logged: string[] = [];
const rejections: unknown[] = [];
const recordRejection = (reason: unknown) => rejections.push(reason);
/** The minutes (cron timestamps) the chore ran for. */
const ticks: string[] = [];
/** The runs of a chore the test queues itself; the first is held until the test lets it finish. */
let holds = 0;
let letHoldFinish: () => void = () => {};
const holdFinishing = new Promise<void>((resolve) => (letHoldFinish = resolve));

beforeAll(async () => {
  process.on('unhandledRejection', recordRejection);
  proxy = await startOutageProxy(await createTestDatabase());
  // A short connect timeout: the cron's query fails a second into the outage instead of five.
  pool = createPool(proxy.url, { connectionTimeoutMillis: 1_000, log: (message) => logged.push(message) });
  await migrate(pool);
  scheduler = createAlertScheduler({
    pool,
    careerFor: () => {
      throw new Error('no alerts in this test');
    },
    notify: async () => {},
    now: () => new Date(),
    log: (message, details) => logged.push(details ? `${message} ${JSON.stringify(details)}` : message),
    pollIntervalMs: 200,
    retryDelayMs: { first: 100, most: 1_000 },
    chores: [
      { name: 'tick', cron: '* * * * *', run: async () => void ticks.push(new Date().toISOString()) },
      {
        name: 'hold',
        cron: '0 0 1 1 *',
        run: async () => {
          if (++holds === 1) await holdFinishing;
        },
      },
    ],
  });
  await scheduler.start();
});
afterAll(async () => {
  await scheduler?.stop();
  await pool?.end();
  await proxy?.close();
  process.off('unhandledRejection', recordRejection);
});

describe('the scheduler while the database is unreachable', () => {
  it('starts a worker again that could not record a job’s end, and the job runs again', async () => {
    await pool.query(`SELECT graphile_worker.add_job('hold', '{}'::json)`);
    await waitFor(async () => holds, (count) => count === 1, { timeoutMs: 20_000 });
    const loggedBefore = logged.length;
    // The job's end cannot be recorded: graphile-worker's worker exits ("committing seppuku") and is not replaced.
    proxy.goDown();
    letHoldFinish();
    const told = await waitFor(
      async () => logged.slice(loggedBefore),
      (lines) => lines.some((line) => /^scheduler: a worker stopped after a database error/.test(line)),
      { timeoutMs: 20_000 },
    );
    expect(told.some((line) => /^scheduler: a worker stopped after a database error/.test(line)), told.join('\n')).toBe(true);
    proxy.comeBack();

    // Started again, with the dead worker's job unlocked: it runs again (a chore is safe to repeat).
    const runs = await waitFor(async () => holds, (count) => count === 2, { timeoutMs: 20_000 });
    expect(runs).toBe(2);
    expect(logged.slice(loggedBefore)).toContain('scheduler: started again');
    expect(rejections).toEqual([]);
  });

  it('logs the failures, stays up, and runs the minute’s chore once the database is back', { timeout: 4 * minuteMs }, async () => {
    // Down a little before the next minute's tick (far enough from this one's to be sure which tick it is).
    let untilTick = minuteMs - (Date.now() % minuteMs);
    if (untilTick < 4_000) untilTick += minuteMs;
    await new Promise((resolve) => setTimeout(resolve, untilTick - 2_000));
    const ranBefore = ticks.length;
    const loggedBefore = logged.length;
    proxy.goDown();

    // The tick's query fails (the connect times out) and is told; nothing ends the process meanwhile.
    const told = await waitFor(
      async () => logged.slice(loggedBefore),
      (lines) => lines.some((line) => /^scheduler: .*cron/i.test(line)),
      { timeoutMs: 45_000, intervalMs: 100 },
    );
    expect(told.some((line) => /^scheduler: .*cron/i.test(line)), told.join('\n')).toBe(true);
    expect(ticks.length).toBe(ranBefore);
    proxy.comeBack();

    const after = await waitFor(async () => ticks.length, (count) => count > ranBefore, { timeoutMs: 45_000, intervalMs: 100 });
    expect(after).toBe(ranBefore + 1);
    expect(rejections).toEqual([]);
  });
});
