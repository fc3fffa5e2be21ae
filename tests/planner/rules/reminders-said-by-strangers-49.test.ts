import { describe, expect, it } from 'vitest';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 49 (issues 14 and 21): reminders said the way strangers say them, round nine. Invented sentences, one or more
// per class (none from an eval set or a trial): the word for an interview, the weekday, the month and the "at" of
// another language mixed into English (Italian, Dutch, Swedish, Polish, Turkish, Japanese, Korean); "by" before a time
// of day; "next tomorrow"; Zulu time; a cancel with its reason ("…, take the reminder off", "bin all their reminders");
// a detail said "for the X interview" or "… for the X one" with no reminder in play; lists asked with the past ones,
// with a week said first ("this week's follow ups"), and the feed asked as a calendar that subscribes.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal, { references: {}, messages: [{ role: 'user', content: goal }] });

const cases: Array<[string, ExpectedOutcome]> = [
  ['colloquio da Lavazza venerdì alle 9:30, can you remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Lavazza', when: 'venerdì alle 9:30' } }],
  ['sollicitatiegesprek with Philips donderdag om 14.00 remind me please', { action: 'set_reminder', args: { about: 'interview', job: 'Philips', when: 'donderdag' } }],
  ['rozmowa kwalifikacyjna z Allegro w środę o 11, remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Allegro', when: 'o 11' } }],
  ['intervju med Spotify torsdag kl 15 - remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Spotify', when: 'kl 15' } }],
  ['Mercari面接 1月8日 10時 please remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Mercari', when: '1月8日' } }],
  ['Naver 면접 Friday 11am remind me please', { action: 'set_reminder', args: { about: 'interview', job: 'Naver', when: 'Friday' } }],
  ['Trendyol mülakat on 14 January saat 15:00, remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Trendyol', when: 'saat 15:00' } }],
  ['interview at Zalando on 3 februari om 9.30, remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Zalando', when: '3 februari' } }],
  ['remind me to call Correos on 4 marzo at 10am', { action: 'set_reminder', args: { about: 'follow_up', job: 'Correos', when: '4 marzo' } }],
  ['remind me to email the Kuda recruiter next tomorrow by 11am', { action: 'set_reminder', args: { about: 'follow_up', job: 'Kuda', when: 'next tomorrow by 11am' } }],
  ['medical with Emirates 0730Z on 2027-02-03, set a reminder', { action: 'set_reminder', args: { job: 'Emirates', when: '2027-02-03' } }],
  // A cancel with its reason beside it, before or after: the reason names whose, or is only a reason.
  ["I'm done with Greggs, bin all their reminders", { action: 'cancel_reminder', args: { reminder: 'all Greggs' } }],
  ['no longer need the reminder about the CSCS card test now, passed it yesterday', { action: 'cancel_reminder', args: { reminder: 'CSCS card test' } }],
  ['not going to the Wickes interview after all, found another job. take the reminder off', { action: 'cancel_reminder', args: { reminder: 'Wickes' } }],
  ['anything I have on thursday can go, my kid is ill', { action: 'cancel_reminder', args: { reminder: 'all thursday' } }],
  // A detail said of an interview named by its company, with no reminder in play: the reminder's note, not prep or news.
  ["for the Arla interview, it's at their Leeds site, gate 3", { action: 'note_reminder', args: { reminder: 'Arla', note: 'gate 3' } }],
  ['for my Screwfix interview I need to bring two forms of ID', { action: 'note_reminder', args: { reminder: 'Screwfix', note: 'two forms of ID' } }],
  ['please note that the dress code is smart casual for the Ocado one', { action: 'note_reminder', args: { reminder: 'Ocado', note: 'smart casual' } }],
  // Lists: the past and cancelled ones too, a week's kind said first, a stretch with no period of its own, the feed.
  ['list all my reminders, even the cancelled and past ones', { action: 'list_reminders', args: { include_past: true } }],
  ["this week's follow ups please", { action: 'list_reminders', args: { period: 'this_week', kind: 'follow_up' } }],
  ['any interviews lined up for the week after next', { action: 'list_reminders', args: { kind: 'interview' } }],
  ["could outlook's calendar subscribe to them somehow?", { action: 'list_reminders', args: { feed: true } }],
];

