import { escapeMarkdown } from '../escape-markdown.ts';

const greetingLine = /^(?:dear|hi|hello|to)\b[^.!?]{0,80}[,:!]\s*$/i;

/** The paragraphs after a letter's greeting, with the index of the greeting line; undefined without a greeting. */
function body(markdown: string): { lines: string[]; greeting: number } | undefined {
  const lines = markdown.split('\n');
  const greeting = lines.findIndex((line) => greetingLine.test(line.trim()));
  return greeting >= 0 ? { lines, greeting } : undefined;
}

const firstParagraph = (lines: readonly string[], greeting: number) => lines.slice(greeting + 1).find((line) => line.trim() !== '')?.trim() ?? '';

/**
 * A letter whose opening sentence the grounding check took out, given a plain one again: "I am
 * writing to apply for the Welder position at Nordhavn Yard." A letter never starts on its second
 * thought ("A good example is from my time at …") because its first was removed. Any other
 * letter is returned as it is.
 *
 * @example
 * withOpening(draft, groundDocument(draft, sources), { title: 'Welder', company: 'Nordhavn Yard' });
 */
export function withOpening(draft: string, grounded: { text: string; changes: readonly { sentence?: string | undefined }[] }, posting: { title: string; company?: string | undefined }): string {
  const written = body(draft);
  const kept = body(grounded.text);
  if (!written || !kept) return grounded.text;
  const opening = firstParagraph(written.lines, written.greeting);
  const now = firstParagraph(kept.lines, kept.greeting);
  const removed = grounded.changes.some((change) => change.sentence !== undefined && change.sentence.trim() !== '' && opening.startsWith(change.sentence.trim()));
  if (opening === '' || !removed) return grounded.text;
  const company = posting.company?.trim() ? ` at ${escapeMarkdown(posting.company.trim())}` : '';
  const plain = `I am writing to apply for the ${escapeMarkdown(posting.title.trim())} position${company}.`;
  const lines = [...kept.lines];
  const at = lines.findIndex((line, index) => index > kept.greeting && line.trim() !== '');
  // What is left of the opening paragraph keeps its place after the plain sentence; a paragraph that went whole is replaced.
  if (at >= 0 && opening.includes(now)) lines[at] = `${plain} ${now}`;
  else lines.splice(kept.greeting + 1, 0, '', plain);
  return lines.join('\n');
}
