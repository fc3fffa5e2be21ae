import type { Phrasebook, ReplyReading, StepReading } from './phrasebook.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { type ClauseIntent, isPlea, readClause } from './read-clause.ts';
import { type Segment, splitClauses } from './split-clauses.ts';
import { findKnownJob, knownJobs } from '../../actions/phrasing/known-jobs.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import { describedJob } from '../../actions/phrasing/described-job.ts';
import { isAdviceQuestion } from '../advice/find-advice.ts';
import { isMannerPhrase } from '../../actions/phrasing/find-tone.ts';
import { stripFiller } from './strip-filler.ts';
import { jobReferenceKeys } from '../../actions/phrasing/job-references.ts';
import { bindPointing } from './bind-pointing.ts';

/** A step the user asked for, with the words that asked for it. */
export interface RequestedStep {
  action: string;
  args: Record<string, unknown>;
  /** Quoted back when the step cannot run. */
  text: string;
}

/** The whole message, read: the steps to run in order and everything else it says. */
export interface ParsedRequest {
  steps: RequestedStep[];
  others: Exclude<ClauseIntent, StepReading>[];
}

/** One request with its modifiers is short; beyond this, pieces are not read as one (and joining stays linear). */
const maxJoinedLength = 300;

/** A piece that only sets the scope of the next one: "of my saved jobs, …", "among the ones I saved, …". */
const scopeLead = /^(?:of|among|amongst|out of|from|between)\s/i;

/** A placeholder for a reference an earlier step of the same message will leave behind. */
export const pendingReference = '(pending)';

interface Piece {
  text: string;
  intent: ClauseIntent;
}

export interface ParseOptions {
  /**
   * Whether a piece no pattern reads is surely a request for another action than `action`
   * (the intent classifier's word): then it is never read as the tail of the step before
   * ("find rust jobs in berlin and would love a cover letter for the first one").
   */
  asksForAnother?(text: string, action: string): boolean;
}

/**
 * Reads a whole message: the steps it asks for, in order, and everything else it says.
 * A piece after "," or "and" that reads as nothing on its own belongs to the piece before
 * ("save it, note: referral from Ana") or reuses its verb ("open linkedin, indeed and
 * glassdoor"). Later pieces may refer to what earlier steps will produce ("search rust
 * jobs and save the first one").
 *
 * @example
 * parseRequest('open github and take a screenshot', phrasebook, context).steps.length; // 2
 */
