import { interrupt, type LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Observation } from '../../planner/planner.ts';
import {
  approvalCause,
  type ApprovalSettings,
  bringsOutsideText,
  OUTSIDE_TEXT,
  runsAtMostOnce,
} from '../../actions/action.ts';
import type { StepAttempt, StepAttemptsRepository } from '../../db/repositories/step-attempts.ts';
import type { ActionRegistry } from '../../actions/action-registry.ts';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

export interface ExecutorNodeDependencies {
  registry: ActionRegistry;
  artifactsDir: string;
  approval: ApprovalSettings;
  /**
   * The journal that makes a step with a side effect run at most once: recorded before its
   * action runs, finished after. Without it (unit tests, the eval) every step simply runs.
   */
  journal?: Pick<StepAttemptsRepository, 'begin' | 'finish'> | undefined;
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
export function makeExecutorNode({ registry, artifactsDir, approval, journal }: ExecutorNodeDependencies) {
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
        emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, declined: true, summary });
        return record({ ok: false, summary, declined: true });
      }
    }

    const threadId = config?.configurable?.thread_id;
    const runId = config?.configurable?.run_id;
    // LangGraph's task id: the same whenever this step is replayed from the same checkpoint.
    const stepKey = config?.configurable?.__pregel_task_id;
    const journaled =
      journal && runsAtMostOnce(action) && typeof threadId === 'string' && typeof stepKey === 'string'
        ? { journal, threadId, stepKey }
        : null;
    if (journaled) {
      // Committed before the side effect: after a crash, the step is known to have started.
      const earlier = await journaled.journal.begin({
        threadId: journaled.threadId,
        stepKey: journaled.stepKey,
        runId: typeof runId === 'string' ? runId : null,
        action: step.action,
        args: parsed.args,
      });
      if (earlier !== null && earlier !== 'untracked') {
        const summary = startedBefore(earlier);
        emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
        return record({ ok: false, summary, data: { started_at: earlier.startedAt } });
      }
    }
    // Not recorded (the database went away): the step stays "may have happened", which is still true.
    const finish = async (result: { ok: boolean; summary: string }) =>
      journaled?.journal.finish(journaled.threadId, journaled.stepKey, result).catch(() => undefined);

    emit(config, { type: 'tool-call-start', index, action: step.action, args: parsed.args });
    const signal = config?.signal ?? new AbortController().signal;
    try {
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
      await finish(result);
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
      // Cancelled: the journal keeps the step unfinished, and the next turn says it may have happened.
      if (signal.aborted) throw error;
      const summary = `${step.action} failed: ${(error as Error)?.message ?? String(error)}`;
      await finish({ ok: false, summary });
      emit(config, { type: 'tool-call-end', index, action: step.action, ok: false, summary });
      // It may have read something before failing; a desktop step brings nothing in.
      return record({ ok: false, summary }, undefined, action.desktop ? [] : [step.action]);
    }
  };
}

/**
 * What to say instead of running a step a second time: it had started in an earlier
 * attempt (a run that died, or this step replayed after its action returned).
 *
 * @example
 * startedBefore({ action: 'take_screenshot', args: {}, runId: null, startedAt, outcome: null, summary: null });
 * // 'This may already have happened: I had started take_screenshot before the server stopped, …'
 */
export function startedBefore(earlier: StepAttempt): string {
  const what = describeStep(earlier);
  if (earlier.outcome === null || earlier.outcome === 'interrupted') {
    return (
      `This may already have happened: I had started ${what} before the server stopped, and cannot ` +
      'tell whether it finished. I did not run it again; say so if you want it again.'
    );
  }
  return `${what} already ran before the restart (${earlier.outcome === 'ok' ? 'it worked' : 'it failed'}: ${earlier.summary ?? 'no summary'}); I did not run it again.`;
}

/**
 * A step in words: its action and its arguments, for the person and the planner.
 *
 * @example
 * describeStep({ action: 'open_website', args: { url: 'https://github.com/' } }); // 'open_website {"url":"https://github.com/"}'
 */
export const describeStep = ({ action, args }: Pick<StepAttempt, 'action' | 'args'>): string =>
  Object.keys(args).length > 0 ? `${action} ${JSON.stringify(args)}` : action;

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
