// English only, as before (the package's index is English's `casual` plus 15 other locales, ~235 modules loaded for nothing).
import * as chrono from 'chrono-node/en';
import { reminderDayWords, tidyTimeWordsTracked, unreadTimeWords } from '../../time/said-times.ts';
import { zoneSaidAsPlace, zoneSaidVaguely } from '../../time/time-zone.ts';
import { maySayDate } from '../../time/may-say-date.ts';

/** Where a date is said in a sentence, and what is left around it. */
export interface WhenSaid {
  /** The words of the date, as typed: "on Friday", "the 12th at 3pm", "in 3 days". */
  when: string;
  /** The sentence without them, spacing tidied. */
  rest: string;
  /** Whether a time of day is said ("at 3pm", "10:30"), not only a day. */
  timed: boolean;
  /**
   * Words right beside the date that try to say its day or time but were not read ("2ishh" in
   * "friday at 2ishh", "blursday" in "next blursday at 3"): the reminder is asked about, never
   * set without them.
   */
  unread?: string;
  /** Whether a date was said and corrected in the same breath ("monday, er, tuesday"): `when` is the one meant. */
  corrected?: boolean;
}

/**
 * "the 12th", "on the 3rd at 10am", "wednesday 9th at 2pm", "to 9th at 2pm", "9th at 11am": a day of the
 * month chrono does not read without its month (an ordinal without "the" only after a weekday or "to", "on",
 * "for", "by", or before a time; the look back is bounded, so a run of spaces costs no more than the words); "3rd prox."
 * (of next month, as letters say it); "15th" said as a piece of its own ("onsite w Canva. 15th. 9am").
 * "the 2nd round", "the 3rd one" name a stage or a place in a list, not a day.
 */
const bareDay =
  /(?:\b(?:on\s+)?the\s+|(?<=\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|to|on|for|by)\s{1,3})|\b(?=\d{1,2}(?:st|nd|rd|th)\s+(?:at\s+\d|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\d{1,2}[:.]\d{2}\b|prox|inst))|(?<=(?:^|[.,;:!-])\s{0,3})(?=\d{1,2}(?:st|nd|rd|th)\s*(?:[.,;!]|$)))\d{1,2}(?:st|nd|rd|th)\b(?:\s+(?:prox(?:imo)?|inst(?:ant)?)\b\.?)?(?!\s+(?:round|stage|interview|one|job|choice|place|time|attempt|step|call|year|floor|shift|draft|version|letter)s?\b)(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b)?/i;
/** Every `bareDay` of a sentence (compiled once: `matchAll` reads a copy, never this one). */
const bareDays = new RegExp(bareDay.source, 'gi');
const ordinalDay = /\b\d{1,2}(?:st|nd|rd|th)\b/i;
/** What may stand between two parts of one date: "at", a comma, "on", a zone ("Sydney time", "AEDT"). */
const betweenParts = /^\s*(?:[A-Z]{3,5}|(?:\p{L}+\s+){1,3}time)?\s*[,.]?\s*(?:at|on|-|—|–|um|à|às|a\s+las)?\s*$/u;
/** "a week from friday", "two days after tomorrow": read whole by `readWhen`, which counts from the day. */
const countedFromDay =
  /\b(?:a|an|one|two|three|four|\d{1,2})\s+(?:weeks?|days?)\s+(?:from|after)\s+(?:(?:this|next|the\s+coming)\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|today)\b/i;
/**
 * What corrects a date just said, between it and the one meant: ", no wait,", ", er,", ", sorry", " - I mean". ("um" only
 * beside a comma or a dash: "am 17.12. um 9:30" is German's "at", the time of that day.)
 */
const correctedBetween =
  /^[\s,;.!—–-]*(?:(?:no\s+wait|wait\s+no|no|wait|sorry|oops|er+m?|umm+|um(?=\s*[,…—–-])|uh+|i\s+mean|i\s+meant|or\s+rather|scratch\s+that|make\s+(?:it|that)|actually|correction)\b[\s,;.!:—–-]*)+(?:(?:on|at|for)\s+)?(?:the\s+)?$/i;
