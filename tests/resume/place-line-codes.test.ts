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

describe("a city with its country's code after a comma", () => {
  it.each([
    ['Fribourg, CH', { city: 'Fribourg', countryCode: 'CH' }],
    ['Đà Lạt, VN', { city: 'Đà Lạt', countryCode: 'VN' }],
    ['Puebla, MX', { city: 'Puebla', countryCode: 'MX' }],
    ['Savannah, GA (US)', { city: 'Savannah', region: 'GA', countryCode: 'US' }],
    ['Oulu, (FI)', { city: 'Oulu', countryCode: 'FI' }],
    ['Mumbai, IN', { city: 'Mumbai', countryCode: 'IN' }],
    ['Milano, IT', { city: 'Milano', countryCode: 'IT' }],
  ])('reads %s', (text, location) => {
    expect(parseLocation(text)).toEqual(location);
  });

  it.each(['Ravi Menon, MA', 'Ravi Menon, CA, CPA', 'Platform Lead, IT', 'Tessaline, SA', 'Savannah, GA FR'])('reads no place in %s', (text) => {
    if (text === 'Ravi Menon, MA') expect(parseLocation(text)?.countryCode).not.toBe('MA');
    else expect(parseLocation(text)).toBeUndefined();
  });

  it("does not take the person's name with credentials for their city", () => {
    const resume = parseSections('Ravi Menon, CA,\nMBA\nCost Analyst\nMumbai, IN\nravi.menon@example.in\n+91 98765 43210');
    expect(resume.basics?.name).toBe('Ravi Menon');
    expect(resume.basics?.location).toEqual({ city: 'Mumbai', countryCode: 'IN' });
  });

  it("reads a city and code without a comma beside the person's wrapped address", () => {
    const resume = parseSections('Lina Okoro\nData Engineer\nAbout\nFribourg CH\nlina.okoro.data@exam\nple.org\n+41 79 555 01 02');
    expect(resume.basics?.location).toEqual({ city: 'Fribourg', countryCode: 'CH' });
  });
});

describe("a town no table knows, beside the person's contact details", () => {
  it('reads it from the contact line', () => {
    const resume = parseSections('Irene Salcedo\nTorreón\tirene.salcedo@example.mx\t+52 871 555 0190\nExperience\nBuyer\tJan 2020 — Present\nFerretera Laguna');
    expect(resume.basics?.location).toEqual({ city: 'Torreón' });
  });

  it('reads it in capitals above a wrapped address', () => {
    const resume = parseSections('IRENE SALCEDO\nBUYER\nABOUT\nTORREÓN\nIRENE.SALCEDO@EXAMP\nLE.MX\n+52 871 555 0190');
    expect(resume.basics?.location).toEqual({ city: 'Torreón' });
  });

  it("takes neither the person's title nor a heading for a town", () => {
    const resume = parseSections('Irene Salcedo\nProcurement Buyer\nirene.salcedo@example.mx\n+52 871 555 0190\nContact');
    expect(resume.basics?.location).toBeUndefined();
  });

  it("reads a country by its official name: 'United Kingdom of Great Britain and Northern Ireland'", () => {
    expect(parseLocation('Inverness, United Kingdom of Great Britain and Northern Ireland')).toEqual({ city: 'Inverness', countryCode: 'GB' });
  });
});
