import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * What a `postmaster.pid` in the cluster directory says, checked against the live process:
 * - `none`: no server of this cluster runs (no file, or a stale one Postgres will replace);
 * - `shared`: a live jobpilot process started it and runs it: use it, leave it to its owner;
 * - `orphan`: a Postgres of this cluster that no live jobpilot owns (its owner was killed,
 *   or an older version left it): stop it and start our own;
 * - `foreign-lock`: the pid is alive but is not a Postgres of this cluster (the pid was
 *   reused after a crash): the lock file is stale, yet Postgres would refuse to start over it.
 */
export type LeftoverPostgres =
  | { kind: 'none' }
  | { kind: 'shared'; pid: number; port: number }
  | { kind: 'orphan'; pid: number; port: number }
  | { kind: 'foreign-lock'; pid: number };

/** Who started the cluster's server: written by the owner once it is ready, removed when it stops it. */
interface OwnerRecord {
  owner: number;
  postmaster: number;
}

/**
 * Reads the cluster's postmaster.pid and decides what the server it names is to us.
 *
 * @example
 * const leftover = await findLeftoverPostgres(clusterDir, join(dataDir, 'postgres.owner'));
 * if (leftover.kind === 'orphan') await stopLeftoverPostgres(leftover.pid);
 */
export async function findLeftoverPostgres(clusterDir: string, ownerFile: string): Promise<LeftoverPostgres> {
  let lines: string[];
  try {
    lines = (await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return { kind: 'none' };
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return { kind: 'none' };
  const info = await processInfo(pid);
  if (!info || info.zombie) return { kind: 'none' };
  if (!isPostgresOf(info.command, clusterDir)) return { kind: 'foreign-lock', pid };
  const record = await readOwner(ownerFile);
  let ownerAlive: boolean;
  if (record && record.postmaster === pid) {
    // Its parent is still the process that started it (a dead owner's child is re-parented).
    ownerAlive = info.ppid === record.owner && (await isRunning(record.owner));
  } else {
    // Started by a version that wrote no owner record: shared only while its parent is a jobpilot.
    const parent = info.ppid > 1 ? await processInfo(info.ppid) : null;
    ownerAlive = Boolean(parent && !parent.zombie && /jobpilot/.test(parent.command));
  }
  return ownerAlive ? { kind: 'shared', pid, port } : { kind: 'orphan', pid, port };
}

/**
 * Stops a leftover server through its pid (no shell): fast shutdown (SIGINT), then immediate
 * (SIGQUIT) if it is still there after `fastMs`. Throws, saying what to do, if it will not stop.
 */
export async function stopLeftoverPostgres(pid: number, clusterDir: string, { fastMs = 30_000 } = {}): Promise<void> {
  // Asked before every signal: once it has exited, its pid may be another program's.
  const stillOurs = async () => {
    const info = await processInfo(pid);
    return Boolean(info && !info.zombie && isPostgresOf(info.command, clusterDir));
  };
  for (const [signal, waitMs] of [['SIGINT', fastMs], ['SIGQUIT', 10_000]] as const) {
    if (!(await stillOurs())) return;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!(await stillOurs())) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(
    `A Postgres left running on ${clusterDir} (pid ${pid}) did not stop. Stop it (kill ${pid}), then start jobpilot again.`,
  );
}

/** Records this process as the owner of the server `postmaster`. */
export async function writeOwner(ownerFile: string, postmaster: number): Promise<void> {
  const record: OwnerRecord = { owner: process.pid, postmaster };
  await writeFile(ownerFile, `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

/** Removes the owner record if it still names `postmaster`. */
export async function removeOwner(ownerFile: string, postmaster: number): Promise<void> {
  const record = await readOwner(ownerFile);
  if (record?.postmaster === postmaster) await rm(ownerFile, { force: true });
}

async function readOwner(ownerFile: string): Promise<OwnerRecord | null> {
  try {
    const parsed = JSON.parse(await readFile(ownerFile, 'utf8')) as Partial<OwnerRecord>;
    return Number.isInteger(parsed.owner) && Number.isInteger(parsed.postmaster) ? (parsed as OwnerRecord) : null;
  } catch {
    return null;
  }
}

/** A `postgres` whose `-D` is exactly `clusterDir` (not `clusterDir-old`). */
export const isPostgresOf = (command: string, clusterDir: string) => {
  const at = command.indexOf(` -D ${clusterDir}`);
  return /(^|\/)postgres(\s|$)/.test(command) && at >= 0 && /^(\s|$)/.test(command.slice(at + 4 + clusterDir.length));
};

async function isRunning(pid: number): Promise<boolean> {
  const info = await processInfo(pid);
  return Boolean(info && !info.zombie);
}

const run = promisify(execFile);

/** A process's parent, whether it is a zombie, and its command line; null when there is no such process. */
async function processInfo(pid: number): Promise<{ ppid: number; zombie: boolean; command: string } | null> {
  if (process.platform === 'linux') {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0').join(' ').trim();
      return { ppid: Number(ppid), zombie: state === 'Z', command };
    } catch {
      return null;
    }
  }
  try {
    const { stdout } = await run('ps', ['-o', 'ppid=', '-o', 'stat=', '-o', 'command=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(stdout.trim());
    return match ? { ppid: Number(match[1]), zombie: (match[2] ?? '').startsWith('Z'), command: match[3] ?? '' } : null;
  } catch {
    return null;
  }
}