/**
 * A correction after other words, ending right before the date meant: "on the 12th to follow up with Northwind — no, the
 * 13th", "friday at 10 to ring Lidl, sorry, monday at 10". It opens after a mark of punctuation, so "no" inside the words
 * ("no rush") corrects nothing; the words between stay what the reminder is for.
 */
const correctedAfterWords =
  /[,;.!—–-]\s*(?:no|nope|sorry|wait|oops|actually|correction)\b(?:[\s,;.!:—–-]*(?:no|sorry|wait|actually|i\s+mean|i\s+meant|make\s+(?:it|that)|it'?s))*[\s,;.!:—–-]*(?:(?:on|at|for)\s+)?(?:the\s+)?$/i;
/** What chrono reads as a time but people mean otherwise: "for a second", "a minute". */
const momentWords = /^(?:for\s+|in\s+)?(?:a|an|one|the)\s+(?:second|sec|minute|min|moment|bit)s?$/i;
const partOfDayAlone = /^(?:night|morning|evening|afternoon)$/i;
const partOfDayNoun = /^\s+(?:shifts?|person|class(?:es)?|course|jobs?|owl|bus|train|nurse|workers?|staff|duty|duties|routine|school|manager|supervisor|porter|cleaner|guard|rota|work)\b/i;
/** Words that lead into a date and belong to it: "on Friday", "by Monday", "this Thursday", "this time next week". */
const leadIn = /(?:\bthis\s+time\s+|\b(?:on|by|for|until)\s+the\s+|\b(?:on|by|for|this|next|coming|at|before)\s+|\b(?:by\s+)?(?:the\s+)?end\s+of\s+)$/i;

/** The time just said, restated on another clock: "(8am NY)", "= 8am New York", ", that's 10:30pm here", "(your time 3pm)". */
const restatedElsewhere =
  /^\s*(?:\(|=|[,;—–-]\s*(?:which\s+is|that'?s|i\.e\.))\s*(?:that'?s\s+|i\.e\.\s+|(?:your|my)\s+time\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:[A-Z]{2,5}\b|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*\)|\p{L}+(?:\s+\p{L}+)?\s+time\b|(?:your|my)\s+time\b|here\b|there\b|\))[^,.;!?()]*\)?/u;

/** A zone's abbreviation right after a time: "IST", "AEDT", "SGT", "(EST)", "GMT+1". */
const zoneAfter = /^\s*\(?(?:\b[A-Z]{1,4}T\b|\b(?:UTC|GMT|IST|CEST)\b)(?:[+-]\d{1,2})?\)?/;
/** The person's own clock said right after a time: "my time", "your time", "local time". */
const ownClockAfter = /^\s*(?:in\s+)?(?:my|your|our|local)\s+time$/i;
/** The time restated on the person's own clock after one said on another's: ", that is 17:00 here", "(5pm my time)". */
const ownReckoningAfter =
  /^\s*(?:[,;(—–-]|\band\b)\s*(?:so\s+)?(?:that'?s|that\s+is|which\s+is|which'?s|i\.e\.|=)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?\s+(?:here|for\s+me|(?:in\s+)?my\s+time|local(?:\s+time)?|(?:on\s+)?my\s+clock)\b\)?/i;
/** A zone said as a place right after a time: "Lagos time", "in New York time". */
function placeAfter(text: string): RegExpExecArray | null {
  const said = /^\s*(?:in\s+)?(?:\p{L}+[\s-]){0,2}\p{L}+\s+time\b/iu.exec(text);
  // ("9:00 Smalltown time", "3pm Canada time", "10am my time": a clock named that read-when.ts asks about, or the
  // person's own, goes with the date too, never into the reminder's title.)
  if (said && (zoneSaidAsPlace(`at ${said[0].trim()}`) || ownClockAfter.test(said[0]) || zoneSaidVaguely(`1${said[0]}`))) return said;
  // ("9am Taipei", "3pm Lagos, remind me": a zone's city said bare, capitalised, ending the date.)
  const bare = /^\s+\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)?(?=\s*(?:[,.;:!?)—–-]|$))/u.exec(text);
  return bare && zoneSaidAsPlace(`at ${bare[0].trim()} time`) ? bare : null;
}

