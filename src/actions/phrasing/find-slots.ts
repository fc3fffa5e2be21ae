import { findResume } from './find-resume.ts';
import { findTone } from './find-tone.ts';
import type { PhrasingContext } from './phrasing.ts';

/**
 * Readers of optional arguments said anywhere in a sentence, by argument name: a step read
 * from one part of a message ("cover letter for Acme pls") gets what another part adds
 * (", confident tone, use my devops resume"). Each returns undefined when the sentence says
 * nothing of it.
 */
export const slotReaders: Readonly<Record<string, (sentence: string, context: PhrasingContext) => string | undefined>> = {
  resume: (sentence, context) => {
    const named = findResume(sentence, context);
    return named && 'resume' in named ? named.resume : undefined;
  },
  tone: (sentence) => findTone(sentence),
  focus: (sentence) => findFocus(sentence),
  hiring_manager: (sentence) => findHiringManager(sentence),
  notes: (sentence) => findNote(sentence),
  location: (sentence) => findHome(sentence),
};

/**
 * "i just moved to melbourne", "we're relocating to Porto", "I'm based in Leeds", "now living in Ghent", "I stay in
 * Abuja" (Nigerian and Scottish English for "live"): where the person is.
 */
const homePattern =
  /\b(?:(?:just\s+|recently\s+)?(?:moved|moving|relocated|relocating|relocate|move)\s+(?:over\s+|back\s+)?to|(?:i|we)\s+(?:now\s+|currently\s+)?(?:live|stay|reside)\s+in|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:now\s+|currently\s+)?(?:living|based|located|staying|residing|settled)\s+in|(?:now|currently|presently)\s+(?:living|staying|residing|settled|located)\s+in|based\s+in)\s+(?<place>\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})/iu;
