import { isDeepStrictEqual } from 'node:util';
import type { ActionRegistry } from '../../actions/action-registry.ts';
import { slotReaders } from '../../actions/phrasing/find-slots.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import type { RequestedStep } from './parse-request.ts';

/**
 * A step's optional arguments the rest of the message gives: the step was read from one
 * part ("cover letter for Acme pls") and the person added the details elsewhere (",
 * confident tone, use my devops resume"). Only arguments the action takes and the step
 * lacks, and only values its schema accepts; then the action's `sharpen`, for what the
 * step's clause said only broadly ("find job in Dubai" after "I am a welder").
 *
 * @example
 * fillSlots({ action: 'write_cover_letter', args: { job: 'Acme' }, text: '…' }, 'cover letter for Acme pls, confident tone', context, registry);
 * // { action: 'write_cover_letter', args: { job: 'Acme', tone: 'confident' }, text: '…' }
 */
export function fillSlots(step: RequestedStep, message: string, context: PhrasingContext, registry: ActionRegistry): RequestedStep {
  const shape = registry.get(step.action)?.args.shape ?? {};
  let args = step.args;
  const readers = { ...slotReaders, ...registry.get(step.action)?.phrasing?.slots };
  for (const [name, read] of Object.entries(readers)) {
    if (!(name in shape) || args[name] !== undefined) continue;
    const value = read(message, context);
    if (value === undefined) continue;
    const filled = { ...args, [name]: value };
    if (registry.parseArgs(step.action, filled).ok) args = filled;
  }
  // What the step's clause said only broadly, the rest of the message may say precisely.
  const sharpened = registry.get(step.action)?.phrasing?.sharpen?.(args, message, context);
  if (sharpened && sharpened !== args && registry.parseArgs(step.action, sharpened).ok) args = sharpened;
  return args === step.args ? step : { ...step, args };
}

/** The most words a piece that only tells a step's detail has: "need at least 40k", "min A$95k", "remote only pls". */
const detailPieceWords = 6;

/**
 * Whether a short piece of the message only told a detail the step took from it ("bookkeeping jobs in Leeds.
 * need at least 40k": the floor is the search's): such a piece was read, never "left out" (trial s48 #14, where
 * the answer both applied "min A$95k" and said it could not place it).
 *
 * @example
 * detailTaken({ action: 'search_jobs', args: { query: 'bookkeeping', min_salary: 40000 }, text: '…' }, 'need at least 40k', context, registry); // true
 */
export function detailTaken(step: RequestedStep, piece: string, context: PhrasingContext, registry: ActionRegistry): boolean {
  if (piece.trim().split(/\s+/).length > detailPieceWords) return false;
  // ("offer from X! NOK 680 000, start 01.03.2027": the note keeps both pieces as said; neither was left out. Trial s50 #37.)
  const said = asSaid(piece);
  if (said.length >= 3 && Object.values(step.args).some((value) => typeof value === 'string' && asSaid(value).includes(said))) return true;
  const shape = registry.get(step.action)?.args.shape ?? {};
  const readers = { ...slotReaders, ...registry.get(step.action)?.phrasing?.slots };
  return Object.entries(readers).some(([name, read]) => {
    if (!(name in shape) || step.args[name] === undefined) return false;
    const value = read(piece, context);
    return value !== undefined && isDeepStrictEqual(value, step.args[name]);
  });
}

/** A piece as compared with an argument: lower case, one space between words, no closing punctuation. */
function asSaid(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '');
}
