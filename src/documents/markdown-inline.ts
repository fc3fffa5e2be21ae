/** A stretch of text with one style. A run whose text is "\n" is a line break. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The target when the run is a link's text. */
  link?: string;
}

interface Style {
  bold?: boolean;
  italic?: boolean;
}

const escapable = /[!-/:-@[-`{-~]/;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function isSpace(character: string | undefined): boolean {
  return character === undefined || /\s/.test(character);
}

function delimiterLength(text: string, at: number): number {
  let end = at;
  while (text[end] === text[at]) end += 1;
  return end - at;
}

/** Whether the delimiter run at `at` (of `length`) may open or close emphasis. */
function flanking(text: string, at: number, length: number): { opens: boolean; closes: boolean } {
  const before = text[at - 1];
  const after = text[at + length];
  let opens = !isSpace(after);
  let closes = !isSpace(before);
  if (text[at] === '_') {
    // snake_case stays literal: underscores only emphasise at word edges.
    opens &&= !isWordCharacter(before);
    closes &&= !isWordCharacter(after);
  }
  return { opens, closes };
}

function findCloser(text: string, from: number, marker: string, length: number): number {
  for (let index = from; index < text.length; index += 1) {
    const character = text[index];
    if (character === '\\') {
      index += 1;
      continue;
    }
    if (character === '`') {
      const close = text.indexOf('`', index + 1);
      if (close > index) index = close;
      continue;
    }
    if (character !== marker) continue;
    const run = delimiterLength(text, index);
    if (run === length && index > from && flanking(text, index, run).closes) return index;
    index += run - 1;
  }
  return -1;
}

function parse(text: string, style: Style, runs: InlineRun[]): void {
  let buffer = '';
  const flush = () => {
    if (buffer) runs.push({ text: buffer, ...style });
    buffer = '';
  };
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const next = text[index + 1];
    if (character === '\\' && next !== undefined && escapable.test(next)) {
      buffer += next;
      index += 1;
      continue;
    }
    if (character === '\n') {
      flush();
      runs.push({ text: '\n', ...style });
      continue;
    }
    if (character === '`') {
      const close = text.indexOf('`', index + 1);
      if (close > index) {
        buffer += text.slice(index + 1, close);
        index = close;
        continue;
      }
    }
    if (character === '[') {
      const link = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(text.slice(index));
      if (link) {
        flush();
        const before = runs.length;
        parse(link[1]!, style, runs);
        for (const run of runs.slice(before)) run.link = link[2];
        index += link[0].length - 1;
        continue;
      }
    }
    if (character === '*' || character === '_') {
      const length = delimiterLength(text, index);
      const opens = length <= 3 && flanking(text, index, length).opens;
      const closer = opens ? findCloser(text, index + length, character, length) : -1;
      if (closer > 0) {
        flush();
        const inner = { bold: style.bold || length >= 2 || undefined, italic: style.italic || length !== 2 || undefined };
        parse(text.slice(index + length, closer), inner, runs);
        index = closer + length - 1;
        continue;
      }
      buffer += text.slice(index, index + length);
      index += length - 1;
      continue;
    }
    buffer += character;
  }
  flush();
}

/**
 * Splits one block's Markdown text into styled runs: `**bold**`, `*italic*` (or underscores
 * at word edges), `***both***`, `[text](url)`, code spans as plain text, backslash escapes,
 * and "\n" for hard line breaks.
 *
 * @example
 * parseInlineRuns('Led **40** *services*');
 * // [{ text: 'Led ' }, { text: '40', bold: true }, { text: ' ' }, { text: 'services', italic: true }]
 */
export function parseInlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  parse(text, {}, runs);
  return runs;
}

/** The runs' text without styles. */
export function plainText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}
