import { article, asClause, asSentence, joinWords, startsWithActionVerb } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { latestRoleWithArticle, placeOf, signOff } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const hook = `I was thrilled to see that ${facts.company} is hiring ${article(facts.role)} ${facts.role}!`;
  if (facts.matched.length === 0) return `${hook} It's exactly the kind of opportunity I've been hoping to find.`;
  return `${hook} A role built around ${joinWords(facts.matched.slice(0, 3))} is exactly the kind of work that gets me excited to start the day.`;
}

function whoIAm(facts: LetterFacts): string | undefined {
  const role = latestRoleWithArticle(facts.latest);
  const career = facts.years ? ` — ${facts.years} years into a career I genuinely love` : '';
  if (role) return `${facts.latest?.current ? "Right now I'm" : 'Most recently I was'} ${role}${career}.`;
  if (facts.label) return `I'm ${article(facts.label)} ${facts.label}${career}.`;
  return undefined;
}

function story(facts: LetterFacts): string | undefined {
  const [first, second] = facts.highlights;
  if (!first) return undefined;
  const place = placeOf(first);
  const proudOf = `One thing I'm especially proud of${place ? ` from my time ${place}` : ''}:`;
  const sentences = [
    startsWithActionVerb(first.text) ? `${proudOf} I ${asClause(first.text)}.` : `${proudOf} ${asClause(first.text)}.`,
  ];
  if (second) {
    sentences.push(
      startsWithActionVerb(second.text)
        ? `Just as exciting: I ${asClause(second.text)}.`
        : `Another highlight I'd love to tell you about: ${asSentence(second.text)}`,
    );
  }
  return sentences.join(' ');
}

function bringing(facts: LetterFacts): string {
  const skills = facts.matched.length > 0 ? ` and my ${joinWords(facts.matched.slice(0, 3))} experience` : '';
  const dive = facts.matched.length > 0 ? 'dive deeper into' : 'dive into';
  const growth = facts.missing[0] ? ` — and I'm eager to ${dive} ${facts.missing[0]} along the way` : '';
  const study = facts.degree ? ` I'm also proud of my ${facts.degree}.` : '';
  const energy = facts.highlights.length > 0 ? 'that same energy' : 'my energy';
  return `I'd love to bring ${energy}${skills} to the team at ${facts.company}${growth}!${study}`;
}

/**
 * A warm, first-person letter: an exclamation up front, a story about the work the person is
 * proudest of, contractions throughout, and a hopeful close.
 *
 * @example
 * enthusiasticLetter(letterFacts({ resume, posting, date })); // '… I was thrilled to see that Acme Corp is hiring …'
 */
export function enthusiasticLetter(facts: LetterFacts): string {
  return [
    facts.date,
    `Hello ${facts.hiringManager ?? `${facts.company} team`},`,
    [opening(facts), whoIAm(facts)].filter(Boolean).join(' '),
    story(facts),
    bringing(facts),
    "Thank you so much for considering my application. I'd be delighted to chat about how I could contribute — I hope we get the chance to talk soon!",
    signOff('Warm regards,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
