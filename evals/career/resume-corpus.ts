/**
 * The resume-corpus section of `npm run eval:career`: every file in evals/resumes/files is
 * read with the product's own importer (`parseResumeBytes`, what an upload does) and scored
 * against its person's JSON Resume, field by field, for the tuning and held-out parts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { corpusDirectory, isHeldOut, readManifest, readPeople, readSplit, type CorpusFile } from '../resumes/corpus.ts';
import { normaliseText, scoreResume, truthSkills, type FieldCheck } from './score-resume.ts';
import { Tallies, type Tally } from './tally.ts';

export interface FileResult extends CorpusFile {
  heldOut: boolean;
  /** Set when the importer threw; every check of the file then counts as wrong. */
  error?: string;
  checks: FieldCheck[];
  /** Skills the reader listed that the truth does not (not counted in accuracy). */
  extraSkills: string[];
}

export interface PartSummary {
  files: number;
  overall: Tally;
  byField: Record<string, Tally>;
  byFormat: Record<string, Tally>;
  byStyle: Record<string, Tally>;
  /** Only the files made through an npm theme. */
  byTheme: Record<string, Tally>;
  byPerson: Record<string, Tally>;
  /** Skills read that the truth does not list (not counted in accuracy; a precision signal). */
  extraSkills: number;
}

export interface ResumeCorpusReport {
  title: 'Resume corpus';
  tuning: PartSummary;
  heldOut: PartSummary;
  files: FileResult[];
}

function summarise(results: FileResult[]): PartSummary {
  const overall = new Tallies();
  const byField = new Tallies();
  const byFormat = new Tallies();
  const byStyle = new Tallies();
  const byTheme = new Tallies();
  const byPerson = new Tallies();
  for (const result of results) {
    for (const check of result.checks) {
      overall.add('all', check.correct);
      byField.add(check.field, check.correct);
      byFormat.add(result.format, check.correct);
      byStyle.add(result.style, check.correct);
      if (result.theme) byTheme.add(result.theme, check.correct);
      byPerson.add(result.person, check.correct);
    }
  }
  return {
    files: results.length,
    overall: overall.toRecord().all ?? { correct: 0, total: 0, accuracy: 1 },
    byField: byField.toRecord(),
    byFormat: byFormat.toRecord(),
    byStyle: byStyle.toRecord(),
    byTheme: byTheme.toRecord(),
    byPerson: byPerson.toRecord(),
    extraSkills: results.reduce((sum, result) => sum + result.extraSkills.length, 0),
  };
}

/**
 * Reads and scores the whole committed corpus.
 *
 * @example
 * const report = await scoreResumeCorpus();
 * console.log(report.heldOut.overall.accuracy);
 */
export async function scoreResumeCorpus(): Promise<ResumeCorpusReport> {
  const [people, manifest, split] = await Promise.all([readPeople(), readManifest(), readSplit()]);
  const results: FileResult[] = [];
  for (const file of manifest) {
    const truth = people.get(file.person);
    if (!truth) throw new Error(`${file.path}: no person "${file.person}" in evals/resumes/people`);
    const bytes = new Uint8Array(await readFile(join(corpusDirectory, file.path)));
    const heldOut = isHeldOut(file, split);
    try {
      const { resume } = await parseResumeBytes(bytes, file.path.split('/').pop() ?? file.path);
      const wanted = new Set(truthSkills(truth).map(normaliseText));
      const extraSkills = (resume.skills ?? [])
        .flatMap((skill) => (skill.keywords?.length ? skill.keywords : [skill.name ?? '']))
        .filter((skill) => skill && !wanted.has(normaliseText(skill)));
      results.push({ ...file, heldOut, checks: scoreResume(truth, resume), extraSkills });
    } catch (error) {
      // An unreadable file scores every truth field as missed.
      const checks = scoreResume(truth, {}).map((check) => ({ ...check, correct: false }));
      results.push({ ...file, heldOut, error: error instanceof Error ? error.message : String(error), checks, extraSkills: [] });
    }
  }
  return {
    title: 'Resume corpus',
    tuning: summarise(results.filter((result) => !result.heldOut)),
    heldOut: summarise(results.filter((result) => result.heldOut)),
    files: results,
  };
}
