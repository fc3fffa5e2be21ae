import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-error.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';

const parsed = (...argv: string[]) => parseCommandLine(argv);
const refused = (...argv: string[]) => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('jobpilot jobs …', () => {
  it('reads --min-salary as a yearly amount and --seniority as a level', () => {
    const options = (...flags: string[]) => {
      const line = parsed('jobs', 'search', 'typescript', ...flags);
      return line.command === 'jobs' ? line.options : null;
    };
    expect(options('--min-salary', '100000', '--seniority', 'senior')).toMatchObject({ minSalary: 100_000, seniority: 'senior' });
    expect(options('--min-salary', '120k')).toMatchObject({ minSalary: 120_000 });
    expect(options('--min-salary', '95,000')).toMatchObject({ minSalary: 95_000 });
    // Regression (session 42): the European "62.500" (and "1.250.000") was read as 62.5, then 62.
    expect(options('--min-salary', '62.500')).toMatchObject({ minSalary: 62_500 });
    expect(options('--min-salary', '1.250.000')).toMatchObject({ minSalary: 1_250_000 });
    expect(options('--min-salary', '62 500')).toMatchObject({ minSalary: 62_500 });
    expect(options('--seniority', 'Entry-Level')).toMatchObject({ seniority: 'junior' });
    expect(options('--seniority', 'staff')).toMatchObject({ seniority: 'lead' });
    expect(options()).toMatchObject({ minSalary: undefined, seniority: undefined });
  });

  it.for([
    [['--min-salary', 'lots'], /--min-salary is a yearly amount, a whole number from 1 to 2000000000 \(write 35000, 35,000, 35.000 or 35k\), or pay by the hour, day, week or month as "38\/h", "200\/day", "3000 a month" \(got "lots"\)/],
    [['--min-salary', '62.50'], /--min-salary is a yearly amount/],
    [['--min-salary', '0'], /--min-salary is a yearly amount/],
    [['--min-salary', '12.5'], /--min-salary is a yearly amount/],
    [['--seniority', 'ninja'], /--seniority is one of intern, junior, mid, senior, lead, principal \(got "ninja"\)/],
  ] as const)('refuses %j', ([flags, message]) => {
    expect(refused('jobs', 'search', 'typescript', ...flags)).toMatch(message);
  });

  it('parses search with every option', () => {
    expect(
      parsed('jobs', 'search', 'remote', 'typescript', '--location', 'Berlin', '--remote', '--limit', '5', '--company', 'Stripe', '--json'),
    ).toEqual({
      command: 'jobs',
      options: {
        action: 'search',
        query: 'remote typescript',
        location: 'Berlin',
        remote: true,
        limit: 5,
        company: 'Stripe',
        json: true,
      },
    });
    expect(parsed('jobs', 'search', 'data engineer')).toEqual({
      command: 'jobs',
      options: {
        action: 'search',
        query: 'data engineer',
        location: undefined,
        remote: false,
        limit: undefined,
        company: undefined,
        json: false,
      },
    });
  });

  it('parses show, saved, save, status and import', () => {
    expect(parsed('jobs', 'show', '3E460672EB90')).toEqual({
      command: 'jobs',
      options: { action: 'show', jobId: '3e460672eb90', json: false },
    });
    expect(parsed('jobs', 'saved', '--status', 'Applied', '--json')).toEqual({
      command: 'jobs',
      options: { action: 'saved', status: 'applied', json: true },
    });
    expect(parsed('jobs', 'save', '3e460672eb90', '--note', 'referral from Ana')).toEqual({
      command: 'jobs',
      options: { action: 'save', jobId: '3e460672eb90', note: 'referral from Ana', json: false },
    });
    expect(parsed('jobs', 'status', '3e460672eb90', 'interviewing', '--note', 'call on Monday')).toEqual({
      command: 'jobs',
      options: {
        action: 'status',
        jobId: '3e460672eb90',
        status: 'interviewing',
        note: 'call on Monday',
        json: false,
      },
    });
    expect(parsed('jobs', 'import', 'jobs.csv')).toEqual({
      command: 'jobs',
      options: { action: 'import', file: 'jobs.csv', json: false },
    });
  });

  it('refuses what it cannot use, saying why', () => {
    expect(refused('jobs')).toBe('jobs needs a subcommand: search QUERY, show ID, saved, save ID, status ID STATUS, import FILE');
    expect(refused('jobs', 'find')).toMatch(/^unknown jobs subcommand "find"/);
    expect(refused('jobs', 'search', 'x', '--limit', '0')).toBe('--limit must be a positive whole number (got "0")');
    expect(refused('jobs', 'search', 'x', '--salary', '100k')).toMatch(/Unknown option '--salary'/);
    expect(refused('jobs', 'show')).toBe('jobs show needs one job id');
    expect(refused('jobs', 'show', 'stripe')).toBe(
      'invalid job id "stripe": A job id is 12 hexadecimal characters, e.g. 3f9a1c0b7d2e.',
    );
    expect(refused('jobs', 'saved', '--status', 'ghosted')).toBe(
      'Unknown status "ghosted"; use one of saved, applied, interviewing, offer, rejected, withdrawn.',
    );
    expect(refused('jobs', 'status', '3e460672eb90')).toMatch(/^jobs status needs a job id and a status/);
    expect(refused('jobs', 'status', '3e460672eb90', 'hired')).toMatch(/^Unknown status "hired"/);
    expect(refused('jobs', 'import')).toBe('jobs import needs one file (.json or .csv)');
    expect(refused('jobs', 'saved', 'extra')).toBe('jobs saved takes no arguments (got "extra")');
  });
});
