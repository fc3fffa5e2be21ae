/**
 * Places and what lies inside them, so a search "in Europe" finds a posting in Berlin,
 * "Lisbon, Portugal", "Remote (EU)" or "EMEA". A small table of regions, countries and
 * major cities; a place it does not know is matched as written.
 */
const places: Readonly<Record<string, readonly string[]>> = {
  europe: ['europe', 'european', 'eu', 'emea', 'european union', 'eea', 'cet', 'cest', 'uk', 'united kingdom', 'ireland',
    'germany', 'france', 'spain', 'portugal', 'netherlands', 'belgium', 'luxembourg', 'switzerland', 'austria', 'italy',
    'poland', 'czechia', 'czech republic', 'slovakia', 'hungary', 'romania', 'bulgaria', 'greece', 'croatia', 'slovenia',
    'serbia', 'denmark', 'sweden', 'norway', 'finland', 'iceland', 'estonia', 'latvia', 'lithuania', 'ukraine', 'cyprus',
    'malta'],
  eu: ['eu', 'european union', 'europe', 'emea', 'germany', 'france', 'spain', 'portugal', 'netherlands', 'belgium',
    'luxembourg', 'austria', 'italy', 'poland', 'czechia', 'czech republic', 'slovakia', 'hungary', 'romania', 'bulgaria',
    'greece', 'croatia', 'slovenia', 'denmark', 'sweden', 'finland', 'estonia', 'latvia', 'lithuania', 'ireland', 'cyprus',
    'malta'],
  uk: ['uk', 'united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'london',
    'manchester', 'edinburgh', 'glasgow', 'bristol', 'leeds', 'birmingham', 'cambridge', 'oxford', 'belfast'],
  'united kingdom': ['uk'],
  england: ['london', 'manchester', 'bristol', 'leeds', 'birmingham', 'cambridge', 'oxford'],
  ireland: ['dublin', 'cork'],
  germany: ['deutschland', 'berlin', 'munich', 'münchen', 'hamburg', 'frankfurt', 'cologne', 'köln', 'stuttgart',
    'düsseldorf', 'dusseldorf', 'leipzig', 'dresden'],
  france: ['paris', 'lyon', 'marseille', 'toulouse', 'bordeaux', 'lille', 'nantes'],
  spain: ['españa', 'madrid', 'barcelona', 'valencia', 'seville', 'sevilla', 'malaga', 'málaga', 'bilbao'],
  portugal: ['lisbon', 'lisboa', 'porto'],
  netherlands: ['the netherlands', 'holland', 'amsterdam', 'rotterdam', 'utrecht', 'the hague', 'eindhoven'],
  belgium: ['brussels', 'antwerp', 'ghent'],
  switzerland: ['zurich', 'zürich', 'geneva', 'basel', 'lausanne', 'bern'],
  austria: ['vienna', 'wien', 'graz'],
  italy: ['rome', 'milan', 'milano', 'turin', 'bologna', 'florence'],
  poland: ['warsaw', 'krakow', 'kraków', 'wroclaw', 'wrocław', 'gdansk', 'gdańsk', 'poznan', 'poznań'],
  'czech republic': ['czechia', 'prague', 'brno'],
  czechia: ['czech republic', 'prague', 'brno'],
  hungary: ['budapest'],
  romania: ['bucharest', 'cluj'],
  greece: ['athens', 'thessaloniki'],
  denmark: ['copenhagen', 'aarhus'],
  sweden: ['stockholm', 'gothenburg', 'malmö', 'malmo'],
  norway: ['oslo', 'bergen'],
  finland: ['helsinki', 'espoo', 'tampere'],
  estonia: ['tallinn'],
  latvia: ['riga'],
  lithuania: ['vilnius'],
  ukraine: ['kyiv', 'kiev', 'lviv'],
  'north america': ['usa', 'us', 'united states', 'canada', 'mexico', 'americas'],
  americas: ['north america', 'latam', 'latin america', 'south america'],
  usa: ['us', 'u.s.', 'united states', 'united states of america', 'america', 'new york', 'nyc', 'san francisco',
    'bay area', 'seattle', 'austin', 'boston', 'chicago', 'los angeles', 'denver', 'atlanta', 'miami', 'washington',
    'portland', 'san diego', 'dallas', 'houston', 'philadelphia', 'california', 'texas', 'ny', 'tx'],
  us: ['usa'],
  'united states': ['usa'],
  canada: ['toronto', 'vancouver', 'montreal', 'montréal', 'ottawa', 'calgary', 'waterloo'],
  'latin america': ['latam', 'south america', 'mexico', 'brazil', 'argentina', 'colombia', 'chile', 'peru', 'uruguay'],
  latam: ['latin america'],
  'south america': ['brazil', 'argentina', 'colombia', 'chile', 'peru', 'uruguay'],
  mexico: ['mexico city', 'guadalajara', 'monterrey'],
  brazil: ['brasil', 'são paulo', 'sao paulo', 'rio de janeiro'],
  argentina: ['buenos aires'],
  colombia: ['bogotá', 'bogota', 'medellín', 'medellin'],
  asia: ['apac', 'asia pacific', 'india', 'singapore', 'japan', 'china', 'hong kong', 'south korea', 'korea', 'vietnam',
    'philippines', 'indonesia', 'malaysia', 'thailand', 'taiwan'],
  apac: ['asia', 'asia pacific', 'australia', 'new zealand'],
  india: ['bangalore', 'bengaluru', 'mumbai', 'delhi', 'new delhi', 'hyderabad', 'pune', 'chennai', 'gurgaon', 'noida'],
  japan: ['tokyo', 'osaka'],
  australia: ['sydney', 'melbourne', 'brisbane', 'perth', 'adelaide'],
  'new zealand': ['auckland', 'wellington'],
  'middle east': ['uae', 'united arab emirates', 'dubai', 'abu dhabi', 'israel', 'tel aviv', 'saudi arabia', 'qatar'],
  africa: ['south africa', 'cape town', 'johannesburg', 'nigeria', 'lagos', 'kenya', 'nairobi', 'egypt', 'cairo'],
};

