/**
 * A label inside a job ("Key achievements:", "Main responsibilities:") heads the bullets under
 * it; it is no highlight or summary of its own, so it can never be quoted as an achievement. A line
 * with words after its colon ("Key results: cut costs 5%") still says something and is kept.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

describe('a label line in a job', () => {
  it('is neither a highlight nor the summary, between bullets or above them', () => {
    const resume = parseSections(
      [
        'Dafydd Morgan',
        'dafydd.morgan@example.co.uk',
        '',
        'EXPERIENCE',
        '**Severn Housing** | Operations Analyst | 2020 - present',
        '- Rebuilt the repairs backlog report',
        'Key achievements:',
        '- Cut average repair time by 9 days',
        '',
        '**Dee Valley Foods** | Planner | 2016 - 2020',
        'Main responsibilities:',
        '- Weekly production plan for three lines',
        '- Key results: waste down 5%',
        'Day to day :',
        '- Moved stock counts to handheld scanners',
      ].join('\n'),
    );
    expect(resume.work?.map(({ name, summary, highlights }) => ({ name, summary, highlights }))).toEqual([
      { name: 'Severn Housing', summary: undefined, highlights: ['Rebuilt the repairs backlog report', 'Cut average repair time by 9 days'] },
      {
        name: 'Dee Valley Foods',
        summary: undefined,
        highlights: ['Weekly production plan for three lines', 'Key results: waste down 5%', 'Moved stock counts to handheld scanners'],
      },
    ]);
  });
});
