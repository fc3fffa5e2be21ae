import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../src/protocol/json-depth.ts';
import { findUnstorableText } from '../../src/server/validate.ts';

describe('how deep JSON nests', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(nestsDeeperThan('[[[1]]]', 2)).toBe(true);
    expect(nestsDeeperThan('[[[1]]]', 3)).toBe(false);
    expect(nestsDeeperThan('{"a": {"b": [1]}}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a": {"b": [{}]}}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a": "[[[[{{{{"}', 1)).toBe(false);
    expect(nestsDeeperThan('{"a": "say \\"[[[[\\" twice", "b": ["\\\\"]}', 2)).toBe(false);
    expect(nestsDeeperThan('[1], [2], [3]', 1)).toBe(false);
  });
});

describe('the unstorable-text walk', () => {
  it('walks a value nested 200,000 levels deep without running out of stack, and names the path of a problem deep inside', () => {
    let deep: unknown = 'fine';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(findUnstorableText(deep)).toBeUndefined();
    let named: unknown = 'a\u0000b';
    for (let level = 0; level < 3; level++) named = { notes: [named] };
    expect(findUnstorableText(named)).toBe('notes.0.notes.0.notes.0: contains a NUL character (U+0000), which text cannot hold');
    expect(findUnstorableText({ ['bad\u0000key']: 1 })).toBe('a name contains a NUL character (U+0000), which text cannot hold');
    expect(findUnstorableText({ list: [{ ['k\u0000']: 1 }] })).toBe('list.0: a name contains a NUL character (U+0000), which text cannot hold');
  });
});
