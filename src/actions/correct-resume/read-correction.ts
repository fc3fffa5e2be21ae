import type { z } from 'zod';
import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';
import type { Clause, Reading } from '../phrasing/phrasing.ts';
import type { correctResumeArgs } from './args.ts';

type Args = z.input<typeof correctResumeArgs>;

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Seven digits or more, with the spacing and punctuation people write numbers with ("(614) 555-0199", "+44 (0)7700 900 456"). */
const phone = /\+?\(?\d[\d ()\-.]{5,}\d/;
const mentionsPhone = /\b(?:phone|mobile|cell|telephone|tel|number)\b/i;
/** What comes before the corrected value: "is", "should be", "it's", "change it to", "should be written", "spelled". */
const becomes = String.raw`(?:(?:is|should be|must be)\s+(?:spelled|spelt|written)(?:\s+(?:as|like))?|(?:spelled|spelt|written)(?:\s+(?:as|like))|is|was|should be|should read|should say|reads|[Ii]t'?s|[Ii]t’s|[Ii]t is|to|=|:)(?:\s+(?:now|actually|really))?`;
const capitalisedWords = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}`;
/** The person's name: "the company name", "the employer's name" belong to a job. */
const name = new RegExp(String.raw`(?<!\b(?:company|employer|employer'?s|company'?s|business|file|user)\s+)\b(?:(?:sur|last\s+|family\s+|first\s+|full\s+|maiden\s+|married\s+)?name)\b.*?\b${becomes}\s+(?<value>${capitalisedWords})`, 'u');
/** "I went back to my maiden name, Siobhán Kelly", "I go by my married name now - Ana Reyes": the name said after the kind of name. */
export const namedAs = new RegExp(String.raw`\b(?:maiden|married|new|legal|real|proper|full|actual)\s+name\b(?:\s+(?:now|again|these\s+days))?\s*(?:[,:(–—-]|\bof\b)\s*(?<value>${capitalisedWords})`, 'u');
/** "I live in Porto", "I stay in Pune" (Indian English), "I moved to leeds, uk", "relocated from Leeds to Glasgow": where the person lives now, any case. */
const livesIn = new RegExp(
  String.raw`(?<!\b(?:don'?t|do not|dont|no longer|not|never|didn'?t)\s+)\b(?:live|living|(?<!\b(?:to|rather|would|'d|’d)\s)stay(?:ing)?|reside|residing|am based|'m based|’m based|based|located|(?:moved|relocated)(?:\s+(?:from|out\s+of)\s+${capitalisedWords})?)\s+(?:in|to)\s+(?<value>${capitalisedWords}(?:,\s*${capitalisedWords})?)`,
  'iu',
);
/** "I'm in Brisbane now", "im now based in Leeds": where the person is, a capitalised place. */
const nowIn = new RegExp(
  String.raw`\b(?:i'?m|i’m|i am|im)\s+(?:now\s+|currently\s+|actually\s+)?(?:in|living in|based in|based out of|over in|down in|up in)\s+(?!(?:a|an|the|my|your|no|need|trouble|love|charge|touch|between|doubt|luck|time|tech|sales|it|this|that|interviews?|talks|contact|shock|bed|pain|debt|school|college|uni|university|work|retail|hospitality|finance|marketing)\b)(?<value>${capitalisedWords}(?:,\s*${capitalisedWords})?)`,
  'iu',
);
/** "the location should say Cork, Ireland": a capitalised place after the field. */
const locationIs = new RegExp(String.raw`\b(?:location|city)\b.*?\b${becomes}\s+(?<value>${capitalisedWords}(?:,\s*${capitalisedWords})?)`, 'u');
/** Words that end a place said in lower case: "I moved to leeds, uk last year". */
const notOfThePlace = /\s+(?:now|last|this|since|not|and|but|so|a|an|the|recently|ago|anymore|instead|for|in|from|as)\b/i;

/**
 * A correction to what the importer read, from anywhere in a sentence: an email address, a
 * phone number where a phone is mentioned, a name or a place said after the field ("the
 * phone number on there is wrong, it's +351 912 345 678", "the location should say Porto").
 * Null when the sentence carries none.
 *
 * @example
 * readCorrection(clauseOf("hmm my mobile is wrong, it's 0612 345 678")); // { args: { phone: '0612 345 678' } }
 */
export function readCorrection(clause: Clause): Reading<Args> | null {
  const text = clause.text;
  const args: Args = {};
  const address = email.exec(text)?.[0];
  if (address) args.email = address;
  const number = mentionsPhone.test(text) ? phone.exec(text.replace(email, ''))?.[0] : undefined;
  if (number && number.replace(/\D/g, '').length >= 7) args.phone = number.trim();
  const fullName = name.exec(text)?.groups?.value ?? namedAs.exec(text)?.groups?.value;
  if (fullName) args.name = fullName.trim().replace(/\.$/, '');
  const location = (livesIn.exec(text) ?? nowIn.exec(text) ?? locationIs.exec(text))?.groups?.value?.split(notOfThePlace)[0];
  if (location) args.location = location.trim().replace(/[.,;:!?]+$/, '');
  Object.assign(args, readGrade(text));
  const skill = readSkill(text);
  Object.assign(args, skill ?? readJobField(text) ?? readJobSays(text));
  if (!skill && !args.start_date && !args.end_date) Object.assign(args, readDateStory(text));
  return Object.keys(args).length > 0 ? { args } : null;
}

const ordinal = String.raw`(?:first|second|third|fourth|fifth|sixth|last|latest|current|most recent|previous|\d{1,2}(?:st|nd|rd|th)?)`;
const entry = String.raw`(?:job|role|position|entry|gig|employer)`;
const monthName = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const dateSaid = new RegExp(String.raw`\b(?:${monthName},?\s+[12]\d{3}|\d{1,2}/[12]\d{3}|[12]\d{3}(?:-\d{2})?|present)\b`, 'i');
/** A field of one job, named as people name it, and the argument it corrects. */
const jobFields: readonly (readonly [keyof Args, string])[] = [
  ['start_date', String.raw`(?:start(?:ing)?|joining)\s+date`],
  ['end_date', String.raw`(?:end(?:ing)?|finish(?:ing)?|leaving)\s+date`],
  ['company', String.raw`(?:company|employer)(?:'?s)?(?:\s+name)?`],
  ['position', String.raw`(?:job\s+)?(?:title|position|role)`],
];
/** The legal form that ends a company's name, however many words came before: "Pvt. Ltd.", "GmbH & Co. KG", "S.A.". */
const legalForm = String.raw`(?:,?\s+(?:&\s+)?(?:Pvt|PVT|Pty|PTY|Private|Ltd|LTD|Limited|Inc|INC|Co|CO|Corp|LLC|LLP|GmbH|GMBH|AG|KG|SE|S\.A|SA|S\.L|SL|B\.V|BV|N\.V|NV|plc|PLC|Plc|Oy|AB|AS|Lda|Ltda|S\.p\.A|SpA|S\.r\.l|Srl)\.?(?![\p{L}]))*`;
/** "Head of Ops", "Marks & Spencer", "Deccan Auto Components Pvt. Ltd.": capitalised words, small joining words between them, a legal form at the end. */
// (Up to eight words: "Manchester University NHS Foundation Trust", "Pennine Lakes Community Health Board" end on the
// word that says what they are, never cut before it.)
const capitalisedName = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,7}`;
const capitalisedValue = new RegExp(String.raw`^${capitalisedName}(?:\s+(?:of|and|&|for|de|du|der|van|von)\s+${capitalisedName})*${legalForm}`, 'u');
/** Where a lower-case value ends: "senior analyst not analyst", "acme, they rebranded". */
const endOfValue = /\s*(?:[,;.!?(]|\s(?:not|rather|instead|and|but|so|can|could|pls|please|thanks|thx|on my|in my|lol|tbh|they|it)\b)/i;

/**
 * One field of one job said anywhere: "my end date at Acme should be June 2025", "change
 * the company name on my latest job to Initech", "my last position was Senior Analyst not
 * Analyst". The job is what follows the field ("at Acme", "of my second job") or the
 * ordinal before it ("my last position"); "my last …" is the latest job.
 */
function readJobField(text: string): Args | undefined {
  for (const [field, words] of jobFields) {
    const said = new RegExp(
      String.raw`\b(?:(?<det>my|the|our)\s+)?(?:(?<nth>${ordinal})\s+)?${words}\b(?:\s+(?:at|for|of|on|with|in)\s+(?<where>.+?))?\s+(?:(?:is|was)\s+(?:(?:spelled|spelt|written|typed|listed)\s+)?(?:wrong(?:ly)?|off|incorrect(?:ly)?|misspel(?:led|t))[,:;.]?\s+(?:it\s+)?)?${becomes}\s+(?<value>.+)$`,
      'iu',
    ).exec(text);
    const groups = said?.groups;
    if (!groups?.value) continue;
    const value = valueOf(field, groups.value);
    if (!value) continue;
    // ("my current job hasn't ended, the end date should be present": the job said in another part of the sentence.)
    const job = whichJob(groups.where) ?? (groups.nth ? ordinalJob(groups.nth, `${groups.det ?? ''} ${groups.where ?? ''}`) : undefined) ?? jobSaidElsewhere(text);
    return { ...(job ? { job } : {}), [field]: value };
  }
  return undefined;
}

/** "my current job", "the second role": a job said by its place anywhere in the sentence. */
function jobSaidElsewhere(text: string): string | undefined {
  const said = new RegExp(String.raw`\b(?<det>my|the)\s+(?<nth>${ordinal})\s+${entry}\b`, 'i').exec(text)?.groups;
  return said?.nth ? ordinalJob(said.nth, said.det ?? '') : undefined;
}

/**
 * A job's line corrected without naming the field: "the first job should say Loomwave Ltd not
 * Loomwave". A title (ending in a role word, "Sous Chef") corrects the position; any other
 * name, the company.
 */
function readJobSays(text: string): Args | undefined {
  const groups = new RegExp(
    String.raw`\b(?<det>my|the)\s+(?<nth>${ordinal})\s+${entry}(?:\s+(?:on|in)\s+(?:my|the)\s+(?:resume|cv|résumé))?\s+(?:should\s+(?:say|read|be)|says|reads|is\s+actually)\s+["“]?(?<value>[^"”,;]+?)["”]?(?:,?\s+(?:not|rather\s+than|instead\s+of)\s+.+)?[.!]*$`,
    'iu',
  ).exec(text)?.groups;
  const value = groups?.value?.trim();
  if (!groups?.nth || !value || value.split(/\s+/).length > 6 || /^(?:wrong|right|present|it|that)$/i.test(value)) return undefined;
  const title = endsWithRoleWord(value.toLowerCase()) || /^(?:senior|junior|lead|head|chief|principal|assistant|deputy|trainee|apprentice|staff|sous|associate)\s/i.test(value);
  return { job: ordinalJob(groups.nth, groups.det ?? ''), [title ? 'position' : 'company']: value };
}

