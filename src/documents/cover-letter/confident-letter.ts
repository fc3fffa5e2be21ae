import { article, joinWords, startsWithActionVerb } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import type { Highlight } from '../relevant-highlights.ts';
import { alsoClaim, capitalise, chosenHighlights, gapsToName, greeting, heldCertificates, inFirstPerson, latestRoleWithArticle, pick, placeOf, samePlace, signOff, skillsToName, spokenSentence, withChange } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const want = pick(facts, 'confident-opening', [
    `I want to be the next ${facts.role} at ${facts.company}.`,
    `${facts.recruiter ? 'Your client' : facts.company} is hiring ${article(facts.role)} ${facts.role}, and I can do this job well.`,
    `You are looking for ${article(facts.role)} ${facts.role}. I am ready to be that person at ${facts.company}.`,
  ]);
  const role = latestRoleWithArticle(facts.latest);
  const sentences = [want];
  if (role) sentences.push(facts.latest?.current ? `Today I am ${role}.` : `My last role was ${role}.`);
  else if (facts.latest?.employer) sentences.push(`My last role was at ${facts.latest.employer}.`);
  if (facts.experience) sentences.push(`Behind that ${facts.years === 1 ? 'is' : 'are'} ${facts.experience}.`);
  return sentences.join(' ');
}

function results(facts: LetterFacts): string | undefined {
  const chosen = chosenHighlights(facts, 2);
  if (chosen.length === 0) return undefined;
  const sentences = chosen.map((highlight, index) => {
    const claim = inFirstPerson(highlight);
    const place = highlight.employer ?? highlight.project;
    if (index === 0) return place ? `The proof is at ${place}: ${claim}.` : `${capitalise(claim)}.`;
    const previous = chosen[index - 1] as Highlight;
    if (samePlace(previous, highlight)) return `${capitalise(alsoClaim(claim) ?? claim)}.`;
    // A result from another job names its own place, or it would read as the first one's.
    const where = placeOf(highlight);
    return where ? `${capitalise(where)}, ${claim}.` : `${capitalise(claim)}.`;
  });
  return sentences.join(' ');
}

function match(facts: LetterFacts): string | undefined {
  const sentences: string[] = [];
  const skills = skillsToName(facts);
  const them = skills.length === 1 ? 'it' : 'them';
  // A skill that reads as a verb at a sentence's start ("Laminated doughs") is not put first.
  if (skills.length > 0) sentences.push(startsWithActionVerb(skills[0]!) ? `This role asks for ${joinWords(skills)}, and I use ${them}.` : `${capitalise(joinWords(skills))}: this role asks for ${them}, and I use ${them}.`);
  const held = heldCertificates(facts.certificates, 'confident');
  if (held) sentences.push(held);
  const spoken = spokenSentence(facts.languages, 'confident');
  if (spoken) sentences.push(spoken);
  const gaps = gapsToName(facts);
  if (gaps.length > 0) sentences.push(`${capitalise(joinWords(gaps))} ${gaps.length === 1 ? 'is' : 'are'} new ground for me, and I will learn ${gaps.length === 1 ? 'it' : 'them'} quickly.`);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * A direct letter: it opens with what the person wants, answers with short declarative
 * sentences, states their results plainly, names one gap without apology, and asks for the
 * meeting.
 *
 * @example
 * confidentLetter(letterFacts({ resume, posting, date })); // '… I want to be the next Senior Backend Engineer at Acme Corp. …'
 */
export function confidentLetter(facts: LetterFacts): string {
  return [
    facts.date,
    greeting(facts, 'Dear', 'hiring team'),
    withChange(opening(facts), facts, 'confident'),
    results(facts),
    match(facts),
    `Give me a conversation and I will show you what I can do for ${facts.company}.`,
    signOff('Best regards,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
