import type { z } from 'zod';
import { capitalisedName } from '../phrasing/company-name.ts';
import { findJob } from '../phrasing/find-job.ts';
import { jobInPlay, jobReferenceKeys } from '../phrasing/job-references.ts';
import { findKnownJob } from '../phrasing/known-jobs.ts';
import { answeredAboutReminders, listedLast, reminderJustTold } from '../phrasing/listed-last.ts';
import { definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { setReminderArgs } from './args.ts';
import { findWhen, type WhenSaid } from './find-when.ts';
import { setReminderUtterances } from './utterances.ts';

type Args = z.input<typeof setReminderArgs>;

/** The word for an interview in the languages people mix into English: "colloquio", "sollicitatiegesprek", "rozmowa", "intervju", "mülakat", "面接", "면접". */
const interviewAbroad = String.raw`colloquio|\p{L}*gesprek|sollicitatie|rozmow[aęy](?:\s+kwalifikacyjn\p{L}*)?|intervju(?:n|et)?|m[üu]lakat|wawancara|entrevista|entretien|\p{L}*gespr[äa]ch`;
const interviewAbroadScripts = '面接|면접|面试|面試';
const interviewWords = new RegExp(String.raw`\b(?:interview(?:ing)?|intv|${interviewAbroad}|(?:behaviou?ral|culture[\s-]?fit|hiring[\s-]manager|system\s+design|case|technical|coding|tech|panel|onsite|final|hr)\s+(?:round|call|chat|session)|round\s+(?:\d|one|two|three|four|five|six)\b|demo\s+lesson|pair[\s-]programming\s+session|(?:portfolio|design)\s+review|case\s+study(?:\s+presentation)?|panel|(?:phone|video|zoom|teams|hr)\s+screen|screening(?:\s+call)?|onsite|on-site|final\s+round|(?:first|second|third|next|last|1st|2nd|3rd)\s+round|(?:technical|coding)\s+(?:round|test)|assessment(?:\s+(?:day|centre|center))?|trial\s+shift|working\s+interview|super\s?day|probearbeit|probetag|final(?=\s+(?:with|at|w\/)\s))\b|${interviewAbroadScripts}`, 'iu');
/** Being asked in, told as news: "they want to see me", "they'd like a chat", "wants a call", "invited me in". */
const invitedWords =
  /\b(?:wants?\s+to\s+(?:see|meet|interview|talk\s+to|speak\s+(?:to|with)|chat\s+(?:to|with))\s+me|(?:'d|would)\s+like\s+(?:a\s+(?:chat|call|word)|to\s+(?:see|meet|talk|chat|speak))|wants?\s+a\s+(?:chat|call)|wants?\s+me\s+(?:in|to\s+come\s+in)|(?:'d|would)\s+like\s+me\s+(?:in|to\s+come\s+in)|invited\s+me\s+(?:in|for|to)|asked\s+me\s+(?:to\s+come\s+in|in)|(?:booked|scheduled|slotted|pencil+ed)\s+me\s+(?:in\s+)?(?:for|on)|(?:has|have|'s|'ve)\s+(?:got\s+)?me\s+down\s+for)\b/i;
const followUpWords = /\b(?:follow(?:\s|-)?up|chase|relance[rz]?|check\s+(?:in|on|back|whether|if)|replied|heard\s+back|got\s+back|nudge|ping|e-?mail|call|ring|phone|write|reply|respond|get\s+back|hear\s+back|thank(?:\s+you)?\s+(?:note|email)|send)\b/i;
/** Names that are days, months or words people capitalise, never a company. */
const notAName = /^(?:I|I'm|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Remind|Please|Set|Add|Interview|Follow|My|The|Mum|Mom|Mam|Dad|Nan|Gran|Granny|Grandma|Grandad|Grandpa|Auntie|Aunt|Uncle|Sis|Bro|Hubby|Wife|Husband|Doctor|Dr|Dentist|GP|Mentor|Landlord|HR|Panel|Phone|Video|Zoom|Teams|Final|Round|Task|Note|Report|Reminder|They|They've|They're|We|We've|She|He|It|It's|You|Someone|Mr|Mrs|Ms|Mx|Miss|Herr|Frau|Sir|Madam|Prof|Mi|Mis|Minha|Meu|Mein|Meine|Mon|Ma|Mes)(?:['’]s)?$/;
const name = capitalisedName;
const namedAfterWord = new RegExp(
  String.raw`(?:\bw\/|@|\b(?:with|to|at|from|for|on|about|by|email|e-mail|call|ring|chase(?:\s+up)?|follow(?:\s|-)?up|ping|message|text|contact|thank|phone|if|whether))\s+(?:the\s+|my\s+)?(?<name>${name})`,
  'u',
);
const namedBeforeNoun = new RegExp(
  // (A kind of interview may stand between the company and the noun: "the Initech phone screen", "my Acme final round".)
  String.raw`\b(?:the|my|our|an?)\s+(?<name>${name})\s+(?:(?:phone|video|zoom|teams|first|second|third|final|last|next|technical|tech|coding|1st|2nd|3rd|hr|panel|in-person|onsite)\s+)?(?:recruiter|interview|application|job|role|people|lads|guys|folks|team|hiring\s+manager|hr|offer|call|screen|screening|onsite|on-site|round|position|assessment|panel|portal|website|site|careers\s+page|form|deadline|contract|paperwork|take-home|take\s+home|assignment|case\s+study|presentation|medical|trial|induction|orientation|appointment|superday|result|results|test|person|contact|exercise|design\s+exercise|challenge|homework|interviewers?)\b`,
  'u',
);

/** "Hooli wants to interview me …", "Globex invited me to …": the company told as the subject. */
const namedAsSubject = new RegExp(
  String.raw`^(?:(?:so|and|oh|yay+|omg|wow|woo+|yes+|finally|fyi|update|great\s+news|good\s+news|guess\s+what)[\s!.,:]+)*(?:[Tt]he\s+)?(?<name>${name})(?:'s)?\s+(?:(?:hr|recruiter|people|team|hiring\s+manager)\s+)?(?:(?:has|have|just)\s+)?(?:(?:has|have|'s|'ve)\s+(?:got\s+)?me\s+down|wants?|invited|asked|scheduled|booked|set\s+up|would\s+like|'d\s+like|rang|called|phoned|e-?mailed|texted|messaged|got\s+back|replied|pushed|moved|rescheduled|re-scheduled|preponed|prepone|postponed|changed|shifted|brought|(?:is|are)\s+(?:interviewing|seeing|meeting)|(?:phone\s+|video\s+|zoom\s+|teams\s+)?(?:call|interview|screen|onsite))\b`,
  'u',
);

/** "Canva's recruiter", "Stripe's HR": the company said as the owner of who called. */
const namedAsOwner = new RegExp(String.raw`\b(?<name>${name}?)(?:'s|s')\s+(?:recruiter|recruiting|recruitment|hr|hiring\s+manager|team|people|talent|office|panel|lads)\b`, 'u');

/** Words an ALL-CAPS sentence has that are no name: read in lower case, the rest as names. */
const plainWords = new Set(
  'a an the to at for from on about by with w/ me my i im and or of in is it its be am pm if whether remind reminder set add put calendar call email e-mail ring chase ping message text contact thank thanks phone follow up interview interviews screen screening round onsite on-site assessment centre center trial shift job role offer recruiter please pls plz next this tomorrow today tonight morning afternoon evening week weeks month day days got have has had get my our final first second third video zoom teams'.split(
    ' ',
  ),
);

