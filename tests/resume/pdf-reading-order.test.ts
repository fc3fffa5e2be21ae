/**
 * The PDF reader rebuilds the reading order from where runs sit on the page, not from the
 * order they are stored in. These PDFs are drawn out of order on purpose, the way Chromium's
 * print-to-PDF stores résumé themes: by box and font, not by line.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawPdf, type PdfRun as Run } from '../helpers/draw-pdf.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';

const lines = async (runs: readonly Run[]) => (await extractPdfText(await drawPdf(runs), 'layout.pdf')).text.split('\n');

describe('PDF reading order', () => {
  it('reads a left sidebar as its own block, after the column that holds the name', async () => {
    const sidebar: Run[] = [
      { text: 'CONTACT', x: 40, y: 60, size: 11, bold: true },
      { text: 'ana.reyes@example.org', x: 40, y: 80 },
      { text: 'Lisbon, Portugal', x: 40, y: 94 },
      { text: 'SKILLS', x: 40, y: 120, size: 11, bold: true },
      { text: 'Rust, Haskell', x: 40, y: 140 },
    ];
    const main: Run[] = [
      { text: 'Ana Reyes', x: 220, y: 58, size: 20, bold: true },
      { text: 'EXPERIENCE', x: 220, y: 92, size: 11, bold: true },
      { text: 'Platform Engineer', x: 220, y: 112, size: 11, bold: true },
      { text: 'Quarry Labs', x: 220, y: 128 },
      { text: 'Feb 2020 – Present', x: 470, y: 128 },
      { text: 'Ran the build farm for forty teams', x: 232, y: 144 },
      { text: 'Halved the release time', x: 232, y: 158 },
    ];
    // Stored out of order: bullets first, then the dates, then the sidebar, then the rest.
    const stored = [main[5]!, main[6]!, main[4]!, ...sidebar.slice().reverse(), main[0]!, main[3]!, main[2]!, main[1]!];
    expect(await lines(stored)).toEqual([
      'Ana Reyes',
      'EXPERIENCE',
      'Platform Engineer',
      'Quarry Labs\tFeb 2020 – Present',
      'Ran the build farm for forty teams',
      'Halved the release time',
      'CONTACT',
      'ana.reyes@example.org',
      'Lisbon, Portugal',
      'SKILLS',
      'Rust, Haskell',
    ]);
  });

  it('puts a heading set in a left margin on its own line, before the entry beside it', async () => {
    const runs: Run[] = [
      { text: 'Tomas Varga', x: 150, y: 40, size: 22, bold: true },
      { text: 'tomas@example.net', x: 150, y: 70 },
      { text: 'Work', x: 60, y: 110, size: 16, bold: true },
      { text: 'Site Reliability Engineer', x: 150, y: 111, size: 13, bold: true },
      { text: 'Northwind Freight', x: 150, y: 130 },
      { text: 'Mar 2019 – Jan 2023', x: 150, y: 144 },
      { text: 'Cut paging volume by half', x: 160, y: 162 },
      { text: 'Study', x: 60, y: 200, size: 16, bold: true },
      { text: 'Budapest University of Technology', x: 150, y: 201, size: 13, bold: true },
      { text: 'BSc Computer Engineering', x: 150, y: 220 },
    ];
    // Stored by box: the entries, then the bullets, then the margin headings last.
    const stored = [runs[0]!, runs[1]!, runs[3]!, runs[4]!, runs[5]!, runs[8]!, runs[9]!, runs[6]!, runs[7]!, runs[2]!];
    expect(await lines(stored)).toEqual([
      'Tomas Varga',
      'tomas@example.net',
      'Work',
      'Site Reliability Engineer',
      'Northwind Freight',
      'Mar 2019 – Jan 2023',
      'Cut paging volume by half',
      'Study',
      'Budapest University of Technology',
      'BSc Computer Engineering',
    ]);
  });

  it('reads a margin of section names and dates with the entries they face, not as a column after them', async () => {
    const margin: Run[] = [
      { text: 'CONTACT', x: 50, y: 88, size: 9, bold: true },
      { text: 'EXPERIENCE', x: 50, y: 140, bold: true },
      // Pushed a line down by the section name above it, next to the first highlight.
      { text: '2019 TO NOW', x: 50, y: 158, size: 8 },
      { text: '2017 TO 2019', x: 50, y: 197, size: 8 },
      { text: 'STUDY', x: 50, y: 246, bold: true },
      { text: '2013 TO 2016', x: 50, y: 267, size: 8 },
    ];
    const body: Run[] = [
      { text: 'Nora Quist', x: 200, y: 40, size: 18, bold: true },
      { text: 'nora.quist@example.com', x: 200, y: 80 },
      { text: '+44 20 7946 0011', x: 200, y: 96 },
      { text: 'Build Engineer at Harbor Tools', x: 200, y: 140, bold: true },
      { text: 'Rewrote the release scripts in Rust', x: 212, y: 152 },
      { text: 'Kept the nightly build green for a year', x: 212, y: 166 },
      { text: 'Tester at Pebble Games', x: 200, y: 196, bold: true },
      { text: 'Wrote the smoke tests', x: 212, y: 210 },
      { text: 'Lund University', x: 200, y: 246, bold: true },
      { text: 'BSc Computer Science', x: 200, y: 260 },
    ];
    // Stored as Chromium stores a grid: the whole body first, then the margin.
    expect(await lines([...body, ...margin])).toEqual([
      'Nora Quist',
      'CONTACT',
      'nora.quist@example.com',
      '+44 20 7946 0011',
      'EXPERIENCE',
      'Build Engineer at Harbor Tools\t2019 TO NOW',
      'Rewrote the release scripts in Rust',
      'Kept the nightly build green for a year',
      'Tester at Pebble Games\t2017 TO 2019',
      'Wrote the smoke tests',
      'STUDY',
      'Lund University\t2013 TO 2016',
      'BSc Computer Science',
    ]);
  });

  it('keeps a header line that crosses the margin whole, its runs in order', async () => {
    const runs: Run[] = [
      { text: 'Ivo Marsh, Senior', x: 60, y: 40, size: 14, bold: true },
      // A word space after "Senior" (its width is about 115.5 at this size).
      { text: 'Pipe Welder', x: 179, y: 40, size: 14, bold: true },
      { text: 'SUMMARY', x: 60, y: 80, size: 9 },
      { text: 'Certified welder of pressure pipework.', x: 150, y: 80 },
      { text: 'WORK', x: 60, y: 120, size: 9 },
      { text: 'Harbour Yard, Welder', x: 150, y: 120 },
      { text: 'Welded the new dry dock gates', x: 160, y: 134 },
    ];
    const stored = [runs[1]!, ...runs.slice(2), runs[0]!];
    expect(await lines(stored)).toEqual([
      'Ivo Marsh, Senior Pipe Welder',
      'SUMMARY',
      'Certified welder of pressure pipework.',
      'WORK',
      'Harbour Yard, Welder',
      'Welded the new dry dock gates',
    ]);
  });

  it('reads a large name wrapped onto two lines as one line', async () => {
    const runs: Run[] = [
      { text: 'Odile M.', x: 40, y: 40, size: 36, bold: true },
      { text: 'Ferrant', x: 40, y: 80, size: 36, bold: true },
      { text: 'Harbour Pilot', x: 40, y: 130, size: 14 },
      { text: 'Guided 900 vessels a year into a tidal port.', x: 40, y: 160 },
      { text: 'Experience', x: 40, y: 190, size: 12, bold: true },
      { text: 'Port of Saint-Malo', x: 40, y: 210 },
    ];
    expect(await lines(runs)).toEqual([
      'Odile M. Ferrant',
      'Harbour Pilot',
      'Guided 900 vessels a year into a tidal port.',
      'Experience',
      'Port of Saint-Malo',
    ]);
  });

  it('reads a full-width header first, then the main column, then the sidebar under it', async () => {
    const runs: Run[] = [
      { text: 'Lena Brandt — Product Designer', x: 40, y: 40, size: 20, bold: true },
      { text: 'About', x: 40, y: 90, size: 11, bold: true },
      { text: 'Leipzig, Germany', x: 40, y: 108, size: 9 },
      { text: 'lena@example.com', x: 40, y: 122, size: 9 },
      { text: 'Summary', x: 200, y: 90, size: 11, bold: true },
      { text: 'Designer of calm, accessible interfaces.', x: 200, y: 108 },
      { text: 'Experience', x: 200, y: 135, size: 11, bold: true },
      { text: 'Senior Designer', x: 200, y: 153 },
    ];
    const stored = [runs[5]!, runs[7]!, runs[1]!, runs[2]!, runs[3]!, runs[6]!, runs[4]!, runs[0]!];
    expect(await lines(stored)).toEqual([
      'Lena Brandt — Product Designer',
      'Summary',
      'Designer of calm, accessible interfaces.',
      'Experience',
      'Senior Designer',
      'About',
      'Leipzig, Germany',
      'lena@example.com',
    ]);
  });

  it('reads a table of rows with each left cell beside its row, full-width headings and a closing paragraph in place', async () => {
    // A CV's second page set as rows: a narrow left cell (a category or a year) and the entry it
    // faces, rows close together, headings too wide for the left cell, a consent clause last.
    const left: Run[] = [
      { text: 'SKILLS', x: 50, y: 40, size: 11.5, bold: true },
      { text: 'Cloud', x: 50, y: 61 },
      { text: 'Data', x: 50, y: 89.5 },
      // A category wrapped in its narrow cell.
      { text: 'Quality', x: 50, y: 106 },
      { text: 'assurance', x: 50, y: 118 },
      { text: 'Spoken', x: 50, y: 146.5 },
      { text: '2024', x: 50, y: 180, size: 9 },
      { text: '2020', x: 50, y: 199, size: 9 },
      { text: 'PROJECTS', x: 50, y: 222, size: 11.5, bold: true },
      { text: '2022', x: 50, y: 240, size: 9 },
      { text: '2019', x: 50, y: 271, size: 9 },
    ];
    const right: Run[] = [
      { text: 'AWS (Lambda, S3), Terraform, Kubernetes,', x: 135, y: 61 },
      { text: 'Helm', x: 135, y: 73 },
      { text: 'Kafka, Flink, ClickHouse', x: 135, y: 89.5 },
      { text: 'Playwright, k6, contract tests with Pact,', x: 135, y: 106 },
      { text: 'mutation testing', x: 135, y: 118 },
      { text: 'Czech (native), English (C2)', x: 135, y: 146.5 },
      { text: 'AWS Certified Solutions Architect', x: 135, y: 180 },
      { text: 'Certified Kubernetes Administrator', x: 135, y: 199 },
      { text: 'kolejka — a tiny job queue on top of SQLite,', x: 135, y: 240 },
      { text: 'used by two local startups', x: 135, y: 252 },
      { text: 'Tram map — live positions of the city trams', x: 135, y: 271 },
    ];
    const fullWidth: Run[] = [
      { text: 'CERTIFICATIONS AND AWARDS', x: 50, y: 162, size: 11.5, bold: true },
      { text: 'I agree to the processing of my personal data for the purposes of this recruitment process as', x: 50, y: 300, size: 8 },
      // The clause's last line is short enough to fit in the left cells' strip.
      { text: 'required by law.', x: 50, y: 310, size: 8 },
    ];
    // Stored as Chromium stores a grid: the right cells, then the left ones, then the rest.
    expect(await lines([...right, ...left, ...fullWidth])).toEqual([
      'SKILLS',
      'Cloud',
      'AWS (Lambda, S3), Terraform, Kubernetes,',
      'Helm',
      'Data',
      'Kafka, Flink, ClickHouse',
      'Quality assurance',
      'Playwright, k6, contract tests with Pact,',
      'mutation testing',
      'Spoken',
      'Czech (native), English (C2)',
      'CERTIFICATIONS AND AWARDS',
      'AWS Certified Solutions Architect\t2024',
      'Certified Kubernetes Administrator\t2020',
      'PROJECTS',
      'kolejka — a tiny job queue on top of SQLite,\t2022',
      'used by two local startups',
      'Tram map — live positions of the city trams\t2019',
      'I agree to the processing of my personal data for the purposes of this recruitment process as',
      'required by law.',
    ]);
  });

  it('still reads a sidebar of short words at the body line spacing as its own block', async () => {
    // Its lines line up with lines inside the paragraphs beside it, not with the paragraphs' first lines.
    const sidebar: Run[] = ['SKILLS', 'Rust', 'Go', 'Kotlin', 'Terraform', 'Docker'].map((text, index) => ({ text, x: 40, y: 100 + 12 * index }));
    const main: Run[] = [
      { text: 'Built the billing service that', x: 160, y: 100 },
      { text: 'charges two million cards a month', x: 160, y: 112 },
      { text: 'and the retry queue behind it.', x: 160, y: 124 },
      { text: 'Moved the team from Jenkins', x: 160, y: 148 },
      { text: 'to GitHub Actions in six weeks', x: 160, y: 160 },
    ];
    expect(await lines([...main, ...sidebar])).toEqual([
      'Built the billing service that',
      'charges two million cards a month',
      'and the retry queue behind it.',
      'Moved the team from Jenkins',
      'to GitHub Actions in six weeks',
      'SKILLS',
      'Rust',
      'Go',
      'Kotlin',
      'Terraform',
      'Docker',
    ]);
  });

  it('joins runs of one line by their gaps: nothing inside a word, a space between words', async () => {
    // A ligature drawn as its own run ("fl") touches its neighbours; a word gap does not.
    const runs: Run[] = [
      { text: 'Moved jobs from Air', x: 50, y: 50 },
      { text: 'ow to dbt', x: 146, y: 50 },
      { text: 'fl', x: 140, y: 50 },
    ];
    const [line] = await lines(runs);
    expect(line).toMatch(/^Moved jobs from Air ?fl ?ow to dbt$/);
  });

  it('keeps tags set apart by their margins apart, and words apart by a space together', async () => {
    const measure = new PDFDocument({ margin: 0, size: 'A4' }).font('Helvetica').fontSize(10);
    const row = (texts: readonly string[], y: number, gap: number): Run[] => {
      let x = 50;
      return texts.map((text) => {
        const run = { text, x, y };
        x += measure.widthOfString(text) + gap;
        return run;
      });
    };
    // A tag's padding leaves about two thirds of the font size between tags; a word space about a quarter.
    const tags = row(['HACCP', 'Sous vide', 'Menu costing'], 70, 7);
    const words = row(['Kitchen', 'skills', 'from the pass to the costing sheet'], 50, 2.5);
    expect(await lines([...tags, ...words])).toEqual(['Kitchen skills from the pass to the costing sheet', 'HACCP\tSous vide\tMenu costing']);
  });

  it('keeps the words of a tag together when the tags widen their word spacing past a tab stop', async () => {
    const measure = new PDFDocument({ margin: 0, size: 'A4' }).font('Helvetica').fontSize(10);
    // Each word its own run, as Chromium stores text with a wide word-spacing: 0.7 of the font
    // size between the words of one tag, 1.1 between tags.
    const chips = (tags: readonly string[][], y: number): Run[] => {
      let x = 50;
      return tags.flatMap((words) => {
        const runs = words.map((text, index) => {
          if (index > 0) x += 7;
          const run = { text, x, y };
          x += measure.widthOfString(text);
          return run;
        });
        x += 11;
        return runs;
      });
    };
    const row = chips([['Cold', 'chain'], ['Forklift'], ['Route', 'planning', 'tools'], ['SAP']], 50);
    // A grid's cells leave gaps of every width: they stay apart.
    const grid = [
      { text: 'Kanban', x: 50, y: 90 },
      { text: 'Lean', x: 50 + measure.widthOfString('Kanban') + 7, y: 90 },
      { text: 'Six Sigma', x: 160, y: 90 },
      { text: 'Gemba', x: 260, y: 90 },
    ];
    // Lines across the page, so that the gaps do not line up into columns.
    const prose = (text: string, y: number): Run => ({ text, x: 50, y });
    const page = [
      prose('Planner who keeps forty trucks a day moving through three depots', 30),
      ...row,
      prose('Certified in warehouse safety and the handling of dangerous goods', 70),
      ...grid,
      prose('Happy to travel between the depots and the head office each week', 110),
    ];
    expect(await lines(page)).toEqual([
      'Planner who keeps forty trucks a day moving through three depots',
      'Cold chain\tForklift\tRoute planning tools\tSAP',
      'Certified in warehouse safety and the handling of dangerous goods',
      'Kanban\tLean\tSix Sigma\tGemba',
      'Happy to travel between the depots and the head office each week',
    ]);
  });
});
