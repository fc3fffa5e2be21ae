import { describe, expect, it } from 'vitest';
import { placeFromShortForm, shortFormsOf } from '../../src/alerts/place-initials.ts';
import { isTimeZone, takeZone, zoneFromWords } from '../../src/alerts/zone-from-words.ts';

describe('zoneFromWords', () => {
  it.each([
    ['new york', 'America/New_York'],
    ['NYC', 'America/New_York'],
    ['perth', 'Australia/Perth'],
    ['los angeles', 'America/Los_Angeles'],
    ['uk', 'Europe/London'],
    ['cet', 'Europe/Berlin'],
    ['IST', 'Asia/Kolkata'],
    ['pst', 'America/Los_Angeles'],
  ])('reads "%s" as %s', (said, zone) => {
    expect(zoneFromWords(said)).toBe(zone);
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(['christmas', 'dinner', 'full', 'local', 'easter'])('reads no zone from "%s"', (said) => {
    expect(zoneFromWords(said)).toBeUndefined();
  });

  // Regression (trial s50 #29): "Alberta time" was no zone, and the alert lost its place with it.
  it.each([
    ['alberta', 'America/Edmonton'],
    ['Queensland', 'Australia/Brisbane'],
    ['norway', 'Europe/Oslo'],
    ['bavaria', 'Europe/Berlin'],
    ['british columbia', 'America/Vancouver'],
  ])('reads a region whose cities keep one clock, "%s", as %s', (said, zone) => {
    expect(zoneFromWords(said)).toBe(zone);
  });

  it.each(['canada', 'usa', 'australia', 'europe'])('reads no zone from "%s", whose cities keep several', (said) => {
    expect(zoneFromWords(said)).toBeUndefined();
  });
});

describe('takeZone', () => {
  it.each([
    ['tell me at 9am boston time about new nurse jobs', 'tell me at 9am about new nurse jobs', 'America/New_York'],
    ['every morning at 6 sydney time', 'every morning at 6', 'Australia/Sydney'],
    ['weekdays 7:30 (uk time) please', 'weekdays 7:30 please', 'Europe/London'],
    ['daily at 10 CET for sap jobs', 'daily at 10 for sap jobs', 'Europe/Berlin'],
    ['at 8 pst, new qa jobs', 'at 8, new qa jobs', 'America/Los_Angeles'],
    // (Trial s48 #27: a zone said after a time is the zone, never a place.)
    ['weekdays 6.45am ET, new sonographer jobs', 'weekdays 6.45am, new sonographer jobs', 'America/New_York'],
    ['daily at 7 PT for barista jobs', 'daily at 7 for barista jobs', 'America/Los_Angeles'],
    ['mondays 8am mountain: ski instructor jobs', 'mondays 8am: ski instructor jobs', 'America/Denver'],
    ['each morning at 6 central standard please', 'each morning at 6 please', 'America/Chicago'],
    ['every day 10am gulf time', 'every day 10am', 'Asia/Dubai'],
    ['at 07h30 AEST', 'at 07h30', 'Australia/Sydney'],
  ])('takes the zone out of "%s"', (said, text, zone) => {
    expect(takeZone(said)).toEqual({ text, zone, words: expect.any(String) });
  });

  it.each([
    'part time cleaner jobs in Hull',
    'full time chef jobs, any time is fine',
    'christmas time temp jobs in York',
    'NEW WEST LONDON NURSE JOBS AT 9 EACH MORNING',
    'jobs at CETA engineering',
    'cleaner jobs at 9 pt in Hull',
    'meet me at 9am Central Station',
    'pacific northwest forestry jobs',
  ])('leaves "%s" as it is', (said) => {
    expect(takeZone(said)).toEqual({ text: said });
  });
});

describe('placeFromShortForm', () => {
  it('names a place said by its initials or a short form, and leaves the rest', () => {
    expect(placeFromShortForm('nyc')).toBe('New York');
    expect(placeFromShortForm('SF')).toBe('San Francisco');
    expect(placeFromShortForm('ldn')).toBe('London');
    expect(placeFromShortForm('Leeds')).toBe('Leeds');
    expect(shortFormsOf('London')).toEqual(['ldn', 'lon']);
  });
});
