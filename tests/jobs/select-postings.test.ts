import { describe, expect, it } from 'vitest';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';
import { matchesText, selectPostings } from '../../src/jobs/select-postings.ts';
import { normaliseEmploymentType } from '../../src/jobs/employment-type.ts';
import { inferRemote } from '../../src/jobs/infer-remote.ts';

const posting = (overrides: Partial<NormalisedPosting>): NormalisedPosting => ({
  title: 'Engineer',
  company: 'Acme',
  location: null,
  remote: null,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: 'https://acme.example/jobs/1',
  source: 'test',
  source_url: 'https://acme.example/jobs/1',
  tags: [],
  description: '',
  ...overrides,
});

// Trial s50 #11 #17: a tradesperson abroad searches by the English role word; the postings name the trade in their own
// language, and office trades write their roles with a slash. Postings written for this test.
describe('matchesText: trades in the posting’s language, words joined by a slash', () => {
  const german = posting({ title: 'Schweißer (m/w/d) WIG – Behälterbau', company: 'Nordblech GmbH', description: 'Schweißen von Edelstahlbehältern.' });
  const dutch = posting({ title: 'Lasser TIG', company: 'Werf Noord', description: 'Lassen van RVS leidingen.' });
  const norwegian = posting({ title: 'Sveiser – verft', company: 'Fjordverft AS', description: 'Sveising av skrog.' });
  const polish = posting({ title: 'Elektryk budowlany', company: 'Budimex', description: 'Instalacje elektryczne.' });
  const nurse = posting({ title: 'Verpleegkundige IC', company: 'Ziekenhuis Oost', description: 'Intensive care.' });
  const qa = posting({ title: 'QA/QC Inspector (Piping)', company: 'Bayline', description: 'Weld inspection to EN ISO 5817.' });

  it('finds the trade by its English name, with the rest of the query', () => {
    expect(matchesText(german, 'welder')).toBe(true);
    expect(matchesText(german, 'tig welder')).toBe(false);
    expect(matchesText(german, 'WIG welder')).toBe(true);
    expect(matchesText(dutch, 'tig welder')).toBe(true);
    expect(matchesText(norwegian, 'welder')).toBe(true);
    expect(matchesText(polish, 'electrician')).toBe(true);
    expect(matchesText(nurse, 'nurse')).toBe(true);
  });

  it('is the trade asked for, not another', () => {
    expect(matchesText(german, 'electrician')).toBe(false);
    expect(matchesText(polish, 'welder')).toBe(false);
  });

  it('reads a gender note in the query as no word', () => {
    expect(matchesText(dutch, 'lasser (m/w/d)')).toBe(true);
  });

  it('finds words joined by a slash', () => {
    expect(matchesText(qa, 'qa/qc')).toBe(true);
    expect(matchesText(qa, 'QA/QC inspector')).toBe(true);
    expect(matchesText(qa, 'hse/qhse')).toBe(false);
  });
});

describe('matchesText', () => {
  const backend = posting({
    title: 'Backend Engineering Lead',
    tags: ['Node.js'],
    description: 'We use C++ and Go. Good benefits.',
  });

  it('needs every keyword, anywhere in title, company, tags or description', () => {
    expect(matchesText(backend, 'backend node.js')).toBe(true);
    expect(matchesText(backend, 'ACME lead')).toBe(true);
    expect(matchesText(backend, 'backend rust')).toBe(false);
    expect(matchesText(backend, '')).toBe(true);
  });

  it('matches long keywords at word starts and short ones as whole words', () => {
    expect(matchesText(backend, 'engineer')).toBe(true);
    expect(matchesText(backend, 'gineer')).toBe(false);
    expect(matchesText(backend, 'c++')).toBe(true);
    expect(matchesText(backend, 'go')).toBe(true);
    expect(matchesText(posting({ description: 'Good benefits' }), 'go')).toBe(false);
    expect(matchesText(posting({ description: 'C# only' }), 'c++')).toBe(false);
  });

  it("finds the one who does the work by its field's word: nursing → Nurse, teaching → Teacher (trial s48 #14)", () => {
    expect(matchesText(posting({ title: 'Registered Nurse - Renal Unit' }), 'nursing')).toBe(true);
    expect(matchesText(posting({ title: 'Secondary Teacher (Chemistry)' }), 'teaching')).toBe(true);
    expect(matchesText(posting({ title: 'Tax Consultant' }), 'consulting')).toBe(true);
    expect(matchesText(posting({ title: 'Welder Fabricator' }), 'welding')).toBe(true);
    expect(matchesText(posting({ title: 'Process Engineer' }), 'engineering')).toBe(true);
    // (A stem under four letters is too short to stand for a word: "caring" is no "car".)
    expect(matchesText(posting({ title: 'Car Sales Executive' }), 'caring')).toBe(false);
    expect(matchesText(posting({ title: 'Nursery Practitioner' }), 'teaching')).toBe(false);
  });

  it('finds a word however its accents are typed', () => {
    const auditor = posting({ title: 'Técnico(a) de Segurança Alimentar', company: 'Qualidade & Certificação, Lda', description: 'Auditorias HACCP em Évora.' });
    for (const query of ['segurança', 'seguranca', 'SEGURANÇA alimentar', 'certificacao', 'tecnico', 'evora']) expect(matchesText(auditor, query), query).toBe(true);
    expect(matchesText(posting({ title: 'Qualitätsmanager', company: 'Müller' }), 'qualitatsmanager muller')).toBe(true);
    expect(matchesText(auditor, 'seguro')).toBe(false);
  });
});

