/**
 * Locations as resumes write them: "Seattle, WA 98109", "Berlin, Germany", "Toronto, ON M5V 2T6",
 * "14 Albert Road, Manchester, M14 5RW", "Toronto ON CA", or a well-known city on its own.
 */
import type { ResumeLocation } from '../../protocol/json-resume.ts';
import { cityCountries, countryCodes, isoCountryCodes, regionCodes } from './place-names.ts';

/**
 * A location written as "City, ST", "City, ST 12345", "City, Country", an address line
 * ending in a known city and postcode, a city and codes without commas ("Toronto ON CA",
 * "Kraków PL"), or a known city alone.
 *
 * @example
 * parseLocation('Seattle, WA 98109'); // { city: 'Seattle', region: 'WA', postalCode: '98109', countryCode: 'US' }
 */
export function parseLocation(text: string): ResumeLocation | undefined {
  const value = text.replace(/^(?:location|address|based in)\s*[:.]?\s*/i, '').replace(/[()]/g, '').trim();
  if (value === '' || /\d{4}\s*[-–]/.test(value) || /@/.test(value)) return undefined;
  const parts = value.split(/\s*,\s*/).filter(Boolean);
  for (let index = parts.length - 1; index >= 1; index--) {
    const part = parts[index] as string;
    const cityPart = parts[index - 1] as string;
    // "Austin, TX, US", "Toronto, ON, CA": the part before the country is a region, not a city.
    if (/^[A-Z]{2}$/.test(cityPart) && regionCodes[cityPart] === (isoCountryCodes.get(part) ?? countryCodes.get(part.toLowerCase()))) continue;
    const region = /^([A-Z]{2})(?:\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$/.exec(part);
    if (region && regionCodes[region[1] ?? ''] && isPlaceName(cityPart)) {
      const location: ResumeLocation = { city: cityPart, region: region[1], countryCode: regionCodes[region[1] ?? ''] };
      if (region[2]) location.postalCode = region[2];
      return withAddress(location, parts, index - 1);
    }
    const country = countryCodes.get(part.toLowerCase());
    if (country && isPlaceName(cityPart)) {
      return withAddress({ city: cityPart, countryCode: country }, parts, index - 1);
    }
  }
  const coded = parts.length === 1 ? cityWithCodes(value) : undefined;
  if (coded) return coded;
  // "14 Albert Road, Manchester, M14 5RW": a known city among the parts.
  for (const [index, part] of parts.entries()) {
    const cityName = part.replace(/\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/, '').trim();
    const country = cityCountries.get(cityName.toLowerCase());
    if (country && (parts.length === 1 || index > 0 || parts.length <= 2)) {
      return withAddress({ city: cityName, countryCode: country }, parts, index);
    }
  }
  return undefined;
}

// Narrow sidebars drop the commas: "Austin TX US", "Toronto ON CA", "Kraków PL". Without commas
// the words must be unambiguous ("Data Science ML" is not in Mali): a region code with its own
// country's code after it, or a known city followed by its region or country code.
function cityWithCodes(value: string): ResumeLocation | undefined {
  const match = /^(\p{Lu}[\p{L}.' -]*?)\s+(?:([A-Z]{2})\s+)?([A-Z]{2})$/u.exec(value);
  const [, city = '', region, code = ''] = match ?? [];
  if (!match || !isPlaceName(city) || !/\p{Ll}/u.test(city)) return undefined;
  const country = isoCountryCodes.get(code);
  if (region) return country && regionCodes[region] === country ? { city, region, countryCode: country } : undefined;
  const known = cityCountries.get(city.toLowerCase());
  if (known && regionCodes[code] === known) return { city, region: code, countryCode: known };
  return known && country === known ? { city, countryCode: known } : undefined;
}

function withAddress(location: ResumeLocation, parts: readonly string[], cityIndex: number): ResumeLocation {
  if (cityIndex > 0 && /\d/.test(parts[0] ?? '')) location.address = parts.slice(0, cityIndex).join(', ');
  return location;
}

function isPlaceName(text: string): boolean {
  return /^[\p{Lu}][\p{L}.' -]{1,40}$/u.test(text) && text.split(' ').length <= 4;
}