function valueOf(field: keyof Args, said: string): string | undefined {
  if (field === 'start_date' || field === 'end_date') return dateSaid.exec(said)?.[0];
  const value = said.replace(/^(?:at|with|for)\s+/i, '').replace(/^(?:a|an|the)\s+/i, '');
  const capitalised = capitalisedValue.exec(value)?.[0];
  const words = (capitalised ?? value.split(endOfValue)[0] ?? '').trim();
  // A value is a name, not a sentence: "wrong", "it" or twelve words are no title.
  if (!words || words.split(/\s+/).length > (capitalised ? 10 : 6) || /^(?:wrong|right|off|it|that|this|incorrect|missing|empty|blank)$/i.test(words)) return undefined;
  return words;
}

/** "my latest job" → "latest", "Acme" → "Acme", "the second one on my cv" → "second". */
function whichJob(where: string | undefined): string | undefined {
  if (!where) return undefined;
  const trimmed = where.replace(/\s+(?:on|in)\s+(?:my|the)\s+(?:resume|cv|résumé)$/i, '').trim();
  const nth = new RegExp(String.raw`^(?:(?:my|the)\s+)?(?<nth>${ordinal})\s+(?:${entry}|one)$`, 'i').exec(trimmed)?.groups?.nth;
  if (nth) return ordinalJob(nth, where);
  // "the last position on my cv": the resume is where, not which job.
  if (/^(?:my|the|it|that|this|there|(?:my|the)\s+(?:resume|cv|résumé|list))$/i.test(trimmed) || trimmed.split(/\s+/).length > 5) return undefined;
  return trimmed.replace(/^(?:the|my)\s+/i, '');
}

