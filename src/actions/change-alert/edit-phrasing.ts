import type { z } from 'zod';
import { scheduleFromWords } from '../../alerts/schedule-from-words.ts';
import { placeFromShortForm } from '../../alerts/place-initials.ts';
import { takeZone } from '../../alerts/zone-from-words.ts';
import { listedLast } from '../phrasing/listed-last.ts';
import { jobInPlay } from '../phrasing/job-references.ts';
import { findKnownJob } from '../phrasing/known-jobs.ts';
import type { Intent, PhrasingExample, Reading } from '../phrasing/phrasing.ts';
import type { changeAlertArgs } from './args.ts';
import { saysRemoteToo } from '../phrasing/remote-too.ts';
import { readPayFloor } from '../search-jobs/read-pay-floor.ts';
import { isKnownPlace } from '../../jobs/regions.ts';

/** Pay named as what changes: "the pay floor", "the salary", "min pay", "the floor". */
const payNamed = /\b(?:pay|salary|salaries|wages?|comp(?:ensation)?|floor)\b/;
/** The floor no longer wanted: "no pay floor any more", "drop the salary minimum", "any pay is fine". */
const payFloorDropped =
  /\b(?:no|without|remove|drop|clear|lose|ditch)\s+(?:the\s+|a\s+|its\s+)?(?:(?:pay|salary|wage)\s+(?:floor|minimum|limit|filter|requirement)|(?:min(?:imum)?\s+)?(?:pay|salary))\b|\bany\s+(?:pay|salary)\s+(?:is\s+)?(?:fine|ok(?:ay)?|will\s+do)\b/;

type Args = z.input<typeof changeAlertArgs>;

/** "the Antwerp alert", "my customs job alert", "alert_3f9a1c0b7d". */
const target = '(?:(?:the|my|that|this)\\s+)?(?:(?!(?:up|a|an|new|me)\\b)(?<target>.+?)\\s+(?:job\\s+)?alert|(?<id>alert_[0-9a-f]{3,12}))';

/**
 * New search words said as such, and the words left: "'s search to BMS", "search words to battery engineer", "keywords:
 * BMS", "to search BMS only", "so it searches for pack engineer", "to look for welder jobs" (the words as typed, without
 * "jobs" or "only"). Undefined when no search is named.
 *
 * @example
 * searchWordsSaid("'s search to BMS"); // { query: 'BMS', rest: ' ' }
 */
