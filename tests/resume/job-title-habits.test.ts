/**
 * How job titles and employers are written, and how the reader tells them apart: a firm whose
 * name ends in its trade ("…, Chartered Accountants"), titles with commas, ampersands and
 * grades, several roles at one employer. Every resume here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const read = (lines: string[]) => parseSections(['Ines Varga', 'Experience', ...lines].join('\n'));
const jobs = (lines: string[]) => (read(lines).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('a firm whose name ends in its trade, in the plural', () => {
  it('keeps the trade with the firm when the title has a line of its own', () => {
    expect(jobs(['Junior Architect', 'Halden Voss Ltd, Chartered Architects', 'Mar 2018 – Jun 2020', '• Drew the planning set for a school'])).toEqual([
      ['Halden Voss Ltd, Chartered Architects', 'Junior Architect', '2018-03', '2020-06'],
    ]);
  });

  it('keeps it with the firm on one line after the title', () => {
    expect(jobs(['Trainee Attorney, Mori & Sato LLP, Patent Attorneys', 'Sep 2016 – Aug 2018', '• Drafted forty filings'])).toEqual([
      ['Mori & Sato LLP, Patent Attorneys', 'Trainee Attorney', '2016-09', '2018-08'],
    ]);
  });
});