/** "my last job" is the latest one; "the last job on my resume" the last listed. */
const ordinalJob = (nth: string, said: string): string =>
  /^last$/i.test(nth) && !/^\s*the\b|\b(?:resume|cv|résumé|list)\b/i.test(said) ? 'latest' : nth.toLowerCase();

const leaving = String.raw`(?:left|leaving|leave|quit|quitting|finished|finishing|stopped|ended|departed|moved\s+on)`;
const starting = String.raw`(?:started|starting|start|joined|joining|join|began|beginning)`;
/** What ties a date to the end of a job ("till", "until") or its start ("since", "from"). */
const endsAt = /\b(?:till|until|til|up\s+to|through|to)\s+$/i;
const startsAt = /\b(?:since|from)\s+$/i;
/** "i left Tidewell in 2024", "I started at Oxley Print in 2018": the job the story is about. */
const storyJob = new RegExp(String.raw`\b(?:${leaving}|${starting}|worked)\s+(?:at\s+|with\s+|for\s+)?(?<job>[\p{L}\p{N}&.'’ -]+?)\s+(?:in|on|around|back\s+in)\s+(?:${monthName},?\s+)?[12]\d{3}\b`, 'iu');

/**
 * A date corrected by telling what happened: "the resume says i left Acme in 2024 but i left
 * in jan 2025", "it says I started at Globex in 2018, I really started in 2017", "you have me
 * leaving Initech in 2023 but i was there till feb 2024". The last date told is the true one;
 * the words before it say whether it ends the job or starts it.
 */
