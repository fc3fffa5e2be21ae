import type { ModelUsage } from './model-client.ts';

/** One model call's cost, as recorded with the run: which model, for what, how many tokens. */
export interface ModelCallUsage extends ModelUsage {
  provider: string;
  model: string;
  purpose: 'decision' | 'writer';
}

/** A model call's cost, with the thread and run it belongs to. */
export type UsageRecord = ModelCallUsage & { threadId: string; runId: string | null };