export function searchWordsSaid(said: string): { query: string; rest: string } | undefined {
  const found =
    /(?:^|\s)(?:['’]s\s+)?(?:(?:its|the|his|her)\s+)?(?:search(?:\s+(?:words?|terms?|keywords?|query|string))?|keywords?|key\s+words|query|search\s+terms?)\s+(?:to|=|:|as|into|with)\s+(?<query>.+)$/i.exec(said) ??
    /(?:^|\s)(?:(?:to|so\s+(?:it|that\s+it))\s+)?(?:search(?:es)?\s+for|looks?\s+for|watch(?:es)?\s+for|checks?\s+for|search(?:es)?)\s+(?<query>.+)$/i.exec(said);
  const query = found?.groups?.query
    ?.replace(/\s+(?:only|instead|please|pls|now|from\s+now(?:\s+on)?)\s*$/i, '')
    .replace(/\s+(?:only|instead)\s*$/i, '')
    .replace(/\s+(?:jobs?|roles?|positions?|vacancies|openings|postings)\s*$/i, '')
    .replace(/^["'“‘](.+)["'”’]$/, '$1')
    .trim();
  if (!found || !query || /^(?:it|that|this|them|the\s+same|(?:all\s+)?(?:jobs?|roles?))$/i.test(query)) return undefined;
  return { query, rest: `${said.slice(0, found.index)} ` };
}

/** A reason given after a change: "…, I start early", "…, since I'm on nights", "… because it's too much". */
const reasonAfter =
  /(?:\s*[,;.]\s*(?:(?:as|because|since|cos|coz|cause|bc)\s+|(?=(?:i|i'?m|im|i'?ve|ive|i'?ll|it'?s|its)\s))|\s+(?:as|because|since|cos|coz|cause|bc)\s+(?=(?:i|i'?m|im|i'?ve|ive|it'?s|its|it|that|they|we)\b)).*$/i;

/** A name of up to three words: an employer's. */
const employer = String.raw`[\p{L}\d&.'’-]+(?:\s+[\p{L}\d&.'’-]+){0,2}`;
/**
 * One company's openings, said as what the alert keeps to: "shopify only", "clifford chance jobs only", "only at DHL", "should only
 * look at DHL", "only Siemens jobs", "just Babcock ones".
 */
const companyOnly = new RegExp(
  String.raw`^\s*(?:(?:should|to|must|can|and)\s+)*(?:(?:only|just)\s+(?:(?:look|search|check|watch)(?:\s+(?:at|for))?\s+|show\s+(?:me\s+)?)?(?:(?:jobs?|roles?|openings?|ones|postings)\s+)?(?:(?:at|from|with|by|for)\s+(?<after>${employer})(?:\s+(?:jobs?|roles?|openings?|ones|postings))?|(?<named>${employer})\s+(?:jobs?|roles?|openings?|ones|postings))|(?<before>${employer})\s+(?:(?:jobs?|roles?|openings?|ones|postings)\s+)?only)\s*$`,
  'iu',
);

/**
 * What "to …" says to change: a schedule ("every morning at 7"), remote or not ("remote only"),
 * a least fit ("min fit 70", "70% or better"), a place ("in Rotterdam"); null when it says none.
 */
export function readAlertEdit(restSaid: string, originalSaid: string, moved = false): Omit<Args, 'alert' | 'change'> | null {
  const change: Omit<Args, 'alert' | 'change'> = {};
  // "to 9am nyc time", "at 8 CET": the zone the schedule is read in.
  const zone = takeZone(originalSaid);
  const rest = takeZone(restSaid).text;
  let original = zone.text;
  if (zone.zone) change.time_zone = zone.zone;
  // ("…, I start early", "… as I'm on nights now": a reason said after the change is no part of it.)
  original = original.replace(reasonAfter, '');
  // ("9 instead of 8": what it was says nothing of what it becomes.)
  let left = rest
    .replace(reasonAfter, '')
    .replace(/\s+(?:instead\s+of|rather\s+than)\s+\S+(?:\s+(?:am|pm|o'?clock))?\s*$/, ' ')
    .replace(/\s+(?:from\s+now(?:\s+on)?|going\s+forward|any\s*more|instead)\s*$/, ' ');
  // "change the X alert's search to BMS", "… to search BMS only", "make it search for pack engineer": new search words,
  // never a place (trial s46 #29: "BMS" became the alert's location).
  const searchSaid = searchWordsSaid(original);
  if (searchSaid) {
    change.query = searchSaid.query;
    original = searchSaid.rest;
    left = searchWordsSaid(left)?.rest ?? left;
  }
  // "doesn't need to be Osaka only, remote is ok too", "needn't be just Lyon": the place no longer the only one is widened,
  // never read as the place (nor its "only" as remote only; trial s49: "Osaka only, remote is ok too" made it remote only).
  const notOnly = /\b(?:doesn'?t|doesnt|does\s+not|needn'?t|need\s+not|don'?t|dont|shouldn'?t|should\s+not)\s+(?:(?:need|have)\s+to\s+)?(?:be\s+)?(?:(?:in|just|only)\s+)*(?!remote\b)(?<place>\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?)\s+only\b/iu;
  const widened = notOnly.exec(left);
  if (widened) {
    left = left.replace(notOnly, ' ');
    original = original.replace(notOnly, ' ');
  }
  // "doesn't need to be remote anymore", "no longer remote": remote said as no longer wanted.
  const notRemote = /\b(?:drop|remove|lose|ditch|without|no)\s+(?:the\s+)?remote(?:\s+(?:part|bit|option|side|one))?\b|\b(?:(?:not|no\s+longer|non)[\s-]+|(?:doesn'?t|doesnt|does\s+not|don'?t|dont|needn'?t|need\s+not)\s+(?:(?:need|have)\s+to\s+)?(?:be\s+)?)remote(?:\s+only)?\b|\banywhere\b|\bon[\s-]?site(?:\s+only)?\b/;
  // Regression (session 39): "… and make it remote also" made the alert remote only, and "make it also" its schedule:
  // the words that said it are taken out of the rest. Session 40: remote allowed as well is what it says, as a
  // search reads it: the alert's place and remote openings too (`remote_too`), never remote only.
  // ("also allow remote", "let remote ones in too", "include remote jobs as well": the words that let them in go with them.)
  const remoteToo =
    /\b(?:(?:and\s+)?(?:(?:make\s+it|include|also)\s+)+)?(?:(?:allow(?:ing)?|includ(?:e|ing)|add(?:ing)?|accept(?:ing)?|let(?:ting)?(?:\s+in)?|throw\s+in|open\s+(?:it\s+|them\s+)?(?:up\s+)?to)\s+(?:the\s+)?(?:fully\s+)?)?(?:remote(?:ly)?|wfh)(?:\s+(?:ones|jobs|roles|work|openings|positions))?(?:\s+in)?(?:\s+(?:is|are|also|too|as\s+well|ok(?:ay)?|fine|good|welcome|allowed))*\b/;
  if (saysRemoteToo(left)) {
    change.remote_too = true;
    left = left.replace(remoteToo, ' ');
  } else if (notRemote.test(left)) {
    change.remote = false;
    left = left.replace(notRemote, ' ');
  } else if (/\bremote\b/.test(left)) {
    change.remote = true;
    left = left.replace(/\b(?:only\s+)?remote(?:\s+(?:only|jobs|ones))?\b/, ' ');
  }
  // "only jobs paying 60k or more", "raise the floor to 70k", "no pay floor any more": the pay floor, read by the
  // search's own reader ("to 70k" where pay is named is the floor it becomes).
  const lowerOriginal = original.toLowerCase();
  if (payFloorDropped.test(left)) {
    change.min_salary = 0;
    left = left.replace(payFloorDropped, ' ');
  } else {
    const pay = readPayFloor(left) ?? (payNamed.test(lowerOriginal) ? readPayFloor(left.replace(/^(?:.*\s)?(?:to|at)\s+(?=\S+\s*$)/, 'at least ')) : null);
    if (pay) {
      change.min_salary = pay.floor;
      // (What led into the amount goes with it: "only jobs paying …", "the pay floor to …".)
      left = readPayFloor(left) ? `${left.slice(0, pay.index)} ${left.slice(pay.index + pay.length)}` : ' ';
      left = left.replace(/\b(?:only\s+)?(?:show\s+)?(?:(?:jobs?|ones?|roles?|postings?)\s+)?(?:that\s+)?$/, ' ');
    }
  }
  // ("to 75" is a fit only where the fit is named: "bump the min fit on … to 75"; "every morning at 7" is a time.)
  const fitNamed = /\b(?:fit|match)\b/.test(original.toLowerCase());
  const fit =
    /\b(?:min(?:imum)?\s+fit|fit|match)\s*(?:of\s+|to\s+|at\s+)?(\d{1,3})\b|\b(\d{1,3})\s*(?:%|\+)|\b(?:only\s+)?(\d{1,3})\s+(?:or\s+(?:better|more|higher|above)|and\s+(?:up|above))\b/.exec(left) ??
    (fitNamed ? /\bto\s+(?:a\s+)?(\d{1,3})\s*$/.exec(left) : null);
  if (fit) {
    const value = Number(fit[1] ?? fit[2] ?? fit[3]);
    if (value <= 100) change.min_fit = value;
    left = left.replace(fit[0], ' ').replace(/\b(?:fit\s+)?(?:or\s+(?:better|more|higher)|and\s+up|at\s+least|only\s+ones?\s+i\s+fit)\b/g, ' ');
  }
  // ("from leeds to york": a move names the new place, typed in any case.)
  const place =
    /\b(?:in|to|near|around)\s+(?<place>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/u.exec(original) ??
    /\bfrom\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+to\s+(?<place>[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s*$/u.exec(original) ??
    // ("move … to manchester": a place typed in lower case, the only words after "to".)
    (moved ? /^\s*(?:to|in)\s+(?<place>\p{Ll}[\p{L}'-]+(?:\s+\p{Ll}[\p{L}'-]+)?)\s*$/u.exec(original) : null);
  // "from data engineer to analytics engineer": neither a place, so the search it looks for, swapped (dev alerts9 #81).
  // (Never after "move": "move my joiner alert from kendal to penrith" moves it, known places or not.)
  const swapped = /\bfrom\s+(?<was>[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+to\s+(?<now>[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s*$/u.exec(original)?.groups;
  if (!moved && swapped?.was && swapped.now && change.query === undefined && !isKnownPlace(swapped.was) && !isKnownPlace(swapped.now) && !scheduleFromWords(swapped.now) && !/\b(?:remote|anywhere|it|them|daily|weekly|hourly)\b/i.test(`${swapped.was} ${swapped.now}`)) {
    change.query = swapped.now;
    left = left.replace(/\bfrom\s+\S+(?:\s+\S+)?\s+to\s+\S+(?:\s+\S+)?\s*$/, ' ');
  } else if (place?.groups?.place && !scheduleFromWords(place.groups.place) && !/^(?:remote|anywhere|daily|weekly|hourly|it|them)$/i.test(place.groups.place)) {
    change.location = placeFromShortForm(place.groups.place);
    left = left.replace(new RegExp(`\\b(?:in|to|near|around)\\s+${place.groups.place.toLowerCase()}`), ' ').replace(/\bfrom\s+\S+(?:\s+\S+)?\s*$/, ' ');
  }
  // "make the data analyst alert Lisbon, remote too", "make the Cloudflare one Lisbon only": a known place said alone
  // is where it looks; "only" says the place alone (not remote too).
  const placeAlone = change.location ? null : /^\s*(?<place>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)(?<only>\s+only)?\s*[,;.]?\s*$/u.exec(original.replace(remoteToo, ' ').replace(notRemote, ' ').replace(/[,;]\s*(?:and\s+)?$/, ''));
  if (placeAlone?.groups?.place && isKnownPlace(placeAlone.groups.place)) {
    change.location = placeFromShortForm(placeAlone.groups.place);
    if (placeAlone.groups.only && change.remote_too === undefined) change.remote_too = false;
    left = ' ';
  }
  // ("to look for pipe fitter jobs instead": new search words, read above.)
  // "make the devops alert shopify only", "only at Shopify": one company's openings.
  // (Said many ways, trial s49: "clifford chance only", "should only look at DHL", "only Siemens jobs", "to only look at Itaú",
  // "just Babcock ones": a name of up to three words, with "only"/"just" and a word that says it is the employer.)
  const company = companyOnly.exec(left.replace(/\s+(?:please|pls|thx|thanks)\s*$/, ' '));
  const named = (company?.groups?.after ?? company?.groups?.named ?? company?.groups?.before)?.trim();
  if (named && !/^(?:remote|weekdays?|weekends?|daily|weekly|mornings?|evenings?|nights?|hourly|it|that|this|one|senior|junior|full[\s-]?time|part[\s-]?time|contract|permanent|new|good|local)$/i.test(named) && !scheduleFromWords(named) && !isKnownPlace(named)) {
    const asSaid = new RegExp(`\\b${named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(original)?.[0] ?? named;
    change.company = /^\p{Ll}/u.test(asSaid) ? asSaid.charAt(0).toUpperCase() + asSaid.slice(1) : asSaid;
    left = ' ';
  }
  const words = left.replace(/\b(?:to|and|only|instead|please|jobs?)\b/g, ' ').replace(/\s+/g, ' ').trim();
  // "make it 9": an hour alone is the time of day, on the days the alert has (see timeOnly).
  const said = /^\d{1,2}(?::\d{2})?$/.test(words) && Number.parseInt(words, 10) <= 23 ? `at ${words}` : words;
  const schedule = said ? scheduleFromWords(said) : null;
  if (schedule) change.schedule = said;
  return Object.keys(change).length > 0 ? change : null;
}

/** A schedule that repeats ("weekdays at 7:30", "every evening", "daily at 10"): a reminder is due once, only an alert repeats. */
const repeats = /\b(?:every|each|daily|weekly|hourly|nightly|week\s*days?|weekends?|mornings|evenings|afternoons|nights|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:once|twice)\s+a)\b/;

/**
 * Whether a change read by `readAlertEdit` is one only an alert takes, so "the Calgary one"
 * with no alerts in view is an alert: a schedule that repeats, a least fit, remote as well,
 * new search words.
 *
 * @example
 * onlyAnAlertTakes({ schedule: 'weekdays at 7:30' }, 'to weekdays at 7:30'); // true
 */
export function onlyAnAlertTakes(change: Omit<Args, 'alert' | 'change'>, said: string): boolean {
  return (
    (change.schedule !== undefined && repeats.test(said.toLowerCase())) ||
    change.min_fit !== undefined ||
    change.min_salary !== undefined ||
    change.remote_too === true ||
    // (A zone is kept by an alert only: a reminder is due in your zone, "change the nyc one to 8am CET".)
    change.time_zone !== undefined ||
    change.query !== undefined
  );
}

/** "to all of France", "cover the whole of Spain", "to anywhere in Germany": a place said as all of it, read as that place. */
const wholeOf = /^(?:to\s+|cover\s+|take\s+in\s+)?(?:all\s+(?:of\s+)?|the\s+whole\s+of\s+|the\s+whole\s+|anywhere\s+in\s+|everywhere\s+in\s+|the\s+rest\s+of\s+)(?=\S)|^cover\s+(?=\S)/i;

/**
 * Changing an alert or running it now, in words: "change the Antwerp alert to every morning
 * at 7", "make the Eurogate alert remote only", "run the Barendrecht alert now". Added after
 * the pause/resume/delete intents.
 */
export const editAlertIntents: readonly Intent<Args>[] = [
  {
    // ("widen the Lyon alert to all of France", "make the Lyon alert cover the whole of France": a wider place is a move.)
    pattern: new RegExp(`^(?:(?:can|could)\\s+you\\s+)?(?:please\\s+)?(?:change|move|switch|make|update|edit|widen|expand|extend|broaden|stretch|open\\s+up)\\s+${target}\\s+(?:into\\s+|so\\s+(?:it|that\\s+it)\\s+(?:runs?|checks?)\\s+|run\\s+)?(?<rest>.+)$`),
    questions: true,
    confidence: 'certain',
    read: ({ groups, original, clause }): Reading<Args> | null => {
      const rest = (groups.rest ?? '').replace(wholeOf, 'to ');
      // "change the keywords of the Leeds alert to forklift": the search named before the alert.
      const searchOf = /^(?:search(?:\s+(?:words?|terms?))?|key\s*words?|query)\s+(?:of|on|for|in)\s+(?:the\s+|my\s+)?(?<alert>.+)$/i.exec(original('target') ?? '');
      const said = (original('rest') ?? rest).replace(wholeOf, 'to ');
      const moved = /^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:move|widen|expand|extend|broaden|stretch|open\s+up)\b/.test(clause.lower) || said !== (original('rest') ?? rest);
      const change = searchOf ? readAlertEdit(`search ${rest}`, `search ${said}`) : readAlertEdit(rest, said, moved);
      if (!change) return null;
      return { args: { alert: (groups.id ?? searchOf?.groups?.alert ?? original('target') ?? '').trim() || 'my alert', change: 'edit', ...change } };
    },
  },
  {
    pattern: new RegExp(`^(?:(?:can|could)\\s+you\\s+)?(?:please\\s+)?(?:run|check|try)\\s+${target}(?:\\s+(?:now|right\\s+now|again|once|for\\s+me))*$`),
    questions: true,
    confidence: 'certain',
    read: ({ groups, original }) => {
      const alert = (groups.id ?? original('target') ?? '').trim() || 'my alert';
      // ("run every alert now", "check all my alerts": every one of them.)
      return { args: { alert: /^(?:all|every|each)(?:\s+(?:one\s+of\s+)?(?:my|the|of\s+my|of\s+the))?$/i.test(alert) ? 'all' : alert, change: 'run' } };
    },
  },
  {
    // "run all of them now", "run them all", "turn them all back on", "check all my alerts": every alert, with no list in view.
    // (Only alerts run, or are turned back on; "them" is a job list's only when one is in play, and jobs are never run.)
    pattern:
      /^(?:(?:ok|okay|actually|so|and|then)[\s,]+)*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:(?<run>run|re-?run|trigger|kick\s+off|check)|(?<turn>turn|switch|put)|(?<resume>resume|unpause|un-pause|restart|reactivate))\s+(?<which>all\s+(?:of\s+)?them|them\s+all|all\s+(?:of\s+)?(?:my|the)\s+(?:job\s+)?alerts|(?:all\s+|every\s+one\s+of\s+)?my\s+(?:job\s+)?alerts|every\s+(?:job\s+)?alert|each\s+alert)(?:\s+(?<state>back\s+on|on|now|again|at\s+once|right\s+now))*$/,
    confidence: 'certain',
    read: ({ groups }, context) => {
      if (groups.turn && !/\bon\b/.test(groups.state ?? '')) return null;
      // ("them" right after a list of jobs is those jobs, whatever the verb: asked about, never every alert run.)
      const lastAnswer = context.history.findLast((message) => message.role === 'assistant')?.content ?? '';
      const jobsShown = jobInPlay(context.references) || (/\bjobs?\b/i.test(lastAnswer) && !/\balerts?\b/i.test(lastAnswer));
      if (/\bthem\b/.test(groups.which ?? '') && jobsShown) return null;
      return { args: { alert: 'all', change: groups.turn || groups.resume ? 'resume' : 'run' } };
    },
  },
  {
    // "run the devops one now", "kick off the Melbourne search now, I'm bored", "check the Dundee one right now": run now,
    // said of an alert's words. (A trailing "now" is filler the clause has lost, so "run the devops one" is the same ask;
    // only an alert runs. "check the X one" is an alert's only with no job in play or named by those words.)
    pattern:
      /^(?:(?:ok|okay|actually|so|and|then)[\s,]+)*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?<verb>run|re-?run|kick\s+off|trigger|fire\s+off|check)\s+(?:the|my)\s+(?<words>[\p{L}\p{N}_+#.-]+(?:\s+[\p{L}\p{N}_+#.-]+)?)\s+(?:one|search|alert)(?:\s+(?:now|right\s+now|again|once\s+more|straight\s+away|immediately))?(?![\p{L}\p{N}_])(?:\s*[,;.!—–-]+\s*.*|\s+(?:please|pls|thx|thanks)|\s+(?:instead\s+of|rather\s+than)\s+(?:waiting|wait)\b.*)?$/u,
    confidence: 'certain',
    read: ({ groups, original }, context) => {
      const words = (original('words') ?? groups.words ?? '').trim();
      if (/^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/i.test(words)) return null;
      if (groups.verb === 'check' && (jobInPlay(context.references) || findKnownJob(words, context) !== undefined)) return null;
      return { args: { alert: words, change: 'run' } };
    },
  },
  {
    // "change data engineer to analytics engineer on the Berlin alert", "swap Leeds for York on the welder alert": what the
    // alert looks for (or where) said first, then the alert (dev alerts9 #81). A known place is where; else the search.
    pattern:
      /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:change|swap|switch|replace)\s+(?<was>[\p{L}\p{N}+#.'-]+(?:\s+[\p{L}\p{N}+#.'-]+){0,2})\s+(?:to|for|with)\s+(?<now>[\p{L}\p{N}+#.'-]+(?:\s+[\p{L}\p{N}+#.'-]+){0,2})\s+(?:on|in|for)\s+(?:the|my|that)\s+(?<words>[\p{L}\p{N}_+#.-]+(?:\s+[\p{L}\p{N}_+#.-]+)?)\s+(?:job\s+)?(?:alert|search|one)(?:\s+(?:please|pls|thanks))*$/u,
    needs: /alert|search|one/,
    confidence: 'certain',
    read: ({ groups, original }) => {
      const now = (original('now') ?? groups.now ?? '').trim();
      const words = (original('words') ?? groups.words ?? '').trim();
      const was = (original('was') ?? groups.was ?? '').trim();
      if (!now || !words || /^(?:first|second|third|fourth|fifth|last|other|same|next|new|it|that|this|\d(?:st|nd|rd|th)?)$/i.test(words)) return null;
      // ("change 8am to 9am on the Leeds alert": a time is when it runs.)
      if (scheduleFromWords(now)) return { args: { alert: words, change: 'edit', schedule: now } };
      return { args: { alert: words, change: 'edit', ...(isKnownPlace(now) || isKnownPlace(was) ? { location: placeFromShortForm(now) } : { query: now }) } };
    },
  },
  {
    // "force the Venlo alert to go now", "make the Leeds alert run right now", "get my nurse search to check now": run now, said
    // as the alert made to run (dev alerts14 #52). Only with "alert" or "search" named, and nothing after but "now" (the clause
    // has often lost it as filler) and politeness: "make the Leeds alert run at 7" is an edit.
    pattern:
      /^(?:(?:ok|okay|actually|so|and|then)[\s,]+)*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:force|make|get|have|let)\s+(?:the|my)\s+(?<words>[\p{L}\p{N}_+#.-]+(?:\s+[\p{L}\p{N}_+#.-]+)?)\s+(?:job\s+)?(?:alert|search)\s+(?:to\s+)?(?:run|go(?:\s+off)?|fire|check|go\s+out|send)(?:\s+(?:again|once\s+more))?(?:\s+(?:now|right\s+now|immediately|straight\s+away|at\s+once))?(?:\s+(?:please|pls|thx|thanks))*$/u,
    needs: /alert|search/,
    confidence: 'certain',
    read: ({ groups, original }) => {
      const words = (original('words') ?? groups.words ?? '').trim();
      return /^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/i.test(words) ? null : { args: { alert: words, change: 'run' } };
    },
  },
  {
    // "the Lyon one doesn't need to be in Lyon only, remote is ok too", "the welder one needn't be remote any more": what an
    // alert need no longer be, said of "the X one" (only an alert is widened to remote as well, or no longer remote).
    pattern:
      /^(?:the|my)\s+(?<words>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+(?<not>(?:doesn'?t|doesnt|does\s+not)\s+(?:need|have)\s+to\s+be|needn'?t\s+be|need\s+not\s+be|shouldn'?t\s+be|should\s+not\s+be)\s+(?<rest>.+)$/,
    confidence: 'certain',
    read: ({ groups, original }): Reading<Args> | null => {
      const words = groups.words ?? '';
      if (/^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/.test(words)) return null;
      const said = `doesn't need to be ${original('rest') ?? groups.rest ?? ''}`;
      const change = readAlertEdit(`doesn't need to be ${groups.rest ?? ''}`, said);
      if (!change || !(change.remote_too === true || change.remote === false || onlyAnAlertTakes(change, said))) return null;
      return { args: { alert: (original('words') ?? words).trim(), change: 'edit', ...change } };
    },
  },
  {
    // "change the leeds one to 7:30" right after a list of alerts: the Leeds alert, not a resume correction.
    // ("make the welder one weekly and remote": what it becomes said with no "to". "have the Toulouse one look for
    // firmware engineer instead": what it looks for, said with "have"/"get".)
    pattern: /^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?<verb>change|move|switch|make|update|edit|set|have|get)\s+(?:the|that|my)\s+(?<target>.+?)\s+one\s+(?<rest>(?:(?:to|at|for|into)\s+)?.+)$/,
    confidence: 'certain',
    read: ({ groups, original }, context): Reading<Args> | null => {
      const rest = groups.rest ?? '';
      const change = readAlertEdit(rest, original('rest') ?? rest);
      // (With no alerts just listed, only an alert's own fields, made so with no "to", say it is one: "make the welder one 6am
      // instead of 8"; "move the Stripe one to friday" may be a reminder.)
      const alone = /^make\b/.test(groups.verb ?? '') && !/^(?:to|at|for|into)\s/.test(rest);
      // ("have the X one look for …": only an alert is had to look for something, and what it looks for is its search.)
      if (/^(?:have|get)$/.test(groups.verb ?? '') && change?.query === undefined) return null;
      // (A schedule that repeats, a least fit, new search words: only an alert takes them, "change the Calgary one to weekdays at 7:30";
      // "make the support one remote only": no job or letter is made remote.)
      const alertsOwn = change && (change.schedule !== undefined || change.min_fit !== undefined || change.remote_too !== undefined || change.remote === true);
      if (!change || (listedLast(context) !== 'alerts' && !(alone && alertsOwn) && !onlyAnAlertTakes(change, rest))) return null;
      if (/^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/.test(groups.target ?? '')) return null;
      return { args: { alert: (original('target') ?? '').trim(), change: 'edit', ...change } };
    },
  },
];

/**
 * One of an alert's settings named with the alert: "bump the min fit on the Leeds one to 85", "raise the
 * pay floor for the welder alert to 70k", "drop the fit requirement on the logistics alert to 60". The
 * verb says which way it moves, never that the alert goes ("drop … to 60" keeps it).
 */
export const settingOnAlert: Intent<Args> = {
  pattern:
    /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:raise|lower|bump(?:\s+up)?|drop|set|put|increase|reduce|decrease|up|change|move|push|lift|cut|tighten|loosen|relax)\s+(?:the\s+|my\s+)?(?<setting>(?:min(?:imum)?\s+|least\s+)?(?:fit|match|pay|salary|wage)(?:\s+(?:floor|requirement|minimum|threshold|limit|bar|level|score))?|(?:pay\s+|salary\s+)?floor|minimum|threshold|bar)\s+(?:on|for|of|in)\s+(?:the\s+|my\s+|that\s+)?(?:(?<id>alert_[0-9a-f]{3,12})|(?<target>.+?)\s+(?:one|(?:job\s+)?alert|search))\s+(?<rest>(?:to|at|from\s+\S+\s+to)\s+.+)$/,
  confidence: 'certain',
  read: ({ groups, original }): Reading<Args> | null => {
    const setting = groups.setting ?? '';
    const rest = groups.rest ?? '';
    // ("the floor", "the minimum": pay when an amount is money, else the least fit.)
    const named = /\b(?:fit|match)\b/.test(setting) ? `fit ${rest}` : /\b(?:pay|salary|wage)\b/.test(setting) ? `pay ${rest}` : /\d\s*(?:k\b|%)|[$€£]/.test(rest) ? `pay ${rest}` : `fit ${rest}`;
    const change = readAlertEdit(named, named);
    if (!change || (change.min_fit === undefined && change.min_salary === undefined)) return null;
    const alert = (groups.id ?? original('target') ?? '').trim();
    if (!alert || /^(?:first|second|third|fourth|fifth|last|other|same|next|new|it|that|this)$/i.test(alert)) return null;
    return { args: { alert, change: 'edit', ...change } };
  },
};

export const editAlertExamples: readonly PhrasingExample<Args>[] = [
  { say: 'change the Antwerp alert to every morning at 7', args: { alert: 'Antwerp', change: 'edit', schedule: 'every morning at 7' } },
  { say: 'make the Eurogate alert remote only', args: { alert: 'Eurogate', change: 'edit', remote: true } },
  { say: 'run the Barendrecht alert now', args: { alert: 'Barendrecht', change: 'run' } },
  { say: 'change my customs alert to weekdays at 7:30', args: { alert: 'customs', change: 'edit', schedule: 'weekdays at 7:30' } },
  { say: 'make the logistics alert only 70% fit or better', args: { alert: 'logistics', change: 'edit', min_fit: 70 } },
  { say: 'raise the pay floor on the customs alert to 55k', args: { alert: 'customs', change: 'edit', min_salary: 55_000 } },
  { say: 'make the Eurogate alert only show jobs paying €50k or more', args: { alert: 'Eurogate', change: 'edit', min_salary: 50_000 } },
  { say: 'move the customs declarant alert to Rotterdam', args: { alert: 'customs declarant', change: 'edit', location: 'Rotterdam' } },
  { say: 'make the Eurogate alert not remote', args: { alert: 'Eurogate', change: 'edit', remote: false } },
  { say: 'can you check the dispatcher alert right now?', args: { alert: 'dispatcher', change: 'run' } },
  {
    say: 'change the leeds one to 7:30',
    args: { alert: 'leeds', change: 'edit', schedule: '7:30' },
    history: [{ role: 'assistant', content: '2 alerts:\n1. data analyst jobs in leeds, weekdays at 08:00 [alert_3f9a1c0b7d]\n2. remote learning analytics jobs, every Monday at 08:00 [alert_8c41d09e2b]' }],
  },
];
