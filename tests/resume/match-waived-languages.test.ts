// Regression tests for the session 46 trial (issue 13, finding 36): a posting's sentence that
// waives a language ("… is not required") was read as asking for it, in the fit score and in the
// answer to "does it need …?", which quoted the very sentence that waives it. Postings written
// for this file.
import { describe, expect, it } from 'vitest';
import { languagesAnswer } from '../../src/actions/answer-about-job/asked.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { waivedLanguages } from '../../src/resume/match/posting-conditions.ts';

const now = new Date('2026-12-05T00:00:00Z');
const resume: JsonResume = {
  basics: { name: 'Tarik Osei', label: 'Test Engineer' },
  work: [{ name: 'Lumen Cells', position: 'Test Engineer', startDate: '2020-01', highlights: ['Ran cell cycling tests in LabVIEW'] }],
  languages: [{ language: 'English', fluency: 'Native' }],
  skills: [{ name: 'Tools', keywords: ['LabVIEW', 'Python'] }],
};

describe('a language a sentence waives is not asked', () => {
  it.each([
    ['Norwegian is not required.', ['Norwegian']],
    ['No Finnish needed, we work in English.', ['Finnish']],
    ['Keine Deutschkenntnisse erforderlich.', ['German']],
    ['Polish not necessary', ['Polish']],
    ["You don't need to speak Danish", ['Danish']],
    ['Fluent English required; Dutch is not a requirement', ['Dutch']],
    ['Fluent Dutch required', []],
    ['Dutch is required, French is not necessary', ['French']],
  ])('%s', (sentence, waived) => {
    expect(waivedLanguages(sentence)).toEqual(waived);
  });

  it('the fit score does not count a waived language as missing, and still counts the one asked', () => {
    const result = analyzeMatch({
      resume,
      posting: { title: 'Cell Test Engineer', description: 'Requirements:\n- LabVIEW and Python\n- Norwegian is not required\n- Fluent Danish required' },
      now,
    });
    const languages = result.conditions.filter((condition) => condition.kind === 'language').map((condition) => condition.requirement);
    expect(languages).toEqual(['Danish (fluent)']);
  });

  it('"does it need …?" answers that it does not, quoting the sentence that says so', () => {
    const job = { title: 'Cell Test Engineer', company: 'Fjordvolt', description: 'Requirements:\n- LabVIEW and Python\n- Good English.\n- Norwegian is not required.' };
    const answer = languagesAnswer(job, 'Cell Test Engineer at Fjordvolt', ['English']);
    expect(answer).not.toMatch(/requires[^.]*Norwegian/);
    expect(answer).not.toMatch(/doesn't list Norwegian/);
    expect(answer).toContain('It does not require Norwegian: “Norwegian is not required');
  });
});

describe('a list of requirements with a waived language', () => {
  it('does not ask for it', () => {
    const result = analyzeMatch({ resume, posting: { title: 'Cell Test Engineer', description: 'Required skills: LabVIEW, Python, Estonian not needed.' }, now });
    expect(result.conditions.filter((condition) => condition.kind === 'language')).toEqual([]);
  });
});
