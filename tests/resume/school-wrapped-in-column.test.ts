/**
 * A school's name that a narrow column (a sidebar, a theme's left cell) wrapped onto a second line
 * is one school: the line broke where the next word would not fit. A field's last line over a school
 * stays the field. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Ines Varga', 'ines.varga@example.com', 'Education', ...lines].join('\n')).education);

describe('a school name wrapped in a narrow column', () => {
  it('joins a place wrapped above the rest of the name, the degree above', () => {
    expect(
      schools([
        'Diploma, Health and Social',
        'Care',
        'Northern Kestrel Valley',
        'Community College',
        'Sep 2015 – Jun 2017',
        'Certificate, Joinery',
        'Upper Harwick Masons',
        'Training Centre',
        '2012 – 2014',
      ]),
    ).toEqual([
      ['Northern Kestrel Valley Community College', 'Diploma', 'Health and Social Care'],
      ['Upper Harwick Masons Training Centre', 'Certificate', 'Joinery'],
    ]);
  });

  it('joins the school word wrapped after the name, the degree below', () => {
    expect(
      schools([
        'Brackwater Road Career and Technology',
        'Center',
        'Certificate in Building Construction',
        'Jan 2007 – Jan 2010',
        '',
        'Fennick County Bricklayers Training',
        'Center',
        'Apprenticeship in Masonry',
        'Jan 2010 – Jan 2013',
      ]),
    ).toEqual([
      ['Brackwater Road Career and Technology Center', 'Certificate', 'Building Construction'],
      ['Fennick County Bricklayers Training Center', 'Apprenticeship', 'Masonry'],
    ]);
  });

  it('joins a school name cut before its own school word or its letters', () => {
    expect(
      schools([
        'BSc, Accounting and Finance',
        'University of Eastmoor Business',
        'School, Harwick',
        'Aug 2012 – Jun 2016',
        'Chartered Accountant (CA),',
        'Accounting',
        'Institute of Certified',
        'Auditors, Ruritania (ICAR)',
        'Nov 2016 – Jun 2019',
      ]),
    ).toEqual([
      ['University of Eastmoor Business School, Harwick', 'BSc', 'Accounting and Finance'],
      ['Institute of Certified Auditors, Ruritania (ICAR)', 'Chartered Accountant (CA)', 'Accounting'],
    ]);
  });

  it('keeps a field and the school under it apart', () => {
    expect(schools(['Bachelor of Science,', 'Computer Science and Design', 'Stanford University', '2010 – 2014'])).toEqual([
      ['Stanford University', 'Bachelor of Science', 'Computer Science and Design'],
    ]);
  });
});
