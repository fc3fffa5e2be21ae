import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import type { ParsedRequest, RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';
import { makeClause } from './read-clause.ts';
import type { ClassifierReader } from '../nlu/classifier-reader.ts';

/**
 * A request read from one sentence that lacks a detail another sentence of the message
 * gives ("The agency only accepts Word documents. Could you export the letter for
 * Lindqvist?"): the clause alone gets a question ("Which format …?"), and the action's
 * sentence reader, given the whole message, finds what it needs; or the classifier is sure the
 * whole message asks for another action, whose reader does. The step, when exactly one clause
 * asked for an action and the rest of the message is unread; otherwise undefined.
 *
 * @example
 * readDetailElsewhere(request, 'The portal wants PDFs. Export the cover letter.', phrasebook, context, registry);
 * // { action: 'export_document', args: { document: 'the cover letter', format: 'pdf' }, text: '…' }
 */
export function readDetailElsewhere(
  request: ParsedRequest,
  message: string,
  phrasebook: Phrasebook,
  context: PhrasingContext,
  registry: ActionRegistry,
  classifier?: ClassifierReader,
): RequestedStep | undefined {
  if (request.steps.length > 0) return undefined;
  const replies = request.others.flatMap((intent) => (intent.kind === 'reply' ? [intent] : []));
  const [asked] = replies;
  // (Several questions of the same action are one request asked in pieces: "need work!! plumber, near Lyon".)
  // (Or each piece a question: "need work bad. any job. in leeds pls".)
  if (!asked || replies.some((reply) => reply.action !== asked.action) || (replies.length < 2 && !request.others.some((intent) => intent.kind === 'unknown'))) return undefined;
  const readSentence = phrasebook.phrasingOf(asked.action)?.readSentence;
  const clause = makeClause(message, phrasebook.leadingWords);
  const reading = readSentence && clause ? readSentence(clause, context) : null;
  const args = reading && 'args' in reading ? Object.fromEntries(Object.entries(reading.args).filter(([, value]) => value !== undefined)) : undefined;
  if (args && registry.parseArgs(asked.action, args).ok) return { action: asked.action, args, text: message };
  // "~/cv.pdf <- that's the one, load it": the question about "it" ("which site?") is moot when the
  // whole message surely asks for another action whose reader finds all it needs.
  const whole = clause ? classifier?.read(message, clause, context) : undefined;
  return whole?.kind === 'step' && whole.action !== asked.action && whole.intent.probability >= sureOfWhole
    ? { action: whole.action, args: whole.args, text: message }
    : undefined;
}

/** How sure the classifier must be of the whole message to set a clause's question aside. */
const sureOfWhole = 0.6;
