import { describe, expect, it } from 'vitest';
import { isKnownPlace, locationMatches, placePatterns } from '../../src/jobs/regions.ts';

const at = (location: string) => ({ location, remote: false });

describe('regions inside a country, found by their cities (trial s46 #63)', () => {
  it('finds a German state by its English or German name, and by the cities in it', () => {
    for (const state of ['Bavaria', 'Bayern', 'bavaria']) {
      expect(locationMatches(at('München, Bayern, Germany'), state), state).toBe(true);
      expect(locationMatches(at('Ingolstadt; Munich'), state), state).toBe(true);
      expect(locationMatches(at('Nürnberg'), state), state).toBe(true);
      expect(locationMatches(at('Stuttgart'), state), state).toBe(false);
    }
    for (const state of ['Baden-Württemberg', 'Baden-Wurttemberg', 'Baden-Wuerttemberg']) {
      expect(locationMatches(at('Stuttgart-Vaihingen'), state), state).toBe(true);
      expect(locationMatches(at('Karlsruhe, Germany'), state), state).toBe(true);
      expect(locationMatches(at('Berlin'), state), state).toBe(false);
    }
    expect(locationMatches(at('Düsseldorf'), 'NRW')).toBe(true);
    expect(locationMatches(at('Köln'), 'North Rhine-Westphalia')).toBe(true);
    expect(locationMatches(at('Darmstadt'), 'Hessen')).toBe(true);
  });

  it('keeps a state inside its country: a search in Germany finds a town only its state lists', () => {
    expect(locationMatches(at('Ingolstadt'), 'Germany')).toBe(true);
    expect(locationMatches(at('Heilbronn'), 'Deutschland')).toBe(true);
    expect(locationMatches(at('Erlangen'), 'Europe')).toBe(true);
  });

  it('finds the cities of large US, Canadian, Australian and Indian states, and of UK nations', () => {
    expect(locationMatches(at('Palo Alto'), 'California')).toBe(true);
    expect(locationMatches(at('San Jose'), 'California')).toBe(true);
    expect(locationMatches(at('Houston'), 'Texas')).toBe(true);
    expect(locationMatches(at('Waterloo'), 'Ontario')).toBe(true);
    expect(locationMatches(at('Brisbane'), 'Queensland')).toBe(true);
    expect(locationMatches(at('Pune, India'), 'Maharashtra')).toBe(true);
    expect(locationMatches(at('Gurugram'), 'Delhi NCR')).toBe(true);
    expect(locationMatches(at('Aberdeen'), 'Scotland')).toBe(true);
    expect(locationMatches(at('Sheffield'), 'Yorkshire')).toBe(true);
    expect(locationMatches(at('Austin, TX'), 'California')).toBe(false);
  });

  it('finds the suburbs and towns of a metro area under its city, and the cities of every Australian state and territory (trial s48 #14)', () => {
    expect(locationMatches(at('Subiaco, WA'), 'Perth')).toBe(true);
    expect(locationMatches(at('Fremantle WA 6160'), 'Western Australia')).toBe(true);
    expect(locationMatches(at('Brampton, ON'), 'Toronto')).toBe(true);
    expect(locationMatches(at('Coquitlam, BC'), 'Vancouver')).toBe(true);
    expect(locationMatches(at('Parramatta'), 'Sydney')).toBe(true);
    expect(locationMatches(at('Launceston'), 'Tasmania')).toBe(true);
    expect(locationMatches(at('Darwin'), 'Australia')).toBe(true);
    expect(locationMatches(at('Winnipeg'), 'Canada')).toBe(true);
    expect(locationMatches(at('Parramatta'), 'Melbourne')).toBe(false);
    expect(locationMatches(at('Brampton, ON'), 'Vancouver')).toBe(false);
  });

  it('never finds a city that only shares a word with one in the region', () => {
    // "York" is no part of Yorkshire's list: New York is not in Yorkshire.
    expect(locationMatches(at('New York, NY'), 'Yorkshire')).toBe(false);
    expect(locationMatches(at('Cambridge, UK'), 'Massachusetts')).toBe(false);
    expect(locationMatches(at('Cambridge, MA'), 'Massachusetts')).toBe(true);
  });

  it('knows the regions as places (a search reads them as where), and the index gets a pattern for each city', () => {
    for (const name of ['Bavaria', 'Bayern', 'Baden-Württemberg', 'Niedersachsen', 'California', 'Maharashtra']) expect(isKnownPlace(name), name).toBe(true);
    expect(placePatterns('Bavaria').length).toBeGreaterThan(10);
  });
});

// Regression (trial s50 #10): "welder in alberta canada" found nothing — a place then its country, with no comma,
// was looked for as one phrase. The place before the country is the one asked for, the country never wider than it.
describe('a place followed by its country or region, with or without a comma', () => {
  it.each([
    ['Red Deer, Alberta, Canada', 'alberta canada'],
    ['Trondheim, Norway', 'trondheim norway'],
    ['Ålesund', 'alesund, norway'],
    ['Geelong VIC 3220', 'victoria australia'],
    ['Łódź, Poland', 'lodz poland'],
    ['Fort Worth, TX', 'texas united states'],
    ['Sligo', 'sligo ireland'],
  ])('%s is in "%s"', (location, place) => {
    expect(locationMatches(at(location), place)).toBe(true);
  });

  it.each([
    ['Winnipeg, Manitoba, Canada', 'alberta canada'],
    ['Oslo, Norway', 'trondheim norway'],
    ['Galway', 'sligo ireland'],
    ['Remote - Canada', 'remote canada'],
  ])('%s is not in "%s"', (location, place) => {
    expect(locationMatches(at(location), place)).toBe(false);
  });
});
