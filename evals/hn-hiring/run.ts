/**
 * Scores the "Who is hiring?" comment reader on comments with known truth: the tuning set
 * (`tune.jsonl`, read while writing the reader) and two held-out sets never looked at per case
 * (`holdout.jsonl`, the convention's usual variants, written before the reader; and
 * `holdout-messy.jsonl`, shapes the convention bends into: prose, key-value fields, no spaces,
 * capitals, roles without a role word), field by field. `npm run eval:hn` prints all three.
 */
import { readFileSync } from 'node:fs';
import { type HiringComment, parseHiringComment } from '../../src/jobs/hiring-comment.ts';

export interface Case {
  html: string;
  truth: { company: string; title: string | null; location: string | null; remote: boolean | null };
}

const fields = ['company', 'title', 'location', 'remote'] as const;

/** Words compared as a set: case, punctuation and the work-mode words do not count. */
const words = (text: string | null) =>
  [...new Set((text ?? '').toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').split(' ').filter(Boolean))].sort().join(' ');

function fieldRight(field: (typeof fields)[number], got: HiringComment | null, truth: Case['truth']): boolean {
  if (field === 'remote') return (got?.remote ?? null) === truth.remote;
  return words(got?.[field] ?? null) === words(truth[field]);
}

/** Field accuracies and the share of comments read entirely right. */
export function score(cases: readonly Case[]) {
  const right = Object.fromEntries(fields.map((field) => [field, 0])) as Record<(typeof fields)[number], number>;
  let whole = 0;
  const misses: string[] = [];
  for (const item of cases) {
    const got = parseHiringComment(item.html);
    let all = true;
    for (const field of fields) {
      if (fieldRight(field, got, item.truth)) right[field] += 1;
      else {
        all = false;
        misses.push(`${field}: got ${JSON.stringify(got?.[field] ?? null)}, want ${JSON.stringify(item.truth[field])}`);
      }
    }
    if (all) whole += 1;
  }
  const share = (count: number) => Math.round((count / cases.length) * 1000) / 1000;
  return {
    cases: cases.length,
    ...Object.fromEntries(fields.map((field) => [field, share(right[field])])),
    all_fields: share(whole),
    misses,
  };
}

const read = (name: string): Case[] =>
  readFileSync(new URL(`./${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case);

if (import.meta.url === `file://${process.argv[1]}`) {
  const tune = score(read('tune'));
  const holdout = score(read('holdout'));
  const messy = score(read('holdout-messy'));
  console.log('tune         ', JSON.stringify({ ...tune, misses: undefined }));
  // Held-out misses are never printed: only their aggregates.
  console.log('holdout      ', JSON.stringify({ ...holdout, misses: undefined }));
  console.log('holdout-messy', JSON.stringify({ ...messy, misses: undefined }));
  if (process.argv.includes('--misses')) for (const miss of tune.misses) console.log('  tune miss:', miss);
}
