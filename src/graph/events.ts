import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { RunEvent } from '../protocol/events.ts';

/** Events nodes emit while they work (the `custom` stream); run-level events are the runner's. */
export type NodeEvent = Extract<
  RunEvent,
  { type: 'plan' | 'tool-call-start' | 'tool-progress' | 'tool-call-end' | 'message-delta' | 'message-end' }
>;

/** Sends a protocol event to whoever streams this run (nothing when invoked without streaming). */
export const emit = (config: LangGraphRunnableConfig | undefined, event: NodeEvent): void => {
  config?.writer?.(event);
};
