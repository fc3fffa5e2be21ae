import type { ActionRegistry } from '../../actions/action-registry.ts';
import { asSentence, joinSentences } from '../../present/sentence.ts';
import type { Observation } from '../planner.ts';
import type { RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';

const modelHint =
  'For open-ended questions and writing, set GOOGLE_API_KEY or OPENAI_API_KEY (or OPENAI_BASE_URL for a local server) and restart jobpilot.';

/** The fixed replies of the rules planner, worded once per registry. */
export interface Answers {
  /** "what can you do?": one line for each thing people come for, in their words, with one example each. */
  help: string;
  /** "list everything": every action with its description and an example. */
  everything: string;
  /** "what can you do with my resume?": the full lines of the things the question names, else `help`. */
  helpAbout(message: string): string;
  /** "how do alerts work?": the full lines of the feature named (its words, "alerts"), else `help`. */
  helpOn(feature: string): string;
  greeting: string;
  thanks: string;
  farewell: string;
  acknowledgement: string;
  negated: string;
  cannotDo: string;
  /** "…, remember that": a preference asked to be kept for later requests, which jobpilot does not keep. */
  preferenceNotKept: string;
  noStepsLeft: string;
  /** The one reply to sentences in a language the rules planner does not read ("zeig mir Stellen"). */
  otherLanguage(sentences: readonly string[], language: string | null): string;
  /** "I left out "X": …" for clauses no phrasing reads; empty when there are none. */
  leftOut(texts: readonly string[]): string;
  /** What a message asked to keep out ("nothing graduate-y"), which no step can leave out. */
  notExcluded(kinds: readonly string[]): string;
  /** What a message asked of a step that the step cannot do ("within 100 km", "hybrid"), each said with why. */
  notApplied(limits: readonly string[]): string;
  /** A step in words, to finish "I did not …". */
  describe(action: string, args: Readonly<Record<string, unknown>>): string;
}

/** What people come for, each said in their words with one example, and the actions that do it. */
const abilityGroups: ReadonlyArray<{ line: string; example: string; actions: readonly string[]; topic: RegExp }> = [
  {
    line: 'Find jobs: search live job boards and your saved index, show a posting, answer what it pays or whether it is remote, compare the results.',
    example: 'find nurse jobs in Leeds',
    actions: ['search_jobs', 'show_job', 'answer_about_job', 'compare_jobs'],
    topic: /\b(?:postings?|listings?|salar(?:y|ies))\b/,
  },
  {
    line: 'Your resume and fit: import your resume, fix what I misread, see how well you match a job, tailor your resume to it.',
    example: 'how well do I match the first one?',
    actions: ['import_resume', 'show_resume', 'correct_resume', 'use_resume', 'analyze_match', 'optimize_resume'],
    topic: /\b(?:resumes?|résumés?|cvs?|files?|formats?|pdf|docx|word|import|match(?:es|ing)?|fit|tailor(?:ing)?)\b/,
  },
  {
    line: 'Letters and interview prep: write a cover letter, revise it, prepare for an interview, export it as PDF or Word.',
    example: 'write a cover letter for the second one',
    actions: ['write_cover_letter', 'revise_cover_letter', 'create_interview_prep', 'export_document', 'list_documents'],
    topic: /\b(?:letters?|interviews?|prep(?:are)?|documents?|export(?:ing)?|writ(?:e|ing))\b/,
  },
  {
    line: 'Your tracker: save jobs and track each application (applied, interviewing, offer…); undo a change.',
    example: 'save the first one',
    actions: ['save_job', 'unsave_job', 'update_job_status', 'list_saved_jobs', 'undo'],
    topic: /\b(?:track(?:er|ing)?|sav(?:e|ed|ing)|applications?|appl(?:y|ied)|status(?:es)?|undo)\b/,
  },
  {
    line: 'Alerts and reminders: an alert for new jobs on a schedule, a reminder for an interview or a follow-up.',
    example: 'remind me to follow up with Acme on Friday',
    actions: ['create_alert', 'list_alerts', 'change_alert', 'whats_new', 'set_reminder', 'list_reminders', 'cancel_reminder', 'note_reminder'],
    topic: /\b(?:alerts?|remind(?:ers?)?|notif(?:y|ications?)|schedules?|calendar)\b/,
  },
  {
    line: 'On this computer: open a website or an app, take a screenshot.',
    example: 'open linkedin',
    actions: ['open_website', 'open_app', 'take_screenshot'],
    topic: /\b(?:apps?|websites?|browser|screenshots?|computer|desktop)\b/,
  },
];

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
  // Regression (trial s41 #7): "what can you do?" listed 33 lines of developer wording ("Launch a desktop application by
  // name", "the saved job index"): a short answer in a user's words, one line for each thing people come for.
  const registered = new Set(registry.actions.map((action) => action.name));
  const groups = abilityGroups.filter(({ actions }) => actions.some((name) => registered.has(name)));
  const grouped = groups.map(({ line, example }) => `- ${line} Try "${example}".`).join('\n');
  const help = `Here is what I can do:\n${grouped}\nSay "list everything" for the full list, or just tell me what you need.`;
  const lineOf = (name: string) => {
    const phrasing = phrasebook.phrasingOf(name);
    const action = registry.get(name);
    return action ? `- ${action.description}${phrasing ? ` Try "${phrasing.examples[0].say}".` : ''}` : undefined;
  };
  const linesAbout = (asked: typeof groups) => {
    const lines = asked.flatMap(({ actions }) => actions.flatMap((name) => lineOf(name) ?? []));
    return `Here is what I can do about that:\n${lines.join('\n')}\nSay "help" for everything else.`;
  };
  return {
    help,
    helpOn: (feature) => {
      const asked = groups.filter(({ topic }) => topic.test(feature.toLowerCase()));
      return asked.length === 0 ? help : linesAbout(asked);
    },
    helpAbout: (message) => {
      // (Only a thing named after "with", "about", "for": "what can you do for my job search" asks about everything.)
      const named = [...message.toLowerCase().matchAll(/\b(?:with|about|regarding|for|on)\s+(?:my\s+|the\s+|your\s+|a\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/gu)].map((match) => match[1] ?? '');
      const asked = groups.filter(({ topic }) => named.some((words) => topic.test(words) && !/\bjob\s+(?:search|hunt)/.test(words)));
      if (asked.length === 0 || asked.length === groups.length) return help;
      return linesAbout(asked);
    },
    everything: [`Here is everything I can do:\n${capabilities}`, tips.join(' '), modelHint].join('\n'),
    // Chit-chat gets a short answer; "help" is where the whole list lives.
    greeting: `Hello! I'm jobpilot, your job-hunting assistant. What can I do for you?${greetingExample ? ` For example: "${greetingExample}".` : ''}`,
    thanks: "You're welcome, glad to help! Anything else?",
    farewell: 'Bye! Good luck with the job hunt.',
    acknowledgement: 'Okay. Tell me what to do next, or say "help" to see what I can do.',
    negated: "Okay, I won't do that.",
    preferenceNotKept:
      "I can't keep preferences from one request to the next yet, so I haven't searched or saved anything. Say them with a search and it leaves those jobs out (\"data analyst jobs in Lisbon, no internships, no contract roles\"), or make an alert that keeps them for every run (\"every weekday at 9 tell me about new data analyst jobs in Lisbon, no internships\").",
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
        : `I couldn't leave out ${joinWords(kinds.map((kind) => (/[^s]s$/i.test(kind) ? kind : `${kind} roles`)))}: I can't exclude a kind of job or an employer yet, so check the titles and companies (or name what you want instead).`,
    notApplied: (limits) => (limits.length === 0 ? '' : `I searched without ${joinWords(limits)}, so check the postings for that.`),
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
