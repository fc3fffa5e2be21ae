/**
 * A hyperlink in a resume file. Themes often print a username or a word ("LinkedIn",
 * "Portfolio") and keep the address only in the link, so the contact reader needs both.
 */
export interface DocumentLink {
  /** The link target as written in the file: `https://…` or `mailto:…`. */
  url: string;
  /** The text the link sits on, as shown. */
  text: string;
}

/**
 * Whether a link target is worth reading as contact detail: a web address or an e-mail
 * address (not an anchor inside the document, a phone dialler or a script).
 *
 * @example
 * isContactLink('mailto:ana@example.org'); // true
 * isContactLink('#experience'); // false
 */
export function isContactLink(url: string): boolean {
  return /^(?:https?:\/\/[^\s/]+\.[^\s]+|mailto:\S+@\S+)$/i.test(url.trim());
}

/**
 * Consecutive links to the same target are one link wrapped over two lines (a PDF gives one
 * rectangle per line): they become one, with their texts joined.
 *
 * @example
 * mergeWrappedLinks([{ url: 'mailto:a@b.io', text: 'a@b.' }, { url: 'mailto:a@b.io', text: 'io' }]);
 * // [{ url: 'mailto:a@b.io', text: 'a@b.io' }]
 */
export function mergeWrappedLinks(links: readonly DocumentLink[]): DocumentLink[] {
  const merged: DocumentLink[] = [];
  for (const link of links) {
    const previous = merged.at(-1);
    if (previous && previous.url === link.url) previous.text += link.text;
    else merged.push({ ...link });
  }
  return merged;
}

/** What a PDF or DOCX extractor gives: the text, and the links found in it in reading order. */
export interface DocumentText {
  text: string;
  links: DocumentLink[];
  /**
   * Headings the document styles as groups inside its Skills section (a Word "Heading 4"
   * "Languages" under a "Heading 3" "Skills"): read as categories of skills, not sections.
   */
  skillGroups?: string[];
}
