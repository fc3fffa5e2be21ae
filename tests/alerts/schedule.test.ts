import { describe, expect, it } from 'vitest';
import { nextRunAfter, ScheduleError } from '../../src/alerts/next-run.ts';
import { describeSchedule, scheduleFromWords, tidyScheduleWords, tooOften } from '../../src/alerts/schedule-from-words.ts';
import { sinceFromWords } from '../../src/alerts/since-from-words.ts';
import { fitReason, skillNames } from '../../src/alerts/fit-reason.ts';
import { readAlertRequest } from '../../src/actions/create-alert/read-alert-request.ts';

describe('scheduleFromWords', () => {
  it.each([
    ['every morning at 8', '0 8 * * *', 'every day at 08:00'],
    ['every morning', '0 8 * * *', 'every day at 08:00'],
    ['daily', '0 8 * * *', 'every day at 08:00'],
    ['every evening at 6', '0 18 * * *', 'every day at 18:00'],
    ['weekdays at 7:30', '30 7 * * 1-5', 'weekdays at 07:30'],
    ['every monday', '0 8 * * 1', 'every Monday at 08:00'],
    ['at 6pm on fridays', '0 18 * * 5', 'every Friday at 18:00'],
    ['hourly', '0 * * * *', 'every hour'],
    ['every 4 hours', '0 */4 * * *', 'every 4 hours'],
    ['15 9 * * 1-5', '15 9 * * 1-5', 'weekdays at 09:15'],
    ['twice a day', '0 8,18 * * *', 'every day at 08:00 and 18:00'],
    ['mornings and evenings', '0 8,18 * * *', 'every day at 08:00 and 18:00'],
    ['twice a week', '0 8 * * 1,4', 'every Monday and Thursday at 08:00'],
    ['each sunday evening', '0 18 * * 0', 'every Sunday at 18:00'],
    // Typed in a hurry (session 34).
    ['evry mornin', '0 8 * * *', 'every day at 08:00'],
    ['wkdays at 7', '0 7 * * 1-5', 'weekdays at 07:00'],
    ['every thurs', '0 8 * * 4', 'every Thursday at 08:00'],
    ['weekly on tues', '0 8 * * 2', 'every Tuesday at 08:00'],
    ['every nite', '0 20 * * *', 'every day at 20:00'],
    ['every 6 hrs', '0 */6 * * *', 'every 6 hours'],
    ['mon and thu at 9', '0 9 * * 1,4', 'every Monday and Thursday at 09:00'],
    ['every morning at half past seven', '30 7 * * *', 'every day at 07:30'],
    ['daily at quarter to 9', '45 8 * * *', 'every day at 08:45'],
    ['every day at 3 in the afternoon', '0 15 * * *', 'every day at 15:00'],
    ['daily at 4', '0 16 * * *', 'every day at 16:00'],
    ['daily at 04:00', '0 4 * * *', 'every day at 04:00'],
    ['every 3 days', '0 8 */3 * *', 'every 3 days at 08:00 (from the 1st of each month)'],
    ['every other day at 9', '0 9 */2 * *', 'every 2 days at 09:00 (from the 1st of each month)'],
  ])('reads "%s" as %s (%s)', (words, cron, described) => {
    expect(scheduleFromWords(words)).toBe(cron);
    expect(describeSchedule(cron)).toBe(described);
  });

  it('finds no schedule in words that name none', () => {
    expect(scheduleFromWords('find jobs')).toBeNull();
    expect(scheduleFromWords('whenever')).toBeNull();
  });
});

describe('scheduleFromWords: how many times a day or a week (session 39)', () => {
  it.each([
    ['3x a week', '0 8 * * 1,3,5'],
    ['three times a week at 7', '0 7 * * 1,3,5'],
    ['4 times per week', '0 8 * * 1,2,4,5'],
    ['5x a week', '0 8 * * 1-5'],
    ['3 times a day', '0 8,13,18 * * *'],
    ['2x a day', '0 8,18 * * *'],
  ])('"%s" is %s', (said, cron) => {
    expect(scheduleFromWords(said)).toBe(cron);
  });

  it('more often than hourly is no schedule, and says so', () => {
    for (const said of ['every 15 minutes', 'every min', 'every half an hour', 'half-hourly']) {
      expect(scheduleFromWords(said)).toBeNull();
      expect(tooOften(said)).toBe(true);
    }
    expect(tooOften('hourly')).toBe(false);
    expect(tooOften('every 2 hours')).toBe(false);
  });
});

