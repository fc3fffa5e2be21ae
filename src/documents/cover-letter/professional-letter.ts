import { article, asClause, firstPersonClaim, joinWords, startsWithActionVerb } from '../prose.ts';
import type { Highlight } from '../relevant-highlights.ts';
import type { LetterFacts } from './letter-facts.ts';
import { latestRoleWithArticle, placeOf, samePlace, signOff, skillsShownBy } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const sentences = [`I am writing to apply for the ${facts.role} position at ${facts.company}.`];
  const role = latestRoleWithArticle(facts.latest);
  const tense = facts.latest?.current ? 'currently' : 'most recently';
  if (role && facts.years) {
    sentences.push(`I bring ${facts.years} years of professional experience, ${tense} as ${role}.`);
  } else if (role) {
    sentences.push(facts.latest?.current ? `I currently work as ${role}.` : `Most recently, I worked as ${role}.`);
  } else if (facts.label) {
    sentences.push(`I approach this role with my background as ${article(facts.label)} ${facts.label}.`);
  }
  if (facts.matched.length > 0) {
    sentences.push(
      `I believe my background in ${joinWords(facts.matched.slice(0, 3))} aligns closely with the requirements of this role.`,
    );
  }
  return sentences.join(' ');
}

function evidenceSentence(highlight: Highlight, previous: Highlight | undefined): string {
  if (previous && samePlace(previous, highlight)) {
    return startsWithActionVerb(highlight.text)
      ? `I also ${asClause(highlight.text)}.`
      : `Another of my contributions there: ${asClause(highlight.text)}.`;
  }
  const place = placeOf(highlight);
  const position = highlight.position ? ` as ${highlight.position}` : '';
  const lead = previous ? 'Previously' : highlight.current ? 'In my current role' : 'In my role';
  const where = highlight.employer ? `${lead}${position} ${place}` : place ? `In my work ${place}` : 'In my experience';
  return `${where}, ${firstPersonClaim(highlight.text, 'my contributions included')}.`;
}

function evidence(facts: LetterFacts): string | undefined {
  const chosen = facts.highlights.slice(0, 2);
  if (chosen.length === 0) return undefined;
  const sentences = chosen.map((highlight, index) => evidenceSentence(highlight, chosen[index - 1]));
  const shown = skillsShownBy(chosen);
  if (shown.length > 0) {
    sentences.push(`This work drew directly on ${joinWords(shown)}, which your posting highlights.`);
  }
  return sentences.join(' ');
}

function fit(facts: LetterFacts): string | undefined {
  const sentences: string[] = [];
  const mentioned = new Set([...facts.matched.slice(0, 3), ...skillsShownBy(facts.highlights.slice(0, 2))]);
  const further = facts.matched.filter((skill) => !mentioned.has(skill)).slice(0, 3);
  if (further.length > 0) sentences.push(`My experience further includes ${joinWords(further)}.`);
  if (facts.degree) {
    sentences.push(`My academic background, ${article(facts.degree)} ${facts.degree}, provides a solid foundation for this work.`);
  }
  if (facts.missing.length > 0) {
    const hasSkills = facts.matched.length > 0;
    const gaps = joinWords(facts.missing.slice(0, 2));
    const effort = hasSkills ? 'build on my existing skills' : 'invest the time';
    sentences.push(`I note that the role ${hasSkills ? 'also ' : ''}calls for ${gaps}; I am prepared to ${effort} to meet that expectation.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * A formal letter: date and recipient block, full sentences, claims stated with care, and a
 * conventional close.
 *
 * @example
 * professionalLetter(letterFacts({ resume, posting, date })); // 'November 22, 2026\n\nHiring Manager  \nAcme Corp …'
 */
export function professionalLetter(facts: LetterFacts): string {
  // A postal-style block: "Remote" is not an address.
  const address = facts.companyLocation && !/^remote\b/i.test(facts.companyLocation) ? facts.companyLocation : undefined;
  const recipient = [facts.hiringManager ?? 'Hiring Manager', facts.company, address]
    .filter(Boolean)
    .join('  \n');
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
