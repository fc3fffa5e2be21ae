import { tidyTimeWords } from '../time/said-times.ts';
import { takeZone } from './zone-from-words.ts';

/** Schedule words as people type them in a hurry, and the words meant. */
const scheduleSpellings: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:evry|evey|evrey|evrery|eveyr|everey)\b/gi, 'every'],
  [/\b(?:mornin|mornng|morng|mornig|morninng|mrng)(s?)\b/gi, 'morning$1'],
  [/\b(?:evenin|evning|evng|eveing|evenig)(s?)\b/gi, 'evening$1'],
  [/\b(?:aftrnoon|afternon|afternooon|arvo)(s?)\b/gi, 'afternoon$1'],
  [/\bnite(s?)\b/gi, 'night$1'],
  [/\b(?:wkdays?|wk\s+days?|weekdys?|wkdys?|weekdayz)\b/gi, 'weekdays'],
  [/\b(?:wkends?|wk\s+ends?|weekned)\b/gi, 'weekends'],
  [/\b(?:wkly|weekley|weekely|wkely)\b/gi, 'weekly'],
  [/\b(?:dayly|dailey|dailly|daly)\b/gi, 'daily'],
  [/\b(?:hrly|hourley)\b/gi, 'hourly'],
  [/\b(every|each|a|per|once\s+a)\s+wk\b/gi, '$1 week'],
  [/\b(every|each|\d{1,2})\s+hrs?\b/gi, '$1 hours'],
];
/**
 * Schedule words in the languages people write to jobpilot in besides English (French, Spanish,
 * Portuguese, German, Dutch, Italian, Polish), as English says them: "en semaine à 8h" → "weekdays
 * at 8h", "todos os dias úteis às 9h" → "weekdays at 9h", "jeden Morgen um 7" → "every morning at 7".
 * Regression (session 42): "en semaine" was left unread and the alert ran every day, unsaid.
 */
