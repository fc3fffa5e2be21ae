/**
 * Word tokens that keep technology names whole: `C++`, `C#`, `F#`, `.NET`, `ASP.NET`,
 * `Node.js`, `Next.js`, `CI/CD`, `A/B`, `scikit-learn`, `Objective-C`, `PL/SQL`. A token is
 * letters and digits joined by `.`, `-`, `/`, `&` or `'` (only when more letters follow, so
 * a sentence's full stop is not part of the word), optionally ending in `++`/`+`/`#`, and
 * optionally starting with `.` (`.NET`).
 */

export interface SkillToken {
  /** As written. */
  text: string;
  /** Lower case, without a possessive "'s". */
  lower: string;
  start: number;
  end: number;
  /** Punctuation between the previous token and this one ends a phrase or list item. */
  breakBefore: boolean;
  /** Punctuation between the previous token and this one ends a sentence. */
  sentenceBefore: boolean;
}

const tokenPattern = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|[.\-/&'](?=[\p{L}\p{N}]))*(?:\+\+|\+|#)?/gu;
const breakCharacters = /[,;:|()[\]{}\n•·!?"]|\.\s|\.$|\s[-–—]\s/;
const sentenceCharacters = /[\n;!?]|\.\s|\.$/;

/**
 * Splits text into skill-aware tokens.
 *
 * @example
 * tokenizeSkillText('C++, C# and Node.js.').map((token) => token.text); // ['C++', 'C#', 'and', 'Node.js']
 */
export function tokenizeSkillText(text: string): SkillToken[] {
  const tokens: SkillToken[] = [];
  let previousEnd = 0;
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const start = match.index;
    const written = match[0];
    // Most gaps are one space: skip the punctuation tests for them.
    const plain = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32;
    const gap = plain ? ' ' : text.slice(previousEnd, start);
    const lower = written.toLowerCase();
    tokens.push({
      text: written,
      lower: lower.endsWith("'s") ? lower.slice(0, -2) : lower,
      start,
      end: start + written.length,
      breakBefore: tokens.length === 0 || (!plain && breakCharacters.test(gap)),
      sentenceBefore: tokens.length === 0 || (!plain && sentenceCharacters.test(gap)),
    });
    previousEnd = start + written.length;
  }
  return tokens;
}
