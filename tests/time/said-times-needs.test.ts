import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../../src/actions/planning-only-dependencies.ts';
import { trainingSet } from '../../src/planner/nlu/training-set.ts';
import { reminderDayWords, type Rewrite, tidyTimeWords, tidyTimeWordsTracked, timeWordRewrites } from '../../src/time/said-times.ts';

/** Times and days as people type them, enough that every rewrite reads at least one (checked below). */
const said = [
  'half past two', 'quarter past 8', 'a quarter to nine', 'ten past 3', 'twenty-five to 4', 'five to 4', 'at half 7',
  'move it to half 2', '3 in the afternoon', '9 at night', 'at 3 o\'clock', 'push it 1h later', '30min earlier',
  'um 10 Uhr', '14:30 Uhr', 'am 17.12. um 9:30', '12.12.2026', '10h30', 'friday 18h', 'call acme tmrw', '2moro at 9',
  'tmrw half 9', 'fri half 2', 'around 9ish', '3pm-ish', 'around 3', '@ 10', '~2pm', 'at around 5', 'by end of day',
  'EOD friday', 'close of business', 'this arvo', 'tmrw eve', 'sat am', 'first thing monday', 'tomorrow first thing',
  'first thing', 'after lunch on friday', 'after lunch', 'after the weekend', 'monday week', 'a week on friday',
  'in 2 wks', 'in 3 hrs', 'the 11th — at 9am', 'tues', 'weds', 'thurs at 2', '2day', 'next tomorrow', 'by 10am',
  'lundi', 'el martes', 'miércoles', 'jeudi', 'viernes', 'samedi', 'sábado', 'dimanche', 'segunda às 9h', 'terça-feira',
  'quarta 14h', 'quinta às 10h', 'sexta-feira', 'domingo', 'lunedì', 'maandag', 'måndag', 'poniedziałek', 'wtorek',
  'tisdag', 'tirsdag', 'dinsdag', 'martedi', 'środa', 'sroda', 'w środę', 'woensdag', 'onsdag', 'mercoledì', 'donderdag', 'torsdag', 'venerdì', 'piatek', 'sabato', 'lørdag', 'domenica', 'søndag', 'mandag', 'lunedi', 'miercoles', 'sabado', 'terca', 'czwartek', 'giovedì', 'piątek', 'vrijdag', 'fredag', 'lördag', 'sobota',
  'zaterdag', 'niedziela', 'söndag', 'zondag', 'depois de amanhã', 'pasado mañana', 'après-demain', 'übermorgen',
  'demain', 'mañana', 'amanhã', 'hoje', 'aujourd\'hui', 'heute', 'daqui a 3 dias', 'dans 2 jours', 'in 2 Tagen',
  '5 januari', 'le 3 février', 'el 9 de enero', '17. Dezember', '8 stycznia', '12月17日 14時', '12월 17일 14시 30분',
  'dia 12 às 15h', 'le 12 à 14h30', 'el 9 a las 10', 'alle 14:30', 'om 13.00', 'kl 13', 'klockan 9', 'godz. 10',
  'saat 10:00', 'friday o 12', 'on day 15 at 14h', 'at the day 11 of December', 'at 16 hours', '0600Z', '14:30Z',
  '1430hrs', '0900 Monday', 'Monday 0600', '1500 UTC', 'make it 0930', '14.00', 'at 9.30', '13.30', 'on 10.12',
  '12 Dec, 1000', '18/12 - 14:00', 'the 3.12', 'rem fri 3 acme', 'the 12 at 3pm', 'am Mittwoch', 'nicht Dienstag',
  'samedi prochain', 'el próximo lunes', 'nächsten Montag', 'eleven a m', '9 p.m.', 'two thirty pm', 'two thirty',
  'at nine', 'lunchtime', 'at lunch', 'the twenty third', 'december twelfth', 'on the fourteenth', 'thu', 'am Do.',
  'on Fr. at 9', 'Donnerstag', 'the day after tomorrow', 'the next day', 'in a fortnight', 'the week after next',
  'tomorrow eve', 'am Monday', 'nicht Monday', 'friday prochain', 'le prochain friday', 'new year\'s eve', 'new years day', 'christmas eve', 'xmas', 'boxing day', 'st stephen\'s day', 'at at 5',
];

/** The same words typed otherwise: capitals, a no-break space, a tab, the long s, inside a sentence. */
const typedOtherwise = (text: string): string[] => [
  text,
  text.toUpperCase(),
  text.replace(/ /g, '\u00a0'),
  text.replace(/ /g, '\t'),
  text.replace(/s/g, 'ſ'),
  `remind me ${text} to call Acme`,
];

/** Whether a text holds one of what a rewrite needs, as `Needs` says: lower-cased, found anywhere, or a figure. */
const holdsNeeded = (text: string, needs: Rewrite[2]): boolean => {
  const lower = text.toLowerCase().replaceAll('ſ', 's');
  return needs.some((need) => (typeof need === 'string' ? lower.includes(need) : /\d/.test(text)));
};

describe('the rewrites’ `Needs` (the look-ups that skip a rewrite)', () => {
  const every = [...timeWordRewrites, ...reminderDayWords];
  const utterances = trainingSet(createActions(planningOnlyDependencies())).map(({ text }) => text);
  const texts = [...new Set([...said, ...utterances].flatMap(typedOtherwise))];

  it('are said for every rewrite, in lower case', () => {
    expect(every.length).toBeGreaterThan(90);
    for (const [pattern, , needs] of every) {
      expect(needs.length, pattern.source).toBeGreaterThan(0);
      for (const need of needs) if (typeof need === 'string') expect(need, pattern.source).toBe(need.toLowerCase());
    }
  });

  it('never fail on a text the rewrite matches: times said every way, typed any way, and every utterance', () => {
    for (const [pattern, , needs] of every) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (const text of texts) if (once.test(text)) expect(holdsNeeded(text, needs), `${pattern.source}: "${text}"`).toBe(true);
    }
  });

  it('are checked against a text each rewrite matches (no check above is empty)', () => {
    const unread = every.filter(([pattern]) => !texts.some((text) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text)));
    expect(unread.map(([pattern]) => pattern.source)).toEqual([]);
  });

  it('leave what the tidying makes as it was: time words tidied, and a text without any left as typed', () => {
    expect(tidyTimeWords('thurs at half past two')).toBe('thursday at 2:30');
    expect(tidyTimeWords('call them TMRW 9ish')).toBe('call them tomorrow at 9');
    expect(tidyTimeWordsTracked('relance Capgemini vendredi 10h', reminderDayWords).text).toBe('relance Capgemini friday 10:00');
    // (The rewrites run one after another: "at 5" made by "by end of day" is read by the next ones.)
    expect(tidyTimeWordsTracked('chase them by end of day ſamstag', reminderDayWords).text).toBe('chase them at 5pm saturday');
    const plain = tidyTimeWordsTracked('find remote python jobs 😀 in Berlin', reminderDayWords);
    expect(plain.text).toBe('find remote python jobs 😀 in Berlin');
    expect(plain.typedSpan(0, 4)).toEqual([0, 4]);
    const typed = 'call acme tmrw';
    const tidied = tidyTimeWordsTracked(typed);
    expect(tidied.text).toBe('call acme tomorrow');
    expect(typed.slice(...tidied.typedSpan(10, 18))).toBe('tmrw');
  });
});
