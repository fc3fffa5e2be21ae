import type { JobRecord } from '../../db/repositories/jobs.ts';
import { quoted, sentencesOf } from './asked.ts';

/** The terms of a posting a question can ask about beyond pay, place and stack. */
export const postingTerms = ['travel', 'relocation', 'visa', 'start', 'hours', 'union', 'licence'] as const;
export type PostingTerm = (typeof postingTerms)[number];

/**
 * How a question names each term, in English and the German postings near it are written in:
 * "does it need travel?", "do they sponsor visas?", "is there relocation help?", "when would I
 * start?", "how many hours a week?", "what shift is it?", "is it unionised?", "does it need AHPRA registration?".
 * Visa first: "do they sponsor a move?" is rarer than "sponsor"; union before the licence ("union registration").
 */
const asked: ReadonlyArray<readonly [PostingTerm, RegExp]> = [
  ['visa', /\b(?:visas?|sponsor(?:s|ed|ing|ship)?|work(?:ing)?\s+permits?|right\s+to\s+work|blue\s+card|work\s+authori[sz]ation|authori[sz]ed\s+to\s+work|eligible\s+to\s+work|arbeitserlaubnis|aufenthaltstitel)\b/],
  ['relocation', /\b(?:relocat(?:e|es|ed|ion|ing)|relo|(?:help|pay|cover|provide|offer|give)\w*\s+(?:\w+\s+){0,3}(?:flights|air\s*fares?|plane\s+tickets|housing|accommodation)|moving\s+(?:over|abroad)|moving\s+(?:costs?|allowance|package|support|help|expenses)|help\s+(?:me\s+)?(?:with\s+)?(?:the\s+)?mov(?:e|ing)|(?:the|my)\s+move|umzug\w*)\b/],
  ['travel', /\b(?:travel(?:s|led|ed|ling|ing)?|business\s+trips?|trips?\s+to|on\s+the\s+road|reisebereitschaft|reiset[aä]tigkeit|dienstreisen)\b/],
  ['start', /\b(?:start(?:ing)?\s+date|(?:when|how\s+soon)\s+(?:\S+\s+){1,5}(?:start|begin|join)|join(?:ing)?\s+date|eintritt\w*|ab\s+wann)\b/],
  // (Trial s48 #39 #52: "what shift is the toronto one", "is it nights", "is the 3rd one unionised?", "does carebridge need
  // AHPRA registration?" were answered "It doesn't say" or not at all, though each posting says it.)
  ['union', /\b(?:unions?|unioni[sz]ed|non-?union|collective\s+(?:agreement|bargaining)|bargaining\s+unit|enterprise\s+agreement|tarifvertrag\w*|tarifgebunden)\b/],
  ['licence', /\b(?:licen[cs]e[sd]?|licensure|registration|registered\s+with|(?:practi[cs]e|practising|practicing)\s+permit|permit\s+to\s+practi[cs]e|ahpra|nmc|hcpc|gmc|cno|crna|bccnm|oiiq|nclex|approbation|berufserlaubnis)\b/],
  // (Shifts are the hours as shift work says them: "what shift is it", "is it nights", "what is the rota like".)
  ['hours', /\b(?:shifts?|nights?|night\s+duty|rota|roster(?:ed)?|rotating|days\s+or\s+nights|on[-\s]?call|(?:work|working|shift)\s+(?:schedule|pattern)|schichtdienst|schicht\w*|nachtdienst|how\s+many\s+hours|(?:working|work|office|opening)\s+hours|hours\s+(?:a|per)\s+(?:week|day)|hours\s+(?:of\s+work|do\s+they|does\s+it|is\s+it|are\s+there)|what\s+(?:are\s+)?(?:the\s+)?hours|working\s+(?:time|week|day)|arbeitszeit\w*|wochenstunden|stunden\s+pro\s+woche)\b/],
];

/**
 * The term a question asks about, or undefined: "does the Ohmline job need travel?" → travel.
 *
 * @example
 * termAsked('do they sponsor visas at ohmline?'); // 'visa'
 */
export function termAsked(lower: string): PostingTerm | undefined {
  return asked.find(([, pattern]) => pattern.test(lower))?.[0];
}

