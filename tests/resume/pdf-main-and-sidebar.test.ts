/**
 * A page with a wide main column and a narrow sidebar of small lines on its right (contact,
 * skill groups one keyword a line, schools), a name in display type over both, and each job's
 * highlights set in two columns under its title and dates. The sidebar's lines fall on the main
 * column's baselines only by chance; the main column is never read as labels for them.
 */
import { describe, expect, it } from 'vitest';
import { drawPdf, type PdfRun as Run } from '../helpers/draw-pdf.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';

const lines = async (runs: readonly Run[]) => (await extractPdfText(await drawPdf(runs, { defaultSize: 8 }), 'page.pdf')).text.split('\n');

const header: Run[] = [
  { text: 'Ines Marlow', x: 30, y: 30, size: 34 },
  { text: '+44 20 7946 0321', x: 470, y: 32 },
  { text: 'ines@marlow.example', x: 470, y: 46 },
  { text: 'Bristol, UK', x: 470, y: 60 },
  { text: 'Data Engineer', x: 30, y: 72, size: 18 },
];

const sidebar: Run[] = [
  { text: 'Skills', x: 470, y: 128, size: 13 },
  { text: 'Languages', x: 470, y: 150, size: 10 },
  { text: 'Python', x: 470, y: 163 },
  { text: 'SQL', x: 470, y: 173 },
  { text: 'Scala', x: 470, y: 183 },
  { text: 'Platforms', x: 470, y: 200, size: 10 },
  { text: 'Airflow', x: 470, y: 213 },
  { text: 'Kafka', x: 470, y: 223 },
  { text: 'Spark', x: 470, y: 233 },
  { text: 'Practices', x: 470, y: 250, size: 10 },
  { text: 'Data modelling', x: 470, y: 263 },
  { text: 'Code review', x: 470, y: 273 },
  { text: 'Education', x: 470, y: 300, size: 13 },
  { text: 'BSc, Mathematics', x: 470, y: 320 },
  { text: 'University of Leeds', x: 470, y: 330 },
];

describe('a main column beside a narrow sidebar of small lines', () => {
  it('reads the main column, then the sidebar, each as a block, the contact beside the name first', async () => {
    const main: Run[] = [
      { text: 'Builds batch and streaming pipelines that analysts trust.', x: 30, y: 102 },
      { text: 'Experience', x: 30, y: 128, size: 13 },
      { text: 'Senior Data Engineer', x: 30, y: 150, size: 10 },
      { text: 'Cobalt Freight · Jun 2021 - Present', x: 30, y: 163, size: 9 },
      { text: '· Moved nightly loads to incremental merges', x: 32, y: 181 },
      { text: '· Wrote the on-call guide for the data team', x: 32, y: 196 },
      { text: 'Data Engineer', x: 30, y: 222, size: 10 },
      { text: 'Tidewater Bank · Mar 2018 - May 2021', x: 30, y: 235, size: 9 },
      { text: '· Built the ledger extract in Spark', x: 32, y: 253 },
    ];
    expect(await lines([...sidebar, ...main, ...header])).toEqual([
      'Ines Marlow',
      'Data Engineer',
      '+44 20 7946 0321',
      'ines@marlow.example',
      'Bristol, UK',
      'Builds batch and streaming pipelines that analysts trust.',
      'Experience',
      'Senior Data Engineer',
      'Cobalt Freight · Jun 2021 - Present',
      '· Moved nightly loads to incremental merges',
      '· Wrote the on-call guide for the data team',
      'Data Engineer',
      'Tidewater Bank · Mar 2018 - May 2021',
      '· Built the ledger extract in Spark',
      'Skills',
      'Languages',
      'Python',
      'SQL',
      'Scala',
      'Platforms',
      'Airflow',
      'Kafka',
      'Spark',
      'Practices',
      'Data modelling',
      'Code review',
      'Education',
      'BSc, Mathematics',
      'University of Leeds',
    ]);
  });

  it('keeps each title with its dates when the highlights under it run in two columns', async () => {
    const main: Run[] = [
      { text: 'Builds batch and streaming pipelines', x: 30, y: 102 },
      { text: 'that analysts trust.', x: 30, y: 112 },
      { text: 'Experience', x: 30, y: 128, size: 13 },
      { text: 'Senior Data Engineer', x: 30, y: 150, size: 10 },
      { text: 'Jun 2021 - Present', x: 312, y: 151 },
      { text: 'Cobalt Freight', x: 30, y: 163, size: 9 },
      { text: '· Moved nightly loads to', x: 32, y: 181 },
      { text: 'incremental merges', x: 32, y: 191 },
      { text: '· Wrote the on-call guide for the', x: 206, y: 181 },
      { text: 'data team and its analysts', x: 206, y: 191 },
      { text: 'Data Engineer', x: 30, y: 222, size: 10 },
      { text: 'Mar 2018 - May 2021', x: 304, y: 223 },
      { text: 'Tidewater Bank', x: 30, y: 235, size: 9 },
      { text: '· Built the ledger', x: 32, y: 253 },
      { text: 'extract in Spark', x: 32, y: 263 },
      { text: '· Ran the Airflow upgrade for', x: 206, y: 253 },
      { text: 'the finance pipelines', x: 206, y: 263 },
    ];
    const read = await lines([...sidebar, ...main, ...header]);
    expect(read.slice(0, read.indexOf('Skills'))).toEqual([
      'Ines Marlow',
      'Data Engineer',
      '+44 20 7946 0321',
      'ines@marlow.example',
      'Bristol, UK',
      'Builds batch and streaming pipelines',
      'that analysts trust.',
      'Experience',
      'Senior Data Engineer\tJun 2021 - Present',
      'Cobalt Freight',
      '· Moved nightly loads to',
      'incremental merges',
      '· Wrote the on-call guide for the',
      'data team and its analysts',
      'Data Engineer\tMar 2018 - May 2021',
      'Tidewater Bank',
      '· Built the ledger',
      'extract in Spark',
      '· Ran the Airflow upgrade for',
      'the finance pipelines',
    ]);
  });

  it('keeps a line whole when a ligature of it straddles the gap between highlight columns', async () => {
    const main: Run[] = [
      { text: 'Experience', x: 30, y: 128, size: 13 },
      { text: 'Moves all data pipelines from nightly batches to', x: 30, y: 142 },
      { text: 'fi', x: 200, y: 142 },
      { text: 've-minute merges.', x: 204, y: 142 },
      { text: 'Senior Data Engineer', x: 30, y: 160, size: 10 },
      { text: 'Jun 2021 - Present', x: 312, y: 161 },
      { text: 'Cobalt Freight', x: 30, y: 173, size: 9 },
      { text: '· Moved nightly loads to', x: 32, y: 191 },
      { text: 'incremental merges', x: 32, y: 201 },
      { text: '· Wrote the on-call guide for the', x: 206, y: 191 },
      { text: 'data team and its analysts', x: 206, y: 201 },
    ];
    const read = await lines([...sidebar, ...main, ...header]);
    expect(read).toContain('Moves all data pipelines from nightly batches to five-minute merges.');
    expect(read).toContain('Senior Data Engineer\tJun 2021 - Present');
  });
});
