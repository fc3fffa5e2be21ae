import { describe, expect, it } from 'vitest';
import {
  coarseLocation,
  dedupeKey,
  jobIdFor,
  normaliseCompany,
  normaliseTitle,
} from '../../src/jobs/dedupe-key.ts';

describe('normaliseCompany', () => {
  it.each([
    ['Stripe, Inc.', 'stripe'],
    ['STRIPE INC', 'stripe'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Zürich Versicherung AG', 'zurich versicherung'],
    ['Ferrous Systems GmbH', 'ferrous systems'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['Globex Corp.', 'globex'],
  ])('%j → %j', (company, normalised) => {
    expect(normaliseCompany(company)).toBe(normalised);
  });

  it('keeps a name that is only a legal form', () => {
    expect(normaliseCompany('AG')).toBe('ag');
  });
});

describe('normaliseTitle', () => {
  it.each([
    ['Sr. Backend Engineer (m/w/d) - Remote', 'senior backend engineer'],
    ['Senior Backend Engineer (Remote, US)', 'senior backend engineer'],
    ['Software Engineer (f/m/x)', 'software engineer'],
    ['Softwareentwickler (w/m/div)', 'softwareentwickler'],
    ['Data Analyst (all genders)', 'data analyst'],
    ['Jr. Designer [Hybrid]', 'junior designer'],
    ['Frontend Engineer | Remote', 'frontend engineer'],
  ])('%j → %j', (title, normalised) => {
    expect(normaliseTitle(title)).toBe(normalised);
  });

  it('keeps C++ and C# apart', () => {
    expect(normaliseTitle('C++ Developer')).toBe('c++ developer');
    expect(normaliseTitle('C# Developer')).toBe('c# developer');
  });
});

describe('coarseLocation', () => {
  it('reads remote from the flag or the wording, otherwise the first place named', () => {
    expect(coarseLocation({ location: 'USA', remote: true })).toBe('remote');
    expect(coarseLocation({ location: 'Remote - US', remote: null })).toBe('remote');
    expect(coarseLocation({ location: 'San Francisco, CA', remote: null })).toBe('san francisco');
    expect(coarseLocation({ location: 'München (Bayern)', remote: false })).toBe('munchen');
    expect(coarseLocation({ location: null, remote: null })).toBe('');
  });
});

describe('dedupeKey', () => {
  it('gives the same opening the same key on boards that write it differently', () => {
    const remotive = { company: 'Stripe, Inc.', title: 'Senior Backend Engineer (m/w/d)', location: 'USA', remote: true };
    const greenhouse = { company: 'Stripe', title: 'Senior Backend Engineer', location: 'Remote - US', remote: null };
    expect(dedupeKey(remotive)).toBe('stripe|senior backend engineer|remote');
    expect(dedupeKey(greenhouse)).toBe(dedupeKey(remotive));
    expect(jobIdFor(greenhouse)).toBe(jobIdFor(remotive));
  });

  it('keeps different openings apart', () => {
    const berlin = { company: 'Acme', title: 'Engineer', location: 'Berlin, Germany', remote: false };
    const munich = { ...berlin, location: 'Munich, Germany' };
    const otherTitle = { ...berlin, title: 'Senior Engineer' };
    expect(new Set([dedupeKey(berlin), dedupeKey(munich), dedupeKey(otherTitle)]).size).toBe(3);
  });

  it('derives a short hex id that does not change between runs', () => {
    const id = jobIdFor({ company: 'Stripe', title: 'Senior Backend Engineer', location: null, remote: true });
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    // Pinned: ids are stored, so the derivation must not drift.
    expect(id).toBe(jobIdFor({ company: 'stripe inc', title: 'senior backend engineer', location: 'anywhere', remote: null }));
  });
});
