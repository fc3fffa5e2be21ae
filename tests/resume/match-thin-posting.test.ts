// A posting that states no skill and no experience (a board's list entry with a title only)
// gives too little for a high fit score: it is capped and says why.
import { describe, expect, it } from 'vitest';
import { analyzeMatch } from '../../src/resume/match.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const analyst: JsonResume = {
  basics: { name: 'Ines Duarte', summary: 'I want to move into supply chain analyst work.' },
  work: [
    { name: 'Rotterdam Cold Stores', position: 'Senior Warehouse Supervisor', startDate: '2017-01', highlights: ['Led 12 operators; SAP EWM, Excel.'] },
  ],
  skills: [{ name: 'Tools', keywords: ['SAP EWM', 'Excel', 'Power BI'] }],
};

describe('a posting with a title only', () => {
  it('scores at most 50 and says the posting states nothing to compare', () => {
    const scores = ['Supply Chain Analyst', 'Senior Supply Chain Analyst', 'Senior Operations Supervisor'].map((title) => {
      const result = analyzeMatch({ resume: analyst, posting: { title, company: 'Van der Berg Logistics', description: '' } });
      expect(result.score, title).toBeLessThanOrEqual(50);
      if (result.score === 50) expect(result.explanation[0]).toMatch(/states no skills or experience to compare/);
      return result.score;
    });
    // Her own words match the first title in full: without the cap it would read as a perfect fit.
    expect(scores[0]).toBe(50);
  });

  it('leaves a posting that states what it asks for as scored', () => {
    const result = analyzeMatch({
      resume: analyst,
      posting: {
        title: 'Warehouse Supervisor',
        company: 'Nedport',
        description: 'Requirements:\n- 3+ years supervising a warehouse team\n- SAP EWM\n- Excel',
      },
    });
    expect(result.score).toBeGreaterThan(50);
    expect(result.explanation.join(' ')).not.toMatch(/states no skills or experience/);
  });
});
