import { htmlToPlainText } from './html-to-plain-text.ts';
import { anywhere, isKnownPlace } from './regions.ts';

/** What one "Who is hiring?" comment's first line says about the opening. */
export interface HiringComment {
  company: string;
  /** The role or roles as written ("Backend Engineer, Frontend Engineer"); null when unsaid. */
  title: string | null;
  /** The place as written, without the work-mode words ("Berlin, Germany", "US"). */
  location: string | null;
  /** true: remote allowed; false: on-site or hybrid only; null: the comment does not say. */
  remote: boolean | null;
  /** The first link the comment gives that is not Hacker News itself (often the employer's jobs page). */
  link: string | null;
  /** The whole comment as plain text. */
  text: string;
}

const roleWords =
  /\b(?:engineers?|engineering|developers?|designers?|managers?|scientists?|analysts?|leads?|architects?|sres?|devops|writers?|researchers?|director|head of|founding|interns?|internships?|cto|vp|recruiters?|marketers?|marketing|sales|product|qa|biologists?|agronomists?|roles|positions|openings|programmers?|specialists?|consultants?|administrators?|technicians?|officers?|accountants?|dsp|support|success|operations|counsel|hiring|frontend|front[- ]end|backend|back[- ]end|full[- ]?stack|ios|android|mobile|infrastructure|platform|firmware|embedded|data|ml|security)\b/i;
const salary = /[$€£¥]\s?\d|\b\d+(?:\.\d+)?\s?k\b|\bequity\b|\b(?:usd|eur|gbp)\b|\bsalary\b|\d+\s?%/i;
const employment =
  /^(?:full[- ]?time|part[- ]?time|contract(?:or)?|contract[- ]to[- ]hire|freelance|intern(?:ship)?s?|ft|pt|permanent|full[- ]?time\s*(?:\/|or|&)\s*part[- ]?time|full[- ]?time\s*(?:\/|or|&)\s*contract)$/i;
const visa = /\bvisas?\b|\bsponsorship\b|\brelocation\b/i;
const website = /https?:\/\/|\bwww\.|^[\w-]+(?:\.[\w-]+)*\.(?:com|io|ai|co|dev|org|net|app|so|xyz|tech)(?:\/\S*)?$/i;
const remoteWord = /\bremote\b/i;
const onSiteWord = /\b(?:on[- ]?site|in[- ]?office|in[- ]?person|office[- ]based)\b/i;
const hybridWord = /\bhybrid\b/i;
// What is left of a work-mode segment once its place is taken out.
const modeWords =
  /\b(?:remote|on[- ]?site|in[- ]?office|in[- ]?person|office[- ]based|hybrid|ok|okay|only|friendly|first|possible|available|allowed|or|and|\d+\s*days?(?:\s*\/\s*week|\s*a\s*week)?)\b/gi;
const separators = [/\s*\|\s*/, /\s+[-–—]\s+/, /\s+[•·]\s+/];
const usState = /,\s*[A-Z]{2}\b/;
const yc = /\s*\((?:yc|y combinator)[^)]*\)\s*/i;
// "Acme (acme.io)", "Acme (https://acme.io)": the website is not the name.
const domainNote = /\s*\((?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+[^)]*\)\s*/i;
// "Company: Acme", "Role: Backend Engineer", "Remote: yes": fields that name themselves.
const namedField =
  /^(company|employer|role|roles|position|positions|title|job|location|locations|where|remote|salary|compensation|type|visa)\s*:\s*(.*)$/i;
// "Acme is hiring a Senior Engineer in Toronto (remote within Canada)."
const prose = /^(?<company>.+?)\s+(?:is|are)\s+hiring(?:\s+(?:an?|for|multiple))?\s+(?<rest>.+)$/i;

/** HN's comment HTML, first paragraph only, as one line of plain text. */
function firstLine(html: string): string {
  const head = html.split(/<p>/i)[0] ?? '';
  return htmlToPlainText(head).replace(/\s+/g, ' ').trim();
}

function firstLink(html: string): string | null {
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = htmlToPlainText(match[1] ?? '').trim();
    if (/^https?:\/\//i.test(href) && !/news\.ycombinator\.com/i.test(href)) return href;
  }
  return null;
}

