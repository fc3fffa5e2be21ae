import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { ActionPhrasing, Clause, PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { type AdviceFinder, asksForSomething, isAdviceQuestion } from '../advice/find-advice.ts';
import { conversationUtterances } from './conversation-utterances.ts';
import { findKnownJob } from '../../actions/phrasing/known-jobs.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import { type IntentModel, predictIntents, type ScoredIntent } from './intent-model.ts';

/** What the classifier layer makes of a message no pattern read. */
export type ClassifierReading =
  | { kind: 'step'; action: string; args: Record<string, unknown>; intent: ScoredIntent }
  | { kind: 'answer'; answer: string; intent: ScoredIntent };

export interface ClassifierReader {
  /**
   * Reads a message the phrasings could not place: an action whose arguments the sentence
   * carries, when the classifier is sure enough; otherwise a short answer.
   */
  read(message: string, clause: Clause, context: PhrasingContext): ClassifierReading;
  /** The intents for a message, most likely first, over this registry's actions and the conversational intents. */
  classify(message: string): ScoredIntent[];
}

export interface ClassifierReaderOptions {
  registry: ActionRegistry;
  model: IntentModel;
  /** The answers to chit-chat, and to "help"/"what can you do". */
  replies: Readonly<Record<'greeting' | 'thanks' | 'farewell' | 'help', string>>;
  /** General career advice for questions no action answers ("how long should a resume be?"). */
  advice?: AdviceFinder;
  /** Least probability to run an action the patterns did not read. */
  actThreshold?: number;
  /** Least probability to answer a greeting, thanks or goodbye as such. */
  chatThreshold?: number;
}

const modelHint = 'For open questions, set GOOGLE_API_KEY or OPENAI_API_KEY (or OPENAI_BASE_URL) and restart jobpilot.';
const conversational = new Set(Object.keys(conversationUtterances));
/** Least probability (well ahead of the runner-up) to ask about the details of an action rather than list abilities. */
const clarifyThreshold = 0.35;

/** Least probability to act when the arguments read are names from the person's own data. */
const groundedThreshold = 0.3;

/** Whether the top intent reaches `threshold` and is well ahead (1.5×) of the runner-up. */
const leads = (scored: readonly ScoredIntent[], threshold: number): boolean => {
  const [top, second] = scored;
  return top !== undefined && top.probability >= threshold && top.probability >= 1.5 * (second?.probability ?? 0);
};

/** Whether an argument is a job or resume the person has, by name or id. */
function namesKnown(args: Readonly<Record<string, unknown>>, context: PhrasingContext): boolean {
  const known = context.known;
  if (!known) return false;
  const names = new Set(
    [...known.jobs.flatMap(({ id, title, company }) => [id, title, company]), ...known.resumes.flatMap(({ id, label }) => [id, label])].map((name) =>
      name.toLowerCase(),
    ),
  );
  return Object.values(args).some((value) => typeof value === 'string' && names.has(value.toLowerCase()));
}

/** "the second one", "#2": a place in the list the thread showed, which holds that many jobs. */
function countsListed(job: string, context: PhrasingContext): boolean {
  const position = positionOf(job);
  const listed = context.references.last_job_ids?.split(',').length ?? 0;
  return position !== undefined && (position === 'last' ? listed > 0 : position <= listed);
}

/** A verb and at most a pronoun or a word for "the thing": nothing says what to act on or how. */
const bareCommand =
  /^(?<verb>delete|remove|change|update|edit|fix|modify|replace|move|drop|erase)(?:\s+(?:it|that|this|them|something|stuff|(?:the|that|this)\s+(?:status|thing|one|stuff|entry|item|other\s+thing)))?(?:\s+(?:to|into|with)\s+(?:the\s+other\s+(?:one|thing)|something(?:\s+else)?|it|that))?$/;

/** Least probability to read a question asked as advice ("what should I expect…") as the request about the one job it names. */
const aboutOneJob = 0.7;

/** Least probability for the second intent to be read when the first one's reader finds nothing. */
const runnerUp = 0.2;

/** The conversational intent of career questions and feelings, answered from the advice base. */
export const adviceIntent = 'advice';
/** Least probability of `advice` to answer from the advice base. */
const adviceThreshold = 0.5;
/** Least similarity to a topic when the classifier is sure the message is a career question or feeling. */
export const looseAdvice = 0.3;
const beyondAdvice =
  "That's a good question, but I can't answer it without a language model: I know only the common ones (resumes, cover letters, interviews, pay, follow-ups, gaps, rejection, nerves), and this goes beyond them.";

/**
 * A piece that only names a job, with no verb ("the one from the muse", "that one on remotive", "the Porto job at
 * Kelvo"): it says which job the next piece's "it" is, and asks for nothing itself.
 * Regression (session 47): "the one from the muse, does it pay well?" took the job off the list, as "… from the muse"
 * sounds like "… from my list" to the classifier.
 */
export const namesJobOnly =
  /^(?:the|that|this)\s+(?:[\p{L}\p{N}&'-]+\s+){0,4}?(?:one|job|role|position|posting|opening|offer|gig)(?:\s+(?:from|on|at|in|with|near|by|via|through|posted\s+on|listed\s+on)\s+(?:the\s+)?(?:[\p{L}\p{N}&'.]+)(?:[\s-]+(?!(?:save|remove|delete|drop|apply|track|show|open|tailor|write|score|rate|compare|mark|is|does|what|how|and)\b)[\p{L}\p{N}&'.]+){0,3})?[.!]*$/iu;

/** Words that only ask to go on: "and?", "so?", "well??", "and then?", "what now?", "next?". */
const goOn = /^(?:(?:and|so|then|well|now|what|next|hm+|um+|uh+)[\s,.…]*)+\?*[!?.…]*$/i;

/** Words that take leave: "bye", "see you", "gotta run", "logging off", "that's all for today", "ciao", "tchau". */
const leaveTaking =
  /\b(?:bye+|bye\s+bye|goodbye|good\s*bye|farewell|cya|gn|ttyl|see\s+(?:you|ya|u)|later|night|goodnight|catch\s+(?:you|ya|u)|talk\s+(?:to\s+you\s+)?(?:later|soon|tomorrow)|speak\s+soon|until\s+(?:next\s+time|tomorrow)|gotta\s+(?:go|run)|(?:have|need|got)\s+to\s+(?:go|run)|time\s+to\s+go|signing\s+off|logging\s+off|heading\s+out|i\s*['’]?(?:m|\s+am)\s+(?:off|done|leaving)|i\s+will\s+come\s+back|i['’]ll\s+be\s+back|(?:that\s+is|that['’]?s)\s+(?:all|it|enough)|(?:done|all|enough)\s+for\s+(?:now|today|tonight|the\s+day)|bye\s+for\s+(?:now|today)|have\s+a\s+(?:good|great|nice)\s+(?:one|day|night|evening|weekend)|take\s+care|peace\s+out|ciao|adios|adiós|adeus|tchau|tsch[üu]ss|au\s+revoir|cheerio|ta-ta|toodles)\b/i;

/**
 * The learned layer of the built-in planner: a classifier trained on every action's
 * utterances decides what a message is about, the action's own sentence reader finds its
 * arguments anywhere in the sentence, and when either falls short, the answer is one
 * sentence and the two or three closest things jobpilot can do, never the whole list.
 *
 * @example
 * const reader = createClassifierReader({ registry, model: loadIntentModel(), replies: answers });
 * reader.read('could u do me a cover letter for the Stripe job', clause, context); // { kind: 'step', action: 'write_cover_letter', … }
 */
export function createClassifierReader({ registry, model, replies, advice, actThreshold = 0.5, chatThreshold = 0.3 }: ClassifierReaderOptions): ClassifierReader {
  const known = new Set([...registry.names, ...conversational]);
  const classify = (message: string): ScoredIntent[] => {
    const scored = predictIntents(model, withoutAsides(message)).filter(({ intent }) => known.has(intent));
    const total = scored.reduce((sum, { probability }) => sum + probability, 0) || 1;
    return scored.map(({ intent, probability }) => ({ intent, probability: probability / total }));
  };
  const phrasingOf = (action: string) => registry.get(action)?.phrasing as ActionPhrasing<Record<string, unknown>> | undefined;

  const closest = (scored: readonly ScoredIntent[]): string => {
    const abilities = scored
      .filter(({ intent }) => !conversational.has(intent) && phrasingOf(intent))
      .slice(0, 3)
      .map(({ intent }) => {
        const phrasing = phrasingOf(intent) as ActionPhrasing<Record<string, unknown>>;
        return `${phrasing.capability} (e.g. "${phrasing.examples[0].say}")`;
      });
    return `The closest things I can do: ${joinOr(abilities)}.`;
  };

  const answerFor = (message: string, top: ScoredIntent, scored: readonly ScoredIntent[]): string => {
    // ("asdfghjkl": keys run together are no greeting, whatever letters they share with one.)
    const sure = top.probability >= chatThreshold && !keyboardMash.test(message);
    // Regression (session 46): "and?", "well?" said goodbye or "you're welcome": words that only ask to go on ask what next.
    if (goOn.test(message.trim())) return `What would you like me to do next? ${closest(scored)}`;
    // ("run it now then" said goodbye too: a goodbye takes leave in words, never by being short.)
    if (sure && (top.intent === 'greeting' || top.intent === 'thanks' || top.intent === 'help' || (top.intent === 'farewell' && leaveTaking.test(message)))) {
      return replies[top.intent];
    }
    // A career question or a feeling the classifier is sure of: the nearest topic, even a loose one.
    if (top.intent === adviceIntent && top.probability >= adviceThreshold && !asksForSomething(message)) {
      return advice?.find(message, looseAdvice)?.topic.answer ?? `${beyondAdvice} ${modelHint}`;
    }
    // Advice when it is asked for, or when the message is plainly about one topic ("I keep getting rejected"), never for a request.
    const topic = advice?.find(message);
    const asked = isAdviceQuestion(message) || /\?\s*$/.test(message);
    const sureAction = !conversational.has(top.intent) && top.probability >= actThreshold;
    const told = topic !== undefined && topic.similarity >= 0.5 && !asksForSomething(message) && (!sureAction || topic.topic.feeling === true);
    if (topic && (told || (asked && !asksForSomething(message)))) return topic.topic.answer;
    if (top.intent === 'out_of_scope' || conversational.has(top.intent)) {
      return `I can't help with that without a language model. ${closest(scored)} ${modelHint}`;
    }
    const phrasing = phrasingOf(top.intent);
    const clearLead = leads(scored, clarifyThreshold);
    if (phrasing && (top.probability >= actThreshold || clearLead)) {
      // The intent is clear and its object is not: ask for it rather than list abilities.
      return `It sounds like you want me to ${phrasing.capability}, but I can't tell the details from that. Could you say which, like "${phrasing.examples[0].say}"?`;
    }
    return `I can't tell what you'd like me to do from that, and without a language model I'd rather not guess. ${closest(scored)}`;
  };

  return {
    classify,
    read(message, clause, context) {
      const scored = classify(message);
      const top = scored[0] ?? { intent: 'out_of_scope', probability: 1 };
      // "delete", "change it", "update the status": a verb with nothing to act on is asked about, never guessed.
      const bare = bareCommand.exec(clause.lower.trim())?.groups?.verb;
      if (bare) return { kind: 'answer', answer: `What would you like me to ${bare}? ${closest(scored)}`, intent: top };
      // "the one from the muse" alone: a job named, and nothing said to do with it.
      if (namesJobOnly.test(clause.lower.trim())) return { kind: 'answer', answer: `What would you like me to do with ${message.trim().replace(/[.!]+$/, '')}? ${closest(scored)}`, intent: top };
      const readAs = (intent: ScoredIntent): ClassifierReading | null => {
        const phrasing = conversational.has(intent.intent) ? undefined : phrasingOf(intent.intent);
        if (!phrasing) return null;
        // Without a sentence reader, only an action that takes no arguments can be planned.
        const takesNothing = Object.keys(registry.get(intent.intent)?.args.shape ?? {}).length === 0;
        const reading = phrasing.readSentence ? phrasing.readSentence(clause, context) : takesNothing ? { args: {} } : null;
        if (reading && 'reply' in reading) return { kind: 'answer', answer: reading.reply, intent };
        if (!reading) return null;
        const given = Object.fromEntries(Object.entries(reading.args).filter(([, value]) => value !== undefined));
        return registry.parseArgs(intent.intent, given).ok ? { kind: 'step', action: intent.intent, args: given, intent } : null;
      };
      const asked = isAdviceQuestion(clause.lower);
      if (asked && top.probability >= aboutOneJob) {
        // "what should I expect in the interview for the Deloitte role?": a question about one job the person has or was
        // shown is that job's request, not general advice.
        const reading = readAs(top);
        const job = reading?.kind === 'step' ? reading.args.job : undefined;
        if (reading?.kind === 'step' && typeof job === 'string' && (findKnownJob(job, context) !== undefined || countsListed(job, context))) return reading;
      }
      if (top.probability >= actThreshold && !asked) {
        const reading = readAs(top);
        // The top intent's reader finds nothing it needs in the sentence: the runner-up, when likely
        // and its reader finds all it needs ("use this one instead ~/cv.pdf" is an import).
        const second = scored[1];
        // (Only after an action: "book me a flight" is out of scope, never the runner-up's request.)
        const fallback = reading === null && !conversational.has(top.intent) && second && second.probability >= runnerUp ? readAs(second) : null;
        const chosen = reading ?? (fallback?.kind === 'step' ? fallback : null);
        if (chosen) return chosen;
      } else if (leads(scored, groundedThreshold) && !asked) {
        // Less sure, but the sentence names a job or resume the person has, and the reader finds it there.
        const reading = readAs(top);
        if (reading?.kind === 'step' && namesKnown(reading.args, context)) return reading;
      }
      return { kind: 'answer', answer: answerFor(message, top, scored), intent: top };
    },
  };
}

/** Six consonants in a row: keys hit together, no word of any language people greet in. */
const keyboardMash = /[b-df-hj-np-tv-xz]{6,}/i;

/**
 * The message without what it says in brackets as an aside ("im an electrician (18th edition) looking for
 * work"): what is asked is said outside them. A bracket in a path or file name ("my cv (final).pdf") stays.
 */
const withoutAsides = (message: string): string => message.replace(/\s\((?![^()]*[/\\])[^()]{1,60}\)(?![.\w])/g, '');

const joinOr = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
