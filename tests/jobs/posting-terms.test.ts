import { describe, expect, it } from 'vitest';
import { levelOfBoard } from '../../src/jobs/board-level.ts';
import { closingDateIn } from '../../src/jobs/closing-date.ts';
import { employmentTermsOf } from '../../src/jobs/employment-terms.ts';
import { salaryInText } from '../../src/jobs/salary-in-text.ts';
import { arrangementText, readWorkArrangement } from '../../src/jobs/work-arrangement.ts';

const terms = (description: string, title = 'Analyst', employment_type: string | null = null) => employmentTermsOf({ title, employment_type, description });
const arrangement = (description: string) => {
  const read = readWorkArrangement({ title: 'Analyst', location: null, remote: null, description });
  return read && arrangementText(read);
};

describe('what a posting says about its terms (trial-s37 findings 5–7, 41, 43)', () => {
  it.each([
    ['Part-time, 3 days a week, remote.', 'remote'],
    ['0.6 FTE (3 days a week), fully remote within the UK.', 'remote (within UK)'],
    ['Remote, 2 days a week in Cork.', 'hybrid: 2 days a week in Cork'],
    ['Part-time, 3 days a week in the office in Leeds.', 'hybrid: 3 days a week in Leeds'],
    ['Hybrid, 2 days a week.', 'hybrid: 2 days a week in the office'],
  ])('days a week: %s → %s', (description, expected) => {
    expect(arrangement(description)).toBe(expected);
  });

  it.each([
    ['Part-time contract, 6 months. £250/day outside IR35.', { type: 'contract', partTime: true, duration: '6 months', ir35: 'outside' }],
    ['This is a 12-month fixed-term contract.', { type: 'contract', partTime: false, duration: '12-month' }],
    ['Part-time (20 hours a week), permanent.', { type: 'part_time', partTime: true, pattern: '20 hours a week' }],
    ['Full-time, permanent.', { type: 'full_time', partTime: false }],
    ['You will manage supplier contracts and advise on contract law.', { type: null, partTime: false, ir35: null }],
    ['We offer a great place to work.', { type: null, said: null }],
  ])('terms: %s', (description, expected) => {
    expect(terms(description)).toMatchObject(expected);
  });

  it("keeps the board's type, and reads the title when the text is silent", () => {
    expect(terms('Part-time contract.', 'Analyst', 'full_time').type).toBe('full_time');
    expect(terms('', 'Data Analyst (Contract, 3 days/week)').type).toBe('contract');
  });

  it.each([
    ['Applications close 4th January.', '2027-01-04'],
    ['Closing date: Friday 11th December 2026 at midnight.', '2026-12-11'],
    ['Apply by Jan 8, 2027.', '2027-01-08'],
    ['Bewerbungsfrist: 15.01.2027', '2027-01-15'],
    ['The role closes when filled.', null],
  ])('closing date: %s', (text, date) => {
    expect(closingDateIn(text, '2026-12-05T09:00:00Z')).toEqual({ date, said: text });
  });

  it('finds no closing date in other closings', () => {
    expect(closingDateIn('You will close deals. The office closes at 6pm on 24 December.', '2026-12-05T09:00:00Z')).toBeNull();
  });

  it('keeps pay that rises', () => {
    expect(salaryInText('Starting salary £30,500 rising to £34,000.')).toEqual({ min: 30500, max: 34000, currency: 'GBP', period: 'year' });
    expect(salaryInText('Salary: £28,000, rising to £31,000 on qualifying.')).toEqual({ min: 28000, max: 31000, currency: 'GBP', period: 'year' });
  });

  it.each([
    ['Entry Level', 'junior'], ['Senior Level', 'senior'], ['Internship', 'intern'], ['Management', 'lead'],
    ['Mid-Senior level', 'mid'], ['entry_level', 'junior'], ['Any', undefined], ['Data and Analytics', undefined],
  ])("board level %s → %s", (word, level) => {
    expect(levelOfBoard(word)).toBe(level);
  });
});
