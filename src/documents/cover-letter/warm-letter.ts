import { article, joinWords } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { capitalise, chosenHighlights, gapsToName, greeting, heldCertificates, inFirstPerson, latestRoleWithArticle, pick, samePlace, signOff, skillsToName, spokenSentence, withChange } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const hook = pick(facts, 'warm-opening', [
    `I'm getting in touch about the ${facts.role} opening at ${facts.company}.`,
    `I saw that ${facts.company} is looking for ${article(facts.role)} ${facts.role}, and I'd like to put myself forward.`,
    `I'm writing about the ${facts.role} job at ${facts.company}.`,
  ]);
  const role = latestRoleWithArticle(facts.latest);
  const years = facts.experience ? `, and I've had ${facts.experience}` : '';
  let who: string | undefined;
  if (role) who = `${facts.latest?.current ? "At the moment I'm" : 'Most recently I was'} ${role}${years}.`;
  else if (facts.latest?.employer) who = `${facts.latest.current ? "At the moment I work at" : 'Most recently I worked at'} ${facts.latest.employer}${years}.`;
  else if (facts.label) who = `I'm ${article(facts.label)} ${facts.label}${years}.`;
  return [hook, who].filter(Boolean).join(' ');
}

function example(facts: LetterFacts): string | undefined {
  const [first, second] = chosenHighlights(facts, 2);
  if (!first) return undefined;
  const employer = first.employer ?? first.project;
  const sentences = [employer ? `A good example is from my time at ${employer}, where${inFirstPerson(first).startsWith('as ') ? ',' : ''} ${inFirstPerson(first)}.` : `A good example: ${inFirstPerson(first)}.`];
  if (second) {
    const where = samePlace(first, second) || !(second.employer ?? second.project) ? '' : ` at ${second.employer ?? second.project}`;
    sentences.push(`${capitalise(inFirstPerson(second))}${where}, too.`);
  }
  return sentences.join(' ');
}

function fit(facts: LetterFacts): string | undefined {
  const sentences: string[] = [];
  const skills = skillsToName(facts);
  if (skills.length > 0) sentences.push(`You're asking for ${joinWords(skills)}, which is the work I've been doing.`);
  const held = heldCertificates(facts.certificates, 'warm');
  if (held) sentences.push(held);
  const spoken = spokenSentence(facts.languages, 'warm');
  if (spoken) sentences.push(spoken);
  const gaps = gapsToName(facts);
  if (gaps.length > 0) sentences.push(`I haven't worked with ${joinWords(gaps, 'or')} yet, and I'm happy to learn ${gaps.length === 1 ? 'it' : 'them'}.`);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * A plain, warm letter, the "less formal" one: everyday words, contractions, the person's
 * current role and one or two results told simply, an honest note on what they would learn,
 * and a friendly close. Warm is not excited: no exclamation marks, no superlatives.
 *
 * @example
 * warmLetter(letterFacts({ resume, posting, date })); // '… Dear Acme Corp team,\n\nI'm getting in touch about the …'
 */
export function warmLetter(facts: LetterFacts): string {
  return [
    facts.date,
    greeting(facts, 'Dear', 'team'),
    withChange(opening(facts), facts, 'warm'),
    example(facts),
    fit(facts),
    pick(facts, 'warm-closing', [
      `If this sounds like a good fit for ${facts.company}, I'd be glad to talk it through.`,
      `I'd be glad to have a chat about the ${facts.role} job whenever suits you.`,
      `Thanks for taking the time to read this, and I hope we can talk about the ${facts.role} role soon.`,
    ]),
    signOff('All the best,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
