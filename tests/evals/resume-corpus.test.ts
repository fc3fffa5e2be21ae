/**
 * The reader on the committed resume corpus (evals/resumes): the measured accuracy is a
 * floor, so a change that makes the reader worse on strangers' files fails here. The floors
 * are the figures in docs/resume-accuracy.md rounded down a few points; raise them when the
 * reader gets better.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { scoreResumeCorpus, type ResumeCorpusReport } from '../../evals/career/resume-corpus.ts';
import { corpusDirectory, readManifest, readPeople, readSplit } from '../../evals/resumes/corpus.ts';
import { tuningOnlyThemes } from '../../evals/resumes/render/themes.ts';

/**
 * Measured on main's reader before issue 13's reader work: tuning 64.5% (docx 79.7, md 96.8,
 * pdf 20.6, txt 90.1), held-out 57.9% (docx 70.0, md 91.5, pdf 28.2, txt 87.9). After the PDF
 * reader rebuilt lines from positions: tuning 80.2% (pdf 65.9), held-out 73.4% (pdf 64.7).
 * After the second round (links, layouts, entries, education, skills; 336 files): tuning
 * 94.0% (docx 94.9, md 99.5, pdf 90.3, txt 98.4), held-out 87.7% (docx 86.1, md 95.6, pdf
 * 85.8, txt 94.8). After the third round (2026-12-04: eleven more tuning people, five more
 * tuning-only themes, among them `class` and `eloquent` whose layouts hide fields no reader
 * gets, so the tuning part is harder than before; 836 files): tuning 91.0% (docx 91.9, md
 * 99.2, pdf 87.4, txt 98.4), held-out 89.4% (docx 84.5, md 96.4, pdf 92.3, txt 94.8).
 * After the eighth round (2026-12-05: tenure lines, jobs as list items, Title Case chips, wrapped
 * date cells, a left sidebar of tag rows; 1464 files): tuning 95.2% (docx 96.7, md 99.5, pdf 92.9,
 * txt 98.5), held-out 92.5% (docx 90.1, md 98.4, pdf 93.3, txt 98.0).
 * After the ninth round (2026-12-05: the trade people in every theme, two more tuning people, the
 * `short` and `crisp` themes, whose year-only work dates no reader gets; 1832 files): tuning 94.7%
 * (docx 96.1, md 99.8, pdf 92.4, txt 99.0), held-out 92.3% (docx 89.9, md 98.4, pdf 93.1, txt 98.4).
 * After session 37 (the `riga`, `rocketspacer` and `tachyons-clean` themes for twenty-five tuning people;
 * riga's dates are years only and its DOCX has no profile links; 2456 files): tuning 93.1% (docx 94.5,
 * md 99.8, pdf 90.7, txt 99.3) on a loaded machine where nine DOCX files timed out, about 95.2% DOCX
 * without them; the DOCX floor is 0.94 since.
 * After session 38 (the `relaxed` and `direct` themes for those twenty-five, a Europass-like DOCX for every
 * tuning person; 2601 files): tuning 93.3% (docx 94.9, md 99.8, pdf 90.6, txt 99.3), held-out unchanged.
 * After session 41 (four more tuning people, built only in part, and the `orbit` theme for thirty-two, which prints
 * no skill keywords, no city and years-only work dates, so its files read ~47% on arrival; 3108 files): tuning
 * 92.2% (docx 94.0, md 99.4, pdf 89.2, txt 98.8), held-out 92.2% (docx 89.8, md 98.4, pdf 93.3, txt 98.4) with the
 * new people's `kendall` files (92.42% without them, as before). The tuning floors follow the harder files (overall
 * 0.915, pdf 0.885, docx 0.935); the 2735 files of the earlier rounds read 93.43% (87,485 / 93,639; was 93.41%).
 * Session 51 (reader51) added the `europass-pdf` style for 57 tuning people, 56.0% on the session's reader (41.8% on
 * arrival): in 32 of them the PDF reader reads the label column after the body, so their sections are not found
 * (docs/resume-accuracy.md). Those 57 PDFs pull the tuning PDF figure down by about a point: its floor follows them
 * (pdf 0.875) until the label column is read as a margin.
 * Session 52 (readerpdf52) reads that column as a margin: tuning PDF 87.9% → 89.6% (europass-pdf 97.3%); pdf 0.885.
 */
const floors = {
  tuning: { overall: 0.915, byFormat: { docx: 0.935, md: 0.97, pdf: 0.885, txt: 0.96 } },
  heldOut: { overall: 0.9, byFormat: { docx: 0.88, md: 0.96, pdf: 0.91, txt: 0.96 } },
};

let report: ResumeCorpusReport;

// A hang guard, not a speed limit: ~2 minutes on a quiet machine, but a run beside other heavy work (CI on a
// machine shared with eight other jobs took 87 minutes) went past 10; the figures are checked below, not the time.
beforeAll(async () => {
  report = await scoreResumeCorpus();
}, 1_800_000);

describe('resume corpus', () => {
  it('holds every file the manifest lists, for every person, in both parts', async () => {
    const [manifest, people, split] = await Promise.all([readManifest(), readPeople(), readSplit()]);
    for (const file of manifest) expect((await stat(join(corpusDirectory, file.path))).size, file.path).toBeGreaterThan(0);
    expect(new Set(manifest.map((file) => file.person))).toEqual(new Set(people.keys()));
    for (const person of split.heldOutPeople) expect(people.has(person), person).toBe(true);
    for (const style of split.heldOutStyles) expect(manifest.some((file) => file.style === style), style).toBe(true);
    const heldOutInTuningOnlyThemes = manifest.filter(
      (file) => split.heldOutPeople.includes(file.person) && tuningOnlyThemes.some((theme) => file.theme === theme),
    );
    expect(heldOutInTuningOnlyThemes.map((file) => file.path)).toEqual([]);
    // The styles the corpus renders itself for the tuning people only (build-corpus.ts, `tuningOnlyStyles`).
    const heldOutInTuningOnlyStyles = manifest.filter((file) => split.heldOutPeople.includes(file.person) && ['europass', 'text-pasted', 'word-nhs'].includes(file.style));
    expect(heldOutInTuningOnlyStyles.map((file) => file.path)).toEqual([]);
    expect(report.files).toHaveLength(manifest.length);
    expect(report.tuning.files).toBeGreaterThan(50);
    expect(report.heldOut.files).toBeGreaterThan(50);
  });

  it('reads every file without the importer refusing it', () => {
    expect(report.files.filter((file) => file.error).map((file) => `${file.path}: ${file.error}`)).toEqual([]);
  });

  for (const part of ['tuning', 'heldOut'] as const) {
    it(`keeps the ${part} part at or above its measured accuracy, overall and per format`, () => {
      const summary = report[part];
      expect(summary.overall.total).toBeGreaterThan(1000);
      expect(summary.overall.accuracy).toBeGreaterThanOrEqual(floors[part].overall);
      for (const [format, floor] of Object.entries(floors[part].byFormat)) {
        expect(summary.byFormat[format]?.accuracy ?? 0, format).toBeGreaterThanOrEqual(floor);
      }
    });
  }
});
