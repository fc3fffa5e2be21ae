import { accentInsensitivePattern } from '../db/repositories/job-search-text.ts';

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
  uk: ['uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'gb', 'england', 'scotland', 'wales', 'northern ireland', 'london',
    'manchester', 'edinburgh', 'glasgow', 'bristol', 'leeds', 'birmingham', 'cambridge', 'oxford', 'belfast'],
  'united kingdom': ['uk'],
  england: ['london', 'manchester', 'bristol', 'leeds', 'birmingham', 'cambridge', 'oxford'],
  ireland: ['dublin', 'cork'],
  germany: ['deutschland', 'bavaria', 'baden-württemberg', 'north rhine-westphalia', 'hesse', 'lower saxony', 'saxony',
    'rhineland-palatinate', 'thuringia', 'schleswig-holstein', 'saxony-anhalt', 'brandenburg', 'mecklenburg-vorpommern', 'saarland',
    'berlin', 'munich', 'münchen', 'hamburg', 'frankfurt', 'cologne', 'köln', 'stuttgart',
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
  usa: ['us', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'new york', 'nyc', 'san francisco',
    'bay area', 'seattle', 'austin', 'boston', 'chicago', 'los angeles', 'denver', 'atlanta', 'miami', 'washington',
    'portland', 'san diego', 'dallas', 'houston', 'philadelphia', 'california', 'texas', 'ny', 'tx'],
  us: ['usa'],
  'united states': ['usa'],
  canada: ['toronto', 'vancouver', 'montreal', 'montréal', 'ottawa', 'calgary', 'waterloo', 'edmonton', 'winnipeg', 'halifax',
    'saskatoon', 'regina', 'hamilton, on', 'victoria, bc', "st. john's"],
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
  australia: ['sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'hobart', 'darwin', 'gold coast', 'townsville'],
  'new zealand': ['auckland', 'wellington'],
  // Cities with the suburbs and towns of their metro area a posting names instead of the city ("Murdoch, WA" is a
  // Perth hospital's, "Mississauga, ON" a Toronto office's: trial s48 #14); only names no other place in the table has.
  perth: ['fremantle', 'joondalup', 'murdoch', 'subiaco', 'nedlands', 'midland, wa', 'rockingham', 'mandurah'],
  sydney: ['parramatta', 'chatswood', 'north sydney', 'randwick', 'blacktown', 'westmead', 'macquarie park'],
  melbourne: ['parkville', 'box hill', 'dandenong', 'footscray', 'frankston', 'fitzroy'],
  brisbane: ['south brisbane', 'woolloongabba', 'herston', 'chermside', 'fortitude valley'],
  adelaide: ['elizabeth vale', 'bedford park', 'woodville'],
  toronto: ['mississauga', 'brampton', 'etobicoke', 'north york', 'markham', 'vaughan', 'richmond hill', 'oakville'],
  vancouver: ['burnaby', 'north vancouver', 'west vancouver', 'coquitlam', 'new westminster', 'surrey, bc'],
  montreal: ['laval', 'longueuil'],
  calgary: ['airdrie'],
  // Regions inside countries, each with its main cities, so "in Bavaria" finds "Ingolstadt" and "München, Bayern":
  // a posting names its city far more often than its state (trial s46 #63).
  bavaria: ['munich', 'nuremberg', 'augsburg', 'ingolstadt', 'regensburg', 'würzburg', 'wurzburg', 'erlangen', 'fürth', 'furth',
    'bamberg', 'bayreuth', 'landshut', 'rosenheim', 'passau', 'garching', 'unterschleißheim', 'herzogenaurach'],
  'baden-württemberg': ['stuttgart', 'karlsruhe', 'mannheim', 'freiburg', 'heidelberg', 'ulm', 'heilbronn', 'pforzheim', 'reutlingen',
    'tübingen', 'tubingen', 'esslingen', 'ludwigsburg', 'böblingen', 'boblingen', 'sindelfingen', 'konstanz', 'walldorf', 'friedrichshafen'],
  'north rhine-westphalia': ['cologne', 'düsseldorf', 'dortmund', 'essen', 'duisburg', 'bochum', 'wuppertal', 'bielefeld', 'bonn',
    'münster', 'munster', 'aachen', 'gelsenkirchen', 'mönchengladbach', 'krefeld', 'oberhausen', 'paderborn'],
  hesse: ['frankfurt', 'wiesbaden', 'darmstadt', 'kassel', 'offenbach', 'hanau', 'gießen', 'giessen', 'marburg', 'eschborn'],
  'lower saxony': ['hanover', 'braunschweig', 'brunswick', 'wolfsburg', 'osnabrück', 'osnabruck', 'oldenburg', 'göttingen', 'gottingen',
    'hildesheim', 'salzgitter'],
  saxony: ['dresden', 'leipzig', 'chemnitz', 'zwickau'],
  'rhineland-palatinate': ['mainz', 'ludwigshafen', 'koblenz', 'kaiserslautern', 'trier'],
  thuringia: ['erfurt', 'jena', 'weimar', 'gera'],
  'schleswig-holstein': ['kiel', 'lübeck', 'lubeck', 'flensburg'],
  'saxony-anhalt': ['magdeburg', 'halle'],
  brandenburg: ['potsdam', 'cottbus'],
  'mecklenburg-vorpommern': ['rostock', 'schwerin'],
  saarland: ['saarbrücken', 'saarbrucken'],
  scotland: ['edinburgh', 'glasgow', 'aberdeen', 'dundee', 'inverness', 'stirling'],
  wales: ['cardiff', 'swansea'],
  'northern ireland': ['belfast', 'derry'],
  yorkshire: ['leeds', 'sheffield', 'bradford', 'hull', 'huddersfield', 'doncaster', 'wakefield', 'harrogate'],
  catalonia: ['barcelona', 'girona', 'tarragona'],
  andalusia: ['seville', 'malaga', 'granada', 'cordoba', 'cadiz'],
  lombardy: ['milan', 'bergamo', 'brescia'],
  'île-de-france': ['paris', 'la défense', 'boulogne-billancourt', 'saint-denis', 'versailles'],
  california: ['san francisco', 'bay area', 'los angeles', 'san diego', 'san jose', 'oakland', 'sacramento', 'palo alto',
    'mountain view', 'sunnyvale', 'santa clara', 'cupertino', 'menlo park', 'redwood city', 'irvine', 'berkeley', 'fremont',
    'pasadena', 'santa monica', 'long beach', 'fresno'],
  texas: ['austin', 'dallas', 'houston', 'san antonio', 'fort worth', 'el paso', 'plano', 'irving'],
  'new york': ['new york city', 'nyc', 'manhattan', 'brooklyn', 'buffalo', 'albany', 'syracuse'],
  massachusetts: ['boston', 'cambridge, ma', 'worcester', 'somerville'],
  illinois: ['chicago', 'springfield, il', 'naperville', 'evanston'],
  florida: ['miami', 'orlando', 'tampa', 'jacksonville', 'fort lauderdale'],
  colorado: ['denver', 'boulder', 'colorado springs'],
  georgia: ['atlanta', 'savannah'],
  ontario: ['toronto', 'ottawa', 'waterloo', 'mississauga', 'kitchener'],
  'british columbia': ['vancouver', 'burnaby', 'surrey, bc', 'victoria, bc', 'kelowna', 'kamloops', 'nanaimo', 'prince george', 'abbotsford'],
  quebec: ['montreal', 'quebec city'],
  alberta: ['calgary', 'edmonton', 'red deer', 'lethbridge'],
  manitoba: ['winnipeg', 'brandon, mb'],
  saskatchewan: ['saskatoon', 'regina'],
  'nova scotia': ['halifax', 'sydney, ns'],
  'new south wales': ['sydney', 'newcastle, nsw', 'wollongong'],
  victoria: ['melbourne', 'geelong'],
  queensland: ['brisbane', 'gold coast', 'cairns'],
  'western australia': ['perth', 'bunbury', 'geraldton', 'kalgoorlie', 'broome'],
  tasmania: ['hobart', 'launceston'],
  'northern territory': ['darwin', 'alice springs'],
  'australian capital territory': ['canberra'],
  'south australia': ['adelaide'],
  maharashtra: ['mumbai', 'pune', 'nagpur', 'navi mumbai', 'thane'],
  karnataka: ['bangalore', 'bengaluru', 'mysore', 'mysuru', 'mangalore'],
  'tamil nadu': ['chennai', 'coimbatore', 'madurai'],
  telangana: ['hyderabad', 'secunderabad'],
  'delhi ncr': ['delhi', 'new delhi', 'gurgaon', 'gurugram', 'noida', 'faridabad', 'ghaziabad'],
  'middle east': ['uae', 'united arab emirates', 'dubai', 'abu dhabi', 'israel', 'tel aviv', 'saudi arabia', 'qatar'],
  africa: ['south africa', 'cape town', 'johannesburg', 'nigeria', 'lagos', 'kenya', 'nairobi', 'egypt', 'cairo'],
};

/**
 * Cities by their English and their own names: a person in Lisbon types "Lisbon", a Portuguese
 * posting writes "Lisboa". Each name finds the other (and the table's country finds both).
 */
const sameCity: readonly (readonly string[])[] = [
  ['lisbon', 'lisboa'], ['munich', 'münchen', 'muenchen'], ['cologne', 'köln', 'koeln'], ['vienna', 'wien'],
  ['milan', 'milano'], ['rome', 'roma'], ['turin', 'torino'], ['florence', 'firenze'], ['naples', 'napoli'],
  ['venice', 'venezia'], ['genoa', 'genova'], ['prague', 'praha'], ['warsaw', 'warszawa'], ['krakow', 'kraków', 'cracow'],
  ['seville', 'sevilla'], ['saragossa', 'zaragoza'], ['corunna', 'a coruña', 'la coruña'], ['copenhagen', 'københavn'],
  ['gothenburg', 'göteborg'], ['the hague', 'den haag', "'s-gravenhage"], ['brussels', 'bruxelles', 'brussel'],
  ['antwerp', 'antwerpen', 'anvers'], ['ghent', 'gent', 'gand'], ['bruges', 'brugge'], ['geneva', 'genève', 'genf'],
  ['zurich', 'zürich'], ['basel', 'bâle'], ['bern', 'berne'], ['athens', 'athina'], ['bucharest', 'bucurești', 'bucuresti'],
  ['belgrade', 'beograd'], ['kyiv', 'kiev', 'київ'], ['moscow', 'moskva'], ['nuremberg', 'nürnberg'], ['hanover', 'hannover'],
  ['frankfurt', 'frankfurt am main'], ['dusseldorf', 'düsseldorf'], ['malmo', 'malmö'], ['porto', 'oporto'],
  ['mexico city', 'ciudad de méxico', 'cdmx'], ['sao paulo', 'são paulo'], ['montreal', 'montréal'], ['quebec city', 'québec'],
  ['bogota', 'bogotá'], ['medellin', 'medellín'], ['malaga', 'málaga'], ['cordoba', 'córdoba'], ['gdansk', 'gdańsk'],
  ['wroclaw', 'wrocław'], ['poznan', 'poznań'], ['lodz', 'łódź'], ['tallinn', 'reval'], ['vilnius', 'wilno'],
  // Regions by their English and their own names: "Bavaria" finds "München, Bayern, Germany".
  ['bavaria', 'bayern', 'freistaat bayern'], ['baden-württemberg', 'baden-wurttemberg', 'baden-wuerttemberg', 'baden württemberg'],
  ['north rhine-westphalia', 'nordrhein-westfalen', 'north rhine westphalia', 'nrw'], ['hesse', 'hessen'],
  ['lower saxony', 'niedersachsen'], ['saxony', 'sachsen'], ['rhineland-palatinate', 'rheinland-pfalz'], ['thuringia', 'thüringen', 'thuringen'],
  ['saxony-anhalt', 'sachsen-anhalt'], ['catalonia', 'catalunya', 'cataluña'], ['andalusia', 'andalucía', 'andalucia'],
  ['lombardy', 'lombardia'], ['île-de-france', 'ile-de-france', 'ile de france'], ['delhi ncr', 'ncr'],
  ['würzburg', 'wuerzburg'], ['tübingen', 'tuebingen'],
];

/** The places table with each city's other names inside it, both ways. */
function withSameCities(table: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const result: Record<string, string[]> = Object.fromEntries(Object.entries(table).map(([name, inside]) => [name, [...inside]]));
  for (const names of sameCity) for (const name of names) (result[name] ??= []).push(...names.filter((other) => other !== name && !result[name]?.includes(other)));
  return result;
}

/**
 * Other names a person gives a country, read as the country's own entry: "America" and "the
 * States" search the USA (a posting's "Latin America" is not the USA, so "america" is no name
 * the USA's postings are looked for by), "Great Britain" the UK.
 */
const sameAs: Readonly<Record<string, string>> = {
  'u.s.': 'usa',
  'u.s.a.': 'usa',
  'united states of america': 'usa',
  america: 'usa',
  'the us': 'usa',
  'the usa': 'usa',
  'the u.s.': 'usa',
  'the united states': 'usa',
  'the states': 'usa',
  'u.k.': 'uk',
  'the uk': 'uk',
  'the u.k.': 'uk',
  'the united kingdom': 'uk',
  britain: 'uk',
  'great britain': 'uk',
  gb: 'uk',
  holland: 'netherlands',
  'the netherlands': 'netherlands',
  // A country by its own name: "Stellen in Deutschland" searches Germany, with its states and cities.
  deutschland: 'germany',
  österreich: 'austria',
  oesterreich: 'austria',
  schweiz: 'switzerland',
  suisse: 'switzerland',
  nederland: 'netherlands',
  españa: 'spain',
  espana: 'spain',
  italia: 'italy',
  polska: 'poland',
  brasil: 'brazil',
  sverige: 'sweden',
  danmark: 'denmark',
  norge: 'norway',
  suomi: 'finland',
};

/**
 * States and provinces with the postal abbreviation a posting writes after its city
 * ("Columbus, OH", "Toronto, ON", "Sydney, NSW"). An abbreviation is matched only right
 * after a comma (`abbreviation()`), never as a word of its own: "OR", "IN" and "ME" are
 * English words too.
 */
const subdivisions: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // United States
    'alabama al|alaska ak|arizona az|arkansas ar|california ca|colorado co|connecticut ct|delaware de|florida fl|georgia ga|hawaii hi|idaho id|illinois il|indiana in|iowa ia|kansas ks|kentucky ky|louisiana la|maine me|maryland md|massachusetts ma|michigan mi|minnesota mn|mississippi ms|missouri mo|montana mt|nebraska ne|nevada nv|new hampshire nh|new jersey nj|new mexico nm|new york ny|north carolina nc|north dakota nd|ohio oh|oklahoma ok|oregon or|pennsylvania pa|rhode island ri|south carolina sc|south dakota sd|tennessee tn|texas tx|utah ut|vermont vt|virginia va|washington wa|west virginia wv|wisconsin wi|wyoming wy|district of columbia dc',
    // Canada
    'alberta ab|british columbia bc|manitoba mb|new brunswick nb|newfoundland and labrador nl|nova scotia ns|ontario on|prince edward island pe|quebec qc|saskatchewan sk',
  ]
    .join('|')
    .split('|')
    .map((entry) => [entry.slice(0, entry.lastIndexOf(' ')), entry.slice(entry.lastIndexOf(' ') + 1)]),
);
const australianStates: Readonly<Record<string, string>> = Object.fromEntries(
  'new south wales nsw|victoria vic|queensland qld|western australia wa|south australia sa|tasmania tas|australian capital territory act|northern territory nt'
    .split('|')
    .map((entry) => [entry.slice(0, entry.lastIndexOf(' ')), entry.slice(entry.lastIndexOf(' ') + 1)]),
);
const canadianProvinces = new Set('alberta ab|british columbia bc|manitoba mb|new brunswick nb|newfoundland and labrador nl|nova scotia ns|ontario on|prince edward island pe|quebec qc|saskatchewan sk'.split('|').map((entry) => entry.slice(0, entry.lastIndexOf(' '))));

