/**
 * `/healthz` latency while the server handles a hostile file (issue 15: "`/healthz` stays
 * under 100 ms while any of these runs"). Three processes, so no measurement shares an event
 * loop with another's work: the real server (`hostile/serve-for-bench.ts`, embedded Postgres in
 * a fresh data dir), a poller asking `/healthz` every 5 ms (`hostile/poll-health.mjs`), and
 * this one, which builds each file beforehand and sends it.
 *
 * For each case: p50, p99 and max of the `/healthz` answers received while the file was being
 * sent and answered, over `rounds` sends, next to a baseline with no file.
 * Run: npm run bench -- --only hostile     (or: npx tsx bench/hostile-files.bench.ts [rounds])
 * `--server-cpu-prof DIR` writes the server's CPU profile there (`node --cpu-prof`), to find
 * what held its event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { docxInflatingTo } from '../tests/helpers/hostile-docx.ts';
import { pdfRepeatingOnePage } from '../tests/helpers/hostile-pdf.ts';

const { values: options, positionals } = parseArgs({ options: { 'server-cpu-prof': { type: 'string' } }, allowPositionals: true });
const rounds = Number(positionals[0] ?? 3);
const pollIntervalMs = 5;
const here = new URL('.', import.meta.url);

interface Case {
  label: string;
  /** What the server must answer: the status and, for a refusal, the error code. */
  expect: { status: number; code?: string };
  /** The request, built once before any timing; `round` makes URLs unique so each import is new. */
  request: (round: number) => { path: string; contentType: string; body: Buffer };
}

const csvType = 'text/csv';
const jsonType = 'application/json';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function validCsv(round: number): Buffer {
  const rows = Array.from({ length: 10_000 }, (_, index) => `Engineer ${index},Bulkco,https://bulk.example/${round}/${index}`);
  return Buffer.from(`title,company,url\n${rows.join('\n')}\n`);
}

// Postings as a board's export carries them: HTML descriptions, salary, tags, dates.
function validJson(round: number): Buffer {
  const description = `<p>We build <b>payments</b> infrastructure.</p><ul>${'<li>Own services in TypeScript</li>'.repeat(3)}</ul>`;
  const rows = Array.from({ length: 10_000 }, (_, index) => ({
    title: `Backend Engineer ${index}`,
    company: `Company ${index % 400}`,
    url: `https://json.example/${round}/${index}`,
    location: 'Berlin, Germany',
    salary: '€70k – €90k',
    employment_type: 'full-time',
    posted_at: '2026-11-01',
    tags: 'typescript, postgres, kafka',
    description,
  }));
  const body = Buffer.from(JSON.stringify(rows));
  if (body.length > 5 * 1024 * 1024) throw new Error(`the JSON import is ${body.length} bytes, over the 5 MiB cap`);
  return body;
}

const tinyCsv = Buffer.from(`title,company,url\n${'a\n'.repeat(2_600_000)}`);
const manyJson = Buffer.from(`[${'{},'.repeat(1_700_000)}{}]`);
const bombDocx = await docxInflatingTo(160 * 1024 * 1024);
const manyPagePdf = pdfRepeatingOnePage(20_000);

const cases: Case[] = [
  { label: 'CSV, 5 MiB of 2.6 M one-character rows', expect: { status: 413, code: 'IMPORT_TOO_LARGE' }, request: () => ({ path: '/v1/jobs/import', contentType: csvType, body: tinyCsv }) },
  { label: 'JSON, 1.7 M empty postings', expect: { status: 413, code: 'IMPORT_TOO_LARGE' }, request: () => ({ path: '/v1/jobs/import', contentType: jsonType, body: manyJson }) },
  { label: 'CSV, 10,000 valid rows', expect: { status: 200 }, request: (round) => ({ path: '/v1/jobs/import', contentType: csvType, body: validCsv(round) }) },
  { label: 'JSON, 10,000 valid postings with HTML', expect: { status: 200 }, request: (round) => ({ path: '/v1/jobs/import', contentType: jsonType, body: validJson(round) }) },
  { label: `DOCX, ${Math.round(bombDocx.length / 1024)} KB inflating to 160 MB`, expect: { status: 422, code: 'RESUME_UNREADABLE' }, request: () => ({ path: '/v1/resumes?filename=cv.docx', contentType: docxType, body: bombDocx }) },
  { label: `PDF, ${Math.round(manyPagePdf.length / 1024)} KB listing one page 20,000 times`, expect: { status: 422, code: 'RESUME_TOO_COMPLEX' }, request: () => ({ path: '/v1/resumes?filename=cv.pdf', contentType: 'application/pdf', body: manyPagePdf }) },
];

