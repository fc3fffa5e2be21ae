import type { z } from 'zod';
import type { ChatMessage } from '../../protocol/chat-message.ts';
import type { PhrasingContext, Reading } from '../phrasing/phrasing.ts';
import { changed, readChange } from '../search-jobs/read-follow-up.ts';
import type { SearchArgs } from '../search-jobs/read-search.ts';
import type { createAlertArgs } from './args.ts';
import { scheduleSaid } from './read-alert-request.ts';

type Args = z.input<typeof createAlertArgs>;

/**
 * "same alert but for Toronto", "do the same for Curitiba", "same thing but in Vancouver", "another
 * one for Leeds, remote too", "do one for Breda as well", "the same for Graz pls, but weekly": the
 * alert made last, again, with the change. `change` is what differs.
 */
export const alertAgain =
  /^(?:(?:and|ok|okay|now|then|also|great|thanks|cool|perfect|nice)[\s,!]+)*(?:(?:pls|please|can\s+you|could\s+you)\s+)*(?:(?:do|make|set\s*up|create|add|give\s+me|i\s+want|i'?d\s+like|i\s+need)\s+)?(?:(?:the|a|an)\s+)?(?<which>same|another|one\s+more|a\s+second|(?<=\b(?:do|make|set\s*up|create|add)\s+)one)(?:\s+(?:alert|thing|one|again|set-?up|deal|watch)\b)*(?:\s*,)?\s+(?<change>(?:but\s+)?(?:for|in|near|around|at|with|only|just)\b.+)$/i;

/** Our own answer to a new alert: "Alert set [alert_…]: typescript jobs in Berlin or remote, every day at 08:00 …". */
const alertSetAnswer = /\balert\s+set(?:\s*\[[^\]]*\])?\s*:\s*(?<name>[^,.;]+)/i;

/**
 * The alert the newest of our answers says was set, read back from its name ("remote typescript
 * jobs in Berlin at Stripe (fit 70+)"); undefined when no answer in view set one.
 */
function alertAnswered(history: readonly ChatMessage[]): Args | undefined {
  const answer = [...history].reverse().find((message) => message.role === 'assistant' && alertSetAnswer.test(message.content));
  let name = answer ? alertSetAnswer.exec(answer.content)?.groups?.name?.trim() : undefined;
  if (!name) return undefined;
  const args: Partial<Args> = {};
  const fit = /\s*\(fit\s+(\d{1,3})\+\)\s*$/i.exec(name);
  if (fit) {
    args.min_fit = Number(fit[1]);
    name = name.slice(0, fit.index);
  }
  const company = /\s+at\s+(.+)$/i.exec(name);
  if (company?.[1]) {
    args.company = company[1].trim();
    name = name.slice(0, company.index);
  }
  const place = /\s+in\s+(.+?)(\s+or\s+remote)?$/i.exec(name);
  if (place?.[1]) {
    args.location = place[1].trim();
    if (place[2]) args.remote_too = true;
    name = name.slice(0, place.index);
  }
  if (/^remote\s+/i.test(name)) {
    args.remote = true;
    name = name.replace(/^remote\s+/i, '');
  }
  const query = name.replace(/\s+(?:jobs?|roles?)$/i, '').trim();
  return query ? { ...args, query } : undefined;
}

/**
 * The alert asked for again with a change ("same alert but for Toronto" after an alert for
 * payroll specialists in Calgary): the last alert's search and schedule, the change applied as a
 * search's follow-up applies it. The last alert is the newest earlier request read as one, or the
 * one our newest answer says was set. Null when the words are no such request, no alert came
 * before, or a search came later and the words do not say "alert" (then the search's follow-up reads them).
 *
 * @example
 * readAlertAgain('same alert but for Toronto', context); // { args: { query: 'payroll specialist', location: 'Toronto', schedule: 'every morning' } }
 */
export function readAlertAgain(text: string, context: PhrasingContext): Reading<Args> | null {
  const found = alertAgain.exec(text.replace(/[?!.]+$/, '').trim());
  if (!found?.groups?.change) return null;
  const asked = context.lastRequest?.('create_alert') as Args | undefined;
  const last = asked && typeof asked.query === 'string' ? asked : alertAnswered(context.history);
  if (!last) return null;
  // ("same but remote" after a search: the search's follow-up; "same alert but …" is always this one.)
  const saysAlert = /\balert\b/i.test(text);
  const newest = [...context.history].reverse().find((message) => message.role === 'assistant');
  if (!saysAlert && context.lastRequest?.('search_jobs') && !(newest && alertSetAnswer.test(newest.content))) return null;
  // "… for Stuttgart pls, but evenings": a schedule said in a piece of its own is the new alert's schedule.
  const [first = '', ...others] = found.groups.change.replace(/^but\s+/, '').split(/\s*[,;]\s*(?:but\s+)?|\s+but\s+/);
  const schedule = others.map((piece) => scheduleSaid(piece)).find((said) => said !== undefined);
  const rest = others.filter((piece) => scheduleSaid(piece) === undefined && !/^(?:pls|please|thanks|thx|ty)$/i.test(piece.trim()));
  const place = [first, ...rest].join(', ').replace(/(?:\s+(?:as\s+well|too|also|pls|please|thanks|thx))+\s*$/i, '');
  const change = readChange(place);
  if (!change || Object.keys(change).length === 0) return null;
  const { query, location, remote, company } = changed(last as SearchArgs, change);
  const next: Args = { ...last, query: query ?? last.query };
  for (const [field, value] of Object.entries({ location, remote, company })) {
    if (value === undefined) delete next[field as 'location' | 'remote' | 'company'];
    else Object.assign(next, { [field]: value });
  }
  if (schedule) next.schedule = schedule;
  return { args: next };
}
