import type { ActionRegistry } from '../../actions/action-registry.ts';
import { asSentence, joinSentences } from '../../present/sentence.ts';
import type { Observation } from '../planner.ts';
import type { RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';

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
  noStepsLeft: string;
  /** The one reply to sentences in a language the rules planner does not read ("zeig mir Stellen"). */
  otherLanguage(sentences: readonly string[], language: string | null): string;
  /** "I left out "X": …" for clauses no phrasing reads; empty when there are none. */
  leftOut(texts: readonly string[]): string;
  /** What a message asked to keep out ("nothing graduate-y"), which no step can leave out. */
  notExcluded(kinds: readonly string[]): string;
  /** A step in words, to finish "I did not …". */
  describe(action: string, args: Readonly<Record<string, unknown>>): string;
}

/**
 * Words the rules planner's replies from the registry: each action's description, its
 * capability and first example.
 *
 * @example
 * createAnswers(registry, createPhrasebook(registry)).help; // 'Here is what I can do: …'
 */
export function createAnswers(registry: ActionRegistry, phrasebook: Phrasebook): Answers {
  const phrasings = registry.actions.map((action) => ({ action, phrasing: phrasebook.phrasingOf(action.name) }));
  const capabilities = phrasings
    .map(({ action, phrasing }) => {
      const example = phrasing?.examples[0].say;
      return `- ${action.description}${example ? ` Try "${example}".` : ''}`;
    })
    .join('\n');
  const canOnly = joinWords(phrasings.map(({ action, phrasing }) => phrasing?.capability ?? `run ${action.name}`));
  const [first, second] = phrasings.filter(({ phrasing }) => phrasing && !phrasing.examples[0].references);
  // A greeting shows what people come for first: a search when there is one.
  // (Its shortest example without a reference: a greeting stays one short line.)
  const greeter = (phrasings.find(({ action, phrasing }) => action.name === 'search_jobs' && phrasing) ?? first)?.phrasing;
  const greetingExample = greeter?.examples.filter((example) => !example.references).map((example) => example.say).sort((a, b) => a.length - b.length)[0];
  const tips = [
    first?.phrasing && second?.phrasing
      ? `You can chain steps: "${first.phrasing.examples[0].say} and ${second.phrasing.examples[0].say}".`
      : '',
    'I also understand references to earlier results, like "open it again" or "the second one".',
  ].filter(Boolean);
  return {
    help: [`Here is what I can do:\n${capabilities}`, tips.join(' '), modelHint].join('\n'),
    // Chit-chat gets a short answer; "help" is where the whole list lives.
    greeting: `Hello! I'm jobpilot, your job-hunting assistant. What can I do for you?${greetingExample ? ` For example: "${greetingExample}".` : ''}`,
    thanks: "You're welcome, glad to help! Anything else?",
    farewell: 'Bye! Good luck with the job hunt.',
    acknowledgement: 'Okay. Tell me what to do next, or say "help" to see what I can do.',
    negated: "Okay, I won't do that.",
    cannotDo: `I can't help with that: I'm running without a language model, so I can only ${canOnly}:\n${capabilities}\n${modelHint}`,
    otherLanguage: (sentences, language) =>
      `I only understand English so far, so I couldn't read ${joinWords(sentences.map((sentence) => `"${sentence}"`))}${language ? ` (it reads as ${language})` : ''}. Try it in English${
        greetingExample ? `, for example "${greetingExample}"` : ''
      }, or say "help" to see what I can do.`,
    noStepsLeft: "I've used up this turn's step budget, so I stopped here. Ask again to continue.",
    leftOut: (texts) =>
      texts.length === 0
        ? ''
        : `I left out ${joinWords(texts.map((text) => `"${text}"`))}: I couldn't place it without a language model (say "help" to see what I can do).`,
    notExcluded: (kinds) =>
      kinds.length === 0
        ? ''
        : `I couldn't leave out ${joinWords(kinds.map((kind) => (/[^s]s$/i.test(kind) ? kind : `${kind} roles`)))}: I can't exclude a kind of job yet, so check the titles (or name what you want instead).`,
    describe: (action, args) => {
      const phrasing = phrasebook.phrasingOf(action);
      return phrasing ? phrasing.describe(args) : `run ${action}`;
    },
  };
}

/**
 * The end-of-turn reply: what each step did, where it stopped and why.
 *
 * @example
 * summarizeTurn({ observations, remaining: [], leftOut: [], notes: [], budgetSpent: false }, answers);
 */
export function summarizeTurn(
  turn: {
    observations: readonly Observation[];
    remaining: readonly RequestedStep[];
    leftOut: readonly string[];
    /** Replies to parts of the message that asked for something that could not be planned. */
    notes: readonly string[];
    budgetSpent: boolean;
  },
  answers: Pick<Answers, 'leftOut' | 'noStepsLeft' | 'describe'>,
): string {
  const sentences = turn.observations.map((observation) => {
    const summary = asSentence(observation.summary);
    if (observation.ok) return summary;
    if (observation.declined) {
      return `You declined, so I did not ${answers.describe(observation.action, observation.args)}.`;
    }
    return `I tried to ${answers.describe(observation.action, observation.args)}, but it failed: ${summary}`;
  });
  const skipped = joinWords(turn.remaining.map((step) => answers.describe(step.action, step.args)));
  if (turn.budgetSpent) {
    sentences.push(
      skipped
        ? `I ran out of steps for this turn before I could ${skipped}; ask again to continue.`
        : answers.noStepsLeft,
    );
  } else if (skipped) {
    sentences.push(`I did not go on to ${skipped}.`);
  }
  sentences.push(...turn.notes);
  const leftOut = answers.leftOut(turn.leftOut);
  if (leftOut) sentences.push(leftOut);
  return joinSentences(sentences) || 'Nothing was done.';
}

const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