export function parseRequest(message: string, phrasebook: Phrasebook, context: PhrasingContext, options: ParseOptions = {}): ParsedRequest {
  const pieces: Piece[] = [];
  let references = context.references;
  const read = (text: string) => readClause(text, phrasebook, { ...context, references });
  // What was in play before each piece: a piece read again with the one after it is read in that light, never with what it
  // will leave itself (regression, session 46: "run it now, I'm impatient" after "Alert set: figma in Kyoto …" ran "(pending)").
  const referencesBefore = new WeakMap<Piece, PhrasingContext['references']>();
  for (const segment of withinNames(splitClauses(message), context)) {
    const previous = pieces.at(-1);
    const start = references;
    const readWithPrevious = (text: string) => readClause(text, phrasebook, { ...context, references: (previous && referencesBefore.get(previous)) ?? references });
    const alone = read(segment.text);
    let piece: Piece = { text: segment.text, intent: alone };
    const pleaJoint = previous ? pleaBeside(previous, { text: segment.text, intent: alone }) : false;
    const pleaded = previous && pleaJoint ? readWithPrevious(`${previous.text}, ${segment.text}`) : undefined;
    if (previous?.intent.kind === 'step' && describesManner(segment)) {
      // "write the letter for it, confident but not cheesy": how it should sound is a detail of the step
      // before (read from the whole message), never a request of its own.
      pieces.pop();
      piece = { text: `${previous.text}${segment.joint}${segment.text}`, intent: previous.intent };
    } else if (previous?.intent.kind === 'step' && alone.kind === 'step' && !segment.strong && alone.action === previous.intent.action && joinsDetails(previous.intent, alone, read, `${previous.text}${segment.joint}${segment.text}`)) {
      // "my email is a@b.org and my phone is 0161 496 0000": two details of one step, said as two clauses, are that one step.
      const joinedText = `${previous.text}${segment.joint}${segment.text}`;
      pieces.pop();
      piece = { text: joinedText, intent: read(joinedText) };
    } else if (previous?.intent.kind === 'step' && alone.kind === 'step' && !segment.strong && alone.action !== previous.intent.action && addsOwnDetails(previous.intent, alone, read, `${previous.text}${segment.joint}${segment.text}`)) {
      // Regression (session 39): "cover letter for maersk, mention my forklift licence" wrote the letter, then revised it to
      // mention the licence: a piece whose details the step before reads as its own ("mention …" of the letter being
      // written) is a detail of that step, not a request to change its result.
      const joinedText = `${previous.text}${segment.joint}${segment.text}`;
      pieces.pop();
      piece = { text: joinedText, intent: read(joinedText) };
    } else if (previous && standsForNamed(previous.intent, context) && (!segment.strong || segment.joint.includes('?')) && leadingJob({ text: segment.text, intent: alone }, context) && namedAfter(previous.text, segment.text, read)) {
      // Regression (session 39): "what does the job involve, the transperfect one" asked which job (or read "the job" and
      // the job named as two): the job said after the question, in place of "the job" or "it", is the one it is about.
      pieces.pop();
      piece = { text: `${previous.text}${segment.joint}${segment.text}`, intent: namedAfter(previous.text, segment.text, read) as StepReading };
    } else if (previous && alone.kind === 'step' && typeof alone.args.job === 'string' && leadingJob(previous, context)) {
      // "and the first one, what's the pay": a job said first, then what to do about it.
      const job = leadingJob(previous, context) as string;
      pieces.pop();
      const args = referredBack.test(alone.args.job.trim()) ? { ...alone.args, job } : alone.args;
      piece = { text: `${previous.text}${segment.joint}${segment.text}`, intent: { ...alone, args } };
    } else if (previous && pleaded && (pleaded.kind === 'step' || previous.intent.kind !== 'step')) {
      // "interview w Acme on friday, help", "help! they want a letter by monday": a bare plea beside a
      // situation asks for what the situation needs, so the two are read as one.
      const joinedText = `${previous.text}, ${segment.text}`;
      pieces.pop();
      piece = { text: joinedText, intent: pleaded.kind === 'step' ? pleaded : { kind: 'unknown', text: joinedText } };
    } else if (previous && !segment.strong && alone.kind === 'step' && scopeLead.test(previous.text)) {
      // "of my saved jobs, which pays best": the leading piece says which things the step is about.
      const joined = read(`${previous.text}${segment.joint}${segment.text}`);
      if (joined.kind === 'step' && joined.action === alone.action) {
        pieces.pop();
        piece = { text: `${previous.text}${segment.joint}${segment.text}`, intent: joined };
      }
    } else if (previous && !segment.strong && !standsAlone(alone) && !isAdviceQuestion(withoutLead(segment.text))) {
      // (A career question said after a request, "…, oh and what should I wear?", is its own piece, never the request's tail;
      // so is a piece the classifier is sure asks for another action that only changes the words of the step before:
      // "find rust jobs and would love a letter for the first one" is no search for "rust first one".)
      const joinedText = `${previous.text}${segment.joint}${segment.text}`;
      const joined: ClauseIntent = joinedText.length <= maxJoinedLength ? readWithPrevious(joinedText) : { kind: 'none' };
      const reused = previous.intent.kind === 'step' && previous.intent.lead ? read(`${previous.intent.lead} ${segment.text.replace(alsoAtEnd, '')}`) : undefined;
      // "save the foreman one and the poultry one": two jobs, each named, are two steps, not one job named "foreman one and the poultry".
      const twoJobs = reused?.kind === 'step' && previous.intent.kind === 'step' && reused.action === previous.intent.action && namesTwoJobs(previous.intent.args.job, reused.args.job, context, withoutLead(segment.text));
      if (!twoJobs && continues(previous.intent, joined) && !(asksForAnother(previous, alone, segment.text, options) && addsNothing(previous.intent, joined))) {
        pieces.pop();
        piece = { text: joinedText, intent: joined };
      } else if (reused?.kind === 'step') {
        piece = { text: segment.text, intent: { ...reused, lead: previous.intent.kind === 'step' ? previous.intent.lead : '' } };
      }
    }
    referencesBefore.set(piece, previous && pieces.at(-1) !== previous ? (referencesBefore.get(previous) ?? start) : start);
    pieces.push(piece);
    if (piece.intent.kind === 'step') {
      const produced = phrasebook.phrasingOf(piece.intent.action)?.produces ?? [];
      const pending = produced.filter((key) => !references[key]);
      if (pending.length > 0) references = { ...references, ...Object.fromEntries(pending.map((key) => [key, pendingReference])) };
    }
  }
  const request: ParsedRequest = { steps: [], others: [] };
  // ("Muttersprache is not a language, remove it": "it" is what the message itself just named, not the alert in play.)
  for (const { text, intent } of bindPointing(pieces, read, phrasebook)) {
    if (intent.kind === 'step') request.steps.push({ action: intent.action, args: intent.args, text });
    else request.others.push(intent);
  }
  return request;
}

/**
 * A piece that only says how the step before should come across: "…, confident but not
 * cheesy". (A sentence or "then" of its own that asks for a change, "…, then make it shorter",
 * is a request of its own.)
 */
