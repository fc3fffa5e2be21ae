import type { PhrasingContext, Reading } from '../phrasing/phrasing.ts';
import { listedLast } from '../phrasing/listed-last.ts';
import { placeFromShortForm } from '../../alerts/place-initials.ts';
import { isKnownPlace, locationMatches } from '../../jobs/regions.ts';

/** Words that say "an alert" but not which one (as `resolveAlert` leaves them out). */
const filler = new Set(['the', 'my', 'a', 'an', 'alert', 'alerts', 'notification', 'notifications', 'search', 'saved', 'one', 'for', 'about', 'on', 'in', 'job', 'jobs', 'role', 'roles', 'please', 'that', 'this', 'it']);

/**
 * The alerts jobpilot's newest answer listed, one line each ("welder jobs in Leeds — every day at 08:00"), written one to a
 * line or on one line ("Your alerts: 1. … 2. …"); none when the newest answer listed no alerts.
 *
 * @example
 * alertLinesListed({ history: [{ role: 'assistant', content: 'Your alerts:\n1. chef in Leeds, daily\n2. chef in York, weekly' }] }); // ['chef in Leeds, daily', 'chef in York, weekly']
 */
export function alertLinesListed(context: Pick<PhrasingContext, 'history'>): string[] {
  if (listedLast(context) !== 'alerts') return [];
  const newest = context.history.findLast((message) => message.role === 'assistant')?.content ?? '';
  const list = newest.slice(newest.search(/\balerts?:/i));
  return list
    .split(/(?:^|\n|[:.!]\s+)\s*\d{1,2}\.\s+/)
    .slice(1)
    .map((line) => line.replace(/\s*\[alert_[0-9a-f]+\]/g, '').trim())
    .filter((line) => line !== '');
}

/** A place in the list ("2nd", "the last one", "no. 3", "#2"): the action counts it in the order shown. */
const placeInList = /^(?:the\s+)?(?:(?:no\.?|number|nr\.?|#)\s*)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:one|alert))?$/;

/** A word as compared: lower case, its ending of number or trade gone ("nurses", "nursing" and "nurse" are one), "07:30" as "7:30". */
const stem = (word: string) => word.toLowerCase().replace(/^0(?=\d)/, '').replace(/(?:ing|ers?|es|s|e)$/, '');
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}+#:]+/u).filter((word) => word.length > 1 && !filler.has(word));

/** A time zone's name in a listed line ("(Europe/Warsaw)", "America/Los_Angeles"): when the alert runs, never words that name it. */
const zoneName = /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[\w/+-]+/g;

/**
 * Whether a listed line says a word: the word, one of the same stem ("nursing" in "ICU nurse"), or a region the line's
 * place lies in ("europe" for "welder jobs in Warsaw"); never by the zone the line's schedule is kept in (regression,
 * trial s50 #29: "the europe alert" fitted every alert kept in "Europe/Warsaw").
 */
const lineSays = (line: string, word: string) => {
  const wanted = stem(word);
  const said = line.replace(zoneName, ' ');
  if (wordsOf(said).some((each) => each === word || (wanted.length >= 3 && stem(each) === wanted))) return true;
  const place = /\b(?:in|near|around)\s+(?<place>[^,;()—–]+)/u.exec(said)?.groups?.place?.trim();
  return place !== undefined && word.length > 2 && isKnownPlace(word) && locationMatches({ location: place, remote: false }, word);
};

/**
 * A question instead of a change, when the alerts just listed show the words fit two or more of them ("pause the welder
 * one" after a welder alert in Leeds and one in Hull), none of them ("the purple alert"), or name none while several were
 * listed ("change my alert to 7"): which one is asked, the ones that fit named, never guessed. Undefined when the words
 * settle one alert, name it by its place or id, mean all of them, or no alerts were listed just before.
 *
 * @example
 * whichListedAlert('welder', { history: [{ role: 'assistant', content: 'Your alerts:\n1. welder jobs in Leeds\n2. welder jobs in Hull' }] }); // 'Which alert do you mean? "welder" fits 2 …'
 */
export function whichListedAlert(alert: string, context: Pick<PhrasingContext, 'history'>): string | undefined {
  const lines = alertLinesListed(context);
  if (lines.length < 2 || /^(?:all|alert_[0-9a-f]+)$/i.test(alert.trim()) || placeInList.test(alert.trim().toLowerCase())) return undefined;
  const words = wordsOf(alert);
  const numbered = (fitting: string[]) => fitting.map((line) => `${lines.indexOf(line) + 1}. ${line}`).join('; ');
  if (words.length === 0) return `Which alert do you mean? ${lines.length} were listed: ${numbered(lines)}. Say its number ("the first one") or its words.`;
  const scored = lines.map((line) => ({ line, score: words.filter((word) => lineSays(line, word)).length }));
  const best = Math.max(...scored.map((entry) => entry.score));
  // ("the nyc one" may be the New York alert: a short form of a place is left to the action, which knows them.)
  if (best === 0) return placeFromShortForm(alert) === alert ? `Which alert do you mean? None of the ${lines.length} listed says "${alert}": ${numbered(lines)}. Say its number or its words.` : undefined;
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.line);
  return top.length > 1 ? `Which alert do you mean? "${alert}" fits ${top.length} of them: ${numbered(top)}. Say its number ("the first one") or a word only it has.` : undefined;
}

/** A reading of a change, or the question `whichListedAlert` asks instead. */
export function orAskWhich<Args extends { alert: string }>(reading: Reading<Args> | null, context: Pick<PhrasingContext, 'history'>): Reading<Args> | null {
  if (!reading || !('args' in reading)) return reading;
  const question = whichListedAlert(reading.args.alert, context);
  return question ? { reply: question, confidence: reading.confidence ?? 'certain' } : reading;
}
