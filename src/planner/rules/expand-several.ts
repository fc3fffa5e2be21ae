import { jobReferenceKeys } from '../../actions/phrasing/job-references.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { severalOf } from '../../actions/phrasing/references.ts';
import type { ParsedRequest, RequestedStep } from './parse-request.ts';

/** More steps than this from one "all of them" is no longer what a person means by it. */
const mostAtOnce = 10;

/**
 * The request with each step about several listed jobs ("save both", "mark all three as
 * applied") made one step per job, in the list's order; or the question which, when the count
 * said is not the list's ("save both" after three results).
 *
 * @example
 * expandSeveral({ steps: [{ action: 'save_job', args: { job: 'both' }, text: 'save both' }], others: [] }, context);
 * // two steps: save_job #1 and save_job #2, when the last list had two jobs
 */
export function expandSeveral(request: ParsedRequest, context: PhrasingContext): ParsedRequest | { reply: string } {
  if (!request.steps.some(aboutSeveral)) return request;
  const listed = (context.references[jobReferenceKeys.lastResults] ?? '').split(',').filter(Boolean);
  const steps: RequestedStep[] = [];
  for (const step of request.steps) {
    const count = aboutSeveral(step) ? severalOf(step.args.job as string) : undefined;
    if (count === undefined) {
      steps.push(step);
      continue;
    }
    if (listed.length === 0) return { reply: 'Which jobs do you mean? Search first, or name them ("the Stripe job and the Globex one").' };
    // "the 1st and 3rd look good, save both": the places named elsewhere in the message say which.
    const named = placesNamed([step.text, ...request.others.flatMap((intent) => ('text' in intent && typeof intent.text === 'string' ? [intent.text] : []))], listed.length);
    if (count !== 'all' && named.length === count) {
      steps.push(...named.map((place) => ({ ...step, args: { ...step.args, job: `#${place}` } })));
      continue;
    }
    if ((count !== 'all' && count !== listed.length) || listed.length > mostAtOnce) {
      const said = count === 'all' ? 'all of them' : `${count}`;
      return { reply: `Which ones do you mean? The last list has ${listed.length} job${listed.length === 1 ? '' : 's'}, so I can't tell which ${said}: name them, like "the first and the third".` };
    }
    steps.push(...listed.map((_id, index) => ({ ...step, args: { ...step.args, job: `#${index + 1}` } })));
  }
  return { ...request, steps };
}

const aboutSeveral = (step: RequestedStep): boolean => typeof step.args.job === 'string' && severalOf(step.args.job) !== undefined;

const ordinals: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** "1st", "3rd", "the second", "#4", "number 2": a place in the list. */
const placeWord = /\b(?:(?<numeral>\d{1,2})(?:st|nd|rd|th)|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b|(?:#|\bnumber\s+|\bno\.\s*)(?<number>\d{1,2})\b/gi;

/** The distinct places in the list the texts name ("the 1st and 3rd"), in the order said; only places the list has. */
function placesNamed(texts: readonly string[], size: number): number[] {
  const places: number[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(placeWord)) {
      const { numeral, word, number } = match.groups ?? {};
      const place = numeral ? Number(numeral) : number ? Number(number) : ordinals[(word ?? '').toLowerCase()];
      if (place !== undefined && place >= 1 && place <= size && !places.includes(place)) places.push(place);
    }
  }
  return places;
}
