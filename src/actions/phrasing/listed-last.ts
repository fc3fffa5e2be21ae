import type { PhrasingContext } from './phrasing.ts';

/** What a list answer starts with: "3 reminders to come:", "2 alerts:" (the list actions' summaries). */
// (A writer's answer may lead in: "You have 3 alerts:", "Here are your 2 job alerts:", "Your alerts:".)
const leadIn = String.raw`(?:^|\n)\s*(?:(?:you\s+have|you'?ve\s+got|here\s+are|i\s+have)\s+)?(?:\d+\s+|your\s+(?:\d+\s+)?)(?:(?:active|job|upcoming|saved)\s+)?`;
const listHeads: ReadonlyArray<[ListedThing, RegExp]> = [
  ['reminders', new RegExp(String.raw`${leadIn}reminders?(?:\s+to\s+come)?:\s*\n\s*1\.`, 'i')],
  ['alerts', new RegExp(String.raw`${leadIn}alerts?:\s*\n\s*1\.`, 'i')],
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
