// Regression tests for the session 37 trial (issue 13, findings 27 and 38): "Advanced Excel and
// SQL" counted SQL only (Excel, an ordinary word as well as a tool, needs context, and a level
// before it is context); "Stakeholder management" against a resume's "stakeholder communication"
// was advised as a gap to fill ("add it to your skills"), not said to be a partial match.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';

const now = new Date('2026-12-05T00:00:00Z');
const resume = (skills: string[], highlights: string[] = ['Pastoral lead for 210 pupils and 8 form tutors']): JsonResume => ({
  basics: { name: 'Kofi Asante', label: 'Teacher' },
  work: [{ name: 'Moss Side Academy', position: 'Teacher of Mathematics', startDate: '2017-09', highlights }],
  skills: [{ name: 'Skills', keywords: skills }],
});
const match = (person: JsonResume, requirements: string) => analyzeMatch({ resume: person, posting: { title: 'Data Analyst', description: `Requirements:\n${requirements}` }, now });

describe('a level of skill before a tool is context for it', () => {
  it.each([
    ['Advanced Excel and SQL', ['Excel', 'SQL']],
    ['Strong R and Python', ['R', 'Python']],
    ['Expert Swift, some Kotlin', ['Swift', 'Kotlin']],
  ])('%s', (line, skills) => {
    const result = match(resume(['Excel (pivot tables, Power Query)', 'SQL', 'R', 'Python', 'Swift', 'Kotlin']), line);
    expect(result.matched).toEqual(expect.arrayContaining(skills));
    expect(result.missing).toEqual([]);
  });

  it('still reads the verb as a verb', () => {
    const result = match(resume(['SQL', 'Excel']), 'SQL. We want people who excel at explaining numbers.');
    expect(result.matched).toEqual(['SQL']);
  });
});

describe('a requirement the resume shows part of, in its own words, is a partial match', () => {
  it.each([
    ['Stakeholder management', ['SQL', 'stakeholder communication'], 'stakeholder communication'],
    ['Incident management', ['SQL'], 'incident reporting', ['Ran incident reporting for the school trips office']],
  ])('%s', (line, skills, shownAs, highlights?: string[]) => {
    const result = match(resume(skills, highlights), `SQL\n${line}`);
    expect(result.breakdown.skills.partial).toEqual([{ requirement: expect.stringMatching(/management/i), shownAs: expect.stringMatching(new RegExp(shownAs, 'i')), optional: false }]);
    expect(result.advice[0]).toMatch(/a partial match/);
    expect(result.advice.join(' ')).not.toMatch(/add it to your skills/);
    // Half met: between the score with it and the score without it.
    const none = match(resume(['SQL'], ['Taught maths']), `SQL\n${line}`).score;
    const full = match(resume(['SQL', line]), `SQL\n${line}`).score;
    expect(result.score).toBeGreaterThan(none);
    expect(result.score).toBeLessThan(full);
  });

  it('is not claimed for a broad object ("data analysis" is not part of Data Management) or for unrelated words', () => {
    expect(match(resume(['SQL', 'data analysis']), 'SQL\nData management').breakdown.skills.partial).toEqual([]);
    expect(match(resume(['SQL'], ['Met stakeholders weekly']), 'SQL\nStakeholder management').breakdown.skills.partial).toEqual([]);
  });
});
