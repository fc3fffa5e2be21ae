/** A wall-clock time: what a clock on the wall in some zone shows (month 1–12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
};

/**
 * What the wall clock in `timeZone` shows at `instant`.
 *
 * @example
 * wallTimeAt(new Date('2026-12-05T12:00:00Z'), 'Europe/Berlin'); // { year: 2026, month: 12, day: 5, hour: 13, minute: 0 }
 */
export function wallTimeAt(instant: Date, timeZone: string): WallTime & { second: number } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes `timeZone` is ahead of UTC at `instant` (Berlin in winter: 60; New York in summer: -240). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `wall`, with the offset that zone
 * has on that date (a date past a daylight-saving change gets the new offset). A time a
 * spring-forward skips comes out an hour later, as a clock would show it.
 *
 * @example
 * instantOfWallTime({ year: 2026, month: 7, day: 1, hour: 15, minute: 0 }, 'Europe/Berlin'); // 2026-07-01T13:00:00.000Z
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let instant = asUtc - offsetMinutesAt(new Date(asUtc), timeZone) * 60_000;
  // Once more with the offset at the first guess: right on either side of a change.
  instant = asUtc - offsetMinutesAt(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The person's calendar day at `instant` in `timeZone`, as YYYY-MM-DD: at 20:15 on 5 December
 * in Toronto (01:15 UTC on the 6th) it is "2026-12-05". What every date a person reads is
 * taken from (a status change's day, a letter's date, the tracker's history), so they all
 * agree with the alerts and reminders.
 *
 * @example
 * dayIn(new Date('2026-12-06T01:15:00Z'), 'America/Toronto'); // '2026-12-05'
 */
export function dayIn(instant: Date, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  return `${wall.year}-${twoDigits(wall.month)}-${twoDigits(wall.day)}`;
}

/**
 * The person's wall clock at `instant` as "YYYY-MM-DD HH:MM" (24-hour), for tables and histories.
 *
 * @example
 * dayAndTimeIn(new Date('2026-12-06T01:15:00Z'), 'America/Toronto'); // '2026-12-05 20:15'
 */
export function dayAndTimeIn(instant: Date, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  return `${dayIn(instant, timeZone)} ${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;
}

/**
 * Today for the person: their calendar day now, as a Date at 00:00 UTC of that day, for code
 * that writes or counts whole days in UTC (a letter's date, years of experience). The one way
 * "today" is obtained for what the person reads; `now` and `timeZone` are the career
 * dependencies' clock and `JOBPILOT_TIME_ZONE`.
 *
 * @example
 * personToday({ now: () => new Date('2026-12-06T01:15:00Z'), timeZone: 'America/Toronto' }); // 2026-12-05T00:00:00.000Z
 */
export function personToday({ now, timeZone }: { now: () => Date; timeZone: string }): Date {
  const wall = wallTimeAt(now(), timeZone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
}

/**
 * Zones whose people write a date month first ("12/10" is 10 December in London, 12 October in
 * New York): the United States', and the Philippines', which follow its usage. Everywhere
 * else a date with slashes or dots is read day first ("15/12", "9.12").
 */
const monthFirstZones =
  /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Adak|Boise|Detroit|Juneau|Metlakatla|Nome|Sitka|Yakutat|Menominee|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Puerto_Rico)|US\/.+|Pacific\/(?:Honolulu|Guam|Saipan)|Asia\/Manila|EST|MST|HST|EST5EDT|CST6CDT|MST7MDT|PST8PDT)$/;

/**
 * Whether people in `timeZone` write a numeric date month first ("12/10" is 10 December in
 * London, 12 October in New York).
 *
 * @example
 * writesMonthFirst('America/Chicago'); // true
 * writesMonthFirst('Europe/Dublin'); // false
 */
export function writesMonthFirst(timeZone: string): boolean {
  return monthFirstZones.test(timeZone);
}

/** Every IANA zone by its place, as people say it: "berlin" → Europe/Berlin, "new york" → America/New_York. */
let zonesByPlace: ReadonlyMap<string, string> | undefined;
function zoneOfPlace(place: string): string | undefined {
  zonesByPlace ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [(zone.split('/').pop() ?? zone).replace(/_/g, ' ').toLowerCase(), zone] as [string, string]),
  );
  return zonesByPlace.get(place.toLowerCase()) ?? zoneOfCountry[place.toLowerCase()];
}

/**
 * Countries and abbreviations people name a clock by ("UK time", "IST", "CET") whose zone the IANA names do not
 * spell: one zone each, the one most of their people live by (a country of several zones is said by its city).
 */
const zoneOfCountry: Readonly<Record<string, string>> = {
  uk: 'Europe/London', 'u.k.': 'Europe/London', british: 'Europe/London', britain: 'Europe/London', england: 'Europe/London', scotland: 'Europe/London', wales: 'Europe/London', gmt: 'Europe/London', bst: 'Europe/London',
  ireland: 'Europe/Dublin', irish: 'Europe/Dublin',
  india: 'Asia/Kolkata', indian: 'Asia/Kolkata', ist: 'Asia/Kolkata',
  germany: 'Europe/Berlin', german: 'Europe/Berlin', france: 'Europe/Paris', french: 'Europe/Paris', spain: 'Europe/Madrid', spanish: 'Europe/Madrid', italy: 'Europe/Rome', italian: 'Europe/Rome',
  netherlands: 'Europe/Amsterdam', dutch: 'Europe/Amsterdam', poland: 'Europe/Warsaw', polish: 'Europe/Warsaw', cet: 'Europe/Berlin', cest: 'Europe/Berlin',
  japan: 'Asia/Tokyo', japanese: 'Asia/Tokyo', jst: 'Asia/Tokyo', korea: 'Asia/Seoul', korean: 'Asia/Seoul', kst: 'Asia/Seoul', sgt: 'Asia/Singapore',
  philippines: 'Asia/Manila', philippine: 'Asia/Manila', pht: 'Asia/Manila', nigeria: 'Africa/Lagos', nigerian: 'Africa/Lagos', wat: 'Africa/Lagos', kenya: 'Africa/Nairobi', eat: 'Africa/Nairobi',
  'south africa': 'Africa/Johannesburg', sast: 'Africa/Johannesburg', uae: 'Asia/Dubai', gst: 'Asia/Dubai', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland', nzdt: 'Pacific/Auckland', nzst: 'Pacific/Auckland',
  aest: 'Australia/Sydney', aedt: 'Australia/Sydney', est: 'America/New_York', edt: 'America/New_York', eastern: 'America/New_York', cst: 'America/Chicago', central: 'America/Chicago',
  pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles', pacific: 'America/Los_Angeles', utc: 'UTC',
};

/**
 * A zone said alone, as a correction of the clock a time was read on: "Warsaw time", "UK time", "IST", "in Sydney
 * time". Undefined when the words are anything more.
 *
 * @example
 * zoneSaidAlone('UK time'); // 'Europe/London'
 */
export function zoneSaidAlone(words: string): string | undefined {
  const said = /^(?:(?:on|in|by)\s+)?(?:the\s+)?((?:\p{L}+[\s.-]){0,2}\p{L}+\.?)$/iu.exec(words.trim().replace(/\s+time$/i, ''));
  return said ? zoneOfPlace(said[1] ?? '') : undefined;
}

/**
 * A time zone said as a place ("2pm Berlin time", "10am New York time", "at 9 in Lagos time"): the
 * IANA zone of that place and the words without it. Places are the zones' own cities (the last part of
 * every IANA name the runtime knows), never a list kept here; undefined when no such place is said.
 *
 * @example
 * zoneSaidAsPlace('monday 2pm Lagos time'); // { zone: 'Africa/Lagos', rest: 'monday 2pm' }
 */
export function zoneSaidAsPlace(words: string): { zone: string; rest: string } | undefined {
  const said = /(?:\s+in)?\s+((?:\p{L}+[\s-]){0,2}\p{L}+)\s+time\b/iu.exec(words);
  if (!said) return undefined;
  const place = (said[1] ?? '').split(/\s+/);
  // The longest run of words just before "time" that names a place: "new york", then "york".
  for (let start = 0; start < place.length; start += 1) {
    const zone = zoneOfPlace(place.slice(start).join(' '));
    if (!zone) continue;
    const kept = place.slice(0, start).join(' ');
    const rest = `${words.slice(0, said.index)}${kept ? ` ${kept}` : ''}${words.slice(said.index + said[0].length)}`.replace(/\s+/g, ' ').trim();
    return { zone, rest };
  }
  return undefined;
}
