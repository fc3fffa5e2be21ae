/**
 * The address line of a CV made in the Europass editor, "Home: Rua das Flores 12, 4050-262 Porto (Portugal)":
 * "Home" labels the address as "Address" does, and a Portuguese postcode ("4050-262") is set aside from the
 * city. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const place = (line: string) => parseSections(['Ana Sousa', 'Email address: ana@example.pt', line, '', 'Skills', 'Python'].join('\n')).basics?.location;

describe('a labelled home address', () => {
  it.each([
    ['Home: Rua das Flores 12, 4050-262 Porto (Portugal)', { city: 'Porto', countryCode: 'PT', postalCode: '4050-262' }],
    ['Morada: Rua das Flores 12, 4050-262 Porto', { city: 'Porto', postalCode: '4050-262' }],
    ['Home: Calle Mayor 5, 28013 Madrid (Spain)', { city: 'Madrid', countryCode: 'ES', postalCode: '28013' }],
  ])('names the city in %s', (line, location) => {
    expect(place(line)).toMatchObject(location);
  });
});
