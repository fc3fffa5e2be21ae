// A posting that states no skill and no experience (a board's list entry with a title only)
// gives too little for a high fit score: it is capped and says why.
import { describe, expect, it } from 'vitest';
import { matchResume } from '../../src/career/resumes/match-resume.ts';
import { formatMatch } from '../../src/present/format-match.ts';
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
  // Session 46 (#54): such a posting scored 0/100 the first time and other numbers after. It has
  // no fit score: the answer says it states no requirements and what it does ask, the same every time.
  it('has no score, says so, and says what it asks', () => {
    for (const title of ['Supply Chain Analyst', 'Senior Supply Chain Analyst', 'Senior Operations Supervisor']) {
      const result = analyzeMatch({ resume: analyst, posting: { title, company: 'Van der Berg Logistics', description: '' } });
      expect(result.scored, title).toBe(false);
      expect(result.score, title).toBe(0);
      expect(result.explanation.join(' ')).toMatch(new RegExp(`states no requirements .*so it has no fit score; here is what it asks: the title "${title}"`));
    }
    const senior = analyzeMatch({ resume: analyst, posting: { title: 'Senior Supply Chain Analyst', description: '' } });
    expect(senior.explanation.join(' ')).toMatch(/the title "Senior Supply Chain Analyst", a senior level/);
  });

  it('gives the same answer every time, whatever the resume and however often it is asked', () => {
    const posting = { title: 'Stock Controller', company: 'Haven Foods', description: 'Stock Controller wanted for our Tilburg site. Apply today!' };
    const other: JsonResume = { basics: { name: 'Pim de Wit' }, work: [{ name: 'Haven Foods', position: 'Stock Controller', startDate: '2015-01', highlights: ['Stock counts'] }] };
    const answers = [analyst, other, analyst].map((resume) => analyzeMatch({ resume, posting }));
    for (const answer of answers) {
      expect(answer.scored).toBe(false);
      expect(answer.score).toBe(0);
    }
    const said = answers.map((answer) => answer.explanation.find((line) => line.startsWith('This posting states no requirements')));
    expect(said[0]).toBeDefined();
    expect(new Set(said).size).toBe(1);
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
    expect(result.scored).toBe(true);
    expect(result.score).toBeGreaterThan(50);
    expect(result.explanation.join(' ')).not.toMatch(/states no requirements/);
  });
});

describe('what the person reads', () => {
  it('shows no figure for a posting with nothing to compare, and a figure for one that asks', () => {
    const record = { id: 'r1', label: 'cv', resume: analyst, raw_text: '' } as unknown as Parameters<typeof matchResume>[0];
    const thin = formatMatch(matchResume(record, { title: 'Inventory Planner', description: '' }), 'Inventory Planner at Nedport');
    expect(thin).toMatch(/^Match with Inventory Planner at Nedport: no score \(the posting states no requirements to compare\)/);
    expect(thin).not.toMatch(/\/100/);
    const asking = formatMatch(matchResume(record, { title: 'Inventory Planner', description: 'Requirements:\n- SAP EWM\n- Excel' }), 'Inventory Planner at Nedport');
    expect(asking).toMatch(/^Match with Inventory Planner at Nedport: \d+\/100/);
  });
});
