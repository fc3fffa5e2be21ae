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

/**
 * Zones whose people say and write the 12-hour clock ("the call is at 2:30" is in the afternoon there): North America
 * (but Mexico), the British Isles, Australia and New Zealand, South Asia, the Philippines, Egypt and the Gulf's Saudi
 * Arabia. Everywhere else a clock time written with its minutes ("6:00", "5:30") is the 24-hour clock, read as written.
 */
const twelveHourZones =
  /^(?:America\/(?!Mexico_City|Monterrey|Merida|Cancun|Chihuahua|Hermosillo|Mazatlan|Matamoros|Ojinaga|Tijuana|Bahia_Banderas)(?:[A-Z][a-z]+(?:_[A-Z][a-z]+)*)(?:\/.+)?|Canada\/.+|US\/.+|Europe\/(?:London|Dublin|Belfast)|Australia\/.+|Pacific\/(?:Auckland|Honolulu|Guam|Saipan)|Asia\/(?:Kolkata|Calcutta|Karachi|Dhaka|Manila|Riyadh|Colombo)|Africa\/Cairo|EST|MST|HST|EST5EDT|CST6CDT|MST7MDT|PST8PDT)$/;

/** The zones of the Americas south of Mexico, where the 24-hour clock is written: never caught by the North American pattern. */
const southAmericanZones =
  /^America\/(?:Sao_Paulo|Argentina\/.+|Buenos_Aires|Santiago|Bogota|Lima|Caracas|La_Paz|Montevideo|Asuncion|Guayaquil|Cuiaba|Fortaleza|Recife|Belem|Manaus|Bahia|Maceio|Araguaina|Campo_Grande|Porto_Velho|Boa_Vista|Rio_Branco|Noronha|Santarem|Punta_Arenas|Paramaribo|Cayenne|Guyana|Guatemala|Costa_Rica|Panama|Managua|Tegucigalpa|El_Salvador|Havana|Santo_Domingo)$/;

/**
 * Whether people in `timeZone` write the 12-hour clock, so "2:30" said without am or pm may be the afternoon's.
 *
 * @example
 * writesTwelveHourClock('America/Toronto'); // true
 * writesTwelveHourClock('Europe/Warsaw'); // false
 */
export function writesTwelveHourClock(timeZone: string): boolean {
  return twelveHourZones.test(timeZone) && !southAmericanZones.test(timeZone);
}

/** Every IANA zone by its place, as people say it: "berlin" → Europe/Berlin, "new york" → America/New_York. */
let zonesByPlace: ReadonlyMap<string, string> | undefined;
function zoneOfPlace(place: string): string | undefined {
  zonesByPlace ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [(zone.split('/').pop() ?? zone).replace(/_/g, ' ').toLowerCase(), zone] as [string, string]),
  );
  const said = place.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\./g, '');
  return zonesByPlace.get(said) ?? zoneOfCountry[said] ?? zoneOfCity[said];
}

/**
 * Cities and regions a job seeker names a clock by that are no IANA zone's own city ("Calgary time", "Hamburg time",
 * "Stavanger time", "Houston time"), the names the runtime's zone list spells otherwise ("Kyiv", "Kolkata", "Doha"), and
 * the zones said by their name ("Mountain time", "Central European time"). Compared without accents and case: "Gdańsk"
 * is "gdansk". A country of several zones is refused by `zoneSaidVaguely`, never guessed.
 */
