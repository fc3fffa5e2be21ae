import type { WorkArrangement, WorkMode } from '../protocol/posting.ts';

/**
 * The work arrangement a posting states in its own words — title, location, then text — in
 * the languages postings here are written in (English, Irish, German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish: src/documents/written-language.ts): "Hybrid 2 days Dublin
 * (Sandyford office)", "Hybrid: 3 lá san oifig in Corcaigh", "in office 3 days a week",
 * "Remote within Ireland, with a day a month in Cork", "fully remote", "on-site".
 *
 * A board's own remote flag says less than the posting: remote boards list hybrid roles too,
 * so what the posting says wins, and the flag is the answer only when the posting is silent.
 */

/** The posting's fields the arrangement is read from. */
export interface ArrangementSource {
  title: string;
  location: string | null;
  /** The board's flag: true for a remote board's listings, whatever the text says. */
  remote: boolean | null;
  description: string;
}

/** How strongly a sentence states a mode: "fully remote" outranks "hybrid", which outranks a bare "remote". */
type Statement = {
  mode: WorkMode;
  strength: number;
  sentence: string;
  officeDays: OfficeDays | null;
  homeDays: HomeDays | null;
  place: string | null;
  within: string | null;
};
type OfficeDays = NonNullable<WorkArrangement['office_days']>;
type HomeDays = NonNullable<WorkArrangement['home_days']>;

const numberWords: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [1, 'a an one aon ein einen einem einer eine un une uno una um uma een één jeden jedna'],
    [2, 'two dhá dá zwei deux dos dois duas due twee dwa dwie'],
    [3, 'three trí drei trois tres três tre drie trzy'],
    [4, 'four ceithre vier quatre cuatro quatro quattro cztery'],
    [5, 'five cúig fünf cinq cinco cinque vijf pięć'],
  ].flatMap(([value, words]) => String(words).split(' ').map((word) => [word, Number(value)])),
);
const numberWord = `\\d(?:[.,]5)?|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|')}`;
const dayWord = String.raw`(?:days?|lá|laethanta|tag(?:en?)?|jours?|días?|dias?|giorni|giorno|dagen|dag|dni|dzień)`;
const per = String.raw`(?:a|an|per|each|every|\/|in\s+the|pro|par|por|a\s+la|al|alla|à|w|in\s+aghaidh\s+na|sa|in\s+de|op|na|van\s+de)`;
const weekWord = String.raw`(?:week|wk|woche|semaine|semana|settimana|tydzień|tygodniu|seachtain|seachtaine)`;
const monthWord = String.raw`(?:month|monat|mois|mes|mês|mese|maand|miesiąc|miesiącu|mí|mhí)`;
const rangeJoin = String.raw`(?:-|–|—|to|or|\/|bis|oder|à|ou|a|o|y|e|tot|of|do|lub|nó|go)`;
/** "2–3 days a week", "a day a month", "3 lá", "2 Tage pro Woche". */
const officeDaysPattern = new RegExp(
  String.raw`(?<![\p{L}\d])(?<low>${numberWord})(?:\s*${rangeJoin}\s*(?<high>${numberWord}))?\s*${dayWord}(?![\p{L}])(?:\s*(?:${per})\s*(?:(?<week>${weekWord})|(?<month>${monthWord}))(?![\p{L}]))?`,
  'giu',
);
/** Words after the days that put them in an office or a place: "in the office", "on-site", "san oifig", "im Büro". */
const officeWords = String.raw`(?:(?:in|at|from)\s+(?:the|an?|our)\s+(?:\p{Lu}[\p{L}'’-]+\s+)?(?:office|hq|headquarters|hub|studio|site|clinic|hospital)|(?:in|at)\s+(?:the\s+)?office|on[- ]?site|in[- ]person|in[- ]office|san\s+oifig|sna\s+hoifigí|im\s+büro|vor\s+ort|au\s+bureau|sur\s+site|en\s+(?:la\s+)?oficina|presenciales?|no\s+escritório|in\s+ufficio|in\s+sede|op\s+(?:kantoor|locatie)|w\s+biurze|stacjonarn\p{L}*)`;
/** The same, to tell whether a text names any days at all. */
const anyOfficeDays = new RegExp(officeDaysPattern.source, 'iu');
const officeAfter = new RegExp(String.raw`^\s*(?:(?:${per})\s*(?:${weekWord}|${monthWord})\s*)?${officeWords}`, 'iu');
const officeBefore = new RegExp(String.raw`${officeWords}\s*(?:for\s+|für\s+|pendant\s+)?$`, 'iu');
/**
 * "2 days from home", "2 days a week working from home", "2 Tage Homeoffice", "2 Tage/Woche mobil",
 * "2 jours de télétravail": days away from the office, never days in it.
 */