describe('selectPostings', () => {
  const postings = [
    posting({ title: 'Rust Engineer', company: 'Acme Inc.', location: 'Berlin, Germany', remote: false }),
    posting({ title: 'Rust Developer', company: 'Globex', location: 'Worldwide', remote: true }),
    posting({ title: 'Go Developer', company: 'Acme', location: null, remote: true }),
    posting({ title: 'Rust Lead', company: 'Initech', location: 'Paris', remote: null }),
  ];
  const titles = (selected: NormalisedPosting[]) => selected.map((selectedPosting) => selectedPosting.title);
  const local = { matchText: true, matchLocation: true };

  it('narrows by keyword, remote, company and location, then cuts to the limit', () => {
    expect(titles(selectPostings(postings, { text: 'rust', limit: 10 }, local))).toEqual([
      'Rust Engineer',
      'Rust Developer',
      'Rust Lead',
    ]);
    expect(titles(selectPostings(postings, { text: '', remote: true, limit: 10 }, local))).toEqual([
      'Rust Developer',
      'Go Developer',
    ]);
    expect(titles(selectPostings(postings, { text: '', company: 'ACME', limit: 10 }, local))).toEqual([
      'Rust Engineer',
      'Go Developer',
    ]);
    // Worldwide and unknown locations stay for any place.
    expect(titles(selectPostings(postings, { text: '', location: 'berlin', limit: 10 }, local))).toEqual([
      'Rust Engineer',
      'Rust Developer',
      'Go Developer',
    ]);
    expect(titles(selectPostings(postings, { text: 'rust', limit: 2 }, local))).toEqual([
      'Rust Engineer',
      'Rust Developer',
    ]);
  });

  it('leaves keywords and places to boards that search server-side', () => {
    const serverSide = { matchText: false, matchLocation: false };
    expect(selectPostings(postings, { text: 'kotlin', location: 'Tokyo', limit: 10 }, serverSide)).toHaveLength(4);
  });
});

describe('normaliseEmploymentType', () => {
  it.each([
    ['Full-time', 'full_time'],
    ['FULLTIME', 'full_time'],
    ['FullTime', 'full_time'],
    ['full_time', 'full_time'],
    ['Vollzeit', 'full_time'],
    ['Part Time', 'part_time'],
    ['Contractor', 'contract'],
    ['freelance', 'contract'],
    ['Intern', 'internship'],
    ['Werkstudent', 'internship'],
    ['Temporary', 'temporary'],
    ['permanent', null],
    ['berufserfahren', null],
    [null, null],
  ])('%j → %j', (text, type) => {
    expect(normaliseEmploymentType(text)).toBe(type);
  });

  it('takes the first candidate it recognises', () => {
    expect(normaliseEmploymentType('berufserfahren', 'Vollzeit')).toBe('full_time');
    expect(normaliseEmploymentType(undefined, 'contract')).toBe('contract');
  });
});

describe('inferRemote', () => {
  it('is true when a text says remote, and null (not false) otherwise', () => {
    expect(inferRemote('Remote - US')).toBe(true);
    expect(inferRemote(null, 'Engineer (Work from home)')).toBe(true);
    expect(inferRemote('Anywhere')).toBe(true);
    expect(inferRemote('San Francisco, CA')).toBeNull();
    expect(inferRemote('Remoteville, TX')).toBeNull();
  });
});