function readDateStory(text: string): Args {
  // (A date after "not" is the one misread: "started in 2019 not 2020".)
  const dates = [...text.matchAll(new RegExp(dateSaid.source, 'gi'))].filter((date) => !misread.test(text.slice(0, date.index)));
  const last = dates.at(-1);
  if (!last || last.index === undefined || !/\d/.test(last[0])) return {};
  const previous = dates.at(-2);
  const before = text.slice(previous?.index ?? 0, last.index);
  // (The nearest "my"/"the" opens the name: "the dates for my Contoso job" is about Contoso.)
  const job = (storyJob.exec(text) ?? jobOfDates.exec(text))?.groups?.job?.trim().split(/\s+(?:my|the|for|of)\s+/i).at(-1)?.replace(/^(?:the|my)\s+/i, '');
  const named = job && !/^(?:there|it|them|that|this|the\s+job|my\s+job)$/i.test(job) && job.split(/\s+/).length <= 5 ? { job } : {};
  // "it was 2017 to 2020": both ends of the job.
  if (previous && previous.index !== undefined && range.test(text.slice(previous.index + previous[0].length, last.index))) {
    return { ...named, start_date: previous[0], end_date: last[0] };
  }
  const field = fieldOf(before) ?? fieldOf(text.slice(0, last.index));
  return field ? { ...named, [field]: last[0] } : {};
}

/** What comes before the value a correction replaces: "… not 2020", "… instead of 2018". */
const misread = /\b(?:not|instead\s+of|rather\s+than)\s+(?:in\s+|from\s+)?$/i;

