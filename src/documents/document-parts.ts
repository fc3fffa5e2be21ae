import type { DocumentExportOptions } from './contact-header.ts';
import { type MarkdownBlock, parseMarkdownBlocks } from './markdown-blocks.ts';
import { plainText } from './markdown-inline.ts';

/** What every export format lays out: the title, the author and the body's blocks. */
export interface DocumentParts {
  /** The option, or the leading `#` heading (which then leaves the body). */
  title?: string;
  /** The option, or the contact header's name. */
  author?: string;
  body: MarkdownBlock[];
}

/**
 * Splits a Markdown document into the parts the PDF and DOCX exports lay out.
 *
 * @example
 * documentParts('# Cover letter\n\nDear …', {}).title; // 'Cover letter'
 */
export function documentParts(markdown: string, options: DocumentExportOptions): DocumentParts {
  const blocks = parseMarkdownBlocks(markdown);
  const [first] = blocks;
  const leadingTitle = first?.type === 'heading' && first.level === 1 ? plainText(first.runs) : undefined;
  return {
    title: options.title ?? leadingTitle,
    author: options.author ?? options.contact?.name,
    body: leadingTitle !== undefined ? blocks.slice(1) : blocks,
  };
}