const remoteDaysAfter =
  /^\s*(?:(?:of|de|di|van|im|in|at)\s+)?(?:(?:working|work|to\s+work)\s+)?(?:remote(?:ly)?|from\s+home|at\s+home|wfh|home[- ]?office|von\s+zu\s?hause|zu\s?hause|mobil(?:e[snm]?)?(?![\p{L}])|mobile[snm]?\s+arbeit\p{L}*|télétravail|teletrabajo|remoto|smart\s+working|thuis(?:werken)?|zdaln\p{L}*|ó\s+bhaile|cianda)/iu;
/** "mobiles Arbeiten bis 2 Tage", "Homeoffice an 2 Tagen", "remote work up to 2 days": the days' mode said first. */
const remoteDaysBefore =
  /(?:remote(?:ly)?|remote\s+work(?:ing)?|from\s+home|wfh|home[- ]?office|télétravail|teletrabajo|smart\s+working|mobile[snm]?\s+arbeit(?:en)?|mobile\s+work(?:ing)?)\s*[:-]?\s*(?:(?:for|für|an|on|of|at)\s+)?(?:(?:bis(?:\s+zu)?|up\s+to|max(?:imal|imum)?\.?|höchstens|at\s+most)\s+)?$/iu;
/** "up to 2 days", "bis zu 2 Tage", "max. 2 Tage": at most that many. */
const atMostBefore = /(?:bis(?:\s+zu)?|up\s+to|max(?:imal|imum)?\.?|höchstens|at\s+most)\s*$/iu;
/**
 * A sentence stating how much of the week is worked: "Part-time contract, 3 days a week",
 * "0.6 FTE", "working 4 days a week". Its days not tied to an office are the working pattern.
 */
const workingPattern = /(?<![\p{L}])(?:part[- ]?time|teilzeit|temps\s+partiel|media\s+jornada|tempo\s+parziale|deeltijd|niepełny\s+etat|\d(?:[.,]\d+)?\s*fte|pro[- ]rata|job[- ]share|compressed\s+hours|working\s+(?:pattern|week))/iu;
/** Days that are not office days: leave, notice, the working week itself. */
const notOfficeDays = /^\s*(?:(?:of\s+)?(?:annual\s+)?(?:leave|holidays?|vacation|pto|off|notice|sick|paid|training|onboarding)|urlaub|congés|vacaciones|férias|ferie|vakantie|urlopu|saoire)/iu;

/**
 * What "hybrid" names when a thing follows it, not a way of working: "hybrid cloud", "hybrid powertrain engineer",
 * "hybrid vehicle technician" (review of session 47: a search for "hybrid powertrain engineer" lost the word).
 */
