/**
 * A degree's grade or class, which the reader can miss, is correctable in chat ("my degree was a
 * 2:1", "I got a first in my BEng at Cardiff"), over HTTP and with `resume set` (education.N.score),
 * and goes to the degree the person means: the one named, or the only degree beside a teaching
 * qualification.
 */
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { readGrade } from '../../src/actions/correct-resume/read-correction.ts';
import { correctionOfField, resumeCorrectionSchema } from '../../src/protocol/resume-correction.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const context = (): ActionContext => ({ signal: new AbortController().signal, artifactsDir: '/nonexistent' });

async function teacherResume() {
  const career = fakeCareerDependencies();
  const stored = await career.resumes.add({
    label: 'aoife',
    format: 'pdf',
    filename: 'aoife.pdf',
    rawText: 'Aoife Brennan\nPGCE Secondary Science, University of Bristol, 2015\nBSc Chemistry, Cardiff University, 2011 - 2014',
    resume: {
      basics: { name: 'Aoife Brennan' },
      education: [
        { institution: 'University of Bristol', studyType: 'PGCE', area: 'Secondary Science', endDate: '2015' },
        { institution: 'Cardiff University', studyType: 'BSc', area: 'Chemistry', startDate: '2011', endDate: '2014' },
      ],
    },
  });
  return { career, correct: createActions(career).get('correct_resume'), stored };
}

describe('a degree grade corrected', () => {
  it('reads the grade as people say it, and the degree when they name it', () => {
    expect(readGrade('my degree was a 2.1 tbh')).toEqual({ grade: '2:1' });
    expect(readGrade('I graduated with a 2:2 from Aberdeen')).toEqual({ grade: '2:2', degree: 'Aberdeen' });
    expect(readGrade('my MSc was a merit')).toEqual({ grade: 'Merit', degree: 'MSc' });
    expect(readGrade('my gpa was 3.6 out of 4')).toEqual({ grade: 'GPA 3.6/4' });
    expect(readGrade('add my degree class: upper second')).toEqual({ grade: 'Upper Second' });
    expect(readGrade('I got a first interview at Acme')).toEqual({});
    expect(readGrade('I got 3.5 years of experience there')).toEqual({});
  });

  it('gives "my degree" to the one degree beside a teaching qualification, and a named one to that one', async () => {
    const { career, correct, stored } = await teacherResume();
    const degree = await correct?.run({ grade: '2:1' }, context());
    expect(degree).toMatchObject({ ok: true });
    expect(degree?.summary).toContain('- education 2 grade: (empty) → "2:1"');
    const named = await correct?.run({ grade: 'Distinction', degree: 'PGCE' }, context());
    expect(named?.summary).toContain('- education 1 grade: (empty) → "Distinction"');
    const after = await career.resumes.get(stored.id);
    expect(after?.resume.education?.map((entry) => entry.score)).toEqual(['Distinction', '2:1']);
  });

  it('asks which degree when two could be meant, and names an unknown one', async () => {
    const career = fakeCareerDependencies();
    await career.resumes.add({
      label: 'two',
      format: 'md',
      filename: 'two.md',
      rawText: 'x',
      resume: { education: [{ studyType: 'MSc', area: 'Data Science' }, { studyType: 'BA', area: 'Economics' }] },
    });
    const correct = createActions(career).get('correct_resume');
    const unsure = await correct?.run({ grade: '2:1' }, context());
    expect(unsure).toMatchObject({ ok: false });
    expect(unsure?.summary).toMatch(/Which degree.*1\. MSc Data Science; 2\. BA Economics/);
    expect((await correct?.run({ grade: '2:1', degree: 'masters' }, context()))?.summary).toContain('education 1 grade');
    expect((await correct?.run({ grade: '2:1', degree: 'Oxford' }, context()))?.summary).toMatch(/No degree "Oxford"/);
  });

  it('is a field PATCH and `resume set` accept', () => {
    expect(resumeCorrectionSchema.safeParse({ education: { '0': { score: '2:1' } } }).success).toBe(true);
    expect(correctionOfField('education.1.score', 'First Class Honours')).toEqual({ ok: true, correction: { education: { '1': { score: 'First Class Honours' } } } });
  });
});
