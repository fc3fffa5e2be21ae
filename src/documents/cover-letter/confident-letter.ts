import { article, asSentence, joinWords } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { latestRoleWithArticle, placeOf, signOff } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const need = `${facts.company} needs ${article(facts.role)} ${facts.role}`;
  const sentences =
    facts.matched.length > 0
      ? [`${need} who delivers with ${joinWords(facts.matched.slice(0, 3))}.`, 'That is the work I do.']
      : [`${need}.`, 'I am ready to deliver from the start.'];
  const role = latestRoleWithArticle(facts.latest);
  if (role) sentences.push(facts.latest?.current ? `Today I am ${role}.` : `Most recently, I was ${role}.`);
  if (facts.years) sentences.push(`I bring ${facts.years} years of experience.`);
  return sentences.join(' ');
}

function record(facts: LetterFacts): string | undefined {
  const chosen = facts.highlights.slice(0, 3);
  if (chosen.length === 0) return undefined;
  const items = chosen.map((highlight) => {
    const place = placeOf(highlight)?.replace(/^(?:at|on) /, '');
    return `- ${asSentence(highlight.text)}${place ? ` *(${place})*` : ''}`;
  });
  return `**What I have delivered:**\n\n${items.join('\n')}`;
}

function why(facts: LetterFacts): string | undefined {
  const sentences: string[] = [];
  if (facts.matched.length > 0) {
    sentences.push(`You need ${joinWords(facts.matched.slice(0, 4))}.`);
    sentences.push(`My record shows ${facts.matched.length === 1 ? 'it' : 'each of them'}.`);
  }
  if (facts.missing.length === 1) sentences.push(`${facts.missing[0]} is the one gap, and I will close it fast.`);
  if (facts.missing.length > 1) sentences.push(`I will close the remaining gaps, ${joinWords(facts.missing.slice(0, 2))}, fast.`);
  if (facts.degree) sentences.push(`My foundation: ${article(facts.degree)} ${facts.degree}.`);
  return sentences.length > 0 ? `**Why it fits:** ${sentences.join(' ')}` : undefined;
}

/**
 * A direct letter: it opens with the company's need, answers it in short declarative
 * sentences, lists the person's stated results as bullets, and asks for the meeting.
 *
 * @example
 * confidentLetter(letterFacts({ resume, posting, date })); // '… Acme Corp needs a Senior Backend Engineer who delivers with …'
 */
export function confidentLetter(facts: LetterFacts): string {
  return [
    facts.date,
    `Dear ${facts.hiringManager ?? `${facts.company} hiring team`},`,
    opening(facts),
    record(facts),
    why(facts),
    `I will bring the same drive to ${facts.company}. Let's talk about what I can deliver for your team.`,
    signOff('Best regards,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