export const hybridThing = String.raw`(?!\s+(?:cloud|app|apps|mobile|infrastructure|environments?|architectures?|integration|vehicles?|cars?|powertrains?|drivetrains?|electric|ev|propulsion|battery|energy|systems?|search|models?\s+of\s+care|theatres?|operating\s+(?:rooms?|theatres?)|seeds?|rice|maize|corn|plants?|breeding|solar)(?![\p{L}]))`;
const hybridWords = new RegExp(String.raw`(?<![\p{L}])(?:hybrid(?:e|es|er|en)?|hibrideach|híbrid[oa]|ibrid[oa]|hybrydow\p{L}*|hybrydo\p{L}*)(?![\p{L}])${hybridThing}`, 'iu');
const strongRemoteWords =
  /(?:fully|100\s?%|completely|entirely|totally|permanently|full[- ]time|100\s?percent)[- ]remote(?:ly)?(?![\p{L}])|(?<![\p{L}])remote[- ]only(?![\p{L}])|work\s+from\s+anywhere|100\s?%\s+(?:home\s?office|télétravail|remoto|zdaln\p{L}*|thuis)|vollständig\s+(?:remote|im\s+home\s?office)|full\s+remote|télétravail\s+(?:complet|total|à\s+100)|totalmente\s+remot[oa]|completamente\s+remot[oa]|interamente\s+da\s+remoto|volledig\s+(?:remote|thuis|op\s+afstand)|w\s+pełni\s+zdaln\p{L}*|go\s+hiomlán\s+(?:cianda|ó\s+bhaile)/iu;
const remoteWords =
  /(?<![\p{L}])remote(?:ly)?(?![\p{L}])(?![- ](?:monitoring|sensing|desktop|control|access|patients?|consultations?|care|diagnostics?|sites?|areas?|communities|locations?|teams?\s+(?:of|across)|learning|server|repository|branch|procedures?))|work(?:ing)?\s+from\s+home|(?<![\p{L}])wfh(?![\p{L}])|(?<![\p{L}])home[- ]?office(?![\p{L}])|télétravail|teletrabajo|(?<![\p{L}])remot[oa](?![\p{L}])|(?<![\p{L}])zdaln\p{L}*|thuiswerk\p{L}*|op\s+afstand|da\s+remoto|cianda|cianobair|mobiles\s+arbeiten/iu;
const onSiteWords =
  /(?:fully|100\s?%|entirely|only|strictly|exclusively)\s+on[- ]?site|(?<![\p{L}])on[- ]?site(?:\s+only|\s+(?:role|position|job)|\s+in\s+\p{Lu}|\s*[-–—(,:]\s*\p{Lu}|\.?$)|(?:role|position|job|work|working|based|is|are|be)\s+(?:fully\s+)?on[- ]?site(?![- ](?:visits?|gym|parking|canteen|childcare|meetings?|events?))|office[- ]based|in[- ]office\s+(?:role|position|only|full[- ]time|every\s+day)|in[- ]person\s+(?:role|position|only)|(?<![\p{L}])not\s+(?:a\s+)?remote(?![\p{L}])|(?<![\p{L}])no\s+remote(?![\p{L}])|non[- ]remote|remote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|an\s+option|offered)|kein(?:e)?\s+(?:home\s?office|remote)|100\s?%\s+vor\s+ort|präsenz(?:pflicht|stelle|tätigkeit)|en\s+présentiel|100\s?%\s+présentiel|(?<![\p{L}])presencial(?![\p{L}])|in\s+presenza|stacjonarn\p{L}*|ar\s+an\s+láthair/imu;
/**
 * Working from home as a share of the week or an option beside an office: hybrid, not remote.
 * "Homeoffice-Anteil von 60 %", "Homeoffice nach Absprache", "Homeoffice-Möglichkeit", "bis zu 80 %
 * mobiles Arbeiten", "teilweise remote", "partially remote".
 */
const partlyRemoteWords =
  /(?:home[- ]?office|remote|mobile[sn]?\s+arbeit(?:en)?)[- ]?(?:anteil|quote|möglichkeit(?:en)?|option|tage?)(?![\p{L}])|anteil\s+(?:an\s+)?(?:home[- ]?office|remote|mobilem\s+arbeiten)|(?<![\p{L}])(?:home[- ]?office|mobiles\s+arbeiten)\s+(?:(?:ist\s+)?möglich|nach\s+absprache|tageweise|teilweise|anteilig)|(?<![\p{L}])(?:teilweise|anteilig|tageweise|partly|partially|partial)\s+(?:im\s+)?(?:home[- ]?office|remote|mobil\p{L}*|from\s+home)|(?<![\d.,])(?:[1-9]\d?)\s?%\s+(?:home[- ]?office|remote|mobiles\s+arbeiten)/iu;
