/**
 * How job titles and employers are written, and how the reader tells them apart: a firm whose
 * name ends in its trade ("…, Chartered Accountants"), titles with commas, ampersands and
 * grades, several roles at one employer. Every resume here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const read = (lines: string[]) => parseSections(['Ines Varga', 'Experience', ...lines].join('\n'));
const jobs = (lines: string[]) => (read(lines).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('a firm whose name ends in its trade, in the plural', () => {
  it('keeps the trade with the firm when the title has a line of its own', () => {
    expect(jobs(['Junior Architect', 'Halden Voss Ltd, Chartered Architects', 'Mar 2018 – Jun 2020', '• Drew the planning set for a school'])).toEqual([
      ['Halden Voss Ltd, Chartered Architects', 'Junior Architect', '2018-03', '2020-06'],
    ]);
  });

  it('keeps it with the firm on one line after the title', () => {
    expect(jobs(['Trainee Attorney, Mori & Sato LLP, Patent Attorneys', 'Sep 2016 – Aug 2018', '• Drafted forty filings'])).toEqual([
      ['Mori & Sato LLP, Patent Attorneys', 'Trainee Attorney', '2016-09', '2018-08'],
    ]);
  });
});

describe('a title with its qualifier after a comma, the employer on a line of its own', () => {
  it('reads the employer from the line under the title and dates', () => {
    expect(jobs(['Staff Nurse, Renal Dialysis\tMay 2020 – Present', 'Saint Aldhelm Infirmary', '• Ran the night dialysis list'])).toEqual([
      ['Saint Aldhelm Infirmary', 'Staff Nurse, Renal Dialysis', '2020-05', undefined],
    ]);
  });

  it('reads it from the line above the title and dates', () => {
    expect(jobs(['Brightwater Ferries', 'Deck Officer, Night Crossings | 2017 – 2021', '• Kept the bridge watch'])).toEqual([
      ['Brightwater Ferries', 'Deck Officer, Night Crossings', '2017', '2021'],
    ]);
  });

  it('still splits at the comma when the employer is named there and a place stands beside it', () => {
    expect(jobs(['Staff Nurse, Aldhelm Health Ltd\tMay 2020 – Present', 'Bristol, UK', '• Ran the night dialysis list'])).toEqual([
      ['Aldhelm Health Ltd', 'Staff Nurse', '2020-05', undefined],
    ]);
  });
});

describe('job titles in the languages people write a CV in', () => {
  it('reads a title whose role word comes first, and a German compound that ends in the role', () => {
    expect(
      jobs([
        'Obrabiarki Nowak Sp. z o.o., Kierownik zmiany\t2020-01 — Present',
        'Planned three shifts of CNC operators',
        'Statikbüro Lindner GmbH, Versorgungstechniker\t2015-05 — 2019-12',
        'Sized heating systems for schools',
      ]),
    ).toEqual([
      ['Obrabiarki Nowak Sp. z o.o.', 'Kierownik zmiany', '2020-01', undefined],
      ['Statikbüro Lindner GmbH', 'Versorgungstechniker', '2015-05', '2019-12'],
    ]);
  });

  it('splits a title from its employer on one line in Spanish', () => {
    expect(jobs(['Ingeniera de datos, Grupo Ardales S.A.', 'Mar 2019 – Present', '• Built the sales lakehouse'])).toEqual([
      ['Grupo Ardales S.A.', 'Ingeniera de datos', '2019-03', undefined],
    ]);
  });
});

describe('a word that starts like "Present" or "Now"', () => {
  it('is not cut as if a date column ended there', () => {
    expect(toResumeLines('Currently run the Presentations desk at Nowicki & Todaro').map((line) => line.text)).toEqual([
      'Currently run the Presentations desk at Nowicki & Todaro',
    ]);
    expect(toResumeLines('Jan 2020 – PresentSenior Nurse')[0]?.text).toBe('Jan 2020 – Present | Senior Nurse');
  });
});

describe('several roles at one employer, the employer printed once', () => {
  it('does not take the last highlight of the role above, without its bullet, for the next role\'s employer', () => {
    const lines = [
      'Tidewater Grain Co.',
      'Senior Buyer',
      'Apr 2019 – Jun 2022',
      'Negotiated the barley contracts for four maltings',
      '',
      'Trained three junior buyers',
      'Buyer II',
      'Jan 2016 – Mar 2019',
      'Placed spot orders for feed wheat',
    ];
    expect(jobs(lines)).toEqual([
      ['Tidewater Grain Co.', 'Senior Buyer', '2019-04', '2022-06'],
      ['Tidewater Grain Co.', 'Buyer II', '2016-01', '2019-03'],
    ]);
  });

  it('does not take a highlight of any verb, in small letters, for the next role\'s employer', () => {
    const lines = [
      'Tidewater Grain Co.',
      'Senior Buyer',
      'Apr 2019 – Jun 2022',
      'Negotiated the barley contracts for four maltings',
      '',
      'Cut spoilage losses by a third with weekly silo checks',
      'Buyer II',
      'Jan 2016 – Mar 2019',
      'Placed spot orders for feed wheat',
    ];
    expect(jobs(lines)[1]).toEqual(['Tidewater Grain Co.', 'Buyer II', '2016-01', '2019-03']);
  });

  it('still reads a capitalised title that starts like a deed', () => {
    expect(jobs(['Certified Nursing Assistant', 'Harbour View Care Home', 'May 2012 – Aug 2014', '• Helped residents with meals'])).toEqual([
      ['Harbour View Care Home', 'Certified Nursing Assistant', '2012-05', '2014-08'],
    ]);
  });
});

describe('a title with its qualifier after a dash', () => {
  it('keeps the qualifier in the title when the employer has a line of its own', () => {
    expect(jobs(['Staff Nurse – NICU', 'Harbourside Children\'s Hospital', 'Jan 2019 – Present', '• Cared for premature infants'])).toEqual([
      ['Harbourside Children\'s Hospital', 'Staff Nurse – NICU', '2019-01', undefined],
    ]);
  });

  it('keeps it when the employer follows on the same line', () => {
    expect(jobs(['Staff Nurse – NICU, Harbourside Children\'s Hospital', 'Jan 2019 – Present', '• Cared for premature infants'])).toEqual([
      ['Harbourside Children\'s Hospital', 'Staff Nurse – NICU', '2019-01', undefined],
    ]);
    expect(jobs(['### Staff Nurse – NICU — Harbourside Children\'s Hospital', 'Jan 2019 – Present', '- Cared for premature infants'])).toEqual([
      ['Harbourside Children\'s Hospital', 'Staff Nurse – NICU', '2019-01', undefined],
    ]);
  });

  it('still reads "Title – Employer" as title and employer', () => {
    expect(jobs(['Platform Engineer – Quillfern', 'Jan 2019 – Present', '• Ran the build farm'])).toEqual([['Quillfern', 'Platform Engineer', '2019-01', undefined]]);
  });
});

describe('a title with its qualifier after a dash, beside its dates', () => {
  it('takes the employer from the line under it', () => {
    expect(jobs(['Staff Nurse – NICU\tJan 2019 – Present', 'Harbourside Children\'s Hospital', '• Cared for premature infants'])).toEqual([
      ['Harbourside Children\'s Hospital', 'Staff Nurse – NICU', '2019-01', undefined],
    ]);
  });

  it('still reads "Title – Employer" beside its dates as title and employer', () => {
    const lines = ['Platform Engineer – Quillfern\tJan 2019 – Present', 'Ran the build farm for forty teams', 'Backend Developer – Morrow\t2016 – 2018', '• Built the tracking service'];
    expect(jobs(lines)).toEqual([
      ['Quillfern', 'Platform Engineer', '2019-01', undefined],
      ['Morrow', 'Backend Developer', '2016', '2018'],
    ]);
  });
});

describe('titles of the people a system rollout trains first, or who link two teams', () => {
  it('reads "Super-User", "Key User" and "Liaison" as titles, whichever line the employer is on', () => {
    expect(jobs(['EHR Systems Super-User (Band 6)', 'Royal Kelvin Infirmary', 'Jan 2022 – Present', '• Trained 40 ward staff before go-live'])).toEqual([
      ['Royal Kelvin Infirmary', 'EHR Systems Super-User (Band 6)', '2022-01', undefined],
    ]);
    expect(jobs(['Marrow Systems GmbH', 'SAP Key User, Finance | 2019 – 2022', '• Tested the month-end close'])).toEqual([
      ['Marrow Systems GmbH', 'SAP Key User, Finance', '2019', '2022'],
    ]);
    expect(jobs(['Clinical Liaison – Northgate Health Systems', 'Mar 2018 – Dec 2020', '• Linked wards and the vendor'])).toEqual([
      ['Northgate Health Systems', 'Clinical Liaison', '2018-03', '2020-12'],
    ]);
  });
});
