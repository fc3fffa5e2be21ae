/**
 * The name, headline and contact details from a resume's header lines: e-mail, phone
 * numbers in the usual national and international formats, LinkedIn/GitHub/personal URLs
 * and a location ("City, ST", "City, Country", a known city, an address line).
 */
import type { ResumeBasics, ResumeLocation, ResumeProfile } from '../../protocol/json-resume.ts';
import type { DocumentLink } from '../extract/document-link.ts';
import { findDateRange, standardBefore } from './find-date-range.ts';
import { headingKind } from './find-sections.ts';
import { endsWithRoleWord, isOrganisationLike, isTitleLike } from './classify-entry-part.ts';
import { cityBeforeCountryCode, parseLocation } from './parse-location.ts';
import type { ResumeLine } from './resume-lines.ts';

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const urlPattern =
  /\b(?:https?:\/\/[^\s|,;()<>]+|www\.[^\s|,;()<>]+|(?:[a-z0-9-]+\.)+(?:com|net|org|dev|io|me|co|ca|de|uk|fr|design|app|ai|tech|site|page|xyz|info|eu|nl|in)\/[^\s|,;()<>]*)/giu;
const bareDomainPattern = /^(?:[a-z0-9-]+\.)+(?:com|net|org|dev|io|me|co|ca|de|uk|fr|design|app|ai|tech|site|page|xyz|info|eu|nl)$/i;
const phoneCandidatePattern = /(?:\+|\(\+?)?\d[\d\s().\-/]{5,}\d/g;
const labelPattern =
  /^(?:(?:name|e-?mail|phone|mobile|cell|telephone|address|location|linkedin|github|website|web|portfolio|url|[tmpe])\s*:|(?:tel|mob|ph)\.)\s*/i;
const networks: readonly [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'],
  [/github\.com/i, 'GitHub'],
  [/gitlab\.com/i, 'GitLab'],
  // Not netflix.com or dropbox.com.
  [/(?:^|[/.])(?:twitter|x)\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'],
  [/dribbble\.com/i, 'Dribbble'],
  [/behance\.net/i, 'Behance'],
  [/medium\.com/i, 'Medium'],
  [/kaggle\.com/i, 'Kaggle'],
  // Networks of other trades and countries: XING where LinkedIn is not the habit (Germany, Austria,
  // Switzerland), ResearchGate and ORCID for research, code hosts other than GitHub, Instagram for
  // kitchens and design, LeetCode and HackerRank for coding.
  [/xing\.com/i, 'XING'],
  [/researchgate\.net/i, 'ResearchGate'],
  [/orcid\.org/i, 'ORCID'],
  [/bitbucket\.org/i, 'Bitbucket'],
  [/codeberg\.org/i, 'Codeberg'],
  [/huggingface\.co/i, 'Hugging Face'],
  [/instagram\.com/i, 'Instagram'],
  [/leetcode\.com/i, 'LeetCode'],
  [/hackerrank\.com/i, 'HackerRank'],
];
// Post-nominals people write after their name: degrees, licences and memberships ("RN", "MSN",
// "Ph.D.", "P.Eng.", "FRCS(Ed)"): short abbreviations with two or more capitals, or a known few.
const knownCredential = /^(?:PhD|Ph\.\s?D\.?|MD|M\.D\.|MBA|MSc|BSc|BA|MA|MS|BS|MEng|BEng|Jr\.?|Sr\.?|Esq\.?|III|II|IV)$/;
const honorific = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss|Sir|Dame)\.?\s+/i;
const documentTitles = /^(?:curriculum vitae|resume|résumé|cv|lebenslauf)$/i;

/**
 * Reads the basics (name, label, contact, location, profiles) from header lines, and from the
 * file's hyperlinks what the text shows only as a username or a word ("LinkedIn").
 *
 * @example
 * parseContact(toResumeLines('Jane Doe\njane@example.com | (555) 123-4567 | Austin, TX')).email;
 * // 'jane@example.com'
 */
export function parseContact(lines: readonly ResumeLine[], links: readonly DocumentLink[] = []): ResumeBasics {
  const basics: ResumeBasics = {};
  const profiles: ResumeProfile[] = [];
  const fields = joinBrokenAddresses(lines).flatMap((line) => splitFields(line.text));
  const named: ResumeProfile[] = [];
  const labelled = labelledCity(fields);
  if (labelled) basics.location = labelled;
  const name = findName(lines);
  // "Jane Roe, CA, MBA", "Jane Roe, CA," / "MBA": the name's line with credentials after it is no place.
  const ownName = name?.name.toLowerCase();
  for (const field of fields) {
    const byName = namedProfile(field);
    if (byName) named.push(byName);
    const value = field.replace(labelPattern, '').trim();
    const email = emailPattern.exec(value)?.[0];
    if (email && !basics.email) basics.email = email;
    for (const url of findUrls(value)) addUrl(url, basics, profiles);
    if (!basics.phone && !email) {
      const phone = findPhone(value);
      if (phone) basics.phone = phone;
    }
    if (!basics.location && !(ownName && field.toLowerCase().startsWith(ownName))) {
      // "Rotterdam, Netherlands sanne@example.nl": two fields a converter ran together.
      const place = email ? field.slice(0, field.indexOf(email)).trim() : field;
      const location = place === '' ? undefined : parseLocation(place);
      if (location) basics.location = location;
    }
  }
  if (!basics.location) {
    const address = addressLocation(lines);
    if (address) basics.location = address;
  }
  addLinks(links, fields, basics, profiles);
  // A username without its address is the last resort: a link or a URL says more.
  for (const profile of named) if (!profiles.some((known) => known.network === profile.network)) profiles.push(profile);
  if (name) {
    basics.name = name.name;
    const label = name.rest ?? findLabel(lines, name.lineIndex);
    if (label) basics.label = label;
  }
  if (profiles.length > 0) basics.profiles = profiles;
  return inSchemaOrder(basics);
}

/**
 * The place on a line of its own next to the person's e-mail address or phone number, wherever
 * that block stands: a sidebar read after the jobs ("+353 …" / "ana@example.ie" / "Galway, Ireland").
 * A job's place stands next to its title or dates, not next to the person's address.
 *
 * @example
 * findLocationBesideContact(toResumeLines('+353 1 555 0100\nana@example.ie\nGalway, Ireland'), { email: 'ana@example.ie' })?.city;
 * // 'Galway'
 */
export function findLocationBesideContact(lines: readonly ResumeLine[], basics: Pick<ResumeBasics, 'email' | 'phone' | 'name'>): ResumeLocation | undefined {
  const own = [basics.email, basics.phone].filter((value): value is string => value !== undefined && value !== '').map((value) => value.toLowerCase());
  // An address wrapped in a narrow column ("ana.ortiz@exam" / "ple.org", in capitals or not) is still the person's.
  const isOwn = (text: string) => own.some((value) => text.toLowerCase().includes(value) || (text.length >= 8 && value.startsWith(text.toLowerCase())));
  return codedPlaceBeside(lines, isOwn) ?? townBeside(lines, isOwn, basics.name);
}

function codedPlaceBeside(lines: readonly ResumeLine[], isOwn: (text: string) => boolean): ResumeLocation | undefined {
  for (const [index, line] of lines.entries()) {
    if (!isOwn(line.text)) continue;
    for (const neighbour of [lines[index + 1], lines[index - 1], lines[index + 2], lines[index - 2]]) {
      const text = neighbour?.text.replace(labelPattern, '').trim() ?? '';
      if (text === '' || text.length > 50 || isOwn(text)) continue;
      // Beside the person's own address, "Lausanne CH" is their city even when no table knows it.
      const location = parseLocation(withCapitalsTidied(text)) ?? cityBeforeCountryCode(withCapitalsTidied(text));
      if (location) return location;
    }
  }
  return undefined;
}

// "Monterrey ⇥ ana@example.mx ⇥ +52 …", "About" / "MONTERREY" / "ana@example.mx": a town no table
// knows, named alone on the person's contact line or on the line next to their address or phone,
// is where they live. It must be a proper name that is not theirs, a heading, a title or an employer.
function townBeside(lines: readonly ResumeLine[], isOwn: (text: string) => boolean, name: string | undefined): ResumeLocation | undefined {
  const townShaped = (text: string) => {
    const town = /\p{Ll}/u.test(text) ? text : text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
    const words = town.split(/\s+/);
    if (words.length > 3 || !/^\p{Lu}[\p{L}.' -]+$/u.test(town) || !words.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|del|la|le|am|an|upon|on)$/u.test(word))) return undefined;
    if (town.toLowerCase() === name?.toLowerCase() || headingKind(town) || isTitleLike(town) || isOrganisationLike(town) || profileWord.test(town) || contactRowLabel.test(town)) {
      return undefined;
    }
    return town;
  };
  for (const [index, line] of lines.entries()) {
    const fields = splitFields(line.text);
    const contactLine = isOwn(line.text) || fields.some((field) => emailPattern.test(field) || findPhone(field));
    if (!contactLine) continue;
    // On the contact line itself, or first in a block under a heading, just over the contact details.
    const above = lines[index - 1]?.text ?? '';
    const firstInBlock = fields.length === 1 && headingKind(lines[index - 2]?.text ?? '') !== undefined;
    const beside = fields.length > 1 ? fields.filter((field) => !isOwn(field)) : firstInBlock ? [above] : [];
    for (const text of beside) {
      const town = text.length <= 40 && !isOwn(text) ? townShaped(text) : undefined;
      if (town) return { city: town };
    }
  }
  return undefined;
}
const profileWord =
  /^(?:linkedin|github|gitlab|twitter|x|medium|behance|dribbble|kaggle|xing|researchgate|orcid|bitbucket|codeberg|instagram|leetcode|hackerrank|website|web|portfolio|blog|homepage|contact|about|e-?mail|phone|telephone|tel|fax|mobile|name|location|address|city|country)$/i;
// The labels of a form's contact rows in the languages people write a CV in ("Telefon ⇥ +49 …", "Anschrift ⇥ …"):
// the name of a field, never the town beside it.
const contactRowLabel =
  /^(?:telefon|telefonnummer|handy|mobil|mobilnummer|mobiltelefon|e-?mail-?adresse|anschrift|adresse|wohnort|wohnanschrift|geburtsdatum|geburtsort|staatsangehörigkeit|nationalität|familienstand|téléphone|portable|courriel|teléfono|teléfono\s+móvil|móvil|celular|correo(?:\s+electrónico)?|domicilio|dirección|residencia|telefone|telemóvel|morada|endereço|telefono|cellulare|indirizzo|residenza|telefoon|mobiel|adres|woonplaats|telefon\s+komórkowy|adres\s+zamieszkania)$/iu;

// "MONTERREY", "TORONTO ON": a place set in capitals, its words tidied and its codes kept.
function withCapitalsTidied(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text.replace(/\p{Lu}{3,}/gu, (word) => `${word[0] ?? ''}${word.slice(1).toLowerCase()}`);
}

// "Home: Rua das Flores 12, 4050-262 Porto (Portugal)": the Europass editor labels the address "Home".
// "Anschrift ⇥ Rotebühlstraße 121, 70178 Stuttgart", "Wohnort | Mannheim": a form's row, its label in a cell of its own.
const addressLabel =
  /^(?:(?:home\s+|postal\s+)?address|home|residence|morada|resid[eê]ncia|adres|adres\s+zamieszkania|adresse|anschrift|wohnanschrift|wohnort|domicile|domicilio|direcci[óo]n|residencia|indirizzo|residenza|endere[çc]o|woonplaats)\s*(?::|\t|\s\|\s)\s*(.+?)\s*$/iu;
// Postcodes written before or after the city: "3025 AJ", "80331", "00-950", "4050-262", "1010", "SW1A 1AA".
const postcode = /(?:^|\s)(?:\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})(?=\s|$)/gu;

// "Address: Schiedamseweg 112B, 3025 AJ Rotterdam (Netherlands)": the place is the address's
// last part, its postcode aside and a country in brackets after it.
function addressLocation(lines: readonly ResumeLine[]): ResumeLocation | undefined {
  for (const line of lines) {
    const value = addressLabel.exec(line.text.trim())?.[1];
    if (!value) continue;
    const parts = value.split(',').map((part) => part.trim()).filter(Boolean);
    const country = /\(([^)]+)\)\s*$/u.exec(parts[parts.length - 1] ?? '')?.[1];
    const last = (parts[parts.length - 1] ?? '').replace(/\([^)]*\)\s*$/u, '').trim();
    // "…, 3025 AJ Rotterdam, Netherlands": the country is its own last part.
    const [cityPart, countryPart] = country || parts.length < 3 || /\d/.test(last) ? [last, country] : [parts[parts.length - 2] ?? '', last];
    const code = cityPart.match(postcode)?.[0]?.trim();
    const city = cityPart.replace(postcode, ' ').replace(/\s+/g, ' ').trim();
    if (!city || /\d/.test(city)) continue;
    const location = parseLocation(countryPart ? `${city}, ${countryPart}` : city) ?? { city };
    if (code && !location.postalCode) location.postalCode = code;
    return location;
  }
  return undefined;
}

