// Regression tests for the 2026-12-06 trial (issue 13): the grounding check cut a skill out of
// the middle of a prep pack's sentences ("guide or or someone"), left a question without its
// stem and a section without its heading, disagreed with the match on what the posting asks
// for (its tags), and let a letter say the person lacked a skill the resume shows. Each class
// on a person and posting written for this file.
import { describe, expect, it } from 'vitest';
import { groundDocument, type GroundingSources } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const resume: JsonResume = {
  basics: { name: 'Tomasz Wolski', label: 'Laboratory analyst' },
  work: [
    {
      name: 'Northgate Labs',
      position: 'Laboratory Analyst',
      startDate: '2019-04',
      highlights: ['Ran 40 HPLC assays a week and wrote the results up in the LIMS', 'Built the weekly QC report in Excel and Power BI'],
    },
  ],
  skills: [{ name: 'Lab', keywords: ['HPLC (advanced)', 'Excel – reporting', 'Power BI'] }],
};
const rawText = 'Tomasz Wolski\nLaboratory analyst\nNorthgate Labs, Laboratory Analyst, 2019 – present\n• Ran 40 HPLC assays a week\nSkills: HPLC (advanced), Excel – reporting, Power BI';
const sources: GroundingSources = {
  resume,
  rawText,
  posting: { title: 'Data Analyst (Laboratory)', company: 'Veridian', description: 'Report on lab throughput for the quality team.', tags: ['power bi', 'tableau'] },
};

describe('groundDocument repairs by whole sentences, items and sections', () => {
  it('removes a whole numbered item whose sentence goes, and counts the list on without a gap', () => {
    const pack = ['### Skills in depth', '', '1. Tell me about Power BI.', '2. This role needs Kubernetes. How would you learn it?', '3. Tell me about Excel.'].join('\n');
    const { text } = groundDocument(pack, sources);
    expect(text).toBe(['### Skills in depth', '', '1. Tell me about Power BI.', '2. Tell me about Excel.'].join('\n'));
  });

  it('never cuts a skill out of the middle of a sentence that is not a list of skills', () => {
    const step = '1. Find a well-regarded short course, guide or standard on Kubernetes, or someone who does it daily, and note its core ideas.';
    const { text, changes } = groundDocument(`Intro line.\n\n${step}\n2. Practise it.`, sources);
    expect(text).toBe('Intro line.\n\n1. Practise it.');
    expect(text).not.toMatch(/or or|guide or\s*,/);
    expect(changes.map((change) => change.claim)).toEqual(['Kubernetes']);
  });

  it('still removes one unbacked skill from a list of skills', () => {
    expect(groundDocument('I have used Power BI, Kubernetes and Excel.', sources).text).toBe('I have used Power BI and Excel.');
  });

  it('removes a heading that goes together with its section', () => {
    const pack = ['## Skill gaps to prepare', '', '### Kubernetes', '', '*Required.*', '', '1. Read about it.', '', '### Tableau', '', '1. Build one dashboard.'].join('\n');
    const { text } = groundDocument(pack, sources);
    expect(text).toBe(['## Skill gaps to prepare', '', '### Tableau', '', '1. Build one dashboard.'].join('\n'));
  });

  it("backs a skill the posting's tags ask for, as the match reads them", () => {
    expect(groundDocument('Tableau would be newer to me.', sources).changes).toEqual([]);
  });
});

describe('groundDocument refuses a sentence that says the person lacks a skill the resume shows', () => {
  it.each([
    ['HPLC and Tableau would be newer to me, and I would make learning them an early priority.'],
    ["I haven't worked with Excel yet, and I'm happy to learn it."],
    ['I have no hands-on experience with Power BI.'],
    ["Say you haven't used HPLC in your work yet."],
  ])('%s', (sentence) => {
    const { text, changes } = groundDocument(`I run assays every day. ${sentence}`, sources);
    expect(text).toBe('I run assays every day.');
    expect(changes[0]?.reason).toMatch(/lacks .*which the resume shows/);
  });

  it('keeps a sentence about a skill the resume does not show', () => {
    expect(groundDocument('Tableau would be newer to me.', sources).text).toBe('Tableau would be newer to me.');
  });
});
