import { joinWords, yearsText } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { capitalise, changeSentence, chosenHighlights, heldCertificates, inFirstPerson, latestRoleWithArticle, placeOf, signOff, spokenSentence } from './letter-parts.ts';

function summary(facts: LetterFacts): string {
  const sentences = [`I'd like to apply for the ${facts.role} role at ${facts.company}.`];
  const role = latestRoleWithArticle(facts.latest) ?? (facts.latest?.employer ? `at ${facts.latest.employer}` : undefined);
  // In a field outside software the years are that field's, which the role beside them already says.
  // Short: the count alone; "in total" only when it is the count of all work, not the summary's words or one field's.
  const years = facts.years ? ` (${yearsText(facts.years)}${facts.yearsField || facts.experienceStated ? '' : ' in total'})` : '';
  const [first] = chosenHighlights(facts, 1);
  const skills = facts.matched.length > 0 ? `, working with ${joinWords(facts.matched.slice(0, 2))}` : '';
  if (role) sentences.push(`${facts.latest?.current ? "I'm" : 'I was most recently'} ${role}${years}.`);
  const change = changeSentence(facts.careerChange, 'concise');
  if (change) sentences.push(change);
  // One stated result says more than a list of skills in a short letter; the list is for when there is none.
  if (skills && !first) sentences.push(`My work covers ${skills.replace(', working with ', '')}.`);
  const held = heldCertificates(facts.certificates, 'concise');
  if (held) sentences.push(held);
  const spoken = spokenSentence(facts.languages, 'concise');
  if (spoken) sentences.push(spoken);
  if (first) {
    // Told right after the current job, a result from an earlier one names where it happened.
    const where = placeOf(first);
    const elsewhere = where && (!role || first.employer !== facts.latest?.employer || first.project);
    sentences.push(elsewhere ? `${capitalise(where)}, ${inFirstPerson(first)}.` : `${capitalise(inFirstPerson(first))}.`);
  }
  return sentences.join(' ');
}

/**
 * A short letter: one paragraph of facts (the role, the person's current job, one stated
 * result), one line to close.
 *
 * @example
 * conciseLetter(letterFacts({ resume, posting, date })); // "Dear Hiring Team,\n\nI'd like to apply for the …"
 */
export function conciseLetter(facts: LetterFacts): string {
  return [`Dear ${facts.hiringManager ?? 'Hiring Team'},`, summary(facts), `Could we find time for a short call about the ${facts.role} role?`, signOff('Thanks,', facts.name)].join('\n\n');
}