const cityLabel =
  /^(?:(?:postal\s+code|post\s*code|zip(?:\s+code)?|plz|kod\s+pocztowy|code\s+postal|c[óo]digo\s+postal|cap)\s*(?:&|and|und|i|et|y|e|\/)\s*)?(?:city|town|ort|stadt|miasto|miejscowość|ville|ciudad|città|cidade)\s*:?$/iu;
const cityValue = /^(?:(\d{2}-\d{3}|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s+)?(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3})$/u;

// "City" / "Tucson", "Postal Code & City" / "80331 München", "City: Tucson": a label says the value
// is the city, so a town no table knows is read too.
function labelledCity(fields: readonly string[]): ResumeLocation | undefined {
  for (const [index, field] of fields.entries()) {
    const inline = /^([^:]{2,40}):\s*(.+)$/u.exec(field);
    const [label, value] = inline ? [inline[1] ?? '', inline[2] ?? ''] : [field, fields[index + 1] ?? ''];
    if (!cityLabel.test(label.trim())) continue;
    const match = cityValue.exec(value.trim());
    if (!match) continue;
    const location: ResumeLocation = { city: match[2] ?? '' };
    if (match[1]) location.postalCode = match[1];
    return location;
  }
  return undefined;
}

// A URL that ends its line unfinished ("linkedin.com/in/", "github.com/ana-") was wrapped by
// the PDF's line breaker, which may break after "/" and "-": the next line's first word is its rest,
// and a long one wraps again. An e-mail address in a narrow column is broken anywhere, even inside
// a word ("ana.ortiz@exam" / "ple.org"): a line ending in an unfinished address takes the next
// line's word when the two make an address.
function joinBrokenAddresses(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined = lines.map((line) => ({ ...line, text: line.text.replace(brokenUrlOnLine, joinUrl) }));
  for (const [index, line] of joined.entries()) {
    for (;;) {
      const last = /(\S+)$/.exec(line.text)?.[1] ?? '';
      const next = joined.slice(index + 1).find((candidate) => candidate.text !== '');
      const rest = next && /^[\p{L}\p{N}._~%/-]+(?=\s*(?:$|[|•·,;]))/u.exec(next.text)?.[0];
      if (!next || !rest || !(continuesUrl(last, rest) || continuesEmail(last, rest))) break;
      line.text += rest;
      next.text = next.text.slice(rest.length).replace(/^\s*(?:[|•·]\s*)?/u, '');
    }
    // "… · +31" / "6 1234 5678 · …": a number the line broke after its country code.
    const code = /(?:^|\s)(?:\+\d{1,3}|\(\+?\d{1,3}\))$/u.test(line.text);
    const next = joined.slice(index + 1).find((candidate) => candidate.text !== '');
    const digits = code && next ? /^\d[\d\s().\-/]{4,}\d(?=\s*(?:$|[|•·,;]))/u.exec(next.text)?.[0] : undefined;
    if (next && digits && findPhone(`${/\S+$/u.exec(line.text)?.[0] ?? ''} ${digits}`)) {
      line.text += ` ${digits}`;
      next.text = next.text.slice(digits.length).replace(/^\s*(?:[|•·]\s*)?/u, '');
    }
  }
  return joined;
}