describe('reminders said by strangers, round nine (session 49)', () => {
  it.each(cases)('%s', async (goal, expected) => {
    expectOutcome(await said(goal), expected);
  });
});

/** Monday 7 Dec 2026, 09:00 in Berlin. */
const now = new Date('2026-12-07T08:00:00Z');
const readIn = (words: string, timeZone = 'Europe/Berlin') => {
  const reading = readWhen(words, { now, timeZone });
  if (!reading.ok) throw new Error(`"${words}" was not read: ${reading.message}`);
  return reading.when;
};
const wallOf = (words: string) => ({ ...readIn(words).wall, allDay: readIn(words).allDay });

describe('the days and times of round nine', () => {
  it('reads weekdays, months and "at" in Italian, Dutch, Swedish, Polish and Turkish', () => {
    expect(wallOf('mercoledì alle 16:45')).toMatchObject({ day: 9, hour: 16, minute: 45, allDay: false });
    expect(wallOf('vrijdag om 8.15')).toMatchObject({ day: 11, hour: 8, minute: 15 });
    expect(wallOf('onsdag kl 10')).toMatchObject({ day: 9, hour: 10, minute: 0, allDay: false });
    expect(wallOf('w czwartek o 9')).toMatchObject({ day: 10, hour: 9, minute: 0, allDay: false });
    expect(wallOf('on 20 gennaio saat 11:30')).toMatchObject({ year: 2027, month: 1, day: 20, hour: 11, minute: 30 });
    expect(wallOf('12 maart')).toMatchObject({ year: 2027, month: 3, day: 12, allDay: true });
    expect(wallOf('el 9 de febrero a las 18hs')).toMatchObject({ year: 2027, month: 2, day: 9, hour: 18, minute: 0 });
    expect(wallOf('15 stycznia o 10')).toMatchObject({ year: 2027, month: 1, day: 15, hour: 10, allDay: false });
  });

  it('reads a date and a time written in Japanese or Korean figures', () => {
    expect(wallOf('1月12日 9時30分')).toMatchObject({ year: 2027, month: 1, day: 12, hour: 9, minute: 30 });
    expect(wallOf('12월 22일 15시')).toMatchObject({ year: 2026, month: 12, day: 22, hour: 15, minute: 0 });
  });

  it('reads "by" before a time of day as that time, "next tomorrow" as the day after tomorrow, Zulu time as UTC', () => {
    expect(wallOf('tomorrow by 8:30')).toMatchObject({ day: 8, hour: 8, minute: 30, allDay: false });
    expect(wallOf('next tomorrow')).toMatchObject({ day: 9, allDay: true });
    expect(wallOf('next tmrw by 4pm')).toMatchObject({ day: 9, hour: 16, allDay: false });
    // 11am in Lagos (West Africa Time, UTC+1) is 11:00 in Berlin in winter; 1015Z is 11:15 there.
    expect(readIn('on 12/01/2027 by 11am WAT').at).toEqual(new Date('2027-01-12T10:00:00Z'));
    expect(readIn('1015Z on 2027-01-04').at).toEqual(new Date('2027-01-04T10:15:00Z'));
    // ("by 2 hours" is a shift, "by the 9th" a day: neither is a time.)
    expect(wallOf('by the 9th')).toMatchObject({ day: 9, allDay: true });
  });

  it('keeps English words that look like the other languages\' words their own', () => {
    // ("mars" and "mai" are months only beside a day's number; "om" and "alle" only before a time.)
    expect(wallOf('friday at 10')).toMatchObject({ day: 11, hour: 10 });
    expect(wallOf('on the 3rd of May')).toMatchObject({ year: 2027, month: 5, day: 3 });
  });
});
