import { describe, expect, it } from 'vitest';
import { prepared } from '../../src/db/prepared.ts';

describe('prepared', () => {
  it('names a statement by its text: the same text the same name, another text another', () => {
    const first = prepared('SELECT $1::int AS one', [1]);
    expect(first).toEqual({ name: expect.stringMatching(/^jobpilot_[0-9a-f]{24}$/), text: 'SELECT $1::int AS one', values: [1] });
    expect(prepared('SELECT $1::int AS one', [2])).toEqual({ name: first.name, text: 'SELECT $1::int AS one', values: [2] });
    expect(prepared('SELECT $1::int AS two', [1]).name).not.toBe(first.name);
  });

  it('leaves statements unnamed past a bound on distinct texts, and keeps naming those it named', () => {
    const named = prepared('SELECT 1 AS kept', []).name;
    const names = Array.from({ length: 150 }, (_, index) => prepared(`SELECT ${index} AS spliced`, []).name);
    expect(names.filter((name) => name === undefined).length).toBeGreaterThanOrEqual(50);
    expect(new Set(names.filter((name) => name !== undefined)).size).toBe(names.filter((name) => name !== undefined).length);
    expect(prepared('SELECT 1 AS kept', []).name).toBe(named);
    expect(prepared('SELECT 999 AS never before', [])).toEqual({ text: 'SELECT 999 AS never before', values: [] });
  });
});