function continuesUrl(last: string, rest: string): boolean {
  const url = findUrls(last)[0];
  return Boolean(url && last.endsWith(url) && isUnfinishedUrl(url) && !emailPattern.test(rest) && !findPhone(rest));
}

const emailStart = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]*$/u;
const wholeEmail = new RegExp(`^${emailPattern.source}$`, 'u');

// "ana.ortiz@exam" and "ana.ortiz@example." are unfinished; "ana.ortiz@example.org" is not,
// even when the next line is a word: the text cannot tell "…@example.co" + "m" from a new line.
// Addresses are written in lower case: a capital starts a new line's text ("Berlin"), unless
// the address itself is set in capitals ("ANA.ORTIZ@EXAMPLE" / ".ORG").
function continuesEmail(last: string, rest: string): boolean {
  const otherCase = /\p{Ll}/u.test(last) ? /\p{Lu}/u : /\p{Ll}/u;
  return emailStart.test(last) && !wholeEmail.test(last) && !/@/.test(rest) && !otherCase.test(rest) && wholeEmail.test(`${last}${rest}`);
}

// The same break inside one line, where the extractor put a space for the gap: "linkedin.com/in/ ana-ortiz |".
const brokenUrlOnLine = /(\S+[/_-])\s+([\p{L}\p{N}._~%/-]+)(?=\s*(?:$|[|•·,;]))/gu;