/** A name in the table that stands for an abbreviation written after a place: ", oh". */
const abbreviation = (code: string) => `, ${code}`;
/** The codes two countries share (WA: Washington, Western Australia). */
const sharedCodes: ReadonlySet<string> = new Set(Object.values(australianStates).filter((code) => Object.values(subdivisions).includes(code)));
/** Said after an abbreviation in the table: the code counts only when Australia is said beside it (WA). */
const inAustralia = ' (australia)';

/** The places table with every state and province under its country, each with its abbreviation. */
function withSubdivisions(table: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const result: Record<string, string[]> = Object.fromEntries(Object.entries(table).map(([name, inside]) => [name, [...inside]]));
  const add = (country: string, name: string, code: string) => {
    (result[country] ??= []).push(name);
    const own = (result[name] ??= []);
    own.push(abbreviation(code));
  };
  for (const [name, code] of Object.entries(subdivisions)) add(canadianProvinces.has(name) ? 'canada' : 'usa', name, code);
  for (const [name, code] of Object.entries(australianStates)) {
    // WA is Washington's too: Western Australia's "WA" counts only with Australia said beside it ("Murdoch, WA,
    // Australia") or an Australian postcode after it ("Murdoch WA 6150"), or Australia would find Seattle, WA.
    if (Object.values(subdivisions).includes(code)) {
      (result.australia ??= []).push(name);
      (result[name] ??= []).push(`${abbreviation(code)}${inAustralia}`);
    } else add('australia', name, code);
  }
  return result;
}

