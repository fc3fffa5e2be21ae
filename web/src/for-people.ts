/** Ids as answers carry them for the CLI: "[doc_98baa4649a]", "[rem_bf88b5416d]", "[cd191590c524]". */
const bracketedId = /\s?\[(?:[a-z]{2,8}_[0-9a-z]{6,}|[0-9a-f]{12})\]/g;
/** An API path said in brackets: "(/v1/calendar.ics)". */
const apiPath = /\s?\(\/v1\/[^)\s]*\)/g;

/**
 * An answer as a person reads it in the web app: without the ids and API paths the terminal
 * answer carries for a developer, and without "say "export it as PDF" for a file" on a page
 * that has the download buttons (session 41's trial: "[rem_bf88b5416d]", "your calendar feed
 * (/v1/calendar.ics)" read as noise). Markdown, lists and everything else are kept.
 *
 * @example
 * forPeople('Reminder set: Call Ana, Mon 7 Dec [rem_bf88b5416d]. It is in your calendar feed (/v1/calendar.ics).');
 * // 'Reminder set: Call Ana, Mon 7 Dec. It is in your calendar feed.'
 */
export function forPeople(answer: string): string {
  return answer
    .replace(bracketedId, '')
    .replace(apiPath, '')
    .replace(/;\s*say "export it as [^"]+" for a file\./gi, '.')
    .replace(/\s*Say "export it as [^"]+" for a file\./g, '');
}

/**
 * The answer's first paragraph, for people: the line a button's panel shows, while what the
 * turn wrote (a letter, a prep pack) opens on its own screen.
 *
 * @example
 * firstParagraph('Wrote a cover letter for "APM" at Lumenpay [doc_1a2b3c4d5e].\n\n# Cover letter …'); // 'Wrote a cover letter for "APM" at Lumenpay.'
 */
export const firstParagraph = (answer: string): string => forPeople(answer).split(/\n\s*\n/)[0]?.trim() ?? '';
