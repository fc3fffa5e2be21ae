import pg from 'pg';
import { prepared } from './prepared.ts';
import { JobpilotError } from '../errors.ts';
import { databaseUnavailable, isDatabaseUnavailable } from './database-errors.ts';

/**
 * The first half of every thread lock's two-int advisory key ('JPTH'); the second half is
 * `hashtext(thread key)`. Other advisory locks (the migration lock, a bigint key) live in
 * another key space, so they never meet these.
 */
export const THREAD_LOCK_SPACE = 0x4a505448;

/**
 * SQL true when some session holds the thread lock of the `threads` row in scope
 * (advisory locks are per database; `pg_locks` shows every database's).
 */
export const threadLockHeldSql = `hashtext(threads.thread_id)::oid IN (
  SELECT objid FROM pg_locks
   WHERE locktype = 'advisory' AND classid = ${THREAD_LOCK_SPACE} AND objsubid = 2 AND granted
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`;

/**
 * SQL true when the backend `$pid` (a lock session's pid) holds the thread lock of the thread
 * key `$thread` (placeholders to fill in). Postgres drops a session's locks when it ends, so
 * this is false once that session is gone, whatever this process has noticed yet.
 */
export const threadLockHeldBySql = (thread: string, pid: string) => `EXISTS (
  SELECT 1 FROM pg_locks
   WHERE locktype = 'advisory' AND classid = ${THREAD_LOCK_SPACE} AND objid = hashtext(${thread})::oid AND objsubid = 2
     AND granted AND pid = ${pid} AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`;

/** Seen in `pg_stat_activity`: the session whose end frees this process's threads. */
export const THREAD_LOCKS_APPLICATION_NAME = 'jobpilot thread locks';

const HEARTBEAT_MS = 10_000;
/** How long a failed hold waits for the pool to say whether the database is gone. */
const LOSS_VERDICT_MS = 5_000;

/** A thread this process holds: one run (or one delete) at a time, across every process. */
export interface ThreadLock {
  threadKey: string;
  /** Who holds it: a run id, or what else took it. */
  holder: string;
  /** Aborts (with THREAD_BUSY) when the hold is lost: its session ended before the release. */
  lost: AbortSignal;
  /** Resolves once the lock is released (or lost). */
  released: Promise<void>;
  /** Rejects with THREAD_BUSY unless the lock is still held (asks its session). */
  assertHeld(): Promise<void>;
  /** Frees the thread; safe to call twice, and after a loss. */
  release(): Promise<void>;
}

interface Session {
  client: pg.Client;
  alive: boolean;
  /** Its backend's pid, as Postgres says it (`pg_backend_pid()`: through a pooler too). */
  pid: number | null;
  /** A probe in flight, shared by everyone asking meanwhile. */
  probing: Promise<void> | null;
}

const lostError = (threadKey: string) =>
  new JobpilotError(
    'THREAD_BUSY',
    `The run lost its hold on thread "${threadKey}" (its database session ended); another run may have it now.`,
  );

/**
 * One run per thread, held by something Postgres releases when its holder goes: a
 * session-level advisory lock per thread, all taken on one dedicated session of this
 * process. When the process dies (kill -9 included) or the session breaks, Postgres
 * frees every thread it held at once; this process then sees the session end and
 * aborts each lock's `lost` signal.
 *
 * Why one session, not one per run: a run holds no connection while it waits on a model,
 * and 200 concurrent runs do not need 200 connections (Postgres allows 100 by default).
 * Why a session of its own, not a pool slot: held for the life of the process, it would
 * shrink the pool and hold up `pool.end()`.
 *
 * @example
 * const locks = createThreadLocks(pool);
 * const lock = await locks.take('my-thread', runId);
 * if (!lock) throw new JobpilotError('THREAD_BUSY', '…');
 * try { await lock.assertHeld(); … } finally { await lock.release(); }
 */
