import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LangSmithStub, startLangSmithStub, type TracedRun } from '../fakes/langsmith-stub-server.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

const answer = (text: string) => JSON.stringify({ decision: { action: 'respond', reason: 'chat', answer: text } });

/** The runs of each trace, keyed by the trace's root run. */
function traces(runs: Map<string, TracedRun>) {
  const all = [...runs.values()];
  return all
    .filter((run) => !run.parent_run_id && run.name)
    .map((root) => ({ root, runs: all.filter((run) => run.trace_id === root.id) }));
}

/**
 * `jobpilot serve` with LangSmith's standard variables, tracing to a local stub of the
 * ingest API: each run is one trace (the LangGraph run at its root), with the model calls
 * inside it.
 */
describe('LangSmith tracing with its standard variables', () => {
  let model: OpenAIStub;
  let langsmith: LangSmithStub;
  let server: ServerProcess;

  beforeAll(async () => {
    model = await startOpenAIStub();
    langsmith = await startLangSmithStub();
    server = await startServerProcess({
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-tracing-')),
      JOBPILOT_PLANNER: 'openai',
      OPENAI_BASE_URL: `${model.url}/v1`,
      OPENAI_MODEL: 'llama3.1',
      LANGSMITH_TRACING: 'true',
      LANGSMITH_ENDPOINT: langsmith.url,
      LANGSMITH_API_KEY: 'ls-test-key',
      LANGSMITH_PROJECT: 'jobpilot-test',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await langsmith?.close();
    await model?.close();
  });

  it('sends one trace per run, with the model calls inside it', async () => {
    model.reply({ content: answer('Hello.') }, { content: answer('Hello again.') });
    const runIds: string[] = [];
    for (const message of ['hi', 'hi again']) {
      const { events } = await postRun(server.url, 'traced', { message });
      expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      const start = events.find((event) => event.type === 'run-start');
      runIds.push(start?.type === 'run-start' ? start.run_id : '');
    }
    // Ends are sent in the background, batched: wait for both roots to be closed.
    const found = await waitFor(
      async () => traces(langsmith.runs),
      (found) => found.length >= 2 && found.every(({ root }) => root.end_time !== undefined),
      { timeoutMs: 30_000 },
    );
    expect(found).toHaveLength(2);
    // Each trace is one jobpilot run: its root is the graph run, under the run's own id.
    expect(found.map(({ root }) => [root.name, root.id]).sort()).toEqual(runIds.map((id) => ['jobpilot run', id]).sort());
    for (const { root, runs } of found) {
      expect(runs.map((run) => run.name)).toEqual(expect.arrayContaining(['planner', 'reception']));
      const calls = runs.filter((run) => run.run_type === 'llm');
      expect(calls).toHaveLength(1); // one streamed call per respond turn
      const [call] = calls;
      expect(call?.name).toBe('ChatOpenAI');
      expect(call?.end_time).toBeDefined();
      expect(call?.session_name ?? root.session_name).toBe('jobpilot-test');
      // Inside the run: its dotted order starts with the root's.
      expect(call?.dotted_order?.startsWith(root.dotted_order ?? '-')).toBe(true);
    }
    expect(langsmith.ingestHeaders.every((headers) => headers['x-api-key'] === 'ls-test-key')).toBe(true);
  });
});