function describesManner(segment: Segment): boolean {
  const text = withoutLead(segment.text);
  return isMannerPhrase(text) && !(segment.strong && /^(?:(?:please|pls|now)\s+)?(?:make|keep|sound)\b/i.test(text));
}

/** "the cheese one", "that larkspur job": a job said as one, with its noun. */
const asOne = /^(?:the|that)\s+\S.*\s(?:one|job|role|posting|position)$/i;

/** "…, and the solar one too": the words that only say the verb before applies again. */
const alsoAtEnd = /[\s,]+(?:too|as\s+well|also|aswell)[.!]*$/i;

/**
 * Whether two job arguments each name a job, and not the same one: a listed or known job, a
 * position, or words said as one ("the cheese one"); a name with "and" in it stays one name.
 */
function namesTwoJobs(first: unknown, second: unknown, context: PhrasingContext, said: string): boolean {
  if (typeof second === 'string' && asOne.test(said.replace(alsoAtEnd, '').trim()) && typeof first === 'string' && first.toLowerCase() !== second.toLowerCase()) return true;
  const names = (job: unknown) =>
    typeof job === 'string' && (positionOf(job) !== undefined || findKnownJob(job, context) !== undefined || describedOne(job, context));
  return names(first) && names(second) && String(first).toLowerCase() !== String(second).toLowerCase();
}

/** Whether words tell one listed job apart by what the list said of it ("foreman", "the poultry one"). */
function describedOne(job: string, context: PhrasingContext): boolean {
  const described = describedJob(job, context);
  return described !== undefined && 'job' in described;
}

/** "it", "that one": the job in play, which a job said just before replaces. */
const referredBack = /^(?:it|that|this|that one|this one|that job|this job|the same one)$/i;

/**
 * The job an unread piece only names ("and the first one", "ok the foreman one", "what about
 * Brightline"), or undefined: a position in the list, or a job the person has or the list
 * showed, said whole ("this is a great job" names none).
 */
function leadingJob(previous: Piece, context: PhrasingContext): string | undefined {
  if (previous.intent.kind !== 'unknown') return undefined;
  const said = withoutLead(previous.text)
    .replace(/^(?:ok(?:ay)?|right|now|what\s+about|how\s+about)[\s,]+/i, '')
    .replace(/[\s.!?,;:]+$/, '');
  if (positionOf(said) !== undefined) return context.references[jobReferenceKeys.lastResults] ? said.toLowerCase() : undefined;
  const named = said.replace(/^(?:the|that)\s+/i, '').replace(/\s+(?:one|job|role|posting|position)$/i, '');
  if (!named || named.split(/\s+/).length > 4) return undefined;
  const known = findKnownJob(named, context);
  if (known && known.toLowerCase() === named.toLowerCase()) return known;
  return /\s(?:one|job|role|posting|position)$/i.test(said) && describedOne(named, context) ? named : undefined;
}

/**
 * Whether a piece asked which job, or read "the job"/"it" with no job in play but the one the
 * message names: a job named right after it is the one it meant.
 */
function standsForNamed(intent: ClauseIntent, context: PhrasingContext): boolean {
  if (intent.kind === 'reply') return true;
  const inPlay = context.references[jobReferenceKeys.lastJob];
  return intent.kind === 'step' && (!inPlay || inPlay === pendingReference) && typeof intent.args.job === 'string' && jobPlaceholder.test(intent.args.job) && intent.args.job.trim().split(/\s+/).length <= 2;
}

/** "the job", "this job", "it": the job a question stands for until it is named. */
const jobPlaceholder = /\b(?:(?:the|this|that)\s+(?:job|role|position|posting|one)|it)\b/i;

/**
 * The step a question that asked which job reads as with the job said after it put in place
 * of "the job" or "it" ("what does the job involve" + "the transperfect one"), or undefined.
 */
function namedAfter(question: string, named: string, read: (text: string) => ClauseIntent): StepReading | undefined {
  // (Read as the phrasings read it: "kya ye job part time hai" is "is this job part time".)
  const asked = stripFiller(question);
  if (!jobPlaceholder.test(asked)) return undefined;
  const job = withoutLead(named).replace(/[\s.!?,;:]+$/, '');
  const reading = read(asked.replace(jobPlaceholder, job));
  return reading.kind === 'step' ? reading : undefined;
}

/** Whether one of two pieces is a bare plea and the other a situation no pattern read. */
function pleaBeside(previous: Piece, next: Piece): boolean {
  const pleads = (piece: Piece) => (piece.intent.kind === 'help' || piece.intent.kind === 'unknown' || piece.intent.kind === 'none') && isPlea(piece.text);
  // (A situation the patterns only guessed at, or read as news, may be read again with the plea.)
  const situation = (piece: Piece) => (piece.intent.kind === 'unknown' && !pleads(piece)) || (piece.intent.kind === 'step' && piece.intent.confidence !== 'certain');
  return (pleads(next) && situation(previous)) || (pleads(previous) && situation(next));
}

