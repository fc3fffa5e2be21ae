/**
 * `npm run eval:career`: scores the career flow on data with known truth. Each section is
 * one entry in `sections`; a section returns its report and formats it as Markdown.
 *
 *   --json     print the reports as JSON instead of Markdown
 *   --write    also write the figures into docs/resume-accuracy.md (between its markers)
 *   --misses   print every wrong check of the tuning part (never tune on the held-out part)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusDirectory } from '../resumes/corpus.ts';
import { formatMisses, formatResumeCorpus } from './format-resume-corpus.ts';
import { formatMatchPairs, matchPairsJson, type MatchPairsReport, scoreMatchPairSets } from './match-pairs-section.ts';
import { scoreResumeCorpus, type ResumeCorpusReport } from './resume-corpus.ts';

interface Section<Report> {
  id: string;
  run(): Promise<Report>;
  toMarkdown(report: Report): string;
  /** What `--json` prints, when not the whole report (held-out parts as aggregates only). */
  toJson?(report: Report): unknown;
  /** The doc whose generated part holds this section's figures. */
  doc?: string;
}

const section = <Report>(value: Section<Report>) => value as Section<unknown>;

const sections: Section<unknown>[] = [
  section<ResumeCorpusReport>({ id: 'resumeCorpus', run: scoreResumeCorpus, toMarkdown: formatResumeCorpus, doc: 'docs/resume-accuracy.md' }),
  section<MatchPairsReport>({ id: 'matchPairs', run: scoreMatchPairSets, toMarkdown: formatMatchPairs, toJson: matchPairsJson }),
];

const startMarker = '<!-- figures:start (written by npm run eval:career -- --write) -->';
const endMarker = '<!-- figures:end -->';

async function writeFigures(doc: string, markdown: string): Promise<void> {
  const path = join(corpusDirectory, '..', '..', doc);
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${doc} has no figures markers`);
  await writeFile(path, `${text.slice(0, start + startMarker.length)}\n${markdown}\n${text.slice(end)}`);
}

async function main(argv: string[]): Promise<void> {
  const reports: Record<string, unknown> = {};
  for (const { id, run, toMarkdown, toJson, doc } of sections) {
    const report = await run();
    reports[id] = toJson ? toJson(report) : report;
    const markdown = toMarkdown(report);
    if (!argv.includes('--json')) process.stdout.write(`## ${id}\n\n${markdown}\n`);
    if (argv.includes('--write') && doc) await writeFigures(doc, markdown);
    if (argv.includes('--misses') && id === 'resumeCorpus') process.stdout.write(`${formatMisses(report as ResumeCorpusReport, false)}\n`);
  }
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
}

await main(process.argv.slice(2));
