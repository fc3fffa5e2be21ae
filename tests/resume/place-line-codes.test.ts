import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseLocation } from '../../src/resume/sections/parse-location.ts';

describe('a place line without commas', () => {
  it.each([
    ['Winnipeg MB CA', { city: 'Winnipeg', region: 'MB', countryCode: 'CA' }],
    ['Boise ID US', { city: 'Boise', region: 'ID', countryCode: 'US' }],
    ['Porto PT', { city: 'Porto', countryCode: 'PT' }],
    ['Chicago IL', { city: 'Chicago', region: 'IL', countryCode: 'US' }],
    ['Edinburgh UK', { city: 'Edinburgh', countryCode: 'GB' }],
  ])('reads %s', (text, location) => {
    expect(parseLocation(text)).toEqual(location);
  });

  it.each(['Data Science ML', 'Boise ID CA', 'Python Django CI', 'Quillmark AG'])('reads no place in %s', (text) => {
    expect(parseLocation(text)).toBeUndefined();
  });

  it('finds the city in a sidebar that writes it with codes', () => {
    expect(parseSections('Ines Valcourt\nAbout\nPorto PT\nines@example.net').basics?.location).toEqual({ city: 'Porto', countryCode: 'PT' });
  });
});
