import { placeNames } from '../jobs/regions.ts';

/**
 * Time zones as people say them beside a time: a city ("new york time", "perth time"), its
 * nickname ("nyc time", "ldn time"), a country with one zone ("uk time", "india time") or an
 * abbreviation ("CET", "IST", "EST"); and the IANA zone each means.
 */

/** Abbreviations, each read as the zone most people mean by it ("IST" is India's; "GMT"/"BST" the UK's clock). */
const abbreviations: Readonly<Record<string, string>> = {
  cet: 'Europe/Berlin', cest: 'Europe/Berlin',
  gmt: 'Europe/London', bst: 'Europe/London', wet: 'Europe/Lisbon',
  eet: 'Europe/Athens', eest: 'Europe/Athens', msk: 'Europe/Moscow',
  utc: 'UTC', z: 'UTC',
  est: 'America/New_York', edt: 'America/New_York', et: 'America/New_York',
  cst: 'America/Chicago', cdt: 'America/Chicago', ct: 'America/Chicago',
  mst: 'America/Denver', mdt: 'America/Denver', mt: 'America/Denver',
  pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles', pt: 'America/Los_Angeles',
  ist: 'Asia/Kolkata', sgt: 'Asia/Singapore', hkt: 'Asia/Hong_Kong', jst: 'Asia/Tokyo', kst: 'Asia/Seoul',
  gst: 'Asia/Dubai', pkt: 'Asia/Karachi', wib: 'Asia/Jakarta',
  aest: 'Australia/Sydney', aedt: 'Australia/Sydney', acst: 'Australia/Adelaide', awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland', nzdt: 'Pacific/Auckland', sast: 'Africa/Johannesburg', 
  brt: 'America/Sao_Paulo', wat: 'Africa/Lagos', pht: 'Asia/Manila', ict: 'Asia/Bangkok',
};

/** Places said before "time" that are no zone's city: their nicknames, big cities of a zone named after another, countries of one zone. */
const placeZones: Readonly<Record<string, string>> = {
  // ("gulf time", "gulf standard time": the Gulf's states keep Dubai's clock, Gulf Standard Time.)
  gulf: 'Asia/Dubai', 'gulf standard': 'Asia/Dubai', 'arabian gulf': 'Asia/Dubai',
  nyc: 'America/New_York', ny: 'America/New_York', 'new york city': 'America/New_York', boston: 'America/New_York', miami: 'America/New_York',
  atlanta: 'America/New_York', washington: 'America/New_York', dc: 'America/New_York', philly: 'America/New_York', philadelphia: 'America/New_York',
  eastern: 'America/New_York', 'east coast': 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles',
  'west coast': 'America/Los_Angeles', sf: 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', la: 'America/Los_Angeles', seattle: 'America/Los_Angeles',
  'bay area': 'America/Los_Angeles', austin: 'America/Chicago', dallas: 'America/Chicago', houston: 'America/Chicago',
  ldn: 'Europe/London', uk: 'Europe/London', 'u.k.': 'Europe/London', british: 'Europe/London', england: 'Europe/London', scotland: 'Europe/London',
  manchester: 'Europe/London', edinburgh: 'Europe/London', glasgow: 'Europe/London', ireland: 'Europe/Dublin', irish: 'Europe/Dublin', cork: 'Europe/Dublin',
  germany: 'Europe/Berlin', german: 'Europe/Berlin', munich: 'Europe/Berlin', hamburg: 'Europe/Berlin', frankfurt: 'Europe/Berlin', france: 'Europe/Paris',
  french: 'Europe/Paris', spain: 'Europe/Madrid', barcelona: 'Europe/Madrid', netherlands: 'Europe/Amsterdam', dutch: 'Europe/Amsterdam', rotterdam: 'Europe/Amsterdam',
  italy: 'Europe/Rome', milan: 'Europe/Rome', portugal: 'Europe/Lisbon', poland: 'Europe/Warsaw', sweden: 'Europe/Stockholm', switzerland: 'Europe/Zurich',
  geneva: 'Europe/Zurich', belgium: 'Europe/Brussels', austria: 'Europe/Vienna', greece: 'Europe/Athens', turkey: 'Europe/Istanbul', ukraine: 'Europe/Kyiv',
  kyiv: 'Europe/Kyiv', kiev: 'Europe/Kyiv', india: 'Asia/Kolkata', indian: 'Asia/Kolkata', mumbai: 'Asia/Kolkata', bombay: 'Asia/Kolkata', delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata', bangalore: 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', hyderabad: 'Asia/Kolkata', chennai: 'Asia/Kolkata', pune: 'Asia/Kolkata',
  kolkata: 'Asia/Kolkata', calcutta: 'Asia/Kolkata', japan: 'Asia/Tokyo', china: 'Asia/Shanghai', beijing: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong', hk: 'Asia/Hong_Kong',
  uae: 'Asia/Dubai', 'abu dhabi': 'Asia/Dubai', israel: 'Asia/Jerusalem', 'tel aviv': 'Asia/Jerusalem', 'south africa': 'Africa/Johannesburg', joburg: 'Africa/Johannesburg',
  'cape town': 'Africa/Johannesburg', nigeria: 'Africa/Lagos', kenya: 'Africa/Nairobi', brazil: 'America/Sao_Paulo', 'rio': 'America/Sao_Paulo',
  'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland', wellington: 'Pacific/Auckland', canberra: 'Australia/Sydney', 'gold coast': 'Australia/Brisbane',
  vancouver: 'America/Vancouver', montreal: 'America/Toronto', ottawa: 'America/Toronto',
};

