/**
 * Work and education entries as themes and plain-text styles lay them out. Every resume here
 * is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const jobs = (lines: string[]) =>
  (parseSections(['Ines Varga', 'Experience', ...lines].join('\n')).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('dotted legal forms in plain-text styles', () => {
  it('keeps a "Title, Company S.L." line ending in a full stop as the entry header', () => {
    expect(
      jobs([
        'Senior Platform Engineer, Robledo Datos Abiertos S.L.',
        'May 2020 – Present',
        '• Ran the build farm',
        '',
        'Backend Developer, Wisła Kod Polska Sp. z o.o.',
        'April 2016 – April 2020',
        '• Wrote the invoicing module',
      ]),
    ).toEqual([
      ['Robledo Datos Abiertos S.L.', 'Senior Platform Engineer', '2020-05', undefined],
      ['Wisła Kod Polska Sp. z o.o.', 'Backend Developer', '2016-04', '2020-04'],
    ]);
  });

  it('keeps a date-first line whose employer ends in a dotted legal form', () => {
    expect(
      jobs([
        '2019-02 – present     Tannenhof Verein e.V.',
        '                      Volunteer Coordinator',
        '                      - Ran the weekend rota',
        '',
        '2015-09 – 2019-01     Grupo Alcor Servicios, S.A.',
        '                      Support Analyst',
        '                      - Answered the phone',
      ]),
    ).toEqual([
      ['Tannenhof Verein e.V.', 'Volunteer Coordinator', '2019-02', undefined],
      ['Grupo Alcor Servicios, S.A.', 'Support Analyst', '2015-09', '2019-01'],
    ]);
  });
});

describe('a title with a qualifier after a comma, then the employer', () => {
  it('keeps the qualifier with the title and the last part as the employer', () => {
    expect(
      jobs([
        'Research Assistant, Marine Ecology, University of Tromsø',
        'August 2021 – June 2023',
        '• Counted plankton',
        '',
        'Product Designer, Checkout, Quillfern Labs, Inc.',
        'March 2019 – July 2021',
        '• Drew the forms',
        '',
        'Coach, Swimming, Wellenreiter Sport GmbH',
        '2016 – 2019',
      ]),
    ).toEqual([
      ['University of Tromsø', 'Research Assistant, Marine Ecology', '2021-08', '2023-06'],
      ['Quillfern Labs, Inc.', 'Product Designer, Checkout', '2019-03', '2021-07'],
      ['Wellenreiter Sport GmbH', 'Coach, Swimming', '2016', '2019'],
    ]);
  });

  it('still reads "Title, Company, City" as title, employer and place', () => {
    const [job] = parseSections(['Ines Varga', 'Experience', 'Line Cook, Harbour Kitchen Ltd, Leeds, UK', '2018 – 2020'].join('\n')).work ?? [];
    expect(job).toMatchObject({ name: 'Harbour Kitchen Ltd', position: 'Line Cook', location: 'Leeds, UK' });
  });
});
