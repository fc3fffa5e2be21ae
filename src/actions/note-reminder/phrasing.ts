import type { z } from 'zod';
import { REMINDER_LIST_REFERENCE, REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import { listedLast, reminderJustTold } from '../phrasing/listed-last.ts';
import { definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { noteReminderArgs } from './args.ts';
import { noteReminderUtterances } from './utterances.ts';

type Args = z.input<typeof noteReminderArgs>;

const meeting = '(?:interview|call|phone\\s+screen|screen|screening|meeting|panel|onsite|on-site|round|chat|assessment(?:\\s+day)?|trial\\s+shift|follow[\\s-]?up|reminder)';
/** Who or what the detail is about: "it", "that one", "the HSE one", "the Acme interview", "the call". */
// ("gtbank one is at their victoria island head office": the article left out before the words, as people type.)
const subject = `(?:(?<pointed>it|that(?:\\s+one)?|this(?:\\s+one)?)|(?:(?:the|my)\\s+(?:(?<words>[\\p{L}\\d&.'-]+(?:\\s+[\\p{L}\\d&.'-]+){0,2}?)\\s+)?|(?!(?:which|what|where|who|any|every|each|no|some|one|another|other|their|his|her|your|our|new|old|latest|updated|current|same|last|first|second|third|next|previous|right|wrong|good|best|this|that)\\b)(?<bare>[\\p{L}\\d&.'-]+(?:\\s+[\\p{L}\\d&.'-]+)?)\\s+)(?<noun>one|${meeting}))`;
/** Where or how it happens: "in Cork", "at the Mater", "on Zoom", "over the phone", "remote". */
const detail = "(?<detail>(?:in|at|on|via|over|by)\\s+.+?|remote(?:\\s+.+?)?|online|in[\\s-]person(?:\\s+.+?)?|a\\s+(?:video|phone|zoom|teams)\\s+(?:call|interview)(?:,?\\s+not\\s+.+?)?)";
/** "btw", "fyi" and "can u add that": what is said around the detail. */
const aside = '(?:[\\s,.!-]+(?:btw|by\\s+the\\s+way|fyi|fwiw|now))?';
const addThat =
  '(?:[\\s,.!-]+(?:(?:can|could|would)\\s+(?:u|you)\\s+)?(?:please\\s+|pls\\s+)?(?:add|note|put|save|keep|stick|write)\\s+(?:that|it|this)(?:\\s+(?:down|in|on|to|with))?(?:\\s+(?:it|the\\s+reminder|that|there|the\\s+\\w+\\s+one))?(?:\\s+(?:pls|please|thx|thanks))?)?';
const told = new RegExp(`^${subject}\\s+(?:is|'s|will\\s+be|happens|takes\\s+place)\\s+${detail}${aside}${addThat}[\\s?.!]*$`, 'iu');
const itsTold = new RegExp(`^(?<pointed>it'?s|its|it\\s+is|that'?s)\\s+${detail}${aside}${addThat}[\\s?.!]*$`, 'iu');
/** "I need to bring", "don't forget to", "remember to": what leads into a thing to bring or do there. */
const needTo = "(?:(?:i\\s+(?:will\\s+|'ll\\s+)?(?:need|have|must|should|got)\\s+to|i\\s+must|need\\s+to|have\\s+to|got\\s+to|gotta|must|remember\\s+to|don'?t\\s+forget\\s+(?:to\\s+)?)\\s+)?";
/** What is done or brought at an interview: "bring my passport", "ask for Sam at reception", "wear a suit", "park at the back". */
const thingToDo = "(?:bring(?!\\s+(?:up|it|that|this|them|forward|back)\\b)|take(?!\\s+(?:me|a\\s+look)\\b)|carry|wear|ask\\s+for|print(?:\\s+out)?|pack|park|arrive|report\\s+to|go\\s+to\\s+(?:reception|the\\s+\\p{L}+\\s+(?:entrance|desk|floor|door|gate))|dial\\s+in|log\\s+in|sign\\s+in|check\\s+in\\s+at|use\\s+the\\s+(?:side|back|front|main)|dress)\\b";
/** A detail told by what it is: "the dial-in is 0800 …", "parking is at the back", "the link is in the email". */
const detailNoun =
  "(?:the\\s+)?(?:address|dial[\\s-]?in(?:\\s+(?:number|code|details))?|(?:zoom\\s+|teams\\s+|meeting\\s+)?link|meeting\\s+(?:id|code|room)|passcode|password|pin|room|parking|dress\\s+code|interviewer|panel|contact|location|venue|entrance|building|floor|postcode)(?:\\s+for\\s+(?:it|that|this|the\\s+[\\p{L}\\d&.'-]+(?:\\s+[\\p{L}\\d&.'-]+)?))?\\s+(?:is|'s|are|will\\s+be)\\s+.+";
/** "add a note to the HSE one: bring ID", "note on the Acme reminder - ask for Priya", "put in the X reminder that …", "for the X interview I need to bring …". */
const noteAsked = new RegExp(
  `^(?:(?:can|could)\\s+(?:u|you)\\s+)?(?:please\\s+|pls\\s+)?(?:add\\s+(?:a\\s+note\\s+)?(?:to|on)|note\\s+(?:on|for)|put\\s+(?:a\\s+note\\s+)?(?:in|on)|for)\\s+${subject}(?:\\s*[:,-]\\s*(?:that\\s+)?|\\s+that\\s+|[\\s,]+(?=${needTo}${thingToDo}))(?<note>.+?)[\\s.!]*$`,
  'iu',
);
/** "bring ID and a printed CV to the Aldi one", "wear a suit for the Kainos interview": the thing to do, then the reminder. */
const doneFor = new RegExp(`^${needTo}(?<note>${thingToDo}.+?)\\s+(?:to|for|at)\\s+${subject}[\\s.!]*$`, 'iu');
/**
 * A detail said alone, right after a reminder was set: "ask for Sam at reception", "bring my
 * portfolio", "the dial-in is 0800 …". Only ever of the reminder just told.
 */
// (Session 46: asked to be noted, "kindly note down I have to carry …", "pls write down: bring the DBS form".)
const noteItDown = "(?:(?:kindly|please|pls|can\\s+(?:you|u)|could\\s+(?:you|u))\\s+)*(?:note(?:\\s+down)?|jot\\s+down|write\\s+down|add|remember)(?:\\s+(?:that|this))?";
const bareDetail = new RegExp(`^(?:(?:and|also|oh|btw|fyi|ps|p\\.s\\.|ah|oh\\s+and)[\\s,:.-]+)*(?:${noteItDown}[\\s,:.-]+)?(?<note>${needTo}${thingToDo}.+|${detailNoun})$`, 'iu');
/**
 * "kindly note that the dress code is smart for the Arla one", "fyi parking is at the back for my Ocado interview": a
 * detail asked to be noted, then the reminder it is for.
 */
const detailThenFor = new RegExp(
  `^(?:(?:and|also|oh|btw|fyi|ps)[\\s,:.-]+)*(?:${noteItDown}[\\s,:.-]+)?(?:that\\s+)?(?<note>${needTo}${thingToDo}.+?|${detailNoun.slice(0, -2)}.+?)\\s+(?:for|at|on|to)\\s+${subject}[\\s.!]*$`,
  'iu',
);
/** A note that tells a detail (where, what to bring, a dial-in), as a request for prep or news never does. */
const tellsDetail = new RegExp(`^(?:(?:it'?s|its|it\\s+is|that'?s|they'?re)\\s+(?:in|at|on|via|over)\\s|${needTo}${thingToDo}|${detailNoun})`, 'iu');

/** A detail that is a day or a time: a move, never a note ("it's on friday at 3"). */
const aTime = /^(?:on|at|by)\s+(?:\d|the\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|tomorrow|tmrw|noon|midday|midnight|half|quarter)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;

/**
 * Which reminder a detail is about: "it" is the one the thread dealt with last (or the only
 * one listed); "the HSE one" is named by words. Null when the words point at no reminder in
 * play, or at something else ("the second one is in Cork" after a job search).
 */
function readDetail(groups: Record<string, string | undefined>, note: string, context: PhrasingContext): Reading<Args> | null {
  // (The thread's references, or jobpilot's newest answer: "Reminder set: …", a list of reminders.)
  const last = context.references[REMINDER_REFERENCE] ?? (reminderJustTold(context) ? 'it' : undefined);
  const listed = (context.references[REMINDER_LIST_REFERENCE] ?? '').split(',').filter(Boolean);
  const listedSaid = listed.length > 0 || listedLast(context) === 'reminders';
  const inPlay = Boolean(last) || listedSaid;
  const detailSaid = note.trim().replace(/[\s,.!-]+$/, '');
  // ("new one is in ~/cv/chef-cv.md": a file's path is where a document is, never a meeting's place.)
  if (!detailSaid || aTime.test(detailSaid) || /~\/|\/[\w.-]+\/|\.(?:pdf|docx?|md|txt|odt|rtf)\b/i.test(detailSaid)) return null;
  if (groups.pointed) {
    const reminder = last ? 'it' : listed.length === 1 ? listed[0] : undefined;
    return reminder ? { args: { reminder, note: detailSaid }, confidence: 'likely' } : null;
  }
  const words = (groups.words ?? groups.bare)?.trim();
  const noun = (groups.noun ?? '').toLowerCase();
  // "the second one is in Cork": a place in the list of reminders, only when reminders were listed.
  if (noun === 'one' && !words && !inPlay) return null;
  if (!words) return inPlay ? { args: { reminder: last ? 'it' : listed.length === 1 ? (listed[0] ?? 'it') : `the ${noun}`, note: detailSaid } } : null;
  // Regression (session 40): "add a note to the Staff one: …" noted the reminder in play: words of a job's title (a
  // reminder is named by its company) and no meeting said are the job, which keeps notes of its own.
  // (Not right after a list of reminders: "the X one" is one of them.)
  if (noun === 'one' && !listedSaid && namesJobByTitle(words, context)) return null;
  const place = /^(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)?)$/i.test(words);
  if (place && !listedSaid) return null;
  return { args: { reminder: place ? `the ${words} one` : words, note: detailSaid }, confidence: inPlay ? 'certain' : 'likely' };
}

/** Whether words name one of the person's jobs by its title, and no company of theirs. */
function namesJobByTitle(words: string, context: PhrasingContext): boolean {
  const said = words.toLowerCase().split(/\s+/);
  const jobs = context.known?.jobs ?? [];
  const inName = (name: string) => said.every((word) => name.toLowerCase().split(/[\s,()/–-]+/).includes(word));
  return jobs.some((job) => inName(job.title)) && !jobs.some((job) => inName(job.company));
}

function readNoteSentence(text: string, context: PhrasingContext): Reading<Args> | null {
  const said = text.replace(/\s+/g, ' ').trim();
  const found = told.exec(said) ?? itsTold.exec(said);
  if (found?.groups) return readDetail(found.groups, found.groups.detail ?? '', context);
  const asked = noteAsked.exec(said) ?? doneFor.exec(said) ?? detailThenFor.exec(said);
  if (asked?.groups) return readDetail(asked.groups, asked.groups.note ?? '', context);
  const bare = reminderJustTold(context) ? bareDetail.exec(said) : null;
  return bare?.groups ? readDetail({ pointed: 'it' }, bare.groups.note ?? '', context) : null;
}

/** Whether the thread has a reminder in play: one just set or dealt with, or a list of them shown. */
const remindersInPlay = (context: PhrasingContext) =>
  Boolean(context.references[REMINDER_REFERENCE] || context.references[REMINDER_LIST_REFERENCE]) || reminderJustTold(context) || listedLast(context) === 'reminders';

/**
 * How people tell a detail about an interview or follow-up they have a reminder for: "the HSE
 * one is in Cork btw, can u add that", "it's on Zoom", "add a note to the Acme one: bring ID".
 * Read when reminders are in play, or when the detail is said of an interview named by words.
 */
export const noteReminderPhrasing = definePhrasing<Args>({
  // Above save_job (33) and the tracker's news (34): "… can u add that" is about the reminder, not a job to save.
  priority: 38,
  utterances: noteReminderUtterances,
  capability: 'keep details (where, how) with your reminders',
  describe: ({ reminder, note }) => `note "${note}" on the reminder ${reminder}`,
  readWhole: (message, context) => {
    const reading = readNoteSentence(message, context);
    if (!reading || !('args' in reading)) return null;
    // ("for the Arla interview, it's at their Leeds site": a detail said of a meeting named by its company is the
    // reminder's note, its commas its own, with no reminder in play too; "for the Arla interview, prep me" is no detail.)
    return remindersInPlay(context) || (reading.args.reminder !== 'it' && tellsDetail.test(reading.args.note)) ? reading : null;
  },
  intents: [
    {
      pattern: /^(?<all>.+)$/,
      confidence: 'certain',
      read: ({ original, groups }, context) => readNoteSentence(original('all') ?? groups.all ?? '', context),
    },
  ],
  examples: [
    { say: 'the HSE one is in Cork', args: { reminder: 'HSE', note: 'in Cork' }, references: { last_reminder_ids: 'rem_3f9a1c0b7d,rem_8c41d09e2b' } },
    { say: "it's on Zoom", args: { reminder: 'it', note: 'on Zoom' }, references: { last_reminder_id: 'rem_3f9a1c0b7d' } },
    { say: 'add a note to the Acme one: bring my passport', args: { reminder: 'Acme', note: 'bring my passport' }, references: { last_reminder_id: 'rem_3f9a1c0b7d' } },
    { say: 'the Initech interview is at their Leeds office', args: { reminder: 'Initech', note: 'at their Leeds office' } },
  ],
  counterExamples: ['the Acme job is in Leeds', "it's on friday at 3pm", 'save the second one'],
});
