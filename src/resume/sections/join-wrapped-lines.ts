/**
 * Rejoins lines that a PDF or a narrow column wrapped: a line whose first word is lower case
 * ("second at peak", not "iOS Engineer"), or one that follows a line ending in a comma or a
 * conjunction, continues the line before it.
 */
import { findDateRange } from './find-date-range.ts';
import type { ResumeLine } from './resume-lines.ts';

export interface EntryLine {
  text: string;
  bullet: boolean;
}

/**
 * Joins wrapped continuation lines onto the line they continue.
 *
 * @example
 * joinWrappedLines(toResumeLines('• Designed the service, handling 50k requests per\nsecond at peak'));
 * // [{ text: 'Designed the service, handling 50k requests per second at peak', bullet: true }]
 */
export function joinWrappedLines(lines: readonly ResumeLine[]): EntryLine[] {
  const joined: EntryLine[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const continues =
      previous !== undefined &&
      previous.text !== '' &&
      line.text !== '' &&
      !line.bullet &&
      !line.markdownHeading &&
      (/^(?:\p{Ll}+(?=[\s,.;:)]|$)|[(&])/u.test(line.text) || /(?:[,&/-]|\band|\bor|\bthe|\bof|\bto|\bwith)$/.test(previous.text)) &&
      !/[.!?:]$/.test(previous.text) &&
      findDateRange(line.text) === undefined;
    if (continues) previous.text = `${previous.text} ${line.text}`;
    else joined.push({ text: line.text, bullet: line.bullet });
  }
  return joined;
}
