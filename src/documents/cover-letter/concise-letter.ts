import { asClause, joinWords } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { latestRoleWithArticle, signOff } from './letter-parts.ts';

function summary(facts: LetterFacts): string {
  const sentences = [`I'm applying for the ${facts.role} role at ${facts.company}.`];
  const role = latestRoleWithArticle(facts.latest);
  const years = facts.years ? ` with ${facts.years} years of experience` : '';
  const skills = facts.matched.length > 0 ? `, including ${joinWords(facts.matched.slice(0, 3))}` : '';
  if (role) sentences.push(`${facts.latest?.current ? "I'm" : 'I was most recently'} ${role}${years}${skills}.`);
  else if (skills) sentences.push(`My skills match the role${skills}.`);
  const [first] = facts.highlights;
  if (first) sentences.push(`A relevant example: ${asClause(first.text)}.`);
  return sentences.join(' ');
}

/**
 * A short letter: one paragraph of facts, one line to close.
 *
 * @example
 * conciseLetter(letterFacts({ resume, posting, date })); // "Dear Hiring Team,\n\nI'm applying for the …"
 */
export function conciseLetter(facts: LetterFacts): string {
  return [
    `Dear ${facts.hiringManager ?? 'Hiring Team'},`,
    summary(facts),
    "I'd welcome a brief call.",
    signOff('Thanks,', facts.name),
  ].join('\n\n');
}