/** "anywhere", "worldwide": a posting open to every place. */
export const anywhere = /\b(?:anywhere|worldwide|global(?:ly)?|world\s*wide)\b/i;

const normalise = (place: string) => place.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The names a place goes by, itself and everything the table puts inside it, nested
 * ("europe" → … "germany" → "berlin").
 *
 * @example
 * placeNames('Europe').includes('berlin'); // true
 */
export function placeNames(place: string): string[] {
  const start = normalise(place);
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const next = queue.shift() ?? '';
    for (const inside of places[next] ?? []) {
      if (seen.has(inside)) continue;
      seen.add(inside);
      queue.push(inside);
    }
  }
  return [...seen].filter(Boolean);
}

/**
 * Whether the table knows a place by this name: a region, a country or a city.
 *
 * @example
 * isKnownPlace('Lisbon'); // true
 * isKnownPlace('python'); // false
 */
export function isKnownPlace(name: string): boolean {
  const wanted = normalise(name);
  return wanted in places || Object.values(places).some((inside) => inside.includes(wanted));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Postgres regular expressions (for `location ~* ANY(…)` in the index query) that find the
 * place or anything inside it as whole words in a posting's location.
 *
 * @example
 * placePatterns('Portugal'); // ['(^|[^[:alnum:]])portugal($|[^[:alnum:]])', …]
 */
export function placePatterns(place: string): string[] {
  return placeNames(place).map((name) => `(^|[^[:alnum:]])${escapeRegExp(name)}($|[^[:alnum:]])`);
}

/**
 * Whether a posting's location is in the place asked for: the place or anything inside it,
 * as whole words ("EU" is not "Reunion"). "Anywhere" is open to every place, and so is a
 * remote posting that names no place; an on-site one that names none is not known to be there.
 *
 * @example
 * locationMatches({ location: 'Lisbon, Portugal', remote: false }, 'Europe'); // true
 * locationMatches({ location: 'Austin, TX', remote: true }, 'Europe'); // false
 */
export function locationMatches(
  { location, remote }: { location: string | null | undefined; remote: boolean | null | undefined },
  place: string,
): boolean {
  if (remote === true && /^(?:remote|anywhere|worldwide)$/i.test(place.trim())) return true;
  if (!location) return remote === true;
  if (anywhere.test(location)) return true;
  const text = location.toLowerCase();
  return placeNames(place).some((name) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(text));
}
