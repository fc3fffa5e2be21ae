import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const cv = (...tail: string[]) =>
  parseSections(['Ilse Vermeulen', 'ilse.vermeulen@example.be', '', 'EXPERIENCE', 'Cloud Engineer, Dunmore Logistics, 2019 - present', '', ...tail].join('\n'));

describe('the lines that close a CV', () => {
  it('drop one "place, date" line at the very end', () => {
    const resume = cv('CERTIFICATES', 'Kubernetes Administrator (CKA)', '', 'Gent, 03.12.2026');
    expect(resume.certificates?.map((certificate) => certificate.name)).toEqual(['Kubernetes Administrator (CKA)']);
  });

  it('never drop certificates written "name, date" that end the CV', () => {
    const resume = cv('CERTIFICATES', 'Azure Solutions Architect Expert, 14 February 2025', 'Professional Scrum Master, 05.06.2023');
    expect(resume.certificates?.length).toBe(2);
    expect(resume.certificates?.map((certificate) => certificate.name).join(' ')).toMatch(/Azure Solutions Architect Expert.*Professional Scrum Master/);
  });
});
