/**
 * Checks that a change to the matcher leaves every result the same, byte for byte: each of the
 * bench's generated postings (bench/career-scale/postings.ts) prepared (`preparePosting`) and
 * scored against two of the match pairs' resumes (`scorePosting`), and every pair of
 * evals/match-pairs (`analyzeMatch`), serialised as JSON and hashed, a digest per 1,000 postings.
 * Held-out pairs are hashed like the others; only their count of identical results is printed.
 * A tree that stores prepared postings (migration 0018: `writePreparedForm`/`readPreparedForm`)
 * is checked through the stored form: each posting prepared, written, read back, and that scored,
 * as a search scores what the index keeps.
 *
 * Run: npx tsx bench/career-scale/match-identity.ts --out /tmp/before.json   (the digests of this tree)
 *      npx tsx bench/career-scale/match-identity.ts --against /tmp/before.json   (compared with those)
 *      … --root DIR        (the matcher of another copy of the tree, e.g. the code before a change)
 *      … --postings N      (100,000 by default)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import type * as Match from '../../src/resume/match.ts';
import type * as Vocabulary from '../../src/resume/skill-vocabulary.ts';
import { generatePostings } from './postings.ts';

interface PairsFile {
  now: string;
  resumes: Record<string, JsonResume>;
  postings: Record<string, { title: string; company?: string; description: string }>;
  pairs: [string, string][];
}

interface Digests {
  postings: number;
  chunks: string[];
  pairs: { tuning: string[]; holdout: string[] };
}

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(import.meta.dirname, '../..') },
    postings: { type: 'string', default: '100000' },
    out: { type: 'string' },
    against: { type: 'string' },
  },
});
const root = resolve(values.root);
const match = (await import(pathToFileURL(`${root}/src/resume/match.ts`).href)) as typeof Match;
const { loadSkillVocabulary } = (await import(pathToFileURL(`${root}/src/resume/skill-vocabulary.ts`).href)) as typeof Vocabulary;
const vocabulary = loadSkillVocabulary();
const pairsDir = resolve(import.meta.dirname, '../../evals/match-pairs');
const readPairs = (name: string) => JSON.parse(readFileSync(`${pairsDir}/${name}.json`, 'utf8')) as PairsFile;
const tuning = readPairs('tuning');
const now = new Date(tuning.now);
const resumes = Object.values(tuning.resumes).map((resume) => match.prepareResume(resume, { now }));

// Older trees have no stored form: their postings are scored as they were.
const storesForms = typeof (match as Partial<typeof Match>).readPreparedForm === 'function';
const throughStoredForm = (prepared: Match.PreparedPosting): Match.PreparedPosting =>
  storesForms ? match.readPreparedForm(match.writePreparedForm(prepared)) : prepared;
console.log(storesForms ? 'each posting scored through its stored form' : 'each posting prepared and scored (no stored forms in this tree)');

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const pairDigests = (file: PairsFile) =>
  file.pairs.map(([resume, posting]) => {
    const pair = { resume: file.resumes[resume] as JsonResume, posting: file.postings[posting] as PairsFile['postings'][string], now: new Date(file.now) };
    const result = storesForms
      ? match.scorePosting(match.prepareResume(pair.resume, { now: pair.now }), throughStoredForm(match.preparePosting(pair.posting, vocabulary)))
      : match.analyzeMatch(pair);
    return hash(JSON.stringify(result));
  });

const started = process.hrtime.bigint();
const postings = generatePostings(Number(values.postings));
const chunks: string[] = [];
for (let from = 0; from < postings.length; from += 1_000) {
  const digest = createHash('sha256');
  for (const [offset, posting] of postings.slice(from, from + 1_000).entries()) {
    const index = from + offset;
    const prepared = throughStoredForm(match.preparePosting(posting, vocabulary));
    digest.update(JSON.stringify(prepared));
    for (const resume of [resumes[index % resumes.length], resumes[(index * 7 + 3) % resumes.length]]) {
      if (resume) digest.update(JSON.stringify(match.scorePosting(resume, storesForms ? prepared : posting)));
    }
  }
  chunks.push(digest.digest('hex'));
}
const digests: Digests = { postings: postings.length, chunks, pairs: { tuning: pairDigests(tuning), holdout: pairDigests(readPairs('holdout')) } };
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${postings.length} postings and ${digests.pairs.tuning.length} + ${digests.pairs.holdout.length} pairs hashed with ${root} in ${seconds.toFixed(1)} s`);
if (values.out) writeFileSync(values.out, JSON.stringify(digests));
if (values.against) {
  const before = JSON.parse(readFileSync(values.against, 'utf8')) as Digests;
  const same = (a: readonly string[], b: readonly string[]) => a.filter((digest, index) => digest === b[index]).length;
  const differing = chunks.flatMap((digest, index) => (digest === before.chunks[index] ? [] : [index * 1_000]));
  console.log(`postings: ${same(chunks, before.chunks)}/${before.chunks.length} chunks of 1,000 identical${differing.length ? ` (first differing chunk starts at posting ${differing[0]})` : ''}`);
  console.log(`match pairs: tuning ${same(digests.pairs.tuning, before.pairs.tuning)}/${before.pairs.tuning.length} identical, held-out ${same(digests.pairs.holdout, before.pairs.holdout)}/${before.pairs.holdout.length} identical`);
  const identical = postings.length === before.postings && differing.length === 0 && chunks.length === before.chunks.length && JSON.stringify(digests.pairs) === JSON.stringify(before.pairs);
  console.log(identical ? 'IDENTICAL' : 'DIFFERENT');
  process.exitCode = identical ? 0 : 1;
}
