import { describe, expect, it } from 'vitest';
import { readWhen, type WhenOptions } from '../../src/career/reminders/read-when.ts';
import { instantOfWallTime, offsetMinutesAt } from '../../src/time/time-zone.ts';
import { findWhen } from '../../src/actions/set-reminder/find-when.ts';

/** Saturday 5 Dec 2026, 11:00 in Berlin (UTC+1). */
const now = new Date('2026-12-05T10:00:00Z');
const berlin = { now, timeZone: 'Europe/Berlin' };
const at = (words: string, options: WhenOptions = berlin) => {
  const reading = readWhen(words, options);
  if (!reading.ok) throw new Error(`"${words}" was not read: ${reading.message}`);
  return reading.when;
};

describe('readWhen', () => {
  it('reads a time in the person\'s zone, and a day without one as a whole day at 09:00 there', () => {
    expect(at('on the 12th at 3pm')).toMatchObject({ at: new Date('2026-12-12T14:00:00Z'), allDay: false, said: 'on the 12th at 3pm' });
    expect(at('Friday')).toMatchObject({ at: new Date('2026-12-11T08:00:00Z'), allDay: true });
    expect(at('in 3 days')).toMatchObject({ at: new Date('2026-12-08T08:00:00Z'), allDay: true });
    expect(at('next tuesday at 10:30')).toMatchObject({ at: new Date('2026-12-08T09:30:00Z'), allDay: false });
    expect(at('December the 12th')).toMatchObject({ at: new Date('2026-12-12T08:00:00Z'), allDay: true });
    expect(at('today')).toMatchObject({ allDay: true, wall: { year: 2026, month: 12, day: 5, hour: 9, minute: 0 } });
    // The same words in New York (UTC-5) are another instant.
    expect(at('on the 12th at 3pm', { now, timeZone: 'America/New_York' }).at).toEqual(new Date('2026-12-12T20:00:00Z'));
  });

  // Regression (session 40): "am 12.12. um 14:30 Uhr" was refused for its time, "Do." not read, and "push it 1h later"
  // moved 14:30 to 13:00 (read as 1 o'clock). Dates and times as Germans write them, in other dates.
  it('reads dates and times as Germans write them: "03.02.", "am 3.2. um 9 Uhr", "17 Uhr", "Mi.", "Freitag"', () => {
    expect(at('am 3.2. um 9 Uhr')).toMatchObject({ allDay: false, wall: { year: 2027, month: 2, day: 3, hour: 9, minute: 0 } });
    expect(at('on 24.12. 17:45 Uhr')).toMatchObject({ allDay: false, wall: { year: 2026, month: 12, day: 24, hour: 17, minute: 45 } });
    expect(at('31.12.2026 at 10')).toMatchObject({ wall: { year: 2026, month: 12, day: 31, hour: 10 } });
    expect(at('on Mi. at 8:15')).toMatchObject({ wall: { year: 2026, month: 12, day: 9, hour: 8, minute: 15 } });
    expect(at('Freitag 17 Uhr')).toMatchObject({ wall: { year: 2026, month: 12, day: 11, hour: 17, minute: 0 } });
    // (Session 46: "um" before a time with its minutes is "at" without "Uhr" too; a bare "um 9" stays unread.)
    expect(at('am 17.12. um 9:30')).toMatchObject({ allDay: false, wall: { year: 2026, month: 12, day: 17, hour: 9, minute: 30 } });
    expect(at('Montag um 14:15')).toMatchObject({ allDay: false, wall: { day: 7, hour: 14, minute: 15 } });
    // (A time with a dot stays a time: "at 9.05." is no 9 May.)
    expect(at('tomorrow at 9.05.')).toMatchObject({ wall: { day: 6, hour: 9, minute: 5 } });
    expect(findWhen('my call with Ostwind is on 03.02. at 11:15')?.when).toBe('on 03.02. at 11:15');
  });

  // Regression (trial s46 #33): "move my Voltara interview to 09.01.2027 14:30" was passed on as "at 09.01.2027 14:30"
  // and set for 1 Sep 2027: a dotted date was read day first after "on" but month first after "at".
  it('reads a dotted date with its year day first after any word and in any zone', () => {
    const january = { year: 2027, month: 1, day: 9, hour: 14, minute: 30 };
    expect(at('at 09.01.2027 14:30')).toMatchObject({ wall: january });
    expect(at('to 09.01.2027 14:30')).toMatchObject({ wall: january });
    expect(at('by 9.1.27 at 14:30')).toMatchObject({ wall: january });
    expect(at('09.01.2027 14:30')).toMatchObject({ wall: january });
    // (A United States zone writes slashes month first, never dots.)
    expect(at('at 09.01.2027 14:30', { now, timeZone: 'America/Chicago' })).toMatchObject({ wall: january });
    // (Without a year, a dotted pair after "at" is still a time.)
    expect(at('tomorrow at 10.15')).toMatchObject({ wall: { day: 6, hour: 10, minute: 15 } });
  });

  it('reads "2h later", "90min earlier" as a shift of the reminder\'s own time, never as a clock time', () => {
    const keep = { wall: { year: 2026, month: 12, day: 12, hour: 14, minute: 30 }, allDay: false };
    expect(at('2h later', { ...berlin, keep })).toMatchObject({ wall: { day: 12, hour: 16, minute: 30 } });
    expect(at('push it 1h later', { ...berlin, keep })).toMatchObject({ wall: { day: 12, hour: 15, minute: 30 } });
    expect(at('90min earlier', { ...berlin, keep })).toMatchObject({ wall: { day: 12, hour: 13, minute: 0 } });
  });

  it('reads times and days typed in chat ("half past two", "3 in the afternoon", "2moro", "thurs")', () => {
    expect(at('thurs at half past two')).toMatchObject({ at: new Date('2026-12-10T13:30:00Z'), allDay: false, said: 'thurs at half past two' });
    expect(at('2moro at 3 in the afternoon')).toMatchObject({ at: new Date('2026-12-06T14:00:00Z'), allDay: false });
    expect(at('next tues at quarter to 4').at).toEqual(new Date('2026-12-08T14:45:00Z'));
    expect(at('12/12 at 15:00').at).toEqual(new Date('2026-12-12T14:00:00Z'));
    expect(at('dec 12').wall).toMatchObject({ month: 12, day: 12, hour: 9 });
  });

  it('reads an hour from one to six said without am or pm in the afternoon; a leading zero or am keeps it', () => {
    expect(at('thursday at 2').wall).toMatchObject({ day: 10, hour: 14, minute: 0 });
    // (Written with its minutes where the 12-hour clock is written; in Berlin that is the 24-hour clock: below.)
    expect(at('the 12th at 5:15', { now, timeZone: 'America/Chicago' }).wall).toMatchObject({ day: 12, hour: 17, minute: 15 });
    expect(at('friday at 9').wall).toMatchObject({ hour: 9 });
    expect(at('friday at 2am').wall).toMatchObject({ hour: 2 });
    expect(at('tomorrow at 02:00').wall).toMatchObject({ hour: 2 });
  });

  // Session 34 (a new user's trial): "tomorrow morning" was a whole-day reminder, the morning dropped.
  it('reads a part of the day said alone as its usual hour, not the whole day', () => {
    expect(at('tomorrow morning')).toMatchObject({ allDay: false, wall: { day: 6, hour: 9, minute: 0 } });
    expect(at('friday afternoon')).toMatchObject({ allDay: false, wall: { day: 11, hour: 14 } });
    expect(at('sunday evening')).toMatchObject({ allDay: false, wall: { day: 6, hour: 18 } });
    expect(at('monday lunchtime')).toMatchObject({ allDay: false, wall: { day: 7, hour: 12 } });
    expect(at('tonight')).toMatchObject({ allDay: false, wall: { day: 5, hour: 19 } });
    // A clock time said with it wins.
    expect(at('tomorrow morning at 7:30')).toMatchObject({ allDay: false, wall: { day: 6, hour: 7, minute: 30 } });
  });

  it('"the 3rd" past this month\'s is next month\'s', () => {
    expect(at('the 3rd').wall).toMatchObject({ year: 2027, month: 1, day: 3 });
  });

  it('keeps the wall-clock hour across a daylight-saving change', () => {
    // Berlin moves to UTC+2 on 29 Mar 2026: 15:00 that day is 13:00 UTC, though today's offset is +1.
    expect(at('March 30 at 3pm', { now: new Date('2026-03-20T10:00:00Z'), timeZone: 'Europe/Berlin' }).at).toEqual(new Date('2026-03-30T13:00:00Z'));
    expect(offsetMinutesAt(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(instantOfWallTime({ year: 2026, month: 11, day: 1, hour: 12, minute: 0 }, 'America/New_York')).toEqual(new Date('2026-11-01T17:00:00Z'));
  });

  it('counts on from a day said ("a week from friday") and reads a fortnight as two weeks', () => {
    // Friday is 11 Dec; a week on is Friday 18 Dec, a whole day.
    expect(at('a week from friday')).toMatchObject({ at: new Date('2026-12-18T08:00:00Z'), allDay: true, said: 'a week from friday' });
    expect(at('3 days after tomorrow at 4pm')).toMatchObject({ at: new Date('2026-12-09T15:00:00Z'), allDay: false });
    expect(at('in a fortnight').wall).toMatchObject({ year: 2026, month: 12, day: 19 });
    expect(at('the week after next').wall).toMatchObject({ year: 2026, month: 12, day: 19 });
    expect(readWhen('a week from someday', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
  });

  it('reads a day and time said loosely as said: "9ish", "around 3", "@ 4", "arvo", "tmrw eve", "sat am", "after lunch", "in 2 wks"', () => {
    // Saturday 5 Dec 2026 in Berlin: Sunday is the 6th, Tuesday the 8th, Friday the 11th.
    expect(at('tmrw 9ish').wall).toMatchObject({ day: 6, hour: 9, minute: 0 });
    expect(at('tues 2ish')).toMatchObject({ allDay: false, wall: { day: 8, hour: 14 } });
    expect(at('friday around 3').wall).toMatchObject({ day: 11, hour: 15 });
    expect(at('the 14th around 11').wall).toMatchObject({ day: 14, hour: 11 });
    expect(at('thurs @ 4')).toMatchObject({ allDay: false, wall: { day: 10, hour: 16 } });
    expect(at('weds arvo').wall).toMatchObject({ day: 9, hour: 14 });
    expect(at('tmrw eve').wall).toMatchObject({ day: 6, hour: 18 });
    expect(at('mon am')).toMatchObject({ allDay: false, wall: { day: 7, hour: 9 } });
    expect(at('first thing tuesday').wall).toMatchObject({ day: 8, hour: 9 });
    expect(at('after lunch on friday').wall).toMatchObject({ day: 11, hour: 14 });
    expect(at('in 2 wks').wall).toMatchObject({ day: 19 });
    expect(at('end of the week').wall).toMatchObject({ day: 11 });
    expect(at('end of next week').wall).toMatchObject({ day: 18 });
    // A month after the day is read as a month; other words after it are not ("the 14th in the afternoon").
    expect(at('the 14th after lunch').wall).toMatchObject({ month: 12, day: 14, hour: 14 });
  });

  it('refuses a time said but not read, rather than setting the day alone or another hour', () => {
    for (const words of ['friday at 2ishh', 'friday 2 or so', 'tmrw at 9 or 10']) {
      const reading = readWhen(words, berlin);
      expect(reading, words).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
      expect(reading.ok ? '' : reading.message, words).toMatch(/not the time/);
    }
  });

  it('takes an ISO instant as that instant', () => {
    expect(at('2026-12-12T15:00:00Z').at).toEqual(new Date('2026-12-12T15:00:00Z'));
  });

  it('refuses words with no date and times past, with stable codes', () => {
    expect(readWhen('whenever', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
    expect(readWhen('', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
    expect(readWhen('yesterday', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_PAST' });
    expect(readWhen('today at 8am', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_PAST' });
  });

  it('refuses a day it cannot read beside a time it can, instead of setting the time for today', () => {
    // (A clock time alone is still today's: "at 3pm", "noon".)
    // (Session 40: "mañana" and the French, Spanish and German weekdays are read now; session 41: "amanhã" too; session 42
    // (trial s42 #48): "depois de amanhã", the day after tomorrow, as well.)
    for (const words of ['morgen um 15 Uhr', 'pancake day at noon', 'the mid-term break at 10am']) {
      const reading = readWhen(words, berlin);
      expect(reading, words).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
      expect(reading.ok ? '' : reading.message, words).toMatch(/^I could (?:read only ".+" of ".+", not the day|not read a date in)/);
    }
    expect(at('at 3pm')).toMatchObject({ wall: { day: 5, hour: 15 } });
    expect(at('noon')).toMatchObject({ wall: { day: 5, hour: 12 } });
    expect(at('mañana 16:00')).toMatchObject({ wall: { day: 6, hour: 16 } });
    expect(at('depois de amanhã às 16:00')).toMatchObject({ wall: { day: 7, hour: 16 } });
    expect(at('first thing tomorrow')).toMatchObject({ wall: { day: 6 } });
  });

  it('reads the 24-hour clock written with an h ("10h30", "18h", "14h00"), and "in 9h" as hours', () => {
    expect(at('on the 15th at 10h30')).toMatchObject({ at: new Date('2026-12-15T09:30:00Z'), allDay: false });
    expect(at('friday 18h')).toMatchObject({ wall: { day: 11, hour: 18, minute: 0 } });
    expect(at('monday 14h00')).toMatchObject({ wall: { day: 7, hour: 14, minute: 0 } });
    expect(at('in 9h').at).toEqual(new Date('2026-12-05T19:00:00Z'));
  });
});

describe('findWhen', () => {
  it('finds the date words and what is left', () => {
    expect(findWhen('to follow up with Northwind on Friday')).toEqual({ when: 'on Friday', rest: 'to follow up with Northwind', timed: false });
    expect(findWhen('in 3 days to chase the Acme recruiter')).toEqual({ when: 'in 3 days', rest: 'to chase the Acme recruiter', timed: false });
    expect(findWhen('my interview with Stripe is on the 12th at 3pm')).toEqual({ when: 'on the 12th at 3pm', rest: 'my interview with Stripe is', timed: true });
    expect(findWhen('about my Globex interview tmrw at 10am')).toMatchObject({ when: 'tmrw at 10am', timed: true });
    expect(findWhen('on monday, call Initech back')).toMatchObject({ when: 'on monday', rest: 'call Initech back' });
    expect(findWhen('a week from friday to follow up with Globex')).toMatchObject({ when: 'a week from friday', rest: 'to follow up with Globex' });
    expect(findWhen('in a fortnight to chase Acme')).toMatchObject({ when: 'in a fortnight', rest: 'to chase Acme' });
    expect(findWhen('2moro 9am to ring the agency')).toMatchObject({ when: '2moro 9am', timed: true });
  });

  it('names a time or a day beside the date that it could not read', () => {
    expect(findWhen('friday 2 or so to call Acme')).toMatchObject({ when: 'friday', unread: '2' });
    expect(findWhen('next blursday at 3 to call Acme')).toMatchObject({ when: 'at 3', unread: 'blursday' });
    expect(findWhen('friday to apply to 3 jobs')).not.toHaveProperty('unread');
    expect(findWhen('thurs at half 2 to call Tesco')).toMatchObject({ when: 'thurs at half 2', timed: true });
  });

  it('finds none where there is none, and no time in "a second interview"', () => {
    expect(findWhen('to send my portfolio to Hooli')).toBeUndefined();
    expect(findWhen('they want me for a second interview at Kirkstall Foods')).toBeUndefined();
  });
});

// Session 37 (a new user's trial): dates said with a weekday, and moves that say only a time or a day.
describe('readWhen (session 37)', () => {
  // Session 37 (a new user's trial, findings 24, 33): "wednesday 9th at 2pm" became all-day Wednesday;
  // "tuesday the 15th at 2:30pm" was unreadable; "9th at 2pm" was read as today at 14:00.
  it('reads a weekday said with a date as that date and its time, and an ordinal alone as the next such day', () => {
    expect(at('wednesday 9th at 2pm')).toMatchObject({ allDay: false, wall: { month: 12, day: 9, hour: 14, minute: 0 }, said: 'wednesday 9th at 2pm' });
    expect(at('tuesday the 15th at 2:30pm')).toMatchObject({ allDay: false, wall: { month: 12, day: 15, hour: 14, minute: 30 } });
    expect(at('on tuesday the 15th at half 2')).toMatchObject({ allDay: false, wall: { day: 15, hour: 14, minute: 30 } });
    expect(at('tue 15 dec 14:30')).toMatchObject({ allDay: false, wall: { day: 15, hour: 14, minute: 30 } });
    expect(at('monday 4th of january')).toMatchObject({ allDay: true, wall: { year: 2027, month: 1, day: 4 } });
    expect(at('9th at 2pm')).toMatchObject({ allDay: false, wall: { day: 9, hour: 14 } });
    expect(at('on the 15th at half 2')).toMatchObject({ allDay: false, wall: { day: 15, hour: 14, minute: 30 } });
    expect(at('15 dec 14:30')).toMatchObject({ allDay: false, wall: { day: 15, hour: 14, minute: 30 } });
    // A weekday with a time and no date is unchanged ("friday 10" is 10:00 on Friday, not the 10th).
    expect(at('friday 10')).toMatchObject({ allDay: false, wall: { day: 11, hour: 10 } });
  });

  it('asks which day when the weekday and the date disagree, naming both, never picking one', () => {
    const reading = readWhen('thursday the 9th at 2pm', berlin);
    expect(reading).toMatchObject({ ok: false, code: 'REMINDER_DAY_MISMATCH' });
    expect(reading.ok ? '' : reading.message).toContain('Wednesday 9 Dec 2026, 14:00 or Thursday 10 Dec 2026, 14:00');
    expect(readWhen('sunday 15th', berlin)).toMatchObject({ ok: false, code: 'REMINDER_DAY_MISMATCH', message: expect.stringContaining('Tuesday 15 Dec 2026 or Sunday 13 Dec 2026') });
  });

  // Session 37 (findings 23, 35): a move to "2pm" set the reminder for today.
  it('keeps the day of the reminder being moved when the words say only a time, and its time when they say only a day', () => {
    const keep = { wall: { year: 2026, month: 12, day: 9, hour: 10, minute: 0 }, allDay: false };
    expect(at('2pm', { ...berlin, keep })).toMatchObject({ allDay: false, wall: { day: 9, hour: 14, minute: 0 } });
    expect(at('half 2', { ...berlin, keep }).wall).toMatchObject({ day: 9, hour: 14, minute: 30 });
    expect(at('at half 2', { ...berlin, keep }).wall).toMatchObject({ day: 9, hour: 14, minute: 30 });
    expect(at('the afternoon', { ...berlin, keep }).wall).toMatchObject({ day: 9, hour: 14 });
    expect(at('friday', { ...berlin, keep })).toMatchObject({ allDay: false, wall: { day: 11, hour: 10, minute: 0 } });
    expect(at('the 15th', { ...berlin, keep })).toMatchObject({ allDay: false, wall: { day: 15, hour: 10 } });
    // What the words do say wins: a day and a time, or a day said to be all day.
    expect(at('friday at 4pm', { ...berlin, keep }).wall).toMatchObject({ day: 11, hour: 16 });
    expect(at('tomorrow', { ...berlin, keep }).wall).toMatchObject({ day: 6, hour: 10 });
    expect(at('friday, all day', { ...berlin, keep })).toMatchObject({ allDay: true, wall: { day: 11, hour: 9 } });
    // A whole-day reminder moved to a time gets that time on its own day.
    expect(at('3pm', { ...berlin, keep: { ...keep, allDay: true } })).toMatchObject({ allDay: false, wall: { day: 9, hour: 15 } });
  });
});

describe('a move said as a shift counts from the reminder\'s own time, never from now (trial s38 #45)', () => {
  /** A Friday 11 Dec 11:00 interview, moved on Saturday 5 Dec. */
  const keep = { wall: { year: 2026, month: 12, day: 11, hour: 11, minute: 0 }, allDay: false };
  const moving = { ...berlin, keep };
  it('reads the shift with a closing stop or "please", in words or figures', () => {
    expect(at('one hour later.', moving).wall).toMatchObject({ day: 11, hour: 12, minute: 0 });
    expect(at('2 hours earlier!', moving).wall).toMatchObject({ day: 11, hour: 9 });
    expect(at('a day later please', moving).wall).toMatchObject({ day: 12, hour: 11 });
    expect(at('three days earlier', moving).wall).toMatchObject({ day: 8, hour: 11 });
  });
  it('refuses "later" words it cannot measure rather than reading them from the clock', () => {
    const reading = readWhen('a bit later in the day', moving);
    expect(reading).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE', message: expect.stringContaining('an hour later') });
  });

  // Session 51 (trial s50 #24, #57): "6:00", "5:30" with no am or pm were read as 18:00 and 17:30 for a welder in Warsaw.
  it('reads a clock time written with its minutes as written where the 24-hour clock is written, a bare hour still in the afternoon', () => {
    const warsaw = { now, timeZone: 'Europe/Warsaw' };
    expect(at('wednesday at 5:45', warsaw).wall).toMatchObject({ day: 9, hour: 5, minute: 45 });
    expect(at('the 14th, 4:30', warsaw).wall).toMatchObject({ day: 14, hour: 4, minute: 30 });
    expect(at('tomorrow 6:10 before the shift', warsaw).wall).toMatchObject({ hour: 6, minute: 10 });
    expect(at('tomorrow at 3:00 in the afternoon', warsaw).wall).toMatchObject({ hour: 15 });
    expect(at('friday 2:30pm', warsaw).wall).toMatchObject({ hour: 14, minute: 30 });
    expect(at('thursday half 3', warsaw).wall).toMatchObject({ hour: 15, minute: 30 });
    expect(at('thursday at 4', warsaw).wall).toMatchObject({ hour: 16 });
    // Where people write the 12-hour clock, "4:30" stays the afternoon's.
    expect(at('wednesday 4:30', { now, timeZone: 'America/Toronto' }).wall).toMatchObject({ hour: 16, minute: 30 });
    expect(at('wednesday 4:30', { now, timeZone: 'Australia/Sydney' }).wall).toMatchObject({ hour: 16, minute: 30 });
  });

  // Session 51 (trial s50 #23, #51, #57): "Calgary time", "Stavanger time" were no zone: read on the person's clock, the words dropped.
  it('reads a city that is no IANA zone name as its clock, and asks about a clock it does not know', () => {
    const warsaw = { now, timeZone: 'Europe/Warsaw' };
    expect(at('on 16.12.2026 at 8:30 Red Deer time', warsaw).wall).toMatchObject({ day: 16, hour: 16, minute: 30 });
    expect(at('friday 11am Houston time', warsaw).wall).toMatchObject({ day: 11, hour: 18 });
    expect(at('friday 11am Gdańsk time', { now, timeZone: 'Europe/London' }).wall).toMatchObject({ hour: 10 });
    expect(at('monday 7:00 Aberdeen time', warsaw).wall).toMatchObject({ hour: 8, minute: 0 });
    expect(at('tuesday 2pm Mountain time', warsaw).wall).toMatchObject({ day: 8, hour: 22 });
    expect(at('thursday 9am my time', warsaw).wall).toMatchObject({ hour: 9 });
    expect(at('at 9am local time on thursday', warsaw).wall).toMatchObject({ day: 10, hour: 9 });
    const unknown = readWhen('friday 10:00 Narvikstad time', warsaw);
    expect(unknown).toMatchObject({ ok: false, code: 'REMINDER_ZONE_UNCLEAR' });
    expect(unknown.ok ? '' : unknown.message).toContain('"Narvikstad time"');
    const several = readWhen('friday 3pm Canada time', warsaw);
    expect(several).toMatchObject({ ok: false, code: 'REMINDER_ZONE_UNCLEAR' });
    expect(several.ok ? '' : several.message).toContain('"Toronto time"');
    expect(readWhen('friday at 3pm same time as last week', warsaw).ok).not.toBe(false);
  });

  it("checks the reading against the person's own reckoning on their clock", () => {
    const warsaw = { now, timeZone: 'Europe/Warsaw' };
    expect(at('friday 10am Toronto time - 4pm for me', warsaw).wall).toMatchObject({ day: 11, hour: 16 });
    expect(at('on the 15th 8:00 Calgary time (16:00 my time)', warsaw).wall).toMatchObject({ day: 15, hour: 16 });
    const mismatch = readWhen('on the 15th 8:00 Calgary time, which is 15:00 here', warsaw);
    expect(mismatch).toMatchObject({ ok: false, code: 'REMINDER_ZONE_UNCLEAR' });
    expect(mismatch.ok ? '' : mismatch.message).toContain('16:00');
  });

  // Session 51 (trial s50 #39): "to 16.12 same time" moved a reminder to 16:12 on its own day.
  it('reads a day and month in figures in a move as a date, keeping its time', () => {
    const keep = { wall: { year: 2026, month: 12, day: 15, hour: 9, minute: 30 }, allDay: false };
    const warsaw = { now, timeZone: 'Europe/Warsaw', keep };
    expect(at('to 18.12 same time', warsaw).wall).toMatchObject({ month: 12, day: 18, hour: 9, minute: 30 });
    expect(at('to 3.01', warsaw).wall).toMatchObject({ year: 2027, month: 1, day: 3, hour: 9, minute: 30 });
    expect(at('to 14.30', warsaw).wall).toMatchObject({ day: 15, hour: 14, minute: 30 });
    expect(at('to 19/12, same time', warsaw).wall).toMatchObject({ day: 19, hour: 9, minute: 30 });
  });
});
