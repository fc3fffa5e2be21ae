/**
 * The PDF and DOCX exports as a reader sees them: the PDF through poppler (pdftotext, pdftoppm),
 * the DOCX through LibreOffice (converted to PDF, then poppler). Every line of the letter's
 * Markdown must come out as written: short lines (an address, a sign-off) as lines of their
 * own, prose as the same words wrapped; no two lines may overlap; the page is not blank.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactHeaderFromResume } from '../../src/documents/contact-header.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { exportDocx } from '../../src/documents/export-docx.ts';
import { exportPdf } from '../../src/documents/export-pdf.ts';
import { coverLetterTones, type WriterPosting } from '../../src/documents/writer-input.ts';
import { findOnPath } from '../helpers/find-on-path.ts';
import { engineerResume, letterDate } from './fixtures.ts';

const run = promisify(execFile);

const pdftotext = findOnPath('pdftotext');
const pdftoppm = findOnPath('pdftoppm');
const soffice = findOnPath('soffice');
const popplerMissing = !pdftotext || !pdftoppm ? 'pdftotext or pdftoppm not installed (CI installs poppler-utils)' : undefined;
const libreOfficeMissing = soffice ? undefined : 'soffice not installed (CI installs libreoffice-writer-nogui)';
for (const reason of [popplerMissing, libreOfficeMissing]) if (reason) console.warn(`rendered export tests skipped: ${reason}`);

// On CI a skip would hide a missing install step, so there a missing tool is a failure.
describe.runIf(process.env.CI === 'true')('on CI', () => {
  it('has poppler and LibreOffice for the rendered export tests', () => {
    expect(popplerMissing ?? libreOfficeMissing).toBeUndefined();
  });
});

const posting: WriterPosting = {
  title: 'Senior Staff Platform Reliability Engineer, Payments Infrastructure',
  company: 'Stripe',
  location: 'Europe, UK',
  description: 'We run payments infrastructure on TypeScript, Node.js and PostgreSQL services.',
  requiredSkills: ['TypeScript', 'PostgreSQL'],
};

// A letter as a model writes it: a recipient block and a sign-off without Markdown hard breaks.
const modelLetter = [
  '# Cover letter — Senior Staff Platform Reliability Engineer, Payments Infrastructure at Stripe',
  '',
  'November 22, 2026',
  '',
  'Hiring Manager',
  'Stripe',
  'Europe, UK',
  '',
  'Dear Hiring Manager,',
  '',
  'I would like to apply for the platform role at Stripe. For the last nine years I have built and run services that move money, and I led the migration of 40 services to TypeScript on Node.js.',
  '',
  'Best regards,',
  'Jane Müller',
].join('\n');

// Letters outside Windows-1252: Polish, Vietnamese and Greek names print as written.
const unicodeLetter = [
  '# Cover letter — Backend Engineer at Đặng & Partners',
  '',
  'Dear Ms Nowak-Żelazny,',
  '',
  'I would like to apply for the backend role in Kraków. At Łódź Fintech I moved 40 services to TypeScript, and I worked with Ελένη Παπαδοπούλου on the payments ledger.',
  '',
  'Best regards,',
  'Zoë Łukasiewicz',
].join('\n');

const letters: Record<string, string> = {
  model: modelLetter,
  unicode: unicodeLetter,
  ...Object.fromEntries(coverLetterTones.map((tone) => [tone, writeCoverLetter({ resume: engineerResume, posting, tone, date: letterDate })])),
};

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** The Markdown's lines as a reader should see them: syntax, escapes and blank lines gone. */
function markdownLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      normalise(
        line
          .replace(/^#+\s+/, '')
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
          .replace(/\*\*|(?<!\\)\*/g, '')
          .replace(/\\([\\*_`[\]#])/g, '$1'),
      ),
    )
    .filter(Boolean);
}

/** The rendered lines, list markers dropped. */
function renderedLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => normalise(line.replace(/^\s*(?:•|\d+\.)\s+/, '')))
    .filter(Boolean);
}

/**
 * Each Markdown line, in order, is one rendered line or several consecutive rendered lines
 * (prose wraps), never part of one: so two short lines run together fail.
 */
function expectSameLines(rendered: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const line of expected) {
    const start = rendered.findIndex((candidate, index) => index >= at && (line === candidate || line.startsWith(`${candidate} `)));
    expect(start, `"${line}" does not start a rendered line after line ${at}:\n${rendered.slice(at, at + 8).join('\n')}`).toBeGreaterThanOrEqual(0);
    let joined = rendered[start] ?? '';
    let end = start;
    while (joined.length < line.length && end + 1 < rendered.length) joined = `${joined} ${rendered[++end]}`;
    expect(joined, `rendered lines ${start}–${end}`).toBe(line);
    at = end + 1;
  }
}

interface LineBox {
  yMin: number;
  yMax: number;
  page: number;
}

/** Every text line's box, from pdftotext's bounding-box layout. */
async function lineBoxes(pdfPath: string): Promise<LineBox[]> {
  const { stdout } = await run(pdftotext!, ['-bbox-layout', pdfPath, '-']);
  const boxes: LineBox[] = [];
  let page = 0;
  for (const match of stdout.matchAll(/<page |<line [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)) {
    if (match[0].startsWith('<page')) page += 1;
    else boxes.push({ yMin: Number(match[1]), yMax: Number(match[2]), page });
  }
  return boxes;
}

/** Lines one under the other must be at least most of a line apart: wrapped lines that overlap are not. */
function expectNoOverlap(boxes: readonly LineBox[]): void {
  for (const [index, box] of boxes.entries()) {
    const next = boxes[index + 1];
    if (!next || next.page !== box.page || next.yMin <= box.yMin) continue;
    const pitch = next.yMin - box.yMin;
    expect(pitch, `line ${index + 1} to ${index + 2}: ${pitch.toFixed(1)} pt apart, ${(box.yMax - box.yMin).toFixed(1)} pt tall`).toBeGreaterThanOrEqual(
      0.8 * (box.yMax - box.yMin),
    );
  }
}

/** The share of dark pixels on the first page, read from pdftoppm's greyscale PGM. */
async function inkOnFirstPage(pdfPath: string, dir: string): Promise<number> {
  const prefix = join(dir, `page-${Math.random().toString(36).slice(2)}`);
  await run(pdftoppm!, ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  const pgm = await readFile(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  expect(header).not.toBeNull();
  const [width, height] = [Number(header![1]), Number(header![2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  return pixels.filter((value) => value < 128).length / pixels.length;
}

async function expectReadsAsWritten(pdfPath: string, markdown: string, dir: string): Promise<void> {
  const { stdout } = await run(pdftotext!, ['-layout', pdfPath, '-']);
  const rendered = renderedLines(stdout);
  const expected = markdownLines(markdown);
  expectSameLines(rendered, expected);
  // The address block's lines, where the letter has one, each a line of its own.
  for (const line of ['Stripe', 'Europe, UK'].filter((address) => expected.includes(address))) expect(rendered, line).toContain(line);
  expectNoOverlap(await lineBoxes(pdfPath));
  expect(await inkOnFirstPage(pdfPath, dir)).toBeGreaterThan(0.005);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobpilot-rendered-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const contact = contactHeaderFromResume(engineerResume);

describe.skipIf(popplerMissing !== undefined)(`the PDF export through poppler${popplerMissing ? ` (skipped: ${popplerMissing})` : ''}`, () => {
  it.each(Object.keys(letters))('renders every line of the %s letter as written', async (name) => {
    const markdown = letters[name]!;
    const path = join(dir, `${name}.pdf`);
    await writeFile(path, await exportPdf(markdown, { contact }));
    await expectReadsAsWritten(path, markdown, dir);
  });
});

describe.skipIf(popplerMissing !== undefined || libreOfficeMissing !== undefined)(
  `the DOCX export through LibreOffice${popplerMissing || libreOfficeMissing ? ` (skipped: ${popplerMissing ?? libreOfficeMissing})` : ''}`,
  () => {
    it('renders every line of each letter as written, the wrapped title without overlapping lines', async () => {
      const names = Object.keys(letters);
      for (const name of names) await writeFile(join(dir, `${name}.docx`), await exportDocx(letters[name]!, { contact }));
      // One LibreOffice run for all files, with its own profile so it never meets a running one.
      await run(
        soffice!,
        ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'docx'), ...names.map((name) => join(dir, `${name}.docx`))],
        { timeout: 150_000 },
      );
      for (const name of names) await expectReadsAsWritten(join(dir, 'docx', `${name}.pdf`), letters[name]!, dir);
    }, 180_000);
  },
);
