/**
 * A credential whose expiry ("valid to 11/2026", "gültig bis 03.2028", "ważny do", a "Valid until" table
 * column) is before today is not held: the reader keeps the expiry apart from the award date and out of the
 * name, the match never counts it met and says when it expired, and the letter never claims it. People,
 * certificates and postings written for this file (a wind technician, an electrician), not a trial's.
 */
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { credentialExpiry, isHeldCredential } from '../../src/resume/credential-status.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { parseCertificates } from '../../src/resume/sections/parse-certificates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const read = (...lines: string[]) => parseCertificates(toResumeLines(lines.join('\n')));
const now = new Date('2026-12-07T09:00:00Z');

describe('expiry dates on certificates', () => {
  it.each([
    ['GWO Working at Heights (valid to 11/2026)', '2026-11'],
    ['Confined space entry, valid until 30.11.2026', '2026-11-30'],
    ['CompEx Ex01–Ex04 – expires 2027-03', '2027-03'],
    ['Site safety card, exp. 03/27', '2027-03'],
    ['Staplerschein gültig bis 04.2028', '2028-04'],
    ['Uprawnienia SEP E1 ważne do 2029', '2029'],
    ['VCA VOL geldig tot 12-05-2027', '2027-05-12'],
    ['Sertifikat gyldig til 06/2027', '2027-06'],
    ['First aid, expiry date: Nov 2026', '2026-11'],
  ])('reads "%s" as running out on %s', (line, date) => expect(credentialExpiry(line)?.date).toBe(date));

  it('never reads a renewal or an award date as an expiry', () => {
    expect(credentialExpiry('NMC registration, revalidation due 03/2028')).toBeUndefined();
    expect(credentialExpiry('PRINCE2 Practitioner (2021)')).toBeUndefined();
  });

  it('keeps the expiry apart from the date awarded and out of the name', () => {
    expect(read('GWO Basic Safety Training, RenewableUK (valid to 10/2026)', 'Forklift licence – gültig bis 03.2028', 'IPAF 3a 3b, 2022, expires 2027-06')).toEqual([
      { name: 'GWO Basic Safety Training', issuer: 'RenewableUK', expires: '2026-10' },
      { name: 'Forklift licence', expires: '2028-03' },
      { name: 'IPAF 3a 3b', date: '2022', expires: '2027-06' },
    ]);
  });

  it('reads a "Valid until" column of a certificate table, skipping its header row', () => {
    expect(read('Certificate\tScope\tGültig bis / Valid until', 'EN 1090 welding\t111 P FW\t05.2027', 'Rigging ticket\tLevel 2\t2025 (ABGELAUFEN / EXPIRED)')).toEqual([
      { name: 'EN 1090 welding 111 P FW', expires: '2027-05' },
      { name: 'Rigging ticket Level 2 (ABGELAUFEN / EXPIRED)', expires: '2025' },
    ]);
  });

  it('counts a certificate held until the month it runs out ends, and not after', () => {
    expect(isHeldCredential({ name: 'GWO Basic Safety', expires: '2026-12' }, now)).toBe(true);
    expect(isHeldCredential({ name: 'GWO Basic Safety', expires: '2026-11' }, now)).toBe(false);
    expect(isHeldCredential({ name: 'GWO Basic Safety', expires: '2026-12-06' }, now)).toBe(false);
    expect(isHeldCredential({ name: 'GWO Basic Safety (valid until 15.01.2027)' }, now)).toBe(true);
  });
});

const technician = (certificates: JsonResume['certificates']): JsonResume => ({
  basics: { name: 'Kwame Boateng', label: 'Electrician' },
  work: [{ name: 'Northwind Power', position: 'Electrician', startDate: '2018-03', highlights: ['Wired and tested switchboards on 14 commercial sites'] }],
  skills: [{ name: 'Electrical', keywords: ['Electrical installation', 'Testing and inspection'] }],
  certificates,
});
const posting = { title: 'Electrician', description: 'Requirements:\n- Must hold a valid Electrical licence\n- Electrical installation\n- Testing and inspection' };

describe('an expired credential in the fit', () => {
  it('never counts it met, and says when it expired and to renew it', () => {
    const held = analyzeMatch({ resume: technician([{ name: 'Electrical licence', expires: '2027-09' }]), posting, now });
    const lapsed = analyzeMatch({ resume: technician([{ name: 'Electrical licence', expires: '2026-10' }]), posting, now });
    const licence = lapsed.conditions.find((condition) => condition.kind === 'licence');
    expect(held.conditions.find((condition) => condition.kind === 'licence')?.shownBy).not.toBeNull();
    expect(licence?.shownBy).toBeNull();
    expect(licence?.inProgress).toContain('expired October 2026');
    expect(lapsed.score).toBeLessThan(held.score);
    const advice = lapsed.advice.join(' ');
    expect(advice).toContain('not current (it expired in October 2026): renew it before applying');
    expect(advice).not.toMatch(/not held yet|in progress/);
  });
});