/** When news came, said after its verb: "rang me this morning", "got an email from Kier earlier today", "heard back yesterday". */
const newsTime = /^(?:this\s+(?:morning|afternoon|evening)|earlier(?:\s+today)?|today|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+(?:night|week)|just\s+now)$/i;
const newsCame =
  /\b(?:got|had|received|rang|called|phoned|e-?mailed|texted|messaged|heard|replied|wrote|contacted|reached\s+out|came\s+through|got\s+back)\b(?:\s+(?![.;!?])[^\s.;!?]+){0,6}\s*$/i;
function newsCameWhen(text: string, [from, to]: [number, number]): boolean {
  return newsTime.test(text.slice(from, to).trim()) && newsCame.test(text.slice(0, from));
}

/**
 * The date said in a sentence (chrono-node finds it; "the 12th" too), with the preposition that
 * leads into it, and the sentence without it. Undefined when no date is said. Reads no clock:
 * only where the words are, not which day they mean.
 *
 * @example
 * findWhen('to follow up with Northwind on Friday'); // { when: 'on Friday', rest: 'to follow up with Northwind' }
 */
export function findWhen(sentence: string): WhenSaid | undefined {
  // chrono's parse is most of a decision's reading of dates, and one message is read many times
  // (each clause, each of this action's readers, the reply to a question read again next turn).
  if (sentencesRead.has(sentence)) {
    const said = sentencesRead.get(sentence);
    return said && { ...said };
  }
  const said = findWhenIn(sentence);
  if (sentencesRead.size >= REMEMBERED_SENTENCES) sentencesRead.delete(sentencesRead.keys().next().value as string);
  sentencesRead.set(sentence, said);
  return said && { ...said };
}

/** Sentences read lately and what `findWhen` found in each (it reads no clock: the same words, the same answer). */
const sentencesRead = new Map<string, WhenSaid | undefined>();
const REMEMBERED_SENTENCES = 512;