const foreignScheduleWords: ReadonlyArray<[RegExp, string]> = [
  // Weekdays first: "todos os dias úteis" holds "todos os dias" (every day).
  [/(?<![\p{L}])(?:(?:tous\s+les\s+|les\s+)?jours?\s+(?:de\s+(?:la\s+)?semaine|ouvr[ée]s|ouvrables)|en\s+semaine|du\s+lundi\s+au\s+vendredi|(?:todos\s+os\s+|nos\s+|em\s+)?dias\s+[úu]teis|de\s+segunda\s+a\s+sexta|(?:los\s+|en\s+)?d[íi]as\s+(?:laborables|h[áa]biles|de\s+semana)|entre\s+semana|de\s+lunes\s+a\s+viernes|(?:an\s+)?werktagen|werktags|unter\s+der\s+woche|montags?\s+bis\s+freitags?|doordeweeks|(?:op\s+)?werkdagen|(?:op\s+)?weekdagen|(?:nei\s+)?giorni\s+(?:feriali|lavorativi)|(?:w\s+)?dni\s+robocze)(?![\p{L}])/giu, 'weekdays'],
  [/(?<![\p{L}])(?:un\s+jour\s+sur\s+deux|jeden\s+zweiten\s+tag|cada\s+dos\s+d[íi]as|d[íi]a\s+(?:sim|s[íi])\s*,?\s*d[íi]a\s+n[ãa]o|om\s+de\s+(?:andere\s+)?dag|un\s+giorno\s+s[íi]\s+e\s+uno\s+no|co\s+drugi\s+dzie[ńn])(?![\p{L}])/giu, 'every other day'],
  [/(?<![\p{L}])(?:tous\s+les\s+matins|chaque\s+matin|le\s+matin|jeden\s+morgen|morgens|cada\s+ma[ñn]ana|todas\s+las\s+ma[ñn]anas|por\s+la\s+ma[ñn]ana|todas\s+as\s+manh[ãa]s|de\s+manh[ãa]|pela\s+manh[ãa]|(?:elke\s+)?ochtend|['’]s\s+ochtends|ogni\s+mattina|la\s+mattina|(?:ka[żz]dego\s+)?rano)(?![\p{L}])/giu, 'every morning'],
  [/(?<![\p{L}])(?:tous\s+les\s+soirs|chaque\s+soir|le\s+soir|jeden\s+abend|abends|cada\s+(?:noche|tarde)|todas\s+las\s+(?:tardes|noches)|cada\s+noite|toda\s+(?:a\s+)?noite|por\s+la\s+(?:tarde|noche)|todas\s+as\s+noites|[àa]\s+noite|(?:elke\s+)?avond|['’]s\s+avonds|ogni\s+sera|la\s+sera|(?:ka[żz]dego\s+)?wieczorem)(?![\p{L}])/giu, 'every evening'],
  [/(?<![\p{L}])(?:tous\s+les\s+jours|chaque\s+jour|quotidiennement|todos\s+los\s+d[íi]as|cada\s+d[íi]a|diariamente|todos\s+os\s+dias|jeden\s+tag|t[äa]glich|taeglich|elke\s+dag|dagelijks|ogni\s+giorno|tutti\s+i\s+giorni|codziennie)(?![\p{L}])/giu, 'every day'],
  [/(?<![\p{L}])(?:toutes\s+les\s+semaines|chaque\s+semaine|cada\s+semana|todas\s+las\s+semanas|toda\s+semana|todas\s+as\s+semanas|jede\s+woche|w[öo]chentlich|elke\s+week|wekelijks|ogni\s+settimana|co\s+tydzie[ńn])(?![\p{L}])/giu, 'weekly'],
  [/(?<![\p{L}])(?:toutes\s+les\s+heures|cada\s+hora|jede\s+stunde|st[üu]ndlich|elk\s+uur|ogni\s+ora|co\s+godzin[ęe])(?![\p{L}])/giu, 'hourly'],
  // Days of the week, plural or not: "le lundi", "montags", "los viernes", "op vrijdag".
  [/(?<![\p{L}])(?:lundis?|lunes|montags?|maandag(?:en)?|luned[ìi]|poniedzia[łl]ki?|segunda-feira)(?![\p{L}-])/giu, 'monday'],
  [/(?<![\p{L}])(?:mardis?|martes|dienstags?|dinsdag(?:en)?|marted[ìi]|wtorki?|ter[çc]a(?:-feira)?)(?![\p{L}-])/giu, 'tuesday'],
  [/(?<![\p{L}])(?:mercredis?|mi[ée]rcoles|mittwochs?|woensdag(?:en)?|mercoled[ìi]|[śs]rod[ay]|quarta-feira)(?![\p{L}-])/giu, 'wednesday'],
  [/(?<![\p{L}])(?:jeudis?|jueves|donnerstags?|donderdag(?:en)?|gioved[ìi]|czwartki?|quinta(?:-feira)?)(?![\p{L}-])/giu, 'thursday'],
  [/(?<![\p{L}])(?:vendredis?|viernes|freitags?|vrijdag(?:en)?|venerd[ìi]|pi[ąa]tki?|sexta(?:-feira)?)(?![\p{L}-])/giu, 'friday'],
  [/(?<![\p{L}])(?:samedis?|s[áa]bados?|samstags?|zaterdag(?:en)?|sabato|soboty?)(?![\p{L}-])/giu, 'saturday'],
  [/(?<![\p{L}])(?:dimanches?|domingos?|sonntags?|zondag(?:en)?|domenica|niedziele?)(?![\p{L}-])/giu, 'sunday'],
  // "jeden Montag", "tous les lundis", "todos los viernes", "cada martes", "ogni lunedì", "elke maandag": every such day
  // (trial s46 #28: "jeden" was left in the search, "jeden about BMS").
  [/(?<![\p{L}])(?:jeden|jede|jedes|tous\s+les|toutes\s+les|todos\s+los|todas\s+las|todos\s+os|todas\s+as|cada|ogni|elke|iedere|ieder|(?:w\s+)?ka[żz]d[ya])\s+(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?![\p{L}]))/giu, 'every '],
  [/(?<![\p{L}])(?:sauf(?:\s+les?)?|excepto(?:\s+(?:los|el))?|menos(?:\s+(?:los|el))?|exceto(?:\s+(?:aos|às|as|o|a))?|au[ßs]er(?:\s+am)?|ausser(?:\s+am)?|behalve(?:\s+op)?|tranne(?:\s+(?:il|la))?|opr[óo]cz)(?![\p{L}])/giu, 'except'],
  // The articles and "on" before a day: "le lundi", "los viernes", "am Montag", "op vrijdag", "il sabato".
  [/(?<![\p{L}])(?:les?|los|las?|el|am|op|il|nos|aos|às|w|we)(?=\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays)\b)/giu, 'on'],
  // "um 7", "à 8h", "às 9h", "a las 8", "om 8", "alle 9", "o 7": "at", only right before an hour.
  [/(?<![\p{L}])(?:um|[àa]s?|a\s+las?|om|alle|o)(?=\s+\d{1,2}(?:[:.h]\d{2}|h|\s*uhr)?(?![\d%]))/giu, 'at'],
  [/(?<![\p{L}])(?:et|y|e|und|en)(?=\s+(?:every|weekly|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/giu, 'and'],
];

/** Any of a list's patterns, as one test (no `g`: it keeps no place between tests). */
const anyOf = (patterns: ReadonlyArray<readonly [RegExp, string]>, flags: string): RegExp => new RegExp(patterns.map(([pattern]) => `(?:${pattern.source})`).join('|'), flags);
const anyForeignScheduleWord = anyOf(foreignScheduleWords, 'iu');
const anyScheduleSpelling = anyOf(scheduleSpellings, 'i');

const shortDays: Readonly<Record<string, string>> = { mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
const dayOf = (short: string) => shortDays[short.toLowerCase()] ?? short;

/**
 * A schedule as typed in a hurry, in the words `scheduleFromWords` and the alert readers
 * know: "evry mornin" → "every morning", "wkdays" → "weekdays", "every thurs at half past
 * two" → "every thursday at 2:30", "dayly" → "daily".
 *
 * @example
 * tidyScheduleWords('evry mornin at 7'); // 'every morning at 7'
 */
export function tidyScheduleWords(text: string): string {
  let tidy = text;
  // (Where none of a list's patterns matches, none of its rewrites changes a word: one test of them all instead.)
  if (anyForeignScheduleWord.test(tidy)) for (const [pattern, meant] of foreignScheduleWords) tidy = tidy.replace(pattern, meant);
  tidy = tidyTimeWords(tidy);
  if (anyScheduleSpelling.test(tidy)) for (const [pattern, meant] of scheduleSpellings) tidy = tidy.replace(pattern, meant);
  // "every mon", "on fri", "tue and thu": a short day name after a word of schedule, or in a list of days.
  return tidy
    .replace(/\b(every|each|on|and|&|or|,)(\s*)(mon|tue|wed|thu|fri|sat|sun)\b(?!['’])/gi, (_, before: string, space: string, short: string) => `${before}${space || ' '}${dayOf(short)}`)
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)(?=\s*(?:,|&|and|-|to)\s*(?:mon|tue|wed|thu|fri|sat|sun))/gi, (short: string) => dayOf(short));
}

/**
 * The words of a message that say when in another language ("todas", "mañanas", "jeden", "lundis"): the ones
 * `tidyScheduleWords` reads as English schedule words. They are no slips of English words ("todas" is not "today").
 *
 * @example
 * foreignScheduleWordsIn('alert me todas las mañanas about nurse jobs'); // ['todas', 'las', 'mañanas']
 */
export function foreignScheduleWordsIn(message: string): string[] {
  const words: string[] = [];
  for (const [pattern] of foreignScheduleWords) {
    for (const match of message.matchAll(pattern)) words.push(...(match[0].toLowerCase().match(/[\p{L}'’]+/gu) ?? []));
  }
  return words;
}

/** A five-field cron expression: minute hour day-of-month month day-of-week. */
const cronPattern = /^[\d*,/-]+\s+[\d*,/-]+\s+[\d*,/?LW-]+\s+[\d*,/a-z-]+\s+[\d*,/a-z#-]+$/i;

const dayNumbers: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
const dayWord = '(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?s?';

/** The hour a part of the day means when no time is said, and how a bare "at 6" is read in it. */
const partsOfDay: Readonly<Record<string, { hour: number; pm: boolean }>> = {
  morning: { hour: 8, pm: false },
  afternoon: { hour: 14, pm: true },
  evening: { hour: 18, pm: true },
  night: { hour: 20, pm: true },
  noon: { hour: 12, pm: false },
  midday: { hour: 12, pm: false },
  lunchtime: { hour: 12, pm: false },
};

/** A bare hour read as `readTime` reads "at 6": in the evening when the part of the day says so, one to five in the afternoon. */
const afternoonHour = (hour: number, said: string, part: { hour: number; pm: boolean } | undefined): number =>
  part?.pm && hour < 12 ? hour + 12 : !part && hour >= 1 && hour <= 5 && !said.startsWith('0') ? hour + 12 : hour;

/** "at 8", "at 8am", "at 8:30", "at 18:00", "at 6 pm", "at noon"; the part of day decides a bare "at 6". */
function readTime(lower: string, part: { hour: number; pm: boolean } | undefined): { hour: number; minute: number } | null {
  if (/\b(?:at\s+)?(?:noon|midday)\b/.test(lower) && !/\d/.test(lower)) return { hour: 12, minute: 0 };
  const match = /\b(?:at|@|by|around)\s*(?<hour>\d{1,2})(?:[:.h](?<minute>\d{2}))?\s*(?<half>am|pm|a\.m\.|p\.m\.|o'?clock)?/.exec(lower)
    ?? /\b(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>am|pm|a\.m\.|p\.m\.)/.exec(lower)
    // "every monday 08:30", "daily 18:00": a clock time with its minutes needs no "at".
    ?? /(?<![\d:.])\b(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)\b(?![\d:])/.exec(lower)
    // "weekdays 0700", "1830hrs": four figures with a leading zero or "hrs" (never a year nor an amount).
    ?? /(?<![\d:.,$€£])\b(?:(?<zero>0\d)(?<zeroMinute>[0-5]\d)\b(?!\s*(?:k\b|%))|(?<hrs>[01]\d|2[0-3])(?<hrsMinute>[0-5]\d)\s*(?:hrs?|h)\b)/.exec(lower);
  // ("daily 9", "weekdays 7": a schedule's bare hour is its time; never a count, "every 2 days", "3x a week".)
  const bare = match ?? /(?<![\d:./x-])\b(?<hour>[01]?\d|2[0-3])\b(?![\d:.%]|\s*(?:x\b|times|days?|hours?|hrs?|weeks?|mins?|minutes?|months?|k\b))(?<!\b(?:every|each)\s+\d+)/.exec(lower);
  if (!match && bare?.groups) return { hour: afternoonHour(Number(bare.groups.hour), bare.groups.hour ?? '', part), minute: 0 };
  if (match?.groups && (match.groups.zero ?? match.groups.hrs)) {
    match.groups.hour = match.groups.zero ?? match.groups.hrs ?? '';
    match.groups.minute = match.groups.zeroMinute ?? match.groups.hrsMinute ?? '0';
  }
  if (!match?.groups) return part ? { hour: part.hour, minute: 0 } : null;
  let hour = Number(match.groups.hour);
  const minute = Number(match.groups.minute ?? 0);
  const half = match.groups.half?.replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  else if (half === 'am' && hour === 12) hour = 0;
  else if (!half?.endsWith('m') && part?.pm && hour < 12) hour += 12;
  // "daily at 3": an hour from one to five said without am, pm or a part of the day is in the afternoon.
  else if (!half && !part && hour >= 1 && hour <= 5 && !match.groups.hour?.startsWith('0')) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/**
 * A schedule said in words ("every morning at 8", "weekdays at 7:30", "every Monday",
 * "hourly", "every 4 hours", "daily") or as a cron expression, as a five-field cron
 * expression; null when the words name no schedule. The times are wall-clock times, read
 * later in the person's time zone.
 *
 * @example
 * scheduleFromWords('every morning at 8'); // '0 8 * * *'
 * scheduleFromWords('weekdays at 6pm'); // '0 18 * * 1-5'
 */
export function scheduleFromWords(said: string): string | null {
  // ("daily at 9 IST", "at 7 são paulo time": the zone is the alert's `time_zone`, read apart; its words are no time.)
  const text = takeZone(said.trim().replace(/\s+/g, ' ')).text;
  if (cronPattern.test(text)) return text;
  // ("every half an hour" is no "every hour": more often than hourly is no schedule, `tooOften` says why.)
  if (tooOften(text)) return null;
  return fromTidyWords(tidyScheduleWords(text));
}

function fromTidyWords(text: string): string | null {
  // "every morning except fridays", "weekdays but not wednesday": the days left out, read apart from the days named.
  const exceptDays = new RegExp(`\\b(?:except|but\\s+not|not\\s+on|excluding|apart\\s+from|other\\s+than)\\s+(?:on\\s+)?((?:${dayWord})(?:\\s*(?:,|and|or|&)\\s*(?:${dayWord}))*)\\b`, 'i');
  const except = exceptDays.exec(text);
  const schedule = fromWordsWithoutExceptions(except ? text.replace(except[0], ' ') : text);
  if (!except || !schedule) return schedule;
  const fields = schedule.split(' ');
  const had = fields[4] === '*' ? [0, 1, 2, 3, 4, 5, 6] : fields[4] === '1-5' ? [1, 2, 3, 4, 5] : (fields[4] ?? '').split(',').map(Number);
  const left = [...(except[1] ?? '').toLowerCase().matchAll(new RegExp(`\\b(${dayWord})\\b`, 'g'))].map((found) => dayNumbers[(found[1] ?? '').replace(/s$/, '').replace(/day$/, '')] ?? dayNumbers[(found[1] ?? '').replace(/s$/, '')]);
  const kept = had.filter((day) => !left.includes(day));
  if (kept.length === 0 || kept.length === had.length || fields[2] !== '*') return schedule;
  return [...fields.slice(0, 4), kept.join(',') === '1,2,3,4,5' ? '1-5' : kept.join(',')].join(' ');
}

function fromWordsWithoutExceptions(text: string): string | null {
  const lower = text.toLowerCase();
  const hours = /\bevery\s+(?<count>\d{1,2})\s+hours?\b/.exec(lower);
  if (hours?.groups) {
    const count = Number(hours.groups.count);
    return count >= 1 && count <= 23 ? (count === 1 ? '0 * * * *' : `0 */${count} * * *`) : null;
  }
  if (/\b(?:hourly|every\s+hour|each\s+hour|once\s+an\s+hour)\b/.test(lower)) return '0 * * * *';
  // "every 2 days", "every other day": a day of the month in steps (a cron's step restarts each month).
  const dayStep = /\bevery\s+(?:(?<count>\d{1,2})\s+days|(?<other>other|second)\s+day)\b/.exec(lower);
  if (dayStep?.groups) {
    const count = dayStep.groups.other ? 2 : Number(dayStep.groups.count);
    if (count < 1 || count > 15) return null;
    const partOfStep = /\b(morning|afternoon|evening|night|noon|midday|lunchtime)s?\b/.exec(lower)?.[1];
    const { hour, minute } = readTime(lower, partOfStep ? partsOfDay[partOfStep] : undefined) ?? { hour: 8, minute: 0 };
    return `${minute} ${hour} ${count === 1 ? '*' : `*/${count}`} * *`;
  }
  // "3x a day", "three times a day": spread over the working day unless times are said.
  const perDay = timesPer.exec(lower);
  if (perDay?.groups?.per === 'day' && !/\d\s*(?::\d{2}|am|pm)|\bat\s+\d/.test(lower)) {
    const hours = hoursForTimes[countOf(perDay.groups.count)];
    return hours ? `0 ${hours} * * *` : null;
  }
  // "twice a day", "morning and evening": at 08:00 and 18:00 unless times are said.
  const twiceADay = /\b(?:twice\s+(?:a|per)\s+day|twice\s+daily|two\s+times\s+(?:a|per)\s+day|(?:mornings?|am)\s+(?:and|&|\+)\s+(?:evenings?|nights?|pm))\b/.test(lower);
  if (twiceADay && !/\d/.test(lower)) return '0 8,18 * * *';
  const partName = /\b(morning|afternoon|evening|night|noon|midday|lunchtime)s?\b/.exec(lower)?.[1];
  const part = partName ? partsOfDay[partName] : undefined;
  const time = readTime(lower, part);
  let days: string | null = null;
  const range = new RegExp(`\\b(${dayWord})\\s*(?:-|–|to|through|thru|till|until)\\s*(${dayWord})\\b`).exec(lower);
  const dayNumber = (said: string) => dayNumbers[said.replace(/s$/, '').replace(/day$/, '')] ?? dayNumbers[said.replace(/s$/, '')];
  const from = range ? dayNumber(range[1] ?? '') : undefined;
  const to = range ? dayNumber(range[2] ?? '') : undefined;
  // "except weekends", "no weekends", "not on weekends": weekdays.
  if (/\b(?:week\s*days?|every\s+work(?:ing)?\s*day|(?:except|but\s+not|not\s+(?:on\s+)?|no|excluding|without)\s+(?:on\s+)?(?:the\s+)?weekends?)\b/.test(lower)) days = '1-5';
  // "monday to friday", "mon-thu", "tuesday through saturday": the days between, both ends too.
  else if (from !== undefined && to !== undefined && from < to) days = from === 1 && to === 5 ? '1-5' : `${from}-${to}`;
  else if (/\bweekends?\b/.test(lower)) days = '0,6';
  else {
    const named = [...lower.matchAll(new RegExp(`\\b(${dayWord})\\b`, 'g'))]
      .map((found) => dayNumbers[(found[1] ?? '').replace(/s$/, '').replace(/day$/, '')] ?? dayNumbers[(found[1] ?? '').replace(/s$/, '')])
      .filter((day): day is number => day !== undefined);
    if (named.length > 0) days = [...new Set(named)].sort().join(',');
    else if (/\b(?:twice|two\s+times)\s+(?:a|per)\s+week\b/.test(lower)) days = '1,4';
    else if (perDay?.groups?.per === 'week') {
      // "3x a week", "four times a week": days spread over the week, Monday first.
      const spread = daysForTimes[countOf(perDay.groups.count)];
      if (!spread) return null;
      days = spread;
    }
    else if (/\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week)\b/.test(lower)) days = '1';
    else if (/\b(?:daily|every\s*day|each\s+day|every\s+(?:morning|afternoon|evening|night)|each\s+(?:morning|evening)|nightly|once\s+a\s+day|a\s+day)\b/.test(lower) || part) days = '*';
  }
  if (days === null && time === null) return null;
  const { hour, minute } = time ?? { hour: 8, minute: 0 };
  return `${minute} ${hour} * * ${days ?? '*'}`;
}

/** The words a schedule is said in, once tidied (and a zone taken out): every one of them is read by `fromTidyWords`. */
const scheduleVocabulary = new RegExp(
  [
    String.raw`\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h)?`,
    String.raw`\d{4}(?:hrs?|h)?`,
    String.raw`(?:a\.m\.|p\.m\.|am|pm|o'?clock|hrs?|sharp)`,
    String.raw`(?:every|each|other|second|once|twice|thrice|times|x|per|a|an|the|at|on|in|of|and|or|to|through|thru|till|until|from|by|around|about|@|&|\+|-)`,
    String.raw`(?:one|two|three|four|five|six|seven|\d{1,2}x)`,
    String.raw`(?:hours?|hourly|days?|daily|nightly|weeks?|weekly|week\s*days?|weekends?|work(?:ing)?|workdays?)`,
    String.raw`(?:mornings?|afternoons?|evenings?|nights?|noon|midday|lunchtime)`,
    dayWord,
    // The words around a schedule that say nothing of when: "is fine", "please", "only".
    String.raw`(?:is|are|fine|ok|okay|good|great|works?|please|pls|plz|only|just|also|too|then|but|so|would|be|will|do|enough|thanks|thx|then|time|local|my|me|it|each)`,
  ].map((word) => `(?:${word})`).join('|'),
  'i',
);

/**
 * The words of a schedule no reading took in: "weekdays 07h00 ish" has none left, "en semaine"
 * before session 42 had "en semaine". A schedule with words left is said back as it was read,
 * with those words named, never read in part without a word (regression, session 42: "en semaine
 * à 8h" ran every day, unsaid).
 *
 * @example
 * unreadScheduleWords('every morning at 8 sauf le vendredi'); // ['sauf', 'le', 'vendredi']
 */
export function unreadScheduleWords(said: string): string[] {
  const text = takeZone(said.trim().replace(/\s+/g, ' ')).text;
  if (cronPattern.test(text)) return [];
  return tidyScheduleWords(text)
    .toLowerCase()
    .replace(/\b(?:except|but\s+not|not\s+(?:on\s+)?|no|excluding|without)\s+(?:on\s+)?(?:the\s+)?weekends?\b/g, ' weekdays ')
    .replace(new RegExp(`\\b(?:except|but\\s+not|not\\s+on|excluding|apart\\s+from|other\\s+than)\\s+(?:on\\s+)?(?=${dayWord}\\b)`, 'g'), ' ')
    .split(/[\s,;!?()/]+|(?<=\p{L})-(?=\p{L})/u)
    .map((word) => word.replace(/^[.'"“”‘’-]+|[.'"“”‘’]+$/g, ''))
    .filter((word) => word !== '' && !new RegExp(`^(?:${scheduleVocabulary.source})$`, 'i').test(word));
}

/**
 * Why a schedule read only in part is no schedule, with what was read and the words that were
 * not (an alert is never made or changed on a part of what was said); empty when every word was read.
 *
 * @example
 * partlyReadSchedule('weekdays at 8 bis auf Weiteres', '0 8 * * 1-5'); // 'I could read the schedule "weekdays at 8 bis auf Weiteres" only in part: as weekdays at 08:00, without "bis auf weiteres"; …'
 */
export function partlyReadSchedule(said: string, cron: string): string {
  const unread = unreadScheduleWords(said);
  if (unread.length === 0) return '';
  return `I could read the schedule "${said}" only in part: as ${describeSchedule(cron)}, without "${unread.join(' ')}"; say it again in words I read, e.g. "weekdays at 8", "every Monday and Thursday at 9", "every day except Friday", or as cron ("0 8 * * 1-5").`;
}

/** "3x a week", "three times per day", "2 times a week": how many times in a day or a week. */
const timesPer = /\b(?<count>\d{1,2}|one|two|three|four|five|six|seven)\s*(?:x|times)\s+(?:a|per|each|every)\s+(?<per>day|week)\b/;
const countWords: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const countOf = (said: string | undefined): number => countWords[said ?? ''] ?? Number(said);
/** The days of the week a count a week runs on; the hours of the day a count a day runs at. */
const daysForTimes: Readonly<Record<number, string>> = { 1: '1', 2: '1,4', 3: '1,3,5', 4: '1,2,4,5', 5: '1-5', 6: '1-6', 7: '*' };
const hoursForTimes: Readonly<Record<number, string>> = { 1: '8', 2: '8,18', 3: '8,13,18', 4: '8,12,16,20' };

/**
 * Whether words ask for a schedule more often than once an hour ("every 15 minutes", "every
 * half hour", "5x a day" is not: it is read), which no alert keeps: each run asks every board.
 *
 * @example
 * tooOften('every 10 mins'); // true
 */
export function tooOften(said: string): boolean {
  return /\b(?:every|each)\s+(?:(?:\d{1,2}|few|couple(?:\s+of)?|ten|fifteen|twenty|thirty|five)\s+)?min(?:ute)?s?\b|\b(?:every|each)\s+half\s+(?:an\s+)?hour\b|\bhalf[\s-]?hourly\b|\b(?:every|each)\s+(?:few|couple(?:\s+of)?)?\s*secs?(?:onds?)?\b|\b(?:constantly|non-?stop|real[\s-]?time)\b/i.test(said);
}

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A cron expression as people read it, for the simple forms `scheduleFromWords` makes;
 * other expressions are shown as they are.
 *
 * @example
 * describeSchedule('0 8 * * *'); // 'every day at 08:00'
 */
export function describeSchedule(cron: string): string {
  const [minute, hour, dayOfMonth, month, dayOfWeek] = cron.split(/\s+/);
  if (minute === '0' && hour === '*' && dayOfMonth === '*' && month === '*' && dayOfWeek === '*') return 'every hour';
  const every = /^\*\/(\d+)$/.exec(hour ?? '');
  if (minute === '0' && every && dayOfMonth === '*' && month === '*' && dayOfWeek === '*') return `every ${every[1]} hours`;
  const dayStep = /^\*\/(\d+)$/.exec(dayOfMonth ?? '');
  if (!/^\d+$/.test(minute ?? '') || !/^\d+(?:,\d+)*$/.test(hour ?? '') || (dayOfMonth !== '*' && !dayStep) || month !== '*') return `cron "${cron}"`;
  // "0 8,18 * * *": every day at 08:00 and 18:00.
  const at = (hour ?? '').split(',').map((one) => `${one.padStart(2, '0')}:${String(minute).padStart(2, '0')}`).join(' and ');
  if (dayStep) return dayOfWeek === '*' ? `every ${dayStep[1]} days at ${at} (from the 1st of each month)` : `cron "${cron}"`;
  if (dayOfWeek === '*') return `every day at ${at}`;
  if (dayOfWeek === '1-5') return `weekdays at ${at}`;
  if (dayOfWeek === '0,6') return `weekends at ${at}`;
  // "0 8 * * 1-4": Monday to Thursday.
  const span = /^([0-6])-([0-6])$/.exec(dayOfWeek ?? '');
  if (span) return `every ${dayNames[Number(span[1])]} to ${dayNames[Number(span[2])]} at ${at}`;
  const days = (dayOfWeek ?? '').split(',').map((day) => dayNames[Number(day)]);
  if (days.some((day) => day === undefined)) return `cron "${cron}"`;
  return `every ${days.join(' and ')} at ${at}`;
}
