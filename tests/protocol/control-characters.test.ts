import { describe, expect, it } from 'vitest';
import {
  stripControlCharacters,
  stripControlCharactersDeep,
  stripControlCharactersInLine,
} from '../../src/protocol/control-characters.ts';

describe('stripControlCharacters', () => {
  it.each([
    ['retitle, clear, colour', '\u001b]0;pwned\u0007Engineer\u001b[2J\u001b[31m!\u001b[0m', 'Engineer!'],
    ['clipboard (OSC 52, ST-terminated)', '\u001b]52;c;ZXZpbA==\u001b\\Title', 'Title'],
    ['hyperlink', 'x\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\', 'xlink'],
    ['8-bit CSI and other C1', 'a\u009b2Jb\u0085c\u009d0;t\u0007d', 'abcd'],
    ['charset and lone escapes', 'x\u001bcy\u001b(Bz\u001b', 'xyz'],
    ['NUL, bell, backspace, DEL', 'a\u0000b\u0007c\u0008d\u007fe', 'abcde'],
    ['line endings', 'a\r\nb\rc', 'a\nb\nc'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripControlCharacters(input)).toBe(expected);
  });

  it('keeps text, tabs, newlines, accents, emoji and other scripts', () => {
    const text = 'Zoë\tJosé 👍\n東京 – “quoted” ﷺ';
    expect(stripControlCharacters(text)).toBe(text);
  });

  it('puts one-line fields on one line', () => {
    expect(stripControlCharactersInLine('Senior\r\n  \u001b[31mEngineer\t(Go)')).toBe('Senior Engineer (Go)');
  });

  it('strips every string and key of a JSON value', () => {
    expect(stripControlCharactersDeep({ basics: { name: 'Jane\u001b[2J' }, 'k\u0007': ['a\u0000', 1, null, true] })).toEqual({
      basics: { name: 'Jane' },
      k: ['a', 1, null, true],
    });
    const record = Object.assign(Object.create(null) as Record<string, unknown>, { title: 'x\u001b[2J' });
    expect(stripControlCharactersDeep(record)).toEqual({ title: 'x' });
    const date = new Date(0);
    expect(stripControlCharactersDeep({ date }).date).toBe(date);
  });
});
