import type { ActionRegistry } from '../../actions/action-registry.ts';
import { stripFiller } from './strip-filler.ts';
import type { ActionPhrasing, Clause, Confidence, Intent, PhrasingContext, Reading } from '../../actions/phrasing/phrasing.ts';

/** A clause read as one action's step. */
export interface StepReading {
  kind: 'step';
  action: string;
  args: Record<string, unknown>;
  confidence: Confidence;
  /** The words before the intent's `target` ("open"), for a bare follow-up to reuse. */
  lead: string;
}

/** A clause read as asking for an action that can't be planned as said: the reply says why. */
export interface ReplyReading {
  kind: 'reply';
  action: string;
  reply: string;
  confidence: Confidence;
}

export type ActionReading = StepReading | ReplyReading;

/** The registry's phrasings, compiled once: what the rules planner reads clauses with. */
export interface Phrasebook {
  /** The surest reading of a clause across every action, or null when none reads it. */
  read(clause: Clause, context: PhrasingContext): ActionReading | null;
  /**
   * News told in passing in a clause (an action's `readInPassing`), as a step whose
   * arguments validate; null when the clause tells none or reads as another request.
   */
  readInPassing(clause: Clause, context: PhrasingContext): StepReading | null;
  /** A whole message one action reads as a text pasted in to work on (`readWhole`), as a step that validates; or null. */
  readWhole(message: string, context: PhrasingContext): StepReading | null;
  /** An action's phrasing, if it has one. */
  phrasingOf(action: string): ActionPhrasing<Record<string, unknown>> | undefined;
  /** Words that start requests in the examples: the typo corrector's vocabulary. */
  leadingWords: ReadonlySet<string>;
  /** Every word of the phrasings' examples, utterances and patterns: what a slip is corrected to. */
  vocabulary: ReadonlySet<string>;
  /**
   * The words of the examples and patterns only: spelled as meant (utterances carry slips on
   * purpose, "serch remote devops jobs", so a word of theirs may itself be a slip).
   */
  spelledWords: ReadonlySet<string>;
  /** The words of the intent patterns and the request verbs: what the planner keys on to pick an action. */
  keyWords: ReadonlySet<string>;
}

interface CompiledIntent {
  action: string;
  priority: number;
  order: number;
  intent: Intent<Record<string, unknown>>;
  pattern: RegExp;
  /** The intent's `needs`, stateless (no `g`/`y`). */
  needs: RegExp | undefined;
}

const confidenceRank: Readonly<Record<Confidence, number>> = { certain: 3, likely: 2, guess: 1 };

/**
 * Compiles the phrasing of every action in the registry, highest priority first. Readings
 * whose arguments the action's own schema rejects are dropped, so the planner only ever
 * proposes steps that validate.
 *
 * @example
 * const phrasebook = createPhrasebook(createActions(career));
 * phrasebook.read(readClause('open github'), context); // { kind: 'step', action: 'open_website', … }
 */
