import { describe, expect, it } from 'vitest';
import { findDateRange, toIsoDate } from '../../src/resume/sections/find-date-range.ts';

describe('findDateRange', () => {
  it.each([
    ['Senior Engineer — Acme Corp, Jan 2019 – Present', '2019-01', undefined, true],
    ['Acme Corp | Senior Engineer | 2019-2023', '2019', '2023', false],
    ['03/2018 - 12/2020', '2018-03', '2020-12', false],
    ['2019 – now', '2019', undefined, true],
    ['Sept. 2017 to Aug. 2021', '2017-09', '2021-08', false],
    ["Jun. '13 - Jun. '16", '2013-06', '2016-06', false],
    ['2020/05 – Current', '2020-05', undefined, true],
    ['04.2021 – 2023', '2021-04', '2023', false],
    ['June 2016 to February 2019', '2016-06', '2019-02', false],
    ['Since 2021', '2021', undefined, true],
    ['2019 -', '2019', undefined, true],
    ['Summer 2017', '2017', '2017', false],
    ['Graduated May 2024', '2024-05', '2024-05', false],
  ])('%s', (text, startDate, endDate, present) => {
    const range = findDateRange(text);
    expect({ startDate: range?.startDate, endDate: range?.endDate, present: range?.present }).toEqual({ startDate, endDate, present });
  });

  it('reports where the range is, so it can be cut out of the line', () => {
    const line = 'QA Engineer, Valeo (Sept 2017 – Aug 2021)';
    const range = findDateRange(line);
    expect(line.slice(range?.index, (range?.index ?? 0) + (range?.match.length ?? 0))).toBe('Sept 2017 – Aug 2021');
  });

  it('ignores numbers that are not dates', () => {
    expect(findDateRange('Grew revenue by 300% for 1,500 customers')).toBeUndefined();
    expect(findDateRange('Mobile: 07700 900123')).toBeUndefined();
    expect(findDateRange('Cut costs by $2020')).toBeUndefined();
  });

  it('converts single dates', () => {
    expect(toIsoDate('January, 2020')).toBe('2020-01');
    expect(toIsoDate("Dec '98")).toBe('1998-12');
    expect(toIsoDate('7/2015')).toBe('2015-07');
    expect(toIsoDate('someday')).toBeUndefined();
  });
});
