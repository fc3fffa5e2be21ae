import type { ActionRegistry } from '../../tools/registry.ts';
import type { PlannerOutput } from '../decision.ts';
import type { Planner, PlannerInput } from '../planner.ts';
import { type Answers, createAnswers, summarizeTurn } from './answers.ts';
import { describeStep } from './describe-step.ts';
import type { ClauseIntent, ConversationContext } from './intents.ts';
import { parseRequest } from './parse-request.ts';
import { createPlannerOutputBuilder, type PlannerOutputBuilder } from './planner-output.ts';
import { trackProgress } from './track-progress.ts';

/** Which reply wins when a message says several non-actionable things ("hi, what's 2+2?"). */
const replyPriority: readonly ClauseIntent['kind'][] = [
  'unresolved-reference',
  'screenshot-location',
  'negated',
  'unknown',
  'help',
  'greeting',
  'thanks',
  'farewell',
  'acknowledgement',
];

/**
 * The built-in planner: deterministic intent parsing, no model, no I/O. It covers the
 * registry's actions with varied phrasing, chains compound requests one step at a time,
 * resolves "open it again" from references, and says plainly what it cannot do.
 *
 * @example
 * const planner = createRulesPlanner({ registry: new ActionRegistry() });
 * await planner.decide({ goal: 'open github', messages: [], observations: [], references: {}, stepsLeft: 8 });
 * // { type: 'act', action: 'open_website', args: { url: 'https://github.com', app_name: '' }, … }
 */
export function createRulesPlanner({ registry }: { registry: ActionRegistry }): Planner {
  const output = createPlannerOutputBuilder();
  const answers = createAnswers(registry);
  return {
    kind: 'rules',
    label: 'rules (built-in)',
    async decide(input, options) {
      options?.signal?.throwIfAborted();
      return decide(input, { registry, output, answers });
    },
  };
}

function decide(
  input: PlannerInput,
  {
    registry,
    output,
    answers,
  }: { registry: ActionRegistry; output: PlannerOutputBuilder; answers: Answers },
): PlannerOutput {
  const request = parseRequest(input.goal, conversationContext(input));
  const steps = request.steps.filter((step) => registry.get(step.action));
  const leftOut = [
    ...request.steps.filter((step) => !registry.get(step.action)).map((step) => step.text),
    ...request.others.flatMap((intent) => (intent.kind === 'unknown' ? [intent.text] : [])),
  ];

  if (input.observations.length > 0) {
    const progress = trackProgress(steps, input.observations);
    const budgetSpent = progress.next !== undefined && input.stepsLeft <= 0;
    if (progress.next && !budgetSpent) {
      return output.act(
        progress.next,
        `Next step the user asked for: ${describeStep(progress.next.action, progress.next.args)}.`,
      );
    }
    const answer = summarizeTurn(
      { observations: input.observations, remaining: progress.remaining, leftOut, budgetSpent },
      answers,
    );
    return output.respond(answer, endOfTurnReason(progress.failure !== undefined, budgetSpent));
  }

  const first = steps[0];
  if (!first) {
    const cannotRun = request.steps.length > 0;
    return output.respond(
      cannotRun ? answers.cannotDo : replyTo(request.others, input, answers),
      cannotRun ? 'The requested action is not available.' : 'Nothing to run: answering directly.',
    );
  }
  if (input.stepsLeft <= 0) return output.respond(answers.noStepsLeft, 'No steps left this turn.');
  return output.act(first, `The user asked to ${describeStep(first.action, first.args)}.`);
}

function endOfTurnReason(failed: boolean, budgetSpent: boolean): string {
  if (failed) return 'A step did not succeed; reporting instead of retrying.';
  if (budgetSpent) return 'The step budget ran out.';
  return 'Every step asked for has run.';
}

function replyTo(others: readonly ClauseIntent[], input: PlannerInput, answers: Answers): string {
  const kind = replyPriority.find((candidate) =>
    others.some((intent) => intent.kind === candidate),
  );
  switch (kind) {
    case 'unresolved-reference': {
      const intent = others.find((other) => other.kind === 'unresolved-reference');
      return answers.unresolvedReference(
        intent?.kind === 'unresolved-reference' ? intent.target : 'any',
      );
    }
    case 'screenshot-location':
      return answers.screenshotLocation(input.references.last_screenshot);
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
function conversationContext(input: PlannerInput): ConversationContext {
  const last = input.messages.at(-1);
  const history =
    last?.role === 'user' && last.content === input.goal
      ? input.messages.slice(0, -1)
      : input.messages;
  return { references: input.references, history };
}