/** Only a word of range between two dates: "2017 to 2020", "2019 - 2021". */
const range = /^\s*(?:to|till|until|through|thru|-|–|—)\s*$/i;
/** "the dates for my Contoso job": the job whose dates the sentence is about. */
const jobOfDates = /\b(?:my|the)\s+(?<job>[\p{L}\p{N}&.'’ -]+?)\s+(?:job|role|position|gig)\b/iu;

/** Which end of a job the words before a date tell: the last verb of leaving or starting, or "till"/"since" right before it. */
function fieldOf(before: string): 'start_date' | 'end_date' | undefined {
  if (endsAt.test(before)) return 'end_date';
  if (startsAt.test(before)) return 'start_date';
  const verbs = [...before.matchAll(new RegExp(String.raw`\b(?:(?<leave>${leaving})|(?<start>${starting}))\b`, 'gi'))];
  const verb = verbs.at(-1)?.groups;
  if (verb?.leave) return 'end_date';
  if (verb?.start) return 'start_date';
  return undefined;
}

const quoted = (text: string) => text.trim().replace(/^["“‘']|["”’']$/g, '').trim();
/** Where a skill's value ends: "…, not Crew", "… in my skills", "… pls". */
const skillValue = String.raw`["“‘']?(?<value>[^,;"”’'.!?]+?)["”’']?(?:,?\s+(?:not|rather\s+than|instead\s+of)\s+["“‘']?(?<was>[^,;"”’'.!?]+?)["”’']?)?(?:\s+(?:in|on|under)\s+(?:my|the)\s+skills?(?:\s+(?:list|section))?)?(?:\s+(?:pls|please|thanks|thx|lol))?\s*[.!]*$`;
/** "my last skill is X not Y", "the skill Y should say X", "one of my skills got cut off, it should be X not Y". */
const skillCorrections: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:my|the)\s+(?:(?<nth>${ordinal})\s+)?skill\s+(?:(?:called|named|listed\s+as|that\s+says)\s+)?(?:["“‘']?(?<named>[^"”’',]+?)["”’']?\s+)??(?:is\s+(?:wrong|cut\s+off|incomplete|misspelled|misspelt)[,:;]?\s+(?:it\s+)?)?(?:should\s+(?:be|say|read)|is|was|reads|says)\s+(?:actually\s+|really\s+)?${skillValue}`, 'iu'),
  new RegExp(String.raw`\bskills?\b.*?\b(?:should\s+(?:be|say|read)|it'?s\s+(?:actually|really)|it\s+is\s+(?:actually|really)|meant\s+to\s+(?:be|say))\s+${skillValue}`, 'iu'),
  new RegExp(String.raw`\b(?:change|fix|correct|update|rename)\s+(?:the\s+skill\s+|my\s+skill\s+)?["“‘']?(?<named>[^"”’',]+?)["”’']?\s+(?:to|into)\s+${skillValue}`, 'iu'),
];

/**
 * A skill corrected: the name it should have and, when said, the one it replaces ("not
 * Crew") or its place ("my last skill"). Only a name said capitalised, quoted, or beside the
 * words it replaces ("crew leadership not crew"): "my skills should be more relevant" names none.
 */
export function readSkill(text: string): Args | undefined {
  if (!/\bskills?\b/i.test(text)) return undefined;
  for (const pattern of skillCorrections) {
    const groups = pattern.exec(text)?.groups;
    if (!groups?.value) continue;
    const value = quoted(groups.value);
    const was = groups.was ? quoted(groups.was) : groups.named ? quoted(groups.named) : groups.nth?.toLowerCase();
    const named = /^[\p{Lu}\p{N}]/u.test(value) || /["“‘']/.test(groups.value) || (was !== undefined && value.toLowerCase().includes(was.toLowerCase()));
    if (!named || value.split(/\s+/).length > 6 || /^(?:wrong|right|fine|it|that|this|there|missing|empty|more|less)\b/i.test(value)) continue;
    return { skill: value, ...(was && was.toLowerCase() !== value.toLowerCase() ? { skill_was: was } : {}) };
  }
  return undefined;
}

/** A degree's class or grade as people say it: "2:1", "a 2.1", "a first", "upper second", "GPA 3.8/4.0", "distinction". */
const gradeSaid = String.raw`(?:an?\s+)?(?<grade>2\s?[:.]\s?[12]|2\s?[:.]\s?ii?|(?:an?\s+)?(?:upper|lower)\s+second(?:[\s-]+class)?(?:\s+honou?rs)?|(?:a\s+)?(?:first|third)(?:[\s-]+class)?(?:\s+honou?rs)?|1st|3rd|(?:c?gpa\s*(?:of\s+)?)?[0-4]\.\d{1,2}(?:\s*(?:\/|out\s+of)\s*[45](?:\.0)?)?|(?:a\s+)?(?:distinction|merit|pass)|(?:summa|magna)?\s*cum\s+laude)`;
/** What says the sentence is about a degree: "my degree", "my BSc", "graduated", "my grade", "degree class". */
const degreeWord = String.raw`(?:degree|bsc|b\.sc\.?|ba|b\.a\.|beng|bed|msc|ma|meng|mba|phd|bachelor'?s|master'?s|grade|class|classification|gpa|honou?rs|result|uni|university)`;
const gradeStories: readonly RegExp[] = [
  // "my degree was a 2:1", "the grade for my BSc at Leeds is a first", "degree class: 2:1", "my gpa was 3.8".
  new RegExp(String.raw`\b(?:my|the)\s+(?:(?<nth>${ordinal})\s+)?(?:(?<named>[\p{L}.' -]{1,40}?)\s+)?(?<kind>${degreeWord})\b(?:\s+(?:class|grade|result|classification))?(?:\s+(?:at|from|in|for)\s+(?<where>[\p{L}.'& -]{2,60}?))?\s*[,:–-]?\s*(?:(?:is|was|should\s+(?:be|say|read)|=|:|it\s+was|it'?s|is\s+actually|was\s+actually)\s+)+${gradeSaid}(?![\p{L}\d])`, 'iu'),
  // "I got a 2:1 in my BSc", "i graduated with a first from Leeds", "I got a 2:1 in maths".
  new RegExp(String.raw`\b(?:got|graduated\s+with|achieved|earned|finished\s+with|came\s+out\s+with)\s+${gradeSaid}(?![\p{L}\d])(?:\s+(?:degree\s+)?(?:in|from|at|for)\s+(?:my\s+)?(?<where>[\p{L}.'& -]{2,60}?))?(?:\s*[,.;!]|\s+(?:not|but|and|so|pls|please|tbh|lol)\b|$)`, 'iu'),
];

/**
 * A degree's grade said in a sentence: "my degree was a 2:1", "I got a first in my BSc",
 * "the grade for my degree at Leeds is a 2:1, not blank". The grade as it is written on CVs
 * ("a first" → "First"), and the entry when the sentence names it.
 */
export function readGrade(text: string): Args {
  for (const pattern of gradeStories) {
    const groups = pattern.exec(text)?.groups;
    if (!groups?.grade) continue;
    const grade = gradeOf(groups.grade);
    const which = [groups.where, groups.named, groups.kind, groups.nth].map((said) => said?.trim().split(/\s+(?:at|from|in)\s+/i).at(-1)?.replace(/^(?:my|the)\s+/i, '').replace(/\s+(?:degree|course)$/i, '')).find((said) => said && !/^(?:degree|uni|university|final|overall|actual|real|grade|class|classification|gpa|honou?rs|result)$/i.test(said));
    return { grade, ...(which ? { degree: which } : {}) };
  }
  return {};
}

/** "a first" → "First", "2.1" → "2:1", "upper second" → "Upper Second", "gpa 3.8" → "GPA 3.8". */
function gradeOf(said: string): string {
  const bare = said.trim().replace(/^(?:an?|of)\s+/i, '').replace(/\s+/g, ' ');
  const ukClass = /^2\s?[:.]\s?([12]|ii?)$/i.exec(bare);
  if (ukClass) return `2:${/^(?:1|i)$/i.test(ukClass[1] ?? '') ? '1' : '2'}`;
  if (/^[0-4]\.\d/.test(bare)) return `GPA ${bare.replace(/\s*(?:\/|out\s+of)\s*/i, '/')}`;
  return bare.replace(/\bgpa\b/i, 'GPA').replace(/\b(?:first|third|upper|lower|second|class|honours|honors|distinction|merit|pass)\b/gi, (word) => word[0]?.toUpperCase() + word.slice(1).toLowerCase());
}