/** Resolves with the first line the child prints that `accept` takes. */
function firstLine<T>(child: ChildProcess, accept: (line: string) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null) => reject(new Error(`the child exited (${code}) before answering`));
    child.once('exit', onExit);
    lines.on('line', (line) => {
      const value = accept(line);
      if (value === undefined) return;
      child.off('exit', onExit);
      lines.close();
      resolve(value);
    });
  });
}

async function startPoller(url: string): Promise<() => Promise<{ latencies: number[]; failures: number }>> {
  const poller = spawn(process.execPath, [new URL('hostile/poll-health.mjs', here).pathname, url, String(pollIntervalMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: poller.stdout });
  const answer = new Promise<{ latencies: number[]; failures: number }>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line));
    });
    poller.once('exit', (code) => reject(new Error(`the poller exited (${code})`)));
  });
  answer.catch(() => undefined);
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  return async () => {
    poller.stdin.end('stop\n');
    return answer;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? Number.NaN;
}

function summary(label: string, latencies: number[], answers: number[], failures: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const format = (value: number) => `${value.toFixed(1)} ms`;
  const answered = answers.length > 0 ? `; answered in ${answers.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}` : '';
  return `| ${label} | ${sorted.length} | ${format(percentile(sorted, 0.5))} | ${format(percentile(sorted, 0.99))} | ${format(sorted.at(-1) ?? Number.NaN)} |${failures ? ` ${failures} failed` : ''}${answered}`;
}

const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-bench-hostile-'));
const profile = options['server-cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', options['server-cpu-prof']] : [];
const server = spawn(process.execPath, [...profile, '--import', 'tsx', new URL('hostile/serve-for-bench.ts', here).pathname, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const { url } = await firstLine(server, (line) => (line.startsWith('{') ? (JSON.parse(line) as { url: string }) : undefined));
  // Warm-up: the first PDF and DOCX load their readers, the first import its code paths.
  for (const hostile of cases) {
    const { path, contentType, body } = hostile.request(-1);
    console.error(`warming up: ${hostile.label}`);
    await (await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body })).text();
  }
  console.log(`/healthz asked every ${pollIntervalMs} ms from another process; ${rounds} rounds per file`);
  console.log('| while the server handles | answers | p50 | p99 | max |');
  console.log('|---|---|---|---|---|');
  {
    const stop = await startPoller(url);
    await pause(3_000);
    const { latencies, failures } = await stop();
    console.log(summary('nothing (baseline, 3 s)', latencies, [], failures));
  }
  for (const hostile of cases) {
    const latencies: number[] = [];
    const answers: number[] = [];
    let failures = 0;
    for (let round = 0; round < rounds; round++) {
      const { path, contentType, body } = hostile.request(round);
      const stop = await startPoller(url);
      let response: Response;
      let text: string;
      try {
        await pause(50);
        const started = performance.now();
        response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
        text = await response.text();
        answers.push(performance.now() - started);
      } catch (error) {
        // The poller is a process of its own: stop it before giving up.
        await stop();
        throw error;
      }
      const polled = await stop();
      latencies.push(...polled.latencies);
      failures += polled.failures;
      const code = response.status === 200 ? undefined : (JSON.parse(text) as { error?: { code?: string } }).error?.code;
      if (response.status !== hostile.expect.status || code !== hostile.expect.code) {
        throw new Error(`${hostile.label}: expected ${hostile.expect.status} ${hostile.expect.code ?? ''}, got ${response.status} ${text.slice(0, 300)}`);
      }
    }
    console.log(summary(hostile.label, latencies, answers, failures));
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
