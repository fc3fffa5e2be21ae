// Interview prep in the trades and professions (2026-12-05 trial, item 26: "How does the team use
// Conduit Bending today…"): a skill is asked about as a topic in plain speech ("a recent job that
// involved panel upgrades", "your work on month-end close"), never as "your Menu Development";
// products and versions keep their names ("Sage 200"); a senior post in a hands-on field is asked
// about running the work, not "something you designed end to end". People written for this file.
import { describe, expect, it } from 'vitest';
import { asTopic } from '../../src/documents/interview-prep/field-questions.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';

const person = (position: string, employer: string, skills: string[], highlights: string[] = []): WriterResume => ({
  basics: { name: 'Robin Vale', label: position },
  work: [{ name: employer, position, startDate: '2017-01', highlights }],
  skills: [{ name: 'Skills', keywords: skills }],
});

const cases: [string, WriterResume, WriterPosting, string[]][] = [
  [
    'electrician',
    person('Journeyman Electrician', 'Vance Electric', ['Panel Upgrades', 'Service Changes'], ['Panel upgrades and service changes on older homes']),
    { title: 'Service Electrician', company: 'Oakridge Services', description: 'Requirements:\n- Panel upgrades\n- Service changes' },
    ['involved panel upgrades', 'involved service changes'],
  ],
  [
    'chef',
    person('Chef de Partie', 'The Larder', ['Menu Development', 'Stock Control'], ['Wrote the spring menu; weekly stock counts']),
    { title: 'Senior Sous Chef', company: 'Harbour Hotel', description: 'Requirements:\n- Menu development\n- Stock control' },
    ['where menu development mattered', 'where stock control mattered'],
  ],
  [
    'accountant',
    person('Management Accountant', 'Kestrel Foods', ['Month-end Close', 'Sage 200'], ['Month-end close in Sage 200']),
    { title: 'Finance Business Partner', company: 'Alder Group', description: 'Requirements:\n- Month-end close\n- Sage 200' },
    ['your work on month-end close', 'your work on Sage 200'],
  ],
  [
    'teacher',
    person('Teacher of English', 'Moorside School', ['Behaviour Management', 'Differentiation'], ['Behaviour management and differentiation for mixed classes']),
    { title: 'Teacher of English', company: 'Hill Academy', description: 'Requirements:\n- Behaviour management\n- Differentiation' },
    ['where behaviour management mattered', 'where differentiation mattered'],
  ],
];

describe('skills are asked about as topics, in plain speech', () => {
  it.each(cases)('%s', (_, resume, posting, phrases) => {
    const prep = writeInterviewPrep({ resume, posting });
    for (const phrase of phrases) expect(prep).toContain(phrase);
    expect(prep).not.toMatch(/\byour (?:[A-Z][a-z]+ ){1,3}(?:mattered|made|consistent)/);
    expect(prep).not.toMatch(/How does the team use/);
  });

  it('keeps the capitals of acronyms, versions and products', () => {
    expect(asTopic('NFPA 70E')).toBe('NFPA 70E');
    expect(asTopic('Sage 200')).toBe('Sage 200');
    expect(asTopic('Excel')).toBe('Excel');
    expect(asTopic('Month-end Close')).toBe('month-end close');
  });
});

describe('a senior post in a hands-on field', () => {
  it('is asked about running the work, not about something designed end to end', () => {
    const [, resume, posting] = cases[1] as (typeof cases)[1];
    const prep = writeInterviewPrep({ resume, posting });
    expect(prep).not.toMatch(/designed end to end/);
    expect(prep).toMatch(/head chef’s day off|brigade/);
  });

  it('a senior software post keeps its questions', () => {
    const engineer = person('Senior Backend Engineer', 'Tallyhub', ['Go', 'PostgreSQL'], ['Built ledger services in Go']);
    const prep = writeInterviewPrep({ resume: engineer, posting: { title: 'Senior Backend Engineer', company: 'Ledgerly', description: 'Requirements:\n- Go\n- PostgreSQL' } });
    expect(prep).toMatch(/designed end to end/);
  });
});