export function createPhrasebook(registry: ActionRegistry): Phrasebook {
  const phrasings = new Map<string, ActionPhrasing<Record<string, unknown>>>();
  const intents: CompiledIntent[] = [];
  const leadingWords = new Set<string>();
  const vocabulary = new Set<string>();
  const spelledWords = new Set<string>();
  const keyWords = new Set<string>();
  registry.actions.forEach((action, order) => {
    const phrasing = action.phrasing as ActionPhrasing<Record<string, unknown>> | undefined;
    if (!phrasing) return;
    phrasings.set(action.name, phrasing);
    for (const intent of phrasing.intents) {
      // `d` gives group indices (for the lead); `g`/`y` would make `exec` stateful.
      const flags = `${intent.pattern.flags.replace(/[gyd]/g, '')}d`;
      const needs = intent.needs && new RegExp(intent.needs.source, intent.needs.flags.replace(/[gy]/g, ''));
      intents.push({ action: action.name, priority: phrasing.priority, order, intent, pattern: new RegExp(intent.pattern.source, flags), needs });
    }
    for (const example of phrasing.examples) {
      const first = stripFiller(example.say).toLowerCase().split(/\s+/)[0];
      // "opening" (after "would you mind") is read as "open", so it is no word of its own.
      if (first && /^[a-z]+$/.test(first) && !first.endsWith('ing')) leadingWords.add(first);
    }
    // The patterns' own words too ("passed on me"): a word the phrasings key on is never a slip.
    const patterns = phrasing.intents.map((intent) => intent.pattern.source.replace(/\\[a-z]/gi, ' '));
    for (const sentence of [...phrasing.examples.map((example) => example.say), ...(phrasing.utterances ?? []), ...patterns]) {
      for (const word of sentence.toLowerCase().match(/[a-z]+/g) ?? []) vocabulary.add(word);
    }
    for (const pattern of patterns) for (const word of pattern.toLowerCase().match(/[a-z]+/g) ?? []) keyWords.add(word);
    for (const sentence of [...phrasing.examples.map((example) => example.say), ...patterns]) {
      for (const word of sentence.toLowerCase().match(/[a-z]+/g) ?? []) spelledWords.add(word);
    }
  });
  intents.sort((left, right) => right.priority - left.priority || left.order - right.order);

  return {
    leadingWords,
    vocabulary,
    spelledWords,
    keyWords: new Set([...keyWords, ...leadingWords]),
    phrasingOf: (action) => phrasings.get(action),
    readWhole(message, context) {
      for (const [action, phrasing] of phrasings) {
        const reading = phrasing.readWhole?.(message, context);
        if (!reading || !('args' in reading)) continue;
        const given = Object.fromEntries(Object.entries(reading.args).filter(([, value]) => value !== undefined));
        if (registry.parseArgs(action, given).ok) return { kind: 'step', action, args: given, confidence: reading.confidence ?? 'likely', lead: '' };
      }
      return null;
    },
    readInPassing(clause, context) {
      for (const [action, phrasing] of phrasings) {
        const reading = phrasing.readInPassing?.(clause, context);
        if (!reading || !('args' in reading)) continue;
        const given = Object.fromEntries(Object.entries(reading.args).filter(([, value]) => value !== undefined));
        if (registry.parseArgs(action, given).ok) return { kind: 'step', action, args: given, confidence: reading.confidence ?? 'likely', lead: '' };
      }
      return null;
    },
    read(clause, context) {
      let best: Ranked | undefined;
      for (const compiled of intents) {
        if (clause.question && !compiled.intent.questions) continue;
        // (A clause without what the reader needs is never read: the pattern and the reader are skipped.)
        if (compiled.needs && !compiled.needs.test(clause.lower)) continue;
        const match = compiled.pattern.exec(clause.lower);
        if (!match) continue;
        const groups = { ...match.groups };
        const original = (group: string): string | undefined => {
          const span = match.indices?.groups?.[group];
          if (!span) return undefined;
          // Lower-casing can change the length of a few letters; then the lower-cased text is all we have.
          return clause.text.length === clause.lower.length ? clause.text.slice(span[0], span[1]) : groups[group];
        };
        const reading = compiled.intent.read({ groups, original, clause }, context);
        if (!reading) continue;
        // (Validated only when it would win: the schema check is most of a losing reading's cost, and a reading
        // that would not outrank the best so far is dropped whether its arguments validate or not.)
        const ranked = rank(compiled, reading, match, clause);
        if ((!best || outranks(ranked, best)) && validates(ranked.reading, registry)) best = ranked;
      }
      return best?.reading ?? null;
    },
  };
}

interface Ranked {
  reading: ActionReading;
  recency: number;
  priority: number;
  order: number;
}

/** A reading ranked among the others; a step's arguments are not validated yet (`validates`). */
function rank(compiled: CompiledIntent, reading: Reading<Record<string, unknown>>, match: RegExpExecArray, clause: Clause): Ranked {
  const confidence = reading.confidence ?? compiled.intent.confidence ?? 'likely';
  const base = { priority: compiled.priority, order: compiled.order };
  if ('reply' in reading) {
    return { ...base, recency: Number.POSITIVE_INFINITY, reading: { kind: 'reply', action: compiled.action, reply: reading.reply, confidence } };
  }
  const given = Object.fromEntries(Object.entries(reading.args).filter(([, value]) => value !== undefined));
  const target = match.indices?.groups?.target;
  const lead = target ? clause.text.slice(0, target[0]).trim() : '';
  return {
    ...base,
    recency: reading.recency ?? Number.POSITIVE_INFINITY,
    reading: { kind: 'step', action: compiled.action, args: given, confidence, lead },
  };
}

/** Whether a reading can be planned: a reply always, a step when the action's own schema accepts its arguments. */
function validates(reading: ActionReading, registry: ActionRegistry): boolean {
  return reading.kind === 'reply' || registry.parseArgs(reading.action, reading.args).ok;
}

/** Surer first; then a step over a reply; then the fresher referent; then priority. */
function outranks(candidate: Ranked, incumbent: Ranked): boolean {
  const byConfidence = confidenceRank[candidate.reading.confidence] - confidenceRank[incumbent.reading.confidence];
  if (byConfidence !== 0) return byConfidence > 0;
  const byKind = Number(candidate.reading.kind === 'step') - Number(incumbent.reading.kind === 'step');
  if (byKind !== 0) return byKind > 0;
  if (candidate.recency !== incumbent.recency) return candidate.recency < incumbent.recency;
  if (candidate.priority !== incumbent.priority) return candidate.priority > incumbent.priority;
  return candidate.order < incumbent.order;
}
