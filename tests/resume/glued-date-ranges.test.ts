/**
 * Date ranges whose two ends (and the name beside them) a theme set apart only by its style sheet,
 * run together in the DOCX a word processor saves (issue 13, session 38). Every resume here is
 * written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { separateGluedDates } from '../../src/resume/sections/separate-glued-dates.ts';

const line = (text: string) => ({ text, bullet: false, markdownHeading: false });
const parted = (text: string) => separateGluedDates([line(text)])[0]?.text;

describe('a range run together', () => {
  it('gets a dash between its ends and a space before it', () => {
    expect(parted('March 2020Present')).toBe('March 2020 – Present');
    expect(parted('February 2016November 2019')).toBe('February 2016 – November 2019');
    expect(parted('Marine BiologySeptember 2012June 2015')).toBe('Marine Biology September 2012 – June 2015');
    expect(parted('March 2020 | Present')).toBe('March 2020 – Present');
  });

  it('leaves years and months that are no range alone', () => {
    for (const text of ['Opened the second site in 2019 May', 'ISO 9001:2015 Mar', 'Jan 2020 - Mar 2022', 'Pellworth | 2019 | 2021', 'Sep 2012 - Jun 2015 | Sep 2015 - Jun 2017', 'presentations since 2020present']) {
      expect(parted(text)).toBe(text);
    }
  });

  it('dates a job whose title and employer stand on lines of their own', () => {
    const resume = parseSections(
      ['Wiremu Parata', 'Work Experience', 'Fisheries Observer', 'March 2020Present', 'Tasman Marine Survey Ltd', '• Logged catch on forty trips', 'Deckhand', 'February 2016November 2019', 'Kaikōura Charters Ltd', '• Crewed whale-watching trips'].join('\n'),
    );
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Tasman Marine Survey Ltd', 'Fisheries Observer', '2020-03', undefined],
      ['Kaikōura Charters Ltd', 'Deckhand', '2016-02', '2019-11'],
    ]);
  });
});

describe('a title and its employer a space apart, set apart only by a style sheet', () => {
  const jobs = (lines: string[]) =>
    (parseSections(['Wiremu Parata', 'Work Experience', ...lines].join('\n')).work ?? []).map((job) => [job.position, job.name]);

  it('is the title, then the employer', () => {
    expect(jobs(['Survey Technician Tasman Marine Survey Ltd', 'Mar 2020 - Now', '• Logged catch on forty trips'])).toEqual([
      ['Survey Technician', 'Tasman Marine Survey Ltd'],
    ]);
  });

  it('keeps a title whose last words are no organisation whole', () => {
    expect(jobs(['Kaikōura Charters', 'Senior Deckhand Whale Watch', 'Feb 2016 - Nov 2019', '• Crewed trips']).map((job) => job[0])).not.toContain('Senior Deckhand');
  });
});
