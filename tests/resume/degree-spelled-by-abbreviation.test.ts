/**
 * A degree named by a degree word and the words after it, up to its abbreviation in brackets that spells
 * them all ("Baccalauréat en administration des affaires (B.A.A.)"): the whole is the degree, and only what
 * follows it is the field. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { matchDegree } from '../../src/resume/sections/degree-pattern.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Aline Roy', 'aline@example.ca', 'Education', ...lines].join('\n')).education);

describe('a degree whose abbreviation spells the words after it', () => {
  it.each([
    ['Baccalauréat en administration des affaires (B.A.A.) in Finance', 'Baccalauréat en administration des affaires (B.A.A.)'],
    ['Bachelor of Science in Nursing (BSN)', 'Bachelor of Science in Nursing (BSN)'],
  ])('is one degree in %s', (line, degree) => {
    expect(matchDegree(line)?.[0]).toBe(degree);
  });

  it('leaves a field whose letters the abbreviation does not spell to the field', () => {
    expect(matchDegree('Bachelor of Science in Computer Science (BSc)')?.[0]).toBe('Bachelor of Science');
  });

  it('reads the field after the abbreviation, in the layouts themes print', () => {
    const degree = 'Baccalauréat en administration des affaires (B.A.A.)';
    expect(schools(['HEC Nordville', `${degree} in Finance`, '2012 - 2015'])).toEqual([['HEC Nordville', degree, 'Finance']]);
    expect(schools(['HEC Nordville | 2012 - 2015', `${degree} - Finance`])).toEqual([['HEC Nordville', degree, 'Finance']]);
    expect(schools(['HEC Nordville', `${degree}: Finance`, '2012 - 2015'])).toEqual([['HEC Nordville', degree, 'Finance']]);
  });
});
