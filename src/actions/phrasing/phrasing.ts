import type { ChatMessage } from '../../protocol/chat-message.ts';
import type { KnownData } from '../../protocol/known-data.ts';

/**
 * How sure a reading is. The rules planner runs the surest reading of a clause; between
 * equally sure ones, the one whose referent was mentioned most recently, then the action
 * with the higher priority.
 * - `certain`: the words can only mean this ("take a screenshot", "github.com").
 * - `likely`: a known name or an explicit verb ("open youtube", "save the second one").
 * - `guess`: plausible, and better than nothing ("launch wizzbang", "rust jobs").
 */
export type Confidence = 'certain' | 'likely' | 'guess';

/** One clause of a message, ready to be read: filler stripped, spacing and case normalised. */
export interface Clause {
  /** The clause as typed, minus polite filler and trailing punctuation ("pls open YouTube thx" → "open YouTube"). */
  text: string;
  /** `text` lower-cased; intent patterns are matched against it. */
  lower: string;
  /** Asked as a question ("what have I applied to", "how do I …"). */
  question: boolean;
}

/** What the conversation has in play. Pure data: phrasing never does I/O. */
export interface PhrasingContext {
  /**
   * What earlier steps left behind (`last_url`, `last_job_ids`, `last_document_id`, …), plus
   * placeholders for what earlier steps of the same message will leave behind.
   */
  references: Readonly<Record<string, string>>;
  /** Earlier messages, oldest first, without this turn's message. */
  history: readonly ChatMessage[];
  /** App names configured as allowed (`JOBPILOT_ALLOWED_APPS`): naming one says "app". */
  allowedApps: readonly string[];
  /** What the person's data holds, for naming it in any case ("drop the okapi one"); none when unknown. */
  known?: KnownData | undefined;
  /**
   * The arguments of the newest earlier user message that read as a step of `action`
   * ("find data engineer jobs in Berlin" for `search_jobs`), so a follow-up can change them
   * ("what about Amsterdam instead?"); undefined when none did.
   */
  lastRequest?(action: string): Readonly<Record<string, unknown>> | undefined;
}

/** A regex match of an intent pattern, with the case the person typed recoverable. */
export interface IntentMatch {
  /** Named groups of the pattern, lower-cased; absent groups are undefined. */
  groups: Readonly<Record<string, string | undefined>>;
  /** A named group as typed (original case), e.g. "Stripe", "Jane Doe". */
  original(group: string): string | undefined;
  clause: Clause;
}

/** What a clause means for one action: a step to run, or a reply instead of one. */
export type Reading<Args> =
  | {
      args: Args;
      /** Overrides the intent's confidence. */
      confidence?: Confidence;
      /**
       * For references: how many messages back the thing referred to was last mentioned
       * (0 = the newest). The more recent referent wins between equally sure readings.
       */
      recency?: number;
    }
  | {
      /** The action was clearly asked for but can't be planned: say why ("Which job? …"). */
      reply: string;
      confidence?: Confidence;
    };

/** One way of asking for an action: a pattern and the argument extractor that goes with it. */
export interface Intent<Args> {
  /**
   * Tested against `clause.lower`; anchor it (`^…$`). A named group `target` marks the
   * object of the verb, so a bare follow-up ("open linkedin, indeed and glassdoor") can
   * reuse what came before it.
   */
  pattern: RegExp;
  /** May read a clause asked as a question ("what have I applied to?"). Default false. */
  questions?: boolean;
  /** Default `likely`. */
  confidence?: Confidence;
  /**
   * A cheap test on `clause.lower` that every clause this intent reads passes: a word or mark its reader cannot read
   * without. Where it fails, the phrasebook runs neither `pattern` nor `read`. Give one to a pattern that matches
   * most clauses (`^(?<all>.+)$`) whose reader is costly; it must never fail where `read` would return a reading
   * (derive it from the reader's own tests, see docs/nlu.md). `tests/planner/rules/intent-needs.test.ts` checks it
   * against every example and utterance.
   */
  needs?: RegExp;
  /** The arguments, or a reply; null when the words don't fit after all. */
  read(match: IntentMatch, context: PhrasingContext): Reading<Args> | null;
}

/** A message and what it should produce: documentation, help text and a test at once. */
export interface PhrasingExample<Args> {
  say: string;
  /**
   * Expected arguments: a string must be contained in the one produced (case-insensitive),
   * other values equal; `null` means not given.
   */
  args?: { [Field in keyof Args]?: Args[Field] | null };
  /** References in play before the message (`last_job_ids`, …). */
  references?: Readonly<Record<string, string>>;
  /** Earlier messages, oldest first. */
  history?: readonly ChatMessage[];
}

/**
 * Everything the rules planner knows about asking for one action. Lives beside the action's
 * handler; the planner walks the registry and never names an action.
 */