function joinUrl(match: string, start: string, rest: string): string {
  const url = findUrls(start)[0];
  return url && start.endsWith(url) && isUnfinishedUrl(url) && !emailPattern.test(rest) && !findPhone(rest) ? `${start}${rest}` : match;
}

// A URL cannot end in "-" or "_"; one ending in a path and "/" ("…/in/") or a profile site's
// bare domain ("github.com/") still lacks its last part. "https://ana.dev/" is complete.
function isUnfinishedUrl(url: string): boolean {
  const bare = url.replace(/^https?:\/\//i, '');
  if (/[_-]$/.test(bare) || /[^/]\/[^/\s]+\/$/.test(bare)) return true;
  return /^[^/]+\/$/.test(bare) && networks.some(([pattern]) => pattern.test(bare));
}

function inSchemaOrder(basics: ResumeBasics): ResumeBasics {
  const order = ['name', 'label', 'email', 'phone', 'url', 'summary', 'location', 'profiles'] as const;
  const ordered: ResumeBasics = {};
  for (const key of order) if (basics[key] !== undefined) Object.assign(ordered, { [key]: basics[key] });
  return ordered;
}

// Header lines put several fields on one line: "a@b.com | 555-1234 • Austin, TX", or each after an
// icon ("✉ a@b.com ☎ 0161 … ⌂ Leeds, UK in/ana", an icon font's private-use character), which parts them as a bar does.
function splitFields(text: string): string[] {
  return sentencesOfContactLine(text)
    .join('\t')
    .split(/\s*(?:\||•|·|⋅|∙|◦|▪|♦|✉|☎|✆|📞|📧|📱|⌂|🏠|📍|⚲|🌐|🔗|\p{Co}|\s[–—/-]\s|\t)\s*|\s+(?=in\/[\p{L}\p{N}_-]{2,100}\/?(?:\s|$))/u)
    // "Phone: 07700 900482  Email: a@b.uk": a second label on the line opens a field of its own.
    .flatMap((field) => field.split(/\s+(?=(?:e-?mail|phone|mobile|cell|tel|telephone|linkedin|github|website|address|location)\s*:\s*\S)/iu))
    .map((field) => field.trim())
    .filter(Boolean);
}

/**
 * "Pipe welder. Klaipėda, Lithuania. jonas@example.lt, +370 612 34567": a contact line written as prose, its fields
 * parted by full stops and a comma after the e-mail address. Only a line with an e-mail address is read so; a full
 * stop after an initial or a short abbreviation ("Jane A. Doe", "Sr. Engineer") parts nothing.
 */
function sentencesOfContactLine(text: string): string[] {
  if (!emailPattern.test(text)) return [text];
  return text.split(/(?<=\p{Ll}{3})\.\s+(?=\p{Lu}|\+|\(|[\p{L}\p{N}._%+-]+@)|(?<=@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}),\s+/u);
}

function findUrls(text: string): string[] {
  const urls = [...text.matchAll(urlPattern)].map((match) => match[0].replace(/[.)]+$/, ''));
  if (urls.length === 0 && bareDomainPattern.test(text.trim())) urls.push(text.trim());
  return urls.filter((url) => !emailPattern.test(url));
}

