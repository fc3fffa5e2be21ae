/**
 * Fields of study written as people write them and the reader once cut: a field named as a list
 * ("Structural Engineering, Mechanics and Materials") that goes on after its comma up to its "and",
 * and a professional title with its branch in small letters after the degree ("Master, Ingénieur civil
 * des constructions"), which names what was studied rather than a second degree. Every resume here is
 * written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Ana Ruiz', 'ana@example.com', 'Education', ...lines].join('\n')).education);

describe('a field named as a list', () => {
  const field = 'Coastal Engineering, Hydraulics and Sediments';
  it.each([
    [['University of Harwick', `M.S., ${field}, August 2016 – May 2017`]],
    [[`### M.S. in ${field} — University of Harwick`, '*Aug 2016 – May 2017*']],
    [[`**University of Harwick** | M.S., ${field} | 08/2016 - 05/2017`]],
  ])('goes on after its comma up to its "and" (%j)', (lines) => {
    expect(schools(lines)).toEqual([['University of Harwick', 'M.S.', field]]);
  });

  it('does not take a school after the field for part of it', () => {
    expect(schools(['BSc, Computer Science, Stanford University', '2012 - 2015'])).toEqual([['Stanford University', 'BSc', 'Computer Science']]);
  });
});

describe('a professional title after the degree', () => {
  it('is the field when its branch follows in small letters', () => {
    expect(schools(['**Université de Nordville** | Master, Ingénieur civil des constructions | 09/2011 - 06/2016'])).toEqual([
      ['Université de Nordville', 'Master', 'Ingénieur civil des constructions'],
    ]);
  });
});
