import { type InlineRun, parseInlineRuns } from './markdown-inline.ts';

export type { InlineRun } from './markdown-inline.ts';

/** One block of a document, as both exporters lay it out. */
export type MarkdownBlock =
  | { type: 'heading'; level: 1 | 2 | 3; runs: InlineRun[] }
  | { type: 'paragraph'; runs: InlineRun[] }
  | { type: 'list'; ordered: boolean; start: number; items: InlineRun[][] }
  | { type: 'page-break' };

const headingPattern = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const breakPattern = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const bulletPattern = /^\s*[-*+]\s+(.*)$/;
const orderedPattern = /^\s*(\d{1,9})[.)]\s+(.*)$/;

/** The longest line that still reads as one line of an address or a sign-off, not wrapped prose. */
const shortLine = 40;

/**
 * Whether a paragraph's lines are a block of short lines (an address, a recipient, a sign-off
 * with the name under it): each is its own line even without Markdown's hard breaks, so
 * "Stripe" and "Europe, UK" never run together as "Stripe Europe, UK".
 */
function isLineBlock(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > 8 || lines.some((line) => line.trim().length > shortLine)) return false;
  // Prose wrapped short goes on in lower case ("First line / continues here."); an address line
  // starts afresh: a capital, a number, a sign, or one word such as an email address.
  return lines.slice(1).every((line) => /^[^\p{Ll}]/u.test(line.trim()) || !/\s/.test(line.trim()));
}

/** Joins a block's source lines; a line ending in two spaces or a backslash keeps its break, as do the lines of a block of short lines. */
function joinLines(lines: readonly string[], keepBreaks = false): string {
  return lines
    .map((line, index) => {
      const last = index === lines.length - 1;
      const hardBreak = !last && (keepBreaks || / {2,}$/.test(line) || /\\$/.test(line));
      const text = line.trim().replace(/\\$/, hardBreak ? '' : '\\');
      return last ? text : `${text}${hardBreak ? '\n' : ' '}`;
    })
    .join('');
}

/**
 * Parses the Markdown subset the writers produce (and a model's letter is likely to use) into
 * blocks: `#`–`###` headings (deeper ones count as `###`), paragraphs, `-`/`*`/`+` bullets,
 * `1.` numbered lists (indented items and continuation lines fold into their list), and a
 * horizontal rule (`---`, `***`) as a page break. Inline styles are parsed by
 * {@link parseInlineRuns}.
 *
 * @example
 * parseMarkdownBlocks('# Title\n\nHello **you**.\n\n- one\n- two');
 * // [{ type: 'heading', level: 1, … }, { type: 'paragraph', … }, { type: 'list', ordered: false, start: 1, items: [[…], […]] }]
 */
export function parseMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[][] } | undefined;
  let blankSinceItem = false;

  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', runs: parseInlineRuns(joinLines(paragraph, isLineBlock(paragraph))) });
    paragraph = [];
  };
  const closeList = () => {
    if (list) {
      const items = list.items.map((lines) => parseInlineRuns(joinLines(lines)));
      blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items });
    }
    list = undefined;
  };

  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      closeParagraph();
      blankSinceItem = list !== undefined;
      continue;
    }
    const heading = headingPattern.exec(line);
    if (heading) {
      closeParagraph();
      closeList();
      const level = Math.min(heading[1]!.length, 3) as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, runs: parseInlineRuns(heading[2] ?? '') });
      continue;
    }
    if (breakPattern.test(line)) {
      closeParagraph();
      closeList();
      blocks.push({ type: 'page-break' });
      continue;
    }
    const ordered = orderedPattern.exec(line);
    const bullet = ordered ? undefined : bulletPattern.exec(line);
    if (ordered || bullet) {
      closeParagraph();
      const isOrdered = Boolean(ordered);
      if (list && list.ordered !== isOrdered && !/^\s{2,}/.test(line)) closeList();
      list ??= { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
      list.items.push([ordered?.[2] ?? bullet?.[1] ?? '']);
      blankSinceItem = false;
      continue;
    }
    if (list && (!blankSinceItem || /^\s{2,}/.test(line))) {
      list.items.at(-1)!.push(line);
      continue;
    }
    closeList();
    paragraph.push(line);
  }
  closeParagraph();
  closeList();
  return blocks;
}
