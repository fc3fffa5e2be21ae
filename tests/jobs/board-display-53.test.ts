import { describe, expect, it } from 'vitest';
import { levelOfBoard } from '../../src/jobs/board-level.ts';
import { nameAsWritten } from '../../src/jobs/sources/board-response.ts';
import { placeText } from '../../src/present/format-job.ts';
import type { WorkArrangement } from '../../src/protocol/posting.ts';

// Session 49 (trial s48 #53): what a list line says of a remote posting's region, an employer's name and a board's level.
const remote = (within: string | null): WorkArrangement => ({ mode: 'remote', within, office_days: null, home_days: null, place: null, said: 'Remote.' });

describe('a remote posting in a list', () => {
  it('shows the region its board place names, so a person abroad can tell it is not for them', () => {
    expect(placeText({ location: 'Remote - Ireland', remote: true, work_arrangement: remote(null) })).toBe('remote (within Ireland)');
    expect(placeText({ location: 'New Zealand (Remote)', remote: true, work_arrangement: remote(null) })).toBe('remote (within New Zealand)');
    expect(placeText({ location: 'Remote', remote: true, work_arrangement: remote(null) })).toBe('remote');
  });

  it('never puts brackets inside brackets', () => {
    expect(placeText({ location: 'Remote - USA', remote: true, work_arrangement: remote('USA (CT or MT hours)') })).toBe('remote (within USA, CT or MT hours)');
  });
});

describe("an employer's name and a board's level", () => {
  it('takes the spelling the posting writes when it differs from the account only in case', () => {
    expect(nameAsWritten('Tidepool', 'Join TidePool, the tutoring marketplace.')).toBe('TidePool');
    expect(nameAsWritten('Tidepool', 'TIDEPOOL IS HIRING')).toBe('Tidepool');
    expect(nameAsWritten('Green Leaf', 'we grow green leaf salads')).toBe('Green Leaf');
    expect(nameAsWritten('Tidepool', 'No name here.')).toBe('Tidepool');
  });

  it("reads Jobicy's Midweight as the middle level, never senior", () => {
    expect(levelOfBoard('Midweight')).toBe('mid');
    expect(levelOfBoard('Senior')).toBe('senior');
  });
});
