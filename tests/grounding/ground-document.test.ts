import { describe, expect, it } from 'vitest';
import { buildGroundingFacts } from '../../src/grounding/grounding-facts.ts';
import { groundDocument, type GroundingSources } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const resume: JsonResume = {
  basics: { name: 'Jane Doe', label: 'Senior Backend Engineer', location: { city: 'Austin', region: 'TX' } },
  work: [
    {
      name: 'Acme Corp',
      position: 'Senior Engineer',
      startDate: '2019-01',
      highlights: ['Led the migration of the ledger service from C++ to Go, cutting p99 latency by 60%', 'Ran Kubernetes for 30 teams'],
    },
    { name: 'Initech', position: 'Software Engineer', startDate: '2016-03', endDate: '2018-12', highlights: ['Wrote Node.js billing services'] },
  ],
  education: [{ institution: 'Stanford University', studyType: 'B.S.', area: 'Computer Science', startDate: '2012', endDate: '2016' }],
  skills: [{ name: 'Languages', keywords: ['Go', 'C++', 'TypeScript'] }],
};
const rawText = [
  'Jane Doe',
  'Senior Backend Engineer | Austin, TX',
  'Experience',
  'Senior Engineer — Acme Corp, Jan 2019 – Present',
  '• Led the migration of the ledger service from C++ to Go, cutting p99 latency by 60%',
  '• Ran Kubernetes for 30 teams',
  'Software Engineer — Initech, 03/2016 - 12/2018',
  '• Wrote Node.js billing services',
  'Education',
  'B.S. Computer Science, Stanford University, 2012 – 2016',
  'Skills',
  'Go, C++, TypeScript',
].join('\n');
const sources: GroundingSources = {
  resume,
  rawText,
  posting: { title: 'Staff Engineer', company: 'Hooli', description: 'We serve 2 million merchants with Go and Rust services.' },
  now: new Date('2025-06-01T00:00:00Z'),
};

describe('groundDocument', () => {
  it('removes an invented employer and an invented number, and keeps every true claim untouched', () => {
    const truthful = [
      '# Jane Doe',
      '',
      'Dear Hiring Manager,',
      '',
      "I'm applying for the Staff Engineer role at Hooli. As Senior Engineer at Acme Corp since 2019, I led the migration of the ledger service from C++ to Go, cutting p99 latency by 60%.",
      '',
      '- Ran Kubernetes for 30 teams at Acme Corp',
      '- Wrote Node.js billing services at Initech from 2016 to 2018',
      '- B.S. in Computer Science from Stanford University',
      '',
      'With 9 years of experience, I would love to help Hooli serve 2 million merchants.',
    ].join('\n');
    const invented = 'At Globex Corporation I grew revenue 300%.';
    const document = truthful.replace('the Staff Engineer role at Hooli. ', `the Staff Engineer role at Hooli. ${invented} `);

    const result = groundDocument(document, sources);

    expect(result.text).toBe(truthful);
    expect(result.text).not.toContain('Globex');
    expect(result.text).not.toContain('300%');
    expect(result.changes).toEqual([
      { kind: 'employer', claim: 'Globex Corporation', action: 'removed', reason: '"Globex Corporation" is not an employer in the resume; the sentence was removed', sentence: 'At Globex Corporation I grew revenue 300%.' },
      { kind: 'number', claim: '300%', action: 'removed', reason: '300% appears in neither the resume nor the posting; the sentence was removed', sentence: 'At Globex Corporation I grew revenue 300%.' },
    ]);
    expect(groundDocument(truthful, sources)).toEqual({ text: truthful, changes: [] });
  });

  it('repairs an invented employer when the sentence can only mean one real one', () => {
    const result = groundDocument('At Globex Corporation I led the migration of the ledger service from C++ to Go.', sources);
    expect(result.text).toBe('At Acme Corp I led the migration of the ledger service from C++ to Go.');
    expect(result.changes).toEqual([
      { kind: 'employer', claim: 'Globex Corporation', action: 'replaced', replacement: 'Acme Corp', reason: '"Globex Corporation" is not an employer in the resume' },
    ]);
  });

  it('drops the sentence when the employer is ambiguous', () => {
    const result = groundDocument('I enjoy hard problems. At Umbrella Inc. I shipped things. Thanks for reading!', sources);
    expect(result.text).toBe('I enjoy hard problems. Thanks for reading!');
    expect(result.changes.map((change) => [change.kind, change.claim, change.action])).toEqual([['employer', 'Umbrella Inc.', 'removed']]);
  });

  it('repairs an inflated title from the employer the sentence names', () => {
    const result = groundDocument('As Principal Architect at Acme Corp, I owned the ledger.', sources);
    expect(result.text).toBe('As Senior Engineer at Acme Corp, I owned the ledger.');
    expect(result.changes[0]).toMatchObject({ kind: 'title', claim: 'Principal Architect', action: 'replaced', replacement: 'Senior Engineer' });
  });

  it('removes an unbacked skill from a list and keeps the rest of the line', () => {
    const result = groundDocument('- Skills: Go, Haskell and TypeScript\n- Wrote Node.js services, Elixir tools and a C++ parser', sources);
    expect(result.text).toBe('- Skills: Go and TypeScript\n- Wrote Node.js services and a C++ parser');
    expect(result.changes.map((change) => [change.kind, change.claim, change.action])).toEqual([
      ['skill', 'Haskell', 'removed'],
      ['skill', 'Elixir', 'removed'],
    ]);
  });

  it("keeps the posting's company, possessives included", () => {
    expect(groundDocument("I admire the engineering culture at Hooli's payments team.", sources).changes).toEqual([]);
  });

  it('keeps a skill the posting asks for', () => {
    expect(groundDocument('I am keen to write more Rust.', sources).changes).toEqual([]);
  });

  it('removes unbacked degrees, dates and numbers; repairs the only institution and years past the work history', () => {
    const result = groundDocument(
      ['I hold an MBA.', 'I have coded since 2009.', 'I cut costs by $2M.', 'I bring 15 years of experience.', 'I studied at Harvard University.'].join(' '),
      sources,
    );
    expect(result.text).toBe('I bring 9 years of experience. I studied at Stanford University.');
    expect(result.changes.map((change) => [change.kind, change.claim, change.action])).toEqual([
      ['degree', 'MBA', 'removed'],
      ['date', '2009', 'removed'],
      ['number', '$2M', 'removed'],
      ['number', '15', 'replaced'],
      ['institution', 'Harvard University', 'replaced'],
    ]);
  });

  it('drops a list item or heading line whose only sentence goes, and keeps Markdown structure', () => {
    const document = '## Highlights\n\n- Grew revenue 400% at Acme Corp\n- Ran Kubernetes for 30 teams\n\n```\nAt Globex 999% of code is untouched\n```\n';
    const result = groundDocument(document, sources);
    expect(result.text).toBe('## Highlights\n\n- Ran Kubernetes for 30 teams\n\n```\nAt Globex 999% of code is untouched\n```\n');
  });

  it('accepts prepared facts, for checking many documents against one resume', () => {
    const facts = buildGroundingFacts(sources);
    expect(groundDocument('At Globex Corporation I grew revenue 300%.', facts).text).toBe('');
  });
});
