import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { REMINDER_LIST_REFERENCE, REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import type { ReminderKind } from '../../protocol/vocabulary.ts';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import type { z } from 'zod';
import { listRemindersArgs } from './args.ts';
import { listRemindersPhrasing } from './phrasing.ts';
import { periodInWords, periodWindow } from './period.ts';

type ListRemindersArgs = z.output<typeof listRemindersArgs>;

/**
 * `list_reminders`: the reminders to come, soonest first (or every one, past and cancelled
 * too, or those of today, tomorrow, this week or next), or the calendar feed's address. The
 * listed ids become the thread's reminder list, so "cancel the second one" works.
 *
 * @example
 * registry line: makeListRemindersAction(dependencies)
 */
export const makeListRemindersAction = (dependencies: Pick<CareerDependencies, 'reminders' | 'now' | 'timeZone' | 'calendarFeed'>) =>
  defineAction({
    name: 'list_reminders',
    description:
      'List the reminders (interviews, follow-ups) still to come, soonest first; or all of them, past and cancelled too; or those of today, tomorrow, this week or next; or give the calendar feed\'s address (jobpilot\'s own .ics feed of them).',
    args: listRemindersArgs,
    phrasing: listRemindersPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args) {
      if (args.feed) return feedAnswer(dependencies.calendarFeed);
      const all = args.include_past === true && !args.period;
      const now = dependencies.now();
      // A whole-day reminder of today is still to come all day: from the start of the day before, in any zone.
      const reminders = await dependencies.reminders.list(all ? { all } : { from: new Date(now.getTime() - 24 * 3600_000) });
      const toCome = all ? reminders : reminders.filter((reminder) => reminder.all_day || new Date(reminder.due_at).getTime() >= now.getTime());
      const window = args.period ? periodWindow(args.period, now, dependencies.timeZone) : undefined;
      const inWindow = window ? toCome.filter((reminder) => new Date(reminder.due_at) >= window.from && new Date(reminder.due_at) < window.to) : toCome;
      // Regression (trial s42 #66): "what's my next interview?" listed every reminder, an "Apply" and a "Follow up" among them.
      const ofKind = args.kind ? inWindow.filter((reminder) => reminder.kind === args.kind) : inWindow;
      if (args.next) return nextAnswer(ofKind, args.kind, args.period);
      const shown = ofKind;
      const scope = `${args.kind ? ` ${kindWords[args.kind]}` : ''}${args.period ? ` ${periodInWords(args.period)}` : all ? '' : ' to come'}`;
      if (shown.length === 0) {
        // ("Nothing this week" with more to come later says when the next one is.)
        const later = window ? toCome.find((reminder) => new Date(reminder.due_at) >= window.to) : undefined;
        return {
          ok: true,
          summary: all
            ? 'No reminders yet.'
            : args.period
              ? `Nothing${scope}.${later ? ` The next one: ${reminderInWords(later)}.` : ' Say "remind me to follow up with Acme on Friday" to set one.'}`
              : 'No reminders to come. Say "remind me to follow up with Acme on Friday" to set one.',
          data: { count: 0 },
        };
      }
      const lines = shown.map((reminder, index) => `${index + 1}. ${reminderInWords(reminder)}`);
      const ids = shown.map((reminder) => reminder.id).slice(0, 50);
      const plural = shown.length === 1 ? '' : 's';
      return {
        ok: true,
        summary: `${shown.length} reminder${plural}${scope}:\n${lines.join('\n')}`,
        data: { count: shown.length, reminder_ids: ids },
        references: { [REMINDER_LIST_REFERENCE]: ids.join(',') },
      };
    },
  });

/** A kind of reminder as a list names it: "3 reminders of interviews to come". */
const kindWords: Readonly<Record<ReminderKind, string>> = { interview: 'of interviews', follow_up: 'to follow up', other: 'of other things' };
/** A kind of reminder as "your next …" names it. */
const nextWords: Readonly<Record<ReminderKind, string>> = { interview: 'interview', follow_up: 'follow-up', other: 'reminder' };

/** The soonest reminder (of a kind), said alone: "Your next interview: …", or that none is to come. */
function nextAnswer(reminders: readonly ReminderRecord[], kind: ReminderKind | undefined, period: ListRemindersArgs['period']) {
  const what = kind ? nextWords[kind] : 'reminder';
  const [soonest] = reminders;
  const within = period ? ` ${periodInWords(period)}` : '';
  if (!soonest) {
    return {
      ok: true,
      summary: `No ${what}${within} to come${kind === 'interview' ? '; say "my interview with Acme is on Friday at 3pm" when one is booked' : ''}.`,
      data: { count: 0 },
    };
  }
  return {
    ok: true,
    summary: `Your next ${what}${within}: ${reminderInWords(soonest)}.`,
    data: { count: 1, reminder_ids: [soonest.id] },
    references: { [REMINDER_REFERENCE]: soonest.id },
  };
}

/**
 * The calendar feed's address: what `jobpilot reminders --feed` prints and `GET /v1/calendar`
 * answers, with this person's read-only key; a calendar app subscribes to it.
 */
function feedAnswer(feed: CareerDependencies['calendarFeed']) {
  const where = feed?.url ?? feed?.path;
  if (!where) {
    return {
      ok: true,
      summary: 'Your reminders are a calendar feed at /v1/calendar.ics on the jobpilot server; `jobpilot reminders --feed` prints its address with your key, for a calendar app to subscribe to.',
      data: { path: '/v1/calendar.ics' },
    };
  }
  return {
    ok: true,
    summary: `Your calendar feed: ${where}\nSubscribe to it in a calendar app ("add calendar from URL"); it opens the feed and nothing else. A calendar on this machine (Thunderbird, GNOME Calendar, Apple Calendar) reads it directly; Google Calendar fetches from Google's servers, so it needs this server reachable from the internet (docs/reminders.md).`,
    data: { path: feed?.path ?? where, ...(feed?.url ? { url: feed.url } : {}) },
  };
}
