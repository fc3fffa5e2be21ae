/**
 * A certificate's name a narrow PDF sidebar cut in two, each half starting with a capital (issue 13, trial 46 #6:
 * "Certified … Functional" / "Safety Engineer (…, 2022)" became two certificates, and a letter then said "I am
 * already a Certified … Functional"). The names here are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseCertificates } from '../../src/resume/sections/parse-certificates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const read = (...lines: string[]) => parseCertificates(toResumeLines(lines.join('\n')));

describe('a certificate cut in two by a narrow column', () => {
  // The issuer in brackets stays on the name, as on one line ("ISO 22000 Lead Auditor (PECB), 2024").
  it('joins a name cut after an adjective, its issuer and year in the bracket of the second half', () => {
    expect(read('Certified IEC 61508 Functional', 'Safety Professional (exida, 2021)', 'Six Sigma Green Belt (2019)')).toEqual([
      { name: 'Certified IEC 61508 Functional Safety Professional (exida)', date: '2021' },
      { name: 'Six Sigma Green Belt', date: '2019' },
    ]);
  });

  it('joins a name cut after a standard\'s number', () => {
    expect(read('ISO 14001:2015', 'Internal Auditor (LRQA, 2023)')).toEqual([{ name: 'ISO 14001:2015 Internal Auditor (LRQA)', date: '2023' }]);
  });

  it('joins a name cut after a joining word, whatever the second half ends in', () => {
    expect(read('Level 3 Award in Health and', 'Social Care (2020)')).toEqual([{ name: 'Level 3 Award in Health and Social Care', date: '2020' }]);
  });

  it('keeps two certificates one a line apart when the first is a whole name', () => {
    expect(read('AWS Certified Cloud Practitioner', 'Scrum Master (Scrum.org, 2022)')).toEqual([
      { name: 'AWS Certified Cloud Practitioner' },
      { name: 'Scrum Master (Scrum.org)', date: '2022' },
    ]);
    expect(read('PRINCE2 Foundation', 'Change Manager (APMG, 2020)').map((certificate) => certificate.name)).toEqual(['PRINCE2 Foundation', 'Change Manager (APMG)']);
  });

  it('keeps a dated certificate apart from the next name', () => {
    expect(read('First Aid at Work (2024)', 'Forklift Operator (2018)').map((certificate) => certificate.name)).toEqual(['First Aid at Work', 'Forklift Operator']);
  });
});
