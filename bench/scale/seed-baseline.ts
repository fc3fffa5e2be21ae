import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { Annotation, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import { ChatOpenAI } from '@langchain/openai';
import pg from 'pg';
import type { ActionRegistry } from '../../src/actions/action-registry.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../../src/actions/planning-only-dependencies.ts';
import type { Observation, PlannerInput } from '../../src/planner/planner.ts';
import { decisionPrompt, readDecisionOutput } from '../../src/planner/prompt.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';

/**
 * The seed architecture, for the benchmark's side-by-side column: the same three nodes
 * (TaskPlanner → Executor → Reception, looping while there is a step to take) as the product's
 * original write-ups built them, with LangGraph's unbounded `messages` channel
 * (`MessagesAnnotation`), the stock `PostgresSaver` (every checkpoint kept, one per node, its
 * default "async" durability) and `graph.invoke` called directly: no HTTP, no thread
 * ownership, no transcript. Planning is jobpilot's own rules planner, so both columns pay the
 * same planning cost; the one action it runs (the saved-jobs list) is the same one query.
 * With `model` given, the TaskPlanner is the seed's one model call a decision instead: jobpilot's
 * own decision prompt (the same size of prompt), sent through `ChatOpenAI.stream()` as it comes
 * (callbacks, run trees and all) to the same OpenAI-protocol stub, its JSON read when it ends.
 */
export interface SeedBaseline {
  turn(threadId: string, message: string): Promise<string>;
  /**
   * Appends the messages of `turns` finished turns (each person's message and `answer`) in
   * one state update, as the turns themselves would have left them: the channel the next
   * turn loads and writes back is as long as after running them, without waiting for them.
   */
  prefill(threadId: string, turns: readonly string[], answer: string): Promise<void>;
  /** Bytes the stock saver holds for the thread (checkpoints, writes, blobs). */
  storedBytes(threadId: string): Promise<number>;
  close(): Promise<void>;
}

export async function startSeedBaseline(databaseUrl: string, options: { model?: { baseUrl: string } } = {}): Promise<SeedBaseline> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection the server ends is dropped by the pool; say so rather than crash the bench.
  pool.on('error', (error) => console.error(`seed baseline: a pooled connection ended: ${error.message}`));
  await pool.query('CREATE SCHEMA IF NOT EXISTS seed_baseline');
  await pool.query('CREATE TABLE IF NOT EXISTS seed_baseline.saved_jobs (thread_id text, title text, company text)');
  const saver = new PostgresSaver(pool, undefined, { schema: 'seed_baseline' });
  await saver.setup();
  const registry = createActions(planningOnlyDependencies());
  const planner = options.model ? seedModelPlanner(registry, options.model.baseUrl) : createRulesPlanner({ registry });

  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    decision: Annotation<{ action: string; args?: Record<string, unknown>; answer?: string } | null>({ reducer: (_, next) => next, default: () => null }),
    observations: Annotation<Observation[]>({ reducer: (_, next) => next, default: () => [] }),
  });
  type Seed = typeof State.State;
  const text = (message: BaseMessage) => (typeof message.content === 'string' ? message.content : JSON.stringify(message.content));

  const graph = new StateGraph(State)
    .addNode('task_planner', async (state: Seed) => {
      const messages = state.messages.map((message) => ({ role: message.getType() === 'human' ? ('user' as const) : ('assistant' as const), content: text(message) }));
      const output = (await planner.decide({
        goal: messages.at(-1)?.content ?? '',
        messages: messages.slice(-20),
        observations: state.observations,
        references: {},
        stepsLeft: 8 - state.observations.length,
      })) as { decision: { action: string; args?: Record<string, unknown>; answer?: string } };
      return { decision: output.decision };
    })
    .addNode('executor', async (state: Seed) => {
      const decision = state.decision as { action: string; args?: Record<string, unknown> };
      const { rows } = await pool.query('SELECT title, company FROM seed_baseline.saved_jobs WHERE thread_id = $1', ['seed']);
      const observation: Observation = {
        index: state.observations.length,
        action: decision.action,
        args: decision.args ?? {},
        ok: true,
        summary: `${rows.length} saved jobs.`,
      };
      return { observations: [...state.observations, observation] };
    })
    .addNode('reception', async (state: Seed) => ({
      messages: [new AIMessage(state.decision?.answer ?? 'Done.')],
      observations: [],
      decision: null,
    }))
    .addEdge(START, 'task_planner')
    .addConditionalEdges('task_planner', (state: Seed) => (state.decision?.action === 'respond' || state.observations.length >= 8 ? 'reception' : 'executor'), ['executor', 'reception'])
    .addEdge('executor', 'task_planner')
    .addEdge('reception', END)
    .compile({ checkpointer: saver });

  return {
    async turn(threadId, message) {
      const state = await graph.invoke({ messages: [new HumanMessage(message)] }, { configurable: { thread_id: threadId } });
      return text(state.messages.at(-1) as BaseMessage);
    },
    async prefill(threadId, turns, answer) {
      const messages = turns.flatMap((message) => [new HumanMessage(message), new AIMessage(answer)]);
      await graph.updateState({ configurable: { thread_id: threadId } }, { messages }, 'reception');
    },
    async storedBytes(threadId) {
      const { rows } = await pool.query<{ bytes: string }>(
        `SELECT (SELECT coalesce(sum(pg_column_size(c.*)), 0) FROM seed_baseline.checkpoints c WHERE thread_id = $1)
              + (SELECT coalesce(sum(pg_column_size(b.*)), 0) FROM seed_baseline.checkpoint_blobs b WHERE thread_id = $1)
              + (SELECT coalesce(sum(pg_column_size(w.*)), 0) FROM seed_baseline.checkpoint_writes w WHERE thread_id = $1) AS bytes`,
        [threadId],
      );
      return Number(rows[0]?.bytes ?? 0);
    },
    close: () => pool.end(),
  };
}

/** The seed's model call: the decision prompt, one streamed `ChatOpenAI` call, the JSON read at its end. */
function seedModelPlanner(registry: ActionRegistry, baseUrl: string) {
  const model = new ChatOpenAI({ model: 'gpt-4o-mini', apiKey: 'sk-bench', configuration: { baseURL: baseUrl }, maxRetries: 0, streaming: true });
  return {
    async decide(input: PlannerInput): Promise<unknown> {
      const { system, messages } = decisionPrompt(input, registry, 8000);
      const prompt = [new SystemMessage(system), ...messages.map((message) => (message.role === 'user' ? new HumanMessage(message.content) : new AIMessage(message.content)))];
      let text = '';
      for await (const chunk of await model.stream(prompt)) text += typeof chunk.content === 'string' ? chunk.content : '';
      return readDecisionOutput(text);
    },
  };
}
