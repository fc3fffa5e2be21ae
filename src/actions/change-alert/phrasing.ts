import type { z } from 'zod';
import { ALERT_LIST_REFERENCE, ALERT_REFERENCE } from '../arguments/alert-reference.ts';
import { listedLast } from '../phrasing/listed-last.ts';
import { recency } from '../phrasing/references.ts';
import { definePhrasing, type Intent, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { changeAlertArgs } from './args.ts';
import { editAlertExamples, editAlertIntents, onlyAnAlertTakes, readAlertEdit, settingOnAlert } from './edit-phrasing.ts';
import { changeAlertUtterances } from './utterances.ts';
import { orAskWhich } from './listed-alerts.ts';

type Args = z.input<typeof changeAlertArgs>;

const pauseVerbs = 'stop|pause|turn\\s+off|switch\\s+off|disable|mute|silence|suspend|hold\\s+off(?:\\s+on)?|hold|put\\s+on\\s+hold|snooze|shelve|freeze|take\\s+a\\s+break\\s+from';
const deleteVerbs = 'delete|remove|cancel|drop|get\\s+rid\\s+of|kill|scrap|ditch|unsubscribe(?:\\s+me)?\\s+from|bin|nuke|axe|erase|wipe|trash|junk|dump';
const resumeVerbs = 'resume|restart|turn\\s+on|switch\\s+on|enable|unpause|un-pause|reactivate|re-activate|re-enable|start\\s+again|unmute|un-mute|unfreeze|revive|wake\\s+up|bring\\s+back';

/**
 * A verb said around the alert rather than before it: "put the nursing alert on ice", "give the
 * Ghent alert a rest", "bring the Cork alert back", "the nursing alert can go". The alert's words
 * are the middle; the change is the frame's.
 */
const framedChanges: ReadonlyArray<[RegExp, Args['change']]> = [
  [/\b(?:put|keep|leave)\s+(?<middle>.+?)\s+on\s+(?:ice|hold|pause|the\s+back\s*burner)\b/, 'pause'],
  [/\bgive\s+(?<middle>.+?)\s+a\s+(?:rest|break|breather)\b/, 'pause'],
  [/\b(?:bring|switch|turn|put|start)\s+(?<middle>.+?)\s+back(?:\s+on)?\b/, 'resume'],
  [/^(?<middle>.+?)\s+(?:can|may|should)\s+go\b(?!\s+(?:on|to|back|ahead))/, 'delete'],
];

/**
 * Being sent something no longer wanted: "quit sending me barista jobs", "stop sending me the
 * chef stuff", "no more emails about forklift jobs", "quit the daily emails about sales jobs",
 * "enough with the forklift notifications": the alert that sends it, paused.
 */
const sendingStopped = [
  /\b(?:stop|quit|cease|no\s+more|don'?t\s+(?:send|email|text|ping)\s+me\s+any\s+more)\s+(?:sending|alerting|notifying|pinging|emailing|e-mailing|texting|messaging|telling|bugging)\s+me\s+(?:(?:with|about|of|on|for)\s+)?(?:(?:the|any|those|these|all\s+the|more)\s+)?(?:(?:new\s+)?(?:alerts?|e-?mails?|notifications?|pings?|updates?|messages?|texts?)\s+(?:about|of|on|for|with)\s+)?(?:new\s+)?(?<what>.+)$/,
  /\b(?:stop|quit|cease|no\s+more|enough\s+(?:with|of)|end|kill)\s+(?:(?:the|those|these|my|all\s+the|all\s+those)\s+)?(?:(?:daily|weekly|nightly|morning|evening|hourly)\s+)?(?:alerts?|e-?mails?|mails?|notifications?|pings?|updates?|messages?|texts?|digests?)\s+(?:about|of|on|for|with|re)\s+(?:new\s+)?(?<what>.+)$/,
  /\b(?:stop|quit|no\s+more|enough\s+(?:with|of))\s+(?:(?:the|those|these|my|all\s+the)\s+)?(?<what>.+?)\s+(?:e-?mails?|notifications?|pings?|updates?|texts?|digests?)$/,
];
/** What is sent, without the words around it: "barista jobs please" → "barista". */
const sentWhat = (what: string) =>
  what
    .replace(/\s+(?:any\s*more|anymore|please|pls|plz|thanks|thx|for\s+now|for\s+a\s+(?:bit|while)|till\s+.+|until\s+.+|while\s+.+)$/g, '')
    .replace(/\s+(?:any\s*more|anymore|please|pls|plz)$/g, '')
    .replace(/\s+(?:jobs?|roles?|positions?|openings?|vacancies|stuff|ones|posts?|listings?|alerts?|e-?mails?|notifications?)$/, '')
    .replace(/^(?:the|those|these|any|all)\s+/, '')
    .trim();
/** An alert no longer wanted: "don't need the php alert anymore", "the Leeds alert isn't needed", "i no longer need …". */
const unwanted = /\b(?:(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:really\s+)?(?:need|want)|(?:is|are)(?:\s+not|n'?t)\s+needed|not\s+needed|no\s+longer\s+needed)\b/;
/** Every alert at once: "kill all my alerts", "remove every alert i have", "pause all the alerts". */
const everyAlert = /\b(?:all|every(?:\s+one\s+of)?|each)\s+(?:of\s+)?(?:my\s+|the\s+|these\s+|those\s+)?(?:job\s+)?(?:alerts?|notifications)\b|\b(?:my|the)\s+alerts\s+(?:all|altogether)\b|\b(?:pause|mute|freeze|suspend|snooze|resume|unpause|unmute|unfreeze)\s+(?:absolutely\s+)?everything\b|\b(?:unpause|un-pause|unmute|un-mute|unfreeze|reactivate|re-activate)\s+(?:all(?:\s+of)?\s+them|them\s+all|all)\b/;

const changeOf = (verb: string): Args['change'] =>
  new RegExp(`^(?:${deleteVerbs})$`).test(verb) ? 'delete' : new RegExp(`^(?:${resumeVerbs})$`).test(verb) ? 'resume' : 'pause';

/** The words before "alerts" that mean every one: "all my", "every one of the", "each of my". */
const allAlerts = /^(?:all|every(?:\s+one)?|each)(?:\s+(?:of\s+)?(?:my|the|these|those|of))*(?:\s+(?:job\s+)?alerts?)?$/;

/** "the Berlin alert", "my typescript alerts", "the alert for rust jobs", "alert_3f9a1c0b7d". */
const alertTarget = '(?:(?:the|my|that|this)\\s+)?(?:(?<before>(?!(?:sending|alerting|notifying|emailing|texting|pinging)\\b).+?)\\s+)?(?:job\\s+)?(?:alerts?|notifications?)(?:\\s+(?:for|about|on)\\s+(?<after>.+))?|(?<id>alert_[0-9a-f]{3,12})';

/** How long, said after "for": "two weeks", "a month", "a few days", "the holidays", "now": no words of an alert. */
const forHowLong = /^(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|several)\s+(?:days?|weeks?|months?)|a\s+(?:bit|while|fortnight|week|month)|now|the\s+(?:holidays|summer|winter|time\s+being|moment|weekend|rest\s+of\s+the\s+\w+))\b/;

const readTarget = (verb: string, before: string | undefined, saidAfter: string | undefined, id: string | undefined, said = '') => {
  // ("pause the welder alert for two weeks": how long is no part of which alert.)
  const after = saidAfter && forHowLong.test(saidAfter.trim()) ? undefined : saidAfter;
  // "turn my alerts back on": alerts said in the plural, with no words of one, are all of them.
  const alert = (id ?? [before, after].filter(Boolean).join(' ')).trim() || (/\b(?:my|the)\s+(?:job\s+)?alerts\b/.test(said) ? 'all' : 'my alert');
  // "kill all my alerts", "pause every one of the alerts": all of them.
  return { args: { alert: allAlerts.test(alert.toLowerCase()) ? 'all' : alert, change: changeOf(verb) } };
};

const anyVerb = new RegExp(`\\b(?<verb>${deleteVerbs}|${resumeVerbs}|${pauseVerbs})\\b`);
/** Which alert, said anywhere: "alert_…", "the devops alert", "my alert for rust jobs". */
const anyTarget = [
  /\b(?<id>alert_[0-9a-f]{3,12})\b/,
  /\b(?:alerts?|notifications?)\s+(?:for|about|on)\s+(?<after>(?!now\b).+?)(?:\s+jobs?)?(?:\s+(?:again|back\s+on|for\s+now|any\s*more|please|pls))*(?:[,.!]|$)/,
  /\b(?:the|my|that|this|our)\s+(?<before>[\w+#. -]+?)\s+(?:job\s+)?(?:alerts?|notifications?)\b/,
];

/**
 * A change said anywhere in a sentence the classifier took for one: "mute the devops alert
 * for now", "start the nursing alert again", "i dont need the php alert anymore, bin it".
 */
function readChangeSentence(lower: string, text: string = lower) {
  for (const pattern of sendingStopped) {
    const what = pattern.exec(lower)?.groups?.what;
    const alert = what ? sentWhat(what) : '';
    if (alert && !/^(?:me|it|them|jobs?|anything|stuff|things|alerts?|e-?mails?|notifications?)$/.test(alert)) return { args: { alert, change: 'pause' as const } };
  }
  for (const [frame, change] of framedChanges) {
    const middle = frame.exec(lower)?.groups?.middle;
    if (!middle || !/\b(?:alerts?|notifications?)\b|\bone$/.test(middle)) continue;
    if (everyAlert.test(middle) || /^(?:my|all\s+my|the)\s+(?:job\s+)?alerts$/.test(middle.trim())) return { args: { alert: 'all', change } };
    const named = middle.replace(/^(?:the|my|that|this|our)\s+/, '').replace(/\s+(?:job\s+)?(?:alerts?|notifications?|one)$/, '').trim();
    if (named && !/^(?:the|my|all|every|job|new|it|that|this|other|same|next|first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)?)$/.test(named)) return { args: { alert: named, change } };
  }
  let verb = anyVerb.exec(lower)?.groups?.verb;
  if (unwanted.test(lower)) verb = 'delete';
  // "stop alerting me about cashier jobs": what the alert is about, after the verb.
  const alerting = /\b(?:stop|quit)\s+(?:alerting|notifying|pinging|emailing)\s+me\s+(?:about|of|on|for|with)\s+(?:new\s+)?(?<after>.+?)(?:\s+jobs?|\s+roles?)?(?:\s+(?:any\s*more|please|pls))*$/.exec(lower);
  if (alerting?.groups?.after) return { args: { alert: alerting.groups.after.trim(), change: 'pause' as const } };
  if (!verb && /\b(?:start|turn|switch|put)\b.*\b(?:again|back\s+on|on)\b/.test(lower)) verb = 'resume';
  if (!verb && /\b(?:start|turn|switch)\b.*\boff\b/.test(lower)) verb = 'stop';
  if (!verb) return readEditSentence(lower, text);
  // "freeze my alerts while I'm away", "turn my alerts back on": every alert, said as all of them.
  if (everyAlert.test(lower) || /\b(?:my|the)\s+(?:job\s+)?alerts\b(?!\s+(?:for|about|on)\b)/.test(lower) && !/\b(?:my|the)\s+[\w+#.-]+\s+(?:job\s+)?alerts\b/.test(lower.replace(/\b(?:all|every|each)\s+(?:of\s+)?/g, '')))
    return { args: { alert: 'all', change: changeOf(verb.replace(/\s+/g, ' ').replace(/^(?:start|turn|switch|put)$/, 'resume')) } };
  for (const pattern of anyTarget) {
    const groups = pattern.exec(lower)?.groups;
    if (!groups) continue;
    const alert = (groups.id ?? groups.before ?? groups.after ?? '').trim();
    if (alert && !/^(?:the|my|all|every|job|new)$/.test(alert)) return { args: { alert, change: changeOf(verb.replace(/\s+/g, ' ').replace(/^(?:start|turn|switch|put)$/, 'resume')) } };
  }
  return null;
}

/**
 * A change to an alert named anywhere, with no verb of its own: "the Lisbon alert - weekly please",
 * "can the warehouse alert be every evening instead", "bump the min fit on the react alert to 75".
 */
function readEditSentence(lower: string, text: string): Reading<Args> | null {
  // (A new alert asked for, or a question about one, is no edit: "set up my usual alert for …", "when does the Leeds alert run?")
  if (/\b(?:set\s*up|setup|create|add|new|want|would\s+like|'d\s+like|make\s+(?:me|an?)|give\s+me)\b/.test(lower) || /^(?:what|when|which|how|why|is|are|does|do|did)\b/.test(lower.trim())) return null;
  const found = /\b(?:on\s+|for\s+|of\s+)?(?:the|my|that|this|our)\s+(?<before>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+(?:job\s+)?alert\b/.exec(lower);
  const named = found?.groups?.before?.trim();
  if (!found || !named || /^(?:new|job|other|same|first|second|last)$/.test(named)) return null;
  const cut = (said: string) => `${said.slice(0, found.index)} ${said.slice(found.index + found[0].length)}`;
  const rest = cut(lower).replace(/(?<!\d):(?!\d)|[-–—,;!]+/g, ' ').replace(/^\s*(?:can|could|would|will|should)\s+(?:you\s+)?/, ' ').replace(/\b(?:be|run|go|send|come|check|make\s+it|please|pls|instead|bump|raise|lower|set|have|now|only\s+send|good\s+fits?|the\s+min(?:imum)?\s+fit)\b/g, ' ');
  const change = readAlertEdit(rest, cut(text));
  return change ? { args: { alert: named, change: 'edit', ...change } } : null;
}

const pointingVerb = new RegExp(`^(?:(?:ok|okay|hmm+|actually|yeah|yes|no|nah|wait|oh|and|then|also|so)[\\s,]+)*(?:(?:can|could)\\s+(?:you|u)\\s+)?(?:please\\s+|pls\\s+)?(?:(?<verb>${pauseVerbs}|${deleteVerbs}|${resumeVerbs})|(?<turn>turn|switch|put)|(?<run>run|re-?run|check|try))\\s+(?<target>(?<all>all(?:\\s+of)?\\s+them|them\\s+all|all\\s+of\\s+those)|it|that|this|them|that\\s+one|this\\s+one|th(?:at|is)\\s+(?:job\\s+)?alert|(?:the\\s+)?(?<place>first|second|third|fourth|fifth|last|\\d(?:st|nd|rd|th)?)(?:\\s+(?:one|alert))?|(?:no\\.?|number|nr\\.?|#)\\s*(?<numbered>\\d{1,2})|the\\s+(?<words>[\\w+#.-]+(?:\\s+[\\w+#.-]+)?)\\s+one)(?:\\s+(?:once|one\\s+time|quickly))?(?:\\s+(?<state>back\\s+on|on|off|on\\s+hold|again|for\\s+now|now|too|right\\s+now))?(?:\\s*[,;:!.-]+\\s*.*|(?:\\s+(?:pls|please|thx|thanks|then|already|immediately|straight\\s+away|asap|obrigad[oa]|por\\s+favor|bitte))+|\\s+so\\s+(?:i|we)\\s+can\\s+.*)?$`);
const ordinals: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/**
 * An alert pointed at in a thread that has alerts in play: "pause it" after one was set up,
 * "delete the second one" or "the Berlin one" after they were listed. Null when the thread
 * has no alert in play, or the words point at none.
 */
/**
 * The alerts in play: the thread's references, or else the alert ids jobpilot's last answer
 * showed ("You have 3 alerts: 1. … (alert_1a2b3c4d5e) …", "Done: an alert … (alert_9c8b7a6d5e)").
 */
function alertsInPlay(context: PhrasingContext): { last: string | undefined; listed: string[]; byPlace?: boolean } {
  const last = context.references[ALERT_REFERENCE];
  const listed = (context.references[ALERT_LIST_REFERENCE] ?? '').split(',').filter(Boolean);
  if (last || listed.length > 0) return { last, listed };
  const answer = context.history.at(-1);
  const shown = answer?.role === 'assistant' ? [...new Set(answer.content.match(/\balert_[0-9a-f]{10}\b/g) ?? [])] : [];
  if (shown.length > 0 || answer?.role !== 'assistant') return shown.length === 1 ? { last: shown[0], listed: shown } : { last: undefined, listed: shown };
  // An answer written without ids ("Your alerts:\n1. chef in Sydney — daily …"): a place in it is
  // passed on as said, the action counts it in the same order; "Alert set: …" leaves "it" for the action.
  // ("Your alerts: 1. … 08:00. 2. …": the items of a list written on one line count too.)
  if (listedLast(context) === 'alerts') return { last: undefined, listed: answer.content.match(/(?:^|[:.!]\s+|\n)\s*\d{1,2}\.\s/g)?.map((_, index) => String(index + 1)) ?? [], byPlace: true };
  return alertTold.test(answer.content) ? { last: alertToldWords(answer.content) ?? 'it', listed: [] } : { last: undefined, listed: [] };
}

/**
 * The words of the one alert an answer told of ("Alert set: remote elixir, every morning …" → "remote elixir",
 * "Paused the alert for nursing in Cork." → "nursing in Cork"): "pause it" then names that alert, found among
 * several by its search, not only when it is the only one.
 */
function alertToldWords(answer: string): string | undefined {
  const found =
    /\bnow\s+(?<now>[^,;.]+?)\s*,/i.exec(answer) ??
    /\balert\s+(?:set|made|created|changed|updated|paused|resumed)(?:\s*\[[^\]]*\])?\s*:\s*(?<set>[^,;.]+)/i.exec(answer) ??
    /\b(?:the|an?)\s+(?:new\s+)?alert\s+(?:for|on)\s+(?<named>[^,;.]+)/i.exec(answer);
  const words = (found?.groups?.now ?? found?.groups?.set ?? found?.groups?.named)?.replace(/\s+jobs?\b/i, '').replace(/\s*\[[^\]]*\]/g, '').trim();
  return words && words.length <= 80 && !/^(?:it|that|this|you)$/i.test(words) ? words : undefined;
}

/** An answer that made or changed one alert: "Alert set: …", "Done: an alert for …", "Changed the alert …", "Paused the alert …". */
const alertTold = /\b(?:alert\s+(?:set|made|created|changed|updated|paused|resumed)|(?:set\s+up|made|created|changed|paused|resumed|updated)\s+(?:an?\s+|the\s+|your\s+)?(?:new\s+)?(?:job\s+)?alert|an?\s+(?:new\s+)?alert\s+for)\b/i;

function readPointedAlert(lower: string, context: PhrasingContext): Reading<Args> | null {
  // (The words first: most clauses point at nothing, and finding the alerts in play reads the thread.)
  const groups = pointingVerb.exec(lower)?.groups;
  if (!groups?.target) return null;
  const { last, listed, byPlace } = alertsInPlay(context);
  if (!last && listed.length === 0) return null;
  const state = groups.state ?? '';
  if (groups.turn && !/^(?:back\s+on|on|off|on\s+hold)$/.test(state)) return null;
  // ("run it now", "check the first one", "run it now then": run at once. "run all of them now" only right after alerts were listed.)
  const lastAnswer = context.history.findLast((message) => message.role === 'assistant');
  const alertsListed = listed.length > 1 && /\balerts?\b/i.test(lastAnswer?.content ?? '');
  if (groups.run && (groups.all || /\bthem\b/.test(groups.target)) && !alertsListed) return null;
  const verb = groups.verb ?? (groups.run ? 'run' : /off|hold/.test(state) ? 'stop' : 'resume');
  const place = groups.place ?? groups.numbered;
  let alert: string | undefined;
  if (groups.all || (groups.run && /\bthem\b/.test(groups.target))) {
    alert = 'all';
  } else if (place && byPlace) {
    // (Counted by the action in the order the list was shown.)
    alert = place;
  } else if (place) {
    alert = place === 'last' ? listed.at(-1) : listed[(ordinals[place] ?? Number.parseInt(place, 10)) - 1];
  } else if (groups.words) {
    alert = /^(?:other|same|new|next|first|last|right|wrong)$/.test(groups.words) ? undefined : groups.words;
  } else {
    alert = last ?? (listed.length === 1 ? listed[0] : undefined);
  }
  if (!alert) return null;
  // The alert mentioned more recently than any job wins "delete it".
  const mentioned = recency(context.history, (content) => /\balert(?:s|_[0-9a-f]{10})?\b/i.test(content));
  const named = /\balert\b/.test(groups.target);
  // Regression (session 38): "run it now" right after an alert was set up said goodbye ("I have to run").
  const change = verb === 'run' ? 'run' : changeOf(verb.replace(/\s+/g, ' '));
  return { args: { alert, change }, confidence: named ? 'certain' : 'likely', recency: Number.isFinite(mentioned) ? mentioned : 0 };
}

/** "change it to weekdays at 7", "and make that one weekly", "set this alert to 70% or better": an edit of the alert in play. */
const pointedEdit =
  /^(?:(?:and|then|also|so|ok(?:ay)?|now)[\s,]+)*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:change|make|set|switch|move|update|edit|put)\s+(?<target>it|that(?:\s+one)?|this(?:\s+one)?|th(?:at|is)\s+alert)\s+(?:to\s+|into\s+|so\s+(?:it|that\s+it)\s+(?:runs?|checks?)\s+|run\s+)?(?<rest>.+)$/;

/**
 * An edit of the alert the thread, or a step before in the same message, has in play: "resume
 * the Cork alert and change it to weekdays at 7" is both, never the first alone. The alert is
 * its id when known; "it" when the step before will leave it (resolved when the step runs).
 */
function readPointedEdit(rest: string, original: string, target: string, context: PhrasingContext): Reading<Args> | null {
  const { last, listed } = alertsInPlay(context);
  // (An id, or the words of the alert an answer told of; a step before in the same message leaves "it", resolved when it runs.)
  const alert = last ? (/^alert_/.test(last) || !context.references[ALERT_REFERENCE] ? last : 'it') : listed.length === 1 ? listed[0] : undefined;
  if (!alert) return null;
  const change = readAlertEdit(rest, original);
  if (!change) return null;
  const mentioned = recency(context.history, (content) => /\balert(?:s|_[0-9a-f]{10})?\b/i.test(content));
  return { args: { alert, change: 'edit', ...change }, confidence: /\balert\b/.test(target) || !last || !/^alert_/.test(last) ? 'certain' : 'likely', recency: Number.isFinite(mentioned) ? mentioned : 0 };
}

/** An edit said first, then the alert in play: "only 70+ fits on that one", "weekdays at 7 for it", "remote only on this alert". */
const editThenPointed = /^(?<rest>.+?)\s+(?:on|for|with)\s+(?<target>it|that(?:\s+one)?|this(?:\s+one)?|th(?:at|is)\s+alert)(?:\s+(?:please|pls|instead|too))?$/;

/** "the monday one can run now", "the 7:30 one can stop", "the morning one should only be Stripe jobs": the alert as "the X one", then what it may do. */
const oneMayDo =
  /^(?:(?:the|my)\s+(?<words>[\w+#.:-]+(?:\s+[\w+#.:-]+)?)\s+one\s+(?:can|could|should|may|must|needs?\s+to)|(?:can|could|should)\s+(?:the|my)\s+(?<asked>[\w+#.:-]+(?:\s+[\w+#.:-]+)?)\s+one)\s+(?:(?<run>run)(?:\s+(?:now|right\s+now|once|again))*|(?<stop>stop|pause|rest|wait|sleep)|(?:be\s+)?(?<delete>go|deleted|removed|cancelled|canceled|binned)|(?:be\s+)?(?<resume>start\s+again|restart|resume|resumed|come\s+back)|(?<edit>only\s+be|be\s+only|just\s+be|be|run|go\s+out|come)\s+(?<rest>.+?))(?:\s+(?:now|for\s+now|please|pls|too|instead))?$/;
const notWords = /^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/;

function readOneMayDo(lower: string, original: string, context: PhrasingContext, saidOfAlert = false): Reading<Args> | null {
  const groups = oneMayDo.exec(lower)?.groups;
  const words = groups?.words ?? groups?.asked;
  if (!groups || !words || notWords.test(words)) return null;
  // (Only an alert runs; stopping or changing "the X one" is an alert's only where alerts are in play,
  // or where the change is one only an alert takes: "can the Glasgow one be every evening instead".)
  // (Started again is an alert's too: no job, letter or reminder "can start again"; "the one that goes out on fridays" is named as one.)
  const { last, listed } = alertsInPlay(context);
  if (groups.run) return { args: { alert: words, change: 'run' } };
  const alertOnly = groups.edit ? readAlertEdit(groups.rest ?? '', groups.rest ?? '') : null;
  // ("can the HVAC one go out at 5am instead": only an alert goes out or runs at a time; a reminder is due.)
  const alertsVerb = /^(?:run|go\s+out)$/.test(groups.edit ?? '');
  if (!saidOfAlert && !groups.resume && !alertsVerb && !last && listed.length === 0 && !(alertOnly && onlyAnAlertTakes(alertOnly, groups.rest ?? ''))) return null;
  if (groups.edit) {
    const rest = groups.rest ?? '';
    // "should only be Stripe jobs": a company said alone, as its name is written.
    const company = /^(?<company>\S+)\s+(?:jobs?|roles?|openings?|ones)$/.exec(rest)?.groups?.company;
    const asWritten = company ? original.split(/\s+/).find((word) => word.toLowerCase() === company) : undefined;
    if (asWritten && /^\p{Lu}/u.test(asWritten)) return { args: { alert: words, change: 'edit', company: asWritten } };
    const change = readAlertEdit(rest, rest);
    return change ? { args: { alert: words, change: 'edit', ...change } } : null;
  }
  return { args: { alert: words, change: groups.stop ? 'pause' : groups.delete ? 'delete' : 'resume' } };
}

/** "the one that runs on mondays", "the one which goes out at 7": only an alert runs on a schedule; named by those words. */
const runsOn =
  /\bthe\s+one\s+(?:that|which|who)\s+(?:runs|goes(?:\s+out|\s+off)?|comes(?:\s+out|\s+in)?|fires|checks|sends|arrives|pings\s+me|is)\s+(?:on\s+|at\s+|every\s+|each\s+|in\s+the\s+)?(?<words>[\w:]+(?:\s+(?:and|&)\s+[\w:]+)?)\b(?:\s+(?:mornings?|evenings?|afternoons?|nights?))?/;

/** "the one that runs on mondays can go", "delete the one that goes out at 7": read as "the mondays one …". */
function readRunsOn(lower: string, original: string, context: PhrasingContext): Reading<Args> | null {
  const found = runsOn.exec(lower);
  const words = found?.groups?.words;
  if (!found || !words || notWords.test(words)) return null;
  const said = `${lower.slice(0, found.index)}the ${words} one${lower.slice(found.index + found[0].length)}`.replace(/\s+/g, ' ').trim();
  const read = readOneMayDo(said, original, context, true) ?? readPointedAlert(said, context);
  if (read) return read;
  const verb = unwanted.test(said) ? 'delete' : anyVerb.exec(said)?.groups?.verb;
  return verb ? { args: { alert: words, change: changeOf(verb.replace(/\s+/g, ' ')) } } : null;
}

/** A month said by its name in English, German, French or Spanish. */
const monthName =
  '(?:jan(?:uary|uar|vier)?|enero|feb(?:ruary|ruar)?|f[ée]vrier|febrero|m[äa]r(?:ch|z|s)?|marzo|apr(?:il)?|avril|abril|may|mai|mayo|june?|juni|juin|junio|july?|juli|juillet|julio|aug(?:ust)?|ao[ûu]t|agosto|sep(?:t(?:ember)?)?|septembre|septiembre|oct(?:ober)?|okt(?:ober)?|octobre|octubre|nov(?:ember)?|novembre|noviembre|dec(?:ember)?|dez(?:ember)?|d[ée]cembre|diciembre)';
/** "till january", "until after christmas", "until the end of the month": a month, a feast or an end (`pausedUntil`). */
const untilLoosely = new RegExp(
  String.raw`(?:^|[\s,(])(?:till|until|untill|til)\s+(?<date>(?:after\s+)?(?:christmas|xmas|new\s+year(?:'s)?|easter|the\s+(?:new\s+year|holidays))|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+|next\s+)?(?:month|week|year|${monthName})|mid[\s-]?${monthName}|(?:after\s+)?${monthName}(?:\s+\d{4})?)(?=[\s,.;!)]|$)`,
  'iu',
);
/** "till 20.12.2026", "bis zum 10. Januar", "hasta el 10 de enero", "until next monday": a date (`pausedUntil`). */
const untilDate = new RegExp(
  String.raw`(?:^|[\s,(])(?:till|until|untill|til|through|thru|bis(?:\s+(?:zum|zur|am|einschlie[ßs]lich))?|jusqu['’]\s*(?:au|à|a|le)|hasta(?:\s+el)?|at[ée](?:\s+(?:o|a|dia|ao))?)\s+(?<date>(?:the\s+|le\s+|el\s+|dia\s+)?(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{1,2}(?:st|nd|rd|th|er|\.)?(?:\s+(?:de\s+|of\s+)?${monthName}\.?(?:\s+\d{4})?)?|${monthName}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+(?:week|month)|the\s+(?:weekend|new\s+year)|christmas|new\s+year))(?=[\s,.;!)]|$)`,
  'iu',
);

/**
 * How long a pause should last, as said: "till 20.12.2026", "until Jan 10", "bis zum 10. Januar", "jusqu'au 20 décembre",
 * "hasta el 10 de enero", "until next monday", "till I'm back on the 3rd". Only a date (figures, a month's name, a weekday,
 * "next week"): "until further notice" says no date.
 *
 * @example
 * pausedUntil('pause all my alerts, I am travelling to Pune till 20.12.2026'); // '20.12.2026'
 */
export function pausedUntil(message: string): string | undefined {
  // "for two weeks", "for a month", "for a few days": a length of time is kept as when it ends, "in two weeks".
  const span = /(?:^|[\s,(])for\s+(?:the\s+next\s+)?(?<span>(?:a|an|one|two|three|four|five|six|\d{1,2}|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?)\s+(?:days?|weeks?|months?)|a\s+fortnight)(?=[\s,.;!)]|$)/iu.exec(message)?.groups?.span;
  if (span) return `in ${span.replace(/^(?:a\s+)?couple(?:\s+of)?/i, 'two').replace(/^a\s+fortnight$/i, 'two weeks').replace(/^one\s+/i, 'a ')}`;
  // "till january", "until after christmas", "until the end of the month", "until mid-January": a month, a feast or an end.
  const loose = untilLoosely.exec(message);
  const found = untilDate.exec(message);
  // ("bis zum 10. Januar." ends the sentence; "20.12.2026" keeps its figures.)
  return found?.groups?.date?.replace(/(?<=\p{L})\.$/u, '').trim() || loose?.groups?.date?.trim() || undefined;
}

/** The verbs of a change said in French, German, Spanish, Portuguese, Italian or Dutch, by what they do. */
const foreignVerbs: ReadonlyArray<[RegExp, Args['change']]> = [
  [/^(?:supprim(?:e|er|ez)|efface[rz]?|enl[eè]ve[rz]?|l[öo]sch(?:e|en)|entfern(?:e|en)|borra(?:r)?|elimina(?:r)?|quita(?:r)?|apaga(?:r)?|exclu(?:a|i|ir)|remov(?:a|e|er)|cancella(?:re)?|rimuovi|verwijder(?:en)?|wis)$/, 'delete'],
  [/^(?:reprend(?:s|re|ez)?|relance[rz]?|r[ée]activ(?:e|er|ez)|aktivier(?:e|en)|fortsetzen|setze|starte|reanuda(?:r)?|reactiva(?:r)?|retom(?:a|ar|e)|reativ(?:a|ar|e)|riprendi|riattiva|hervat(?:ten)?)$/, 'resume'],
  [/^(?:arr[êe]te[rz]?|stopp?(?:e|er|ez|en)?|suspend(?:s|re|ez|e|a|er|o)?|pausier(?:e|en)|halte?|deaktivier(?:e|en)|para(?:r)?|pare|det[ée]n|deten(?:er)?|pausa(?:r)?|desactiva(?:r)?|desativ(?:a|ar|e)|ferma(?:re)?|sospendi|pauzeer|pauzeren)$/, 'pause'],
];
/**
 * "arrête l'alerte de Lyon", "stopp den Berlin-Alarm", "para la alerta de Madrid", "Pausiere bitte den Basel-Alarm bis zum
 * 10. Januar", "supprime l'alerte pour Nantes", "reanuda la alerta de Sevilla": a change of one alert said in another
 * language, the alert named by the words after "de"/"für"/"di"/"van" or before "-Alarm". (Trial s46: said in French,
 * German or Spanish these were answered "I only understand English" or not read at all.)
 */
const foreignChange =
  /^(?:(?:s'il\s+(?:te|vous)\s+pla[iî]t|bitte|por\s+favor|per\s+favore|alsjeblieft)[\s,]+)?(?<verb>[\p{L}]+)(?:\s+(?:bitte|please|pls|doch|mal|por\s+favor|s'il\s+(?:te|vous)\s+pla[iî]t|per\s+favore))?\s+(?:(?:l['’]|la\s+|le\s+|les\s+|den\s+|die\s+|das\s+|the\s+|my\s+|meinen\s+|meine\s+|mein\s+|el\s+|los\s+|las\s+|mi\s+|mis\s+|a\s+|o\s+|minha\s+|il\s+|lo\s+|mio\s+|de\s+|het\s+|mijn\s+|ma\s+|mon\s+|mes\s+)*)(?:(?<compound>[\p{L}][\p{L}\d.'’-]*?)-(?:alarm|alert|jobalarm|suchauftrag)|(?:job-?)?(?:alerte|alerta|alarm|alert|avviso|melding|suchauftrag|benachrichtigung|jobalarm)s?(?:\s+(?:de|du|des|d['’]|f[üu]r|for|about|von|zu|para|sobre|pour|per|di|del|della|van|voor|do|da|dos|das)\s*(?<named>[\p{L}\d][\p{L}\d .'’-]*?))?)(?:\s+(?:wieder|again|de\s+nouveau|otra\s+vez|di\s+nuovo|weer|bitte|please|pls|por\s+favor|s'il\s+(?:te|vous)\s+pla[iî]t|per\s+favore))*(?:\s*[,;]?\s+(?:bis|jusqu['’]|hasta|at[ée]|fino|tot|till|until)\b.*)?[\s.!]*$/iu;

function readForeignChange(text: string): Reading<Args> | null {
  const groups = foreignChange.exec(text.trim())?.groups;
  const verb = groups?.verb?.toLowerCase() ?? '';
  const change = foreignVerbs.find(([pattern]) => pattern.test(verb))?.[1];
  const named = (groups?.compound ?? groups?.named)?.trim();
  if (!change || !named) return null;
  // ("setze den Berlin-Alarm fort", "aktiviere … wieder": a German verb of going on again.)
  return { args: { alert: named, change }, confidence: 'certain' };
}

/** The patterns of a change to an alert. */
const changeIntents: ReadonlyArray<Intent<Args>> = [
  {
    // "arrête l'alerte de Lyon", "stopp den Berlin-Alarm", "para la alerta de Madrid": said in another language.
    // readForeignChange checks the alert nouns itself: words in a pattern join the spelling corrector's vocabulary,
    // and "alertas" there stopped "Mostre meus alertas" from being corrected to "alerts".
    pattern: /^(?<all>.+)$/u,
    // (The alert nouns `foreignChange` cannot match without; not in the pattern, for the reason above.)
    needs: /alarm|alert|avviso|melding|suchauftrag|benachrichtigung/iu,
    confidence: 'certain',
    read: ({ clause }) => readForeignChange(clause.text),
  },
  {
    // "pause it", "delete the second one", "kill the kafka one": an alert the thread has in play.
    pattern: /^(?<all>.+)$/,
    confidence: 'certain',
    read: ({ groups }, context) => readPointedAlert(groups.all ?? '', context),
  },
  // "bump the min fit on the Leeds one to 85", "drop the pay floor on the welder alert to 40k".
  settingOnAlert,
  {
    // "give the Aberdeen one a rest", "put the welder one on ice": resting idioms are said of alerts, never of jobs or reminders.
    pattern: /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:give\s+the\s+(?<given>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+a\s+(?:rest|break|breather)|put\s+the\s+(?<put>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+on\s+(?:ice|the\s+back\s*burner))\b(?:\s+(?:for\s+(?:now|a\s+(?:bit|while))|please|pls))?$/,
    confidence: 'certain',
    read: ({ groups }) => {
      const words = groups.given ?? groups.put ?? '';
      return notWords.test(words) ? null : { args: { alert: words, change: 'pause' } };
    },
  },
  {
    pattern: runsOn,
    confidence: 'certain',
    read: ({ clause }, context) => readRunsOn(clause.lower, clause.text, context),
  },
  {
    pattern: oneMayDo,
    confidence: 'certain',
    read: ({ clause }, context) => readOneMayDo(clause.lower, clause.text, context),
  },
  {
    // "only 70+ fits on that one": the edit first, the alert in play after.
    pattern: editThenPointed,
    confidence: 'certain',
    read: ({ groups, original }, context) => readPointedEdit(groups.rest ?? '', original('rest') ?? groups.rest ?? '', groups.target ?? '', context),
  },
  {
    pattern: pointedEdit,
    confidence: 'certain',
    read: ({ groups, original }, context) => readPointedEdit(groups.rest ?? '', original('rest') ?? groups.rest ?? '', groups.target ?? '', context),
  },
  {
    pattern: new RegExp(`^(?:(?:can|could)\\s+you\\s+)?(?:please\\s+)?(?<verb>${pauseVerbs}|${deleteVerbs}|${resumeVerbs})\\s+(?:${alertTarget})(?:\\s+(?:back\\s+on|again|for\\s+now|now))?$`),
    questions: true,
    confidence: 'certain',
    read: ({ groups, original, clause }, context) => {
      const reading = readTarget(groups.verb ?? 'stop', original('before'), original('after'), groups.id, clause.lower);
      // "stop the alert" with several in play: which one is asked, never guessed.
      const { last, listed } = alertsInPlay(context);
      if (reading.args.alert === 'my alert' && !last && listed.length > 1) return { reply: `Which alert? ${listed.length} were listed: say "the first one", its words ("the Cork one") or "all of them".` };
      return reading;
    },
  },
  {
    // "turn the rust alert back on", "switch my Berlin alert off"
    pattern: new RegExp(`^(?:please\\s+)?(?:turn|switch|put)\\s+(?:${alertTarget})\\s+(?<state>back\\s+on|on|off|on\\s+hold)$`),
    confidence: 'certain',
    read: ({ groups, original, clause }) =>
      readTarget(groups.state === 'off' || groups.state === 'on hold' ? 'stop' : 'resume', original('before'), original('after'), groups.id, clause.lower),
  },
  {
    // "no more Berlin alerts", "I don't want the typescript alert anymore"
    pattern: new RegExp(`^(?:no\\s+more|i\\s+(?:don'?t|do\\s+not)\\s+(?:want|need)\\s+(?:the\\s+|my\\s+|any\\s+more\\s+)?)\\s*(?:${alertTarget})(?:\\s+any\\s*more)?$`),
    read: ({ groups, original, clause }) => readTarget(unwanted.test(clause.lower) ? 'delete' : 'stop', original('before'), original('after'), groups.id),
  },
  {
    // "i dont need the php alert no more", "kill all my alerts", "the Leeds alert isn't needed anymore": a change said anywhere.
    pattern: /^(?<all>.*\b(?:alerts?|alerting|alert_[0-9a-f]{3,12})\b.*)$/,
    read: ({ groups, original }) => readChangeSentence(groups.all ?? '', original('all') ?? groups.all ?? ''),
  },
  {
    // "on holiday, pause everything for now": what jobpilot does on its own is its alerts.
    pattern: /^(?<all>(?:.*\s)?(?:pause|mute|freeze|suspend|snooze|resume|unpause|unmute|unfreeze)\s+(?:absolutely\s+)?everything\b.*)$/,
    read: ({ groups }) => readChangeSentence(groups.all ?? ''),
  },
  {
    // "mute the nurse one", "pause the bakery one till january": verbs said only of alerts, with the alert's words.
    pattern: /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?<verb>mute|unmute|pause|unpause|snooze|silence|hold\s+off\s+on|hold|freeze|suspend|reactivate|re-activate|re-enable)\s+the\s+(?<words>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\b(?:\s+(?:for(?:\s+now)?|for\s+a\s+(?:bit|while)|till\s+.+|until\s+.+|again|please|pls|while\s+.+|because\s+.+|since\s+.+|as\s+i'?m\s+.+|during\s+.+|over\s+.+)|\s*[,;—–]+\s*.+)?$/,
    read: ({ groups }) =>
      /^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/.test(groups.words ?? '')
        ? null
        : {
            args: { alert: groups.words ?? '', change: changeOf((groups.verb ?? 'pause').replace(/\s+/g, ' ')) },
            // ("hold the Berlin one": a word the classifier knows from saving jobs; with "the X one" it is an alert's.)
            ...(/^(?:hold|freeze|suspend)$/.test(groups.verb ?? '') ? { confidence: 'certain' as const } : {}),
          },
  },
  {
    // "stop the berlin one for now", "stop the welder one till March": stopped for a while is paused, and only an alert pauses.
    pattern: /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?stop\s+the\s+(?<words>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+(?:for\s+(?:now|a\s+(?:bit|while|few\s+(?:days|weeks))|the\s+(?:time\s+being|moment))|till\s+.+|until\s+.+)(?:\s+(?:please|pls|thx|thanks))?$/,
    read: ({ groups }) => (notWords.test(groups.words ?? '') ? null : { args: { alert: groups.words ?? '', change: 'pause' } }),
  },
  {
    // "the hourly one is too much, make it twice a day", "the Anthropic one is overkill, every 4 hours is plenty", "hourly is
    // too much for the Nairobi one, twice a day is enough": too often said of an alert, then how often it should run.
    pattern:
      /^(?:(?:the|my)\s+(?<words>[\w+#.-]+(?:\s+[\w+#.-]+){0,2})\s+one\s+is|(?<said>.+?)\s+is\s+too\s+(?:much|often|frequent)\s+for\s+(?:the|my)\s+(?<named>[\w+#.-]+(?:\s+[\w+#.-]+){0,2})\s+one)(?:\s+(?:a\s+bit|way|kind\s+of|kinda|honestly))?\s*(?:too\s+(?:much|often|frequent|noisy|spammy)|overkill|a\s+bit\s+much|excessive|spamming\s+me)?\s*[,;:.—–-]+\s*(?:(?:just|please|pls|so)\s+)*(?:(?:make|set|change|switch)\s+it(?:\s+to)?\s+|(?:can|could)\s+it\s+(?:be|run)\s+|it\s+should\s+(?:be|run)\s+|(?:run\s+it|let'?s\s+do)\s+)?(?<rest>.+?)(?:\s+(?:is|would\s+be)\s+(?:enough|plenty|fine|ok(?:ay)?|better))?(?:\s+(?:instead|please|pls))?$/,
    confidence: 'certain',
    read: ({ groups, original }) => {
      const words = groups.words ?? groups.named ?? '';
      if (!words || notWords.test(words)) return null;
      const change = readAlertEdit(groups.rest ?? '', original('rest') ?? groups.rest ?? '');
      // (How often it runs is the change; "the Acme one is too long, make it shorter" is a letter's.)
      return change?.schedule !== undefined ? { args: { alert: words, change: 'edit', ...change } } : null;
    },
  },
  {
    // "start the nurse one again", "restart the cork one": started again, only an alert.
    pattern: /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:start|restart|kick\s+off)\s+the\s+(?<words>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+(?:again|back\s+up|up\s+again)(?:\s+(?:please|pls|thx|thanks))?$/,
    read: ({ groups }) =>
      /^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/.test(groups.words ?? '') ? null : { args: { alert: groups.words ?? '', change: 'resume' } },
  },
  {
    // "can the paralegal one be every evening instead", "the Lisbon one, make it weekly": an alert named as "the X one", with an edit.
    pattern:
      /^(?:(?:can|could|should)\s+(?:the|my)\s+(?<asked>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+(?:be|run|come|go\s+out|check)\s+|(?:the|my)\s+(?<should>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s+(?:should|must|needs?\s+to|has\s+to|could|can)\s+(?:be|run|come|go\s+out|check)\s+|(?:the|my)\s+(?<told>[\w+#.-]+(?:\s+[\w+#.-]+)?)\s+one\s*[,:;-]+\s*(?:(?:make|set|change|switch|move)\s+it(?:\s+to)?|(?:can|could)\s+it\s+be|it\s+should\s+be)\s+)(?<rest>.+)$/,
    read: ({ groups, original }) => {
      const words = groups.asked ?? groups.told ?? groups.should ?? '';
      if (/^(?:first|second|third|fourth|fifth|last|other|same|next|new|\d(?:st|nd|rd|th)?)$/.test(words)) return null;
      const change = readAlertEdit(groups.rest ?? '', original('rest') ?? groups.rest ?? '');
      // (Only an alert has a schedule or a least fit; "the Acme one, make it shorter" is a letter.)
      return change && (change.schedule !== undefined || change.min_fit !== undefined) ? { args: { alert: words, change: 'edit', ...change } } : null;
    },
  },
  {
    // "please stop for some time the alert of lisbon": the verb, how long, then the alert.
    pattern: new RegExp(`^(?:please\\s+|pls\\s+)?(?<verb>${pauseVerbs}|${deleteVerbs}|${resumeVerbs})\\s+(?:for\\s+(?:some\\s+time|a\\s+(?:while|bit|few\\s+days)|now|the\\s+moment)\\s+)?(?:the|my)\\s+(?:job\\s+)?alert\\s+(?:of|for|about|on|from)\\s+(?<after>.+?)(?:\\s+(?:jobs?|please|pls))?$`),
    confidence: 'certain',
    read: ({ groups, original }) => readTarget(groups.verb ?? 'stop', undefined, original('after') ?? groups.after, undefined),
  },
  {
    // "turn the berlin one back on", "bring the Cork one back": only an alert is turned or brought back on.
    pattern: /^(?<all>(?:please\s+|pls\s+)?(?:bring|turn|switch)\s+the\s+[\w+#.-]+(?:\s+[\w+#.-]+)?\s+one\s+back(?:\s+on)?(?:\s+(?:please|pls|thx|thanks))?)$/,
    read: ({ groups }) => readChangeSentence(groups.all ?? ''),
  },
  {
    // "quit sending me barista jobs", "no more emails about forklift jobs", "enough with the chef notifications".
    pattern: /^(?<all>.*\b(?:stop|quit|cease|no\s+more|enough)\b.*\b(?:sending|alerting|notifying|pinging|emailing|texting|messaging|e-?mails?|notifications?|pings?|updates?|texts?|digests?)\b.*)$/,
    confidence: 'certain',
    read: ({ groups }) => readChangeSentence(groups.all ?? ''),
  },
  ...editAlertIntents,
];

/**
 * How people stop, restart or remove an alert: "stop the Berlin alert", "delete my
 * typescript alert", "turn the rust alert back on", "no more Berlin alerts".
 */
export const changeAlertPhrasing = definePhrasing<Args>({
  priority: 37,
  utterances: changeAlertUtterances,
  capability: 'pause, resume or delete your alerts',
  readSentence: (clause, context) => orAskWhich(readChangeSentence(clause.lower, clause.text), context),
  // "pause all my alerts, I am travelling till 20.12.2026", "Pausiere den Basel-Alarm bis zum 10. Januar": how long, said anywhere.
  slots: { until: (message) => pausedUntil(message) },
  describe: ({ alert, change }) => `${change === 'edit' ? 'change' : change} the alert "${alert}"`,
  // ("pause the welder one" right after two welder alerts were listed: which one is asked, never guessed.)
  intents: changeIntents.map((intent) => ({ ...intent, read: (match, context) => orAskWhich(intent.read(match, context), context) })),
  examples: [
    { say: 'stop the Berlin alert', args: { alert: 'Berlin', change: 'pause' } },
    { say: 'delete my typescript alert', args: { alert: 'typescript', change: 'delete' } },
    { say: 'turn the rust alert back on', args: { alert: 'rust', change: 'resume' } },
    { say: 'no more Berlin alerts', args: { alert: 'Berlin', change: 'pause' } },
    { say: 'cancel the alert for python jobs', args: { alert: 'python', change: 'delete' } },
    { say: "don't need the php alert anymore", args: { alert: 'php', change: 'delete' } },
    { say: 'I got the job, pause all my alerts', args: { alert: 'all', change: 'pause' } },
    { say: 'delete the second one', args: { alert: 'alert_8c41d09e2b', change: 'delete' }, references: { last_alert_ids: 'alert_3f9a1c0b7d,alert_8c41d09e2b' } },
    { say: 'pause it', args: { alert: 'alert_3f9a1c0b7d', change: 'pause' }, references: { last_alert_id: 'alert_3f9a1c0b7d' } },
    { say: 'change it to weekdays at 7', args: { alert: 'alert_3f9a1c0b7d', change: 'edit', schedule: 'weekdays at 7' }, references: { last_alert_id: 'alert_3f9a1c0b7d' } },
    ...editAlertExamples,
  ],
  produces: [ALERT_REFERENCE],
  counterExamples: ['stop', 'delete the Berlin job from my list', 'set up an alert for rust jobs', "don't set up an alert", 'delete the second one'],
});