const placesWithSubdivisions = withSubdivisions(withSameCities(places));

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
  const start = canonicalPlace(place);
  const seen = new Set<string>([start]);
  const queue = [start, ...cityOf(place)];
  for (const city of queue.slice(1)) seen.add(city);
  while (queue.length > 0) {
    const next = queue.shift() ?? '';
    for (const inside of placesWithSubdivisions[next] ?? []) {
      if (seen.has(inside)) continue;
      seen.add(inside);
      queue.push(inside);
    }
  }
  return [...seen].filter(Boolean);
}

/**
 * Every word of every place name the table knows ("britain", "scotland", "lisbon"), lower
 * case: words a spelling corrector must leave as typed, since a place is no slip of another word.
 *
 * @example
 * placeWords().has('britain'); // true
 */
export function placeWords(): ReadonlySet<string> {
  placeWordSet ??= new Set(
    // (Words of three letters or more: a lone "w" of "w yorkshire" is the shorthand for "with" too.)
    [...Object.keys(sameAs), ...Object.entries(placesWithSubdivisions).flat(2)].flatMap((name) => (name.match(/[a-z]+/g) ?? []).filter((word) => word.length >= 3)),
  );
  return placeWordSet;
}
let placeWordSet: ReadonlySet<string> | undefined;

