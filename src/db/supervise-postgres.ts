import type { EmbeddedDatabase } from './embedded-postgres.ts';

export interface PostgresSupervisor {
  /** Why the database is away while it restarts (for /readyz and 503 messages), else undefined. */
  outage(): string | undefined;
  /** Stops restarting, waiting for a start in progress so `stop()` of the server finds it settled. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  log: (message: string) => void;
  /** The port it listens on, for the log. */
  port: number | string;
  /** Whether the database answers: someone else may have started the cluster again (pg_ctl restart). */
  answers?: () => Promise<boolean>;
  /** First wait before starting again, doubled after each failed start up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * The owner restarts its Postgres: when the embedded server this process started exits without
 * being asked to (a crash, an OOM kill, kill -9 of the postmaster), starts it again on the same
 * data dir and port, with backoff between failed starts (the killed server's backends hold its
 * shared memory for a moment, and Postgres refuses to start until they are gone), logging what
 * it does. The pool reconnects by itself once the server answers.
 *
 * @example
 * const supervisor = supervisePostgres(embedded.child, { log: console.log, port: 5433 });
 * // … on shutdown, before embedded.stop():
 * await supervisor.stop();
 */
export function supervisePostgres(
  child: NonNullable<EmbeddedDatabase['child']>,
  { log, port, answers = async () => false, initialDelayMs = 200, maxDelayMs = 30_000 }: SuperviseOptions,
): PostgresSupervisor {
  let stopped = false;
  let restarting: Promise<void> | undefined;
  let situation: string | undefined;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (why: string) => {
    situation = `The embedded Postgres stopped (${why}); jobpilot is starting it again.`;
    log(`embedded postgres: the server on port ${port} exited (${why}); starting it again`);
    let delay = initialDelayMs;
    for (let attempt = 1; !stopped; attempt += 1) {
      await pause(delay);
      if (stopped) return;
      if (await answers()) {
        situation = undefined;
        log(`embedded postgres: the server on port ${port} answers again (started by someone else); leaving it be`);
        return;
      }
      try {
        await child.startAgain();
        situation = undefined;
        log(`embedded postgres: started again on port ${port} (attempt ${attempt})`);
        return;
      } catch (error) {
        delay = Math.min(delay * 2, maxDelayMs);
        situation = `The embedded Postgres stopped (${why}) and has not started again yet (${attempt} attempt${attempt === 1 ? '' : 's'}); jobpilot keeps trying.`;
        log(
          `embedded postgres: starting again failed (attempt ${attempt}${error ? `: ${String(error).trim()}` : ''}); next try in ${Math.round(delay / 100) / 10} s`,
        );
      }
    }
  };

  child.onExit(({ pid, code, signal }) => {
    if (stopped || restarting) return;
    const why = `${signal ? `signal ${signal}` : `exit code ${code}`}${pid ? `, pid ${pid}` : ''}`;
    restarting = restart(why).finally(() => {
      restarting = undefined;
    });
  });

  return {
    outage: () => situation,
    async stop() {
      stopped = true;
      wake?.();
      await restarting;
    },
  };
}
