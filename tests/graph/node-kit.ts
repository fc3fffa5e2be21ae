import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { z } from 'zod';
import { defineAction, OUTSIDE_TEXT } from '../../src/actions/action.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';
import type { NodeEvent } from '../../src/graph/events.ts';
import type { GraphState } from '../../src/graph/state.ts';

/** Actions for node tests, each recording the arguments it ran with. */
export function fakeActions() {
  const ran: Array<{ action: string; args: Record<string, unknown> }> = [];
  const note = defineAction({
    name: 'note',
    description: 'Writes a note.',
    args: z.object({ text: z.string().min(1).describe('What to write.') }),
    approval: () => 'auto',
    run: async (args) => {
      ran.push({ action: 'note', args });
      return { ok: true, summary: `Noted ${args.text}.`, data: { length: args.text.length }, references: { last_note: args.text } };
    },
  });
  const wipe = defineAction({
    name: 'wipe',
    description: 'Wipes the notes.',
    args: z.object({}),
    approval: () => 'ask',
    run: async (args) => {
      ran.push({ action: 'wipe', args });
      return { ok: true, summary: 'Wiped.' };
    },
  });
  const open = defineAction({
    name: 'open',
    description: 'Opens a page.',
    args: z.object({ url: z.string().describe('The page.') }),
    approval: () => 'auto',
    desktop: true,
    run: async (args) => {
      ran.push({ action: 'open', args });
      return { ok: true, summary: `Opened ${args.url}.` };
    },
  });
  const read = defineAction({
    name: 'read',
    description: 'Reads a posting.',
    args: z.object({}),
    approval: () => 'auto',
    run: async () => ({ ok: true, summary: 'Read a posting.', data: { [OUTSIDE_TEXT]: true } }),
  });
  const broken = defineAction({
    name: 'broken',
    description: 'Always throws.',
    args: z.object({}),
    approval: () => 'auto',
    run: async () => {
      throw new Error('the disk is full');
    },
  });
  const registry = new ActionRegistry([note, wipe, open, read, broken] as never);
  return { registry, ran };
}

/** A graph state with this turn's defaults. */
export const stateOf = (values: Partial<GraphState> = {}): GraphState => ({
  messages: [{ role: 'user', content: 'do it' }],
  goal: 'do it',
  observations: [],
  stepCount: 0,
  pendingStep: null,
  draftAnswer: null,
  notice: null,
  outsideText: [],
  references: {},
  ...values,
});

/** A node config whose writer records the events a node emits. */
export function recordingConfig(signal: AbortSignal = new AbortController().signal) {
  const events: NodeEvent[] = [];
  const config: LangGraphRunnableConfig = {
    configurable: { thread_id: 'thread-1', run_id: 'run-1' },
    signal,
    writer: (event: unknown) => events.push(event as NodeEvent),
  };
  return { config, events };
}

export const auto = { mode: 'auto' as const, allowedApps: [] };