/**
 * Whether the table knows a place by this name: a region, a country or a city.
 *
 * @example
 * isKnownPlace('Lisbon'); // true
 * isKnownPlace('python'); // false
 */
export function isKnownPlace(name: string): boolean {
  // Not by a bare abbreviation: "in", "or" and "me" are words before they are states.
  const wanted = sameAs[normalise(name)] ?? normalise(name);
  return wanted in placesWithSubdivisions || Object.values(placesWithSubdivisions).some((inside) => inside.includes(wanted));
}

/** A state's, province's or Australian state's name by its abbreviation; the US's first where two share one (WA). */
const nameOfCode: ReadonlyMap<string, string> = new Map(
  [...Object.entries(australianStates), ...Object.entries(subdivisions)].map(([name, code]) => [code, name]),
);

/**
 * The name the table knows a place by: "America" and "the U.S." are "usa", a bare
 * abbreviation ("OH", "on") is its state or province; else the place as written, normalised.
 */
function canonicalPlace(place: string): string {
  const name = normalise(place);
  return sameAs[name] ?? nameOfCode.get(name) ?? name;
}

/**
 * The place before a wider one the table knows: the city of "City, State" or "City State" when the state is one the table knows
 * ("columbus ohio" → "columbus"): a posting writes the state its own way ("Columbus, OH"),
 * and the city alone finds it. An abbreviation counts after a comma, or after a space when
 * written in capitals ("Columbus OH"; "portland or" stays as written).
 */