/** A piece without the words that join it to the one before ("oh and", "also", "btw"). */
export const withoutLead = (text: string): string => text.replace(/^(?:(?:oh|and|also|plus|btw|then|so|but|anyway)[\s,]+)+/i, '');

/** Whether an unread piece after a step surely asks for another action than that step's. */
function asksForAnother(previous: Piece, alone: ClauseIntent, text: string, options: ParseOptions): boolean {
  return previous.intent.kind === 'step' && alone.kind === 'unknown' && options.asksForAnother?.(text, previous.intent.action) === true;
}

/**
 * Whether two steps of one action read together as one step with the details of both, and
 * more than either ("my email is …" and "my phone is …"); two steps with the same details
 * ("save the foreman one and the poultry one") stay two.
 */
function joinsDetails(previous: StepReading, alone: StepReading, read: (text: string) => ClauseIntent, joinedText: string): boolean {
  if (joinedText.length > maxJoinedLength) return false;
  const joined = read(joinedText);
  if (joined.kind !== 'step' || joined.action !== alone.action) return false;
  const keys = new Set(Object.keys(joined.args));
  const both = [...Object.keys(previous.args), ...Object.keys(alone.args)];
  return both.every((key) => keys.has(key)) && keys.size > Math.max(Object.keys(previous.args).length, Object.keys(alone.args).length);
}

/**
 * Whether the step before, read with the next piece joined on, keeps its details and gains
 * some that the piece, read as another action's step, said as the same details: "write a
 * letter for X" + "mention my licence" is one letter that mentions it. Details of another
 * kind ("…, save the first one") keep the steps apart.
 */
function addsOwnDetails(previous: StepReading, alone: StepReading, read: (text: string) => ClauseIntent, joinedText: string): boolean {
  if (joinedText.length > maxJoinedLength) return false;
  const joined = read(joinedText);
  if (joined.kind !== 'step' || joined.action !== previous.action) return false;
  const said = (args: Record<string, unknown>) => Object.keys(args).filter((key) => args[key] !== undefined);
  const before = said(previous.args);
  const added = said(joined.args).filter((key) => !before.includes(key));
  return added.length > 0 && before.every((key) => joined.args[key] !== undefined) && added.every((key) => said(alone.args).includes(key));
}

/** Whether a joined reading gives the step no argument it did not have (it only changed their words). */
function addsNothing(previous: ClauseIntent, joined: ClauseIntent): boolean {
  if (previous.kind !== 'step' || joined.kind !== 'step') return false;
  return Object.keys(joined.args).every((key) => key in previous.args);
}

/**
 * The segments with a weak boundary inside a name the thread listed joined again: "the
 * Lumen & Finch job" and "Hollins and Peake" are one name, not two pieces.
 */
function withinNames(segments: readonly Segment[], context: PhrasingContext): Segment[] {
  const names = knownJobs(context)
    .flatMap(({ company, title }) => [company, title])
    .filter((name) => /\s(?:&|and|plus)\s|,/i.test(name))
    .map((name) => name.toLowerCase().replace(/\s+/g, ' '));
  if (names.length === 0) return [...segments];
  const joined: Segment[] = [];
  for (const segment of segments) {
    const previous = joined.at(-1);
    const text = previous ? `${previous.text}${segment.joint}${segment.text}`.toLowerCase() : '';
    const spans = previous && !segment.strong && names.some((name) => spansJoint(text, previous.text.length, name));
    if (previous && spans) joined[joined.length - 1] = { ...previous, text: `${previous.text}${segment.joint}${segment.text}` };
    else joined.push(segment);
  }
  return joined;
}

/** Whether `name` occurs in `text` across the character at `joint`. */
function spansJoint(text: string, joint: number, name: string): boolean {
  for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + 1)) {
    if (index < joint && index + name.length > joint) return true;
  }
  return false;
}

/** A piece that means something by itself: a sure step, or a remark of its own. */
function standsAlone(intent: ClauseIntent): boolean {
  if (intent.kind === 'step' || intent.kind === 'reply') return intent.confidence !== 'guess';
  return intent.kind !== 'unknown' && intent.kind !== 'none';
}

/** Whether reading two pieces as one is better than reading them apart. */
function continues(previous: ClauseIntent, joined: ClauseIntent): joined is StepReading | ReplyReading {
  if (joined.kind !== 'step' && joined.kind !== 'reply') return false;
  // "i have an interview next week and i'm panicking": the whole is surely another request than its first half.
  if (previous.kind === 'step' || previous.kind === 'reply') return previous.action === joined.action || (joined.confidence === 'certain' && previous.confidence !== 'certain');
  return previous.kind === 'unknown';
}