/** The words a posting states each term in (English and German). */
const stated: Readonly<Record<PostingTerm, RegExp>> = {
  travel: /\b(?:travel\w*|business\s+trips?|on\s+the\s+road|customer\s+visits|site\s+visits|reise\w*|dienstreise\w*)\b/i,
  // ("Annual return flights and a furnished accommodation allowance are included": the help with moving, said as its parts;
  // never "reasonable accommodation", an employer's word for adjustments.)
  relocation:
    /\b(?:relocat\w*|moving\s+(?:costs?|allowance|package|expenses)|umzug\w*|(?:return|annual|paid|free)\s+(?:\w+\s+)?flights?|flights?\s+(?:are\s+|is\s+)?(?:paid|included|provided|covered)|(?:furnished|free|shared|provided|subsidi[sz]ed)\s+(?:\w+\s+)?accommodation|accommodation\s+(?:\w+\s+)?(?:allowance|provided|included|support|assistance)|housing\s+(?:allowance|support|assistance|provided|included))\b/i,
  visa: /\b(?:visas?|sponsor\w*|work(?:ing)?\s+permits?|right\s+to\s+work|blue\s+card|authori[sz]ed\s+to\s+work|work\s+authori[sz]ation|eligible\s+to\s+work|eligibility\s+to\s+work|(?:must|need\s+to)\s+(?:be\s+)?(?:based|reside|resident|living)\s+in|arbeitserlaubnis|aufenthalts\w*|blaue\s+karte)\b/i,
  start: /\b(?:start(?:ing)?\s+(?:date|on|in|from|by)|(?:able|available|expected|ready)\s+to\s+start|starts?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|start:|starts?\s+(?:on|in)|as\s+soon\s+as\s+possible|asap|immediate\s+start|start\s+immediately|joining\s+date|ab\s+sofort|eintritt\w*|zum\s+n[aä]chstm[oö]glichen|beginn\w*)\b/i,
  union: /\b(?:unions?|unioni[sz]ed|non-?union|collective\s+(?:agreement|bargaining)|bargaining\s+unit|enterprise\s+agreement|(?:nurses'?|teachers'?|workers'?|employees'?)\s+(?:association|federation|union)|tarifvertrag\w*|tarifgebunden|tv[öo]d|tv-l)\b/i,
  licence: /\b(?:licen[cs]\w*|registration|registered\s+with|registrant|(?:practi[cs]e|practising|practicing)\s+permit|permit\s+to\s+practi[cs]e|ahpra|nmc|hcpc|gmc|cno|crna|bccnm|oiiq|nclex|approbation|berufserlaubnis)\b/i,
  hours: /(?:\b\d{1,2}(?:[.,]\d)?\s*(?:-|–|to|bis)?\s*(?:\d{1,2}\s*)?(?:hours?|hrs?|h|std\.?|stunden)\s*(?:\/|a|per|pro)\s*(?:week|wk|woche|day|tag)\b|\b(?:working\s+hours|work(?:ing)?\s+(?:time|week)|office\s+hours|flexi(?:ble)?[-\s]?time|flexible\s+hours|shifts?\b|shift\s+work|night\s+shifts?|gleitzeit|arbeitszeit\w*|wochenstunden|teilzeit|vollzeit)\b)/i,
};

const what: Readonly<Record<PostingTerm, string>> = {
  travel: 'travel',
  relocation: 'relocation',
  visa: 'visas, sponsorship or the right to work',
  start: 'a start date',
  hours: 'the working hours',
  union: 'a union or a collective agreement',
  licence: 'a licence or registration',
};

/**
 * A time zone written as postings write it, in capitals ("in AEST/AEDT or AWST hours", "overlap with ET"): the hours
 * the work keeps, every zone named (trial s48 #52: "AEST/AEDT or AWST hours" was answered "says nothing about the
 * working hours"). In capitals only: "est" is a French and Latin word.
 */
const zoneWords = /\b(?:AEST|AEDT|AWST|ACST|ACDT|NZST|NZDT|GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|SGT|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT)\b/;
/** The sentences that state a term: the term's words, and for the hours a time zone too. */
/** A shift pattern as postings state it ("12-hour rotating days and nights", "on-call", "Schichtdienst"): the hours too. */
const shiftWords = /\b(?:shifts?|nights?|night\s+duty|rota|roster(?:ed)?|rotating|rotation|on[-\s]?call|weekends?|(?:work|working)\s+schedule|schedule:|(?:8|10|12)[-\s]?(?:hour|hr|h)\s+(?:days|shifts?)|schichtdienst|schicht\w*|nachtdienst|wechseldienst)\b/i;
const states = (term: PostingTerm, sentence: string): boolean => stated[term].test(sentence) || (term === 'hours' && (zoneWords.test(sentence) || shiftWords.test(sentence)));

/**
 * What a posting says of one term, in its own sentences (two at most), or that it doesn't say:
 * never a yes or no the words would have to be read for ("we do not sponsor" and "sponsorship
 * available" are both quoted as written).
 *
 * @example
 * termAnswer({ description: 'Travel to client sites up to 20%.' }, 'Systems Engineer at Ohmline', 'travel');
 * // 'On travel, the posting for Systems Engineer at Ohmline says: “Travel to client sites up to 20%.”'
 */
export function termAnswer(job: Pick<JobRecord, 'description'>, name: string, term: PostingTerm): string {
  const sentences = sentencesOf(job.description).filter((sentence) => states(term, sentence));
  if (sentences.length === 0) {
    const ask = term === 'visa' || term === 'relocation' || term === 'licence' ? ' Ask the employer before you count on it.' : '';
    return `It doesn't say: the posting for ${name} says nothing about ${what[term]}.${ask}`;
  }
  return `On ${what[term]}, the posting for ${name} says: ${[...new Set(sentences)].slice(0, 2).map(quoted).join(' ')}`;
}
