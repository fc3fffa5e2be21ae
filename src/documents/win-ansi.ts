// The characters above 0x7F that Windows-1252 (pdfkit's standard-font encoding) adds to Latin-1.
const windows1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const replacements: Record<string, string> = {
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2043': '-',
  '\u201b': '‘',
  '\u201f': '“',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2023': '•',
  '\u25cf': '•',
  '\u25aa': '•',
  '\u25e6': '•',
  '\u2713': '+',
  'ł': 'l',
  'Ł': 'L',
  'đ': 'd',
  'Đ': 'D',
  'ħ': 'h',
  'ı': 'i',
};

/** Whether pdfkit's standard fonts can draw a character. */
export function isWinAnsi(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    character === '\n' ||
    character === '\t' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    windows1252Extras.has(character)
  );
}

/** The nearest text `canDraw` accepts for a character it does not. */
function replacement(character: string, canDraw: (character: string) => boolean): string {
  const mapped = replacements[character];
  if (mapped !== undefined) return mapped;
  if (/\s/u.test(character)) return ' ';
  const drawsAll = (text: string) => [...text].every(canDraw);
  const compatible = character.normalize('NFKC');
  if (compatible !== character && drawsAll(compatible)) return compatible;
  const withoutMarks = character.normalize('NFD').replace(/\p{M}/gu, '');
  if (withoutMarks && withoutMarks !== character && drawsAll(withoutMarks)) return withoutMarks;
  return '?';
}

/**
 * Text a font can draw: what `canDraw` accepts passes through; the rest becomes a close
 * equivalent (ő → o, ﬁ → fi, → → ->, thin spaces → space) or "?", never an unreadable glyph
 * or a crash.
 */
export function toDrawable(text: string, canDraw: (character: string) => boolean): string {
  let result = '';
  for (const character of text.normalize('NFC')) result += canDraw(character) ? character : replacement(character, canDraw);
  return result;
}

/**
 * Text the standard PDF fonts (Helvetica, Times) can draw: Windows-1252 characters pass
 * through (é, ü, “smart quotes”, – and — included); others are replaced (see `toDrawable`).
 *
 * @example
 * toWinAnsi('Zoë – “naïve” → Łódź 🚀'); // 'Zoë – “naïve” -> Lódz ?'
 */
export function toWinAnsi(text: string): string {
  return toDrawable(text, isWinAnsi);
}
