import { interrupt, type LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Observation } from '../../planner/planner.ts';
import {
  approvalCause,
  type ApprovalSettings,
  bringsOutsideText,
  OUTSIDE_TEXT,
} from '../../actions/action.ts';
import type { ActionRegistry } from '../../actions/action-registry.ts';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

export interface ExecutorNodeDependencies {
  registry: ActionRegistry;
  artifactsDir: string;
  approval: ApprovalSettings;
}

/** What the executor hands to `interrupt()` and what a resume must answer. */
export interface ApprovalRequest {
  action: string;
  args: Record<string, unknown>;
  reason: string;
  /** Set when the step asks because the thread has read outside text, not by its policy. */
  cause?: 'outside_text';
  /** What the step will do, in words ("open https://… (Data Analyst at Acme) in your browser"). */
  what?: string;
}
export interface ApprovalAnswer {
  approved: boolean;
}

/**
 * The Executor: validates the step against its action's schema, decides whether it needs
 * approval and asks for it (LangGraph `interrupt()`), runs it with the run's AbortSignal,
 * and records an observation. A failed step is an observation, not a crash.
 *
 * Approval is decided on the first visit and, when the step must ask, only stored: the
 * graph routes back here (`routeAfterExecutor`) and the second visit asks. So the decision
 * sits in the checkpoint before the interrupt, and a resume in another process (with other
 * settings) replays the same decision instead of making its own.
 *
 * @example
 * graph.addNode(EXECUTOR, makeExecutorNode({ registry, artifactsDir, approval }));
 */
export function makeExecutorNode({ registry, artifactsDir, approval }: ExecutorNodeDependencies) {
  return async (state: GraphState, config?: LangGraphRunnableConfig): Promise<GraphUpdate> => {
    const step = state.pendingStep;
    if (!step) return {};
    const index = state.stepCount;
    const record = (
      observation: Omit<Observation, 'index' | 'action' | 'args'>,
      references?: Record<string, string>,
      outsideText?: string[],
    ): GraphUpdate => ({
      observations: [
        ...state.observations,
        { index, action: step.action, args: step.args, ...observation },
      ],
      stepCount: index + 1,
      pendingStep: null,
      ...(references ? { references } : {}),
      ...(outsideText?.length ? { outsideText } : {}),
    });

    const action = registry.get(step.action);
    const parsed = registry.parseArgs(step.action, step.args);
    if (!action || !parsed.ok) {
      const summary = parsed.ok ? `Unknown action "${step.action}".` : parsed.error;
      emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
      return record({ ok: false, summary });
    }

    const outsideSources = outsideTextIn(state);
    const cause =
      step.needsApproval === undefined
        ? approvalCause(action, step.args, approval, { readOutsideText: outsideSources.length > 0 })
        : (step.approvalCause ?? (step.needsApproval ? 'policy' : null));
    const needsApproval = cause !== null;
    // Store the decision before asking: the checkpoint written after this visit holds it,
    // with the step in words and its references pinned against the lists the person saw.
    if (needsApproval && step.needsApproval === undefined) {
      const signal = config?.signal ?? new AbortController().signal;
      const preview = await action.preview?.(parsed.args, { references: state.references, signal });
      if (preview && !preview.ok) {
        emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary: preview.error });
        return record({ ok: false, summary: preview.error });
      }
      const pinned = preview?.args ? { ...step.args, ...preview.args } : step.args;
      return {
        pendingStep: {
          ...step,
          args: pinned,
          needsApproval,
          approvalCause: cause,
          ...(preview ? { approvalText: preview.text } : {}),
        },
      };
    }
    if (needsApproval) {
      // Everything above re-runs on resume (LangGraph replays the node), so it must stay free of side effects.
      const planned = step.reason || `Run ${step.action}.`;
      const answer = interrupt<ApprovalRequest, ApprovalAnswer>({
        action: step.action,
        args: parsed.args,
        reason: cause === 'outside_text' ? `${planned} ${outsideTextWarning(outsideSources)}` : planned,
        ...(cause === 'outside_text' ? { cause } : {}),
        ...(step.approvalText ? { what: step.approvalText } : {}),
      });
      if (!answer?.approved) {
        const summary = `Declined: you did not allow ${step.action}, so it was not run.`;
        emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
        return record({ ok: false, summary, declined: true });
      }
    }

    emit(config, { type: 'tool-call-start', index, action: step.action, args: parsed.args });
    const signal = config?.signal ?? new AbortController().signal;
    try {
      const threadId = config?.configurable?.thread_id;
      const runId = config?.configurable?.run_id;
      const result = await action.run(parsed.args, {
        signal,
        artifactsDir,
        references: state.references,
        progress: (text) => {
          if (text) emit(config, { type: 'tool-progress', index, action: step.action, text });
        },
        ...(typeof threadId === 'string' ? { threadId } : {}),
        runId: typeof runId === 'string' ? runId : null,
      });
      emit(config, {
        type: 'tool-call-end',
        index,
        action: step.action,
        ok: result.ok,
        summary: result.summary,
        ...(result.data ? { data: result.data } : {}),
      });
      return record(
        { ok: result.ok, summary: result.summary, ...(result.data ? { data: result.data } : {}) },
        result.references,
        bringsOutsideText(action, result) ? [step.action] : [],
      );
    } catch (error) {
      if (signal.aborted) throw error;
      const summary = `${step.action} failed: ${(error as Error)?.message ?? String(error)}`;
      emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
      // It may have read something before failing; a desktop step brings nothing in.
      return record({ ok: false, summary }, undefined, action.desktop ? [] : [step.action]);
    }
  };
}

/** The actions that brought outside text into the thread (older checkpoints: this turn's flags). */
function outsideTextIn(state: GraphState): string[] {
  const flagged = state.observations
    .filter((observation) => observation.data?.[OUTSIDE_TEXT] === true)
    .map((observation) => observation.action);
  return [...new Set([...(state.outsideText ?? []), ...flagged])];
}

/** Why a desktop step asks although its policy would not, for the approval prompt. */
function outsideTextWarning(sources: readonly string[]): string {
  return (
    `Asking because this conversation has read text from outside (from ${sources.join(', ')}: ` +
    'job postings, board answers or a resume), which may carry instructions; approve only if ' +
    'you asked for this yourself.'
  );
}
