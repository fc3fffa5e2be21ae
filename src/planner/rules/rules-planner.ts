import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { PlannerOutput } from '../decision.ts';
import type { Planner, PlannerInput } from '../planner.ts';
import { type Answers, createAnswers, summarizeTurn } from './answers.ts';
import { parseRequest, type ParsedRequest } from './parse-request.ts';
import { createPhrasebook, type Phrasebook } from './phrasebook.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { createPlannerOutputBuilder, type PlannerOutputBuilder } from './planner-output.ts';
import { trackProgress } from './track-progress.ts';

/** Which reply wins when a message says several non-actionable things ("hi, what's 2+2?"). */
const replyPriority = [
  'reply',
  'negated',
  'unknown',
  'help',
  'greeting',
  'thanks',
  'farewell',
  'acknowledgement',
] as const;

export interface RulesPlannerOptions {
  registry: ActionRegistry;
  /** App names configured as allowed (`JOBPILOT_ALLOWED_APPS`): naming one says "app". */
  allowedApps?: readonly string[];
}

/**
 * The built-in planner: deterministic intent parsing, no model, no I/O. It reads each
 * clause with the phrasing every registered action brings (walking the registry, never
 * naming an action), chains compound requests one step at a time, resolves references to
 * earlier turns, and says plainly what it cannot do.
 *
 * @example
 * const planner = createRulesPlanner({ registry: createActions(career) });
 * await planner.decide({ goal: 'open github', messages: [], observations: [], references: {}, stepsLeft: 8 });
 * // { decision: { action: 'open_website', reason: '…', args: { url: 'https://github.com' } } }
 */
export function createRulesPlanner({ registry, allowedApps = [] }: RulesPlannerOptions): Planner {
  const phrasebook = createPhrasebook(registry);
  const tools = { output: createPlannerOutputBuilder(), answers: createAnswers(registry, phrasebook), phrasebook, allowedApps };
  return {
    kind: 'rules',
    label: 'rules (built-in)',
    async decide(input, options) {
      options?.signal?.throwIfAborted();
      return decide(input, tools);
    },
  };
}

interface Tools {
  output: PlannerOutputBuilder;
  answers: Answers;
  phrasebook: Phrasebook;
  allowedApps: readonly string[];
}

function decide(input: PlannerInput, { output, answers, phrasebook, allowedApps }: Tools): PlannerOutput {
  const request = parseRequest(input.goal, phrasebook, conversationContext(input, allowedApps));
  const { steps } = request;
  const leftOut = request.others.flatMap((intent) => (intent.kind === 'unknown' ? [intent.text] : []));
  const notes = request.others.flatMap((intent) => (intent.kind === 'reply' ? [intent.reply] : []));

  if (input.observations.length > 0) {
    const progress = trackProgress(steps, input.observations);
    const budgetSpent = progress.next !== undefined && input.stepsLeft <= 0;
    if (progress.next && !budgetSpent) {
      return output.act(progress.next, `Next step the user asked for: ${answers.describe(progress.next.action, progress.next.args)}.`);
    }
    const answer = summarizeTurn(
      { observations: input.observations, remaining: progress.remaining, leftOut, notes, budgetSpent },
      answers,
    );
    return output.respond(answer, endOfTurnReason(progress.failure !== undefined, budgetSpent));
  }

  const first = steps[0];
  if (!first) return output.respond(replyTo(request.others, answers), 'Nothing to run: answering directly.');
  if (input.stepsLeft <= 0) return output.respond(answers.noStepsLeft, 'No steps left this turn.');
  return output.act(first, `The user asked to ${answers.describe(first.action, first.args)}.`);
}

function endOfTurnReason(failed: boolean, budgetSpent: boolean): string {
  if (failed) return 'A step did not succeed; reporting instead of retrying.';
  if (budgetSpent) return 'The step budget ran out.';
  return 'Every step asked for has run.';
}

function replyTo(others: ParsedRequest['others'], answers: Answers): string {
  const kind = replyPriority.find((candidate) => others.some((intent) => intent.kind === candidate));
  switch (kind) {
    case 'reply':
      return others.flatMap((intent) => (intent.kind === 'reply' ? [intent.reply] : [])).join(' ');
    case 'negated':
      return answers.negated;
    case 'unknown':
      return answers.cannotDo;
    case 'help':
      return answers.help;
    case 'greeting':
      return answers.greeting;
    case 'thanks':
      return answers.thanks;
    case 'farewell':
      return answers.farewell;
    default:
      return answers.acknowledgement;
  }
}

/** Earlier messages only: the window ends with this turn's message, which is the goal itself. */
function conversationContext(input: PlannerInput, allowedApps: readonly string[]): PhrasingContext {
  const last = input.messages.at(-1);
  const history =
    last?.role === 'user' && last.content === input.goal ? input.messages.slice(0, -1) : input.messages;
  return { references: input.references, history, allowedApps };
}
