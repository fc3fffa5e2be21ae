/**
 * How fast a search's results can be ranked by fit: one prepared resume scored against 200
 * realistic postings (about 3 KB each), the posting side included. The target is well under
 * 100 ms per 200 postings.
 * Run: npx tsx bench/match.bench.ts [rounds]   (20 by default, after 3 warm-up rounds: 50 after 5
 * took ~29 s of CPU at load ~35 and its p50 moves less than the machine's noise with fewer)
 */
import { readFileSync } from 'node:fs';
import { prepareResume, scorePosting, type JobPosting } from '../src/resume/match.ts';
import { parseSections } from '../src/resume/parse-sections.ts';
import { loadSkillVocabulary } from '../src/resume/skill-vocabulary.ts';

const rounds = Number(process.argv[2] ?? 20);
const warmUpRounds = 3;
const postingsPerSearch = 200;

const rawText = readFileSync(new URL('../tests/fixtures/resume/tuning/01-dash-layout.txt', import.meta.url), 'utf8');
const vocabulary = loadSkillVocabulary();

// Deterministic postings: a realistic mix of prose, responsibilities, requirements, nice-to-haves.
let seed = 42;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const skills = vocabulary.skills.map((skill) => skill.name);
const titles = ['Senior Backend Engineer', 'Staff Platform Engineer', 'Data Engineer', 'Frontend Developer', 'Site Reliability Engineer', 'Engineering Manager'];
const filler = [
  'We are a fast-growing company building payment infrastructure for marketplaces across Europe and North America.',
  'You will work closely with product, design and data science to ship features that matter to our customers.',
  'Our platform processes millions of transactions every day, and reliability is a first-class concern for every team.',
  'We value ownership, clear written communication, and pragmatic engineering decisions backed by data.',
  'You will participate in code reviews, design discussions and an on-call rotation shared fairly across the team.',
];
const postings: JobPosting[] = Array.from({ length: postingsPerSearch }, () => {
  const lines = ['About us', `${pick(filler)} ${pick(filler)} ${pick(filler)}`, `${pick(filler)} ${pick(filler)}`, '', "What you'll do"];
  for (let index = 0; index < 8; index++) lines.push(`- ${pick(filler)} You will use ${pick(skills)} and ${pick(skills)}.`);
  lines.push('', 'Requirements', `- ${2 + Math.floor(next() * 7)}+ years of professional experience`);
  for (let index = 0; index < 6; index++) lines.push(`- Strong experience with ${pick(skills)}, ${pick(skills)} or ${pick(skills)}`);
  lines.push('', 'Nice to have');
  for (let index = 0; index < 3; index++) lines.push(`- ${pick(skills)} is a plus`);
  lines.push('', 'Benefits', `- ${pick(filler)}`, `- ${pick(filler)}`);
  return { title: pick(titles), company: 'Example', description: lines.join('\n') };
});

const resume = parseSections(rawText, { vocabulary });
const prepareStarted = process.hrtime.bigint();
const prepared = prepareResume(resume, { rawText, vocabulary });
const prepareMilliseconds = Number(process.hrtime.bigint() - prepareStarted) / 1e6;

for (let round = 0; round < warmUpRounds; round++) for (const posting of postings) scorePosting(prepared, posting);

const batches = new Float64Array(rounds);
for (let round = 0; round < rounds; round++) {
  const before = process.hrtime.bigint();
  for (const posting of postings) scorePosting(prepared, posting);
  batches[round] = Number(process.hrtime.bigint() - before) / 1e6;
}
batches.sort();
const percentile = (fraction: number) => batches[Math.min(batches.length - 1, Math.floor(batches.length * fraction))] ?? 0;
const averageBytes = postings.reduce((sum, posting) => sum + posting.description.length, 0) / postings.length;

console.log(`match: ${postingsPerSearch} postings (~${(averageBytes / 1024).toFixed(1)} KB each) against one prepared resume, ${rounds} rounds (after ${warmUpRounds} warm-up rounds)`);
console.log(`  prepareResume once: ${prepareMilliseconds.toFixed(1)} ms (first call, includes loading the vocabulary)`);
console.log(`  ${postingsPerSearch} postings: p50 ${percentile(0.5).toFixed(1)} ms, p99 ${percentile(0.99).toFixed(1)} ms, max ${(batches.at(-1) ?? 0).toFixed(1)} ms`);
console.log(`  per posting: ${((percentile(0.5) * 1000) / postingsPerSearch).toFixed(0)} µs (p50)`);
