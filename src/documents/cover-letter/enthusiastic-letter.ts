import { article, joinWords, yearsText } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { chosenHighlights, inFirstPerson, latestRoleWithArticle, pick, samePlace, signOff } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const hook = pick(facts, 'enthusiastic-opening', [
    `When I saw that ${facts.company} is hiring ${article(facts.role)} ${facts.role}, I knew I had to write!`,
    `I was so happy to find the ${facts.role} opening at ${facts.company}!`,
    `The ${facts.role} role at ${facts.company} is exactly what I've been hoping for!`,
  ]);
  const role = latestRoleWithArticle(facts.latest);
  // Enthusiasm is in wishes and exclamations, never in feelings or rankings the resume does not state.
  const career = facts.years ? `, with ${yearsText(facts.years)} ${facts.yearsField ? `in ${facts.yearsField}` : 'of work'} behind me` : '';
  let who: string | undefined;
  if (role) who = `${facts.latest?.current ? "Right now I'm" : "Most recently I've been"} ${role}${career}.`;
  else if (facts.latest?.employer) who = `${facts.latest.current ? "Right now I'm at" : "Most recently I've been at"} ${facts.latest.employer}${career}.`;
  else if (facts.label) who = `I'm ${article(facts.label)} ${facts.label}${career}.`;
  return [hook, who].filter(Boolean).join(' ');
}

function story(facts: LetterFacts): string | undefined {
  const [first, second] = chosenHighlights(facts, 2);
  if (!first) return undefined;
  const place = first.employer ?? first.project;
  const sentences = [`${place ? `At ${place}, ` : ''}${inFirstPerson(first)}, and I'd love to do more work like that.`];
  if (second) {
    const where = samePlace(first, second) || !(second.employer ?? second.project) ? '' : ` at ${second.employer ?? second.project}`;
    sentences.push(`And ${inFirstPerson(second)}${where}!`);
  }
  return sentences.join(' ');
}

function bringing(facts: LetterFacts): string {
  const skills = facts.matched.length > 0 ? ` my ${joinWords(facts.matched.slice(0, 3))} experience` : ' that same energy';
  const growth = facts.missing[0] ? `, and I can't wait to dig into ${facts.missing[0]} along the way` : '';
  const study = facts.degree ? ` My ${facts.degree} gave me a great start, and I haven't stopped learning since.` : '';
  return `I'd love to bring${skills} to the team at ${facts.company}${growth}!${study}`;
}

/**
 * A warm, first-person letter: an exclamation up front, the person's current role, a result
 * they want more of, contractions throughout, and a hopeful close.
 *
 * @example
 * enthusiasticLetter(letterFacts({ resume, posting, date })); // '… When I saw that Acme Corp is hiring …'
 */
export function enthusiasticLetter(facts: LetterFacts): string {
  return [
    facts.date,
    `Hello ${facts.hiringManager ?? `${facts.company} team`},`,
    opening(facts),
    story(facts),
    bringing(facts),
    "Thank you so much for reading this — I'd be delighted to talk, and I hope we get the chance soon!",
    signOff('Warm regards,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
