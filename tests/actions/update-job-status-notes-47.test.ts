import { describe, expect, it } from 'vitest';
import { reasonSaid } from '../../src/actions/update-job-status/phrasing.ts';

// Trial s46 #59: "I got an offer from Kestrel!! 95k EUR" kept no note (the amount is the one fact to keep), and
// "Brenner Ingolstadt rejected me because of German C1" kept the note "of German C1".
describe('what an offer came with, or why the news happened, kept as the note', () => {
  it.each([
    ['Harbourline came through with an offer!!! 62k GBP', '62k GBP'],
    ['offer from Corrie, £38k a year, start in March', '£38k a year'],
    ['got the offer from Tarlow - 18 lakhs CTC', '18 lakhs CTC'],
    ['Talwerk made me an offer. 82.000 EUR brutto', '82.000 EUR brutto'],
    ['offer from them: SEK 52 000 a month', 'SEK 52 000 a month'],
    ['they offered me $120,000 per year', '$120,000 per year'],
  ])('"%s" → "%s"', (message, note) => {
    expect(reasonSaid(message)).toBe(note);
  });

  it.each([
    'I got an offer from Talwerk, 2 weeks to decide',
    'they offered, 2nd round done',
    'offer from Corrie!!',
    // (Review of session 47: a distance is no pay; an amount is never followed by a letter.)
    'Dunmore offered me the depot job, only 8 km from home',
    'got an offer, the site is 12 kms away',
  ])('"%s" keeps no figure that is no pay', (message) => {
    expect(reasonSaid(message)).toBeUndefined();
  });

  it('keeps "because of" with the reason', () => {
    expect(reasonSaid('Talwerk turned me down because of my missing Swiss work permit')).toBe('because of my missing Swiss work permit');
    expect(reasonSaid('I pulled out because the commute was too long')).toBe('the commute was too long');
  });
});
