import { describe, expect, it } from 'vitest';
import { supervisePostgres } from '../../src/db/supervise-postgres.ts';
import { waitFor } from '../helpers/wait-for.ts';

type Exit = { pid: number | undefined; code: number | null; signal: NodeJS.Signals | null };

/** A stand-in for the embedded server's child: the test makes it exit, and decides how each start goes. */
function fakeChild(starts: Array<'fails' | 'starts'>) {
  const listeners: Array<(exit: Exit) => void> = [];
  let attempts = 0;
  return {
    child: {
      onExit: (listener: (exit: Exit) => void) => void listeners.push(listener),
      async startAgain() {
        const outcome = starts[attempts++] ?? 'starts';
        if (outcome === 'fails') throw new Error('FATAL: pre-existing shared memory block is still in use');
      },
    },
    exit: (exit: Exit) => listeners.forEach((listener) => listener(exit)),
    attempts: () => attempts,
  };
}

describe('supervisePostgres', () => {
  it('starts the server again after it dies, retrying failed starts with backoff, and says so', async () => {
    const log: string[] = [];
    const fake = fakeChild(['fails', 'fails', 'starts']);
    const supervisor = supervisePostgres(fake.child, { log: (message) => log.push(message), port: 5433, initialDelayMs: 1, maxDelayMs: 4 });
    expect(supervisor.outage()).toBeUndefined();

    fake.exit({ pid: 4242, code: null, signal: 'SIGKILL' });
    expect(supervisor.outage()).toMatch(/The embedded Postgres stopped \(signal SIGKILL, pid 4242\); jobpilot is starting it again/);
    await waitFor(async () => supervisor.outage(), (outage) => outage === undefined);

    expect(fake.attempts()).toBe(3);
    expect(log[0]).toBe('embedded postgres: the server on port 5433 exited (signal SIGKILL, pid 4242); starting it again');
    expect(log[1]).toMatch(/^embedded postgres: starting again failed \(attempt 1: Error: FATAL: pre-existing shared memory block is still in use\); next try in /);
    expect(log[2]).toMatch(/^embedded postgres: starting again failed \(attempt 2/);
    expect(log[3]).toBe('embedded postgres: started again on port 5433 (attempt 3)');
    await supervisor.stop();
  });

  it('restarts it again at its next death', async () => {
    const fake = fakeChild([]);
    const log: string[] = [];
    const supervisor = supervisePostgres(fake.child, { log: (message) => log.push(message), port: 1, initialDelayMs: 1 });
    fake.exit({ pid: 1, code: 1, signal: null });
    await waitFor(async () => fake.attempts(), (attempts) => attempts === 1);
    await waitFor(async () => supervisor.outage(), (outage) => outage === undefined);
    fake.exit({ pid: 2, code: null, signal: 'SIGKILL' });
    await waitFor(async () => fake.attempts(), (attempts) => attempts === 2);
    expect(log.filter((line) => line.includes('started again'))).toHaveLength(2);
    expect(log[0]).toMatch(/exited \(exit code 1, pid 1\)/);
    await supervisor.stop();
  });

  it('leaves the cluster be when it answers again without it (someone ran pg_ctl restart)', async () => {
    const fake = fakeChild(Array(100).fill('fails'));
    const log: string[] = [];
    let answering = false;
    const supervisor = supervisePostgres(fake.child, {
      log: (message) => log.push(message),
      port: 7,
      initialDelayMs: 1,
      maxDelayMs: 2,
      answers: async () => answering,
    });
    fake.exit({ pid: 9, code: 0, signal: null });
    await waitFor(async () => fake.attempts(), (attempts) => attempts >= 2);
    answering = true;
    await waitFor(async () => supervisor.outage(), (outage) => outage === undefined);
    const tried = fake.attempts();
    expect(log.at(-1)).toBe('embedded postgres: the server on port 7 answers again (started by someone else); leaving it be');
    await supervisor.stop();
    expect(fake.attempts()).toBe(tried);
  });

  it('stops trying once stopped, without waiting out its backoff', async () => {
    const fake = fakeChild(Array(100).fill('fails'));
    const supervisor = supervisePostgres(fake.child, { log: () => {}, port: 1, initialDelayMs: 60_000 });
    fake.exit({ pid: 1, code: null, signal: 'SIGKILL' });
    await supervisor.stop();
    expect(fake.attempts()).toBe(0);
    fake.exit({ pid: 1, code: null, signal: 'SIGKILL' });
    expect(fake.attempts()).toBe(0);
  });
});