/** "remote or hybrid", "hybrid or remote": either is possible, so the work can be remote. */
const eitherRemote = /(?:remote|hybrid)\s+(?:or|oder|ou|o|of|lub|nó)\s+(?:fully\s+)?(?:remote|hybrid)/iu;

const place = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ -](?:de\s+|na\s+|an\s+)?\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\([^)]{1,40}\))?`;
const placeAfter = new RegExp(String.raw`^\s*(?:[-–—:,]\s*)?(?:(?:in|at|from|near|en|à|a|em|im|w|bei|bij|san\s+oifig\s+in|i|in\s+our|at\s+our|in\s+the|at\s+the|our)\s+)?(?:(?:office|offices|hq|headquarters|hub)\s+(?:in|at)\s+)?(?<place>${place})`, 'u');
const withinPattern = new RegExp(
  String.raw`(?:remote(?:ly)?|from\s+home|work\s+from\s+anywhere)\s*(?:\(\s*(?<parenthesised>[^)]{2,40})\)|(?:[-–—:]\s*)?(?:within|in|across|from(?:\s+anywhere\s+in)?|anywhere\s+in)\s+(?:the\s+)?(?<named>${place}))`,
  'iu',
);
const hybridPlaceAfter = new RegExp(String.raw`^\s*(?:[-–—:,(]\s*|\s+(?:in|at|from|en|à|em|im|w|i|bei)\s+)(?<place>${place})`, 'u');
const onSitePlacePattern = new RegExp(String.raw`on[- ]?site\s+(?:in|at)\s+(?<place>${place})`, 'iu');
const placeLike = /^(?:remote|anywhere|worldwide|global|globally|flexible|hybrid|on-?site|home|various)$/i;

/** Sentences of a text: lines, then sentence ends, then list separators. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=\p{Lu})|\s*[;•·|]\s*/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0 && sentence.length <= 400);
}

const valueOf = (word: string): number => numberWords[word.toLowerCase()] ?? Number(word.replace(',', '.'));

/** A place as read: without the sentence's closing punctuation, and not a word like "remote". */
function cleanPlace(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').replace(/(?<![\s.,;:])[\s.,;:]+$/u, '');
  return trimmed && !placeLike.test(trimmed) ? trimmed : null;
}

type DaysRead = { days: OfficeDays; place: string | null } | { remoteDays: HomeDays | null };

/**
 * The office days a sentence states, with the place they are spent when it follows: days
 * tied to an office ("3 days in the office") first, then days away from it ("2 days from
 * home", "2 jours de télétravail"), then days tied to a place when the sentence names a mode.
 */
function officeDaysIn(sentence: string, modeSaid: boolean): DaysRead | null {
  let remoteDays: { remoteDays: HomeDays | null } | null = null;
  let byPlace: DaysRead | null = null;
  for (const match of sentence.matchAll(officeDaysPattern)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const after = sentence.slice(start + match[0].length);
    const before = sentence.slice(Math.max(0, start - 40), start);
    if (notOfficeDays.test(after)) continue;
    const low = valueOf(groups.low ?? '');
    const high = groups.high ? valueOf(groups.high) : low;
    const counted = low > 0 && high >= low && high <= 7;
    if (remoteDaysAfter.test(after) || remoteDaysBefore.test(before)) {
      // "bis 2 Tage/Woche mobil": at most two days away, so the rest of the week is in the office.
      const home: HomeDays | null = counted ? { min: atMostBefore.test(before) ? 0 : low, max: high, per: groups.month ? 'month' : 'week' } : null;
      if (!remoteDays || (!remoteDays.remoteDays && home)) remoteDays = { remoteDays: home };
      continue;
    }
    if (!counted) continue;
    const days: OfficeDays = { min: low, max: high, per: groups.month ? 'month' : 'week' };
    const placeFollowing = cleanPlace(placeAfter.exec(after.replace(officeAfter, ''))?.groups?.place);
    if (officeAfter.test(after) || officeBefore.test(before)) return { days, place: placeFollowing };
    // "5 days a week" alone is the working week, and so are a part-time job's days ("Part-time, 3 days a week, remote");
    // days tied to a place, or to a period in a sentence naming a mode, are office days.
    if (!placeFollowing && workingPattern.test(sentence)) continue;
    if (modeSaid && (placeFollowing || groups.week || groups.month)) byPlace ??= { days, place: placeFollowing };
  }
  return remoteDays ?? byPlace;
}

/** Where the remote work may be done: "Ireland" for "remote within Ireland", "EU" for "Remote (EU)". */
function withinOf(sentence: string): string | null {
  const groups = withinPattern.exec(sentence)?.groups;
  // "Remote (UK only)": the region is the UK.
  return cleanPlace((groups?.parenthesised ?? groups?.named)?.replace(/\s+only\s*$/i, ''));
}

/** What one sentence (or the title, or the location) says about the work arrangement. */
function statementIn(sentence: string): Statement | null {
  const hybrid = hybridWords.test(sentence) || partlyRemoteWords.test(sentence);
  const strongRemote = strongRemoteWords.test(sentence) || eitherRemote.test(sentence);
  const onSite = !strongRemote && onSiteWords.test(sentence);
  const remote = strongRemote || (!onSite && remoteWords.test(sentence));
  const days = officeDaysIn(sentence, hybrid || remote || onSite);
  const officeDays = days && 'days' in days ? days.days : null;
  const dayPlace = days && 'days' in days ? days.place : null;
  const homeDays = days && 'remoteDays' in days ? days.remoteDays : null;
  const base = { sentence, officeDays, homeDays, place: dayPlace, within: null };
  if (strongRemote) return { ...base, mode: 'remote', strength: 4, within: withinOf(sentence) };
  // Office days every week are hybrid, whatever else the sentence says ("remote, 2 days a week in Cork").
  if (hybrid || (days && 'remoteDays' in days) || (officeDays?.per === 'week' && officeDays.max < 5)) {
    const word = hybridWords.exec(sentence);
    // The office days' place, else one set off after the word: "Hybrid - London", "hybrid in Berlin", "Hybrid (Dublin)".
    const hybridPlace = officeDays ? dayPlace : word ? cleanPlace(hybridPlaceAfter.exec(sentence.slice(word.index + word[0].length))?.groups?.place) : null;
    return { ...base, mode: 'hybrid', strength: 3, place: hybridPlace };
  }
  if (onSite || (officeDays?.per === 'week' && officeDays.max >= 5)) {
    const onSitePlace = dayPlace ?? cleanPlace(onSitePlacePattern.exec(sentence)?.groups?.place);
    return { ...base, mode: 'on_site', strength: 2, place: onSitePlace };
  }
  if (remote) {
    // "Remote within Ireland, with a day a month in Cork": remote, with the days it asks in person.
    return { ...base, mode: 'remote', strength: 1, within: withinOf(sentence) };
  }
  return null;
}

/** A sentence quoted as the posting's words, not too long to read in a line. */
const quoted = (sentence: string): string => (sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence);

/**
 * The arrangement a posting states; the board's remote flag when it states none; null when
 * neither says (a board's "not remote" does not tell hybrid from on-site).
 *
 * @example
 * readWorkArrangement({ title: 'Clinical Informatics Specialist', location: 'Ireland', remote: true,
 *   description: 'Hybrid 2 days Dublin (Sandyford office), the rest from home anywhere in Ireland.' });
 * // { mode: 'hybrid', office_days: { min: 2, max: 2, per: 'week' }, place: 'Dublin (Sandyford office)', within: null, said: 'Hybrid 2 days Dublin …' }
 */
export function readWorkArrangement(posting: ArrangementSource): WorkArrangement | null {
  let best: Statement | null = null;
  const texts = [posting.title, posting.location ?? '', posting.description];
  for (const text of texts) {
    // Most postings never name a mode: one test of the whole text saves reading every sentence.
    if (!text || !(hybridWords.test(text) || remoteWords.test(text) || onSiteWords.test(text) || anyOfficeDays.test(text))) continue;
    for (const sentence of sentencesOf(text)) {
      const statement = statementIn(sentence);
      // Of two equal statements, the one naming the region wins: "Flexible / Remote", then "remote (UK only)".
      // Of two hybrid statements, the one giving days: a board's "Workplace: Hybrid." line, then "mobiles Arbeiten bis 2 Tage/Woche".
      const moreSaid =
        best &&
        statement?.strength === best.strength &&
        ((statement.within !== null && best.within === null) || (best.mode === 'hybrid' && !best.officeDays && !best.homeDays && (statement.officeDays !== null || statement.homeDays !== null)));
      if (statement && (!best || statement.strength > best.strength || moreSaid)) best = statement;
    }
  }
  const boardPlace = posting.location && !/\b(?:remote|anywhere|worldwide|hybrid|on-?site)\b/i.test(posting.location) ? posting.location : null;
  if (best) {
    const within = best.mode === 'remote' ? (best.within ?? boardPlace) : null;
    const homeDays = best.mode === 'hybrid' && !best.officeDays ? best.homeDays : null;
    return { mode: best.mode, office_days: best.officeDays, ...(homeDays ? { home_days: homeDays } : {}), place: best.place, within, said: quoted(best.sentence) };
  }
  if (posting.remote === true) return { mode: 'remote', office_days: null, place: null, within: boardPlace, said: null };
  return null;
}

const memo = new WeakMap<object, WorkArrangement | null>();

/**
 * `readWorkArrangement`, read once per record object (a job is shown, answered about and
 * filtered in one request).
 *
 * @example
 * workArrangementOf(job)?.mode; // 'hybrid'
 */
export function workArrangementOf(job: ArrangementSource): WorkArrangement | null {
  if (memo.has(job)) return memo.get(job) ?? null;
  const arrangement = readWorkArrangement(job);
  memo.set(job, arrangement);
  return arrangement;
}

/**
 * Whether the work is remote as the posting says it: true for remote, false for hybrid and
 * on-site (even when a remote board lists it), else the board's flag.
 *
 * @example
 * remoteAsStated({ title: 'Nurse', location: 'Ireland', remote: true, description: 'Hybrid: 3 days in Cork.' }); // false
 */
export function remoteAsStated(job: ArrangementSource): boolean | null {
  const arrangement = workArrangementOf(job);
  return arrangement ? arrangement.mode === 'remote' : job.remote;
}

const perWords: Readonly<Record<OfficeDays['per'], string>> = { week: 'a week', month: 'a month' };

/** "2 days a week", "2–3 days a week", "1 day a month", "up to 2 days a week" (no fewer than none). */
export function officeDaysText(days: OfficeDays | HomeDays): string {
  const count = days.min === 0 ? `up to ${days.max}` : days.min === days.max ? String(days.min) : `${days.min}–${days.max}`;
  return `${count} day${days.max === 1 ? '' : 's'} ${perWords[days.per]}`;
}

/**
 * The arrangement in a few words: "hybrid: 2 days a week in Dublin (Sandyford office)",
 * "remote (within Ireland), 1 day a month in Cork", "on-site", "remote".
 *
 * @example
 * arrangementText({ mode: 'hybrid', office_days: { min: 2, max: 2, per: 'week' }, place: 'Dublin', within: null, said: '…' });
 * // 'hybrid: 2 days a week in Dublin'
 */
export function arrangementText(arrangement: WorkArrangement): string {
  const days = arrangement.office_days ? officeDaysText(arrangement.office_days) : '';
  const where = arrangement.place ? ` in ${arrangement.place}` : '';
  switch (arrangement.mode) {
    case 'hybrid':
      if (!days && arrangement.home_days) return `hybrid: ${officeDaysText(arrangement.home_days)} from home, the rest${where || ' in the office'}`;
      return days ? `hybrid: ${days}${where ? where : ' in the office'}` : `hybrid${where}`;
    case 'on_site':
      return `on-site${where}`;
    case 'remote': {
      // ("Canada (ET or PT hours)" is said "remote (within Canada, ET or PT hours)": never brackets inside brackets.)
      const within = arrangement.within ? ` (within ${arrangement.within.replace(/\s*\(([^()]*)\)/g, ', $1').trim()})` : '';
      return `remote${within}${days ? `, ${days}${where}` : ''}`;
    }
  }
}
