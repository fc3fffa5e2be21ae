import { describe, expect, it } from 'vitest';
import { describeSchedule, partlyReadSchedule, scheduleFromWords, unreadScheduleWords } from '../../src/alerts/schedule-from-words.ts';

// Session 42 (issue 21): schedules said in the other languages and forms alert writers use, and a schedule
// read only in part said back as read, never silently (regression: "en semaine à 8h" ran every day).
describe('schedules said in other languages are read whole', () => {
  it.each([
    ['le matin en semaine à 7h30', 'weekdays at 07:30'],
    ['dias úteis às 18h', 'weekdays at 18:00'],
    ['werktags um 6', 'weekdays at 06:00'],
    ['de lunes a viernes a las 10', 'weekdays at 10:00'],
    ['op werkdagen om 9', 'weekdays at 09:00'],
    ['jeden Abend um 20 Uhr', 'every day at 20:00'],
    ['chaque soir', 'every day at 18:00'],
    ['todas las mañanas', 'every day at 08:00'],
    ['ogni giorno alle 11', 'every day at 11:00'],
    ['un jour sur deux', 'every 2 days at 08:00 (from the 1st of each month)'],
    ['les mardis et jeudis à 9h', 'every Tuesday and Thursday at 09:00'],
    ['freitags um 17 Uhr', 'every Friday at 17:00'],
  ])('"%s" → %s', (said, meant) => {
    const cron = scheduleFromWords(said);
    expect(cron && describeSchedule(cron)).toBe(meant);
    expect(unreadScheduleWords(said)).toEqual([]);
  });
});

describe('schedules said in other forms', () => {
  it.each([
    ['tue-thu at 7', 'every Tuesday to Thursday at 07:00'],
    ['mon - fri 6pm', 'weekdays at 18:00'],
    ['weekdays 0630', 'weekdays at 06:30'],
    ['2100hrs on sundays', 'every Sunday at 21:00'],
    ['daily 10', 'every day at 10:00'],
    ['every evening except saturdays', 'every Sunday and Monday and Tuesday and Wednesday and Thursday and Friday at 18:00'],
    ['mornings but not on weekends', 'weekdays at 08:00'],
    ['weekends after lunch', 'weekends at 14:00'],
  ])('"%s" → %s', (said, meant) => {
    const cron = scheduleFromWords(said);
    expect(cron && describeSchedule(cron)).toBe(meant);
  });
});

describe('a schedule read only in part says what it read', () => {
  it('names the words it could not read and what it made of the rest', () => {
    const said = 'every morning at 8 bis auf Weiteres';
    const cron = scheduleFromWords(said) ?? '';
    expect(describeSchedule(cron)).toBe('every day at 08:00');
    const note = partlyReadSchedule(said, cron);
    expect(note).toContain('only in part: as every day at 08:00, without "bis auf weiteres"');
  });

  it('says nothing when every word was read', () => {
    expect(partlyReadSchedule('weekdays at 7:30', '30 7 * * 1-5')).toBe('');
    expect(partlyReadSchedule('0 9 * * 1', '0 9 * * 1')).toBe('');
  });
});
