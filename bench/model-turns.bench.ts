/**
 * Model calls per turn, and the cost of building a decision prompt, with a model-backed
 * planner: the real HTTP server on embedded Postgres, planning with the OpenAI protocol
 * against a local stub that streams realistic decisions. Counts come from the stub (what
 * the provider would bill) and from `run-end.usage`.
 * Run: npx tsx bench/model-turns.bench.ts [turns]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/main.ts';
import { countTokens } from '../src/model/token-count.ts';
import { decisionPrompt } from '../src/planner/prompt.ts';
import { createActions } from '../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../src/actions/planning-only-dependencies.ts';
import { startOpenAIStub } from '../tests/fakes/openai-stub-server.ts';
import { recordingBrowser } from '../tests/helpers/recording-browser.ts';
import { postRun } from '../tests/helpers/sse-client.ts';

const turns = Number(process.argv[2] ?? 20);
const pieces = (value: unknown) => JSON.stringify(value).match(/[\s\S]{1,6}/g) ?? [];
const respond = (answer: string) => ({ deltas: pieces({ decision: { action: 'respond', reason: 'chat', answer } }) });
const act = (url: string) => ({
  deltas: pieces({ decision: { action: 'open_website', reason: 'asked', args: { url } } }),
});

const stub = await startOpenAIStub();
const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-bench-'));
const browser = await recordingBrowser();
browser.install();
const server = await startServer(
  loadConfig({
    JOBPILOT_DATA_DIR: dataDir,
    JOBPILOT_PLANNER: 'openai',
    JOBPILOT_JOB_SOURCES: 'none',
    OPENAI_BASE_URL: `${stub.url}/v1`,
    PORT: '0',
  }),
  { logger: false },
);

async function measure(label: string, threadId: string, script: (turn: number) => Parameters<typeof stub.reply>) {
  let calls = 0;
  let deltas = 0;
  const milliseconds: number[] = [];
  for (let turn = 0; turn < turns; turn++) {
    stub.reply(...script(turn));
    const before = stub.requests.length;
    const started = performance.now();
    const { events } = await postRun(server.url, threadId, { message: `turn ${turn}` });
    milliseconds.push(performance.now() - started);
    const end = events.at(-1);
    if (end?.type !== 'run-end' || end.status !== 'completed') throw new Error(`turn ${turn} did not complete`);
    calls += stub.requests.length - before;
    deltas += events.filter((event) => event.type === 'message-delta').length;
    if (end.usage?.model_calls !== stub.requests.length - before) throw new Error('usage does not match the calls');
  }
  milliseconds.sort((a, b) => a - b);
  const p50 = milliseconds[Math.floor(milliseconds.length / 2)] ?? 0;
  console.log(
    `${label}: ${(calls / turns).toFixed(2)} model calls per turn, ${(deltas / turns).toFixed(1)} message deltas per turn, p50 ${p50.toFixed(1)} ms (stub model, ${turns} turns)`,
  );
}

function promptBuild() {
  const registry = createActions(planningOnlyDependencies());
  const long = `${'I am looking for a senior TypeScript role in Berlin, remote friendly. '.repeat(300)}`.slice(0, 20_000);
  const messages = Array.from({ length: 100 }, (_, index) => ({
    role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
    content: `${index}: ${long}`,
  }));
  const input = { goal: messages[98]?.content ?? '', messages: messages.slice(0, 99), observations: [], references: {}, stepsLeft: 8 };
  countTokens('warm');
  const times: number[] = [];
  let tokens = 0;
  for (let round = 0; round < 50; round++) {
    const started = performance.now();
    const prompt = decisionPrompt(input, registry, 8000);
    times.push(performance.now() - started);
    tokens = countTokens(prompt.system) + prompt.messages.reduce((sum, m) => sum + countTokens(m.content) + 4, 0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `decision prompt for 100 messages of 20,000 characters: ${tokens} tokens (budget 8000), p50 ${(times[25] ?? 0).toFixed(1)} ms to build`,
  );
}

try {
  await measure('respond turn', 'bench-model-respond', (turn) => [respond(`Hello for the ${turn}th time! How can I help with your search?`)]);
  await measure('one-action turn', 'bench-model-action', (turn) => [act(`https://example${turn}.com`), respond('Opened it.')]);
  promptBuild();
} finally {
  await server.close();
  await stub.close();
  browser.restore();
  await rm(dataDir, { recursive: true, force: true });
}