function cityOf(written: string): string[] {
  const place = normalise(written);
  if (place in placesWithSubdivisions || place in sameAs || nameOfCode.has(place)) return [];
  const states = [...Object.keys(subdivisions), ...Object.keys(australianStates)];
  const codes = [...nameOfCode.keys()];
  for (const state of [...states, ...codes]) {
    const at = place.length - state.length;
    if (at <= 0 || !place.endsWith(state)) continue;
    const before = place.slice(0, at);
    const city = before.replace(/(?<![\s,])[\s,]+$/, '');
    const separated = codes.includes(state)
      ? /,\s*$/.test(before) || (/\s$/.test(before) && written.trim().endsWith(state.toUpperCase()))
      : /[\s,]$/.test(before);
    if (separated && city.length > 1) return [city];
  }
  // Regression (trial s50 #10): "alberta canada", "stavanger norway", "bavaria, germany": a place then the country
  // or region it is in, as people type it, found nothing (no posting writes both as one phrase). The place before
  // the country is the one asked for; the country alone would be wider than what was said.
  widerNames ??= [...Object.keys(placesWithSubdivisions), ...Object.keys(sameAs)].sort((a, b) => b.length - a.length);
  const wider = widerNames.find(
    (name) => place.length > name.length + 1 && place.endsWith(name) && /[\s,]$/.test(place.slice(0, -name.length)),
  );
  const inside = wider ? place.slice(0, -wider.length).replace(/[\s,]+$/, '') : '';
  return inside.length > 1 && !/^(?:remote|anywhere|hybrid|on-?site|in|near)$/.test(inside) ? [inside] : [];
}
/** The table's place names, longest first (built once). */
let widerNames: string[] | undefined;

