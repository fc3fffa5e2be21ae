import type { ActionRegistry } from '../../tools/registry.ts';
import type { Observation } from '../planner.ts';
import { describeStep } from './describe-step.ts';
import type { ReferenceTarget, RequestedStepInContext } from './intents.ts';

/** Something to try for each built-in action, shown in help. */
const examples: Readonly<Record<string, string>> = {
  open_website: 'open github',
  open_app: 'launch the calculator',
  take_screenshot: 'take a screenshot',
};

/** Each built-in action as a plural capability, for "I can only …". */
const capabilityPhrases: Readonly<Record<string, string>> = {
  open_website: 'open websites',
  open_app: 'launch apps',
  take_screenshot: 'take screenshots',
};

const modelHint =
  'For open-ended questions and writing, set GOOGLE_API_KEY or OPENAI_API_KEY (or OPENAI_BASE_URL for a local server) and restart jobpilot.';

/** The fixed replies of the rules planner, worded once per registry. */
export interface Answers {
  help: string;
  greeting: string;
  thanks: string;
  farewell: string;
  acknowledgement: string;
  negated: string;
  cannotDo: string;
  unresolvedReference(target: ReferenceTarget): string;
  screenshotLocation(path: string | undefined): string;
  noStepsLeft: string;
  /** "I can't do X without a language model." for clauses left out of a request. */
  leftOut(texts: readonly string[]): string;
}

/**
 * Words the rules planner's replies from the registry's own action descriptions.
 *
 * @example
 * createAnswers(new ActionRegistry()).help; // 'Here is what I can do: …'
 */
export function createAnswers(registry: ActionRegistry): Answers {
  const capabilities = registry.actions
    .map((action) => {
      const example = examples[action.name];
      return `- ${action.description}${example ? ` Try "${example}".` : ''}`;
    })
    .join('\n');
  const canOnly = joinWords(
    registry.actions.map((action) => capabilityPhrases[action.name] ?? `run ${action.name}`),
  );
  const has = (name: string) => registry.get(name) !== undefined;
  const tips = [
    has('open_website') || has('open_app')
      ? 'I also understand "open it again" for the last site or app.'
      : '',
    has('open_website') && has('take_screenshot')
      ? 'You can chain steps: "open github and take a screenshot".'
      : '',
  ].filter(Boolean);
  return {
    help: [`Here is what I can do:\n${capabilities}`, tips.join(' '), modelHint]
      .filter(Boolean)
      .join('\n'),
    greeting: `Hello! I'm jobpilot. I can:\n${capabilities}`,
    thanks: `You're welcome! Anything else? I can:\n${capabilities}`,
    farewell: 'Bye! Good luck with the job hunt.',
    acknowledgement: `Okay. Tell me what to do next; I can:\n${capabilities}`,
    negated: "Okay, I won't do that.",
    cannotDo: `I can't help with that: I'm running without a language model, so I can only ${canOnly}:\n${capabilities}\n${modelHint}`,
    unresolvedReference: (target) => {
      const thing = target === 'app' ? 'app' : target === 'site' ? 'site' : 'site or app';
      return `I don't know which ${thing} you mean: nothing has been opened in this conversation yet. Name it, e.g. "${target === 'app' ? 'launch firefox' : 'open github.com'}".`;
    },
    screenshotLocation: (path) =>
      path
        ? `The last screenshot is saved at ${path}.`
        : 'I have not taken a screenshot in this conversation yet. Say "take a screenshot" to take one.',
    noStepsLeft: "I've used up this turn's step budget, so I stopped here. Ask again to continue.",
    leftOut: (texts) =>
      texts.length === 0
        ? ''
        : `I left out ${joinWords(texts.map((text) => `"${text}"`))}: without a language model I can only ${canOnly}.`,
  };
}

/**
 * The end-of-turn reply: what each step did, where it stopped and why.
 *
 * @example
 * summarizeTurn({ observations, remaining: [], leftOut: [], budgetSpent: false }, answers);
 */
export function summarizeTurn(
  turn: {
    observations: readonly Observation[];
    remaining: readonly RequestedStepInContext[];
    leftOut: readonly string[];
    budgetSpent: boolean;
  },
  answers: Pick<Answers, 'leftOut' | 'noStepsLeft'>,
): string {
  const sentences = turn.observations.map((observation) => {
    const summary = asSentence(observation.summary);
    if (observation.ok) return summary;
    if (observation.declined) {
      return `You declined, so I did not ${describeStep(observation.action, observation.args)}.`;
    }
    return `I tried to ${describeStep(observation.action, observation.args)}, but it failed: ${summary}`;
  });
  const skipped = joinWords(turn.remaining.map((step) => describeStep(step.action, step.args)));
  if (turn.budgetSpent) {
    sentences.push(
      skipped
        ? `I ran out of steps for this turn before I could ${skipped}; ask again to continue.`
        : answers.noStepsLeft,
    );
  } else if (skipped) {
    sentences.push(`I did not go on to ${skipped}.`);
  }
  const leftOut = answers.leftOut(turn.leftOut);
  if (leftOut) sentences.push(leftOut);
  return sentences.join(' ') || 'Nothing was done.';
}

const asSentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
