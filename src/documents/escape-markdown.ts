import { clean } from './work-history.ts';

/**
 * Makes a fact from the resume or posting safe to place inside the writers' Markdown: the
 * characters the parser treats as markup are backslash-escaped, a leading block marker
 * (`#`, `-`, `+`, `>`, `1.`) too, and line breaks collapse, so "C*" or "snake\_case" stay
 * literal and a company called "+ Plus" cannot start a list on its own line.
 *
 * @example
 * escapeMarkdown('Cut costs by 30%*'); // 'Cut costs by 30%\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\*_`[\]]/g, '\\$&')
    .replace(/^([#+\->])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A resume or posting string as the writers state it: whitespace collapsed and Markdown
 * escaped; empty or absent becomes undefined.
 *
 * @example
 * escapeStated('  Foo_Bar Inc '); // 'Foo\\_Bar Inc'
 */
export function escapeStated(text: string | undefined): string | undefined {
  const cleaned = clean(text);
  return cleaned === undefined ? undefined : escapeMarkdown(cleaned);
}