/** Every zone Intl knows, by its city said the way people say it: "new york", "perth", "los angeles". */
let cityZones: ReadonlyMap<string, string> | undefined;
function zoneOfCity(city: string): string | undefined {
  cityZones ??= new Map(
    Intl.supportedValuesOf('timeZone')
      // ("christmas time", "easter time", "wake time": zones of islands and bases, never meant.)
      .filter((zone) => zone.includes('/') && !/^(?:Antarctica|Arctic|Etc)\/|^(?:Indian\/Christmas|Pacific\/(?:Easter|Wake|Midway))$/.test(zone))
      .map((zone) => [(zone.split('/').at(-1) ?? '').replace(/_/g, ' ').toLowerCase(), zone] as const),
  );
  return cityZones.get(city);
}

/**
 * The IANA zone a few words name, or undefined: "new york" → America/New_York, "nyc" →
 * America/New_York, "CET" → Europe/Berlin, "IST" → Asia/Kolkata.
 *
 * @example
 * zoneFromWords('perth'); // 'Australia/Perth'
 * zoneFromWords('teatime'); // undefined
 */
export function zoneFromWords(words: string): string | undefined {
  // ("São Paulo", "Bogotá": Intl's names are unaccented.)
  const said = words.trim().toLowerCase().replace(/\s+/g, ' ').normalize('NFD').replace(/\p{M}/gu, '');
  return abbreviations[said] ?? placeZones[said] ?? zoneOfCity(said) ?? zoneOfRegion(said);
}

/**
 * The one zone of a region the places table knows, from the cities inside it that name a zone:
 * "alberta" → America/Edmonton (Edmonton), "norway" → Europe/Oslo. A region whose cities keep
 * several clocks ("canada", "europe") names none. (Regression, trial s50 #29: "Alberta time".)
 */
function zoneOfRegion(said: string): string | undefined {
  const zones = new Set<string>();
  for (const name of placeNames(said).slice(1)) {
    const zone = placeZones[name] ?? zoneOfCity(name);
    if (zone) zones.add(zone);
    if (zones.size > 1) return undefined;
  }
  return zones.size === 1 ? [...zones][0] : undefined;
}

