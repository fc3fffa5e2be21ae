/**
 * Certificates a theme prints over several lines: the name, "Issued by …" and the date each on a
 * line of their own, in either order, and a name a narrow sidebar wrapped ("Google Cloud Professional
 * Cloud" / "Architect", "ISO 22000 Lead Auditor" / "(PECB), 2024"). Each is one certificate.
 */
import { describe, expect, it } from 'vitest';
import { parseCertificates } from '../../src/resume/sections/parse-certificates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const read = (...lines: string[]) => parseCertificates(toResumeLines(lines.join('\n')));

describe('certificates over several lines', () => {
  it('reads the name, then "Issued by" and the date under it', () => {
    expect(read('Azure Solutions Architect Expert', 'Issued by Microsoft', '2023', 'Certified Scrum Master', 'Issued by Scrum Alliance', 'Mar 2019')).toEqual([
      { name: 'Azure Solutions Architect Expert', issuer: 'Microsoft', date: '2023' },
      { name: 'Certified Scrum Master', issuer: 'Scrum Alliance', date: '2019-03' },
    ]);
  });

  it('reads the date over the name and its issuer', () => {
    expect(read('2023', 'Azure Solutions Architect Expert', 'Microsoft', '', '2019', 'Certified Scrum Master', 'Scrum Alliance')).toEqual([
      { name: 'Azure Solutions Architect Expert', issuer: 'Microsoft', date: '2023' },
      { name: 'Certified Scrum Master', issuer: 'Scrum Alliance', date: '2019' },
    ]);
  });

  it('joins a name a sidebar wrapped before its last word or its bracket', () => {
    expect(read('Google Cloud Professional Data', 'Engineer', 'Issued by Google Cloud', '2022', 'Certified Information Systems Security', 'Professional', 'Issued by ISC2', '2021')).toEqual([
      { name: 'Google Cloud Professional Data Engineer', issuer: 'Google Cloud', date: '2022' },
      { name: 'Certified Information Systems Security Professional', issuer: 'ISC2', date: '2021' },
    ]);
    expect(read('BRCGS Food Safety Lead Auditor', '(LRQA), 2022', 'HACCP Level 4, Highfield, 2019')).toEqual([
      { name: 'BRCGS Food Safety Lead Auditor (LRQA)', date: '2022' },
      { name: 'HACCP Level 4', issuer: 'Highfield', date: '2019' },
    ]);
  });

  it('still reads one certificate a line, and several short ones on one line', () => {
    expect(read('BLS, ACLS, PALS', 'ServSafe Manager (2024); Allergen Awareness (2023)')).toEqual([
      { name: 'BLS' },
      { name: 'ACLS' },
      { name: 'PALS' },
      { name: 'ServSafe Manager', date: '2024' },
      { name: 'Allergen Awareness', date: '2023' },
    ]);
  });
});