/** "REMIND ME FRIDAY TO CALL DHL" → "remind me Friday to call DHL": shouting read as if typed in mixed case. */
function fromAllCaps(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return text;
  return text.replace(/[\p{L}\d&.'/-]+/gu, (word) => {
    const lower = word.toLowerCase();
    if (plainWords.has(lower.replace(/[.']+$/, ''))) return lower;
    // Short ones (DHL, IBM) stay as they are; longer ones become names (TESCO → Tesco).
    return word.length <= 4 ? word : `${word[0] ?? ''}${lower.slice(1)}`;
  });
}

/** Who is contacted, typed in lower case: "follow up with kpmg", "email the nobu head chef", "about the xero video call". */
const namedLowerAfter =
  /\b(?:follow(?:\s|-)?up\s+(?:with|w\/|on)|chase(?:\s+up)?|e-?mail|call|ring|phone|contact|message|text|write\s+to|thank|send\s+(?:(?:the|my|an?|some|those|these)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to|about|re|w\/|with)\s+(?:the\s+)?(?<name>\p{Ll}[\p{L}\d&'-]*(?:\s+\p{Ll}[\p{L}\d&'-]*){0,2})/u;
/** Words after the name that end it: "nobu head chef", "xero video call", "kpmg next tuesday". */
const afterName =
  /\s+(?:on|at|in|by|next|this|tomorrow|tmrw|today|tonight|about|re|regarding|and|to|for|from|head|hiring|recruiter|recruiters|hr|team|people|application|app|video|phone|zoom|teams|call|interview|screen|offer|job|role|manager|again|back|asap|after|before|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|wk|wks|weeks|day|days|morning|afternoon|evening)\b.*$/u;
/** Who is no employer: people, offices and things a reminder may be about. */
const notEmployer =
  /^(?:the|my|a|an|them|they|him|her|you|u|me|it|someone|somebody|back|up|with|w\/|agency|recruiter|recruiters|references?|referees?|landlord|bank|mum|mom|dad|doctor|gp|dentist|school|council|job|jobs|jobcentre|hr|manager|boss|team|people|interviewer|hiring|offer|about|application|cv|resume|email|emails|mail|letter|forms?|documents?|certificate|portal|website|site|link)$/;

function namedInLowerCaseAfterVerb(said: string): string | undefined {
  const found = namedLowerAfter.exec(said)?.groups?.name?.replace(afterName, '').trim();
  if (!found || notEmployer.test(found.split(/\s+/)[0] ?? '') || findWhenIn(found)) return undefined;
  return found;
}
const findWhenIn = (text: string) => /^(?:next|this|tomorrow|tmrw|today|tonight|in|on|at|mon|tue|wed|thu|fri|sat|sun)/.test(text);

/** "email Priya at Wipro", "ring Tom from Hays": a person, then the company they are at, which the reminder is about. */
const personAtCompany = new RegExp(
  String.raw`\b(?:e-?mail|call|ring|phone|text|message|ping|chase(?:\s+up)?|contact|thank|write\s+to|follow(?:\s|-)?up\s+with|check\s+in\s+with|get\s+back\s+to|reply\s+to)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s+(?:at|from)\s+(?:the\s+)?(?<name>${name})`,
  'u',
);
/** "the recruiter at hays", "the lads at Bewleys", "the shift boss at Sibanye": who is contacted, then where they work. */
const roleAtCompany =
  /\b(?:recruiter|recruiters|people|lads|guys|folks|team|boss|manager|hr|consultant|contact|panel|someone|person|lady|fella|bloke)\s+(?:at|from|in)\s+(?:the\s+)?(?<name>[\p{L}\d&'-]+(?:\s+\p{Lu}[\p{L}\d&'-]*){0,2})/u;
/** "at two-thirty Chennai time", "at noon": a time said in words after "at", never where someone works. */
const timeOrZoneFirst = /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|noon|midday|midnight)\b|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b)/i;
/** "chase Telstra re the grad role": a name right after the verb of a follow-up says who, before any job described. */
const namedAfterVerb = new RegExp(
  String.raw`\b(?:chase(?:\s+up)?|follow(?:\s|-)?up(?:\s+with|\s+w\/)?|e-?mail|(?:ring|phone|call)(?:\s+back)?|contact|thank|ping|message|text|send|write\s+(?:back\s+)?to|get\s+back\s+to|check\s+in\s+with|nudge|ask|remind|relance[rz]?)\s+(?:the\s+)?(?<name>${name})`,
  'u',
);

/**
 * The employer said as whose a job, an offer or a contact is, which beats a person said after the verb: "send Paulo the
 * referees for the iFood role", "nudge the Toptal person", "the agency, Hays", "the offer from Vanderlande". ("iFood",
 * "eBay": a name may start with one lower-case letter before its capital.)
 */
const ownedName = String.raw`(?:${name}|\p{Ll}\p{Lu}[\p{L}\d&.'-]*)`;
const employerOwning = new RegExp(
  String.raw`\b(?:the|my|our|an?|for|at)\s+(?<name>${ownedName})\s+(?:(?:grad(?:uate)?|junior|senior|design|take[\s-]home|recruiting|recruitment|talent|hiring)\s+)?(?:offer|application|recruiter|person|contact|people|hr|interviewers?|exercise|homework|challenge|case\s+study|team)\b|\b(?:agency|company|firm|employer|client|consultancy)\s*,?\s+(?:called\s+|named\s+)?(?<agency>${name})`,
  'u',
);
/**
 * What is handed to an employer: "send the Arbeitszeugnis to Haufe", "complete the HackerRank test for Rakuten", "send
 * the signed offer to Vanderlande": the one it goes to or is for, not the thing (a tool or a document may be capitalised).
 */
/** "for the iFood role", "the eBay job": a job's owner, which a company said after the verb ("call Datev about the X role") beats. */
const roleOwning = new RegExp(String.raw`\b(?:the|my|our|an?|for|at)\s+(?<name>${ownedName})\s+(?:(?:grad(?:uate)?|junior|senior)\s+)?(?:role|job|position|vacancy)\b`, 'u');
const handedTo = new RegExp(
  String.raw`\b(?:send|give|return|forward|submit|post|hand\s+in|complete|finish|do|sign|upload|get)\s+(?:[\p{L}\d&.'-]+\s+){1,4}?(?:to|for)\s+(?:the\s+)?(?<name>${ownedName})`,
  'u',
);
/**
 * "the HackerRank test for Atlassian", "the application for the Scottish Water apprenticeship", "my case study for Monzo": a
 * task said with whom it is for, which is the employer (a tool or a platform may be capitalised before it).
 */
const thingForEmployer = new RegExp(
  String.raw`\b(?:the|my|a|an|this|that)\s+(?:[\p{L}\d&.'-]+\s+){0,2}?(?:test|tests|assessment|task|assignment|exercise|challenge|application|form|case\s+study|take[\s-]?home|presentation|paperwork|homework|quiz|deadline)\s+(?:for|from|with)\s+(?:the\s+)?(?<name>${name})`,
  'u',
);
/** A verb that starts a sentence, capitalised only for being first: "Chase Morgan McKinley monday", "Email Priya at Wipro". */
const sentenceVerb = /^(?:Chase|Follow|Email|E-mail|Call|Ring|Phone|Text|Message|Ping|Contact|Thank|Write|Check|Nudge|Remind|Set)\b/;

/**
 * "the HGV class 1 job at Wincanton", "the warehouse job at DHL Supply Chain", "the Toronto team (Shopify)": the employer
 * said after a role or a team, or in brackets right after it.
 */
const jobAtEmployer = new RegExp(
  String.raw`\b(?:job|role|post|position|vacancy|opening|apprenticeship|placement|internship|traineeship)\s+(?:at|with|in|for)\s+(?:the\s+)?(?<name>${name})|\b(?:team|people|office|recruiter|recruiters|role|job|panel)\s+\((?<name2>${name})\)`,
  'u',
);

const meetingWordAlone = new RegExp(String.raw`^(?:interview|${interviewAbroad})$`, 'iu');
/** "Miro Thursday", "Workday December": a day or month said right after a name is no part of it. */
function withoutDayWords(found: string): string {
  const words = found.replace(/[.'-]+$/, '').split(/\s+/);
  // (Not a name joined by "and": "Slaughter and May".)
  // ("Siemens Healthineers Abschlussgespräch": nor a word for the meeting, capitalised as German nouns are.)
  while (words.length > 1 && (notAName.test(words.at(-1) ?? '') || meetingWordAlone.test(words.at(-1) ?? '')) && !/^(?:and|&)$/i.test(words.at(-2) ?? '')) words.pop();
  return words.join(' ');
}

/**
 * A capitalised name anywhere but first in a sentence ("phone screen, DHL Supply Chain"): the employer when no
 * pattern placed one, before any guess from words in lower case.
 */
function nameStandingAlone(text: string): string | undefined {
  for (const found of text.matchAll(nameAlone)) {
    // (Not the first word of a sentence, capitalised for that; nor a place said with "in": "I'm in Leeds".)
    const before = text.slice(0, found.index);
    // ("Interview Unilever, Tuesday 15th", "for Monday's ASOS interview": a day or a common word capitalised before a name is
    // no part of it, and the name after it is not the sentence's first word.)
    const words = (found.groups?.name ?? '').split(/\s+/);
    let led = 0;
    while (led < words.length - 1 && (notAName.test(words[led] ?? '') || plainWords.has((words[led] ?? '').toLowerCase()))) led++;
    // ("Mr Okafor's interview with Clifford Chance": the name after a title is a person's.)
    if (led > 0 && /^(?:Mr|Mrs|Ms|Mx|Miss|Herr|Frau|Sir|Madam|Prof|Dr)\.?$/.test(words[led - 1] ?? '')) continue;
    if (led > 0) {
      const said = withoutDayWords(words.slice(led).join(' '));
      if (said && !/\b(?:in|near|around|to)\s+$/i.test(`${before}${words.slice(0, led).join(' ')} `) && !/^(?:[A-Z]{2,4}T|UTC|GMT|IST|CET|AM|PM|OK|Ok|Re|Task|Note)$/.test(said)) return said;
      continue;
    }
    const first = before.trim() === '' || /[.!?]\s*$/.test(before);
    const after = text.slice((found.index ?? 0) + (found.groups?.name?.length ?? 0));
    // ("interview. Deliveroo. the 15th. 2pm": a name said as a sentence of its own, in a note typed in pieces, is said for itself.)
    const saidAlone = first && /^\s*(?:[.!;,]|$)/.test(after) && !interjection.test(found.groups?.name ?? '');
    // ("Accenture HR round, …", "Sainsbury's assessment centre": first, but the owner of the meeting said.)
    if ((first && !saidAlone && !ownerOfMeeting.test(after)) || /\b(?:in|near|around|to)\s+$/i.test(before)) continue;
    const said = withoutDayWords(found.groups?.name?.trim() ?? '');
    if (said && !notAName.test(said.split(/\s+/)[0] ?? '') && !plainWords.has(said.toLowerCase()) && !/^(?:[A-Z]{2,4}T|UTC|GMT|IST|CET|AM|PM|OK|Ok|Re|Task|Note)$/.test(said)) return said;
  }
  return undefined;
}

/** Words said as a sentence of their own that name no one: "Great.", "Update:", "Confirmed!". */
const interjection = /^(?:Great|Cool|Nice|Yes|Yay|Yep|Yeah|Thanks|Thank|Cheers|Sorry|Hi|Hello|Hey|Okay|Ok|OK|Right|So|Well|Done|Sure|Perfect|Awesome|Brilliant|Lovely|Ugh|Wow|Finally|Confirmed|Update|Also|Anyway|Oh|Ah|Hmm|Lol|Omg|Urgent|Important|Reminder|Note|Noted|Booked|Sorted|Again|Please|Pls|Plz|Ta)$/;
/** A capitalised name, where it starts a word (`matchAll` reads a copy of it, never this one). */
const nameAlone = new RegExp(String.raw`(?<![\p{L}\d&.'-])(?<name>${name})`, 'gu');
/** What follows a name that owns the meeting said next: "'s HR round", " assessment centre". */
const ownerOfMeeting = new RegExp(String.raw`^(?:'s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:round|interview|call|screen|screening|assessment|panel|presentation|onsite|induction|test|case\s+study|super\s?day|medical|trial\s+shift|${interviewAbroad})\b|${interviewAbroadScripts})`, 'iu');
/** Between a Latin letter or digit and a word of interview in another script ("Rakuten面接"). */
const beforeOtherScript = new RegExp(`(?<=[\\p{Script=Latin}\\d])(?=${interviewAbroadScripts})`, 'gu');

/** Who a reminder is about, as the sentence names them: a job the thread knows, else a capitalised name. */
function whoIn(said: string, context: PhrasingContext): string | undefined {
  const found = whoInWords(said, context);
  return found && withoutDayWords(found);
}

function whoInWords(said: string, context: PhrasingContext): string | undefined {
  // ("Rakuten面接": a name written against the word of another script is a word of its own.)
  const shouted = fromAllCaps(said.replace(beforeOtherScript, ' '));
  const text = sentenceVerb.test(shouted) ? `${shouted[0]?.toLowerCase() ?? ''}${shouted.slice(1)}` : shouted;
  const known = findKnownJob(text, context);
  if (known) return known;
  // ("the sous chef job at Dishoom", "the driver post in Uber Eats": the employer of a role described, never the role's words.)
  const employerSaid = jobAtEmployer.exec(text)?.groups;
  const employer = (employerSaid?.name ?? employerSaid?.name2)?.trim();
  if (employer && !notAName.test(employer.split(/\s+/)[0] ?? '')) return withoutDayWords(employer);
  const owning = employerOwning.exec(text)?.groups;
  const owner = (owning?.name ?? owning?.agency)?.trim();
  if (owner && !notAName.test(owner.split(/\s+/)[0] ?? '')) return withoutDayWords(owner);
  const thingFor = thingForEmployer.exec(text)?.groups?.name?.trim();
  if (thingFor && !notAName.test(thingFor.split(/\s+/)[0] ?? '')) return withoutDayWords(thingFor);
  const handed = handedTo.exec(text)?.groups?.name?.trim();
  if (handed && !notAName.test(handed.split(/\s+/)[0] ?? '')) return withoutDayWords(handed);
  const roleAt = roleAtCompany.exec(text)?.groups?.name?.replace(/'s?$/, '').trim();
  if (roleAt && !timeOrZoneFirst.test(roleAt) && !notEmployer.test(roleAt.toLowerCase()) && !notAName.test(roleAt[0]?.toUpperCase() + roleAt.slice(1)) && !findWhenIn(roleAt.toLowerCase())) return roleAt;
  const atCompany = personAtCompany.exec(text)?.groups?.name?.trim();
  if (atCompany && !notAName.test(atCompany.split(/\s+/)[0] ?? '')) return atCompany;
  const afterVerbFound = namedAfterVerb.exec(text);
  const afterVerb = afterVerbFound?.groups?.name?.trim();
  // ("send Paulo the referees for the iFood role": a name the thing is sent to is a person; the role's owner is the employer.)
  const toWhom = afterVerbFound !== null && /^\s+(?:the|a|an|my|your|our|his|her|their)\b/i.test(text.slice((afterVerbFound.index ?? 0) + afterVerbFound[0].length));
  const ownerOfRole = roleOwning.exec(text)?.groups?.name?.trim();
  if (toWhom && ownerOfRole && !notAName.test(ownerOfRole.split(/\s+/)[0] ?? '')) return ownerOfRole;
  if (afterVerb && !notAName.test(afterVerb.split(/\s+/)[0] ?? '')) return afterVerb;
  if (ownerOfRole && !notAName.test(ownerOfRole.split(/\s+/)[0] ?? '') && !/^[A-Z]{2,3}$/.test(ownerOfRole)) return ownerOfRole;
  // "infosys HR called me, …", "tesco rescheduled my interview": the company typed in lower case as the subject.
  const subject = lowerCaseNames[0]?.exec(text)?.groups?.name;
  if (subject && !notCompany.test(subject) && !notInName.test(subject)) return subject;
  // "the Umbrella video interview": the name before the kind of meeting, whatever words follow.
  const beforeNoun = namedBeforeNoun.exec(text)?.groups?.name?.trim();
  if (beforeNoun && !notAName.test(beforeNoun.split(/\s+/)[0] ?? '')) return beforeNoun;
  // ("The Mater rang me on my break": the company that rang, before any job the words resemble.)
  const toldBy = namedAsSubject.exec(text);
  const subjectNamed = toldBy?.groups?.name?.trim();
  if (toldBy && subjectNamed && !/\b(?:call|interview|screen|onsite)$/i.test(toldBy[0]) && !notAName.test(subjectNamed.split(/\s+/)[0] ?? '')) return subjectNamed;
  const reading = findJob(text, context, { fallback: false });
  // ("for Monday's ASOS interview", "remind me thursday to prep": a day, or a word that names no company, is no job.)
  if (reading && 'job' in reading && !notAName.test(reading.job.split(/\s+/)[0] ?? '') && !/^(?:prep|prepare|practi[cs]e|rehearse|revise)\b/i.test(reading.job) && (/^[0-9a-f]{12}$/.test(reading.job) || !notCompany.test(reading.job.toLowerCase()))) return reading.job;
  for (const pattern of [namedBeforeNoun, namedAsOwner, namedAfterWord, namedAsSubject]) {
    const found = pattern.exec(text)?.groups?.name?.trim();
    if (found && !notAName.test(found.split(/\s+/)[0] ?? '')) return found;
  }
  const alone = nameStandingAlone(text);
  if (alone) return alone;
  // (Shouting was read already: "CALL THE JOB CENTRE" names no employer.)
  return shouted === said ? namedInLowerCaseAfterVerb(text) : undefined;
}

/** What is to be done, from what is left once the date and the "remind me" are gone: "follow up with Northwind". */
const whatOf = (rest: string): string | undefined => {
  const what = rest
    .replace(/^(?:to|about|that|of|for|i\s+(?:need|have|should|must)\s+to|i\s+should)\s+/i, '')
    .replace(/\s+(?:on|at|by|for|this|next|in|is|are|el|la|le|am|o)$/i, '')
    .replace(/^[\s,;:.!-]+|[\s,;:.!-]+$/g, '')
    .trim();
  return what.length >= 3 ? what : undefined;
};

/**
 * What to do that names no job, said of the job in play: "prep", "practise for the interview", "ring
 * them back", "send a thank-you note". ("stretch", "call mum" are not about it.)
 */
const aboutTheJob =
  /^(?:prep(?:are)?|practi[cs]e|research|(?:re-?)?apply|follow\s+up|chase|call|ring|phone|e-?mail|write|reply|check\s+in|send\s+(?:a\s+|the\s+)?thank[\s-]?you(?:\s+(?:note|e-?mail|card))?)(?:\s+(?:for\s+(?:it|the\s+(?:interview|call|screen|assessment))|it|them|up|back|again|on\s+it|to\s+say\s+(?:thanks|thank\s+you)))*$/i;

/**
 * A reminder read from what is left of a sentence once its "remind me" is gone ("to follow up
 * with Northwind on Friday"): the date (or a question asking for one), what for, the job.
 */
/** "moved to", "rescheduled for", "pushed back to": a reminder already set has a new time. */
const movedWords = /\b(?:moved|rescheduled|re-scheduled|preponed|prepone|pushed(?:\s+(?:back|forward))?|postponed|brought\s+forward|changed)\s+(?:to|till|until|for)\b/i;
/** "move my Brightpath interview to friday 10am", "can you reschedule the call with X for monday": the same, asked for. */
const moveAsked =
  /^(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|would\s+you|kindly)\s+)*(?:move|reschedule|re-schedule|prepone|push(?:\s+back)?|postpone|bring\s+forward|shift|change)\b.*\b(?:interview|screen|call|meeting|follow[- ]?up|reminder)\b.*\b(?:to|till|until|for)\b/i;
const movedIn = (text: string) => (movedWords.test(text) || moveAsked.test(text.trim()) || moveWords.test(text) ? { moved: true } : {});

function readReminder(rest: string, context: PhrasingContext, fallbackKind: Args['about'] = 'other'): Reading<Args> {
  // "every other friday", "every 4 weeks on monday", "every 2 weeks": reminders do not repeat, so the first one is set (the
  // weekday said) and the answer says so; with no day said for the first, it is asked. Never "Every to …" as a title.
  if (rest.includes('every') || /\b(?:fortnightly|weekly|biweekly)\b/i.test(rest)) {
    const repeat = repeatSaid.exec(rest);
    if (repeat) {
      const without = rest.replace(repeat[0], ' ').replace(/\s+/g, ' ').trim();
      const weekday = repeat.groups?.weekdayAlone ?? repeat.groups?.weekdayAfter ?? repeat.groups?.weekdayLate ?? (findWhen(without) ? '' : undefined);
      if (weekday === undefined) {
        return { reply: `Reminders don't repeat yet. When should the first one ring? Say a day, e.g. "remind me friday ${whatOf(without) ?? 'to …'}", and set the next when it rings.` };
      }
      const reading = readReminder(weekday ? `${without} on ${weekday}` : without, context, fallbackKind);
      return 'args' in reading ? { args: { ...reading.args, repeats: repeat[0].trim().replace(/^[\s,;]+|[\s,;]+$/g, '') } } : reading;
    }
  }
  // "interview … thursday 11am, remind me 30 mins before", "give me a heads-up 15 minutes prior", "an hour ahead": the
  // event keeps the time said and rings that much before it (both said in the answer). "the day before" is a lead only
  // for a meeting with its time; a deadline's day before is a reminder of its own (below).
  const lead = leadSaid(rest);
  if (lead) {
    const without = rest.replace(lead.words, ' ').replace(/\s+/g, ' ').trim();
    const other = findWhen(without);
    const meetingTimed = other?.timed === true && (interviewWords.test(without) || meetingSaid.test(without) || lead.minutes < 1440);
    if (other && !other.unread && meetingTimed) {
      const reading = readReminder(without, context, fallbackKind);
      return 'args' in reading ? { args: { ...reading.args, lead_minutes: lead.minutes } } : reading;
    }
  }
  // "interview thursday at 11:00, remind me the evening before": the meeting keeps its day and time and rings at 18:00
  // ("the night before": 20:00) the day before; never the meeting moved to that day.
  const partBefore = partBeforeSaid.exec(rest);
  if (partBefore) {
    const without = rest.replace(partBefore[0], ' ').replace(/\s+/g, ' ').trim();
    const other = findWhen(without);
    const clock = other?.timed ? clockOfWords.exec(other.when)?.groups : undefined;
    if (other && clock && !other.unread && (interviewWords.test(without) || meetingSaid.test(without))) {
      const said = Number(clock.hour);
      const pm = /^p/i.test(clock.meridiem ?? '');
      const hour = clock.meridiem ? (said % 12) + (pm ? 12 : 0) : clock.minute === undefined && said >= 1 && said <= 6 ? said + 12 : said;
      const ringsAt = /^n/i.test(partBefore.groups?.part ?? '') ? 20 : 18;
      const reading = readReminder(without, context, fallbackKind);
      return 'args' in reading ? { args: { ...reading.args, lead_minutes: hour * 60 + Number(clock.minute ?? 0) + (24 - ringsAt) * 60 } } : reading;
    }
  }
  // "applications close on the 20th, remind me the day before": the day before the date said.
  const dayBeforeSaid = /(?:^|\s)(?:the\s+)?(?:day|evening|night)\s+before\b/i;
  if (dayBeforeSaid.test(rest)) {
    const other = findWhen(rest.replace(dayBeforeSaid, ' '));
    const day = other ? dayBefore(other.when) : undefined;
    if (other && day) return readReminder(`${other.rest} ${day}`, context, fallbackKind);
  }
  // "the test closes 11:59pm on the 14th, set me a reminder at lunchtime that day": the time said, on the day of the date said.
  // (An interview is kept at its own time, which it rings an hour before: "interview friday at 3, remind me at 9 that day".)
  const sameDay = sameDayAt(rest);
  if (sameDay) return readReminder(interviewWords.test(rest) ? sameDay.ownDate : sameDay.timeThatDay, context, fallbackKind);
  // ("interview friday, remind me an hour before": no time to count an hour back from; the day is kept, ringing at 09:00.)
  const unplaced = leadSaid(rest);
  if (unplaced && unplaced.minutes < 1440 && findWhen(rest.replace(unplaced.words, ' '))) return readReminder(rest.replace(unplaced.words, ' '), context, fallbackKind);
  const either = eitherDay.exec(rest);
  if (either) return { reply: `When should I remind you: ${either[1]} or ${either[2]}? Say one day (and, if you like, a time).` };
  const foundSaid = findWhen(rest);
  if (!foundSaid) {
    return { reply: 'When should I remind you? Say a day and, if you like, a time: "on Friday", "the 12th at 3pm", "in 3 days".' };
  }

  // "friday at 2ishh", "next blursday at 3": part of when is unreadable; asked, never set for a time not said.
  if (foundSaid.unread) {
    return { reply: `When should I remind you? I read "${foundSaid.when}" but not "${foundSaid.unread}": say a day and a time, e.g. "friday at 2pm", "tomorrow at 9:30".` };
  }
  const found = withDayApart(foundSaid);
  // ("to chase the HSE panel", "to email Acme about the interview": what is to be done leads, whatever it is about.)
  const leadingFollowUp = followUpLeads.test(whatOf(found.rest) ?? '');
  const job =
    whoIn(found.rest, context) ??
    namedInLowerCase(found.rest) ??
    (context.references[jobReferenceKeys.lastJob] && aboutTheJob.test(whatOf(found.rest) ?? '') ? 'it' : undefined);
  // ("ask Canva about the salary band", "check the Woolworths portal": asking or checking an employer named is a follow-up.)
  const askedOfEmployer = job !== undefined && job !== 'it' && /^(?:ask|check)\b/i.test(whatOf(found.rest) ?? '');
  const about: Args['about'] = leadingFollowUp || askedOfEmployer ? 'follow_up' : interviewWords.test(rest) || invitedWords.test(rest) || callWithHirer.test(rest) ? 'interview' : followUpWords.test(rest) ? 'follow_up' : fallbackKind;
  // An interview's title is made from its job ("Interview: Backend Engineer at Stripe"); other reminders keep the person's words.
  const what = about === 'interview' ? undefined : whatOf(found.rest);
  // "remind me tomorrow" with nothing in play: a day, but nothing to be reminded of ("… for 9am tomorrow" is an alarm, set).
  if (!found.timed && !job && !what && about === 'other' && !jobInPlay(context.references) && !reminderJustTold(context) && context.history.length === 0) {
    return { reply: `What should I remind you about ${found.when}? Say what to do, e.g. "remind me ${found.when} to follow up with Acme".` };
  }
  return { args: { when: found.when, about, ...(job ? { job } : {}), ...(what ? { what } : {}), ...movedIn(rest) } };
}

/** A day said alone, with no hour: "tonight", "tomorrow", "on thursday". */
const dayAlone = /\b(?:tonight|tomorrow|tmrw|today|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;
/** What makes an hour's day already said, or its clock another's: a day, a date, a count of days, a zone. */
const dayOrZoneInWhen = /\b(?:tonight|tomorrow|tmrw|tmr|today|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|week|day|days|time)|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[./]\d{1,2}|\b[A-Z]{2,4}T\b/i;
/** Another clock time, or a zone, in the words left: then an hour and a day said apart may be of two things. */
const otherClock = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b|\bat\s+\d|\btime\b|\b[A-Z]{2,4}T\b|\b(?:pacific|eastern|central|mountain|here|there)\b/i;

/**
 * "thank-you note to the Octopus Energy panel tonight pls remind me at 9": an hour read with no day, and one day said
 * alone elsewhere in the sentence, are one date ("tonight at 9"). Unchanged with two days, another time or a zone said.
 */
function withDayApart(found: WhenSaid): WhenSaid {
  if (!found.timed || !/\d/.test(found.when) || dayOrZoneInWhen.test(found.when) || otherClock.test(found.rest)) return found;
  const days = [...found.rest.matchAll(dayAlone)];
  const day = days.length === 1 ? days[0]?.[0] : undefined;
  if (!day) return found;
  return { ...found, when: `${day} ${found.when}`, rest: found.rest.replace(day, ' ').replace(/\s+/g, ' ').trim() };
}

/** A repeat asked for: "every other friday", "every 4 weeks on monday", "every 2 weeks", "each monday", "fortnightly on thursdays", "weekly". */
const repeatSaid =
  /(?:^|[\s,;])(?:(?:every|each)\s+(?:(?:other|second|alternate|\d{1,2}(?:st|nd|rd|th)?|two|three|four|six)\s+)?(?:(?<weekdayAlone>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?|weeks?|days?|months?|fortnight)(?:\s+on\s+(?<weekdayAfter>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?)?|(?:fortnightly|bi-?weekly|weekly)(?:\s+on\s+(?<weekdayLate>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?)?)(?![\p{L}\d])/iu;

/** "the evening before", "the night before": when a meeting's reminder should ring, the day before it. */
const partBeforeSaid = /(?:^|[\s,;(])(?:on\s+)?(?:the\s+)?(?<part>evening|night)\s+before(?:hand)?(?![\p{L}\d])/iu;
/** The clock time that ends a meeting's date ("on the 14th at 1 pm", "thursday 11:00", "friday 9am"). */
const clockOfWords = /(?<![\d.:/])(?<hour>\d{1,2})(?:[:.h](?<minute>[0-5]\d))?\s*(?<meridiem>[ap]\.?\s?m\b\.?)?\s*$/i;

const leadCounts: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, 'forty five': 45, ninety: 90 };
/**
 * A lead said for when it should ring: "30 mins before", "an hour ahead", "half an hour beforehand", "15 minutes prior",
 * "2 hrs early", "a day in advance", "the day before". What follows ("before my interview …") is left to be read: it says
 * the kind. (A shift such as "an hour earlier" is a move, never a lead.)
 */
const leadWords =
  /(?:^|[\s,;(])(?:by\s+|about\s+|like\s+)?(?:(?<half>half\s+an?\s+hour|half\s+hour)|(?<count>an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty[\s-]five|ninety|a\s+couple\s+of|\d{1,3})\s*-?\s*(?<unit>hours?|hrs?|h|mins?|minutes?|m|days?)|(?:the\s+|a\s+)?(?<day>day))\s+(?:before(?:hand)?|ahead(?:\s+of\s+(?:time|it|that))?|prior(?:\s+to\s+(?:it|that))?|in\s+advance|early)(?![\p{L}\d])/iu;
function leadSaid(text: string): { minutes: number; words: string } | undefined {
  const found = leadWords.exec(text);
  const groups = found?.groups;
  if (!found || !groups) return undefined;
  if (groups.half) return { minutes: 30, words: found[0] };
  if (groups.day) return { minutes: 1440, words: found[0] };
  const said = (groups.count ?? '').toLowerCase().replace(/\s+/g, ' ');
  const count = /^a couple of$/.test(said) ? 2 : (leadCounts[said] ?? Number(said));
  const unit = (groups.unit ?? '').toLowerCase();
  const minutes = count * (/^d/.test(unit) ? 1440 : /^h/.test(unit) ? 60 : 1);
  return Number.isFinite(minutes) && minutes > 0 && minutes <= 10080 ? { minutes, words: found[0] } : undefined;
}

/** How a lead is asked for, said around it: "remind me", "give me a heads-up", "ping me", "pls". */
const leadAsked =
  /(?:^|[\s,;:.!—–-]+)(?:(?:and|so|then|also|pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|just|but)\s+)*(?:remind\s+me|give\s+me\s+(?:a\s+)?(?:heads[\s-]?up|shout|nudge|ping|buzz|bell|reminder|notification|alert)|(?:ping|nudge|alert|warn|notify|buzz)\s+me|let\s+me\s+know|(?:a\s+)?heads[\s-]?up|(?:a\s+)?reminder|ring)(?:\s+(?:pls|please|plz|thanks|thx|ta))*[\s.!]*$/i;

/**
 * A meeting or a reminder with its time, and a lead for when it should ring in a piece of its own: "second interview at
 * Deloitte thursday 9:30, ping me 20 mins prior", "video call with the Monzo recruiter tomorrow 11am - give me a heads up
 * half an hour ahead". Read without the lead, which is then added; null when no lead is said or no time of day.
 */
function readWithLead(message: string, context: PhrasingContext): Reading<Args> | null {
  const lead = leadSaid(message);
  if (!lead) return null;
  const without = message.replace(lead.words, ' ').replace(/\s+/g, ' ').trim();
  const told = without.replace(leadAsked, '').trim();
  if (told === without && !remindVerb.test(told.toLowerCase())) return null;
  const found = findWhen(told);
  if (!found?.timed || found.unread) return null;
  const asked = remindVerb.exec(told.toLowerCase());
  const reading = asked
    ? readReminder(told.slice(told.length - (asked.groups?.rest ?? '').length), context, asked.groups?.followUp ? 'follow_up' : 'other')
    : (readInterviewDate(told, context) ?? readInterviewThenDate(told, context) ?? readNewsWithDate(told, context) ?? readDateFirst(told, context));
  if (!reading || !('args' in reading) || reading.args.moved) return null;
  return { args: { ...reading.args, lead_minutes: lead.minutes } };
}

/** A follow-up said as what to do first: "chase the panel", "email Acme about the interview", "check whether they replied". */
const followUpLeads =
  /^(?:follow(?:\s|-)?up|f\/u|chase|relance[rz]?|check\s+(?:in|back|whether|if)|nudge|e-?mail|ring|call|phone(?!\s+(?:screen|interview))|write\s+(?:back|to)|reply\s+to|get\s+back\s+to|text|message|ping|contact|thank(?:[\s-]?you)?|send\s+(?:a\s+|the\s+)?thank)\b/i;

/** A call with the people who hire, said as the meeting: "video call with Charles River's hiring manager", "chat w/ the Arup recruiter". */
const callWithHirer =
  /\b(?:call|chat|meeting|catch[\s-]?up|zoom|teams)['’"]?\s+(?:with|w\/)\s+(?:[\p{L}\d&.'-]+\s+){0,4}?(?:hiring\s+(?:mgr|manager)|recruiter|talent\s+(?:team|partner|acquisition)|head\s+of\s+\p{L}+|panel)\b/iu;

/** An interview that is over, or a request for help with one: no date to keep. */
const overOrHelp = /\b(?:had|went|was|were|did|got\s+through|passed|failed|after|prep(?:are)?|practi[cs]e|questions?|tips?|wear|nervous|help|taxi|uber|cab|order|book)\b/i;

/**
 * An interview told with its job, its day and its time: "my interview with Stripe is on the
 * 12th at 3pm". A time of day is what makes it a calendar entry: without one ("I have an
 * interview with Acme on Monday", "got a phone screen friday!!") it is news about the
 * application, which `update_job_status` records, or the start of a request for help.
 */
function readInterviewDate(text: string, context: PhrasingContext): Reading<Args> | null {
  // (An interview that "was rescheduled for …" is to come: the "was" of a move says nothing is over.)
  const told = text.replace(/\b(?:was|were|has\s+been|have\s+been|got)\s+(?=(?:moved|rescheduled|re-scheduled|preponed|prepone|pushed|postponed|brought|changed)\b)/gi, '');
  const appointment = !interviewWords.test(told) && appointmentWords.test(told) && /(?:^|\b(?:my|the|a|an|our))\s*(?:\p{L}+\s+)?(?:medical|trial|induction|orientation|appointment|superday|assessment)\b/iu.test(told);
  if ((!interviewWords.test(told) && !appointment && !callWithHirer.test(told)) || overOrHelp.test(told)) return null;
  // ("interview with Ocado thursday or friday, they haven't said which": two days said as a choice are asked about, timed or not.)
  const either = eitherDay.exec(text);
  if (either) return { reply: `When is the interview: ${either[1]} or ${either[2]}? Say the day (and the time), and I'll put it in your calendar.` };
  const found = findWhen(text);
  if (!found?.timed || found.unread) return null;
  const job =
    whoIn(found.rest, context) ??
    namedInLowerCase(found.rest) ??
    (/\b(?:it|they|them|their)\b/i.test(found.rest) && jobInPlay(context.references) ? 'it' : undefined);
  const which = movedIn(text).moved ? askWhichToMove(text, job, context) : undefined;
  if (which) return which;
  // With no job said ("first interview friday" after "heard back from Datadog"), the news is
  // another clause's: left to the readers of news, and "remind me …" says it outright.
  return job ? { args: { when: found.when, about: appointment ? 'other' : 'interview', job, ...movedIn(text) } } : null;
}

/** What may stand around a date said in a piece of its own: "it's on thursday at 2pm", "confirmed for monday at 10". */
const onlyDateAround = /^(?:(?:it'?s|it\s+is|its|that'?s|which\s+is|(?:the\s+)?(?:interview|call|screen)\s+is|scheduled|booked|set|confirmed|for|on|at|this|next)\s*)*$/i;
/** Pieces of news that ask nothing: "great news", "so happy!!", "wish me luck". */
const exclamation =
  /^(?:(?:great|good|amazing|awesome|exciting|big)\s+news|yay+|woo+(?:hoo+)?|omg|finally|so\s+(?:happy|excited|nervous|pumped)|wish\s+me\s+luck|fingers\s+crossed|guess\s+what|wow|hooray|yes+|ok(?:ay)?|nice|confirmed|oh|hey|hi)(?:\s+(?:!+|:\)|:d))?$/i;

/**
 * "got an interview at Northwind!! its on thursday at 2pm", "Interview with Acme confirmed.
 * Tuesday 3pm": the interview told, then its day and time in a piece of their own. Read whole,
 * as one interview with its date (which records the stage too); null when any piece asks
 * something else or says no time of day.
 */
function readInterviewThenDate(message: string, context: PhrasingContext): Reading<Args> | null {
  const pieces = message
    .split(/\s*[.!?;]+\s*|,\s+|\s+[-–—]+\s+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length < 2) return null;
  const told = pieces.findIndex((piece) => interviewWords.test(piece) && !findWhen(piece)?.timed);
  // (No interview told, no reading: the pieces are not searched for a date, each a parse of its own.)
  if (told < 0) return null;
  const dated = pieces.findIndex((piece, index) => {
    if (index === told) return false;
    const found = findWhen(piece);
    return found?.timed === true && onlyDateAround.test(found.rest);
  });
  if (dated < 0) return null;
  if (pieces.some((piece, index) => index !== told && index !== dated && !exclamation.test(piece))) return null;
  const date = findWhen(pieces[dated] ?? '');
  return date ? readInterviewDate(`${pieces[told] ?? ''} ${date.when}`, context) : null;
}

const meeting = String.raw`(?:interview|screen|screening|call|onsite|on-site|round|assessment|trial\s+shift)`;
const lowerWord = String.raw`[a-z][\w&.'-]{1,30}`;
/**
 * "interview w/ acme", "interview with the housing trust", "phone screen at globex", "chase the
 * housing trust": a company typed in lower case after the meeting or the follow-up verb; "housing
 * trust interview": before the meeting. Up to four words, stopping at a word that names no one.
 */
const lowerCaseNames = [
  // "infosys HR called me", "tesco rescheduled my interview", "ocado changed the interview": the company as the subject.
  new RegExp(
    String.raw`^(?:so\s+|and\s+|oh\s+)?(?<name>${lowerWord}(?:\s+${lowerWord}){0,2}?)(?:'s)?\s+(?:(?:hr|HR|recruiter|people|team|hiring\s+manager)\s+)?(?:rang|called|phoned|e-?mailed|texted|messaged|pushed|moved|rescheduled|re-scheduled|preponed|prepone|postponed|changed|shifted|brought|want|wants|invited|asked|booked|'d\s+like|would\s+like)\b`,
  ),
  new RegExp(String.raw`\b(?:${meeting}\s+(?:w\/|with|at)|(?:chase(?:\s+up)?|email|e-mail|call|ring|ping|contact|follow\s+up(?:\s+with)?|hear\s+back\s+from|check\s+in\s+with))\s+(?:the\s+)?(?<name>${lowerWord}(?:\s+${lowerWord}){0,3})`),
  new RegExp(String.raw`(?:^|\b(?:the|my|about|for|of|a|an)\s+)(?<name>${lowerWord}(?:\s+${lowerWord}){0,3})\s+(?:(?:phone|video|first|second|final|job)\s+)?${meeting}\b`),
  // "intv zalando fri 2pm", "interview globex wed 10am": a diary's note, the meeting and whose, no word between.
  new RegExp(String.raw`^${meeting}\s+(?!(?:with|w|at|for|on|in|is|was|prep|practice|practise|questions|notes|tips|coaching|day|slot|time|outfit|stuff)\b)(?<name>${lowerWord}(?:\s+${lowerWord}){0,2})\s*$`),
];
/** What may lead a sentence that names no company: "ok — follow up …", "also, chase …". */
const fillerFirst = /^(?:ok(?:ay)?|so|also|and|oh|hey|hi|right|pls|please|btw|fyi|note|reminder|remind\s+me|todo|to\s+do|tomorrow|today|tonight|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)$/i;
// (Nor a verb said first: "move the interview to 2pm", "put the interview in my calendar".)
const notCompany =
  /^(?:the|my|a|an|them|they|him|her|you|u|someone|somebody|hr|recruiter|manager|ceo|team|company|tomorrow|today|tonight|noon|final|panel|video|phone|zoom|teams|onsite|first|second|third|last|next|technical|tech|coding|group|hiring|move|push|reschedule|postpone|prepone|shift|change|cancel|delete|drop|put|set|add|book|make|bring|remind|rearrange|kindly|please|pls|plz|just|can|could|would|ok|okay|so|ugh|um+|erm?|well|right|oh|yeah|hmm+|lol|with|prep|prepare|practi[cs]e|rehearse|revise|\d.*)$/;
/** Words that end a company's name said in lower case: "the housing trust on tuesday", "acme about the offer". */
const notInName = /^(?:on|at|in|by|for|about|to|with|w\/|and|or|the|my|me|is|was|next|this|tomorrow|today|tonight|re|regarding|recruiter|hr|team|people|hiring|manager|again|back|interview|please|pls|remind|set|reminder|an?|i|it|its|it's|rescheduled|moved|pushed|postponed|changed|shifted)$/;
function namedInLowerCase(rest: string): string | undefined {
  for (const pattern of lowerCaseNames) {
    // ("ok ok ok. so. interview": a name never runs over the end of a sentence.)
    const said = (pattern.exec(rest)?.groups?.name ?? '').split(/[.!?](?:\s+|$)/).filter((piece) => piece !== '').at(-1) ?? '';
    const words: string[] = [];
    for (const word of said.split(/\s+/)) {
      if (notInName.test(word)) break;
      words.push(word);
    }
    const found = words.join(' ');
    // ("so. screening call": a word for the meeting is none.)
    if (found && !notCompany.test(found) && !notCompany.test(words[0] ?? '') && !notAName.test(found[0]?.toUpperCase() + found.slice(1)) && !meetingSaid.test(found)) return found;
  }
  return undefined;
}

/** "push it back an hour", "bring the Kainos interview forward 30 mins", "an hour later": a shift of the time, with its way. */
const shiftWords =
  /\b(?:(?<back>back|later)\s+(?:by\s+)?(?<count>an?|one|two|three|half\s+an?|\d{1,3})\s+(?<unit>hours?|hrs?|mins?|minutes?|days?|weeks?)|(?<forward>forward|earlier)\s+(?:by\s+)?(?<count2>an?|one|two|three|half\s+an?|\d{1,3})\s+(?<unit2>hours?|hrs?|mins?|minutes?|days?|weeks?)|(?<count3>an?|one|two|three|half\s+an?|\d{1,3})\s+(?<unit3>hours?|hrs?|mins?|minutes?|days?|weeks?)\s+(?<way>later|earlier|back|forward|sooner))\b/i;
/** A move told or asked: "moved to", "pushed my interview back to", "is now on monday", "monday not friday", "make that half 1 instead". */
const moveWords =
  /\b(?:(?:moved|rescheduled|re-scheduled|preponed|prepone|pushed|postponed|brought|changed|shifted|put|bumped)\b(?:\s+(?!to\b|till\b|until\b|for\b)[\p{L}\d'-]+){0,4}?\s+(?:back\s+|forward\s+)?(?:to|till|until|for)\b|(?:is|it'?s|its|are|now)\s+now\b|\bnow\s+(?:on|at|for)\b|\bnow\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+not\b)|instead\b|should\s+be\b|\bnot\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bnot\s+(?:at\s+)?\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm))\b)/iu;
/** "prepone it by one hour", "postpone the call by 2 days": a way said by the verb, the amount after "by". */
const directedBy = /\b(prepone[ds]?|advance[ds]?|postpone[ds]?|delay(?:ed|s)?)\b((?:\s+(?!by\b)[\p{L}'-]+){0,4}?)\s+by\s+(?=(?:an?|one|two|three|half\s+an?|\d{1,3})\s+(?:hours?|hrs?|mins?|minutes?|days?|weeks?)\b)/giu;
/**
 * A correction of the reminder just set: "sorry I meant tuesday", "wrong day, it's 17 not 16", "no, Warsaw time",
 * "not 8, 6 in the morning", "kindly correct, …". Read as a move of that reminder, never a second one.
 */
const correctionWords =
  /^(?:(?:no+|nope|nah|nie|nein|non|ah+|oh+|oops|sorry|actually|wait|my\s+bad|aiyo+|correction|kindly\s+correct(?:\s+it)?|please\s+correct(?:\s+it)?)\b[\s,.!:;-]*)+\S|\b(?:i\s+meant|meant\s+to\s+say|wrong\s+(?:day|date|time|hour|zone)|not\s+(?:at\s+|on\s+)?(?:the\s+)?\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm)|st|nd|rd|th)?\b|\d\s*(?:am|pm)?\s*,?\s+not\s+(?:at\s+|on\s+)?(?:the\s+)?\d|same\s+time|bumped|(?:it'?s|it\s+is)\s+(?:\p{L}+\s+)?time\b|\btime\s*,?\s+not\s+(?:yours|your\s+time|my\s+time|(?:\p{L}+\s+)?time)\b)/iu;
/** Words that ask for something else, which a correction never holds: "no, find jobs in Leeds instead". */
const otherRequest = /\b(?:find|search|show|list|write|open|save|apply|tailor|alert|jobs?|resume|cv|letter|cancel|delete|remove)\b/i;
/** Meetings that are no interview but are kept as reminders all the same: "the medical", "the trial shift", "induction". */
const appointmentWords = /\b(?:medical|trial|induction|orientation|appointment|superday|session|briefing|test|exam|check-?up)\b/i;
/** A zone said as the correction: "no, Warsaw time not your time", "it is UK time", "IST not GMT". */
const zoneCorrected = /(?<zone>\b(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*)?\s+time|[A-Z]{2,5})\b)(?!.*\b\p{Lu}[\p{L}.]*\s+time\b)/u;
/** "17 not 16", "11am not 10", "not 10, 11": a number said for the one it corrects, passed on as "17 not 16". */
function numberContrast(text: string): string | undefined {
  const after = /\b(?<now>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+not\s+(?:at\s+|on\s+)?(?:the\s+)?(?<was>\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:am|pm))/i.exec(text)?.groups;
  const before = /\bnot\s+(?:at\s+|on\s+)?(?:the\s+)?(?<was>\d{1,2})(?:st|nd|rd|th)?\s*,\s*(?:but\s+)?(?:it'?s\s+)?(?:the\s+)?(?<now>\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:am|pm))/i.exec(text)?.groups;
  const pair = after ?? before;
  return pair ? `${pair.now} not ${pair.was}` : undefined;
}

/** "no, it's on the 12th", "actually the interview is on friday at 3", "sorry, it was at 15:00": the day or time just said, corrected. */
const correctedWords =
  /^(?:(?:no|nope|nah|sorry|oops|actually|wait|correction|my\s+bad|i\s+mean)\b[\s,!.:-]*)*(?:(?:it|that|this|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:is|was|will\s+be)|it'?s|its|that'?s)\s+(?:(?:actually|really)\s+)?(?:on|at|for)\b/iu;
/** "my interview got moved", "the call was rescheduled": a move told without the new time. */
const gotMoved = /\b(?:got|been|was|were|is|has\s+been|have\s+been)\s+(?:moved|rescheduled|re-scheduled|preponed|prepone|postponed|pushed(?:\s+back)?|changed|put\s+back)[\s.!]*$/i;
const moveAskedVerb = /^(?:(?:actually|sorry|oh|ok(?:ay)?|so|and|please|pls|plz|can\s+(?:you|u|we)|could\s+(?:you|u|we)|would\s+you|kindly)[\s,]+)*(?:move|reschedule|re-schedule|prepone|push|postpone|bring|shift|change|make|put|bump)\b/i;
/** What a move is of: a meeting or reminder said, or "it", "that", "the X one". */
const movedThing = /\b(?:interview|screen|screening|call|meeting|panel|chat|follow[\s-]?up|reminder|round|assessment|one|it|that|this)\b/i;

/** "that day", "the same day", "on the day", "that morning": the day of another date in the message. */
const thatDay = /\b(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)\b|\bon\s+the\s+day\b/i;
/** A date's clock time, with its "at": "11:59pm", "at 9:30", "14h", "15.00", taken from "11:59pm on the 14th". */
const clockOfDate = /(?:\b(?:at|@)\s*)?\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)(?!\p{L})|(?:\b(?:at|@)\s*)?\b\d{1,2}[:.]\d{2}\b/giu;

/**
 * "… closes 11:59pm on the 14th, set me a reminder at lunchtime that day", "interview friday at 3, remind me at 9 on the
 * day": a time of day said for "that day", and a date said elsewhere. The words for one date, the day of the other with the
 * time said ("on the 14th at lunchtime"), and the rest; or the other date alone with the rest; undefined when the message
 * does not say both.
 */
function sameDayAt(rest: string): { timeThatDay: string; ownDate: string } | undefined {
  const said = thatDay.exec(rest);
  if (!said) return undefined;
  // ("hear back from Lidl by the 18th. If I haven't, remind me to call them that afternoon": the part of that day.)
  const part = /\b(?:that|the\s+same)\s+(?<part>morning|afternoon|evening)\b/i.exec(said[0])?.groups?.part;
  const time = findWhen(rest.replace(thatDay, ' '));
  if (part && time && !time.timed && !time.unread) {
    // (The date stays where it was said, so the words around it read as before: "from Lidl by the 18th. If …".)
    const day = time.when.replace(/^(?:by|before|until|till)\s+/i, '');
    const timeThatDay = rest.replace(thatDay, ' ').replace(time.when, `${day} in the ${part}`).replace(/\s+/g, ' ').trim();
    return { timeThatDay, ownDate: `${time.rest} ${time.when}` };
  }
  const other = time?.timed ? findWhen(time.rest) : undefined;
  if (!time || !other || /\b(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight|\d{1,2}(?:st|nd|rd|th)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(time.when)) return undefined;
  const day = other.when.replace(clockOfDate, ' ').replace(/\s+/g, ' ').trim();
  return day === '' || day === other.when ? undefined : { timeThatDay: `${other.rest} ${day} ${time.when}`, ownDate: `${other.rest} ${other.when}` };
}

/** The day before a date said in figures or as a weekday ("the 20th" → "the 19th", "friday" → "thursday"); undefined for others. */
function dayBefore(when: string): string | undefined {
  const ordinal = /\b(\d{1,2})(?:st|nd|rd|th)\b/i.exec(when);
  if (ordinal && Number(ordinal[1]) > 1) {
    const day = Number(ordinal[1]) - 1;
    const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
    return `the ${day}${suffix}`;
  }
  const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const weekday = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*/i.exec(when)?.[1]?.toLowerCase();
  const index = days.findIndex((day) => day.startsWith(weekday ?? '-'));
  return index < 0 ? undefined : days[(index + 6) % 7];
}

/**
 * "move the interview to 2pm" right after a list with two interviews: which one is asked, never guessed. Undefined when
 * a company is named, no list was shown, or one of that kind is in it.
 */
function askWhichToMove(text: string, job: string | undefined, context: PhrasingContext): Reading<Args> | undefined {
  const kindSaid = /\b(?:the|my)\s+(interview|call|follow[\s-]?up|screen|meeting)\b/i.exec(text)?.[1]?.toLowerCase();
  if (!kindSaid || listedLast(context) !== 'reminders' || (job && job.toLowerCase() !== kindSaid)) return undefined;
  const listed = [...context.history].reverse().find((message) => message.role === 'assistant')?.content ?? '';
  const kind = kindSaid.replace(/[\s-]/, '[\\s-]?');
  const several = listed.match(new RegExp(String.raw`^\s*\d+\.\s+[^\n]*?\b${kind}`, 'gim')) ?? listed.match(new RegExp(String.raw`\b\d+\.\s+[^.]*?\b${kind}`, 'gi'));
  return (several?.length ?? 0) >= 2 ? { reply: `Which ${kindSaid} should I move? Say it by its company or its place in the list ("the first one").` } : undefined;
}

/**
 * A reminder that has moved, told or asked: "Aldi pushed my interview back to tuesday 3pm",
 * "the deliveroo one moved to 10:30 same day", "it's now thursday", "push it back an hour",
 * "bring it forward to 9", "can we make that half 1 instead", "move my Ocado reminder to the
 * 20th". The reminder is the one named (a company, "the X one"), else the one the conversation
 * just set; with no day said, asked when. Null when the words tell no move.
 */
/** Whether a name said is the job of the reminder just set ("Voltara" of "Voltara Mobility GmbH"), whole words either way. */
function sameCompany(said: string, justSet: unknown): boolean {
  if (typeof justSet !== 'string') return false;
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\d&]+/gu, ' ').trim()} `;
  const [one, other] = [words(said), words(justSet)];
  return one.includes(other) || other.includes(one);
}

/**
 * The company told as having moved it, with no word for the meeting: "Tesla rescheduled me to Friday 4pm", "Grab changed it
 * - now monday 10am", "Ocado rescheduled — now 17 Dec 14:00", "the Arup people pushed us to the 14th".
 */
const companyMovedIt = new RegExp(
  String.raw`^(?:(?:so|and|oh|ugh|update|fyi|btw|ok(?:ay)?|right)[\s,!.:]+)*(?:the\s+)?(?:${name}|${lowerWord}(?:\s+${lowerWord}){0,2}?)(?:'s)?\s+(?:(?:hr|recruiter|people|team|lads|hiring\s+manager)\s+)?(?:have\s+|has\s+|just\s+)?(?:rescheduled|re-scheduled|moved|changed|pushed(?:\s+(?:back|forward))?|postponed|preponed|bumped|shifted|brought\s+forward)(?=\s*[—–:,-]|\s+(?:me|us|it|things|the\s+(?:time|date|slot|day)|my\s+[\p{L}\d-]+|to|for|till|until)\b)`,
  'u',
);

/**
 * What every move `readMove` reads needs, unless it corrects the reminder just set (`iu`, as `moveWords`): the unit of
 * `shiftWords` after a space; a verb, "now", "instead", "should" or "not" as `moveWords` has them; a verb of
 * `moveAskedVerb`, `gotMoved` or `companyMovedIt`; or a verb the rewrites before them read ("advance", "delay", "snooze").
 */
const mayTellMove = new RegExp(
  [
    String.raw`\s(?:hour|hr|min|day|week)`,
    String.raw`\b(?:moved|rescheduled|re-scheduled|preponed|prepone|pushed|postponed|brought|changed|shifted|put|bumped)\b|\bnow\s|\snow\b|instead\b|should\s|\bnot\s`,
    String.raw`move|schedul|prepone|push|postpone|bring|brought|shift|chang|make|put|bump`,
    String.raw`advance|delay|snooze`,
  ].join('|'),
  'iu',
);

function readMove(said: string, context: PhrasingContext): Reading<Args> | null {
  // (Most clauses tell no move: tested before the rewrites and the costly patterns below.)
  if (!mayTellMove.test(said) && !reminderJustTold(context)) return null;
  // ("prepone it by an hour", "postpone the call by 2 days": the verb says which way.)
  const text = said
    .replace(/\s+/g, ' ')
    .trim()
    .replace(directedBy, (_, verb: string, between: string) => `${between} ${/^(?:prepone|advance)/i.test(verb) ? 'earlier' : 'later'} by `)
    // ("snooze that for an hour", "snooze the Veolia one till thursday": a reminder put off, by so much or to a day.)
    .replace(/^(?:(?:please|pls|can\s+you|could\s+you)\s+)*snooze\b(.*?)\s+(?:for|by)\s+(?=(?:an?|one|two|three|half\s+an?|\d{1,3})\s+(?:hours?|hrs?|mins?|minutes?|days?|weeks?)\b)/i, 'push$1 back ')
    .replace(/^(?:(?:please|pls|can\s+you|could\s+you)\s+)*snooze\b(.*?)\s+(?:till|until|to|for)\s+/i, 'move$1 to ');
  // ("put the Ocado interview in my diary for the 12th": asked into the calendar, not moved.)
  if (intoCalendar.test(text.toLowerCase())) return null;
  const shift = shiftWords.exec(text)?.groups;
  const asked = moveAskedVerb.test(text) && movedThing.test(text);
  // Regression (session 40): "no, the interview is on the 12th of December at 14:30" or "sorry I meant tuesday" right
  // after a reminder was set made a second reminder: a correction of the reminder just set moves it.
  const corrected = ((correctionWords.test(text) && !otherRequest.test(text)) || correctedWords.test(text)) && reminderJustTold(context);
  const companyMoved = companyMovedIt.test(text);
  if (!shift && !moveWords.test(text) && !asked && !gotMoved.test(text) && !corrected && !companyMoved) return null;
  const pointed = /\b(?:it|that|this|they)\b/i.test(text) || /^(?:actually|sorry|oh)\b/i.test(text) || corrected;
  // (Another request that says "instead" — "find remote ones instead" — has no meeting, reminder or pointer.)
  if (!interviewWords.test(text) && !appointmentWords.test(text) && !/\b(?:follow[\s-]?up|reminder|one|chat|meeting|call)\b/i.test(text) && !(pointed && reminderJustTold(context)) && !companyMoved) return null;
  let when: string | undefined;
  let rest = text;
  if (shift) {
    const back = Boolean(shift.back) || /^(?:later|back)$/i.test(shift.way ?? '');
    when = `${shift.count ?? shift.count2 ?? shift.count3 ?? ''} ${shift.unit ?? shift.unit2 ?? shift.unit3 ?? ''} ${back ? 'later' : 'earlier'}`;
    rest = text.replace(shiftWords, ' ');
  } else {
    // "from friday to monday": the day it moved to; "to 9", "make that half 1": an hour alone.
    const to = /\bfrom\b.+?\b(?:to|till|until)\b(?<after>.+)$/i.exec(text)?.groups?.after;
    // "15:00 not 14:00", "not 14:00 but 15:00": the time it was is no part of when it is.
    const hourAlone = text.replace(/\bnot\s+(?:at\s+|on\s+)?(?:the\s+)?\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm)|st|nd|rd|th)?\b(?:\s*,?\s*but\b)?/gi, ' ').replace(/\b(?:to|till|until|for|make\s+(?:it|that|this))\s+(?=(?:half\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b(?!\s*(?:st|nd|rd|th|days?|weeks?|hours?|mins?)\b))/i, 'at ');
    const found = (to ? findWhen(to) : undefined) ?? findWhen(hourAlone);
    if (found?.unread) return { reply: `When is it now? I read "${found.when}" but not "${found.unread}": say a day and a time, e.g. "friday at 2pm".` };
    // "17 not 16", "not 10, 11": a bare number corrected is passed on with the one it corrects (its day or its hour).
    const contrast = numberContrast(text);
    const zone = found || contrast ? undefined : zoneCorrected.exec(text)?.groups?.zone;
    if (found) {
      when = found.when;
      rest = found.rest;
    } else if (contrast) {
      when = contrast;
    } else if (zone && corrected) {
      // "no, Warsaw time not your time", "kindly correct, it is UK time": the same time on that clock.
      when = zone;
    }
  }
  const fromLastSet = context.lastRequest?.('set_reminder');
  const ofTheOne = /\b(?:the|my)\s+(?<name>[\p{L}\d&.'-]+(?:\s+[\p{L}\d&.'-]+)?)\s+(?:one|reminder|follow[\s-]?up|interview|call|screen)\b/iu.exec(rest)?.groups?.name;
  // (A correction is of the reminder just set: "no, it is on the 12th" names no one else.)
  // Regression (trial s46 #34): "kindly prepone the Voltara interview to 9th December same time" right after the Kestrel
  // call was set moved the Kestrel one ("same time" reads as a correction): a company named is the reminder meant.
  const named = whoIn(rest, context) ?? namedInLowerCase(rest);
  const namesAnother = named !== undefined && !/^(?:it|that|this|they|them)$/i.test(named) && !sameCompany(named, fromLastSet?.job);
  const justSet = corrected && !namesAnother && typeof fromLastSet?.job === 'string' ? fromLastSet.job : undefined;
  let job =
    justSet ??
    named ??
    (ofTheOne && !/^(?:the|my|a|an|next|new|first|second|last|phone|video)$/i.test(ofTheOne) ? ofTheOne : undefined) ??
    (typeof fromLastSet?.job === 'string' && reminderJustTold(context) ? fromLastSet.job : undefined);
  const about: Args['about'] = justSet && typeof fromLastSet?.about === 'string' ? (fromLastSet.about as Args['about']) : interviewWords.test(text) || invitedWords.test(text) ? 'interview' : followUpWords.test(text) ? 'follow_up' : typeof fromLastSet?.about === 'string' && reminderJustTold(context) ? (fromLastSet.about as Args['about']) : companyMoved ? 'interview' : 'other';
  if (!when && gotMoved.test(text)) return { reply: 'When is it now? Say the new day and time, e.g. "it is now friday at 2pm".' };
  // ("they moved my 2nd round to monday": news of the one interview to come, found by its kind.)
  if (!job && !reminderJustTold(context) && !(interviewWords.test(text) && /\b(?:they|my)\b/i.test(text))) return null;
  // ("the deliveroo one": the company, which the reminder is found by.)
  if (job) job = job.replace(/^the\s+(.+?)\s+one$/i, '$1');
  // Regression (trial s41 #24): "push it to 3pm" right after a reminder was set or listed moved the thread's older job
  // instead: "it" is the reminder the answer was about, found by the thread's reference to it, never a job.
  if (job && /^(?:it|that|this|that\s+one|this\s+one)$/i.test(job) && answeredAboutReminders(context)) job = undefined;
  const which = askWhichToMove(text, job, context);
  if (which) return which;

  // ("should be", "instead", "not friday" say a move only with the new day or time said.)
  if (!when) return null;
  return { args: { when, about, ...(job ? { job } : {}), moved: true } };
}

/**
 * News that brings an interview with its day and time, in one message: "heard back from Ocado!!
 * they want to see me thursday at 11", "Kainos rang, they'd like a chat tomorrow at 3pm", "just
 * got an email: interview with Kainos, 18 December, 14:00". Null when the message asks for
 * something (a question, another request), says no time of day, or names no company.
 */
function readNewsWithDate(message: string, context: PhrasingContext): Reading<Args> | null {
  if (/\?|\b(?:write|find|search|show|list|tailor|prep|prepare|practi[cs]e|save|open|apply|letter|resume|cv|help|tips|should|how|what|remind|reminder)\b/i.test(message)) return null;
  if ((!interviewWords.test(message) && !invitedWords.test(message) && !callWithHirer.test(message)) || overOrHelp.test(message.replace(/\b(?:was|were|has\s+been|got)\s+(?=(?:moved|rescheduled|pushed|postponed|changed)\b)/gi, ''))) return null;
  const moved = readMove(message, context);
  if (moved) return moved;
  const found = findWhen(message);
  if (!found?.timed || found.unread) return null;
  const reading = readInterviewDate(message, context);
  if (reading) return reading;
  const job = whoIn(found.rest, context) ?? namedInLowerCase(found.rest) ?? (/\b(?:they|them)\b/i.test(found.rest) && jobInPlay(context.references) ? 'it' : undefined);
  return job ? { args: { when: found.when, about: 'interview', job, ...movedIn(message) } } : null;
}

/**
 * News, then "remind me" in a piece of its own: "deadline for the Teach First application is 5pm
 * friday, can you remind me thursday", "phone call with a recruiter from Hays at 1:15 on
 * wednesday, remind me". One reminder, from the whole message; null when the news piece asks
 * for something else.
 */
function readNewsThenRemind(message: string, context: PhrasingContext): Reading<Args> | null {
  const split = /^(?<before>.+?)\s*[,;.!—–-]+\s*(?:(?:so|and|pls|please|bitte|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(?:remind\s+me|remind(?=[\s.!]*$)|remember\s+(?:(?:it|this|that)\s+)?for\s+me|(?:put|pop|add|set|lock|note|stick)\s+(?:it|that|this|a\s+reminder)(?:\s+(?:in|down))?(?:\s+(?:for\s+)?(?:it|that|this|the|my)\s+(?:calendar|diary|morning|day))?|set\s+(?:me\s+)?(?:a\s+)?reminder|reminder\s+(?:pls|please|plz)|(?:don'?t|do\s+not)\s+let\s+me\s+forget|(?:bitte\s+)?eintragen)(?:\s+(?:pls|please|plz|bitte))?(?<after>(?:\s+(?!what|which|who|how|where|why|whether|if\b).*)?)[\s.!]*$/i.exec(message.trim())?.groups;
  if (!split?.before || /\?|\b(?:write|find|search|show|list|tailor|save|open|cover\s+letter)\b/i.test(split.before)) return null;
  // ("can you pop a reminder in for that morning": the day the news said, which a reminder for a day rings on at 09:00.)
  const after = (split.after ?? '').replace(/^\s*(?:(?:for|on)\s+)?(?:that|the)\s+(?:morning|day)\b[\s?!.]*$/i, '').trim();
  const reading = readReminder(`${after} ${split.before}`.trim(), context);
  return 'args' in reading ? reading : null;
}

/** A meeting said in a note to self: "second round with Canva", "zoom w/ the hiring mgr", "coffee chat at Google", "prep call". */
const meetingSaid = /\b(?:interview|panel|(?:phone|hr|video|zoom|teams)\s+(?:screen|call)|screen(?:ing)?|onsite|on-site|round|assessment|zoom|teams\s+call|video\s+call|(?:coffee\s+)?chat|call|meeting|presentation|case\s+study|trial\s+shift)\b/i;
/** A call with the people who hire: "zoom w/ the Deliveroo hiring mgr", "teams call with their recruiter". */
const hiringMeeting = /\b(?:zoom|teams|video|call|chat|meeting)\b.*\b(?:hiring\s+(?:mgr|manager)|recruiter|hr|talent|panel)\b/i;
/** What leads a note to self after its date: "- ", ": ", ", ", "@". */
const noteLead = /^[\s,;:@—–-]+/;

/**
 * A note to self that starts with its date: "wed arvo - second round with Canva", "this time next
 * week chase Wise", "tmrw at 5:45pm call Mum back", "next thurs 3:30 panel interview @ Barclays".
 * The date comes first, then a follow-up to do or a meeting to go to; anything else is no reminder.
 */
function readDateFirst(message: string, context: PhrasingContext): Reading<Args> | null {
  const said = message.replace(/[\s,;:.!-]*\b(?:(?:pls|please|can\s+you|could\s+you)\s+)*(?:remind\s+me|set\s+(?:a\s+)?reminder)(?:\s+(?:pls|please|po|o))?[\s.!]*$/i, '').trim();
  const found = findWhen(said);
  if (!found || found.unread) return null;
  const at = said.toLowerCase().indexOf(found.when.toLowerCase());
  if (at < 0 || !/^(?:(?:on|by|at|for|from)\s+)?$/i.test(said.slice(0, at).trim())) return null;
  const rest = found.rest.replace(noteLead, '').trim();
  if (/\?|\b(?:find|search|show|list|alert|jobs\s+(?:in|at|for)|every|each|daily|weekly)\b/i.test(rest)) return null;
  // (The date said first is the reminder's: "Sunday 8pm - prep for Monday's interview" rings on Sunday.)
  if (followUpLeads.test(rest)) {
    const reading = readReminder(`${found.when} ${rest}`, context, 'follow_up');
    return 'args' in reading ? reading : null;
  }
  if (!meetingSaid.test(rest) || overOrHelp.test(rest.replace(/\bprep\s+(?=call|for)/i, ''))) return null;
  const reading = readReminder(`${found.when} ${rest}`, context, 'other');
  if (!('args' in reading)) return null;
  // ("teams call w/ the Umbra recruiter": a call with the people who hire is an interview, not a call to make.)
  if (!hiringMeeting.test(rest) || reading.args.about === 'interview') return reading;
  const { what: _what, ...args } = reading.args;
  return { ...reading, args: { ...args, about: 'interview' } };
}

/**
 * "remind me thursday at 2, no wait, friday at 2, to follow up with Loggi", "remind me monday, er, tuesday actually, to
 * …": a request whose date is corrected in the same breath, read whole (its commas part no requests), the date said
 * last. Null for any other message.
 */
function readCorrectedDate(message: string, context: PhrasingContext): Reading<Args> | null {
  const asked = remindVerb.exec(message.trim());
  if (!asked || !findWhen(asked.groups?.rest ?? '')?.corrected) return null;
  return readReminder(asked.groups?.rest ?? '', context, asked.groups?.followUp ? 'follow_up' : 'other');
}

/**
 * Regression (trial s42 #23): "no wait, the 13th" right after "push it to 3pm" was read as two pieces, "no wait" and
 * "the 13th", and neither was a request: a correction of the reminder just set or moved, read whole, moves that
 * reminder (a day said alone keeps its time). Null for any other message.
 */
function readCorrectionOfReminder(message: string, context: PhrasingContext): Reading<Args> | null {
  if (!reminderJustTold(context) || !correctionWords.test(message) || otherRequest.test(message) || !findWhen(message)) return null;
  const reading = readMove(message, context);
  return reading && 'args' in reading ? reading : null;
}

/** Words after a request's first piece that ask for something else: "remind me friday. also find jobs in Leeds". */
const anotherAsk = /\?|\b(?:find|search|show|list|write|open|save|apply|tailor|alert|cancel|delete|remove|export|also|and\s+then)\b/i;

/**
 * "Reminder 0900 Monday. Task: chase Babcock re the offer", "set something for the 2nd, 9am, reminding me to confirm
 * with Accenture": a request to be reminded whose date and task lie in pieces of their own, read whole. Null when a
 * later piece asks for something else, or the whole reads as no reminder.
 */
function readRemindInPieces(message: string, context: PhrasingContext): Reading<Args> | null {
  const said = message.trim();
  const asked = remindVerb.exec(said.toLowerCase());
  // (The pattern reads lower case; the rest is passed on as typed, its names capitalised.)
  const rest = said.slice(said.length - (asked?.groups?.rest ?? '').length);
  const firstBreak = /[.!;]\s|,\s/.exec(rest);
  if (!asked || !firstBreak || anotherAsk.test(rest.slice(firstBreak.index))) return null;
  const told = rest.replace(/\b(?:task|to\s+do|todo|what|note|re|subject)\s*:\s*/gi, '').replace(/,?\s*\breminding\s+me\b/gi, ' ');
  const reading = readReminder(told, context, asked.groups?.followUp ? 'follow_up' : 'other');
  return 'args' in reading ? reading : null;
}

/** A follow-up said in French, German, Spanish or Portuguese: "relance Capgemini", "bei Hafenlicht nachfassen", "dar seguimiento a Repsol". */
const followUpAbroad =
  /\b(?:relance[rz]?|rappele[rz]?|recontacte[rz]?|nachfassen|nachhaken|nachfragen|(?:dar|hacer)\s+(?:el\s+)?seguimiento|cobrar|ligar\s+para)\b/iu;
/** Words of politeness around it: "stp", "svp", "bitte", "por favor". */
const politeAbroad = /\b(?:stp|svp|s'il\s+(?:te|vous)\s+pla[iî]t|bitte|por\s+favor|pf|pfv)\b/giu;

/**
 * "relance Capgemini vendredi prochain stp", "Nächsten Montag um 10 Uhr bei Hafenlicht nachfassen": a follow-up said in
 * another language, with its day and whose. Null for anything else (the message is then left to the language check).
 */
function readFollowUpSaidAbroad(message: string, context: PhrasingContext): Reading<Args> | null {
  if (!followUpAbroad.test(message) || /\?/.test(message)) return null;
  const said = message.replace(politeAbroad, ' ').replace(/\s+/g, ' ').trim();
  const found = findWhen(said);
  if (!found || found.unread || !(whoIn(found.rest, context) ?? namedInLowerCase(found.rest))) return null;
  const reading = readReminder(`${found.when} ${found.rest}`, context, 'follow_up');
  return 'args' in reading ? { args: { ...reading.args, about: 'follow_up' } } : null;
}

/** Two days said as a choice: "thursday or friday", "either monday or tuesday". */
const eitherDay = /\b(?:either\s+)?(?:on\s+)?((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|today|the\s+\d{1,2}(?:st|nd|rd|th))\s+or\s+(?:maybe\s+|perhaps\s+|possibly\s+)?(?:on\s+)?((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th))\b/i;

/** A meeting asked into the calendar: "put the interview in my calendar", "add my Arup call to the calendar on friday at 2". */
const intoCalendar =
  /^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:put|add|pop|stick|get|save)\s+(?<rest>(?:the|my|this|that)\s+.*?\b(?:interview|screen|call|panel|onsite|assessment|follow[\s-]?up|meeting|appointment|induction|medical)\b.*?)\s+(?:in(?:to)?|on|to)\s+(?:my\s+|the\s+)?(?:calendar|diary|schedule|agenda|reminders)(?<after>\s+.*)?$/;

const remindVerb =
  /^(?:(?:ok(?:ay)?|so|grand|right|cool|great|alright|and|also|oh|well|hey|hi)[\s,!.]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|plz\s+)?(?:remind\s+me|(?:i\s+(?:would|'d|want|wanna|need)\s+(?:like\s+)?to\s+)?be\s+reminded|(?:i\s+)?need\s+a\s+(?:nudge|ping|shout|poke|heads[\s-]?up)|remember\s+(?:this\s+)?for\s+me|(?:pop|stick|bung|throw)\s+(?:me\s+)?(?:in\s+)?(?:a\s+)?reminder(?:\s+in)?|set\s+(?:me\s+)?something(?=\s+(?:up\s+)?(?:for|on)\b)|rem(?=\s+(?!cancel|delete|del|rm|list|ls|off|gone)\S)|(?:you\s+)?remember\s+me(?=\s+(?:to|on|in|at|next|this|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|(?:kindly\s+)?set\s+(?:me\s+)?(?:up\s+)?(?:a\s+|an\s+|one\s+)?reminder|add\s+(?:a\s+)?reminder|create\s+(?:a\s+)?reminder|make\s+(?:a\s+)?reminder|put\s+(?:a\s+)?reminder(?:\s+in)?|give\s+me\s+a\s+(?:reminder|shout|nudge|buzz|poke|bell|heads[\s-]?up)|drop\s+me\s+a\s+(?:line|note|message|reminder)|jog\s+my\s+memory|i\s+(?:need|want|would\s+like|'d\s+like)\s+a\s+reminder|(?:please\s+)?(?:note|diari[sz]e|log|pencil\s+in)\s+(?:me\s+)?(?:a\s+)?reminder|put\s+me\s+down(?=\s+(?:to|for)\b)|new\s+reminder|need\s+a\s+reminder|reminder(?:\s+(?:please|pls|plz))?(?=\s*[:–—-]|\s+to\b)|reminder(?=\s+(?:(?:on|for|at)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|today|tonight|next|this|\d))|(?:set|add|put\s+in|make|create)\s+(?:me\s+)?(?:a\s+)?(?<followUp>follow[\s-]?up|chase)(?:\s+reminder)?(?=\s+(?:for|with|on|to)\b|\s*[:,–—-])|ping\s+me|nudge\s+me|(?:don'?t|do\s+not|dont)\s+let\s+me\s+forget)(?!\s*[:,–—-]?\s+(?:what|which|who|how|where|why|whether|if)\b)(?:\s*[:,-])?(?:\s+(?<rest>.*))?$/;

/**
 * How people set a reminder: "remind me to follow up with Northwind on Friday", "remind me in
 * 3 days to chase the Acme recruiter", and an interview told with its date ("my interview with
 * Stripe is on the 12th at 3pm", which also moves the job to interviewing).
 */
export const setReminderPhrasing = definePhrasing<Args>({
  // Above update_job_status (34): an interview with a date is a reminder that also records the stage.
  priority: 36,
  utterances: setReminderUtterances,
  capability: 'set reminders for interviews and follow-ups',
  describe: ({ about, when, job, what }) =>
    `set a reminder${what ? ` to ${what}` : about === 'interview' ? ` for the interview${job ? ` with ${job}` : ''}` : job ? ` about ${job}` : ''} ${when}`,
  readSentence: (clause, context) => (clause.question ? null : readInterviewDate(clause.text, context)),
  readWhole: (message, context) => {
    const said = message.replace(/\s+/g, ' ');
    return readWithLead(said, context) ?? readCorrectedDate(said, context) ?? readCorrectionOfReminder(said, context) ?? readRemindInPieces(said, context) ?? readInterviewThenDate(said, context) ?? readNewsWithDate(said, context) ?? readNewsThenRemind(said, context) ?? readDateFirst(said, context) ?? readFollowUpSaidAbroad(said, context);
  },
  intents: [
    {
      // "Aldi pushed my interview back to tuesday 3pm", "push it back an hour", "the deliveroo one moved to 10:30": a move.
      pattern: /^(?<all>.+)$/,
      confidence: 'certain',
      read: ({ original, groups }, context) => (remindVerb.test(groups.all ?? '') ? null : readMove(original('all') ?? '', context)),
    },
    {
      pattern: remindVerb,
      confidence: 'certain',
      // ("set a follow up for Intercom, sunday week": the kind is said by the verb.)
      read: ({ original, groups }, context) => readReminder(original('rest') ?? '', context, groups.followUp ? 'follow_up' : 'other'),
    },
    {
      // "Ocado — follow up end of day thursday", "Telstra: chase re the grad role monday": the company first, then the follow-up.
      pattern: /^(?<who>[^,;:—–-]{2,40}?)\s*(?:[—–:;-]+|,)\s*(?<rest>(?:follow(?:\s|-)?up|chase(?:\s+up)?|check\s+in|nudge|ring|call|e-?mail)\b.+)$/,
      read: ({ original }, context) => {
        const who = (original('who') ?? '').trim();
        if (!/^[\p{L}\d&.' ]+$/u.test(who) || who.split(/\s+/).length > 4 || notCompany.test(who.toLowerCase()) || fillerFirst.test(who)) return null;
        const reading = readReminder(original('rest') ?? '', context, 'follow_up');
        return 'args' in reading ? { args: { ...reading.args, job: reading.args.job ?? who } } : null;
      },
    },
    {
      // "in a week remind me to follow up with Umbrella", "second round at Acme on the 15th at 1pm, remind me": the date first.
      pattern: /^(?<before>.+?)[\s,;:-]+(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:remind|ping|nudge)\s+me(?:\s+(?:pls|please))?(?:\s+(?<rest>(?!what|which|who|how|where|why|whether|if\b).*))?$/,
      confidence: 'certain',
      read: ({ original }, context) => {
        const reading = readReminder(`${original('rest') ?? ''} ${original('before') ?? ''}`.trim(), context);
        return 'args' in reading ? reading : null;
      },
    },
    {
      // "I need to follow up with Northwind on Friday", "have to chase Acme next week".
      pattern: /^(?:i\s+)?(?:need|have|got|want|should|must|gotta|ought)\s+(?:to\s+)?(?<rest>(?:follow\s+up|chase|check\s+in|email|call|ring|write\s+to|get\s+back\s+to|reply\s+to|nudge|ping|text|message)\b.*)$/,
      read: ({ original }, context) => {
        const reading = readReminder(original('rest') ?? '', context, 'follow_up');
        return 'args' in reading ? reading : null;
      },
    },
    {
      // "call Arup back fri at 10:30", "ring the Kier recruiter back monday 9am": a call to make, told as a command with its
      // day, is a follow-up, its words the reminder's. Only with a day and whose ("call the recruiter and say I'll be 10
      // mins late" is no reminder; "phone number is wrong", "email me new jobs", "email my cv to …" are other requests).
      pattern: /^(?<rest>(?:call|ring|phone|ping|e-?mail|text|message)\s+(?!(?:me|us|number|no\.?|my|screen|screening|interview|call|the\s+(?:cv|resume|letter|cover))\b).+)$/,
      read: ({ original }, context) => {
        const rest = original('rest') ?? '';
        if (/\b(?:cv|resume|cover\s+letter|pdf|docx?|jobs|alerts?)\b|\b\d+\s*(?:mins?|minutes|hours?|hrs?)\s+(?:late|early|behind)\b/i.test(rest)) return null;
        const reading = readReminder(rest, context, 'follow_up');
        return 'args' in reading && reading.args.job ? reading : null;
      },
    },
    {
      // "chase harris academy in a week", "follow up w/ kier group thursday": a follow-up told as a command, with its day.
      pattern: /^(?<rest>(?:follow(?:\s|-)?up|chase(?:\s+up)?|check\s+in)\s+(?:with\s+|w\/\s*|on\s+)?.+)$/,
      read: ({ original }, context) => {
        const reading = readReminder(original('rest') ?? '', context, 'follow_up');
        // ("follow up with Wealthsimple sometime": a company and no day is asked when.)
        if (!('args' in reading)) return whoIn(original('rest') ?? '', context) ? reading : null;
        return reading.args.job ? reading : null;
      },
    },
    {
      // "put the interview in my calendar", "add my Arup call to the calendar on friday at 2": a meeting asked into the
      // calendar, set when its day is said, else asked when (never left unanswered).
      pattern: intoCalendar,
      confidence: 'certain',
      read: ({ original }, context) => readReminder(`${original('rest') ?? ''} ${original('after') ?? ''}`.trim(), context, 'interview'),
    },
    {
      // "my interview with Stripe is on the 12th at 3pm", "I have an interview at Acme next Monday at 10am".
      pattern: new RegExp(String.raw`^(?<all>.*(?:\b(?:interview|screen|screening|onsite|on-site|round|assessment|trial\s+shift|medical|induction|orientation|appointment|super\s?day|probearbeit|probetag|${interviewAbroad})\b|${interviewAbroadScripts}).*)$`, 'u'),
      confidence: 'certain',
      read: ({ original }, context) => readInterviewDate(original('all') ?? '', context),
    },
  ],
  examples: [
    { say: 'remind me to follow up with Northwind on Friday', args: { when: 'on Friday', about: 'follow_up', job: 'Northwind', what: 'follow up with Northwind' } },
    { say: 'my interview with Stripe is on the 12th at 3pm', args: { when: 'the 12th at 3pm', about: 'interview', job: 'Stripe' } },
    { say: 'remind me in 3 days to chase the Acme recruiter', args: { when: 'in 3 days', about: 'follow_up', job: 'Acme', what: 'chase the Acme recruiter' } },
    { say: 'I have a phone screen with Globex next Tuesday at 10:30', args: { when: 'next Tuesday at 10:30', about: 'interview', job: 'Globex' } },
    { say: 'set a reminder to email Initech tomorrow at 9am', args: { when: 'tomorrow at 9am', about: 'follow_up', job: 'Initech', what: 'email Initech' } },
    {
      say: 'remind me to check on the second one on Monday',
      args: { when: 'on Monday', about: 'follow_up', job: 'the second one' },
      references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' },
    },
    { say: 'interview w/ initech thurs 2pm', args: { when: 'thurs 2pm', about: 'interview', job: 'initech' } },
    { say: 'remind me a week from friday to chase Globex', args: { when: 'a week from friday', about: 'follow_up', job: 'Globex' } },
    { say: 'my Globex interview got moved to friday at 2pm', args: { when: 'friday at 2pm', about: 'interview', job: 'Globex', moved: true } },
    { say: 'can you move my Globex interview to monday at 9', args: { when: 'monday at 9', about: 'interview', job: 'Globex', moved: true } },
    { say: 'got an interview at Initech!! its on thursday at 2pm', args: { when: 'thursday at 2pm', about: 'interview', job: 'Initech' } },
  ],
  counterExamples: ['I got an interview with Acme', 'how do I prepare for my interview with Stripe on Friday?', 'I had an interview with Globex yesterday'],
  produces: ['last_reminder_id'],
});
