import { compile } from 'html-to-text';

/** Descriptions are stored up to this many characters. */
export const descriptionMaxLength = 20_000;

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

const convertHtml = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    ...headings,
  ],
});

// Text with no tags in it: converting only decodes its entities.
const decodeEntities = compile({ wordwrap: false });

/**
 * Cuts text to at most `maxLength` characters at a word boundary, marking the cut with "…".
 *
 * @example
 * capText('one two three', 8); // 'one two…'
 */
export function capText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(0, maxLength - 1));
  const boundary = cut.search(/\s\S*$/);
  return `${(boundary > maxLength / 2 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
}

/**
 * A board's HTML description as readable plain text: paragraphs kept, lists as "•" bullets,
 * links and images reduced to their text, capped in length.
 *
 * @example
 * htmlToPlainText('<p>Join us</p><ul><li>TypeScript</li></ul>'); // 'Join us\n\n• TypeScript'
 */
export function htmlToPlainText(
  html: string | null | undefined,
  { maxLength = descriptionMaxLength }: { maxLength?: number } = {},
): string {
  if (!html) return '';
  // Non-breaking spaces from &nbsp; read (and search) as plain spaces.
  const text = convertHtml(html).replace(/[\u00a0\u202f]/g, ' ').replace(/\n{3,}/g, '\n\n');
  return capText(text.trim(), maxLength);
}

/**
 * HTML that arrived entity-escaped (Greenhouse sends `&lt;p&gt;`) as plain text.
 *
 * @example
 * escapedHtmlToPlainText('&lt;p&gt;R&amp;amp;D&lt;/p&gt;'); // 'R&D'
 */
export function escapedHtmlToPlainText(
  escaped: string | null | undefined,
  options: { maxLength?: number } = {},
): string {
  if (!escaped) return '';
  return htmlToPlainText(decodeEntities(escaped), options);
}

/**
 * A one-line text that may carry markup or entities (Adzuna titles carry `<strong>`).
 *
 * @example
 * htmlToInlineText('<strong>Node.js</strong> Developer &amp; Mentor'); // 'Node.js Developer & Mentor'
 */
export function htmlToInlineText(html: string | null | undefined): string {
  return htmlToPlainText(html).replace(/\s+/g, ' ').trim();
}

/**
 * Text a board already sends as plain text, tidied: line endings unified, runs of blank
 * lines collapsed, capped in length.
 *
 * @example
 * tidyPlainText('Hello\r\n\r\n\r\n\r\nWorld  '); // 'Hello\n\nWorld'
 */
export function tidyPlainText(
  text: string | null | undefined,
  { maxLength = descriptionMaxLength }: { maxLength?: number } = {},
): string {
  if (!text) return '';
  const tidy = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capText(tidy, maxLength);
}
