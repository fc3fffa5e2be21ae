import type { ActionRegistry } from '../../actions/action-registry.ts';
import { describedJob } from '../../actions/phrasing/described-job.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { positionOf, readPronoun } from '../../actions/phrasing/references.ts';
import { lastStep } from './last-request.ts';
import { parseRequest, type RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';

/** "no, not that one —", "um", "I meant", "what about": words around a pointer that add nothing to it. */
const lead =
  /^(?:(?:no+|nope|nah|not\s+(?:that|this|the\s+\w+)(?:\s+(?:one|job|role))?|wrong\s+one|i\s+meant?|i\s+mean|actually|sorry|oops|um+|uh+|er+m*|hm+|what\s+about|how\s+about|and|or|rather|instead)(?:[\s,.!:;]|[—–-]\s)+)*/i;
const trail = /(?:[\s,]+(?:instead|then|please|pls|plz|i\s+meant?|lol|haha))*[\s.!?…]*$/i;
/** A pointer and nothing else: "the other one", "the one in Tromsø", "the chef one", "that one". */
const pointer =
  /^(?:(?:the\s+)?other(?:\s+(?:one|job|role|position|posting|listing|thing))?|(?:the\s+|that\s+)?(?:one|job|role|position|posting|listing)\s+(?:based\s+in|located\s+in|in|at|from|with|paying)\s+.{1,40}|(?:the|that|this)\s+[\p{L}\p{N}+#&' -]{1,40}?\s+(?:one|job|role|position|posting|listing)|(?:that|this)(?:\s+one)?)$/iu;

const maxLength = 120;

const whatToDo =
  'Which job do you mean, and what would you like me to do with it? For example "show me the second one" or "save the Stripe job".';

/**
 * A message that only points at a job ("no not that one, the other one", "the one in
 * Tromsø", "the chef one", "um the other one"): the last job request again for the job
 * it points at, or that job's details when nothing was asked of a job; the question which
 * when it fits several or nothing is listed, or when it is only "that one". Undefined for
 * any other message, or a pointer that fits no listed job.
 *
 * @example
 * readPointing('no, not that one, the other one', context, phrasebook, registry); // { action: 'show_job', args: { job: 'Ladle & Loaf' }, … }
 */
export function readPointing(
  message: string,
  context: PhrasingContext,
  phrasebook: Phrasebook,
  registry: ActionRegistry,
): RequestedStep | { reply: string } | undefined {
  // A pointer is a few words: a longer message is something else (and is never scanned here).
  if (message.length > maxLength) return undefined;
  const said = message.trim().replace(lead, '').replace(trail, '').trim();
  if (!said) return undefined;
  // "the Associate Product Manager one, the second": a description and a place in the list, said together.
  const [first, second, ...more] = said.split(/\s*[,;]\s*|\s+[—–-]\s+/).filter(Boolean);
  const together = first && second && more.length === 0 && [first, second].some(isPosition) && [first, second].every((piece) => pointer.test(piece) || isPosition(piece));
  const correction = /^(?:no+|nope|nah|not\s|wrong|i\s+mean|sorry|oops|actually)/i.test(message.trim());
  const position = together ? [first, second].find(isPosition) : correction && isPosition(said) ? said : undefined;
  if (!position && !pointer.test(said)) return undefined;
  if (readPronoun(said.toLowerCase())) return { reply: whatToDo };
  const description = together ? [first, second].find((piece) => !isPosition(piece)) : position ? undefined : said;
  const fromDescription = description ? describedJob(description, context) : undefined;
  // The description decides when it fits one job; the place in the list when it fits none or several.
  const described = fromDescription && 'job' in fromDescription ? fromDescription : position ? { job: position } : fromDescription;
  if (!described || 'reply' in described) return described;
  const takesJob = (action: string) => 'job' in (registry.get(action)?.args.shape ?? {});
  const last = lastStep(context.history, phrasebook, context, takesJob);
  // A place in the list corrects a step; with no step before it, it is no pointer here.
  if (position && described.job === position && !last) return undefined;
  if (last && registry.parseArgs(last.action, { ...last.args, job: described.job }).ok) {
    return { action: last.action, args: { ...withoutOwnDetails(last.args), job: described.job }, text: message };
  }
  return parseRequest(`what about the ${described.job} one`, phrasebook, context).steps[0];
}

const isPosition = (piece: string): boolean => positionOf(piece.replace(/\s+(?:one|job|role|posting)$/i, '')) !== undefined;

/** A note said for one job is never carried to another. */
const withoutOwnDetails = (args: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(args).filter(([key]) => key !== 'note' && key !== 'notes'));