export function createThreadLocks(
  pool: pg.Pool,
  { log = () => {} }: { log?: (message: string, details?: Record<string, unknown>) => void } = {},
) {
  const held = new Map<string, { lock: ThreadLock; session: Session | null; lose: (cause?: unknown) => void }>();
  /** The session new locks are taken on (opening, or open). */
  let current: Promise<Session> | null = null;
  let currentSession: Session | null = null;
  const sessions = new Set<Session>();
  let heartbeat: NodeJS.Timeout | undefined;
  let closed = false;

  function end(session: Session, why: string, cause?: unknown) {
    if (!session.alive) return;
    session.alive = false;
    sessions.delete(session);
    // The next lock opens a new session.
    if (currentSession === session) {
      current = null;
      currentSession = null;
    }
    session.client.end().catch(() => {});
    const lost = [...held.values()].filter((entry) => entry.session === session);
    if (lost.length) log('thread locks lost', { why, threads: lost.map((entry) => entry.lock.threadKey) });
    if (cause !== undefined && !isDatabaseUnavailable(cause)) {
      for (const entry of lost) entry.lose(cause);
      return;
    }
    // Postgres going away, or only this session ending (a terminated backend, or a socket
    // closed without an error)? The pool tells: the first is DATABASE_UNAVAILABLE, the
    // second a lost thread.
    void pool.query('SELECT 1').then(
      () => {
        for (const entry of lost) entry.lose();
      },
      (error: unknown) => {
        for (const entry of lost) entry.lose(isDatabaseUnavailable(cause) ? cause : error);
      },
    );
  }

  function open(): Promise<Session> {
    if (current) return current;
    // Assigned before any of its awaits resumes, which is when the body reads it.
    let opening: Promise<Session> | null = null;
    opening = (async () => {
      // The pool's own settings (its password is not enumerable, so it is named).
      const client = new pg.Client({
        ...pool.options,
        password: pool.options.password,
        application_name: THREAD_LOCKS_APPLICATION_NAME,
        keepAlive: true,
      });
      const session: Session = { client, alive: true, pid: null, probing: null };
      sessions.add(session);
      client.on('error', (error) => end(session, String(error), error));
      client.on('end', () => end(session, 'the connection closed'));
      try {
        await client.connect();
        // A machine that vanishes without closing its socket is noticed by the server too.
        const { rows } = await client.query<{ pid: number }>(
          `SELECT set_config('tcp_keepalives_idle', '10', false), set_config('tcp_keepalives_interval', '5', false),
                  set_config('tcp_keepalives_count', '3', false), pg_backend_pid() AS pid`,
        );
        session.pid = rows[0]?.pid ?? null;
      } catch (error) {
        end(session, String(error));
        if (current === opening) current = null;
        throw error;
      }
      if (session.alive && current === opening) currentSession = session;
      return session;
    })();
    current = opening;
    return opening;
  }

  /** Asks the session whether it is still there; a failure ends it (and loses its locks). */
  function probe(session: Session): Promise<void> {
    if (!session.alive) return Promise.reject(new Error('the session ended'));
    session.probing ??= session.client
      .query('SELECT 1')
      .then(
        () => {},
        (error: unknown) => {
          end(session, String(error), error);
          throw error;
        },
      )
      .finally(() => {
        session.probing = null;
      });
    return session.probing;
  }

  function watch() {
    if (heartbeat || closed) return;
    // Between checkpoint writes (a long model call), a dead session is still noticed.
    heartbeat = setInterval(() => {
      const sessions = new Set([...held.values()].map((entry) => entry.session));
      if (!held.size) {
        clearInterval(heartbeat);
        heartbeat = undefined;
      }
      for (const session of sessions) if (session) probe(session).catch(() => {});
    }, HEARTBEAT_MS);
    heartbeat.unref();
  }

  function heldFor(threadKey: string, holder: string | undefined) {
    const entry = held.get(threadKey);
    if (!entry || (holder !== undefined && entry.lock.holder !== holder)) {
      throw new JobpilotError(
        'THREAD_BUSY',
        `Thread "${threadKey}" is not held by this run; its write was refused (another run may have the thread).`,
      );
    }
    return entry;
  }

  return {
    /** Opens the lock session now (at start-up), so the first run does not wait for it. */
    async ready(): Promise<void> {
      await open();
    },

    /**
     * Takes the thread for `holder`, or returns null when a run (here or in another
     * process) holds it. Never waits on another holder.
     */
    async take(threadKey: string, holder: string): Promise<ThreadLock | null> {
      if (closed) throw new JobpilotError('THREAD_BUSY', 'The server is shutting down; try again in a moment.');
      // Session locks are re-entrant within a session: this process's own holders are told apart here.
      if (held.has(threadKey)) return null;
      const lostController = new AbortController();
      let releasedResolve = () => {};
      const released = new Promise<void>((resolve) => {
        releasedResolve = resolve;
      });
      let session: Session | null = null;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        if (held.get(threadKey)?.lock === lock) held.delete(threadKey);
        releasedResolve();
      };
      const lock: ThreadLock = {
        threadKey,
        holder,
        lost: lostController.signal,
        released,
        async assertHeld() {
          if (done || !session || held.get(threadKey)?.lock !== lock) throw lostError(threadKey);
          await probe(session).catch(async () => {
            // The failed probe ended the session, and that loses this lock with its reason
            // (the database gone, or only the hold) once the pool has been asked.
            await Promise.race([released, new Promise((resolve) => setTimeout(resolve, LOSS_VERDICT_MS).unref())]);
            throw lostController.signal.reason instanceof JobpilotError ? lostController.signal.reason : lostError(threadKey);
          });
          if (lostController.signal.aborted) throw lostError(threadKey);
        },
        async release() {
          if (done) return;
          const from = session;
          finish();
          if (!from?.alive) return;
          await from.client
            .query(prepared('SELECT pg_advisory_unlock($1, hashtext($2))', [THREAD_LOCK_SPACE, threadKey]))
            .catch((error: unknown) => end(from, String(error)));
        },
      };
      const entry = {
        lock,
        session: null as Session | null,
        lose: (cause?: unknown) => {
          // Postgres went away (not another holder): the run reports that, retryable.
          lostController.abort(isDatabaseUnavailable(cause) ? databaseUnavailable(cause) : lostError(threadKey));
          finish();
        },
      };
      // Reserved before the first await, so two requests of this process never both ask Postgres.
      held.set(threadKey, entry);
      try {
        session = await open();
        entry.session = session;
        const { rows } = await session.client.query<{ taken: boolean }>(
          prepared('SELECT pg_try_advisory_lock($1, hashtext($2)) AS taken', [THREAD_LOCK_SPACE, threadKey]),
        );
        if (!rows[0]?.taken) {
          finish();
          return null;
        }
        if (!session.alive) throw lostError(threadKey);
      } catch (error) {
        finish();
        throw error;
      }
      watch();
      return lock;
    },

    /** This process's holder of the thread, if any: its lock (for `released`). */
    heldHere: (threadKey: string): ThreadLock | undefined => held.get(threadKey)?.lock,

    /**
     * Rejects with THREAD_BUSY unless `holder` (any holder when undefined) holds the thread
     * in this process and its session is still there: the fence of checkpoint writes.
     */
    async assertHeld(threadKey: string, holder: string | undefined): Promise<void> {
      await heldFor(threadKey, holder).lock.assertHeld();
    },

    /**
     * The backend pid of the session holding the thread for `holder` (any holder when
     * undefined) in this process, without asking the session: a write that checks in its own
     * transaction that this backend still holds the lock (`threadLockHeldBySql`) needs no probe.
     * Undefined when this process does not hold it so, or its session is known to have ended
     * (`assertHeld` then says why).
     */
    sessionPid(threadKey: string, holder: string | undefined): number | undefined {
      const entry = held.get(threadKey);
      if (!entry || (holder !== undefined && entry.lock.holder !== holder) || entry.lock.lost.aborted || !entry.session?.alive) return undefined;
      return entry.session.pid ?? undefined;
    },

    /** Releases every lock and ends the session (shutdown, after the runs were cancelled). */
    async close(): Promise<void> {
      closed = true;
      clearInterval(heartbeat);
      heartbeat = undefined;
      await current?.catch(() => null);
      for (const entry of [...held.values()]) entry.lose();
      current = null;
      currentSession = null;
      await Promise.all(
        [...sessions].map((session) => {
          session.alive = false;
          sessions.delete(session);
          return session.client.end().catch(() => {});
        }),
      );
    },
  };
}

export type ThreadLocks = ReturnType<typeof createThreadLocks>;
