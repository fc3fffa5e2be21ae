const unitMs = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
} as const;

const unitNames: Record<string, keyof typeof unitMs> = {
  m: 'minute', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day',
  w: 'week', wk: 'week', week: 'week', weeks: 'week',
  mo: 'month', month: 'month', months: 'month',
  y: 'year', yr: 'year', year: 'year', years: 'year',
};

// "3 days ago", "an hour ago", "30+ days ago", "5h ago"; longest unit names first.
const unitPattern = Object.keys(unitNames)
  .sort((a, b) => b.length - a.length)
  .join('|');
const relative = new RegExp(String.raw`\b(\d+|an?|one)\+?\s*(${unitPattern})\s+ago\b`, 'i');
// Career sites in German and French say it in their language: "Vor 2 Tagen ausgeschrieben", "Vor mehr als
// 30 Tagen", "Heute ausgeschrieben", "Publié il y a 3 jours", "Publiée hier".
const unitsElsewhere: Record<string, keyof typeof unitMs> = {
  minute: 'minute', minuten: 'minute', stunde: 'hour', stunden: 'hour', tag: 'day', tage: 'day', tagen: 'day',
  woche: 'week', wochen: 'week', monat: 'month', monaten: 'month', jahr: 'year', jahren: 'year',
  jour: 'day', jours: 'day', heure: 'hour', heures: 'hour', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year',
};
const relativeElsewhere = new RegExp(
  String.raw`(?<![\p{L}])(?:vor|il\s+y\s+a)\s+(?:mehr\s+als\s+|plus\s+de\s+)?(\d+|einem|einer|ein|une?)\+?\s*(${Object.keys(unitsElsewhere).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`,
  'iu',
);
// ISO date-times without a zone ("2024-05-02T10:39:19", Remotive's format) are UTC, not local.
const zonelessIsoDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
// Epoch seconds stay below this until the year 5138; epoch milliseconds passed it in 1973.
const secondsCeiling = 1e11;
const earliest = Date.UTC(1995, 0, 1);

function fromEpoch(value: number): number {
  return value < secondsCeiling ? value * 1000 : value;
}

function fromText(text: string, now: number): number {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return fromEpoch(Number(trimmed));
  if (zonelessIsoDateTime.test(trimmed)) return Date.parse(`${trimmed.replace(' ', 'T')}Z`);
  const lower = trimmed.toLowerCase();
  if (/(?<![\p{L}])(?:just (?:now|posted)|today|seconds? ago|moments? ago|heute|aujourd'hui|aujourd’hui)(?![\p{L}])/u.test(lower)) return now;
  if (/(?<![\p{L}])(?:yesterday|gestern|hier)(?![\p{L}])/u.test(lower)) return now - unitMs.day;
  const elsewhere = relativeElsewhere.exec(lower);
  if (elsewhere) {
    const count = /^\d+$/.test(elsewhere[1] ?? '') ? Number(elsewhere[1]) : 1;
    const unit = unitsElsewhere[elsewhere[2] ?? ''];
    return unit ? now - count * unitMs[unit] : Number.NaN;
  }
  const match = relative.exec(lower);
  if (match) {
    const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : 1;
    const unit = unitNames[match[2] ?? ''];
    return unit ? now - count * unitMs[unit] : Number.NaN;
  }
  return Date.parse(trimmed);
}

/**
 * When a posting was published, as an ISO string, from whatever the board sends: epoch
 * seconds, epoch milliseconds, ISO (with or without a zone), or "2 days ago"-style text
 * in English, German or French ("Vor 2 Tagen ausgeschrieben", "il y a 3 jours"; read against
 * `now`). Null when absent, unreadable, before 1995 or more than a day ahead.
 *
 * @example
 * parsePostedAt(1714000000); // '2024-04-24T23:06:40.000Z'
 * parsePostedAt('3 days ago', Date.parse('2024-05-10T00:00:00Z')); // '2024-05-07T00:00:00.000Z'
 */
export function parsePostedAt(value: unknown, now: number = Date.now()): string | null {
  let time: number;
  if (typeof value === 'number') time = fromEpoch(value);
  else if (typeof value === 'string' && value.trim()) time = fromText(value, now);
  else return null;
  if (!Number.isFinite(time) || time < earliest || time > now + unitMs.day) return null;
  return new Date(time).toISOString();
}
