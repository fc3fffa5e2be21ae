import { describe, expect, it } from 'vitest';
import { describeResumeChanges } from '../../src/present/describe-resume-changes.ts';

describe('describeResumeChanges', () => {
  it('says each corrected field in words, lists by their items', () => {
    expect(
      describeResumeChanges([
        { field: 'work.0.position', from: 'Senior Engineer', to: 'Staff Engineer' },
        { field: 'work.1.endDate', from: '2020-01', to: null },
        { field: 'work.0.highlights', from: ['Moved reports to a model used by'], to: ['Moved reports to a model used by 120 people'] },
        { field: 'certificates', from: [], to: [{ name: 'PL-300', issuer: 'Microsoft' }] },
        { field: 'languages', from: [{ language: 'Polish' }], to: [{ language: 'Polish', fluency: 'Native' }] },
        { field: 'skills', from: [{ name: 'Data', keywords: ['SQL', 'dbt'] }], to: [{ name: 'SQL' }] },
      ]).split('\n'),
    ).toEqual([
      '- job 1 title: "Senior Engineer" → "Staff Engineer"',
      '- job 2 end: "2020-01" → present',
      '- job 1 bullets: "Moved reports to a model used by" → "Moved reports to a model used by 120 people"',
      '- certificates: (none) → "PL-300" (Microsoft)',
      '- languages: "Polish" → "Polish" (Native)',
      '- skills: "Data" (SQL, dbt) → "SQL"',
    ]);
  });
});
