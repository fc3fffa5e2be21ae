// Regression tests for the session 37 trial (issue 13): a maths teacher moving into data
// analysis. A PGCE "met" "PhD or MSc in Computer Science" (a teaching certificate is not a
// master's, and the display dropped "PhD or"); "A 2:1 degree or above in a numerate subject
// (maths, statistics, economics)" became a missing skill "Statistics" for a maths graduate.
// Each class on people and postings written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, type MatchResult } from '../../src/resume/match.ts';

const now = new Date('2026-12-05T00:00:00Z');

const person = (education: NonNullable<JsonResume['education']>, skills: string[] = ['SQL', 'Tableau', 'Excel']): JsonResume => ({
  basics: { name: 'Ama Boateng', label: 'Teacher' },
  work: [{ name: 'Hollins Academy', position: 'Teacher of Mathematics', startDate: '2018-09', highlights: ['Built attendance dashboards in Tableau'] }],
  education,
  skills: [{ name: 'Data', keywords: skills }],
});
const mathsGraduate = person([
  { institution: 'University of Leeds', studyType: 'BSc', area: 'Mathematics', score: '2:1' },
  { institution: 'Manchester Metropolitan University', studyType: 'PGCE', area: 'Secondary Mathematics (QTS)' },
]);

const education = (result: MatchResult) => result.conditions.filter((condition) => condition.kind === 'education');
const match = (resume: JsonResume, description: string, title = 'Data Analyst') => analyzeMatch({ resume, posting: { title, description }, now });

describe('a degree asked at a level is met by a degree at that level or above, never by a certificate', () => {
  it.each([
    ['PhD or MSc in Computer Science or related field.', mathsGraduate, null],
    ['PhD or MSc in Computer Science or related field.', person([{ institution: 'University of York', studyType: 'MSc', area: 'Statistics' }]), 'MSc — Statistics — University of York'],
    ["Master's degree in Education or similar.", person([{ institution: 'Open University', studyType: 'Postgraduate Certificate in Education', area: 'Education' }]), null],
    ['Degree in Mathematics or related field.', person([{ institution: 'Trinity College Dublin', studyType: 'PhD', area: 'Applied Mathematics' }]), 'PhD — Applied Mathematics — Trinity College Dublin'],
    ['Degree in chemistry required.', person([{ institution: 'University of Porto', area: 'Chemistry' }]), 'Chemistry — University of Porto'],
  ])('%s', (line, resume, shownBy) => {
    const [asked] = education(match(resume, `Requirements:\n${line}`));
    expect(asked?.requirement).toBe(line.replace(/^(?:an?\s+)/i, '').replace(/\s+(?:required|preferred)?\.$/, '').replace(/\.$/, ''));
    expect(asked?.shownBy ?? null).toBe(shownBy);
  });
});

describe("a degree line's subject list names the subjects that meet it, and its class is compared when the resume states one", () => {
  const line = 'A 2:1 degree or above in a numerate subject (maths, statistics, economics).';
  it('a maths graduate with a 2:1 meets it, and no subject in it is a missing skill', () => {
    const result = match(mathsGraduate, `Requirements:\n${line}\nSQL and Tableau.`, 'Graduate Data Analyst');
    expect(education(result)).toMatchObject([{ requirement: '2:1 degree or above in a numerate subject (maths, statistics, economics)', shownBy: 'BSc — Mathematics — University of Leeds' }]);
    expect(result.missing).not.toContain('Statistics');
  });

  it.each([
    ['2:2', null],
    ['First Class Honours', 'BSc — Economics — University of Hull'],
    [undefined, 'BSc — Economics — University of Hull'],
  ])('an economics graduate with %s', (score, shownBy) => {
    const resume = person([{ institution: 'University of Hull', studyType: 'BSc', area: 'Economics', ...(score ? { score } : {}) }]);
    expect(education(match(resume, `Requirements:\n${line}`))[0]?.shownBy ?? null).toBe(shownBy);
  });

  it('a degree in an unrelated subject does not meet it', () => {
    const resume = person([{ institution: 'University of Kent', studyType: 'BA', area: 'History', score: '2:1' }]);
    expect(education(match(resume, `Requirements:\n${line}`))[0]?.shownBy ?? null).toBeNull();
  });
});
