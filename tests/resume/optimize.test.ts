import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { suggestEdits } from '../../src/resume/optimize.ts';

const now = new Date('2025-06-01T00:00:00Z');

const resume: JsonResume = {
  basics: { name: 'Jane Doe', summary: 'Backend engineer who likes boring, reliable systems.' },
  work: [
    {
      name: 'Acme Corp',
      position: 'Senior Engineer',
      startDate: '2019-01',
      highlights: ['Organised the team offsite', 'Ran the payment ledger on Kubernetes and PostgreSQL', 'Wrote the on-boarding guide'],
    },
    { name: 'Initech', position: 'Engineer', startDate: '2016-01', endDate: '2018-12', highlights: ['Built Kafka consumers in Go'] },
  ],
  skills: [{ name: 'Languages', keywords: ['Go', 'Python'] }],
};

const posting = {
  title: 'Senior Platform Engineer',
  description: 'Requirements\n- Go, Kubernetes and PostgreSQL\n- Terraform\n- Experience running payment ledger platforms\n- Platform reliability and ledger correctness\nNice to have\n- Kafka',
};

describe('suggestEdits', () => {
  const edits = suggestEdits({ resume, posting, now });

  it('first surfaces skills the resume already shows but does not list', () => {
    expect(edits.slice(0, 3).map((edit) => [edit.kind, edit.suggestion])).toEqual([
      ['surface-skill', 'Add Kubernetes to your Skills section.'],
      ['surface-skill', 'Add PostgreSQL to your Skills section.'],
      ['surface-skill', 'Add Kafka to your Skills section.'],
    ]);
    expect(edits[0]?.reason).toContain('Acme Corp');
  });

  it('moves the most relevant bullet to the top of its role', () => {
    const move = edits.find((edit) => edit.kind === 'move-bullet');
    expect(move).toMatchObject({ target: 'Acme Corp', suggestion: 'Move "Ran the payment ledger on Kubernetes and PostgreSQL" to the top of Acme Corp.' });
    expect(move?.reason).toContain('Kubernetes, PostgreSQL');
  });

  it('suggests missing skills only "if you have used" them, and after the honest edits', () => {
    const terraform = edits.find((edit) => edit.kind === 'add-skill');
    expect(terraform?.suggestion).toBe('Only if you have used Terraform: add it to Skills and show it in a bullet with what you did.');
    const kinds = edits.map((edit) => edit.kind);
    expect(kinds.lastIndexOf('surface-skill')).toBeLessThan(kinds.indexOf('add-skill'));
  });

  it('suggests the posting\'s words where the resume lacks them, and a summary naming matched skills', () => {
    expect(edits.filter((edit) => edit.kind === 'add-keyword').map((edit) => edit.suggestion).join('\n')).toMatch(/"platform"/);
    expect(edits.find((edit) => edit.kind === 'summary')?.suggestion).toBe('Name Go, Kubernetes, PostgreSQL in your summary.');
  });

  it('numbers priorities from 1 and puts the focus first', () => {
    expect(edits.map((edit) => edit.priority)).toEqual(edits.map((_, index) => index + 1));
    const focused = suggestEdits({ resume, posting, now, focus: 'keywords' });
    expect(focused[0]?.kind).toBe('add-keyword');
    expect(suggestEdits({ resume, posting, now, focus: 'experience' })[0]?.kind).toBe('move-bullet');
  });

  it('is deterministic', () => {
    expect(suggestEdits({ resume, posting, now })).toEqual(edits);
  });
});
