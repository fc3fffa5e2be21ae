/**
 * Place names for recognising a location on a resume: US states, Canadian provinces, Australian states
 * (by code), countries (by name, with ISO 3166-1 alpha-2 codes) and large cities.
 */

export const regionCodes: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'
      .split(' ')
      .map((code) => [code, 'US']),
    ...'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' ').map((code) => [code, 'CA']),
    // Australia's states by their codes of three letters ("Parramatta, NSW"); WA, SA and NT name other places too.
    ...'NSW VIC QLD TAS ACT'.split(' ').map((code) => [code, 'AU']),
  ],
);

const countryList: readonly [string, string][] = [
  ['united states', 'US'], ['united states of america', 'US'], ['usa', 'US'], ['us', 'US'],
  ['canada', 'CA'], ['mexico', 'MX'], ['brazil', 'BR'], ['brasil', 'BR'], ['argentina', 'AR'],
  ['chile', 'CL'], ['colombia', 'CO'], ['peru', 'PE'], ['uruguay', 'UY'],
  ['united kingdom', 'GB'], ['united kingdom of great britain and northern ireland', 'GB'], ['great britain', 'GB'], ['uk', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'],
  ['northern ireland', 'GB'], ['ireland', 'IE'], ['germany', 'DE'], ['deutschland', 'DE'],
  ['france', 'FR'], ['spain', 'ES'], ['españa', 'ES'], ['portugal', 'PT'], ['italy', 'IT'],
  ['italia', 'IT'], ['netherlands', 'NL'], ['the netherlands', 'NL'], ['belgium', 'BE'],
  ['luxembourg', 'LU'], ['switzerland', 'CH'], ['austria', 'AT'], ['denmark', 'DK'],
  ['sweden', 'SE'], ['norway', 'NO'], ['finland', 'FI'], ['iceland', 'IS'], ['poland', 'PL'],
  ['czech republic', 'CZ'], ['czechia', 'CZ'], ['slovakia', 'SK'], ['hungary', 'HU'],
  ['romania', 'RO'], ['bulgaria', 'BG'], ['greece', 'GR'], ['croatia', 'HR'], ['serbia', 'RS'],
  ['slovenia', 'SI'], ['estonia', 'EE'], ['latvia', 'LV'], ['lithuania', 'LT'], ['ukraine', 'UA'],
  ['turkey', 'TR'], ['türkiye', 'TR'], ['israel', 'IL'], ['egypt', 'EG'], ['morocco', 'MA'],
  ['nigeria', 'NG'], ['kenya', 'KE'], ['ghana', 'GH'], ['south africa', 'ZA'], ['ethiopia', 'ET'],
  ['united arab emirates', 'AE'], ['uae', 'AE'], ['saudi arabia', 'SA'], ['qatar', 'QA'],
  ['india', 'IN'], ['pakistan', 'PK'], ['bangladesh', 'BD'], ['sri lanka', 'LK'], ['nepal', 'NP'],
  ['china', 'CN'], ['hong kong', 'HK'], ['taiwan', 'TW'], ['japan', 'JP'], ['south korea', 'KR'],
  ['korea', 'KR'], ['republic of korea', 'KR'], ['singapore', 'SG'], ['malaysia', 'MY'],
  ['indonesia', 'ID'], ['philippines', 'PH'], ['thailand', 'TH'], ['vietnam', 'VN'],
  ['viet nam', 'VN'], ['australia', 'AU'], ['new zealand', 'NZ'], ['russia', 'RU'], ['russian federation', 'RU'],
  ['republic of ireland', 'IE'],
  // Countries as European CVs name them in their own languages: "Londres (Reino Unido)", "Lyon, Frankreich".
  ['reino unido', 'GB'], ['royaume-uni', 'GB'], ['regno unito', 'GB'], ['vereinigtes königreich', 'GB'], ['verenigd koninkrijk', 'GB'],
  ['wielka brytania', 'GB'], ['inglaterra', 'GB'], ['angleterre', 'GB'], ['irlanda', 'IE'], ['irlande', 'IE'], ['irland', 'IE'],
  ['alemanha', 'DE'], ['alemania', 'DE'], ['allemagne', 'DE'], ['germania', 'DE'], ['duitsland', 'DE'], ['niemcy', 'DE'],
  ['frança', 'FR'], ['francia', 'FR'], ['frankreich', 'FR'], ['frankrijk', 'FR'], ['francja', 'FR'], ['espanha', 'ES'],
  ['espagne', 'ES'], ['spanien', 'ES'], ['spagna', 'ES'], ['spanje', 'ES'], ['hiszpania', 'ES'], ['itália', 'IT'], ['italie', 'IT'],
  ['italien', 'IT'], ['italië', 'IT'], ['włochy', 'IT'], ['países baixos', 'NL'], ['países bajos', 'NL'], ['holanda', 'NL'],
  ['pays-bas', 'NL'], ['niederlande', 'NL'], ['paesi bassi', 'NL'], ['nederland', 'NL'], ['holandia', 'NL'], ['polónia', 'PL'],
  ['polonia', 'PL'], ['pologne', 'PL'], ['polen', 'PL'], ['polska', 'PL'], ['suíça', 'CH'], ['suiza', 'CH'], ['suisse', 'CH'],
  ['schweiz', 'CH'], ['svizzera', 'CH'], ['zwitserland', 'CH'], ['szwajcaria', 'CH'], ['áustria', 'AT'], ['autriche', 'AT'],
  ['österreich', 'AT'], ['oostenrijk', 'AT'], ['bélgica', 'BE'], ['belgique', 'BE'], ['belgien', 'BE'], ['belgio', 'BE'],
  ['belgië', 'BE'], ['belgia', 'BE'], ['estados unidos', 'US'], ['états-unis', 'US'], ['stati uniti', 'US'],
  ['vereinigte staaten', 'US'], ['verenigde staten', 'US'], ['stany zjednoczone', 'US'], ['brasile', 'BR'], ['brésil', 'BR'],
  ['brasilien', 'BR'], ['brazylia', 'BR'], ['méxico', 'MX'], ['mexique', 'MX'], ['luxemburgo', 'LU'], ['dinamarca', 'DK'],
  ['suécia', 'SE'], ['suecia', 'SE'], ['suède', 'SE'], ['schweden', 'SE'], ['noruega', 'NO'], ['norvège', 'NO'], ['grécia', 'GR'],
  ['grecia', 'GR'], ['grèce', 'GR'], ['griechenland', 'GR'], ['angola', 'AO'], ['moçambique', 'MZ'], ['cabo verde', 'CV'],
];
export const countryCodes: ReadonlyMap<string, string> = new Map(countryList);

/**
 * ISO 3166-1 alpha-2 country codes as written after a city ("Kraków PL"), with "UK" for GB
 * (officially reserved, commonly written). Kosovo's XK is user-assigned but in wide use.
 */
export const isoCountryCodes: ReadonlyMap<string, string> = new Map([
  ...[
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS',
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE',
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM',
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC',
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA',
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW',
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO',
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW',
  ]
    .join(' ')
    .split(' ')
    .map((code): [string, string] => [code, code]),
  ['UK', 'GB'],
]);

const cityList: readonly [string, string][] = [
  ['new york', 'US'], ['new york city', 'US'], ['nyc', 'US'], ['san francisco', 'US'],
  ['los angeles', 'US'], ['seattle', 'US'], ['austin', 'US'], ['boston', 'US'], ['chicago', 'US'],
  ['denver', 'US'], ['atlanta', 'US'], ['miami', 'US'], ['dallas', 'US'], ['houston', 'US'],
  ['portland', 'US'], ['san diego', 'US'], ['san jose', 'US'], ['oakland', 'US'],
  ['washington', 'US'], ['philadelphia', 'US'], ['pittsburgh', 'US'], ['phoenix', 'US'],
  ['toronto', 'CA'], ['vancouver', 'CA'], ['montreal', 'CA'], ['montréal', 'CA'], ['ottawa', 'CA'],
  ['calgary', 'CA'], ['waterloo', 'CA'], ['mexico city', 'MX'], ['são paulo', 'BR'],
  ['sao paulo', 'BR'], ['rio de janeiro', 'BR'], ['buenos aires', 'AR'], ['santiago', 'CL'],
  ['bogotá', 'CO'], ['bogota', 'CO'], ['lima', 'PE'], ['london', 'GB'], ['manchester', 'GB'],
  ['edinburgh', 'GB'], ['glasgow', 'GB'], ['bristol', 'GB'], ['cambridge', 'GB'], ['oxford', 'GB'],
  ['leeds', 'GB'], ['birmingham', 'GB'], ['belfast', 'GB'], ['dublin', 'IE'], ['cork', 'IE'],
  ['berlin', 'DE'], ['munich', 'DE'], ['münchen', 'DE'], ['hamburg', 'DE'], ['frankfurt', 'DE'],
  ['cologne', 'DE'], ['köln', 'DE'], ['stuttgart', 'DE'], ['düsseldorf', 'DE'],
  ['leipzig', 'DE'], ['paris', 'FR'], ['lyon', 'FR'], ['marseille', 'FR'], ['toulouse', 'FR'],
  ['madrid', 'ES'], ['barcelona', 'ES'], ['valencia', 'ES'], ['lisbon', 'PT'], ['lisboa', 'PT'],
  ['porto', 'PT'], ['rome', 'IT'], ['roma', 'IT'], ['milan', 'IT'], ['milano', 'IT'],
  ['turin', 'IT'], ['amsterdam', 'NL'], ['rotterdam', 'NL'], ['utrecht', 'NL'], ['eindhoven', 'NL'],
  ['brussels', 'BE'], ['zurich', 'CH'], ['zürich', 'CH'], ['geneva', 'CH'], ['vienna', 'AT'],
  ['wien', 'AT'], ['copenhagen', 'DK'], ['stockholm', 'SE'], ['gothenburg', 'SE'], ['oslo', 'NO'],
  ['helsinki', 'FI'], ['warsaw', 'PL'], ['warszawa', 'PL'], ['kraków', 'PL'], ['krakow', 'PL'],
  ['wrocław', 'PL'], ['gdańsk', 'PL'], ['prague', 'CZ'], ['brno', 'CZ'],
  ['budapest', 'HU'], ['bucharest', 'RO'], ['cluj-napoca', 'RO'], ['sofia', 'BG'],
  ['athens', 'GR'], ['zagreb', 'HR'], ['belgrade', 'RS'], ['tallinn', 'EE'], ['riga', 'LV'],
  ['vilnius', 'LT'], ['kyiv', 'UA'], ['kiev', 'UA'], ['lviv', 'UA'], ['istanbul', 'TR'],
  ['tel aviv', 'IL'], ['cairo', 'EG'], ['lagos', 'NG'], ['nairobi', 'KE'], ['cape town', 'ZA'],
  ['johannesburg', 'ZA'], ['dubai', 'AE'], ['abu dhabi', 'AE'], ['riyadh', 'SA'],
  ['bengaluru', 'IN'], ['bangalore', 'IN'], ['mumbai', 'IN'], ['delhi', 'IN'], ['new delhi', 'IN'],
  ['hyderabad', 'IN'], ['pune', 'IN'], ['chennai', 'IN'], ['kolkata', 'IN'], ['gurgaon', 'IN'],
  ['gurugram', 'IN'], ['noida', 'IN'], ['karachi', 'PK'], ['lahore', 'PK'], ['dhaka', 'BD'],
  ['beijing', 'CN'], ['shanghai', 'CN'], ['shenzhen', 'CN'], ['hangzhou', 'CN'], ['taipei', 'TW'],
  ['tokyo', 'JP'], ['osaka', 'JP'], ['seoul', 'KR'], ['busan', 'KR'], ['manila', 'PH'],
  ['jakarta', 'ID'], ['kuala lumpur', 'MY'], ['bangkok', 'TH'], ['ho chi minh city', 'VN'],
  ['hanoi', 'VN'], ['sydney', 'AU'], ['melbourne', 'AU'], ['brisbane', 'AU'], ['perth', 'AU'],
  ['auckland', 'NZ'], ['wellington', 'NZ'], ['singapore', 'SG'], ['hong kong', 'HK'],
  // European cities, and big ones as other European languages name them ("Londres", "Lissabon", "Mailand").
  ['londres', 'GB'], ['londra', 'GB'], ['londyn', 'GB'], ['lissabon', 'PT'], ['lisbonne', 'PT'], ['coimbra', 'PT'], ['braga', 'PT'],
  ['faro', 'PT'], ['funchal', 'PT'], ['aveiro', 'PT'], ['sevilla', 'ES'], ['bilbao', 'ES'], ['málaga', 'ES'], ['zaragoza', 'ES'],
  ['bordeaux', 'FR'], ['lille', 'FR'], ['nantes', 'FR'], ['strasbourg', 'FR'], ['montpellier', 'FR'],
  ['rennes', 'FR'], ['nürnberg', 'DE'], ['nuremberg', 'DE'],
  ['napoli', 'IT'], ['naples', 'IT'], ['firenze', 'IT'],
  ['florence', 'IT'], ['torino', 'IT'], ['bologna', 'IT'], ['venezia', 'IT'], ['venice', 'IT'], ['genova', 'IT'], ['parma', 'IT'],
  ['verona', 'IT'], ['padova', 'IT'], ['mailand', 'IT'], ['milão', 'IT'], ['milán', 'IT'], ['den haag', 'NL'], ['the hague', 'NL'],
  ['groningen', 'NL'], ['haarlem', 'NL'], ['leiden', 'NL'], ['poznań', 'PL'], ['łódź', 'PL'], ['katowice', 'PL'], ['gdynia', 'PL'],
  ['szczecin', 'PL'], ['lublin', 'PL'], ['bruxelles', 'BE'], ['brussel', 'BE'], ['bruselas', 'BE'], ['antwerpen', 'BE'],
  ['antwerp', 'BE'], ['gent', 'BE'], ['ghent', 'BE'], ['genève', 'CH'], ['genf', 'CH'], ['basel', 'CH'], ['bern', 'CH'],
  ['lausanne', 'CH'], ['salzburg', 'AT'], ['graz', 'AT'], ['innsbruck', 'AT'], ['luxemburg', 'LU'], ['munique', 'DE'],
  ['múnich', 'DE'], ['varsóvia', 'PL'], ['varsovie', 'PL'], ['nova iorque', 'US'], ['nueva york', 'US'],
];
export const cityCountries: ReadonlyMap<string, string> = new Map(cityList);
