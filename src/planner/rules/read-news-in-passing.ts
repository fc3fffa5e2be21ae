import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import type { Phrasebook } from './phrasebook.ts';
import type { ParsedRequest, RequestedStep } from './parse-request.ts';
import { isPlea, makeClause } from './read-clause.ts';
import { type Segment, splitClauses } from './split-clauses.ts';

/** The news a message tells in passing, and the rest of it to read as requests. */
export interface NewsInPassing {
  /** Steps that record the news, in the order told; run before the rest. */
  steps: RequestedStep[];
  /** The message without the pieces that told news (empty when nothing else is left). */
  rest: string;
}

/**
 * Finds news told in passing anywhere in a message ("find python jobs, oh and Globex
 * rejected me", "Initech wants a second interview. show me the first one"): each piece,
 * then each sentence whole (news may span a comma: "heard back from Initech, interview on
 * Friday"), is offered to the phrasings' `readInPassing`. A piece that reads as another
 * action's request is that request, not news.
 *
 * @example
 * readNewsInPassing('find python jobs, oh and Globex rejected me', phrasebook, context);
 * // { steps: [{ action: 'update_job_status', args: { job: 'Globex', status: 'rejected' }, … }], rest: 'find python jobs, oh' }
 */
export function readNewsInPassing(message: string, phrasebook: Phrasebook, context: PhrasingContext): NewsInPassing {
  const tellsNews = (text: string) => {
    const clause = makeClause(text, phrasebook.leadingWords);
    return clause ? phrasebook.readInPassing(clause, context) !== null : false;
  };
  const segments = splitClauses(message).flatMap((segment) => splitAtTurn(segment, tellsNews));
  const told = new Set<number>();
  const steps: RequestedStep[] = [];
  const readsAsStep = (text: string) => {
    const clause = makeClause(text, phrasebook.leadingWords);
    return clause ? phrasebook.read(clause, context) : null;
  };
  const tell = (indices: readonly number[]) => {
    const text = indices.map((index) => segments[index]?.text ?? '').join(', ');
    const clause = makeClause(text, phrasebook.leadingWords);
    const news = clause ? phrasebook.readInPassing(clause, context) : null;
    // Only pieces that tell news are read as requests too (the costly part).
    if (!clause || !news) return;
    const request = phrasebook.read(clause, context);
    // A piece that reads as another request, or as a sure command ("… and mark it as
    // applied"), is that request and keeps its place.
    if (request?.kind === 'step' && (request.action !== news.action || (request.confidence === 'certain' && segments.length > 1))) return;
    // News inside a sentence that, read whole (with a plea after it: "… on friday. help!"), surely asks for
    // another action is that request: "i have an interview next week and i'm panicking".
    const whole = sentenceAround(indices);
    if (whole.length > indices.length) {
      const sentence = makeClause(whole.map((index) => segments[index]?.text ?? '').join(', '), phrasebook.leadingWords);
      const asked = sentence ? phrasebook.read(sentence, context) : null;
      if (asked?.kind === 'step' && asked.action !== news.action && asked.confidence === 'certain') return;
    }
    // Regression (session 38): "how I negotiate salary, they offer 3400 but I want 3800" marked the job in play as offer.
    // Beside a question in the same sentence, words told in the present ("they offer 3400") set the scene of the question;
    // news is told as done ("they offered", "Acme rejected me, what now?").
    const around = sentenceAround(indices);
    const asks = around.some((index) => makeClause(segments[index]?.text ?? '', phrasebook.leadingWords)?.question);
    if (asks && !toldAsDone.test(text.toLowerCase())) return;
    // A sentence tells news whole only when none of its pieces asks for something alone.
    if (indices.length > 1 && indices.some((index) => readsAsStep(segments[index]?.text ?? '')?.kind === 'step')) return;
    steps.push({ action: news.action, args: news.args, text });
    for (const index of indices) told.add(index);
  };
  const sentences = sentencesOf(segments.map((segment) => segment.strong));
  // The sentence a piece is in, and a bare plea said right after it.
  const sentenceAround = (indices: readonly number[]): number[] => {
    const sentence = sentences.find((candidate) => candidate.includes(indices[0] ?? -1)) ?? [...indices];
    const next = (sentence.at(-1) ?? 0) + 1;
    return next < segments.length && isPlea(segments[next]?.text ?? '') ? [...sentence, next] : sentence;
  };
  segments.forEach((_, index) => tell([index]));
  // A sentence whose pieces told nothing alone may tell it whole.
  for (const sentence of sentences) {
    if (sentence.length > 1 && sentence.every((index) => !told.has(index))) tell(sentence);
  }
  if (steps.length === 0) return { steps, rest: message };
  const rest = segments
    .flatMap((segment, index) => (told.has(index) ? [] : [`${segment.strong ? '. ' : ', '}${segment.text}`]))
    .join('')
    .replace(/^[.,] /, '');
  return { steps, rest };
}

/** A verb in the past or perfect, or what one has: what happened ("offered", "got", "made me an offer", "I have an interview"). */
const toldAsDone = /\b(?:(?!(?:need|feed|seed|speed|breed|indeed)\b)[a-z]{2,}ed|got|gave|made|had|have|has|'ve|sent|said|came|heard|took|rang|wrote|told|been|won|landed|went|i'?m|im|am)\b/;

/**
 * The request without news steps that only set the scene of a question asked in the same
 * message ("they offer 3000 a month, is that a good salary here?"): words told in the present
 * beside a question are its background, not a change to record.
 *
 * @example
 * withoutScene(request, 'they offer 3000 per month, is it good salary?', phrasebook); // the update step dropped
 */
export function withoutScene(request: ParsedRequest, message: string, phrasebook: Phrasebook): ParsedRequest {
  const asks = splitClauses(message).some((segment) => makeClause(segment.text, phrasebook.leadingWords)?.question);
  if (!asks) return request;
  const scene = (step: RequestedStep) => Boolean(phrasebook.phrasingOf(step.action)?.readInPassing) && !toldAsDone.test(step.text.toLowerCase());
  return request.steps.some(scene) ? { ...request, steps: request.steps.filter((step) => !scene(step)) } : request;
}

/** "… anyway", "… also", "… btw": words that turn from news to something else, unpunctuated. */
const turn = /(?<!\s)\s+(?=(?:anyway|anyways|anyhow|also|btw|by the way|in other news|on another note|meanwhile|oh and|other than that)\b)/i;

/**
 * "Globex rejected me today anyway find me devops roles": news, then a request with no
 * comma between. The piece splits at the turn only when what comes before it tells news.
 */
function splitAtTurn(segment: Segment, tellsNews: (text: string) => boolean): Segment[] {
  const at = turn.exec(segment.text);
  if (!at || at.index === 0) return [segment];
  const head = segment.text.slice(0, at.index);
  if (!tellsNews(head)) return [segment];
  return [
    { ...segment, text: head },
    { text: segment.text.slice(at.index + at[0].length), joint: ', ', strong: false },
  ];
}

/** The indices of the pieces of each sentence: a strong boundary starts a new one. */
function sentencesOf(strong: readonly boolean[]): number[][] {
  const sentences: number[][] = [];
  strong.forEach((starts, index) => {
    if (starts || sentences.length === 0) sentences.push([index]);
    else sentences.at(-1)?.push(index);
  });
  return sentences;
}
