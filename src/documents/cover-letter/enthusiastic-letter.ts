import { article, joinWords } from '../prose.ts';
import type { LetterFacts } from './letter-facts.ts';
import { capitalise, chosenHighlights, gapsToName, greeting, heldCertificates, inFirstPerson, latestRoleWithArticle, pick, samePlace, signOff, skillsToName, spokenSentence, teamAt, withChange } from './letter-parts.ts';

function opening(facts: LetterFacts): string {
  const hook = pick(facts, 'enthusiastic-opening', [
    `When I saw that ${facts.company} is hiring ${article(facts.role)} ${facts.role}, I knew I had to write!`,
    `I was so happy to find the ${facts.role} opening at ${facts.company}!`,
    `The ${facts.role} role at ${facts.company} is exactly what I've been hoping for!`,
  ]);
  const role = latestRoleWithArticle(facts.latest);
  // Enthusiasm is in wishes and exclamations, never in feelings or rankings the resume does not state.
  const career = facts.experience ? `, with ${facts.experience} behind me` : '';
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
  const claim = inFirstPerson(first);
  // A stated result without "I" ("the pass rate rose from 71% to 83%") is not pasted mid-sentence as if it were the person's act.
  const sentences = [
    claim.startsWith('I ')
      ? `${place ? `At ${place}, ` : ''}${claim}, and I'd love to do more work like that.`
      : `${place ? `One result from ${place}` : 'One result I can point to'}: ${claim} — I'd love to do more work like that.`,
  ];
  if (second) {
    const where = samePlace(first, second) || !(second.employer ?? second.project) ? '' : ` at ${second.employer ?? second.project}`;
    const next = inFirstPerson(second);
    sentences.push(next.startsWith('I ') ? `And ${next}${where}!` : `On top of that, ${next}${where}!`);
  }
  return sentences.join(' ');
}

function bringing(facts: LetterFacts): string {
  const named = skillsToName(facts);
  const skills = named.length > 0 ? ` my ${joinWords(named)} experience` : ' that same energy';
  // A gap is said plainly, never as eagerness: "I can't wait to dig into X" reads as not having it.
  const gaps = gapsToName(facts);
  const growth =
    gaps.length === 1
      ? ` ${capitalise(gaps[0]!)} is the one thing here I haven't done in my work yet, and I'd start on it first.`
      : gaps.length > 1
        ? ` ${capitalise(joinWords(gaps))} are the things here I haven't done in my work yet, and I'd start on them first.`
        : '';
  const held = heldCertificates(facts.certificates, 'enthusiastic');
  const spoken = spokenSentence(facts.languages, 'enthusiastic');
  const study = facts.degree ? ` My ${facts.degree} gave me a great start, and I haven't stopped learning since.` : '';
  return `I'd love to bring${skills} to ${teamAt(facts)}!${growth}${held ? ` ${held}` : ''}${spoken ? ` ${spoken}` : ''}${study}`;
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
    greeting(facts, 'Hello', 'team'),
    withChange(opening(facts), facts, 'enthusiastic'),
    story(facts),
    bringing(facts),
    pick(facts, 'enthusiastic-closing', [
      `Thank you so much for reading this — I'd be delighted to talk about the ${facts.role} role, and I hope we get the chance soon!`,
      `I'd be thrilled to hear from you and to talk about what I could do at ${facts.company}!`,
      `Thanks for reading — I really hope we can talk about the ${facts.role} job soon!`,
    ]),
    signOff('Warm regards,', facts.name),
  ]
    .filter((paragraph): paragraph is string => Boolean(paragraph))
    .join('\n\n');
}