const trimPunctuation = (text: string) => text.replace(/^[\s,;:()[\]/+&–—-]+|(?<![\s,;:([/+&–—-])[\s,;:([/+&–—-]+$/g, '').trim();

/** The parts between "|" (or " - ", " • " when the comment uses no pipes). */
function segmentsOf(line: string): string[] {
  for (const separator of separators) {
    const parts = line.split(separator).map((part) => part.trim()).filter(Boolean);
    if (parts.length >= 2) return parts;
  }
  return [line];
}

function looksLikePlace(text: string): boolean {
  const plain = text.replace(/\([^)]*\)/g, ' ').trim();
  if (!plain) return false;
  if (anywhere.test(plain) || usState.test(plain)) return true;
  const parts = plain.split(/\s*(?:,|\/|\bor\b|\band\b|;)\s*/i).filter(Boolean);
  return parts.some((part) => isKnownPlace(part) || /^[A-Z]{2,3}$/.test(part));
}

/** A segment that says how one works, with the place it names (if any). */
interface WorkMode {
  remote: boolean;
  /** A place outside the mode's parentheses ("Boston, MA or Remote (US)" → "Boston, MA"). */
  place: string | null;
  /** The place the remote work is limited to ("Remote (US)" → "US"). */
  scope: string | null;
}

function readWorkMode(segment: string): WorkMode | undefined {
  const remote = remoteWord.test(segment) && !/\bno remote\b|\bnot remote\b/i.test(segment);
  const onSite = onSiteWord.test(segment) || hybridWord.test(segment);
  if (!remote && !onSite) return undefined;
  const inParentheses = [...segment.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? '');
  const outside = segment.replace(/\([^)]*\)/g, ' ');
  const place = trimPunctuation(outside.replace(modeWords, ' ').replace(/\s+/g, ' ').replace(/\s+,/g, ',')) || null;
  const scopeText = inParentheses
    .map((text) => trimPunctuation(text.replace(modeWords, ' ').replace(/\s+/g, ' ')))
    .find(Boolean);
  return { remote, place: place && place.length > 1 ? place : null, scope: scopeText || null };
}

/**
 * Reads a "Who is hiring?" comment written in the thread's convention, "Company | Role |
 * Location | REMOTE", and its variants: fields in any order after the company, a website,
 * salary, employment type or visa field among them, "(YC W21)" or "(acme.io)" after the name,
 * " - ", " — " or " • " instead of pipes, "Boston, MA or Remote (US)" in one field, fields that
 * name themselves ("Role: …", "Remote: no"), and the prose "Acme is hiring a … in …". Null
 * when the first line has nothing to read (a reply, a question, a note).
 *
 * @example
 * parseHiringComment('Acme | Senior Engineer | Berlin, Germany | ONSITE<p>We build robots.');
 * // { company: 'Acme', title: 'Senior Engineer', location: 'Berlin, Germany', remote: false, … }
 */
export function parseHiringComment(html: string): HiringComment | null {
  const line = firstLine(html);
  const segments = segmentsOf(line);
  if (segments.length < 2) return readProse(line, html);
  const [first = '', ...rest] = segments;
  let company = cleanCompany(first.replace(/^(?:company|employer)\s*:\s*/i, ''));

  let title: string | null = null;
  let location: string | null = null;
  let remote: boolean | null = null;
  let remoteScope: string | null = null;
  const leftovers: string[] = [];
  for (const segment of rest) {
    const named = namedField.exec(segment);
    if (named) {
      const [, rawKey = '', value = ''] = named;
      const key = rawKey.toLowerCase();
      if (key === 'company' || key === 'employer') company = cleanCompany(value);
      else if (['role', 'roles', 'position', 'positions', 'title', 'job'].includes(key)) title ||= value.trim() || null;
      else if (['location', 'locations', 'where'].includes(key)) location ||= value.trim() || null;
      else if (key === 'remote') {
        if (/^(?:no|n|false|none|not)\b/i.test(value)) remote = false;
        else {
          remote = true;
          if (!/^(?:yes|y|true|ok|okay|allowed|possible)\b/i.test(value)) remoteScope ||= trimPunctuation(value.replace(modeWords, ' ')) || null;
        }
      }
      continue;
    }
    if (website.test(segment) || salary.test(segment) || employment.test(segment) || visa.test(segment)) {
      // A visa field may still say how one works ("ONSITE, visa sponsorship").
      const mode = visa.test(segment) ? readWorkMode(segment) : undefined;
      if (mode) remote = remote === true ? true : mode.remote;
      continue;
    }
    const mode = readWorkMode(segment);
    if (mode && !roleWords.test(segment.replace(/\([^)]*\)/g, ' '))) {
      remote = remote === true || mode.remote;
      if (mode.place && !location) location = mode.place;
      if (mode.scope && !remoteScope) remoteScope = mode.scope;
      continue;
    }
    if (mode) remote = remote === true || mode.remote;
    const withoutMode = mode ? segment.replace(/\s*\((?:[^)]*\b(?:hybrid|remote|on[- ]?site)\b[^)]*)\)\s*/gi, ' ').trim() : segment;
    if (!title && roleWords.test(withoutMode) && !looksLikePlace(withoutMode)) title = withoutMode;
    else if (!location && looksLikePlace(withoutMode)) location = withoutMode;
    else leftovers.push(withoutMode);
  }
  // Fields of no known kind: a role when none was found, else a place the table does not know.
  for (const leftover of leftovers) {
    if (!title && roleWords.test(leftover)) title = leftover;
    else if (!location) location = leftover;
    else if (!title) title = leftover;
  }
  if (!company || company.length > 80) return null;
  return {
    company,
    title,
    location: location ?? remoteScope,
    remote,
    link: firstLink(html),
    text: htmlToPlainText(html),
  };
}

function cleanCompany(text: string): string {
  return trimPunctuation(text.replace(yc, ' ').replace(domainNote, ' ').replace(/\s+/g, ' '));
}

/** "Acme is hiring a Senior Engineer in Toronto (remote within Canada)." Null for other prose. */
function readProse(line: string, html: string): HiringComment | null {
  const match = prose.exec(line.replace(/https?:\/\/\S+/g, ' ').trim());
  const company = cleanCompany(match?.groups?.company ?? '');
  const rest = match?.groups?.rest ?? '';
  if (!company || company.length > 80 || !rest) return null;
  const title = /^(.+?)(?=,|\s+in\s|\s+\(|\s+-\s|\.\s|\.?$|\s+(?:remote|on[- ]?site|hybrid)\b)/i.exec(rest)?.[1]?.trim() ?? null;
  const place = /\bin\s+([^().;]+?)(?=\s*\(|[.;]|$)/i.exec(rest)?.[1]?.trim() ?? null;
  const mode = readWorkMode(rest);
  return {
    company,
    title: title && roleWords.test(title) ? title : null,
    location: place ?? mode?.scope ?? null,
    remote: mode ? mode.remote : null,
    link: firstLink(html),
    text: htmlToPlainText(html),
  };
}
