/**
 * Fit scores for 50 results, the code before against this tree, alternating in one process (CPU
 * time, so a shared machine's load weighs on both alike): "before" prepares each posting afresh
 * (`preparePosting`, what a search showing them for the first time paid), "after" reads each
 * posting's stored form (`readPreparedForm`, what the index keeps since migration 0018). Both
 * prepare the resume once a round and score the 50; the results are checked equal.
 *
 * Run: npx tsx bench/career-scale/fit-ab.ts --before DIR   (a copy of the tree before the change)
 *      … --rounds 80 --postings 4000
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import type * as Match from '../../src/resume/match.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import * as after from '../../src/resume/match.ts';
import { generatePostings } from './postings.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    rounds: { type: 'string', default: '80' },
    postings: { type: 'string', default: '4000' },
  },
});
if (!values.before) throw new Error('--before DIR: a copy of the tree before the change');
const before = (await import(pathToFileURL(`${resolve(values.before)}/src/resume/match.ts`).href)) as typeof Match;
const vocabulary = loadSkillVocabulary();
const rawText = readFileSync(new URL('../../tests/fixtures/resume/tuning/01-dash-layout.txt', import.meta.url), 'utf8');
const resume = parseSections(rawText, { vocabulary });
// The postings a search for "engineer" shows, as the index returns them (tags always an array).
const engineers = generatePostings(Number(values.postings))
  .filter((posting) => /engineer/i.test(posting.title))
  .map((posting) => ({ title: posting.title, company: posting.company, tags: posting.tags, description: posting.description }));
const preparer = after.postingPreparer(vocabulary);
const stored = engineers.map((posting) => preparer.prepare(posting));
const bytes = stored.reduce((sum, form) => sum + Buffer.byteLength(form), 0);

const cpu = (work: () => void): number => {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const rounds = Number(values.rounds);
const times = { before: [] as number[], after: [] as number[], prepareOnly: [] as number[], readOnly: [] as number[] };
for (let round = 0; round < rounds; round++) {
  const from = (round * 50) % Math.max(1, engineers.length - 50);
  const page = engineers.slice(from, from + 50);
  const forms = stored.slice(from, from + 50);
  let old: Match.MatchResult[] = [];
  let fresh: Match.MatchResult[] = [];
  const runBefore = () => {
    times.before.push(
      cpu(() => {
        const prepared = before.prepareResume(resume, { rawText, vocabulary });
        old = page.map((posting) => before.scorePosting(prepared, posting));
      }),
    );
  };
  const runAfter = () => {
    times.after.push(
      cpu(() => {
        const prepared = after.prepareResume(resume, { rawText, vocabulary });
        fresh = forms.map((form) => after.scorePosting(prepared, after.readPreparedForm(form)));
      }),
    );
  };
  // Alternate which goes first, so neither always runs on a warmer cache.
  if (round % 2 === 0) {
    runBefore();
    runAfter();
  } else {
    runAfter();
    runBefore();
  }
  if (!isDeepStrictEqual(old, fresh)) throw new Error(`round ${round}: the results differ`);
  times.prepareOnly.push(cpu(() => page.forEach((posting) => before.preparePosting(posting, vocabulary))));
  times.readOnly.push(cpu(() => forms.forEach((form) => after.readPreparedForm(form))));
}
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 100) / 100;
};
const summary = (list: number[]) => ({ best: quantile(list, 0), p50: quantile(list, 0.5), p90: quantile(list, 0.9) });
console.log(
  JSON.stringify(
    {
      rounds,
      postings: engineers.length,
      storedForm: { averageBytes: Math.round(bytes / stored.length) },
      cpuMsPer50: { before: summary(times.before), after: summary(times.after), prepare50: summary(times.prepareOnly), read50: summary(times.readOnly) },
    },
    null,
    1,
  ),
);
