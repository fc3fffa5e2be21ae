/**
 * Two habits of British CVs: certificates listed on one line between middle dots (or bars), a
 * line a PDF wraps in the middle of an item; and a degree's class or grade ("2:1", "First Class
 * Honours", "GPA 3.8/4.0") written beside the degree, in brackets or after the dates. Each listed
 * certificate is its own, with its own year; the grade is the entry's `score`, never in its field
 * or its school.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseCertificates } from '../../src/resume/sections/parse-certificates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const certificates = (...lines: string[]) => parseCertificates(toResumeLines(lines.join('\n')));
const education = (...lines: string[]) => parseSections(['Rhiannon Price', 'rhiannon.price@example.org', '', 'EDUCATION', ...lines].join('\n')).education;

describe('certificates listed on one line', () => {
  it('reads each item between middle dots as its own certificate, the wrapped line joined to the item it goes on', () => {
    expect(certificates('PRINCE2 Foundation (2021) · NEBOSH General Certificate (2019) · Certified Associate in Project', 'Management CAPM (2022)')).toEqual([
      { name: 'PRINCE2 Foundation', date: '2021' },
      { name: 'NEBOSH General Certificate', date: '2019' },
      { name: 'Certified Associate in Project Management CAPM', date: '2022' },
    ]);
    expect(certificates('Lean Six Sigma Green Belt (2021) • Scrum Master PSM I (2023)', 'First Aid at Work (2024)')).toEqual([
      { name: 'Lean Six Sigma Green Belt', date: '2021' },
      { name: 'Scrum Master PSM I', date: '2023' },
      { name: 'First Aid at Work', date: '2024' },
    ]);
  });

  it('parts a bar-separated line when its items give their own dates, and keeps a name | issuer | year line whole', () => {
    expect(certificates('ITIL 4 Foundation (2020) | CompTIA Security+ (2022) | Cisco CCNA', 'Routing and Switching (2018)')).toEqual([
      { name: 'ITIL 4 Foundation', date: '2020' },
      { name: 'CompTIA Security+', date: '2022' },
      { name: 'Cisco CCNA Routing and Switching', date: '2018' },
    ]);
    expect(certificates('Solutions Architect Associate | Amazon Web Services | 2022')).toEqual([
      { name: 'Solutions Architect Associate', issuer: 'Amazon Web Services', date: '2022' },
    ]);
  });

  it('reads the list the same inside a whole resume', () => {
    const resume = parseSections(
      ['Tomasz Wren', 'tomasz.wren@example.com', '', 'CERTIFICATIONS', 'AAT Level 3 Diploma (2017) · ACCA Applied Knowledge (2019) · Xero Certified', 'Advisor (2020)'].join('\n'),
    );
    expect(resume.certificates).toEqual([
      { name: 'AAT Level 3 Diploma', date: '2017' },
      { name: 'ACCA Applied Knowledge', date: '2019' },
      { name: 'Xero Certified Advisor', date: '2020' },
    ]);
  });
});

describe('a degree class or grade', () => {
  it('is the score when written after the degree, between bars or commas', () => {
    expect(education('University of Exeter | BSc Economics, 2:1 | 2012 - 2015')).toEqual([
      { institution: 'University of Exeter', studyType: 'BSc', area: 'Economics', startDate: '2012', endDate: '2015', score: '2:1' },
    ]);
    expect(education('BSc Geology, 2:2, University of Cardiff')?.[0]).toMatchObject({ studyType: 'BSc', area: 'Geology', score: '2:2', institution: 'University of Cardiff' });
  });

  it('is the score when written in brackets, not part of the field', () => {
    expect(education('MA Geography (2:1), University of Hull, 2017')?.[0]).toMatchObject({ studyType: 'MA', area: 'Geography', score: '2:1', endDate: '2017' });
  });

  it('is the score after the dates, not part of the school', () => {
    expect(education('BA History, University of York, 2008 - 2011, First Class Honours')?.[0]).toMatchObject({
      institution: 'University of York',
      area: 'History',
      score: 'First Class Honours',
    });
    expect(education('BSc Chemistry, University of Durham, 2010 - 2013 (2:2)')?.[0]).toMatchObject({ institution: 'University of Durham', area: 'Chemistry', score: '2:2' });
  });

  it('reads a class in words and a grade point average', () => {
    expect(education('BEng Civil Engineering – Upper Second Class Honours – Swansea University – 2014')?.[0]).toMatchObject({
      studyType: 'BEng',
      area: 'Civil Engineering',
      score: 'Upper Second Class Honours',
    });
    expect(education('BSc Physics, University of Kent, GPA 3.8/4.0')?.[0]).toMatchObject({ area: 'Physics', score: '3.8/4.0' });
  });
});