const zoneOfCity: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'America/Edmonton': 'calgary alberta red deer lethbridge fort mcmurray mountain mt mst mdt',
    'America/Denver': 'salt lake city albuquerque colorado utah',
    'America/Chicago': 'houston dallas austin san antonio fort worth minneapolis st louis saint louis kansas city nashville new orleans milwaukee oklahoma city memphis texas illinois minnesota ct cdt',
    'America/New_York': 'boston washington washington dc philadelphia atlanta miami orlando tampa pittsburgh charlotte baltimore raleigh cleveland columbus newark jersey city cincinnati buffalo new jersey massachusetts florida pennsylvania et',
    'America/Los_Angeles': 'san francisco seattle san diego san jose portland las vegas sacramento oakland palo alto mountain view silicon valley bay area california washington state oregon nevada pt',
    'America/Phoenix': 'arizona tucson scottsdale',
    'America/Toronto': 'ottawa montreal montréal quebec québec quebec city mississauga hamilton waterloo kitchener london ontario ontario',
    'America/Vancouver': 'burnaby kelowna british columbia bc',
    'America/Winnipeg': 'manitoba',
    'America/Regina': 'saskatoon saskatchewan',
    'America/Halifax': 'atlantic nova scotia new brunswick moncton fredericton ast adt',
    'America/St_Johns': 'newfoundland',
    'America/Anchorage': 'alaska',
    'Pacific/Honolulu': 'hawaii',
    'America/Mexico_City': 'guadalajara mexico mexican',
    'America/Sao_Paulo': 'rio de janeiro rio brasilia belo horizonte',
    'America/Argentina/Buenos_Aires': 'argentina argentinian',
    'America/Bogota': 'medellin colombia colombian',
    'America/Lima': 'peru peruvian',
    'America/Santiago': 'chile chilean',
    'Europe/London': 'aberdeen manchester edinburgh glasgow leeds birmingham bristol liverpool newcastle sheffield nottingham cardiff southampton cambridge oxford reading leicester coventry brighton swansea inverness dundee scottish welsh english',
    'Europe/Dublin': 'cork galway limerick waterford',
    'Europe/Berlin': 'hamburg munich münchen frankfurt cologne köln koln düsseldorf dusseldorf stuttgart bremen hanover hannover leipzig dresden nuremberg nürnberg essen dortmund bonn kiel rostock wilhelmshaven mannheim karlsruhe',
    'Europe/Amsterdam': 'rotterdam the hague den haag eindhoven utrecht groningen vlissingen delft leiden tilburg',
    'Europe/Brussels': 'antwerp ghent liege belgium belgian',
    'Europe/Oslo': 'bergen stavanger trondheim tromso tromsø haugesund kristiansand norway norwegian',
    'Europe/Stockholm': 'gothenburg göteborg malmo malmö uppsala sweden swedish',
    'Europe/Copenhagen': 'aarhus odense esbjerg aalborg denmark danish',
    'Europe/Helsinki': 'espoo tampere turku finland finnish',
    'Europe/Warsaw': 'gdansk gdańsk krakow kraków cracow wroclaw wrocław poznan poznań lodz łódź szczecin gdynia katowice lublin bydgoszcz',
    'Europe/Paris': 'lyon marseille toulouse nice nantes bordeaux lille strasbourg montpellier le havre saint nazaire',
    'Europe/Madrid': 'barcelona valencia seville sevilla bilbao malaga málaga zaragoza',
    'Europe/Rome': 'milan milano turin torino naples napoli genoa genova florence bologna venice trieste',
    'Europe/Zurich': 'geneva basel bern lausanne switzerland swiss',
    'Europe/Vienna': 'graz linz salzburg austria austrian',
    'Europe/Prague': 'brno czech czechia',
    'Europe/Lisbon': 'porto portugal portuguese',
    'Europe/Athens': 'thessaloniki greece greek',
    'Europe/Bucharest': 'cluj romania romanian',
    'Europe/Budapest': 'hungary hungarian',
    'Europe/Istanbul': 'ankara izmir turkey türkiye turkish',
    'Europe/Kiev': 'kyiv kharkiv lviv odesa odessa ukraine ukrainian',
    'Asia/Kolkata': 'kolkata mumbai bombay delhi new delhi bangalore bengaluru hyderabad chennai madras pune ahmedabad noida gurgaon gurugram',
    'Asia/Karachi': 'lahore islamabad pakistan pakistani pkt',
    'Asia/Dhaka': 'bangladesh',
    'Asia/Kathmandu': 'kathmandu nepal',
    'Asia/Yangon': 'yangon myanmar',
    'Asia/Qatar': 'doha qatar',
    'Asia/Riyadh': 'jeddah saudi saudi arabia',
    'Asia/Dubai': 'abu dhabi sharjah emirates',
    'Asia/Shanghai': 'beijing shenzhen guangzhou hangzhou china chinese',
    'Asia/Ho_Chi_Minh': 'ho chi minh hcmc hanoi vietnam vietnamese',
    'Asia/Bangkok': 'thailand thai',
    'Asia/Jakarta': 'indonesia wib',
    'Asia/Singapore': 'singaporean',
    'Asia/Kuala_Lumpur': 'penang malaysia malaysian',
    'Asia/Taipei': 'taiwan',
    'Asia/Tokyo': 'osaka kyoto yokohama',
    'Asia/Seoul': 'busan',
    'Asia/Manila': 'cebu makati quezon city',
    'Asia/Jerusalem': 'tel aviv israel israeli',
    'Africa/Cairo': 'egypt egyptian',
    'Africa/Johannesburg': 'cape town durban pretoria',
    'Africa/Lagos': 'abuja ibadan port harcourt',
    'Africa/Accra': 'ghana',
    'Australia/Sydney': 'canberra nsw new south wales',
    'Australia/Melbourne': 'victoria',
    'Australia/Perth': 'western australia awst',
    'Australia/Brisbane': 'gold coast queensland',
    'Pacific/Auckland': 'wellington christchurch',
    'Europe/Berlin ': 'central european',
    'Europe/Athens ': 'eastern european',
    'Europe/London ': 'british summer greenwich mean',
    'America/New_York ': 'eastern standard eastern daylight',
    'America/Chicago ': 'central standard central daylight',
    'America/Denver ': 'mountain standard mountain daylight',
    'America/Los_Angeles ': 'pacific standard pacific daylight',
  }).flatMap(([zone, places]) => namesOf(places).map((place) => [place, zone.trim()] as const)),
);

