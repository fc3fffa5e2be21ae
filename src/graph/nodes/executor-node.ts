import { interrupt, type LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Observation } from '../../planner/planner.ts';
import { type ApprovalSettings, OUTSIDE_TEXT, requiresApproval } from '../../actions/action.ts';
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
    ): GraphUpdate => ({
      observations: [
        ...state.observations,
        { index, action: step.action, args: step.args, ...observation },
      ],
      stepCount: index + 1,
      pendingStep: null,
      ...(references ? { references } : {}),
    });

    const action = registry.get(step.action);
    const parsed = registry.parseArgs(step.action, step.args);
    if (!action || !parsed.ok) {
      const summary = parsed.ok ? `Unknown action "${step.action}".` : parsed.error;
      emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
      return record({ ok: false, summary });
    }

    const needsApproval =
      step.needsApproval ??
      requiresApproval(action, step.args, approval, {
        readOutsideText: state.observations.some((observation) => observation.data?.[OUTSIDE_TEXT] === true),
      });
    // Store the decision before asking: the checkpoint written after this visit holds it.
    if (needsApproval && step.needsApproval === undefined) {
      return { pendingStep: { ...step, needsApproval } };
    }
    if (needsApproval) {
      // Everything above re-runs on resume (LangGraph replays the node), so it must stay free of side effects.
      const answer = interrupt<ApprovalRequest, ApprovalAnswer>({
        action: step.action,
        args: parsed.args,
        reason: step.reason || `Run ${step.action}.`,
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
      );
    } catch (error) {
      if (signal.aborted) throw error;
      const summary = `${step.action} failed: ${(error as Error)?.message ?? String(error)}`;
      emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
      return record({ ok: false, summary });
    }
  };
}
