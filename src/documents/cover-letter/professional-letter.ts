import { article, joinWords } from '../prose.ts';
import type { Highlight } from '../relevant-highlights.ts';
import type { LetterFacts } from './letter-facts.ts';
import { capitalise, chosenHighlights, gapsToName, heldCertificates, inFirstPerson, latestRoleWithArticle, newerThan, pick, samePlace, signOff, skillsToName, spokenSentence, withChange } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const apply = pick(facts, 'professional-opening', [
    `I am writing to apply for the ${facts.role} position at ${facts.company}.`,
    `Please accept my application for the ${facts.role} position at ${facts.company}.`,
    `I would like to be considered for the ${facts.role} position at ${facts.company}.`,
  ]);
  const role = latestRoleWithArticle(facts.latest);
  const employer = facts.latest?.employer;
  let background: string | undefined;
  if (role && facts.latest?.current) {
    background = facts.experience
      ? `I am currently ${role}, and my ${facts.experience} ${facts.years === 1 ? 'bears' : 'bear'} directly on what this role requires.`
      : `I am currently ${role}.`;
  } else if (role) background = `Most recently I served as ${role}${facts.experience ? `, after ${facts.experience}` : ''}.`;
  else if (employer) background = `${facts.latest?.current ? 'I currently work' : 'I most recently worked'} at ${employer}.`;
  else if (facts.label) background = `I come to this role as ${article(facts.label)} ${facts.label}.`;
  return [apply, background].filter(Boolean).join(' ');
}

function evidenceSentence(highlight: Highlight, previous: Highlight | undefined): string {
  const claim = inFirstPerson(highlight);
  if (previous && samePlace(previous, highlight)) return `In that role, ${claim}.`;
  if (highlight.employer) {
    const as = highlight.position ? `as ${article(highlight.position)} ${highlight.position} ` : '';
    if (!previous) return `At ${highlight.employer}, ${claim}.`;
    // The second result is told in its own time: "Earlier, as …" for an older job, "Now, as …" for the current one.
    return newerThan(highlight, previous) ? `${highlight.current ? 'Now' : 'Later'}, ${as}at ${highlight.employer}, ${claim}.` : `Earlier, ${as}at ${highlight.employer}, ${claim}.`;
  }
  if (highlight.project) return `On ${highlight.project}, ${claim}.`;
  return `${capitalise(claim)}.`;
}

function evidence(facts: LetterFacts): string | undefined {
  const chosen = chosenHighlights(facts, 2);
  if (chosen.length === 0) return undefined;
  return chosen.map((highlight, index) => evidenceSentence(highlight, chosen[index - 1])).join(' ');
}

function fit(facts: LetterFacts): string | undefined {
  const sentences: string[] = [];
  const further = skillsToName(facts);
  if (further.length > 0) sentences.push(`Beyond that, I have worked with ${joinWords(further)}, which the role also lists.`);
  const held = heldCertificates(facts.certificates, 'professional');
  if (held) sentences.push(held);
  const spoken = spokenSentence(facts.languages, 'professional');
  if (spoken) sentences.push(spoken);
  if (facts.degree) sentences.push(`I hold ${article(facts.degree)} ${facts.degree}.`);
  const gaps = gapsToName(facts);
  if (gaps.length > 0) {
    sentences.push(`${capitalise(joinWords(gaps))} would be newer to me, and I would make learning ${gaps.length === 1 ? 'it' : 'them'} an early priority.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** A place as an address line: "Amsterdam, Netherlands (hybrid)" → "Amsterdam, Netherlands"; "Remote" is no address. */
export function postalPlace(location: string | undefined): string | undefined {
  const place = location
    ?.replace(/\s*[([](?:[^)\]]*\b(?:hybrid|remote|on-?site|in[- ]office|office-based|flexible)\b[^)\]]*)[)\]]/gi, '')
    .replace(/^(?:hybrid|on-?site|in[- ]office)\s*[-–—:|/]\s*/i, '')
    .replace(/\s*[-–—|/]\s*(?:hybrid|remote|on-?site)\b.*$/i, '')
    .replace(/\s*\b(?:or|\/)\s*remote\b.*$/i, '')
    .trim();
  return place && !/^(?:remote|hybrid|anywhere|worldwide)\b/i.test(place) ? place : undefined;
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
  const address = postalPlace(facts.companyLocation);
  // An agency's ad is answered to the agency: its name on the address lines, not the client's.
  const recipient = [facts.hiringManager ?? (facts.recruiter ? 'Recruitment Team' : 'Hiring Manager'), facts.recruiter ?? facts.company, address].filter(Boolean).join('  \n');
  return [
    facts.date,
    recipient,
    `Dear ${facts.hiringManager ?? (facts.recruiter ? 'Recruitment Team' : 'Hiring Manager')},`,
    withChange(opening(facts), facts, 'professional'),
    evidence(facts),
    fit(facts),
    pick(facts, 'professional-closing', [
      `I would welcome the opportunity to discuss how my experience could contribute to the work of ${facts.company}, and I thank you for considering my application.`,
      `Thank you for considering my application; I would be glad to discuss the ${facts.role} position with you at your convenience.`,
      `I would value the chance to discuss what I could bring to ${facts.company}, and I thank you for your time.`,
    ]),
    signOff('Sincerely,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
