const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of `instant` in `timeZone` (weekday as "Sun"…"Sat"); null for an unknown zone. */
function partsAt(instant: Date, timeZone: string): { weekday: string; day: number; month: string; year: number; hour: string; minute: string; dayNumber: number } | null {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const year = Number(parts.year);
  const day = Number(parts.day);
  const month = String(parts.month);
  const monthIndex = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(month.slice(0, 3));
  return {
    weekday: String(parts.weekday).slice(0, 3),
    day,
    month: month.slice(0, 3),
    year,
    hour: String(parts.hour).padStart(2, '0'),
    minute: String(parts.minute).padStart(2, '0'),
    // Days since the epoch of that wall date: "today", "tomorrow" and "yesterday" compare these.
    dayNumber: Math.round(Date.UTC(year, monthIndex, day) / 86_400_000),
  };
}

/**
 * An instant as a person in `timeZone` reads it: "today at 23:09", "tomorrow (Sun 6 Dec) at
 * 08:00", "yesterday (Fri 4 Dec) at 18:00", else "Sat 5 Dec 23:09" (with the year when it is
 * not this year's). Without `now`, always the plain form. An unknown zone falls back to UTC.
 *
 * @example
 * localTime(new Date('2026-12-06T07:00:00Z'), 'Europe/Amsterdam', new Date('2026-12-05T22:00:00Z')); // 'tomorrow (Sun 6 Dec) at 08:00'
 * localTime(new Date('2026-12-05T22:09:00Z'), 'Europe/Amsterdam'); // 'Sat 5 Dec 23:09'
 */
export function localTime(instant: Date | string, timeZone: string, now?: Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return String(instant);
  const wall = partsAt(at, timeZone) ?? partsAt(at, 'UTC');
  if (!wall) return at.toISOString();
  const today = now ? (partsAt(now, timeZone) ?? partsAt(now, 'UTC')) : null;
  const date = `${wall.weekday} ${wall.day} ${wall.month}${today && today.year !== wall.year ? ` ${wall.year}` : ''}`;
  const clock = `${wall.hour}:${wall.minute}`;
  if (today) {
    const days = wall.dayNumber - today.dayNumber;
    if (days === 0) return `today at ${clock}`;
    if (days === 1) return `tomorrow (${date}) at ${clock}`;
    if (days === -1) return `yesterday (${date}) at ${clock}`;
  }
  return `${date} ${clock}`;
}
