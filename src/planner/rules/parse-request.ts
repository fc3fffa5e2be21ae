import type { Phrasebook, ReplyReading, StepReading } from './phrasebook.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { type ClauseIntent, readClause } from './read-clause.ts';
import { splitClauses } from './split-clauses.ts';
import { isAdviceQuestion } from '../advice/find-advice.ts';

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
export function parseRequest(message: string, phrasebook: Phrasebook, context: PhrasingContext): ParsedRequest {
  const pieces: Piece[] = [];
  let references = context.references;
  const read = (text: string) => readClause(text, phrasebook, { ...context, references });
  for (const segment of splitClauses(message)) {
    const previous = pieces.at(-1);
    const alone = read(segment.text);
    let piece: Piece = { text: segment.text, intent: alone };
    if (previous && !segment.strong && alone.kind === 'step' && scopeLead.test(previous.text)) {
      // "of my saved jobs, which pays best": the leading piece says which things the step is about.
      const joined = read(`${previous.text}${segment.joint}${segment.text}`);
      if (joined.kind === 'step' && joined.action === alone.action) {
        pieces.pop();
        piece = { text: `${previous.text}${segment.joint}${segment.text}`, intent: joined };
      }
    } else if (previous && !segment.strong && !standsAlone(alone) && !isAdviceQuestion(withoutLead(segment.text))) {
      // (A career question said after a request, "…, oh and what should I wear?", is its own piece, never the request's tail.)
      const joinedText = `${previous.text}${segment.joint}${segment.text}`;
      const joined: ClauseIntent = joinedText.length <= maxJoinedLength ? read(joinedText) : { kind: 'none' };
      const reused = previous.intent.kind === 'step' && previous.intent.lead ? read(`${previous.intent.lead} ${segment.text}`) : undefined;
      if (continues(previous.intent, joined)) {
        pieces.pop();
        piece = { text: joinedText, intent: joined };
      } else if (reused?.kind === 'step') {
        piece = { text: segment.text, intent: { ...reused, lead: previous.intent.kind === 'step' ? previous.intent.lead : '' } };
      }
    }
    pieces.push(piece);
    if (piece.intent.kind === 'step') {
      const produced = phrasebook.phrasingOf(piece.intent.action)?.produces ?? [];
      const pending = produced.filter((key) => !references[key]);
      if (pending.length > 0) references = { ...references, ...Object.fromEntries(pending.map((key) => [key, pendingReference])) };
    }
  }
  const request: ParsedRequest = { steps: [], others: [] };
  for (const { text, intent } of pieces) {
    if (intent.kind === 'step') request.steps.push({ action: intent.action, args: intent.args, text });
    else request.others.push(intent);
  }
  return request;
}

/** A piece without the words that join it to the one before ("oh and", "also", "btw"). */
export const withoutLead = (text: string): string => text.replace(/^(?:(?:oh|and|also|plus|btw|then|so|but|anyway)[\s,]+)+/i, '');

/** A piece that means something by itself: a sure step, or a remark of its own. */
function standsAlone(intent: ClauseIntent): boolean {
  if (intent.kind === 'step' || intent.kind === 'reply') return intent.confidence !== 'guess';
  return intent.kind !== 'unknown' && intent.kind !== 'none';
}

/** Whether reading two pieces as one is better than reading them apart. */
function continues(previous: ClauseIntent, joined: ClauseIntent): joined is StepReading | ReplyReading {
  if (joined.kind !== 'step' && joined.kind !== 'reply') return false;
  if (previous.kind === 'step' || previous.kind === 'reply') return previous.action === joined.action;
  return previous.kind === 'unknown';
}
