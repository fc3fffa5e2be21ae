import type { ChatMessage } from '../../protocol/chat-message.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { parseRequest } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';

/** How many earlier user messages are read back at most: a follow-up follows something recent. */
const maxMessagesBack = 12;

/**
 * The `lastRequest` a phrasing context offers: the arguments of the newest earlier user
 * message that the phrasebook reads as a step of the action asked about. Each earlier
 * message is read with the thread as it stood then, so a follow-up of a follow-up ("what
 * about Lisbon?" after "same but senior") builds on the ones before it. Pure and lazy: the
 * history is only read when a phrasing asks.
 *
 * @example
 * const lastRequest = makeLastRequest(history, phrasebook, context);
 * lastRequest('search_jobs'); // { query: 'data engineer', location: 'Berlin' }
 */
export function makeLastRequest(
  history: readonly ChatMessage[],
  phrasebook: Phrasebook,
  context: Omit<PhrasingContext, 'history' | 'lastRequest'>,
): (action: string) => Readonly<Record<string, unknown>> | undefined {
  return (action) => {
    for (const steps of earlierSteps(history, phrasebook, context)) {
      const step = steps.filter((candidate) => candidate.action === action).at(-1);
      if (step) return step.args;
    }
    return undefined;
  };
}

// The steps of each earlier user message, newest first, each read with the thread as it stood then.
function* earlierSteps(
  history: readonly ChatMessage[],
  phrasebook: Phrasebook,
  context: Omit<PhrasingContext, 'history' | 'lastRequest'>,
): Generator<ReturnType<typeof parseRequest>['steps']> {
  let read = 0;
  for (let index = history.length - 1; index >= 0 && read < maxMessagesBack; index--) {
    const message = history[index];
    if (message?.role !== 'user') continue;
    read++;
    const before = history.slice(0, index);
    const then: PhrasingContext = { ...context, history: before, lastRequest: makeLastRequest(before, phrasebook, context) };
    yield parseRequest(message.content, phrasebook, then).steps;
  }
}

/**
 * The newest step an earlier user message asked for among the actions `wanted` accepts,
 * read with the thread as it stood then: what "one for the Acme job too" repeats.
 *
 * @example
 * lastStep(history, phrasebook, context, (action) => action === 'write_cover_letter'); // { action: 'write_cover_letter', args: { job: 'Quillmark' } }
 */
export function lastStep(
  history: readonly ChatMessage[],
  phrasebook: Phrasebook,
  context: Omit<PhrasingContext, 'history' | 'lastRequest'>,
  wanted: (action: string) => boolean,
): { action: string; args: Readonly<Record<string, unknown>> } | undefined {
  for (const steps of earlierSteps(history, phrasebook, context)) {
    // The newest request decides: one that asked for something else ends the look back.
    if (steps.length > 0) return steps.filter((step) => wanted(step.action)).at(-1);
  }
  return undefined;
}
