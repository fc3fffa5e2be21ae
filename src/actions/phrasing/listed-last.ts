import type { PhrasingContext } from './phrasing.ts';

/** What a list answer starts with: "3 reminders to come:", "2 alerts:" (the list actions' summaries). */
// (A writer's answer may lead in: "You have 3 alerts:", "Here are your 2 job alerts:", "Your alerts:".)
const leadIn = String.raw`(?:^|\n)\s*(?:(?:you\s+have|you'?ve\s+got|here\s+are|i\s+have)\s+)?(?:\d+\s+|your\s+(?:\d+\s+)?)(?:(?:active|job|upcoming|saved)\s+)?`;
const listHeads: ReadonlyArray<[ListedThing, RegExp]> = [
  // ("3 reminders to come:", "Your reminders to come:", "Here are your reminders:"; session 41: a list of a stretch,
  // "This week:", "Next week:", and one written on a line of its own: "Your reminders: 1. … 2. …".)
  ['reminders', /(?:^|\n)[^\n]{0,60}\b(?:reminders?|this\s+week|next\s+week|today|tomorrow)\b[^\n]{0,40}:\s*1\.\s/i],
  // ("Your alerts: 1. QA in Curitiba, … 2. …": a list written on one line is a list too.)
  ['alerts', new RegExp(String.raw`${leadIn}alerts?:\s*1\.\s`, 'i')],
];

export type ListedThing = 'reminders' | 'alerts';

/**
 * What jobpilot listed in its newest answer, when that answer was a list of reminders or of
 * alerts: what "the friday one", "the leeds one" right after it point into. Undefined when the
 * newest answer was anything else. Pure: read from the history only.
 *
 * @example
 * listedLast({ history: [{ role: 'assistant', content: '2 reminders to come:\n1. Chase Acme, Friday 11 Dec 2026 (all day)' }] }); // 'reminders'
 */
export function listedLast(context: Pick<PhrasingContext, 'history'>): ListedThing | undefined {
  const newest = [...context.history].reverse().find((message) => message.role === 'assistant');
  if (!newest) return undefined;
  return listHeads.find(([, head]) => head.test(newest.content))?.[0];
}

/**
 * jobpilot's answer for one reminder set, moved or changed: "Reminder set: …", "Moved: …", or one reminder's id; and as a
 * writer words it (session 46): "Done: Interview: … at Aldi, Thu 10 Dec, 10:00. It rings an hour before", "All set — I've
 * added a reminder …", "… and it's in your calendar feed". (What an alert's answer says never matches: "Done: an alert …".)
 */
const oneReminderTold =
  /^(?:reminder\s+(?:set|added|moved)|moved|(?:ok(?:ay)?[,.!]?\s+)?i(?:'ll|\s+will)\s+remind\s+you|noted\s+on)\b|\[rem_[0-9a-f]{3,12}\]|^(?:done|all\s+set|got\s+it|sure|ok(?:ay)?|set|added|booked)\b[\s:,.!—–-]+(?:(?:interview|follow[\s-]?up|reminder)\b|i(?:'ve|\s+have)\s+(?:set|added|booked|created|moved|put)\b)|\bit\s+(?:rings|will\s+ring)\b|\b(?:it'?s|it\s+is)\s+in\s+your\s+calendar\s+feed\b/i;

/**
 * Whether the conversation is about one reminder just now: the thread's reference to it, or
 * jobpilot's newest answer set or moved one ("Reminder set: Interview: … at Aldi, Tue 8 Dec,
 * 14:00"). What "push it back an hour", "it's on zoom", "make that half 1" point at.
 *
 * @example
 * reminderJustTold({ references: {}, history: [{ role: 'assistant', content: 'Reminder set: Follow up with Kainos, Fri 11 Dec.' }] }); // true
 */
export function reminderJustTold(context: Pick<PhrasingContext, 'history' | 'references'>): boolean {
  if (context.references.last_reminder_id) return true;
  const newest = [...context.history].reverse().find((message) => message.role === 'assistant');
  return newest !== undefined && listedLast(context) !== 'reminders' && oneReminderTold.test(newest.content.trim());
}

/**
 * Whether jobpilot's newest answer was about reminders: one set, moved or changed ("Reminder set: …", "Moved: …"), or a
 * list of them. Then "it", "that" in the next message is that reminder, not an older job of the thread. Pure: the history only.
 *
 * @example
 * answeredAboutReminders({ history: [{ role: 'assistant', content: 'Reminder set: Interview: Lightspeed, Sat 12 Dec, 14:30 [rem_c000d9ef26].' }] }); // true
 */
export function answeredAboutReminders(context: Pick<PhrasingContext, 'history'>): boolean {
  const newest = [...context.history].reverse().find((message) => message.role === 'assistant');
  return newest !== undefined && (listedLast(context) === 'reminders' || oneReminderTold.test(newest.content.trim()));
}

/** jobpilot's answer about alerts: one by its id ("[alert_825bc80227]", "Paused the alert …"), or a list of them. */
const alertTold = /\balert_[0-9a-f]{3,12}\b|^(?:paused|resumed|deleted|removed|created|set\s+up|changed|updated)\s+(?:the\s+|your\s+)?(?:job\s+)?alert\b/i;

/**
 * What kind of thing jobpilot's newest answer was about, when it was about reminders or alerts: what "delete the
 * supply chain one", "cancel it" in the next message mean before any other kind (regression, trial s42 #52: right after
 * an alert was resumed, "delete the supply chain one" cancelled a reminder). Undefined for any other answer.
 *
 * @example
 * answeredAbout({ history: [{ role: 'assistant', content: 'Resumed the alert for analyst jobs in Porto [alert_825bc80227].' }] }); // 'alerts'
 */
export function answeredAbout(context: Pick<PhrasingContext, 'history'>): ListedThing | undefined {
  const newest = [...context.history].reverse().find((message) => message.role === 'assistant');
  if (!newest) return undefined;
  const listed = listedLast(context);
  if (listed) return listed;
  if (oneReminderTold.test(newest.content.trim())) return 'reminders';
  return alertTold.test(newest.content.trim()) ? 'alerts' : undefined;
}

/** The reminders jobpilot's newest answer listed, by their lines ("1. Interview: Feedzai, Sunday 13 Dec …"); 0 when it listed none. */
export function remindersListed(context: Pick<PhrasingContext, 'history'>): string[] {
  if (listedLast(context) !== 'reminders') return [];
  const newest = [...context.history].reverse().find((message) => message.role === 'assistant');
  return (newest?.content ?? '').split('\n').flatMap((line) => /^\s*\d{1,2}\.\s+(.+)$/.exec(line)?.[1] ?? []).map((line) => line.replace(/\s*\[rem_[0-9a-f]+\]\s*$/, ''));
}
