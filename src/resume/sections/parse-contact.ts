/**
 * The name, headline and contact details from a resume's header lines: e-mail, phone
 * numbers in the usual national and international formats, LinkedIn/GitHub/personal URLs
 * and a location ("City, ST", "City, Country", a known city, an address line).
 */
import type { ResumeBasics, ResumeProfile } from '../../protocol/json-resume.ts';
import { findDateRange } from './find-date-range.ts';
import { headingKind } from './find-sections.ts';
import { isOrganisationLike, isTitleLike } from './classify-entry-part.ts';
import { parseLocation } from './parse-location.ts';
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
  [/(?:twitter|x)\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'],
  [/dribbble\.com/i, 'Dribbble'],
  [/behance\.net/i, 'Behance'],
  [/medium\.com/i, 'Medium'],
  [/kaggle\.com/i, 'Kaggle'],
];
// Post-nominals people write after their name: degrees, licences and memberships ("RN", "MSN",
// "Ph.D.", "P.Eng.", "FRCS(Ed)"): short abbreviations with two or more capitals, or a known few.
const knownCredential = /^(?:PhD|Ph\.\s?D\.?|MD|M\.D\.|MBA|MSc|BSc|BA|MA|MS|BS|MEng|BEng|Jr\.?|Sr\.?|Esq\.?|III|II|IV)$/;
const honorific = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss|Sir|Dame)\.?\s+/i;
const documentTitles = /^(?:curriculum vitae|resume|résumé|cv|lebenslauf)$/i;

/**
 * Reads the basics (name, label, contact, location, profiles) from header lines.
 *
 * @example
 * parseContact(toResumeLines('Jane Doe\njane@example.com | (555) 123-4567 | Austin, TX')).email;
 * // 'jane@example.com'
 */
export function parseContact(lines: readonly ResumeLine[]): ResumeBasics {
  const basics: ResumeBasics = {};
  const profiles: ResumeProfile[] = [];
  const fields = joinBrokenUrls(lines).flatMap((line) => splitFields(line.text));
  for (const field of fields) {
    const value = field.replace(labelPattern, '').trim();
    const email = emailPattern.exec(value)?.[0];
    if (email && !basics.email) basics.email = email;
    for (const url of findUrls(value)) addUrl(url, basics, profiles);
    if (!basics.phone && !email) {
      const phone = findPhone(value);
      if (phone) basics.phone = phone;
    }
    if (!basics.location && !email) {
      const location = parseLocation(field);
      if (location) basics.location = location;
    }
  }
  const name = findName(lines);
  if (name) {
    basics.name = name.name;
    const label = name.rest ?? findLabel(lines, name.lineIndex);
    if (label) basics.label = label;
  }
  if (profiles.length > 0) basics.profiles = profiles;
  return inSchemaOrder(basics);
}

// A URL that ends its line unfinished ("linkedin.com/in/", "github.com/ana-") was wrapped by
// the PDF's line breaker, which may break after "/" and "-": the next line's first word is its rest.
function joinBrokenUrls(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined = lines.map((line) => ({ ...line, text: line.text.replace(brokenUrlOnLine, joinUrl) }));
  for (const [index, line] of joined.entries()) {
    const last = /(\S+)$/.exec(line.text)?.[1] ?? '';
    const url = findUrls(last)[0];
    if (!url || !last.endsWith(url) || !isUnfinishedUrl(url)) continue;
    const next = joined.slice(index + 1).find((candidate) => candidate.text !== '');
    const rest = next && /^[\p{L}\p{N}._~%/-]+(?=\s*(?:$|[|•·,;]))/u.exec(next.text)?.[0];
    if (!next || !rest || emailPattern.test(rest) || findPhone(rest)) continue;
    line.text += rest;
    next.text = next.text.slice(rest.length).replace(/^\s*(?:[|•·]\s*)?/u, '');
  }
  return joined;
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

// Header lines put several fields on one line: "a@b.com | 555-1234 • Austin, TX".
function splitFields(text: string): string[] {
  return text
    .split(/\s*(?:\||•|·|⋅|∙|◦|▪|♦|✉|☎|📞|📧|\s[–—/-]\s|\t)\s*/u)
    .map((field) => field.trim())
    .filter(Boolean);
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
    const username = /\/(?:in\/|u\/|users\/\d+\/)?([^/?#]+)\/?$/.exec(full.replace(/^https?:\/\/[^/]+/i, ''))?.[1];
    profiles.push(username ? { network, username, url: full } : { network, url: full });
  } else if (!basics.url) {
    basics.url = full;
  }
}

function findPhone(text: string): string | undefined {
  for (const match of text.matchAll(phoneCandidatePattern)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (findDateRange(candidate)?.match.replace(/\D/g, '') === digits) continue;
    if (/^\d{4}\s*[-–]\s*\d{4}$/.test(candidate)) continue;
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
  for (const [lineIndex, line] of lines.entries()) {
    if (line.text === '' || documentTitles.test(line.text.trim())) continue;
    const labelled = /^name\s*[:.]\s*(.+)$/i.exec(line.text);
    const [first, ...others] = labelled ? [labelled[1] ?? ''] : splitFields(line.text);
    let candidate = withoutCredentials(first ?? '');
    // "Ana Ortiz, PhD Candidate", "Tomás Reyes, Senior Data Engineer": the title after the comma is the headline.
    const comma = /^([^,]+),\s*(.+)$/.exec(candidate);
    if (comma && !isPersonName(candidate) && isPersonName(withoutCredentials(comma[1] ?? '')) && isTitleLike(comma[2] ?? '')) {
      candidate = withoutCredentials(comma[1] ?? '');
      others.unshift(comma[2] ?? '');
    }
    if (isPersonName(candidate)) {
      const rest = others.find((field) => !emailPattern.test(field) && !findPhone(field) && !parseLocation(field));
      return { name: tidyName(candidate), lineIndex, rest: rest && !findUrls(rest).length ? rest : undefined };
    }
  }
  return undefined;
}

/**
 * A name line without the honorific before it and the credentials after it:
 * "Dr. Ana Ortiz, PhD" → "Ana Ortiz", "Priya Raman, RN, MSN" → "Priya Raman".
 */
function withoutCredentials(text: string): string {
  const [name = '', ...after] = text.trim().split(/\s*,\s*/);
  // "Raman, Priya" (surname first) is not a name with credentials: every part after a comma must be one.
  const tail = after.flatMap((part) => part.split(/\s+/));
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

function isPersonName(text: string): boolean {
  if (!/^[\p{L}][\p{L}'’.\- ]+$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (headingKind(text) || isTitleLike(text) || isOrganisationLike(text) || parseLocation(text)) return false;
  return words.every((word) => /^[\p{Lu}]/u.test(word) || /^(?:van|von|de|da|der|den|del|la|le|bin|al)$/i.test(word));
}

function tidyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function findLabel(lines: readonly ResumeLine[], nameIndex: number): string | undefined {
  const next = lines.slice(nameIndex + 1).find((line) => line.text !== '');
  if (!next) return undefined;
  const fields = splitFields(next.text);
  if (fields.length !== 1) return undefined;
  const text = fields[0] ?? '';
  if (emailPattern.test(text) || findPhone(text) || findUrls(text).length || parseLocation(text)) return undefined;
  return text.length <= 80 && isTitleLike(text) ? text : undefined;
}
