import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clusterDirOf, postmasterPid } from '../../tests/helpers/postgres-processes.ts';
import { onFreePort, PortTaken, saysPortTaken } from '../../tests/helpers/server-process.ts';

const binPath = fileURLToPath(new URL('../../bin/jobpilot.js', import.meta.url));
/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const ticksPerSecond = 100;

export interface ServerChild {
  url: string;
  pid: number;
  /** From spawning `jobpilot serve` to the first `/readyz` 200. */
  readyMs: number;
  /** CPU seconds used so far by the server process and by its Postgres (every backend, reaped ones too). */
  cpu(): { server: number; postgres: number };
  /** The server's resident memory in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * The real server as `npm start` runs it (`bin/jobpilot.js serve`, tsx's loader, the embedded
 * Postgres unless `DATABASE_URL` is given), in its own process so its CPU can be told apart
 * from the bench's and from Postgres's.
 */
export function startServerChild(env: Record<string, string>, options: { clusterDir?: string }): Promise<ServerChild> {
  return onFreePort((port) => startServerChildOn(port, env, options));
}

async function startServerChildOn(port: number, env: Record<string, string>, options: { clusterDir?: string }): Promise<ServerChild> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [binPath, 'serve'], {
    env: { ...ownEnvironment(), HOST: '127.0.0.1', PORT: String(port), JOBPILOT_LOG_LEVEL: 'warn', JOBPILOT_RATE_LIMIT: '0', JOBPILOT_JOB_SOURCES: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'exit' can come before the last of the output is read: a failed start is judged on all of it.
  const outputEnded = once(child, 'close').catch(() => {});
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) {
      await outputEnded;
      const message = `the server exited before it was ready:\n${output}`;
      throw saysPortTaken(output) ? new PortTaken(message) : new Error(message);
    }
    const ok = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
    if (ok) break;
    if (performance.now() - started > 180_000) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready after 180 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = performance.now() - started;
  const pid = child.pid as number;
  // Postgres's CPU is counted from its postmaster: the bench's own, or the server's embedded one.
  const clusterDir = options.clusterDir ?? (env.DATABASE_URL ? undefined : clusterDirOf(env.JOBPILOT_DATA_DIR as string));
  return {
    url,
    pid,
    readyMs,
    cpu() {
      const server = processCpu(pid, false);
      const postmaster = clusterDir ? postmasterPid(clusterDir) : undefined;
      const postgres = postmaster ? processCpu(postmaster, true) + childrenOf(postmaster).reduce((sum, backend) => sum + processCpu(backend, false), 0) : 0;
      return { server, postgres };
    },
    rss() {
      const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((row) => row.startsWith('VmRSS:'));
      return Number(line?.match(/\d+/)?.[0] ?? 0) * 1024;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** User + system CPU seconds of `pid` (with its reaped children's when asked). */
function processCpu(pid: number, withReaped: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    const own = Number(fields[11]) + Number(fields[12]);
    const reaped = withReaped ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + reaped) / ticksPerSecond;
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) children.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** This process's environment without jobpilot's own settings: the bench sets every one it means. */
function ownEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !/^(JOBPILOT_|DATABASE_URL$|OPENAI_|GOOGLE_|GEMINI_|LANGSMITH_|LANGCHAIN_)/.test(entry[0]),
    ),
  );
}
