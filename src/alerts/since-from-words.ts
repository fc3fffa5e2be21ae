import { nextRunAfter } from './next-run.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Local midnight `daysBack` days before `now`'s day, in `timeZone`. */
function midnight(now: Date, timeZone: string, daysBack: number): Date {
  // The first local midnight after a moment one day further back than wanted is that day's.
  return nextRunAfter('0 0 * * *', timeZone, new Date(now.getTime() - (daysBack + 1) * dayMs)) ?? new Date(now.getTime() - daysBack * dayMs);
}

/**
 * The words for a time since which people ask what is new, in the languages they ask it in ("desde ayer", "seit
 * Montag", "depuis hier", "sinds gisteren", "desde ontem"), as English says them. Only what a "since" can name:
 * days gone by, never tomorrow. Longer phrases first ("ontem à noite" before "ontem").
 */
const otherLanguageSince: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ['anoche|ontem\\s+[àa]\\s+noite|gestern\\s+(?:abend|nacht)|hier\\s+soir|cette\\s+nuit|gisteravond|vannacht|ieri\\s+sera|stanotte', 'last night'],
    ['ayer|ontem|gestern|hier|gisteren|ieri', 'yesterday'],
    ['hoy|hoje|heute|aujourd[\u0027’]hui|vandaag|oggi|esta\\s+mañana|hoje\\s+de\\s+manhã|heute\\s+morgen|ce\\s+matin|vanochtend|vanmorgen', 'today'],
    ['(?:el\\s+|o\\s+|le\\s+|das\\s+|het\\s+)?(?:fin\\s+de\\s+semana|fim\\s+de\\s+semana|wochenende|week-?end)', 'the weekend'],
    ['esta\\s+semana|essa\\s+semana|diese[rn]?\\s+woche|cette\\s+semaine|deze\\s+week|questa\\s+settimana', 'this week'],
    ['lunes|segunda(?:-feira)?|montag|lundi|maandag|luned[ìi]', 'monday'],
    ['martes|ter[çc]a(?:-feira)?|dienstag|mardi|dinsdag|marted[ìi]', 'tuesday'],
    ['mi[ée]rcoles|quarta(?:-feira)?|mittwoch|mercredi|woensdag|mercoled[ìi]', 'wednesday'],
    ['jueves|quinta(?:-feira)?|donnerstag|jeudi|donderdag|gioved[ìi]', 'thursday'],
    ['viernes|sexta(?:-feira)?|freitag|vendredi|vrijdag|venerd[ìi]', 'friday'],
    ['s[áa]bado|samstag|samedi|zaterdag', 'saturday'],
    ['domingo|sonntag|dimanche|zondag|domenica', 'sunday'],
  ] as const
).map(([said, english]) => [new RegExp(`(?<![\\p{L}])(?:${said})(?![\\p{L}])`, 'iu'), english] as const);

/** The words of a since said in another language, as English says them; the words as they were when none is. */
export function sinceInEnglish(words: string): string {
  const found = otherLanguageSince.find(([said]) => said.test(words));
  return found ? found[1] : words;
}

/**
 * Since when "what's new since yesterday?" asks: yesterday is from its local midnight,
 * "today" from this morning's, "this week"/"last week" seven days, "last N days/hours" as
 * said, "last night" from yesterday 18:00, "the weekend" from its Saturday's midnight, "the 3rd"
 * from that day of this month (of the month before when it is still to come). Said in another
 * language too ("desde ayer", "seit Montag": `sinceInEnglish`). Null when the words name no time.
 *
 * @example
 * sinceFromWords('yesterday', now, 'Europe/Berlin'); // yesterday 00:00 in Berlin
 */
export function sinceFromWords(words: string, now: Date, timeZone: string): Date | null {
  const lower = sinceInEnglish(words).toLowerCase();
  const counted = /\b(?:last|past)\s+(?<count>\d{1,3})\s+(?<unit>hours?|days?|weeks?)\b/.exec(lower);
  if (counted?.groups) {
    const count = Number(counted.groups.count);
    const unit = counted.groups.unit?.startsWith('hour') ? hourMs : counted.groups.unit?.startsWith('week') ? 7 * dayMs : dayMs;
    return new Date(now.getTime() - count * unit);
  }
  if (/\b(?:last\s+night|overnight|while\s+i\s+(?:was|were)\s+(?:asleep|sleeping))\b/.test(lower)) return new Date(midnight(now, timeZone, 1).getTime() + 18 * hourMs);
  // "since monday": from the start of the last such day (today's, when it is that day); "since the weekend" from its Saturday.
  const day = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/.exec(lower)?.[1] ?? (/\bweek-?end\b/.test(lower) ? 'satur' : undefined);
  if (day) {
    const wanted = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(day);
    const today = new Date(midnight(now, timeZone, 0).getTime() + 12 * hourMs);
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(today);
    const current = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday);
    // (On a Sunday, "since the weekend" is since yesterday: the weekend under way.)
    return midnight(now, timeZone, (current - wanted + 7) % 7);
  }
  // "since the 1st", "since the 3rd": that day of this month, or of the month before when it is still to come.
  const dated = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/.exec(lower)?.[1];
  if (dated && Number(dated) >= 1 && Number(dated) <= 31) {
    const today = Number(new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric' }).format(now));
    const back = today - Number(dated);
    // (A day still to come this month is last month's: from today's date back past the month's start.)
    const lastMonthDays = Number(new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric' }).format(midnight(now, timeZone, today)));
    return midnight(now, timeZone, back >= 0 ? back : today + Math.max(0, lastMonthDays - Number(dated)));
  }
  if (/\byesterday\b/.test(lower)) return midnight(now, timeZone, 1);
  if (/\b(?:today|this\s+morning|tonight)\b/.test(lower)) return midnight(now, timeZone, 0);
  if (/\b(?:this|last|past)\s+week\b|\ba\s+week\b/.test(lower)) return new Date(now.getTime() - 7 * dayMs);
  if (/\b(?:this|last|past)\s+month\b/.test(lower)) return new Date(now.getTime() - 30 * dayMs);
  return null;
}