/** The names of a table's line: each name is one word, or several where the line spells them ("new delhi", "the hague"). */
function namesOf(places: string): string[] {
  const known = ['red deer', 'fort mcmurray', 'salt lake city', 'san antonio', 'fort worth', 'st louis', 'saint louis', 'kansas city', 'new orleans', 'oklahoma city', 'washington dc', 'new jersey', 'jersey city', 'san francisco', 'san diego', 'san jose', 'las vegas', 'palo alto', 'mountain view', 'silicon valley', 'bay area', 'washington state', 'quebec city', 'london ontario', 'british columbia', 'nova scotia', 'new brunswick', 'rio de janeiro', 'belo horizonte', 'the hague', 'den haag', 'le havre', 'saint nazaire', 'new delhi', 'port harcourt', 'abu dhabi', 'ho chi minh', 'tel aviv', 'cape town', 'gold coast', 'new south wales', 'western australia', 'saudi arabia', 'quezon city', 'central european', 'eastern european', 'british summer', 'greenwich mean', 'eastern standard', 'eastern daylight', 'central standard', 'central daylight', 'mountain standard', 'mountain daylight', 'pacific standard', 'pacific daylight'];
  let rest = ` ${places} `;
  const names: string[] = [];
  for (const name of known) {
    if (!rest.includes(` ${name} `)) continue;
    names.push(name);
    rest = rest.replace(` ${name} `, ' ');
  }
  return [...names, ...rest.trim().split(/\s+/).filter(Boolean)].map((name) => name.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Countries of several zones: said as a clock ("Canada time", "US time"), they are asked about, naming their cities. */
const severalZones: Readonly<Record<string, string>> = {
  canada: '"Toronto time", "Calgary time" or "Vancouver time"',
  canadian: '"Toronto time", "Calgary time" or "Vancouver time"',
  us: '"New York time", "Chicago time" or "Los Angeles time"',
  usa: '"New York time", "Chicago time" or "Los Angeles time"',
  america: '"New York time", "Chicago time" or "Los Angeles time"',
  american: '"New York time", "Chicago time" or "Los Angeles time"',
  australia: '"Sydney time", "Brisbane time" or "Perth time"',
  australian: '"Sydney time", "Brisbane time" or "Perth time"',
  brazil: '"São Paulo time" or "Manaus time"',
  brazilian: '"São Paulo time" or "Manaus time"',
  russia: '"Moscow time" or "Vladivostok time"',
  russian: '"Moscow time" or "Vladivostok time"',
};

/**
 * Words before "time" right after a clock time that try to name a clock but name no zone known ("9:00 Smalltown
 * time", "10am Canada time"): the words, and a question saying how to name it. Undefined when no clock is named or it
 * is known; "my time", "local time", "same time" name none.
 *
 * @example
 * zoneSaidVaguely('tomorrow 9am Canada time'); // { words: 'Canada time', question: '… "Toronto time", …' }
 */
export function zoneSaidVaguely(words: string): { words: string; question: string } | undefined {
  if (!/\btime\b/i.test(words)) return undefined;
  const said = /\d(?:\s*[ap]\.?m\b\.?)?\s+(?:in\s+)?(?:the\s+)?((?:\p{L}[\p{L}.'’-]*\s+){0,2}?\p{L}[\p{L}.'’-]*)\s+time\b/iu.exec(words);
  const place = said?.[1] ?? '';
  if (!said || notAClock.test(place) || zoneSaidAsPlace(`at ${place} time`)) return undefined;
  const several = severalZones[place.toLowerCase()];
  return {
    words: `${place} time`,
    question: several
      ? `"${place} time" has several clocks: say the city, e.g. ${several}, or the time on your own clock.`
      : `I don't know which clock "${place} time" is: say a city I know on that clock (e.g. "Berlin time", "Toronto time", "Calgary time"), an abbreviation ("CET", "EST"), or the time on your own clock.`,
  };
}

/** Words before "time" that name no clock: "same time", "lunch time", "my time" (the person's own), "local time". */
const notAClock =
  /^(?:.*\s)?(?:same|this|that|the|a|an|any|some|every|each|next|last|first|lunch|lunchtime|dinner|tea|break|bed|free|spare|full|part|on|extra|usual|normal|summer|winter|daylight|standard|office|business|working|work|school|closing|opening|start|starting|finish|end|arrival|departure|interview|meeting|call|my|your|our|local|home|here|real|exact|right|correct|good|best|short|long|enough|more|less|same\s+\w+)$/i;



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