describe('tidyScheduleWords', () => {
  it('writes schedule words typed in a hurry as meant, and leaves other words', () => {
    expect(tidyScheduleWords('evry mornin at half past 6')).toBe('every morning at 6:30');
    expect(tidyScheduleWords('wkdays, dayly, wkly, every wk, each nite')).toBe('weekdays, daily, weekly, every week, each night');
    expect(tidyScheduleWords('on fri and sat')).toBe('on friday and saturday');
    // A short day name with no schedule word before it is left (it may be a word).
    expect(tidyScheduleWords('the sun is out')).toBe('the sun is out');
  });
});

describe('readAlertRequest', () => {
  it('reads schedule words typed in a hurry as when, not as the search or the place', () => {
    expect(readAlertRequest('evry mornin about new glazier jobs in Truro')).toMatchObject({ query: 'glazier', location: 'Truro', schedule: 'every morning' });
    expect(readAlertRequest('cobbler jobs in Ely every thurs')).toMatchObject({ query: 'cobbler', location: 'Ely', schedule: 'every thursday' });
  });

  it('keeps a part of the day said after the day in the schedule, out of the search', () => {
    expect(readAlertRequest('each sunday evening about new remote warehouse planner jobs')).toMatchObject({ query: 'warehouse planner', remote: true, schedule: 'each sunday evening' });
    expect(readAlertRequest('every weekday morning about new midwife jobs in Cork')).toMatchObject({ query: 'midwife', location: 'Cork', schedule: 'every weekday morning' });
    expect(readAlertRequest('barista jobs at Costa twice a day')).toMatchObject({ query: 'barista', company: 'Costa', schedule: 'twice a day' });
  });

  // Session 34 (a new user's trial): a quoted search kept its quotes and a "with" before the fit floor, so the alert
  // could never match anything, and no one was told.
  it('reads quoted words as the search without their quotes, and "with fit above N" as the floor alone', () => {
    expect(readAlertRequest("daily at 7pm for 'pastry chef' with fit above 55")).toEqual({ query: 'pastry chef', min_fit: 55, schedule: 'daily at 7pm' });
    expect(readAlertRequest('every morning about “site supervisor” jobs in Bristol')).toMatchObject({ query: 'site supervisor', location: 'Bristol' });
    expect(readAlertRequest('each monday for "o\'neill" roles')?.query).not.toMatch(/["“”]/);
  });
});

describe('nextRunAfter', () => {
  it('reads the schedule in the time zone', () => {
    expect(nextRunAfter('0 8 * * *', 'Europe/Berlin', new Date('2026-12-05T10:00:00Z'))?.toISOString()).toBe('2026-12-06T07:00:00.000Z');
    expect(nextRunAfter('0 8 * * *', 'America/New_York', new Date('2026-12-05T10:00:00Z'))?.toISOString()).toBe('2026-12-05T13:00:00.000Z');
    // Summer time in Berlin: 08:00 is 06:00 UTC.
    expect(nextRunAfter('0 8 * * *', 'Europe/Berlin', new Date('2026-07-01T10:00:00Z'))?.toISOString()).toBe('2026-07-02T06:00:00.000Z');
  });

  it('is strictly after the given time', () => {
    expect(nextRunAfter('0 8 * * *', 'UTC', new Date('2026-12-05T08:00:00Z'))?.toISOString()).toBe('2026-12-06T08:00:00.000Z');
  });

  it('skips a wall time the clocks jump over', () => {
    // 02:30 does not exist in Berlin on 2026-03-29.
    expect(nextRunAfter('30 2 * * *', 'Europe/Berlin', new Date('2026-03-28T10:00:00Z'))?.toISOString()).toBe('2026-03-30T00:30:00.000Z');
  });

  it('refuses a bad expression or zone with ScheduleError', () => {
    expect(() => nextRunAfter('61 8 * * *', 'UTC', new Date())).toThrow(ScheduleError);
    expect(() => nextRunAfter('0 8 * * *', 'Mars/Olympus', new Date())).toThrow(ScheduleError);
  });
});

describe('sinceFromWords', () => {
  const now = new Date('2026-12-11T12:00:00Z');
  it.each([
    ['yesterday', '2026-12-09T23:00:00.000Z'],
    ['today', '2026-12-10T23:00:00.000Z'],
    ['last night', '2026-12-10T17:00:00.000Z'],
    ['last 3 days', '2026-12-08T12:00:00.000Z'],
    ['this week', '2026-12-04T12:00:00.000Z'],
    // 2026-12-11 is a Friday.
    ['monday', '2026-12-06T23:00:00.000Z'],
    ['friday', '2026-12-10T23:00:00.000Z'],
    ['overnight', '2026-12-10T17:00:00.000Z'],
  ])('reads "%s" in Berlin as from %s', (words, iso) => {
    expect(sinceFromWords(words, now, 'Europe/Berlin')?.toISOString()).toBe(iso);
  });
  it('names no time for other words', () => expect(sinceFromWords('lately', now, 'UTC')).toBeNull());
});

describe('fitReason', () => {
  it('counts the skills the posting asks for that the resume shows', () => {
    expect(fitReason({ matched: ['TypeScript', 'React'], missing: ['Go', 'AWS', 'Terraform', 'Kubernetes'] })).toBe(
      'matches 2 of the 6 skills it asks for (not on your resume: Go, AWS, Terraform)',
    );
    expect(fitReason({ matched: ['TypeScript', 'React'], missing: [] })).toBe('matches all 2 skills it asks for');
    expect(fitReason({ matched: [], missing: [] })).toBe('names no skills to compare');
    // One skill reads as a person would write it (trial-s34 finding 26: "matches all the 1 skill it asks for").
    expect(fitReason({ matched: ['Accessibility'], missing: [] })).toBe('matches the one skill it asks for (Accessibility)');
    expect(fitReason({ matched: [], missing: ['Apache Spark'] })).toBe('asks for one skill, Apache Spark, not on your resume');
  });

  // Session 37 trial: "not shown: Data quality, clinical coding awareness (ICD-10)" read as "not displayed", and a
  // posting's raw phrase stood as one skill. What is missing is "not on your resume", by the skills' names.
  it('names what is missing as skills not on the resume, a posting\'s phrase split into its skills', () => {
    expect(fitReason({ matched: ['SQL'], missing: ['Data quality, clinical coding awareness (ICD-10)'] })).toBe(
      'matches 1 of the 3 skills it asks for (not on your resume: Data quality, Clinical coding (ICD-10))',
    );
    expect(skillNames(['strong knowledge of payroll and pensions', 'hands-on experience with Kafka', 'CI/CD', 'Node.js'])).toEqual(['Payroll', 'Pensions', 'Kafka', 'CI/CD', 'Node.js']);
    // (Brackets keep what is inside them together.)
    expect(skillNames(['coding (ICD-10, ICD-11)'])).toEqual(['Coding (ICD-10, ICD-11)']);
  });
});

describe('sinceFromWords, said any way (session 46)', () => {
  // 2026-12-11 is a Friday; Berlin is UTC+1.
  const now = new Date('2026-12-11T12:00:00Z');
  it.each([
    ['ayer', '2026-12-09T23:00:00.000Z'],
    ['gestern', '2026-12-09T23:00:00.000Z'],
    ['hier', '2026-12-09T23:00:00.000Z'],
    ['el martes', '2026-12-07T23:00:00.000Z'],
    ['Montag', '2026-12-06T23:00:00.000Z'],
    ['quarta-feira', '2026-12-08T23:00:00.000Z'],
    ['hoje', '2026-12-10T23:00:00.000Z'],
    ['the weekend', '2026-12-04T23:00:00.000Z'],
    ['het weekend', '2026-12-04T23:00:00.000Z'],
    ['the 1st', '2026-11-30T23:00:00.000Z'],
    ['the 11th', '2026-12-10T23:00:00.000Z'],
    ['the 28th', '2026-11-27T23:00:00.000Z'],
  ])('reads "%s" in Berlin as from %s', (words, iso) => {
    expect(sinceFromWords(words, now, 'Europe/Berlin')?.toISOString()).toBe(iso);
  });

  it('reads a day of the month still to come as last month\'s, and a month shorter than the day said to its end', () => {
    // On 5 December, "since the 31st" is last month's, and November ends on the 30th.
    expect(sinceFromWords('the 31st', new Date('2026-12-05T12:00:00Z'), 'UTC')?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
