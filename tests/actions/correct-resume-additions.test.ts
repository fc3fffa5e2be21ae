import { describe, expect, it } from 'vitest';
import { correctedCertificates } from '../../src/actions/correct-resume/correct-certificates.ts';
import { correctedLanguages } from '../../src/actions/correct-resume/correct-languages.ts';
import { splitClauses } from '../../src/planner/rules/split-clauses.ts';

describe('what the importer missed, added in chat', () => {
  it('adds a licence with its expiry in `expires`, as an imported resume keeps it, never in the name or `date`', () => {
    const result = correctedCertificates([{ name: 'First Aid at Work' }], 'SIA door supervisor licence: number 1013-2245, expires 2027-09', false);
    expect(result).toEqual({ ok: true, patch: { '1': { name: 'SIA door supervisor licence: number 1013-2245', expires: '2027-09' } } });
    expect(correctedCertificates([], 'ADR tanker card (2021), valid until 30.06.2026', false)).toEqual({
      ok: true,
      patch: { '0': { name: 'ADR tanker card', date: '2021', expires: '2026-06-30' } },
    });
  });

  it('keeps a renewal date in the name, never as the date the licence was earned', () => {
    expect(correctedCertificates([], 'NMC PIN 12A3456E, revalidation 2028-01', false)).toEqual({ ok: true, patch: { '0': { name: 'NMC PIN 12A3456E, revalidation 2028-01' } } });
    expect(correctedCertificates([], 'Gas Safe register, renewal due 2027, gültig bis 2028', false)).toEqual({
      ok: true,
      patch: { '0': { name: 'Gas Safe register, renewal due 2027', expires: '2028' } },
    });
  });

  it('dates a certificate said with the year it was earned, and never adds one twice', () => {
    expect(correctedCertificates([], 'CSCS Green Card (2023)', false)).toEqual({ ok: true, patch: { '0': { name: 'CSCS Green Card', date: '2023' } } });
    expect(correctedCertificates([{ name: 'CSCS Green Card' }], 'cscs green card', false)).toEqual({ ok: true, patch: {} });
  });

  it('removes a certificate by its name, and says what the resume lists when none matches', () => {
    expect(correctedCertificates([{ name: 'NEBOSH General 2012' }, { name: 'IOSH' }], 'NEBOSH', true)).toEqual({ ok: true, patch: { '0': null } });
    const missing = correctedCertificates([{ name: 'IOSH' }], 'PRINCE2', true);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toContain('it lists IOSH');
  });

  it('adds each language missed and sets the level of one listed', () => {
    const result = correctedLanguages([{ language: 'English' }], { add_languages: 'Somali; Arabic (basic); English (fluent)' });
    expect(result).toEqual({ ok: true, patch: { '1': { language: 'Somali' }, '2': { language: 'Arabic', fluency: 'basic' }, '0': { fluency: 'fluent' } } });
  });
});

describe('a thousands comma', () => {
  it('never splits an amount, while a comma between requests still does', () => {
    expect(splitClauses('they offered me the job, NZD 82,500 a year').map((segment) => segment.text)).toEqual(['they offered me the job', 'NZD 82,500 a year']);
    expect(splitClauses('save 2,3').map((segment) => segment.text)).toEqual(['save 2', '3']);
  });
});
