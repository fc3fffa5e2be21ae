/**
 * Raw resume text → clean lines. Undoes what PDF, Word and Markdown do to text (ligatures,
 * odd spaces, letter-spaced headings, bullet glyphs, emphasis, column gaps) so the parsers
 * downstream see one shape: trimmed lines, bullets marked, columns split by " | ".
 */

export interface ResumeLine {
  /** The line's text without its bullet glyph. */
  text: string;
  /** Whether the line started with a bullet glyph (•, -, *, ➢, …). */
  bullet: boolean;
  /** Whether the line was a Markdown heading (`#`, `##`, …). */
  markdownHeading: boolean;
}

// Glyphs that can also start a word or a number (+1 555…, -5%) are bullets only before a space.
// An icon font's bullet comes out as a private-use character, or as NUL or U+FFFD when the
// PDF's font has no mapping for it.
// eslint-disable-next-line no-control-regex -- NUL is what such a glyph is read as
const bulletPattern = /^(?:[•●○◦▪▫■□◆◇❖➢➤►▸▹‣∙·⁃✓✔☐➔→\u0000\ue000-\uf8ff\ufffd]\s*|[*+>–—-]\s+|o\s{1,3}(?=\S))/u;
// Unmapped or icon glyphs anywhere else are not text.
// eslint-disable-next-line no-control-regex -- NUL is what such a glyph is read as
const iconGlyph = /[\u0000\ue000-\uf8ff\ufffd]/gu;
const ligatures: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'ft', 'ﬆ': 'st' };
// "| --- | :---: |": a Markdown table's rule under its header row.
const decorationOnly = /^(?:[\s=_~*#\-–—─━═·•.]{3,}|\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?)$/u;

/**
 * Splits resume text into normalised lines; blank lines are kept as `{ text: '' }` because
 * they separate entries.
 *
 * @example
 * toResumeLines('• Built C++ tools')[0]; // { text: 'Built C++ tools', bullet: true, markdownHeading: false }
 */
export function toResumeLines(raw: string): ResumeLine[] {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    // A word processor's non-breaking hyphen keeps "555‑0134" on one line; it reads as "-".
    .replace(/\u2011/g, '-')
    .replace(/[ﬀ-ﬆ]/g, (ligature) => ligatures[ligature] ?? ligature)
    .replace(/[‘’‛]/g, "'");
  return text.split('\n').map(toResumeLine);
}

function toResumeLine(input: string): ResumeLine {
  let line = collapseLetterSpacing(input.trim());
  if (decorationOnly.test(line)) return { text: '', bullet: false, markdownHeading: false };
  let markdownHeading = false;
  const heading = /^#{1,6}\s+/.exec(line);
  if (heading) {
    markdownHeading = true;
    line = line.slice(heading[0].length);
  }
  line = stripMarkdown(line);
  let bullet = false;
  const glyph = bulletPattern.exec(line);
  // "-2019" or "– Present" are not bullets; a glyph followed by text is.
  const notBullet = /^([-=*~_#])\1/.test(line) || /^[-–—]\s*(?:\d|present|now|current)/i.test(line);
  if (glyph && glyph[0].length < line.length && !notBullet) {
    bullet = true;
    line = line.slice(glyph[0].length);
  }
  line = line
    .replace(iconGlyph, ' ')
    // A date column set tight against the text beside it loses the gap: "06/2019 – 02/2022Data Analyst".
    // (The capital is checked apart: under the i flag \p{Lu} matches small letters too, and "Nowak",
    // "Currently" or "Presentation" would be cut.)
    .replace(/(?<=(?:^|[\s–—-])(?:\d{1,2}[./])?(?:19|20)\d{2}|(?:^|[\s–—-])(?:present|now|current|today))(?=\p{L}{2})/giu, (gap: string, at: number, whole: string) =>
      /^\p{Lu}\p{Ll}/u.test(whole.slice(at)) ? '\t' : gap,
    )
    // …and the text before a date range that ends the line: "School of Business2013-09 — 2015-12".
    .replace(/(?<=\p{Ll}{2})(?=(?:\d{1,2}[./])?(?:19|20)\d{2}(?:[./-]\d{1,2})?\s*[–—-]\s*(?:(?:\d{1,2}[./])?(?:19|20)\d{2}(?:[./-]\d{1,2})?|present|now|current|today)\s*$)/giu, '\t')
    // …or after a name that ends in a full stop ("Pvt. Ltd.2021 - Present", "Leve S.A.2015" over "- 2019").
    .replace(/(?<=\p{L}\.)(?=(?:19|20)\d{2}(?:\s*[–—-]\s*(?:(?:19|20)\d{2}|present|now|current|today))?\s*$)/giu, '\t')
    // …and a name set tight against the dates after it: "…at Harwick UniversitySept 2013 - Dec 2015".
    .replace(/(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?\s+(?:19|20)\d{2}\b)/gu, '\t')
    .replace(/\s*\t+\s*|\s{3,}/g, ' | ') // column gaps and tab stops separate fields
    .replace(/\s{2,}/g, ' ')
    .replace(/^(?:\|\s*)+|(?:\s*\|)+$/g, '')
    .trim();
  return { text: line, bullet, markdownHeading };
}

// "W O R K   E X P E R I E N C E" → "WORK EXPERIENCE": single letters, words apart by 2+ spaces.
function collapseLetterSpacing(line: string): string {
  if (!/^(?:\p{L}[ ]+){3,}\p{L}$/u.test(line)) return line;
  return line
    .split(/\s{2,}/)
    .map((word) => word.replace(/\s+/g, ''))
    .join(' ');
}

function stripMarkdown(line: string): string {
  return line
    // "`React` `TypeScript` `Vue 2`": a row of code spans only is a list, one item a span.
    .replace(/^(?:\s*`[^`]+`){2,}\s*$/, (row) => [...row.matchAll(/`([^`]+)`/g)].map((span) => (span[1] ?? '').trim()).join(', '))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, url: string) =>
      label.trim() === url.trim() ? url : `${label} (${url})`,
    )
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s),.;:]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
