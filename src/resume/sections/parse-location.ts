/**
 * Locations as resumes write them: "Seattle, WA 98109", "Berlin, Germany", "Toronto, ON M5V 2T6",
 * "14 Albert Road, Manchester, M14 5RW", "Dublin 8, Ireland", "Toronto ON CA", or a well-known city on its own.
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
  const postal = postcodeBeforeCity(value);
  if (postal) return postal;
  if (value === '' || /\d{4}\s*[-–]/.test(value) || /@/.test(value)) return undefined;
  const parts = value.split(/\s*,\s*/).filter(Boolean);
  for (let index = parts.length - 1; index >= 1; index--) {
    const part = parts[index] as string;
    const cityPart = parts[index - 1] as string;
    // "Austin, TX, US", "Toronto, ON, CA": the part before the country is a region, not a city.
    if (/^[A-Z]{2,3}$/.test(cityPart) && regionCodes[cityPart] === (isoCountryCodes.get(part) ?? countryCodes.get(part.toLowerCase()))) continue;
    // "Parramatta, NSW 2150": Australia's codes have three letters and its postcodes four digits.
    const shaped = /^([A-Z]{2})(?:\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$|^([A-Z]{3})(?:\s+(\d{4}))?$/.exec(part);
    const region = shaped ? [shaped[0], shaped[1] ?? shaped[3], shaped[2] ?? shaped[4]] : undefined;
    // "Jane Roe, CA, CPA": letters after a region code that name no country are credentials, and the
    // line is a name with them, not a place.
    const trailing = parts.slice(index + 1).every((after) => isoCountryCodes.has(after) || countryCodes.has(after.toLowerCase()));
    // "Bengaluru, IN" is India, not Indiana: a city known in the country the code names.
    const knownAbroad = cityCountries.get(cityPart.toLowerCase());
    if (region && !region[2] && knownAbroad && knownAbroad !== regionCodes[part] && isoCountryCodes.get(part) === knownAbroad) {
      return withAddress({ city: cityPart, countryCode: knownAbroad }, parts, index - 1);
    }
    if (region && regionCodes[region[1] ?? ''] && isPlaceName(cityPart) && trailing) {
      const location: ResumeLocation = { city: cityPart, region: region[1], countryCode: regionCodes[region[1] ?? ''] };
      if (region[2]) location.postalCode = region[2];
      return withAddress(location, parts, index - 1);
    }
    const country = countryCodes.get(part.toLowerCase());
    // "Pune, Maharashtra, India", "Austin, Texas, USA": the city, its state, the country; the middle
    // part is the city only when the place table knows it as one ("Karve Nagar, Pune, India").
    const first = parts[0] ?? '';
    if (country && index === 2 && parts.length === 3 && isPlaceName(first) && isPlaceName(cityPart) && !cityCountries.has(cityPart.toLowerCase())) {
      return { city: first, region: cityPart, countryCode: country };
    }
    if (country && isPlaceName(cityPart)) {
      return withAddress({ city: cityPart, countryCode: country }, parts, index - 1);
    }
    const district = country ? cityWithPostcode(cityPart) : undefined;
    if (district) return withAddress({ ...district, countryCode: country }, parts, index - 1);
    const coded = index === parts.length - 1 ? cityWithCountryCode(cityPart, part) : undefined;
    if (coded) return withAddress(coded, parts, index - 1);
  }
  const coded = parts.length === 1 ? cityWithCodes(value) : undefined;
  if (coded) return coded;
  const district = parts.length === 1 ? cityWithPostcode(value) : undefined;
  if (district) return { ...district, countryCode: cityCountries.get(district.city.toLowerCase()) };
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

/**
 * "1100-232 Lisboa", "28013 Madrid", "75011 Paris", "10115 Berlin", "00-950 Warszawa", "1012 AB
 * Amsterdam", "D-80331 München": continental Europe writes the postcode before the city. A postcode
 * shaped as only one country writes it (Portugal's 4-3, Poland's 2-3, the Dutch letters) or a
 * city the place table knows makes it a place; "2019 Google" is neither.
 */
function postcodeBeforeCity(value: string): ResumeLocation | undefined {
  const match = /^(?:[A-Z]{1,2}-)?(\d{4}-\d{3}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5})\s+(\p{Lu}[\p{L}'’. -]*?)(?:\s*,\s*(\p{Lu}[\p{L} ]+))?$/u.exec(value);
  const [, postalCode = '', city = '', countryName] = match ?? [];
  if (!match || !isPlaceName(city) || !/\p{Ll}/u.test(city)) return undefined;
  const known = cityCountries.get(city.toLowerCase());
  const named = countryName === undefined ? undefined : countryCodes.get(countryName.toLowerCase());
  if (countryName !== undefined && !named) return undefined;
  const shaped = /^\d{4}-\d{3}$/.test(postalCode) ? 'PT' : /^\d{2}-\d{3}$/.test(postalCode) ? 'PL' : /^\d{4}\s?[A-Z]{2}$/.test(postalCode) ? 'NL' : undefined;
  const countryCode = named ?? known ?? shaped;
  if (!countryCode || (!known && !shaped)) return undefined;
  return { city, postalCode, countryCode };
}

// "Dublin 8", "Dublin D08 XY12", "London SW1A 1AA": a postal district or code after the city. A bare
// district number only after a city the place table knows ("Level 8" is no place); a code shaped as
// an Eircode or a British postcode after any place name.
const postcodeAfterCity = /^(\p{Lu}[\p{L}.' -]*?)\s+(\d{1,2}|[A-Z]\d[\dW]\s?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/u;

function cityWithPostcode(text: string): { city: string; postalCode: string } | undefined {
  const [, city = '', postalCode = ''] = postcodeAfterCity.exec(text) ?? [];
  if (!isPlaceName(city) || !/\p{Ll}/u.test(city)) return undefined;
  if (/^\d+$/.test(postalCode) && !cityCountries.has(city.toLowerCase())) return undefined;
  return { city, postalCode };
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

// Letters that are a country's code but, after a comma, more often a degree or credential ("Jane
// Roe, MA"), a department or trade ("Engineer, IT", "Lead, QA") or a company's legal form ("Acme, SA").
const ambiguousCodes = new Set('MA BA BS MS MD PA NP PE PT DO IT HR PR QA AI ML BI CV PM AR GM SE SA AG AS CO KG BV'.split(' '));

// "Lausanne, CH", "Hà Nội, VN", "Decatur, GA US" (a theme's "Decatur, GA (US)"): a city and its
// country's ISO code, with the region between them when the two codes agree. A code that reads as
// something else ("IT", "MA") is a country only after a city the place table knows there.
function cityWithCountryCode(city: string, codes: string): ResumeLocation | undefined {
  const match = /^(?:([A-Z]{2})\s+)?([A-Z]{2})$/.exec(codes);
  const [, region, code = ''] = match ?? [];
  const country = isoCountryCodes.get(code);
  if (!match || !country || !isPlaceName(city) || !/\p{Ll}/u.test(city)) return undefined;
  if (region) return regionCodes[region] === country ? { city, region, countryCode: country } : undefined;
  const known = cityCountries.get(city.toLowerCase());
  if (known) return known === country ? { city, countryCode: country } : undefined;
  return ambiguousCodes.has(code) ? undefined : { city, countryCode: country };
}

/**
 * A city and its country's code without a comma ("Lausanne CH"), for a line that stands where the
 * person's own city does; alone, such a line may be words and an abbreviation ("Data Science ML").
 *
 * @example
 * cityBeforeCountryCode('Lausanne CH'); // { city: 'Lausanne', countryCode: 'CH' }
 */
export function cityBeforeCountryCode(text: string): ResumeLocation | undefined {
  const match = /^(\p{Lu}[\p{L}.' -]*?)\s+([A-Z]{2})$/u.exec(text.replace(/[()]/g, '').trim());
  return match ? cityWithCountryCode(match[1] ?? '', match[2] ?? '') : undefined;
}

function withAddress(location: ResumeLocation, parts: readonly string[], cityIndex: number): ResumeLocation {
  if (cityIndex > 0 && /\d/.test(parts[0] ?? '')) location.address = parts.slice(0, cityIndex).join(', ');
  return location;
}

// "Thành phố Hồ Chí Minh", "Ciudad de Guatemala": a city named with the word for a city before its
// name has that word's words beside the name's own four.
const cityWord = /^(?:thành phố|tp\.|ciudad de|città di|cidade de|ville de)\s+/iu;

function isPlaceName(text: string): boolean {
  return /^[\p{Lu}][\p{L}.' -]{1,40}$/u.test(text) && text.replace(cityWord, '').split(' ').length <= 4;
}