/** An abbreviation said as one: right after a time in any case ("9am cet"), or one of the well-known ones in capitals anywhere ("… (CET)"). */
const abbreviationWords = Object.keys(abbreviations).filter((word) => word.length >= 3).join('|');
const wellKnown = 'CET|CEST|GMT|BST|UTC|EST|EDT|PST|PDT|CST|CDT|MST|IST|AEST|AEDT|AWST|NZST|SAST|JST|SGT|HKT|EET|WET';
/** What stands right before a zone said after a time: "9", "8am", "6.30am", "18:00", "08h00", "7 a.m.". */
const afterTime = String.raw`\d(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs?)?\s+`;
const zoneSaid = new RegExp(
  [
    // "9am new york time", "at 6 perth time", "(nyc time)", "in london time", "uk time"
    String.raw`(?:(?<![\p{L}])(?:in\s+|on\s+)?(?<place>[\p{L}.]+(?:\s+\p{L}+){0,2})\s+time\b)`,
    // "8am CET", "at 9 IST", "9:30 est", "6.30am AEST"
    String.raw`(?<=${afterTime})(?<after>${abbreviationWords})\b`,
    // "6.30am ET", "at 9 PT": a two-letter zone only in capitals right after a time ("9 pt" may be part-time).
    String.raw`(?<=${afterTime})(?<short>ET|PT|CT|MT)\b`,
    // "7am pacific", "at 9 eastern", "6pm central standard": a zone of North America said by its region, "time" left out
    // (never before a name: "9am Central Station").
    String.raw`(?<=${afterTime})(?<region>(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?)\b`,
    // "… CET", "(EST)"
    String.raw`(?<capitals>\b(?:${wellKnown})\b)`,
  ].join('|'),
  'giu',
);

/**
 * The zone a message says its times are in, and the message without those words: "every
 * morning at 9 nyc time" → America/New_York and "every morning at 9". Only words that name a
 * zone are taken; "dinner time", "full time" and "part time" stay. `words` are the zone's words as said.
 *
 * @example
 * takeZone('alert me at 8am CET about new SAP jobs'); // { text: 'alert me at 8am about new SAP jobs', zone: 'Europe/Berlin', words: 'CET' }
 */
export function takeZone(said: string): { text: string; zone?: string; words?: string } {
  let zone: string | undefined;
  let zoneWords: string | undefined;
  // A message in capitals throughout ("NEW NURSE JOBS IN LEEDS") says no abbreviation by its case.
  const shouted = (said.match(/\p{Lu}/gu)?.length ?? 0) > (said.match(/\p{Ll}/gu)?.length ?? 0);
  const text = said.replace(zoneSaid, (whole: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as { place?: string; after?: string; short?: string; region?: string; capitals?: string };
    const offset = rest.at(-3) as number;
    // ("9am Central Station": a region before a name is part of the name.)
    if (groups.region && /^\s+\p{Lu}/u.test(said.slice(offset + whole.length))) return whole;
    if (groups.capitals && (shouted || groups.capitals !== groups.capitals.toUpperCase())) return whole;
    if (groups.short && groups.short !== groups.short.toUpperCase()) return whole;
    const words = (groups.place ?? groups.after ?? groups.short ?? groups.region?.replace(/\s+(?:standard|daylight)$/i, '') ?? groups.capitals ?? '').replace(/\s+/g, ' ');
    // "9am new york time": the longest run of words before "time" that names a zone.
    const run = words.split(/\s+/);
    for (let start = 0; start < run.length; start++) {
      const found = zoneFromWords(run.slice(start).join(' '));
      if (found) {
        zone ??= found;
        zoneWords ??= whole.slice(whole.toLowerCase().indexOf(run[start]?.toLowerCase() ?? '')).trim();
        return run.slice(0, start).join(' ');
      }
    }
    return whole;
  });
  if (!zone) return { text: said };
  return { text: text.replace(/\(\s*\)/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/\s+/g, ' ').trim(), zone, ...(zoneWords ? { words: zoneWords } : {}) };
}

/**
 * Whether Intl knows the zone ("Europe/Berlin", "UTC").
 *
 * @example
 * isTimeZone('America/New_York'); // true
 */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
