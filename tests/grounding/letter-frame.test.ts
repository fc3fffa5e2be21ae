import { describe, expect, it } from 'vitest';
import { groundDocument, type GroundingSources } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const resume: JsonResume = {
  basics: { name: 'Priya Raman', email: 'priya@example.org', phone: '+44 20 7946 0000', location: { city: 'Leeds' } },
  work: [{ name: 'Harbour Health NHS Trust', position: 'Staff Nurse', startDate: '2018-04', highlights: ['Ran a ward of 28 beds'] }],
};
const sources: GroundingSources = {
  resume,
  rawText: 'Priya Raman\nStaff Nurse, Harbour Health NHS Trust, 2018 - present\nRan a ward of 28 beds',
  posting: { title: 'Ward Manager', company: 'Riverside Clinic', location: 'Europe, UK', description: 'Lead a ward team.' },
  // A year the letter's date line is not in: the date line is the letter's own, not a claim.
  now: new Date('2024-03-01T00:00:00Z'),
};

describe('groundDocument on a letter\'s own framing', () => {
  it('keeps the date, the recipient block, the greeting and the sign-off, hard breaks included, and reports nothing', () => {
    const letter = [
      '# Cover letter: Ward Manager at Riverside Clinic',
      '',
      'November 22, 2026',
      '',
      'Hiring Manager  ',
      'Riverside Clinic  ',
      'Europe, UK',
      '',
      'Dear Hiring Manager,',
      '',
      'As a Staff Nurse at Harbour Health NHS Trust I ran a ward of 28 beds.',
      '',
      'Sincerely,  ',
      'Priya Raman  ',
      'priya@example.org',
      '',
    ].join('\n');
    const result = groundDocument(letter, sources);
    expect(result.changes).toEqual([]);
    expect(result.text).toBe(letter);
  });

  it('takes the addressee from the greeting, whoever it is', () => {
    const letter = 'Search Panel Chair  \nRiverside Clinic\n\nDear Search Panel Chair,\n\nI ran a ward of 28 beds.\n';
    expect(groundDocument(letter, sources).changes).toEqual([]);
  });

  it('still checks anything else in the frame, and the same words in the body', () => {
    const header = 'Priya Raman, Chief Medical Officer\n\nDear Hiring Manager,\n\nI ran a ward of 28 beds.\n';
    const checked = groundDocument(header, sources);
    expect(checked.changes.map((change) => [change.kind, change.claim])).toEqual([['title', 'Chief Medical Officer']]);
    expect(checked.text).not.toContain('Chief Medical Officer');

    const body = 'Dear Hiring Manager,\n\nI served as Hiring Manager at Riverside Clinic for years.\n';
    expect(groundDocument(body, sources).changes.map((change) => change.claim)).toContain('Hiring Manager');
  });

  it('ends an organisation at its legal suffix, so the next sentence is not read into its name', () => {
    const resumeWithCorp: JsonResume = { ...resume, work: [{ name: 'Acme Corp', position: 'Staff Nurse', startDate: '2018-04' }] };
    const text = 'Dear Hiring Manager,\n\nI will bring the same care to Acme Corp. Let\'s talk soon.\n';
    const result = groundDocument(text, { ...sources, resume: resumeWithCorp });
    expect(result.changes).toEqual([]);
    expect(result.text).toBe(text);
  });
});
