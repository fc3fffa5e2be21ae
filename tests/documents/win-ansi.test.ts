import { describe, expect, it } from 'vitest';
import { isWinAnsi, toWinAnsi } from '../../src/documents/win-ansi.ts';

describe('toWinAnsi', () => {
  it('keeps what the standard fonts can draw', () => {
    const text = 'Zoë’s “naïve” café – résumé — Übung, 50 € … • ™ Œuvre';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('replaces the rest with close equivalents or "?"', () => {
    expect(toWinAnsi('Łódź → Kraków ≥ 3 ﬁle ő 🚀 中')).toBe('Lódz -> Kraków >= 3 file o ? ?');
    expect(toWinAnsi('a\u2009b\u00a0c\u200bd\u2212e')).toBe('a b\u00a0cd-e');
  });

  it('composes decomposed accents before checking them', () => {
    expect(toWinAnsi('e\u0301')).toBe('é');
  });

  it('leaves only drawable characters', () => {
    const all = Array.from({ length: 0x3000 }, (_, code) => String.fromCodePoint(code)).join('');
    expect([...toWinAnsi(all)].every(isWinAnsi)).toBe(true);
  });
});