/**
 * A name's whole-word pattern, found however its accents are typed ("munchen" finds "München",
 * "zürich" finds "Zurich"). An abbreviation (", oh") is matched right after a comma and in
 * capitals only, as postings write it ("Columbus, OH"), so "Remote, in the US" is not Indiana;
 * `caseSensitive` is how the regex engine is told so (Postgres: an embedded `(?c)`).
 */
function namePattern(name: string, { alnum, space, caseSensitive }: { alnum: string; space: string; caseSensitive: string }): string {
  if (name.endsWith(inAustralia)) {
    const code = escapeRegExp(name.slice(2, -inAustralia.length).toUpperCase());
    // ("Murdoch, WA, Australia", "Murdoch WA 6150": WA postcodes are four digits from 6000; a US ZIP code has five.)
    return `${caseSensitive}(^|[^${alnum}])${code}(,?${space}+(AUSTRALIA|Australia)|${space}+6[0-9]{3}($|[^${alnum}]))`;
  }
  if (name.startsWith(', ')) {
    const code = escapeRegExp(name.slice(2).toUpperCase());
    // After a comma ("Columbus, OH"), or after a space in capitals where the place ends or a postcode follows
    // ("Parramatta NSW", "Burnaby BC V5H 4N2", "Carlton VIC 3053"): a code of three letters is no English word anywhere.
    // (A US ZIP code has five digits, a Canadian postcode starts letter-digit-letter: "Perth WA 6000" is no Washington.)
    // (Washington's WA is never one said with Australia or an Australian postcode: "Murdoch, WA, Australia".)
    const notAustralian = sharedCodes.has(name.slice(2)) ? `(?!,?${space}+(AUSTRALIA|Australia|6[0-9]{3}($|[^${alnum}])))` : '';
    const spaced = code.length >= 3 ? `${space}${code}($|[^${alnum}])` : `${space}${code}(${space}*$|${space}*[;|/]|${space}+[0-9]{5}($|[^0-9])|${space}+[A-Z][0-9][A-Z])`;
    return `${caseSensitive}(,${space}*${code}${notAustralian}($|[^${alnum}])|[${alnum}]${spaced})`;
  }
  return `(^|[^${alnum}])${accentInsensitivePattern(name)}($|[^${alnum}])`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Postgres regular expressions (for `location ~* ANY(…)` in the index query) that find the
 * place or anything inside it as whole words in a posting's location.
 *
 * @example
 * placePatterns('Porto')[0]; // '(^|[^[:alnum:]])p[oòóôõö…]rt[oòóôõö…]($|[^[:alnum:]])'
 */
export function placePatterns(place: string): string[] {
  return placeNames(place).map((name) => namePattern(name, { alnum: '[:alnum:]', space: '[[:space:]]', caseSensitive: '(?c)' }));
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
  return placeNames(place).some((name) =>
    new RegExp(namePattern(name, { alnum: '\\p{L}\\p{N}', space: '\\s', caseSensitive: '' }), name.startsWith(', ') ? 'u' : 'iu').test(location),
  );
}
