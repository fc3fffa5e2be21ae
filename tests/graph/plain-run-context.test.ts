import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { Annotation, Command, END, interrupt, type LangGraphRunnableConfig, MemorySaver, START, StateGraph } from '@langchain/langgraph';
import { RunTree } from 'langsmith';
import { describe, expect, it } from 'vitest';
import { usePlainRunContexts } from '../../src/graph/plain-run-context.ts';

const State = Annotation.Root({ asked: Annotation<string>, answer: Annotation<string> });

/** What a node found in its async context, and a graph that asks for an approval on the way. */
function probeGraph() {
  const seen: { threadId: unknown; context: unknown }[] = [];
  const graph = new StateGraph(State)
    .addNode('ask', (state: typeof State.State, config: LangGraphRunnableConfig) => {
      seen.push({
        threadId: AsyncLocalStorageProviderSingleton.getRunnableConfig()?.configurable?.thread_id,
        context: AsyncLocalStorageProviderSingleton.getInstance().getStore(),
      });
      config.writer?.({ type: 'asking', about: state.asked });
      // interrupt() finds the run's config in the async context, not in an argument.
      const approved = interrupt({ question: `may I ${state.asked}?` }) as boolean;
      return { answer: approved ? 'done' : 'declined' };
    })
    .addEdge(START, 'ask')
    .addEdge('ask', END)
    .compile({ checkpointer: new MemorySaver() });
  return { graph, seen };
}

async function collect(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const chunks: unknown[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('plain run contexts', () => {
  usePlainRunContexts();
  usePlainRunContexts(); // a second call changes nothing more

  it('carries the run config, the custom stream and an interrupt and its resume with no run tree', async () => {
    const { graph, seen } = probeGraph();
    const config = { configurable: { thread_id: 'plain-1' }, streamMode: ['custom', 'updates'] as ('custom' | 'updates')[] };
    const first = await collect(await graph.stream({ asked: 'open github' }, config));
    expect(first).toContainEqual(['custom', { type: 'asking', about: 'open github' }]);
    expect(first).toContainEqual(['updates', { __interrupt__: [expect.objectContaining({ value: { question: 'may I open github?' } })] }]);
    const second = await collect(await graph.stream(new Command({ resume: true }), config));
    expect(second).toContainEqual(['updates', { ask: { answer: 'done' } }]);
    expect(seen.map(({ threadId }) => threadId)).toEqual(['plain-1', 'plain-1']);
    for (const { context } of seen) {
      expect(context).toBeTypeOf('object');
      expect(context).not.toBeInstanceOf(RunTree);
    }
  });

  it('leaves a call with callbacks to LangChain: its handler hears every node', async () => {
    const started: string[] = [];
    const handler = BaseCallbackHandler.fromMethods({
      handleChainStart(_chain, _inputs, _runId, _parent, _tags, _metadata, _type, name) {
        if (name) started.push(name);
      },
    });
    const { graph, seen } = probeGraph();
    const config = { configurable: { thread_id: 'traced-1' }, callbacks: [handler] };
    await graph.invoke({ asked: 'open mail' }, config);
    await graph.invoke(new Command({ resume: false }), config);
    expect(started.filter((name) => name === 'ask')).toHaveLength(2);
    expect((await graph.getState(config)).values).toMatchObject({ answer: 'declined' });
    expect(seen.map(({ threadId }) => threadId)).toEqual(['traced-1', 'traced-1']);
  });
});
