import { describe, expect, it } from 'vitest';
import { parsePostedAt } from '../../src/jobs/parse-posted-at.ts';

const now = Date.parse('2024-05-10T12:00:00Z');

describe('parsePostedAt', () => {
  it('reads epoch seconds and epoch milliseconds alike', () => {
    expect(parsePostedAt(1714000000, now)).toBe('2024-04-24T23:06:40.000Z');
    expect(parsePostedAt(1714000000000, now)).toBe('2024-04-24T23:06:40.000Z');
    expect(parsePostedAt('1714000000', now)).toBe('2024-04-24T23:06:40.000Z');
  });

  it('reads ISO with an offset, and ISO without a zone as UTC', () => {
    expect(parsePostedAt('2024-04-18T14:31:49-04:00', now)).toBe('2024-04-18T18:31:49.000Z');
    expect(parsePostedAt('2024-05-02T10:39:19', now)).toBe('2024-05-02T10:39:19.000Z');
    expect(parsePostedAt('2024-05-02 10:39', now)).toBe('2024-05-02T10:39:00.000Z');
    expect(parsePostedAt('2024-05-02', now)).toBe('2024-05-02T00:00:00.000Z');
  });

  it.each([
    ['3 days ago', '2024-05-07T12:00:00.000Z'],
    ['Posted 2 days ago', '2024-05-08T12:00:00.000Z'],
    ['an hour ago', '2024-05-10T11:00:00.000Z'],
    ['5h ago', '2024-05-10T07:00:00.000Z'],
    ['30+ days ago', '2024-04-10T12:00:00.000Z'],
    ['2 weeks ago', '2024-04-26T12:00:00.000Z'],
    ['1 month ago', '2024-04-10T12:00:00.000Z'],
    ['yesterday', '2024-05-09T12:00:00.000Z'],
    ['Just posted', '2024-05-10T12:00:00.000Z'],
    ['today', '2024-05-10T12:00:00.000Z'],
  ])('reads %j against the clock', (text, iso) => {
    expect(parsePostedAt(text, now)).toBe(iso);
  });

  it.each([
    ['garbage', 'garbage'],
    ['zero epoch', 0],
    ['a date before 1995', '1970-01-02T00:00:00Z'],
    ['a date far ahead', '2099-01-01'],
    ['an empty string', '  '],
    ['null', null],
    ['an object', { date: '2024-05-01' }],
  ])('is null for %s', (_label, value) => {
    expect(parsePostedAt(value, now)).toBeNull();
  });
});
