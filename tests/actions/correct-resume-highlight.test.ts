/**
 * One bullet (highlight) of a job removed in chat (trial-s37 finding 29): a heading the reader
 * filed as a bullet ("remove the words Key achievements from my cv, its not a bullet"), or a
 * bullet by its place ("delete the second bullet of my Acme job"). The job's other bullets
 * stay, in order; what cannot be told is asked, never guessed.
 */
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { findHighlight } from '../../src/actions/correct-resume/find-highlight.ts';
import { correctResumePhrasing } from '../../src/actions/correct-resume/phrasing.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const context = (): ActionContext => ({ signal: new AbortController().signal, artifactsDir: '/nonexistent' });

const work = [
  { name: 'Burnage Academy', position: 'Maths Teacher', highlights: ['Key achievements:', 'Raised GCSE grade 4+ from 61% to 78%', 'Pastoral lead for 210 pupils'] },
  { name: 'Acme Tutoring', position: 'Tutor', highlights: ['Tutored 40 students a week', 'Built a tracking spreadsheet', 'Key achievements'] },
];

async function teacher() {
  const career = fakeCareerDependencies();
  const stored = await career.resumes.add({ label: 'kwame', format: 'md', filename: 'kwame.md', rawText: 'Kwame', resume: { basics: { name: 'Kwame' }, work } });
  return { career, correct: createActions(career).get('correct_resume'), stored };
}

describe('one bullet of a job removed', () => {
  it('finds a bullet by its words, under the job named or the one job that has them, or by its place', () => {
    expect(findHighlight(work, 0, 'Key achievements')).toEqual({ ok: true, job: 0, index: 0 });
    expect(findHighlight(work, undefined, 'pastoral lead')).toEqual({ ok: true, job: 0, index: 2 });
    expect(findHighlight(work, 1, 'second')).toEqual({ ok: true, job: 1, index: 1 });
    expect(findHighlight(work, 1, 'last')).toEqual({ ok: true, job: 1, index: 2 });
    // Under two jobs, or a place with no job on a resume of several: asked, never guessed.
    expect(findHighlight(work, undefined, 'key achievements')).toMatchObject({ ok: false, error: expect.stringMatching(/Burnage Academy and your Acme Tutoring jobs: which/) });
    expect(findHighlight(work, undefined, 'second')).toMatchObject({ ok: false, error: expect.stringMatching(/^Which job's bullet\?/) });
    expect(findHighlight(work, 1, 'fifth')).toMatchObject({ ok: false, error: expect.stringContaining('1. Tutored 40 students a week') });
    expect(findHighlight(work, undefined, 'managed a budget')).toMatchObject({ ok: false, error: expect.stringMatching(/^No bullet "managed a budget" under any job/) });
  });

  it('removes that bullet alone, through the same correction as PATCH /v1/resumes/{id}, and says what changed', async () => {
    const { career, correct, stored } = await teacher();
    const removed = await correct?.run({ highlight: 'Key achievements', job: 'Burnage', remove: true }, context());
    expect(removed).toMatchObject({ ok: true });
    expect(removed?.summary).toContain('Key achievements:');
    const second = await correct?.run({ highlight: 'second', job: 'Acme', remove: true }, context());
    expect(second).toMatchObject({ ok: true });
    const after = await career.resumes.get(stored.id);
    expect(after?.resume.work?.map((job) => job.highlights)).toEqual([
      ['Raised GCSE grade 4+ from 61% to 78%', 'Pastoral lead for 210 pupils'],
      ['Tutored 40 students a week', 'Key achievements'],
    ]);
    const unknown = await correct?.run({ highlight: 'Key achievements', job: 'Initech', remove: true }, context());
    expect(unknown).toMatchObject({ ok: false, summary: expect.stringMatching(/^No job "Initech"/) });
  });

  it('reads the removal as people say it, a reason after it with or without a comma', () => {
    const read = (text: string) => {
      for (const intent of correctResumePhrasing.intents ?? []) {
        const match = new RegExp(intent.pattern.source, 'd').exec(text.toLowerCase());
        if (!match) continue;
        const original = (group: string) => {
          const span = match.indices?.groups?.[group];
          return span ? text.slice(span[0], span[1]) : undefined;
        };
        const reading = intent.read({ groups: { ...match.groups }, original, clause: { text, lower: text.toLowerCase(), question: false } }, { references: {}, history: [], allowedApps: [] });
        if (reading) return reading;
      }
      return null;
    };
    expect(read('remove the words Key achievements from my cv its not a bullet')).toEqual({ args: { highlight: 'Key achievements', remove: true } });
    expect(read('delete the line "Responsibilities:" from my resume, it is a heading')).toEqual({ args: { highlight: 'Responsibilities:', remove: true } });
    expect(read('delete the second bullet of my Acme job')).toEqual({ args: { highlight: 'second', job: 'Acme', remove: true } });
    expect(read('take out the last point under my Burnage job on my cv')).toEqual({ args: { highlight: 'last', job: 'Burnage', remove: true } });
    // A job removed is still the job removal's.
    expect(read('remove the 3rd job from my resume')).toEqual({ args: { job: '3rd', remove: true } });
  });
});
