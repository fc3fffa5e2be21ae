/**
 * A date range wrapped in a narrow right-hand cell: the end's year, or the whole end, lands
 * beside the next line ("Coursera | Jan 2021 - Apr" / "Professional Certificate in Data | 2021").
 * Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { rejoinDateCells } from '../../src/resume/sections/rejoin-date-cells.ts';
import { toResumeLines as resumeLines } from '../../src/resume/sections/resume-lines.ts';

const toResumeLines = (text: string) => rejoinDateCells(resumeLines(text));

describe('a date range wrapped in its cell', () => {
  it('gets its end back, and the line below loses it', () => {
    const lines = toResumeLines(['Quillfern Academy\tJan 2021 - Apr', 'Certificate in Data\t2021', 'Harbour College\tSep 2011 -', 'Bachelor of Arts in\tJun 2015', 'History'].join('\n'));
    expect(lines.map((line) => line.text)).toEqual([
      'Quillfern Academy | Jan 2021 - Apr 2021',
      'Certificate in Data',
      'Harbour College | Sep 2011 - Jun 2015',
      'Bachelor of Arts in',
      'History',
    ]);
  });

  it('takes a line that held only the end away, without leaving a blank line', () => {
    expect(toResumeLines('Harbour College | 2011 -\nPresent\nBachelor of Arts').map((line) => line.text)).toEqual(['Harbour College | 2011 - Present', 'Bachelor of Arts']);
  });

  it('gives a name that wrapped beside the dates its rest back, but never a degree or a title', () => {
    expect(toResumeLines('Harbour Institute of Marine | Jun 2019 - Apr\n2021\nSciences\nMSc in Ecology').map((line) => line.text)).toEqual([
      'Harbour Institute of Marine Sciences | Jun 2019 - Apr 2021',
      'MSc in Ecology',
    ]);
    expect(toResumeLines('Quillfern Labs | Feb 2018 - May\n2022\nPlatform Lead').map((line) => line.text)).toEqual(['Quillfern Labs | Feb 2018 - May 2022', 'Platform Lead']);
  });

  it('leaves a finished range and a year that begins a line alone', () => {
    const text = 'Quillfern Academy | Jan 2021 - Apr 2022\nCertificate in Data | 2021\nMorrow Freight | 2019 - 2020\n2021 | Harbour prize';
    expect(toResumeLines(text).map((line) => line.text)).toEqual(text.split('\n'));
  });

  it('reads the schools and jobs with their dates', () => {
    const resume = parseSections(
      [
        'Ines Varga',
        'Experience',
        'Quillfern Labs\tFeb 2018 - May',
        'Platform Lead\t2022',
        'Education',
        'Harbour College\tSep 2011 -',
        'Bachelor of Arts in History\tJun 2015',
      ].join('\n'),
    );
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([['Quillfern Labs', 'Platform Lead', '2018-02', '2022-05']]);
    expect(resume.education?.map((school) => [school.institution, school.studyType, school.area, school.startDate, school.endDate])).toEqual([
      ['Harbour College', 'Bachelor of Arts', 'History', '2011-09', '2015-06'],
    ]);
  });
});