function addUrl(url: string, basics: ResumeBasics, profiles: ResumeProfile[]): void {
  const network = networks.find(([pattern]) => pattern.test(url))?.[1];
  const full = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  if (network) {
    if (profiles.some((profile) => profile.url === full)) return;
    profiles.push(profileOf(full, network));
  } else if (!basics.url) {
    basics.url = full;
  }
}

function profileOf(url: string, network: string): ResumeProfile {
  const username = /\/(?:in\/|u\/|profile\/|users\/\d+\/)?([^/?#]+)\/?$/.exec(url.replace(/^https?:\/\/[^/]+/i, ''))?.[1];
  return username ? { network, username, url } : { network, url };
}

/**
 * What the links add to the text: an e-mail address the text lacks or shows cut, and a profile
 * on a network the text names no profile of (the first such link: a person has one LinkedIn).
 * A link to any other site is the person's own only when its text is a field of the header
 * ("Portfolio", "ana.dev"): elsewhere it is an employer's site or a project's demo.
 */
function addLinks(links: readonly DocumentLink[], fields: readonly string[], basics: ResumeBasics, profiles: ResumeProfile[]): void {
  const headerFields = new Set(fields.map(squeeze));
  for (const link of links) {
    const mailto = /^mailto:([^?]+)/i.exec(link.url)?.[1];
    if (mailto) {
      const email = safeDecode(mailto).trim();
      if (!wholeEmail.test(email)) continue;
      if (!basics.email || (email.toLowerCase().startsWith(basics.email.toLowerCase()) && email.length > basics.email.length)) basics.email = email;
      continue;
    }
    const url = link.url.trim().replace(/[?#].*$/, '').replace(/\/+$/, '');
    const network = networks.find(([pattern]) => pattern.test(hostOf(url)))?.[1];
    if (network) {
      if (!isProfilePath(url)) continue;
      const index = profiles.findIndex((profile) => profile.network === network);
      const known = bareUrl(profiles[index]?.url ?? '');
      if (index < 0) profiles.push(profileOf(url, network));
      // The text's URL was cut where it wrapped: the link has all of it.
      else if (bareUrl(url).startsWith(known) && bareUrl(url) !== known) profiles[index] = profileOf(url, network);
    } else if (!basics.url && headerFields.has(squeeze(link.text))) {
      basics.url = url;
    }
  }
}

// A profile is a person's page: linkedin.com/in/name, github.com/name, stackoverflow.com/users/1/name,
// xing.com/profile/name, leetcode.com/u/name; github.com/name/repository is a project and
// linkedin.com/company/name an employer.
function isProfilePath(url: string): boolean {
  const segments = url.replace(/^https?:\/\/[^/]+/i, '').split('/').filter(Boolean);
  if (/linkedin\./i.test(hostOf(url))) return segments.length === 2 && /^(?:in|pub)$/i.test(segments[0] ?? '');
  if (segments[0] === 'users') return segments.length <= 3;
  if (segments[0] === 'profile' || segments[0] === 'u') return segments.length === 2;
  return segments.length === 1;
}

function hostOf(url: string): string {
  return /^(?:https?:\/\/)?([^/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

function bareUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '');
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Where a network's profile lives, by username: the address a theme prints as "ana-ortiz (LinkedIn)"
// or a writer as "GitHub: aortiz" is the network's page for that name.
const profilePages: readonly [RegExp, string, (username: string) => string][] = [
  [/^linkedin$/i, 'LinkedIn', (username) => `https://www.linkedin.com/in/${username}`],
  [/^github$/i, 'GitHub', (username) => `https://github.com/${username}`],
  [/^gitlab$/i, 'GitLab', (username) => `https://gitlab.com/${username}`],
  [/^(?:twitter|x)$/i, 'Twitter', (username) => `https://x.com/${username}`],
  [/^dribbble$/i, 'Dribbble', (username) => `https://dribbble.com/${username}`],
  [/^behance$/i, 'Behance', (username) => `https://www.behance.net/${username}`],
  [/^kaggle$/i, 'Kaggle', (username) => `https://www.kaggle.com/${username}`],
  [/^medium$/i, 'Medium', (username) => `https://medium.com/@${username}`],
  [/^xing$/i, 'XING', (username) => `https://www.xing.com/profile/${username}`],
  [/^researchgate$/i, 'ResearchGate', (username) => `https://www.researchgate.net/profile/${username}`],
  [/^bitbucket$/i, 'Bitbucket', (username) => `https://bitbucket.org/${username}`],
  [/^codeberg$/i, 'Codeberg', (username) => `https://codeberg.org/${username}`],
  [/^huggingface$/i, 'Hugging Face', (username) => `https://huggingface.co/${username}`],
  [/^instagram$/i, 'Instagram', (username) => `https://www.instagram.com/${username}`],
  [/^leetcode$/i, 'LeetCode', (username) => `https://leetcode.com/u/${username}`],
  [/^hackerrank$/i, 'HackerRank', (username) => `https://www.hackerrank.com/profile/${username}`],
];

function namedProfile(field: string): ResumeProfile | undefined {
  // "in/ana-ortiz": the shorthand of a LinkedIn address a contact line of icons prints.
  const linkedIn = /^in\/([\p{L}\p{N}_-]{2,100})\/?$/u.exec(field)?.[1];
  if (linkedIn) return { network: 'LinkedIn', username: linkedIn, url: `https://www.linkedin.com/in/${linkedIn}` };
  const labelled = /^([\p{L}]+)\s*:\s*@?([\p{L}\p{N}._-]{2,100})$/u.exec(field);
  const bracketed = /^@?([\p{L}\p{N}._-]{2,100})\s*\(([\p{L}]+)\)$/u.exec(field);
  const [networkName, username] = labelled ? [labelled[1], labelled[2]] : bracketed ? [bracketed[2], bracketed[1]] : [];
  if (!networkName || !username || !/\p{L}/u.test(username)) return undefined;
  const page = profilePages.find(([pattern]) => pattern.test(networkName));
  return page ? { network: page[1], username, url: page[2](username) } : undefined;
}

// The words that name a registration's, licence's or document's number, right before it.
const numberLabel = /(?:^|[^\p{L}])(?:registration|reg\.|licen[cs]e|pin|trn|membership|certificate|cert\.|passport|badge|reference|ref\.)\s*(?:no\.?|number|#)?\s*:?\s*$/iu;

function findPhone(text: string): string | undefined {
  for (const match of text.matchAll(phoneCandidatePattern)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (findDateRange(candidate)?.match.replace(/\D/g, '') === digits) continue;
    if (/^\d{4}\s*[-–]\s*\d{4}$/.test(candidate)) continue;
    // "1100-232 Lisboa", "00-950 Warszawa": a postcode before its city, not a phone number.
    if (/^\d{4}-\d{3}$|^\d{2}-\d{3}$/.test(candidate) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    // "Registration 2087654", "Licence no. 4471902", "PIN: 1234567": a number a label names is no phone number.
    if (numberLabel.test(text.slice(0, match.index ?? 0))) continue;
    // "EN ISO 9606-1 135, 141", "DIN EN 1090-2 EXC3": a standard's number and what follows it is no phone number.
    if (standardBefore.test(text.slice(0, match.index ?? 0))) continue;
    // A phone number stands (nearly) alone in its field, not inside a sentence ("grew to 1,234,567 users").
    if (text.replace(candidate, '').replace(/[^\p{L}]/gu, '').length > 12) continue;
    return candidate;
  }
  return undefined;
}

interface FoundName {
  name: string;
  lineIndex: number;
  /** What followed the name on its line ("JANE DOE | Staff Engineer"). */
  rest?: string;
}

function findName(lines: readonly ResumeLine[]): FoundName | undefined {
  const wrapped = nameOnTwoLines(lines);
  if (wrapped) return wrapped;
  for (const [lineIndex, line] of lines.entries()) {
    if (line.text === '' || documentTitles.test(line.text.trim())) continue;
    // "Name: Ana Ortiz", and a form's table row "Name ⇥ Ana Ortiz" or "Name: ⇥ Ana Ortiz" (Europass, other forms
    // in a word processor, a table pasted as text: the tab reads as a column gap).
    const labelled = /^(?:full\s+)?name\s*(?:[:.]\s*\|?|[|\t])\s*(.+?)[\s|]*$/i.exec(line.text);
    const [first, ...others] = labelled ? [labelled[1] ?? ''] : splitFields(line.text);
    let candidate = withoutCredentials(first ?? '');
    // "Ana Ortiz, PhD Candidate", "Tomás Reyes, Senior Data Engineer": the title after the comma is the headline.
    const comma = /^([^,]+),\s*(.+)$/.exec(candidate);
    if (comma && !isPersonName(candidate) && isPersonName(withoutCredentials(comma[1] ?? '')) && isTitleLike(comma[2] ?? '')) {
      candidate = withoutCredentials(comma[1] ?? '');
      others.unshift(comma[2] ?? '');
    }
    // The name printed twice, the first copy wrapped: `Tomasz "Tom"` ⇥ `Tomasz "Tom" Wiśniewski`.
    const whole = isPersonName(candidate) ? undefined : others.find((field) => field.startsWith(`${candidate} `) && isPersonName(field));
    if (whole) {
      others.splice(others.indexOf(whole), 1);
      candidate = whole;
    }
    if (isPersonName(candidate)) {
      const rest = others.find((field) => !emailPattern.test(field) && !findPhone(field) && !parseLocation(field));
      return { name: tidyName(candidate), lineIndex, rest: rest && !findUrls(rest).length ? rest : undefined };
    }
  }
  return undefined;
}

// "Zoë" / "Łukasiewicz", "Daniel O." / "Brooks": a name set large, its surname on a line of its
// own. Only at the very top, and only when the first line cannot be a whole name.
function nameOnTwoLines(lines: readonly ResumeLine[]): FoundName | undefined {
  const filled = lines.flatMap((line, index) => (line.text === '' ? [] : [{ line, index }]));
  const [first, second] = filled;
  if (!first || !second || first.line.bullet || second.line.bullet) return undefined;
  const start = first.line.text.trim();
  const surname = second.line.text.trim();
  // `Tomasz "Tom"` / "Wiśniewski": a given name and a nickname wrap before the surname too; "Ama Owusu-" /
  // "Ansah": a double-barrelled surname wraps at its hyphen, and goes on with no space.
  const atHyphen = /\p{L}-$/u.test(start);
  const unfinished = !/\s/.test(start) || /\s\p{Lu}\.$/u.test(start) || endsWithNickname.test(start) || atHyphen;
  if (!unfinished || documentTitles.test(start) || headingKind(start) || headingKind(surname)) return undefined;
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return undefined;
  const name = atHyphen ? `${start}${surname}` : `${start} ${surname}`;
  return isPersonName(name) ? { name: tidyName(name), lineIndex: second.index } : undefined;
}

/**
 * A name line without the honorific before it and the credentials after it:
 * "Dr. Ana Ortiz, PhD" → "Ana Ortiz", "Priya Raman, RN, MSN" → "Priya Raman".
 */
export function withoutCredentials(text: string): string {
  const [name = '', ...after] = text.trim().split(/\s*,\s*/);
  // "Raman, Priya" (surname first) is not a name with credentials: every part after a comma must be one.
  // "Keisha Monroe," with the credentials wrapped onto the next line leaves nothing after the comma.
  const tail = after.flatMap((part) => part.split(/\s+/)).filter(Boolean);
  const credentialsOnly = tail.every((word) => isCredential(word));
  let value = credentialsOnly ? name : text.trim();
  // "Priya Raman RN MSN": trailing abbreviations without commas.
  const words = value.split(/\s+/);
  while (words.length > 2 && value !== value.toUpperCase() && isCredential(words.at(-1) ?? '') && /\p{Lu}.*\p{Lu}|\./u.test(words.at(-1) ?? '')) words.pop();
  value = words.join(' ');
  const bare = value.replace(honorific, '');
  return bare.split(/\s+/).length >= 2 ? bare : value;
}

function isCredential(word: string): boolean {
  const value = word.replace(/\([^)]*\)$/, '');
  if (knownCredential.test(value)) return true;
  // Two or more capitals in a short token: "RN", "MSN", "FRCP", "P.Eng.", "CPA".
  return value.length <= 8 && /^[\p{Lu}][\p{L}.]*$/u.test(value) && (value.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(value);
}

// A nickname between the given name and the surname: `Tomasz "Tom" Wiśniewski`, "Robert (Bob) Smith".
const nicknameForms = `(?:"[\\p{L}'’.-]+(?: [\\p{L}'’.-]+)?"|“[\\p{L}'’.-]+(?: [\\p{L}'’.-]+)?”|'[\\p{L}.-]+'|‘[\\p{L}.-]+’|\\([\\p{L}'’.-]+\\))`;
const nickname = new RegExp(`\\s${nicknameForms}(?=\\s)`, 'u');
// A given name and its nickname with the surname wrapped onto the next line: `Tomasz "Tom"`.
const endsWithNickname = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+\\s${nicknameForms}$`, 'u');

function isPersonName(text: string): boolean {
  // The name is kept as written, nickname and all; the words around the nickname must be a name.
  if (nickname.test(text)) return isPersonName(text.replace(nickname, ''));
  if (!/^[\p{L}][\p{L}'’.\- ]+$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (headingKind(text) || isTitleLike(text) || isOrganisationLike(text) || parseLocation(text)) return false;
  // Lower-case particles stand between names ("Puig i Ferrer", "Souza e Silva", "van der Berg"), never last.
  return words.every(
    (word, at) => /^[\p{Lu}]/u.test(word) || (at < words.length - 1 && at > 0 && nameParticle.test(word)) || (at === 0 && /^(?:van|von|de|da|der|den|del|la|le|bin|al)$/i.test(word)),
  );
}

const nameParticle = /^(?:van|von|de|da|der|den|del|della|dei|di|du|des|dos|das|do|la|le|ten|ter|te|op|het|zu|af|av|bin|binti|bint|ibn|ben|al|el|i|y|e)$/i;

function tidyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’"“‘(-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function findLabel(lines: readonly ResumeLine[], nameIndex: number): string | undefined {
  const [next, after] = lines.slice(nameIndex + 1).filter((line) => line.text !== '');
  const text = headlineText(next);
  if (text === undefined) return undefined;
  // A headline a narrow sidebar wrapped ("Warehouse Operations" / "Supervisor"): the second line
  // finishes the title, where the first alone is no title or ends on a joining word.
  const rest = headlineText(after);
  const wrapped = rest !== undefined && isHeadlineTail(rest) ? `${text} ${rest}` : undefined;
  if (wrapped !== undefined && wrapped.length <= 80) {
    if (/(?:\s(?:and|of|for|&)|[,/–—-])$/i.test(text) && isTitleLike(wrapped)) return wrapped;
    if (!isTitleLike(text) && endsWithRoleWord(wrapped)) return wrapped;
  }
  return text.length <= 80 && isTitleLike(text) ? text : undefined;
}

// A contact table's row for the headline, its label dropped: "Current role: ⇥ Site Supervisor", "Job title | Nurse".
const headlineLabel = /^(?:current\s+(?:role|position|job|title)|(?:job\s+)?title|position|profession|occupation|headline)\s*(?::\s*\|?|\|)\s*/i;

// The one field of a header line that is no contact detail.
function headlineText(line: ResumeLine | undefined): string | undefined {
  if (!line) return undefined;
  const fields = splitFields(line.text.replace(headlineLabel, ''));
  if (fields.length !== 1) return undefined;
  const text = fields[0] ?? '';
  if (emailPattern.test(text) || findPhone(text) || findUrls(text).length || parseLocation(text)) return undefined;
  return text;
}

// The last words of a wrapped title: a few capitalised words, no heading in capitals ("CONTACT").
function isHeadlineTail(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 3 && /^\p{Lu}/u.test(text) && text !== text.toUpperCase() && headingKind(text) === undefined;
}
