import { article, asClause, isActionVerb, pastTense } from './prose.ts';

/**
 * A resume's shorthand said in words, as prose writes it: "~3 hrs/week" → "about 3 hours a week",
 * "61% → 74%" → "61% to 74%", "w/" → "with". Text without shorthand is returned as it is.
 *
 * @example
 * spelledOut('saved tutors ~3 hrs/week'); // 'saved tutors about 3 hours a week'
 */
export function spelledOut(text: string): string {
  return text
    .replace(/(^|[\s(])~\s*(?=[£$€]?\d)/g, '$1about ')
    .replace(/(^|[\s(])c\.\s*(?=[£$€]?\d)/g, '$1about ')
    .replace(/(\d[\d.,]*)\s*(hrs?|mins?|wks?|yrs?)\b\.?/gi, (_whole, count: string, unit: string) => `${count} ${unitWords[unit.toLowerCase().replace(/s$/, '')] ?? unit}${count === '1' ? '' : 's'}`)
    .replace(/(\d\S*(?:\s+\p{L}+)?)\s*(?:\/|\bper\s+)(week|wk|day|month|mo|year|yr|hour|hr|shift|term)\b/giu, (_whole, amount: string, period: string) => `${amount} a ${periodWords[period.toLowerCase()] ?? period}`)
    .replace(/(?<!\bfrom\s)(?<=^|\s)([£$€]?\d[\d,.]*(?:%|k|m)?)\s*(?:→|->|=>|⇒|⟶)\s*(?=[£$€]?\d)/g, 'from $1 to ')
    .replace(/\s*(?:→|->|=>|⇒|⟶)\s*/g, ' to ')
    .replace(/\bw\/(?=\s)/gi, 'with')
    .replace(/\s+&\s+(?=\p{Ll})/gu, ' and ');
}

const unitWords: Record<string, string> = { hr: 'hour', min: 'minute', wk: 'week', yr: 'year' };
const periodWords: Record<string, string> = { wk: 'week', mo: 'month', yr: 'year', hr: 'hour' };

// "GCSE pass rate 61% → 74% in three years", "Average call wait 6 min -> 2 min": a measure and its change, with no verb.
const changePattern = /^(?<measure>(?:[^→>\d]|\d(?!\S*\s*(?:→|->|=>|⇒|⟶)))+?)\s+(?:from\s+)?(?<before>[£$€]?\d[\d,.]*(?:%|\s*(?:k|m|pts?|points|days?|weeks?|hours?|mins?|minutes?|seconds?|s)\b)?)\s*(?:→|->|=>|⇒|⟶)\s*(?<after>[£$€]?\d[\d,.]*(?:%|\s*(?:k|m|pts?|points|days?|weeks?|hours?|mins?|minutes?|seconds?|s)\b)?)(?<rest>.*)$/iu;

// What a thing is made by: the noun a bullet names decides the verb the letter gives it.
const madeBy: ReadonlyArray<[RegExp, string]> = [
  [/^(?:dashboards?|trackers?|tools?|apps?|applications?|websites?|sites?|databases?|models?|pipelines?|spreadsheets?|systems?|bots?|scripts?|templates?|workbooks?|apis?|integrations?|portals?|calculators?|prototypes?|platforms?|forms?|automations?|macros?|reports? suite|data ?warehouses?)$/i, 'built'],
  [/^(?:reports?|guides?|handbooks?|policies|policy|proposals?|bids?|manuals?|articles?|papers?|newsletters?|briefings?|procedures?|playbooks?|documentation)$/i, 'wrote'],
  [/^(?:curricul(?:um|a)|courses?|programmes?|programs?|schemes?|workshops?|trainings?|surveys?|processes|process|workflows?|layouts?|campaigns?|lessons?|interventions?|rotas?|schedules?)$/i, 'designed'],
  [/^(?:projects?|initiatives?|migrations?|rollouts?|audits?|reviews?|events?|clubs?|sessions?|teams?|crews?|brigades?|gangs?|squads?|services?|clinics?|partnerships?)$/i, 'led'],
];

const determiner = /^(?:the|a|an|our|my|their|its|this|that|these|those|every|each|all|one|two|three|four|five|six|seven|eight|nine|ten|\d)/i;
const prepositionOrParticiple = /^(?:for|of|in|on|at|to|with|across|by|from|into|used|adopted|shared|covering|tracking|showing|that|which)$/i;

/**
 * A resume bullet with no verb said as a clause with one, or nothing when the bullet already has
 * a verb or its kind of thing is not known:
 * a measure and its change ("GCSE pass rate 61% → 74% in three years") becomes "I raised the
 * GCSE pass rate from 61% to 74% in three years" (or "brought … down"); a thing made and what it
 * did ("Tableau attendance dashboard; saved tutors ~3 hrs/week") becomes "I built a Tableau
 * attendance dashboard that saved tutors about 3 hours a week".
 *
 * @example
 * verblessClaim('Weekly KPI report for the board'); // 'I wrote a weekly KPI report for the board'
 */
export function verblessClaim(bullet: string): string | undefined {
  // "Staff turnover down from 48% to 29% after …": a measure and its change in words, said as with an arrow.
  const text = bullet
    .trim()
    .replace(/[.;!]+$/, '')
    .replace(/^(\D+?)\s+(?:(?:went\s+)?(?:up|down)\s+)?from\s+([£$€]?\d[\d,.]*%?)\s+to\s+(?=[£$€]?\d)/iu, (whole, measure: string, before: string) => (hasVerb(measure) || /\p{L}{3,}ed\b/u.test(measure) ? whole : `${measure} ${before} → `));
  const change = changePattern.exec(text)?.groups;
  // "Pick accuracy", "Order lead time": a word that is also a verb names the measure when it comes first.
  const measureWords = change?.measure?.replace(/^(?:pick|pack|order|load|call|test|service|process|record|route|check|stock|dispatch)\s+(?=\p{L})/iu, '');
  if (change?.measure && change.before && change.after && measureWords && !hasVerb(measureWords)) {
    const measure = asClause(change.measure.trim().replace(/[:,]$/, ''));
    const the = determiner.test(measure) ? '' : 'the ';
    const rise = amount(change.after) - amount(change.before);
    const span = `from ${change.before.trim()} to ${change.after.trim()}${spelledOut(change.rest ?? '')}`;
    if (rise > 0) return `I raised ${the}${measure} ${span}`;
    if (rise < 0) return `I brought ${the}${measure} down ${span}`;
    return undefined;
  }
  const [head = '', ...after] = text.split(/\s*(?:;|\s[-–—]\s|:)\s*/);
  if (!head || hasVerb(head)) return undefined;
  const words = head.split(/\s+/);
  const cut = words.findIndex((word, index) => index > 0 && prepositionOrParticiple.test(word.replace(/[(,]/g, '')));
  const named = (cut > 0 ? words.slice(0, cut) : words).filter((word) => !/^\(/.test(word));
  const noun = named.at(-1)?.replace(/[),]+$/, '') ?? '';
  const made = madeBy.find(([nouns]) => nouns.test(noun))?.[1];
  if (!made) return undefined;
  // "Supervising team of 12 welders": the gerund is the deed ("I supervised a team of 12 welders"), never part of the thing.
  const gerund = /^(\p{L}+?)ing\s+(?=\p{L})/iu.exec(head);
  const doing = gerund?.[1] ? [gerund[1], `${gerund[1]}e`, gerund[1].replace(/(\p{L})\1$/u, '$1')].find((stem) => stem.length > 2 && isActionVerb(stem.toLowerCase())) : undefined;
  const verb = doing ? pastTense(doing.toLowerCase()) : made;
  const thing = spelledOut(asClause(doing && gerund ? head.slice(gerund[0].length) : head));
  const plural = /[^s]s$/i.test(noun);
  const lead = determiner.test(thing) || plural ? '' : `${article(thing)} `;
  const result = after.join('; ');
  return `I ${verb} ${lead}${thing}${result ? resultClause(spelledOut(result)) : ''}`;
}

// What the thing did: "saved tutors about 3 hours a week" → " that saved …"; "used by 14 teachers" → ", used by …"; anything else in brackets.
function resultClause(result: string): string {
  const first = result.split(/\s+/)[0] ?? '';
  if (/^(?:used|adopted|shared|read|rolled)$/i.test(first)) return `, ${asClause(result)}`;
  if (isActionVerb(first)) return ` that ${asClause(/ed$/i.test(first) ? result : `${pastTense(first.toLowerCase())}${result.slice(first.length)}`)}`;
  return ` (${asClause(result)})`;
}

// Whether a phrase holds a verb of its own ("rose", "improved", "was"), so it is already a clause.
function hasVerb(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/[^a-z-]/g, ''))
    .some((word, index) => (index === 0 && isActionVerb(word)) || /^(?:rose|fell|grew|was|were|is|are|went|cut|won|led|became|improved|increased|decreased|reduced|dropped|doubled|halved|tripled)$/.test(word));
}

function amount(figure: string): number {
  const number = Number(figure.replace(/[^\d.]/g, ''));
  return /k\s*$/i.test(figure) ? number * 1000 : /m\s*$/i.test(figure) ? number * 1_000_000 : number;
}
