/**
 * A school's name printed after its degree ("MBA at …") with the dates on the right, wrapped at a
 * joining word so the rest of the name lands under the dates; and a school named with its country or
 * town and its initials after a comma ("…, Erewhon (IAE)"). Every resume here is written for the test;
 * none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { joinSchoolCutBeforeDates } from '../../src/resume/sections/school-cut-before-dates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { buildResumeDocx } from './build-resume-documents.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area, school.startDate, school.endDate]);
const schools = (lines: string[]) => rows(parseSections(['Ada Quill', 'ada.quill@example.org', 'Education', ...lines].join('\n')).education);

describe('a school cut at a joining word beside its dates', () => {
  const lines = [
    'MBA Finance at Northmoor University of Science and\tJan 2022 - Current',
    'Technology (NUST), Kestrel',
    'Chartered Accountant (CA) Accounting at Institute of\tNov 2016 - Jun 2019',
    'Certified Accountants, Erewhon (IAE)',
  ];

  it('reads the rest of the name under the dates as the end of the school', () => {
    expect(schools(lines)).toEqual([
      ['Northmoor University of Science and Technology (NUST), Kestrel', 'MBA', 'Finance', '2022-01', undefined],
      ['Institute of Certified Accountants, Erewhon (IAE)', 'Chartered Accountant (CA)', 'Accounting', '2016-11', '2019-06'],
    ]);
  });

  it('moves the rest of the name in front of the dates, the separator kept', () => {
    const joined = joinSchoolCutBeforeDates(toResumeLines('BSc at College of\tSep 2010 - Jun 2014\nArts and Crafts'));
    // The lines read a tab as a bar.
    expect(joined.map((line) => line.text)).toEqual(['BSc at College of Arts and Crafts | Sep 2010 - Jun 2014']);
  });

  it('leaves a name that ends whole, a second degree and a bullet under the dates alone', () => {
    const text = [
      'BSc at Kestrel College\tSep 2010 - Jun 2014',
      'Thesis on tidal power',
      'MSc at Institute of\tSep 2015 - Jun 2016',
      'BA History, 2009',
      'Diploma at School of\t2008 - 2009',
      '• Led the debating club',
    ].join('\n');
    expect(joinSchoolCutBeforeDates(toResumeLines(text)).map((line) => line.text)).toEqual(text.split('\n').map((line) => line.replace(/^• /, '').replace('\t', ' | ')));
  });

  it('reads the same entries from a DOCX typed with tabs', async () => {
    const docx = await buildResumeDocx([
      { text: 'Ada Quill', kind: 'name' },
      { text: 'ada.quill@example.org' },
      { text: 'Education', kind: 'heading' },
      ...lines.map((text) => ({ text })),
    ]);
    expect(rows((await parseResumeBytes(docx, 'ada.docx')).resume.education).map((row) => row[0])).toEqual([
      'Northmoor University of Science and Technology (NUST), Kestrel',
      'Institute of Certified Accountants, Erewhon (IAE)',
    ]);
  });
});

describe('a country or town with the school\'s initials after a comma', () => {
  it.each([
    ['Institute of Certified Accountants, Erewhon (IAE) | Chartered Accountant (CA), Accounting | 2016 - 2019', 'Institute of Certified Accountants, Erewhon (IAE)'],
    ['Kestrel Polytechnic, Northmoor (KPN) | HND, Surveying | 2010 - 2012', 'Kestrel Polytechnic, Northmoor (KPN)'],
  ])('%s', (line, institution) => {
    expect(schools([line])[0]?.[0]).toBe(institution);
  });

  it('still reads a field after the school as the field', () => {
    expect(schools(['Kestrel Polytechnic, Surveying (HND), 2010 - 2012'])[0]?.[0]).toBe('Kestrel Polytechnic');
  });
});
