import { describe, expect, it } from 'vitest';
import { reviseCoverLetter } from '../../src/career/writing/revise-cover-letter.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { writingContext } from '../../src/career/writing/writing-context.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import type { CoverLetterTone } from '../../src/documents/writer-input.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const job: JobRecord = {
  id: 'c3c3c3c3c3c3',
  title: 'Orchard Manager',
  company: 'Applewhite Growers',
  location: 'Hereford',
  remote: false,
  salary: null,
  employment_type: null,
  work_pattern: null,
  closes_on: null,
  posted_at: null,
  url: 'https://applewhite.example/jobs/2',
  sources: [],
  tags: [],
  description: 'Requirements\n- Irrigation planning\n- Team leadership\n- Pest management\n- Forklift licence is a plus',
  first_seen_at: '2026-12-01T00:00:00.000Z',
  last_seen_at: '2026-12-01T00:00:00.000Z',
};

/** A career with one resume and one letter for the orchard job in `tone`, written by the deterministic writer. */
async function careerWithLetter(tone: CoverLetterTone) {
  const career = fakeCareerDependencies({}, { jobs: [job] });
  const resume = await career.resumes.add({
    label: 'farm',
    format: 'md',
    filename: 'farm.md',
    rawText: '',
    resume: {
      basics: { name: 'Mirela Dobos' },
      work: [
        { name: 'Hillside Fruit', position: 'Orchard Supervisor', startDate: '2019-03', highlights: ['Planned the irrigation for 40 hectares of apple trees', 'Led a team of 12 pickers through three harvests'] },
        { name: 'Valley Farms', position: 'Farm Hand', startDate: '2015-04', endDate: '2019-02', highlights: ['Cut pest losses by a third with integrated pest management'] },
      ],
      education: [{ institution: 'Agricultural College', studyType: 'Diploma', area: 'Horticulture' }],
      skills: [{ name: 'Farming', keywords: ['Irrigation planning', 'Team leadership', 'Pest management'] }],
    },
  });
  const signal = new AbortController().signal;
  const prepared = await writingContext({ job: job.id }, { signal }, career);
  if (!prepared.ok) throw new Error(prepared.error);
  const content = writeCoverLetter({ resume: prepared.writing.resume.resume, posting: prepared.writing.posting, tone, date: new Date('2026-11-20') });
  const letter = await career.documents.add({ kind: 'cover_letter', title: 'Cover letter — Orchard Manager at Applewhite Growers', content, jobId: job.id, resumeId: resume.id, changes: [], tone });
  return { career, letter, context: { signal, references: { last_document_id: letter.id } } };
}

describe('revising a letter without a language model', () => {
  it('makes a letter shorter in the tone it already has', async () => {
    for (const tone of ['professional', 'enthusiastic', 'confident'] as const) {
      const { career, letter, context } = await careerWithLetter(tone);
      const revision = await reviseCoverLetter({ change: 'shorter' }, career, context);
      if (!revision.ok) throw new Error(revision.error);
      expect(revision.tone).toBe(tone);
      expect(revision.letter.tone).toBe(tone);
      expect(revision.text.length).toBeLessThan(letter.content.length);
    }
  });

  it('says a letter is already as short as it gets, rather than storing the same letter again', async () => {
    const { career, context } = await careerWithLetter('professional');
    const shorter = await reviseCoverLetter({ change: 'shorter' }, career, context);
    if (!shorter.ok) throw new Error(shorter.error);
    const again = await reviseCoverLetter({ change: 'shorter' }, career, { ...context, references: { last_document_id: shorter.letter.id } });
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/is already the shortest letter I can write without a language model \(the professional one\), so a new version would be the same letter/) });
  });

  it('says a letter in the warmest tone can be no warmer, whether asked "warmer" or "less formal"', async () => {
    const { career, context } = await careerWithLetter('enthusiastic');
    const before = (await career.documents.list({ kind: 'cover_letter' })).length;
    for (const request of [{ change: 'less_formal' as const, tone: 'enthusiastic' as const }, { change: 'less_formal' as const }]) {
      expect(await reviseCoverLetter(request, career, context)).toEqual({
        ok: false,
        error: expect.stringMatching(/is already the least formal letter I can write without a language model \(the enthusiastic one\)/),
      });
    }
    expect((await career.documents.list({ kind: 'cover_letter' })).length).toBe(before);
  });

  // The 2026-12-05 trial: "less formal" gave an exclamation-heavy enthusiastic letter.
  it('makes a formal letter less formal by writing it plain and warm, not excited', async () => {
    for (const tone of ['professional', 'confident', 'concise'] as const) {
      const { career, context } = await careerWithLetter(tone);
      const revision = await reviseCoverLetter({ change: 'less_formal' }, career, context);
      if (!revision.ok) throw new Error(revision.error);
      expect(revision.tone).toBe('warm');
      expect(revision.text).toMatch(/\bI'(?:m|d|ve)\b/);
      expect(revision.text).not.toContain('!');
    }
  });

  it('keeps a warm letter warm when it is made shorter', async () => {
    const { career, letter, context } = await careerWithLetter('warm');
    const revision = await reviseCoverLetter({ change: 'shorter' }, career, context);
    if (!revision.ok) throw new Error(revision.error);
    expect(revision.tone).toBe('warm');
    expect(revision.text).toContain('All the best,');
    expect(revision.text.length).toBeLessThan(letter.content.length);
  });

  // The 2026-12-05 trial: "mention im bilingual" was dropped.
  it('adds a fact the resume supports, in the same tone, and refuses one it does not in words', async () => {
    const { career, context } = await careerWithLetter('professional');
    const added = await reviseCoverLetter({ change: 'mention', mention: ['my irrigation planning experience'] }, career, context);
    if (!added.ok) throw new Error(added.error);
    expect(added.tone).toBe('professional');
    expect(added.text).toContain('I would also bring my irrigation planning experience.');
    const refused = await reviseCoverLetter({ change: 'mention', mention: ["I'm bilingual"] }, career, context);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/I left out "I'm bilingual": your resume lists no language besides English/) });
  });
});

