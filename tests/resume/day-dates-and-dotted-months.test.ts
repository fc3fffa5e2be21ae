/**
 * Dates as European CVs write them and the reader once missed: a day's date ("01/03/2019 – CURRENT", as
 * the Europass editor prints it, "15.03.2019", "2019-03-15"), read to its month; and the Portuguese and
 * Italian short months that are also common words ("set. 2016", "out. 2014", "mag. 2018"), read with their
 * full stop. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';

describe("a day's date", () => {
  it.each([
    ['01/03/2019 – CURRENT', '2019-03', undefined, true],
    ['01/09/2016 – 28/02/2019', '2016-09', '2019-02', false],
    ['15.03.2019 – 31.12.2020', '2019-03', '2020-12', false],
    ['2019-03-15 – 2020-01-31', '2019-03', '2020-01', false],
    ['03/15/2019 - 06/30/2021', '2019-03', '2021-06', false],
  ])('reads %s to its months', (text, startDate, endDate, present) => {
    expect(findDateRange(text)).toMatchObject({ startDate, endDate, present, index: 0 });
  });

  it('opens the job in a Europass-like layout', () => {
    const text = ['Ana Sousa', 'ana@example.pt', 'Work experience', '01/09/2016 – 28/02/2019', 'Data Analyst, Quinta Dados Lda.', '• Built the monthly reports'].join('\n');
    expect(parseSections(text).work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Quinta Dados Lda.', 'Data Analyst', '2016-09', '2019-02'],
    ]);
  });
});

describe('a short month that is also a word', () => {
  it.each([
    ['set. 2016 – fev. 2019', '2016-09', '2019-02'],
    ['out. 2014 – jul. 2016', '2014-10', '2016-07'],
    ['mag. 2018 – dic. 2020', '2018-05', '2020-12'],
  ])('is read with its full stop in %s', (text, startDate, endDate) => {
    expect(findDateRange(text)).toMatchObject({ startDate, endDate, index: 0 });
  });

  it('is no month without it', () => {
    expect(findDateRange('rolled out 2019 release')).toMatchObject({ startDate: '2019', endDate: '2019' });
  });

  it('dates a Portuguese job', () => {
    const text = ['Ana Sousa', 'ana@example.pt', 'Experiência Profissional', 'Analista de Dados — Quinta Dados', 'set. 2016 – fev. 2019', '• Relatórios mensais'].join('\n');
    expect(parseSections(text).work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Quinta Dados', 'Analista de Dados', '2016-09', '2019-02'],
    ]);
  });
});
