import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-error.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
import { usageFor } from '../../src/cli/usage.ts';

describe('jobpilot alerts and inbox on the command line', () => {
  it('reads alerts add with its filters and schedule', () => {
    expect(parseCommandLine(['alerts', 'add', 'typescript', '--remote', '--location', 'Berlin', '--min-fit', '60', '--schedule', 'weekdays at 7:30', '--json'])).toEqual({
      command: 'alerts',
      options: { action: 'add', json: true, alert: { query: 'typescript', schedule: 'weekdays at 7:30', location: 'Berlin', remote: true, min_fit: 60 } },
    });
    expect(parseCommandLine(['alerts', 'add', 'data', 'engineer'])).toMatchObject({ options: { alert: { query: 'data engineer', schedule: 'every morning at 8' } } });
  });

  it('reads --remote-too: remote openings as well as the place\'s, on add and edit', () => {
    expect(parseCommandLine(['alerts', 'add', 'barista', '--location', 'Galway', '--remote-too'])).toMatchObject({
      options: { action: 'add', alert: { query: 'barista', location: 'Galway', remote_too: true } },
    });
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--remote-too'])).toEqual({
      command: 'alerts',
      options: { action: 'edit', alertId: 'alert_3f9a1c0b7d', change: { remote_too: true }, json: false },
    });
  });

  it('reads list, pause, resume, delete and run with an alert id', () => {
    expect(parseCommandLine(['alerts', 'list', '--json'])).toEqual({ command: 'alerts', options: { action: 'list', json: true } });
    for (const action of ['pause', 'resume', 'delete', 'run'] as const) {
      expect(parseCommandLine(['alerts', action, 'alert_3f9a1c0b7d'])).toEqual({ command: 'alerts', options: { action, alertId: 'alert_3f9a1c0b7d', json: false } });
    }
  });

  it('refuses what it cannot use', () => {
    expect(() => parseCommandLine(['alerts', 'add'])).toThrow(UsageError);
    expect(() => parseCommandLine(['alerts', 'add', 'go', '--min-fit', '120'])).toThrow(/--min-fit is a whole number from 0 to 100/);
    expect(() => parseCommandLine(['alerts', 'pause', 'berlin'])).toThrow(/invalid alert id/);
    expect(() => parseCommandLine(['alerts', 'snooze', 'alert_3f9a1c0b7d'])).toThrow(/unknown alerts subcommand/);
  });

  it('reads inbox with its options', () => {
    expect(parseCommandLine(['inbox', '--unread', '--read', '--limit', '5', '--json'])).toEqual({ command: 'inbox', options: { json: true, unread: true, markRead: true, limit: 5 } });
    expect(parseCommandLine(['inbox'])).toEqual({ command: 'inbox', options: { json: false, unread: false, markRead: false, limit: undefined } });
  });

  it('reads what an alert leaves out, on add and edit, and refuses a word no search knows', () => {
    expect(parseCommandLine(['alerts', 'add', 'welder', '--exclude-level', 'senior,lead', '--exclude-type', 'contract,part-time', '--no-agencies'])).toMatchObject({
      options: { action: 'add', alert: { query: 'welder', exclude_seniority: ['senior', 'lead'], exclude_employment_type: ['contract', 'part_time'], exclude_agencies: true } },
    });
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--exclude-type', 'none', '--agencies', '--not-remote-too'])).toEqual({
      command: 'alerts',
      options: { action: 'edit', alertId: 'alert_3f9a1c0b7d', change: { remote_too: false, exclude_employment_type: [], exclude_agencies: false }, json: false },
    });
    expect(() => parseCommandLine(['alerts', 'add', 'welder', '--exclude-type', 'commission'])).toThrow(UsageError);
    expect(() => parseCommandLine(['alerts', 'add', 'welder', '--exclude-type', 'commission'])).toThrow(/--exclude-type takes .*contract/);
  });

  it('"none" clears the place and the company as it does the floors, on edit; on add it sets none (trial 46 #29)', () => {
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--query', 'BMS', '--location', 'none', '--company', 'None', '--min-fit', 'none'])).toEqual({
      command: 'alerts',
      options: { action: 'edit', alertId: 'alert_3f9a1c0b7d', change: { query: 'BMS', location: null, company: null, min_fit: null }, json: false },
    });
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--location', ''])).toMatchObject({ options: { change: { location: null } } });
    // A real place is kept as given.
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--location', ' Västerås '])).toMatchObject({ options: { change: { location: 'Västerås' } } });
    expect(parseCommandLine(['alerts', 'add', 'pack engineer', '--location', 'none', '--company', ''])).toEqual({
      command: 'alerts',
      options: { action: 'add', json: false, alert: { query: 'pack engineer', schedule: 'every morning at 8' } },
    });
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--location', 'Nonesuch'])).toMatchObject({ options: { change: { location: 'Nonesuch' } } });
    // "none" in any case clears the floors too (it was a number only in lower case: "NONE" was refused as not a number).
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--min-fit', 'NONE', '--min-salary', ' None '])).toMatchObject({ options: { change: { min_fit: null, min_salary: null } } });
    expect(parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--min-fit', '70', '--min-salary', '45k'])).toMatchObject({ options: { change: { min_fit: 70, min_salary: 45_000 } } });
    expect(() => parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--min-fit', 'seventy'])).toThrow(/--min-fit is a whole number from 0 to 100, or "none" \(got "seventy"\)/);
  });

  // Regression (trial s50 #48): "--min-salary 38" was 38 a year (no filter at all) while chat made "€24/h" yearly.
  it('reads an hourly, daily or monthly floor as chat does, and refuses a bare figure no yearly pay is', () => {
    const floor = (said: string) => (parseCommandLine(['alerts', 'add', 'pipefitter', '--min-salary', said]) as { options: { alert: { min_salary?: number } } }).options.alert.min_salary;
    expect(floor('42/h')).toBe(87_360);
    expect(floor('CAD 42/hr')).toBe(87_360);
    expect(floor('€19 an hour')).toBe(39_520);
    expect(floor('180/day')).toBe(46_800);
    expect(floor('2800 a month')).toBe(33_600);
    expect(floor('48 000')).toBe(48_000);
    expect(floor('48k')).toBe(48_000);
    expect(() => parseCommandLine(['alerts', 'add', 'pipefitter', '--min-salary', '42'])).toThrow(
      /--min-salary 42 would mean 42 a year, which leaves no posting out: for pay by the hour write "42\/h" \(87,360 a year\), by the day "42\/day"/,
    );
    expect(() => parseCommandLine(['alerts', 'edit', 'alert_3f9a1c0b7d', '--min-salary', '950'])).toThrow(UsageError);
    expect(() => parseCommandLine(['alerts', 'add', 'pipefitter', '--min-salary', '42/h and more stuff'])).toThrow(/--min-salary is a yearly amount/);
  });

  it('has help for both', () => {
    expect(usageFor('alerts')).toMatch(/alerts add "QUERY"/);
    expect(usageFor('inbox')).toMatch(/inbox \[--unread\]/);
  });
});
