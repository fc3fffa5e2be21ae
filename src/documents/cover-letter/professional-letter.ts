import { article, joinWords, yearsText } from '../prose.ts';
import type { Highlight } from '../relevant-highlights.ts';
import type { LetterFacts } from './letter-facts.ts';
import { capitalise, chosenHighlights, inFirstPerson, latestRoleWithArticle, pick, samePlace, signOff } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const apply = pick(facts, 'professional-opening', [
    `I am writing to apply for the ${facts.role} position at ${facts.company}.`,
    `Please accept my application for the ${facts.role} position at ${facts.company}.`,
    `I would like to be considered for the ${facts.role} position at ${facts.company}.`,
  ]);
  const role = latestRoleWithArticle(facts.latest);
  const employer = facts.latest?.employer;
  const years = facts.years ? ` over ${yearsText(facts.years)}${facts.yearsField ? ` in ${facts.yearsField}` : ''}` : '';
  let background: string | undefined;
  if (role && facts.latest?.current) background = `I am currently ${role}, and the work I have done${years} bears directly on what this role requires.`;
  else if (role) background = `Most recently I served as ${role}${facts.years ? `, after ${yearsText(facts.years)} ${facts.yearsField ? `in ${facts.yearsField}` : 'of professional work'}` : ''}.`;
  else if (employer) background = `${facts.latest?.current ? 'I currently work' : 'I most recently worked'} at ${employer}.`;
  else if (facts.label) background = `I come to this role as ${article(facts.label)} ${facts.label}.`;
  return [apply, background].filter(Boolean).join(' ');
}

function evidenceSentence(highlight: Highlight, previous: Highlight | undefined): string {
  const claim = inFirstPerson(highlight);
  if (previous && samePlace(previous, highlight)) return `In the same role, ${claim}.`;
  if (highlight.employer) {
    const as = highlight.position ? `as ${article(highlight.position)} ${highlight.position} ` : '';
    return previous ? `Earlier, ${as}at ${highlight.employer}, ${claim}.` : `At ${highlight.employer}, ${claim}.`;
  }
  if (highlight.project) return `On ${highlight.project}, ${claim}.`;
  return `${capitalise(claim)}.`;
}

function evidence(facts: LetterFacts): string | undefined {
  const chosen = chosenHighlights(facts, 2);
  if (chosen.length === 0) return undefined;
  const sentences = chosen.map((highlight, index) => evidenceSentence(highlight, chosen[index - 1]));
  const shown = [...new Set(chosen.flatMap((highlight) => highlight.skills))];
  if (shown.length > 0) sentences.push(`Both the posting and this work centre on ${joinWords(shown.slice(0, 3))}.`);
  return sentences.join(' ');
}

function fit(facts: LetterFacts): string | undefined {
  const sentences: string[] = [];
  const told = new Set(chosenHighlights(facts, 2).flatMap((highlight) => highlight.skills));
  const further = facts.matched.filter((skill) => !told.has(skill)).slice(0, 3);
  if (further.length > 0) sentences.push(`Beyond that, I have worked with ${joinWords(further)}, which the role also lists.`);
  if (facts.degree) sentences.push(`I hold ${article(facts.degree)} ${facts.degree}.`);
  if (facts.missing.length > 0) {
    const gaps = facts.missing.slice(0, 2);
    sentences.push(`${capitalise(joinWords(gaps))} would be newer to me, and I would make learning ${gaps.length === 1 ? 'it' : 'them'} an early priority.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * A formal letter: date and recipient block, full sentences without contractions, the
 * person's current role and one or two stated results tied to the posting, a candid note on
 * what they have yet to learn, and a conventional close.
 *
 * @example
 * professionalLetter(letterFacts({ resume, posting, date })); // 'November 22, 2026\n\nHiring Manager  \nAcme Corp …'
 */
export function professionalLetter(facts: LetterFacts): string {
  // A postal-style block: "Remote" is not an address.
  const address = facts.companyLocation && !/^remote\b/i.test(facts.companyLocation) ? facts.companyLocation : undefined;
  const recipient = [facts.hiringManager ?? 'Hiring Manager', facts.company, address].filter(Boolean).join('  \n');
  return [
    facts.date,
    recipient,
    `Dear ${facts.hiringManager ?? 'Hiring Manager'},`,
    opening(facts),
    evidence(facts),
    fit(facts),
    `I would welcome the opportunity to discuss how my experience could contribute to the work of ${facts.company}. Thank you for your time and consideration.`,
    signOff('Sincerely,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
