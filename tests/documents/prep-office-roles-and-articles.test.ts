// Regression tests for the 2026-12-06 trial (issue 13): prep packs for office roles in a
// healthcare company (a clinical informatics specialist, an associate product manager) asked
// about shifts on the ward, and letters wrote "a MSc". The questions come from the role; the
// person's past is the evidence. Written for this file: a nurse moving into office work.
import { describe, expect, it } from 'vitest';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { article } from '../../src/documents/prose.ts';
import type { WriterResume } from '../../src/documents/writer-input.ts';

const nurse: WriterResume = {
  basics: { name: 'Aoife Brennan', label: 'Registered nurse' },
  work: [
    { name: 'Galway University Hospital', position: 'Staff Nurse', startDate: '2017-02', highlights: ['Cared for 8 patients a shift on a surgical ward', 'Audited 120 charts for the falls project'] },
  ],
  skills: [{ name: 'Skills', keywords: ['Medication administration', 'Clinical audit', 'Excel'] }],
  education: [{ institution: 'NUI Galway', studyType: 'MSc', area: 'Health Informatics' }],
};

const wardWords = /\bshifts?\b|\bward\b|in your care|relative is upset|medication error/i;

describe('prep questions come from the role, not from the person’s old workplace', () => {
  it.each([
    ['Clinical Informatics Specialist (Nursing)', 'Configure clinical workflows in the EHR and train staff. Registered nurse preferred.'],
    ['Associate Product Manager – Patient Flow', 'Own discovery for our bed-management module with ward managers. Write user stories.'],
    ['Clinical Information Officer', 'Data quality and reporting for our hospital sites.'],
  ])('an office role: %s', (title, description) => {
    const pack = writeInterviewPrep({ resume: nurse, posting: { title, company: 'Harbour Health', description } });
    // The questions the pack writes itself (the posting's own duties are quoted; STAR stories quote the resume).
    const asked = [pack.slice(pack.indexOf('## Likely questions'), pack.indexOf('## STAR stories')), pack.slice(pack.indexOf('## Questions to ask'))]
      .join('\n')
      .split('\n')
      .filter((line) => /^\d+\.|^- /.test(line) && !/This role will have you|The role includes|Your resume says:/.test(line));
      // (Session 46: the career-change question quotes the person’s own line that carries over; the question itself is about this role.)
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.filter((line) => wardWords.test(line))).toEqual([]);
  });

  it('a bedside role still gets the questions of caring for people', () => {
    const pack = writeInterviewPrep({ resume: nurse, posting: { title: 'Clinical Nurse Manager (Surgical Ward)', company: 'Harbour Health', description: 'Lead the surgical ward team.' } });
    expect(pack).toMatch(wardWords);
  });
});

describe('article before an abbreviation read letter by letter', () => {
  it.each([
    ['MSc in Health Informatics', 'an'],
    ['MBA', 'an'],
    ['RN', 'an'],
    ['HR lead', 'an'],
    ['NMBI registration', 'an'],
    ['UX designer', 'a'],
    ['BSc', 'a'],
    ['PhD', 'a'],
    ['NASA contract', 'a'],
    ['Engineering Manager', 'an'],
    ['Unix admin', 'a'],
  ])('%s takes "%s"', (word, expected) => {
    expect(article(word)).toBe(expected);
  });
});
