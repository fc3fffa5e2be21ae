import type { z } from 'zod';
import type { Clause } from '../phrasing/phrasing.ts';
import type { correctResumeArgs } from './args.ts';

type Args = z.input<typeof correctResumeArgs>;

/**
 * Where one correction ends and the next starts: "…, and my title there was …", "…; I left
 * in 2022", "… and I live in Leeds". (Not inside a value: "Marks and Spencer", "Head of Sales
 * and Marketing" go on with a name, not with "my", "the" or "I".)
 */
const nextCorrection =
  /\s*;\s*(?:and\s+)?|,?\s+(?:and|&)\s+(?:also\s+)?(?=(?:my|the|i|i'm|i’m|im|i've|i’ve|ive)\s)|,\s+(?:also\s+)?(?=(?:my|the|i|i'm|i’m|im|i've|i’ve|ive)\s)/i;

/** "there", "at that job": the job the correction before it named. */
const there = /\s+(?:there|at\s+(?:that|this)\s+(?:job|place|one|company|role|firm))$|(?<=\b(?:title|position|role|company|employer|date))\s+there\b/i;

/** "I was head waiter there": a title at the job named before. */
const titleThere = /^i\s+was\s+(?:a\s+|an\s+|the\s+)?(?<position>.+?)\s+(?:there|at\s+(?:that|this)\s+(?:job|place|one|company|role|firm))$/i;

/** Fields of one job: they need the job the sentence named. */
const jobFields = ['company', 'position', 'start_date', 'end_date'] as const;

/**
 * Several corrections in one sentence, each read alone by `readOne` and put together: "the
 * company of my second job is Harrow Kitchens and my title there was Commis Chef", "my email
 * is a@b.org and my phone is 0161 496 0000". A piece that says "there" is about the job the
 * piece before it named. Null unless every piece reads as a correction and no two correct the
 * same field (or name two different jobs, which one step cannot correct).
 *
 * @example
 * readSeveral(clauseOf('my title at Oxley was Printer and I left in 2019'), readOne); // { args: { job: 'Oxley', position: 'Printer', end_date: '2019' } }
 */
export function readSeveral(clause: Clause, readOne: (text: string) => Args | undefined): { args: Args } | null {
  const pieces = clause.text.split(nextCorrection).map((piece) => piece.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  const merged: Record<string, string> = {};
  for (const piece of pieces) {
    const titled = titleThere.exec(piece)?.groups?.position;
    const args: Record<string, unknown> | undefined = titled ? { position: titled } : readOne(piece.replace(there, ''));
    if (!args) return null;
    for (const [field, value] of Object.entries(args)) {
      if (typeof value !== 'string') continue;
      if (field === 'job' && merged.job !== undefined) {
        if (merged.job.toLowerCase() !== value.toLowerCase()) return null;
        continue;
      }
      if (merged[field] !== undefined) return null;
      merged[field] = value;
    }
  }
  // (A job field said with no job at all is the importer's only job, or asked about by the handler.)
  if (!jobFields.some((field) => merged[field] !== undefined)) delete merged.job;
  return { args: merged as Args };
}
