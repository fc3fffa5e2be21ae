/**
 * A layout the reader once half read: each job as its title, then its dates, then its employer's short
 * name right over the bullets ("Product Operations Specialist" / "February 2024 – Present" / "Brindle" /
 * "• …"), as a theme that floats the dates beside the title prints it. The name under the dates is the
 * employer. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const jobs = (lines: string[]) =>
  (parseSections(['Ana Ruiz', 'ana@example.com', 'Work Experience', ...lines].join('\n')).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('an employer under the dates', () => {
  it('is the employer of the title above the dates, job after job', () => {
    const lines = [
      'Product Operations Specialist', 'February 2024 – Present', 'Brindle', '• Run the monthly review',
      'Senior Customer Success Manager', 'May 2020 – January 2024', 'Brindle', '• Owned 40 accounts',
      'Customer Success Specialist', 'June 2018 – April 2020', 'Quayside Commerce', '• Onboarded merchants',
    ];
    expect(jobs(lines)).toEqual([
      ['Brindle', 'Product Operations Specialist', '2024-02', undefined],
      ['Brindle', 'Senior Customer Success Manager', '2020-05', '2024-01'],
      ['Quayside Commerce', 'Customer Success Specialist', '2018-06', '2020-04'],
    ]);
  });

  it('is read when the dates run together', () => {
    expect(jobs(['Product Operations Specialist', 'February 2024Present', 'Brindle', '• Run the monthly review'])).toEqual([
      ['Brindle', 'Product Operations Specialist', '2024-02', undefined],
    ]);
  });

  it('is not read from a "Highlights" label under "TITLE, COMPANY" and its dates', () => {
    expect(jobs(['SITE ENGINEER, CORBEL LTD', 'March 2016 - May 2019', 'HIGHLIGHTS', '• Ran the pour schedule'])).toEqual([
      ['Corbel Ltd', 'SITE ENGINEER', '2016-03', '2019-05'],
    ]);
  });

  it('leaves a sentence under the dates to the body', () => {
    expect(jobs(['Product Operations Specialist', 'February 2024 – Present', 'Ran the monthly review with product leads.', '• Wrote the playbook'])).toEqual([
      [undefined, 'Product Operations Specialist', '2024-02', undefined],
    ]);
  });
});