function findWhenIn(sentence: string): WhenSaid | undefined {
  // Read tidied ("tmrw 9ish" → "tomorrow at 9"), passed on as typed.
  const tidied = tidyTimeWordsTracked(sentence, reminderDayWords);
  const text = tidied.text;
  // Any fixed reference: only the positions of the words are used. (No parse where chrono can find nothing: most messages.)
  const found = (maySayDate(text) ? chrono.casual.parse(text, new Date(Date.UTC(2026, 0, 1)), { forwardDate: true }) : [])
    // "a second interview", "give me a minute": a stage or a moment, not a time.
    .filter((result) => !momentWords.test(result.text.trim()))
    // "a night shift", "the morning person": a part of the day naming a thing, not a time.
    .filter((result) => !(partOfDayAlone.test(result.text.trim()) && partOfDayNoun.test(text.slice(result.index + result.text.length))));
  // "it's now thursday": "now" says the date is new, not the moment.
  const spans = found
    .map((result) => {
      const now = /^now\b[\s,]*/i.exec(result.text)?.[0].length ?? 0;
      return [result.index + now, result.index + result.text.length] as [number, number];
    })
    .filter(([from, to]) => to > from);
  const day = bareDay.exec(text);
  // "a week from friday", "3 days after the interview on monday": a span counted from a day, one date.
  const counted = countedFromDay.exec(text);
  if (counted) spans.push([counted.index, counted.index + counted[0].length]);
  const timed = found.some((result) => result.start.isCertain('hour')) || /\d\s*(?:am|pm)\b|\d:\d\d/i.test(day?.[0] ?? '');
  for (const other of text.matchAll(bareDays)) spans.push([other.index, other.index + other[0].length]);
  if (spans.length === 0) return undefined;
  spans.sort((left, right) => left[0] - right[0]);
  // The dates said, each joined with any said right beside it ("the 12th" + "at 3pm").
  const dates: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const last = dates.at(-1);
    // ("the 13th, the 12th is a saturday": a day of the month said of another is a remark about it, never one date.)
    const twoDays = last !== undefined && ordinalDay.test(text.slice(last[0], last[1])) && ordinalDay.test(text.slice(from, to)) && /^\s+(?:is|was|'s|falls)\b/i.test(text.slice(to));
    if (last && !twoDays && (from <= last[1] + 1 || betweenParts.test(text.slice(last[1], from)))) last[1] = Math.max(last[1], to);
    else dates.push([from, to]);
  }
  // ("Got a call from Kier this morning, site interview Tuesday 0930": when the news came is no date of what it told.)
  while (dates.length > 1 && newsCameWhen(text, dates[0] as [number, number])) dates.shift();
  // The first, unless corrected in the same breath ("thursday at 2, no wait, friday at 2"): then the one said last.
  let [start, end] = dates[0] as [number, number];
  let dropFrom: number | undefined;
  // (A date corrected after other words is cut alone: the words between it and the correction stay.)
  let dropped: [number, number] | undefined;
  for (const [from, to] of dates.slice(1)) {
    const between = text.slice(end, from);
    const late = correctedBetween.test(between) || dropFrom !== undefined ? null : correctedAfterWords.exec(between);
    if (!late && !correctedBetween.test(between)) break;
    const lead = leadIn.exec(text.slice(0, start));
    if (late) {
      dropped = [start - (lead?.[0].length ?? 0), end];
      dropFrom = end + late.index;
    } else dropFrom ??= start - (lead?.[0].length ?? 0);
    [start, end] = [from, to];
  }
  // "11:00 AM IST", "2pm Lagos time": the zone said after the time is part of it (read-when.ts reads it).
  const zone = zoneAfter.exec(text.slice(end)) ?? placeAfter(text.slice(end));
  if (zone) end += zone[0].length;
  // ("9:00 Calgary time, that is 17:00 here": the person's own reckoning goes with it, read-when.ts checks the reading by it.)
  const reckoned = zone || /\btime\b|\b[A-Z]{3,5}\b/.test(text.slice(start, end)) ? ownReckoningAfter.exec(text.slice(end)) : null;
  if (reckoned) end += reckoned[0].length;
  const lead = leadIn.exec(text.slice(0, start));
  if (lead) start -= lead[0].length;
  // A time just after the date that chrono left ("friday 2 or so"), or a day tried just before a time it read alone ("next blursday at 3").
  // ("9pm Manila time tomorrow (8am NY)": the same time restated on another clock is no time left unread.)
  const restated = restatedElsewhere.exec(text.slice(end));
  const after = restated ? '' : (/^[\s,]*(?:(?:or|at|about|around)\s+)?(\S+)/.exec(text.slice(end))?.[1] ?? '');
  const dayRead = found.some((result) => result.start.isCertain('day') || result.start.isCertain('weekday')) || day !== null || counted !== null;
  const dayTried = dayRead ? undefined : /\b(?:next|this|coming|on)\s+(\p{L}+)\s*$/u.exec(text.slice(0, start))?.[1];
  const unread = [...unreadTimeWords(after, ''), ...(dayTried && !/^(?:the|a|my|it|time)$/i.test(dayTried) ? [dayTried] : [])].join(' ');
  const [typedStart, typedEnd] = tidied.typedSpan(start, end);
  const when = sentence.slice(typedStart, typedEnd).trim().replace(/[\s,;:.!?-]+$/, '');
  // (The date corrected goes with its correction: "monday, er, tuesday actually" leaves neither.)
  const [cutStart] = dropFrom === undefined ? [typedStart] : tidied.typedSpan(dropFrom, dropFrom + 1);
  // (The time restated is cut with it: "(8am NY)" names no company.)
  const [, restatedEnd] = restated ? tidied.typedSpan(end, end + restated[0].length) : [typedEnd, typedEnd];
  const cutEnd = dropFrom === undefined ? restatedEnd : restatedEnd + (/^[\s,]*actually\b/i.exec(sentence.slice(restatedEnd))?.[0].length ?? 0);
  const [droppedStart, droppedEnd] = dropped ? tidied.typedSpan(dropped[0], dropped[1]) : [cutStart, cutStart];
  const rest = `${sentence.slice(0, droppedStart)} ${sentence.slice(droppedEnd, cutStart)} ${sentence.slice(cutEnd)}`
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:-]+|[\s,;:-]+$/g, '')
    .trim();
  return { when, rest, timed, ...(unread ? { unread } : {}), ...(dropFrom === undefined ? {} : { corrected: true }) };
}