/** "im an electrician in leeds", "I'm a nurse in Cork": the trade told with where (not "in training", "in a school"). */
const tradeInPlace =
  /\b(?:i'?m|im|i\s+am)\s+an?\s+(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:in|from|based\s+in)\s+(?!(?:training|a|an|the|my|need|search|between|charge|construction|retail|hospitality|healthcare|care|sales|tech|it)\b)(?<place>\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})/iu;
/** Words that end a place name said in passing. */
const placeEnd =
  /^(?:and|but|so|or|now|recently|lately|last|this|next|from|for|with|because|since|to|im|i'm|i|we|looking|searching|hunting|anything|any|what|whats|pls|please|too|as|well|yesterday|today|a|the|soon|in|by|after|before|around|early|late|mid|during|within)$/i;

/**
 * Where the person says they live or are moving to, in a sentence about something else: a
 * search read from another part of the message takes it as its location.
 *
 * @example
 * findHome('hey i just moved to melbourne and im looking for ux work'); // 'melbourne'
 */
export function findHome(sentence: string): string | undefined {
  const place = homePattern.exec(sentence)?.groups?.place ?? tradeInPlace.exec(sentence)?.groups?.place;
  if (!place) return undefined;
  const words: string[] = [];
  for (const word of place.split(/\s+/)) {
    if (placeEnd.test(word.replace(/[.,;:!?]+$/, ''))) break;
    words.push(word.replace(/[.]+$/, ''));
    // ("moving to Hobart. Can you …": a full stop ends the place.)
    if (/[.,;:!?]$/.test(word)) break;
  }
  return words.join(' ') || undefined;
}

const focusNames: Readonly<Record<string, string>> = {
  skill: 'skills', skills: 'skills', summary: 'summary', profile: 'summary', experience: 'experience', bullets: 'experience',
  bullet: 'experience', keyword: 'keywords', keywords: 'keywords',
};
const focusWord = '(?<word>skills?|summary|profile|experience|bullets?|keywords?)';
const focusPatterns = [
  new RegExp(`\\b(?:mostly|mainly|focus(?:ing|ed)?\\s+on|especially|particularly|primarily|concentrat(?:e|ing)\\s+on|starting\\s+with)\\s+(?:the\\s+|my\\s+)?${focusWord}\\b`, 'i'),
  new RegExp(`\\b${focusWord}[- ]wise\\b`, 'i'),
  new RegExp(`\\b(?:the|my)\\s+${focusWord}\\s+(?:section|part|bit)\\b`, 'i'),
  // "1st one skills section mainly", "rewrite my summary so it suits …", "the right keywords for …".
  new RegExp(`\\b${focusWord}\\s+(?:section|part|bit)\\b`, 'i'),
  new RegExp(`\\b(?:rewrite|rework|redo|fix|improve|update|tweak|polish|adjust|sharpen|change)\\s+(?:my|the)\\s+${focusWord}\\b`, 'i'),
  new RegExp(`\\b(?:right|relevant|missing|matching|correct)\\s+(?<word>keywords?|skills)\\b`, 'i'),
  // "could my summary be rewritten so it suits …", "my experience section needs reworking": the part named as what changes.
  new RegExp(`\\b(?:my|the)\\s+${focusWord}(?:\\s+(?:section|part|bit))?\\s+(?:(?:be|being|get|gets|got)\\s+|needs?\\s+(?:to\\s+be\\s+)?|could\\s+be\\s+|should\\s+be\\s+)(?:re-?written|rewriting|re-?worked|reworking|redone|fixed|improved|updated|tweaked|polished|adjusted|sharpened|changed|tailored|tailoring|work(?:ing)?)\\b`, 'i'),
  // "emphasise my experience", "highlight the skills", "play up my experience": what to bring forward.
  new RegExp(`\\b(?:emphasi[sz]e|emphasi[sz]ing|highlight(?:ing)?|stress(?:ing)?|play(?:ing)?\\s+up|showcas(?:e|ing)|bring(?:ing)?\\s+out|foreground|lean(?:ing)?\\s+on)\\s+(?:my|the)\\s+(?:relevant\\s+)?${focusWord}\\b`, 'i'),
];

/**
 * What a tailoring should change first: "mostly the skills section", "skills-wise", "mainly
 * the summary".
 *
 * @example
 * findFocus('rework my cv for it, mainly the summary'); // 'summary'
 */
export function findFocus(sentence: string): string | undefined {
  for (const pattern of focusPatterns) {
    const word = pattern.exec(sentence)?.groups?.word?.toLowerCase();
    if (word) return focusNames[word];
  }
  return undefined;
}

// ("Frau Dr. Keller", "Sra. Gómez": up to two titles, in other languages too. Session 52.)
const titleWord = '(?:[Mm](?:rs?|s|iss|x|me|lle|adame|onsieur)|[Dd]r|[Pp]rof(?:essor)?|[Ss]ir|[Dd]ame|[Ff]rau|[Hh]err|[Ss]ra?|[Ss]rta|[Ss]eñora?|[Ss]ignora?|[Ii]ng)';
const title = `(?:${titleWord}\\.?\\s+){0,2}`;
const properName = "(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|da|van|von|der|del|la|le|di|du|bin|al)){0,4})";
const managerPatterns = [
  new RegExp(
    `\\b(?:hiring\\s+(?:manager|mgr)|mgr|recruiter|manager|contact|interviewer|(?:head|lead|chief)\\s+\\p{L}+|head\\s+of\\s+\\p{L}+|team\\s+lead(?:er)?|supervisor|owner|director|boss|principal|matron|foreman|head\\s+teacher|headteacher)(?:['’]s\\s+name)?\\s+(?:is|will\\s+be|=|:)\\s+${title}${properName}`,
    'u',
  ),
  // ("the lady's name is Mrs. Patel": the person said by who they are. Session 52.)
  new RegExp(`\\b(?:her|his|their|(?:lady|woman|man|guy|gentleman|person)['’]s)\\s+name\\s+is\\s+${title}${properName}`, 'u'),
  new RegExp(`\\b(?:[Aa]ddress(?:ed)?\\s+(?:it\\s+)?to|[Dd]ear)\\s+${title}${properName}`, 'u'),
  // ("…, warm tone, to Dr. Aoife Kelly": "to" a titled person in a piece of its own; "to Acme" is the job. Session 52.)
  new RegExp(`(?:^|[,;:.!?—–-]\\s*)to\\s+(?:${titleWord}\\.?\\s+){1,2}${properName}\\s*(?:[,;.!?]|$)`, 'u'),
];

/**
 * The person a letter is addressed to: "the hiring manager is Ms. Jane Roe", "her name is
 * Ana Rocha", "address it to Dr Kim".
 *
 * @example
 * findHiringManager('a letter for Acme, the hiring manager is Ms. Jane Roe'); // 'Jane Roe'
 */
export function findHiringManager(sentence: string): string | undefined {
  for (const pattern of managerPatterns) {
    const name = pattern.exec(sentence)?.groups?.name?.trim();
    if (name) return name;
  }
  return undefined;
}

const notePattern = /(?:^|[\s,.;?!])(?:w\/?|with|add(?:ing)?|plus)\s+(?:a\s+|the\s+)?note\s*(?::|-|—|saying|that\s+says)?\s*(?<after>.+)$|(?:^|[,.;?!]\s*)notes?\s*(?::|-|—)\s*(?<labelled>.+)$/i;

/**
 * A note to keep with a saved job: "w a note: referral from Sam", "… ? Note: recruiter is Li".
 *
 * @example
 * findNote('save #2 w a note: referral from Sam'); // 'referral from Sam'
 */
export function findNote(sentence: string): string | undefined {
  const groups = notePattern.exec(sentence)?.groups ?? noteThatPattern.exec(sentence)?.groups;
  const note = (groups?.after ?? groups?.labelled ?? asideAboutPeople(sentence))?.trim().replace(/^["'“]|["'”]$/g, '').replace(/[.!]+$/, '');
  return note || undefined;
}

/** "… and note that the recruiter is Dana", "…, jot down that it closes Friday": the note said as what to remember. */
const noteThatPattern = /(?:,\s*|\s+and\s+|[.;!?]\s+)(?:please\s+|pls\s+)?(?:note(?:\s+down)?|jot\s+down|make\s+a\s+note|remember|write\s+down)\s+(?:that\s+)?(?<after>\S.+)$/i;
/** Words of a note about the people behind a job: a referral, a contact, someone who works there. */
const peopleWords =
  /\b(?:referr(?:al|ed)|recruiter|hiring\s+manager|contact|cousin|friend|brother|sister|mum|mom|dad|uncle|aunt|mate|colleague|partner|neighbou?r|boss|knows|works\s+there|worked\s+there|called|named)\b/i;

/**
 * The last aside of a sentence that tells who is behind the job ("save the St Anne's job,
 * referral from Aoife", "bookmark #1, my cousin works there"): what the person would note.
 */
function asideAboutPeople(sentence: string): string | undefined {
  const pieces = sentence.split(/\s*(?:,|\s[-–—]\s)\s*/);
  const last = pieces.length > 1 ? pieces.at(-1)?.trim() : undefined;
  const words = last?.split(/\s+/).length ?? 0;
  return last && words >= 2 && words <= 12 && peopleWords.test(last) ? last : undefined;
}