export interface ActionPhrasing<Args> {
  /** Tried first when higher; breaks ties between equally sure readings. */
  priority: number;
  /** The action as a capability, for "I can only …": "open websites". */
  capability: string;
  /** A planned step in words, to finish "I did not …": "open https://github.com". */
  describe(args: Args): string;
  intents: readonly Intent<Args>[];
  /** The first one is offered in help. Each runs as a test. */
  examples: readonly [PhrasingExample<Args>, ...PhrasingExample<Args>[]];
  /** Messages that must not plan this action (another action or a reply wins). Run as tests. */
  counterExamples?: readonly string[];
  /**
   * How people ask for it, in many wordings (verbs, word orders, politeness, questions and
   * commands, with and without an object): the built-in planner's intent classifier learns
   * from these (`npm run nlu:train`). Invented sentences, never copies of an eval set.
   */
  utterances?: readonly string[];
  /**
   * The step's `job` argument names an entry of the person's resume ("my second job", "the
   * Loomwave one"), not a job of the thread's lists: the planner leaves it as said, never
   * counting it in the results shown.
   */
  jobOnResume?: boolean;
  /**
   * Reads the arguments from a whole sentence that the classifier placed here but no intent
   * pattern matched: entities found anywhere in it (a path, an ordinal, a company, a format),
   * no leading verb needed. Null when the sentence does not carry what the action needs.
   * Absent: only an action without required arguments can be planned this way.
   */
  readSentence?(clause: Clause, context: PhrasingContext): Reading<Args> | null;
  /**
   * Reads a whole message before it is split into pieces: a text pasted in for this action
   * to work on ("<a job posting> … how well do I fit?"), whose commas and full stops are the
   * text's, not boundaries between requests. The step, or null (the usual reading follows).
   */
  readWhole?(message: string, context: PhrasingContext): Reading<Args> | null;
  /**
   * Reads news told in passing, in any one piece of a message and beside other requests
   * ("find rust jobs, oh and Globex turned me down"): the step to run before the rest, or
   * null. Only for what a person reports rather than asks; the planner skips a piece that
   * reads as another action's request.
   */
  readInPassing?(clause: Clause, context: PhrasingContext): Reading<Args> | null;
  /**
   * Reference keys the action leaves behind (`last_job_ids`), so a later clause of the same
   * message can refer to its result: "search rust jobs and save the first one".
   */
  produces?: readonly string[];
  /**
   * A step of this action about a job makes news about that job told just before it moot:
   * "I'm no longer interested in the Acme job, take it off my list" removes it, and records
   * no withdrawal first. Without it, such news runs after the request it set the scene for.
   */
  supersedesNews?: boolean;
  /**
   * Several steps of this action about one job in one message are one story ("they called me
   * back… they gave me the job", "an offer came… I'm going to decline it"): only the last,
   * the stage the job has reached, runs.
   */
  lastWordWins?: boolean;
  /**
   * Said beside news that corrects what was just done ("oops no, I withdrew from Acme, undo
   * that"), a step of this action only says the last change was wrong: the news is the
   * correction and runs alone; this step does not run.
   */
  yieldsToNews?: boolean;
  /**
   * Said beside a request for another action, whether a step of this action read from
   * `text` is only an aside that does not run: "hi, my name is Tomas, find me welder jobs"
   * introduces the person, it corrects no resume. Alone, the step runs as read.
   */
  asideBeside?(text: string): boolean;
  /**
   * Optional arguments of this action said anywhere in the message, beside the shared
   * readers of `find-slots.ts`: a search's filters told in pieces of their own ("remote
   * only!! bookkeeping jobs", "… over 30k. only senior ones"). Each returns undefined when
   * the message says nothing of it; a step keeps what its own clause said.
   */
  slots?: Readonly<Record<string, (message: string, context: PhrasingContext) => unknown>>;
  /**
   * The step's arguments made precise by the rest of the message where its own clause said
   * only the broadest: a search for "jobs" in a message that also says "I am a welder"
   * searches for welders. Returns the arguments as they were when the message adds nothing;
   * the planner keeps the result only when the schema accepts it.
   */
  sharpen?(args: Args, message: string, context: PhrasingContext): Args;
  /**
   * Kinds of result the step's own words (`text`) ask to leave out that the action cannot leave out
   * ("find non-senior jobs": senior roles): the answer says they were not left out. None when absent.
   */
  keptOut?(text: string): readonly string[];
  /**
   * What the step's own words (`text`) ask that its arguments cannot hold ("within 100 km of Ulm": no radius), each as
   * a phrase that finishes "I searched without …" ("a radius (100 km): I can only search a place by its name"); the
   * answer says so. None when absent.
   */
  notApplied?(text: string): readonly string[];
  /**
   * One step read from `text` that asks for either of two things this action does one at a
   * time ("data jobs in Leeds or remote": a search in Leeds, and one for remote work), as the
   * steps to run in order; undefined when the text asks for one.
   */
  either?(args: Args, text: string): Args[] | undefined;
}

/**
 * Identity helper that keeps an action's phrasing typed by its arguments.
 *
 * @example
 * export const takeScreenshotPhrasing = definePhrasing<Record<string, never>>({ priority: 60, … });
 */
export const definePhrasing = <Args>(phrasing: ActionPhrasing<Args>): ActionPhrasing<Args> => phrasing;

/**
 * A pattern that starts with one of `verbs` (longest first) and captures the rest as `target`.
 *
 * @example
 * leadingVerb(['open', 'go to']).exec('go to github')?.groups; // { verb: 'go to', target: 'github' }
 */
export function leadingVerb(verbs: readonly string[], tail = '(?<target>.+)'): RegExp {
  const alternatives = [...verbs]
    .sort((left, right) => right.length - left.length)
    .map((verb) => verb.replace(/[.*+?^${}()|[\]\\-]/g, (character) => `\\${character}`).replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`^(?<verb>${alternatives})(?:\\s*:\\s*|\\s+)${tail}$`);
}
