/**
 * A course provider named with who stands behind it in brackets ("Learnwell (Northwind)"), with no
 * school's word, after a school; and a city named with the word for "city" before it ("Thành phố
 * Buôn Ma Thuột"). Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseLocation } from '../../src/resume/sections/parse-location.ts';

const schools = (lines: string[]) =>
  (parseSections(['Ada Quill', 'ada.quill@example.org', 'Education', ...lines].join('\n')).education ?? []).map((school) => [school.institution, school.studyType, school.area]);

describe('a provider with a name in brackets', () => {
  it('is the school of its own entry, not the one above', () => {
    expect(schools(['Kestrel College | BSc, Physics | 2015 - 2019', 'Learnwell (Northwind) | Professional Certificate, Data Analytics | 2019 - 2020'])).toEqual([
      ['Kestrel College', 'BSc', 'Physics'],
      ['Learnwell (Northwind)', 'Professional Certificate', 'Data Analytics'],
    ]);
  });

  it('is read on its own line over the degree too', () => {
    expect(schools(['Kestrel College', 'BSc, Physics', '2015 - 2019', 'Learnwell (Northwind)', 'Professional Certificate, Data Analytics', '2019 - 2020'])).toEqual([
      ['Kestrel College', 'BSc', 'Physics'],
      ['Learnwell (Northwind)', 'Professional Certificate', 'Data Analytics'],
    ]);
  });
});

describe('a city named with the word for "city"', () => {
  it.each([
    ['Thành phố Buôn Ma Thuột, VN', { city: 'Thành phố Buôn Ma Thuột', countryCode: 'VN' }],
    ['Ciudad de Santa Cruz del Norte, MX', { city: 'Ciudad de Santa Cruz del Norte', countryCode: 'MX' }],
  ])('%s', (text, location) => {
    expect(parseLocation(text)).toEqual(location);
  });

  it('still takes no long phrase before a code for a place', () => {
    expect(parseLocation('Data Science and Machine Learning, ML')).toBeUndefined();
  });
});
