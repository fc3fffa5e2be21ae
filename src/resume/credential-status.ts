/**
 * A credential listed with a status word is not held: "CNO registration – application in
 * progress", "Electrical licence (pending)", "QTS expected 2027", "eligible for AHPRA
 * registration", "Approbation beantragt". The fit never counts it as met, and no letter or
 * interview pack says the person holds it. One reader, shared by the resume reader, the match,
 * the writers and the grounding check.
 */
import { findDateRange } from './sections/find-date-range.ts';

// Words that say a credential is worked toward, applied for or awaited, or no longer held: not held now. "ACCA part-qualified" is
// not one: a posting may accept it ("AAT or ACCA/CIMA part-qualified"), and the match reads it (`heldInPart`). "Revalidation due
// 03/2028" and "renewal due" speak of a held registration's next date, so "due" alone is not one;
// "Applied Behaviour Analysis" names a subject, so "applied" counts only when nothing follows it or
// "for", a date or a bracket does.
// Words that say a credential was held and is no longer: "HGV licence (expired 2023)", "lapsed", "suspended". ("Expires
// 03/2028" and "expiry date" give a held one's next date.)
// In the languages European CVs are written in too: "abgelaufen", "WYGASŁ", "verlopen", "utløpt", "expiré".
const lapsedPattern =
  /expired|lapsed|revoked|suspended|no\s+longer\s+(?:valid|held|current|registered|active)|abgelaufen|ungültig|wygas(?:ł[aoy]?|l[aoy]?)|nieważn[ya]|verlopen|utløpt|utgått|expirée?|caducad[oa]|vencid[oa]|scadut[oa]/;

const statusPattern = new RegExp(
  [
    String.raw`(?:application|applic\.)\s+(?:in\s+progress|in\s+process|pending|submitted|lodged|made|under\s+review|sent)`,
    String.raw`in\s+progress`,
    String.raw`in\s+process(?:ing)?`,
    String.raw`pending`,
    String.raw`awaiting`,
    String.raw`applied(?=\s*(?:$|[)\],;:–—-]|for\b|in\s+\d|on\s+\d|\d))`,
    String.raw`applying\s+for`,
    String.raw`submitted`,
    String.raw`under\s+review`,
    String.raw`expected(?:\s+(?:in\s+)?(?:\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*))?`,
    String.raw`anticipated`,
    String.raw`eligib(?:le|ility)`,
    String.raw`candida(?:te|cy)`,
    String.raw`ongoing`,
    String.raw`studying(?:\s+for)?`,
    String.raw`enrolled`,
    String.raw`working\s+towards?`,
    String.raw`planned`,
    String.raw`not\s+yet\s+(?:held|issued|granted|registered|licen[cs]ed)`,
    // No longer held (lapsedPattern): "HGV licence (expired 2023)", "lapsed", "suspended".
    lapsedPattern.source,
    String.raw`(?<!(?:revalidation|renewal|expiry|expires|renew|review|audit)\s+)due\s+(?:in\s+|by\s+)?(?:\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)`,
    // German, French, Spanish, Portuguese, Dutch, Polish as people write them on a CV.
    String.raw`beantragt`,
    String.raw`in\s+bearbeitung`,
    String.raw`angestrebt`,
    String.raw`in\s+vorbereitung`,
    String.raw`laufend`,
    String.raw`en\s+cours(?:\s+d['’]obtention)?`,
    String.raw`en\s+attente`,
    String.raw`en\s+(?:curso|trámite|tramite)`,
    String.raw`em\s+(?:curso|andamento)`,
    String.raw`aangevraagd`,
    String.raw`in\s+aanvraag`,
    String.raw`w\s+trakcie`,
  ].join('|'),
  'iu',
);
const statusWords = new RegExp(String.raw`(?<![\p{L}])(?:${statusPattern.source})(?![\p{L}])`, 'iu');

const lapsedWords = new RegExp(String.raw`(?<![\p{L}])(?:${lapsedPattern.source})(?![\p{L}])`, 'iu');

/**
 * Whether a credential's line says it is no longer held (expired, lapsed, suspended), rather than not held yet.
 *
 * @example
 * isLapsedCredentialLine('Class C1 driving licence (expired 2023)'); // true
 * isLapsedCredentialLine('QTS expected 2027'); // false
 */
export function isLapsedCredentialLine(text: string): boolean {
  return lapsedWords.test(text);
}

/**
 * How a listed credential that is not held stands, in a few words: "expired November 2026" or "expired" for one that
 * ran out, "in progress, not held yet" for one worked toward or awaited.
 *
 * @example
 * notHeldInWords('EN ISO 9606-1 141 T FW (expired October 2026)'); // 'expired October 2026'
 * notHeldInWords('CNO registration — application in progress'); // 'in progress, not held yet'
 */
export function notHeldInWords(line: string): string {
  if (!isLapsedCredentialLine(line)) return 'in progress, not held yet';
  const when = /\(expired\s+([^)]+)\)/u.exec(line)?.[1];
  return when === undefined ? 'expired, not held' : `expired ${when}`;
}

/**
 * The status words a credential's line gives, as written, or undefined when it gives none.
 *
 * @example
 * credentialStatus('CNO registration – application in progress'); // 'application in progress'
 * credentialStatus('NMC Registered Nurse (Adult), revalidation due 03/2028'); // undefined
 */
export function credentialStatus(text: string): string | undefined {
  return statusWords.exec(text)?.[0];
}

/** A certificate as the resume stores it: `expires` is the date it runs out, `date` the date it was awarded. */
export interface ListedCredential {
  name?: string | undefined;
  issuer?: string | undefined;
  expires?: unknown;
}

/**
 * Whether a credential the resume lists is held: neither its name nor what follows it (the
 * issuer field, where a reader or a person put "pending") gives a status word, and it has not
 * run out before `today` (its `expires` date, or a "valid to 11/2026" left in its words).
 *
 * @example
 * isHeldCredential({ name: 'CNO registration', issuer: 'application in progress' }); // false
 * isHeldCredential({ name: 'PRINCE2 Foundation', issuer: 'Axelos' }); // true
 * isHeldCredential({ name: 'EN ISO 9606-1 141 T BW', expires: '2026-11' }, new Date('2026-12-07')); // false
 */
export function isHeldCredential(certificate: ListedCredential, today: Date = new Date()): boolean {
  return credentialStatus([certificate.name, certificate.issuer].filter(Boolean).join(' — ')) === undefined && expiredOn(certificate, today) === undefined;
}

/**
 * The date a listed credential ran out, when that is before `today`: its `expires` field, or an expiry its
 * words give ("… (valid to 11/2026)"). Undefined while it is valid, or when it gives no expiry.
 *
 * @example
 * expiredOn({ name: 'BOSIET', expires: '2026-08' }, new Date('2026-12-07')); // '2026-08'
 * expiredOn({ name: 'BOSIET', expires: '2028-08' }, new Date('2026-12-07')); // undefined
 */
export function expiredOn(certificate: ListedCredential, today: Date = new Date()): string | undefined {
  const expires = typeof certificate.expires === 'string' && certificate.expires !== '' ? certificate.expires : credentialExpiry([certificate.name, certificate.issuer].filter(Boolean).join(' — '))?.date;
  return expires !== undefined && isPast(expires, today) ? expires : undefined;
}

/**
 * A listed credential as one line: its name and issuer, and, when it has run out, when ("— expired November 2026"),
 * so whatever says it is not held says why.
 *
 * @example
 * credentialLine({ name: 'BOSIET', issuer: 'OPITO', expires: '2026-08' }, new Date('2026-12-07')); // 'BOSIET — OPITO (expired August 2026)'
 */
export function credentialLine(certificate: ListedCredential, today: Date = new Date()): string {
  const line = [certificate.name, certificate.issuer].filter(Boolean).join(' — ');
  const expired = expiredOn(certificate, today);
  return expired === undefined || lapsedWords.test(line) ? line : `${line} (expired ${dateInWords(expired)})`;
}

const monthWords = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date as a person says it: "2026-11" → "November 2026", "2026-11-30" → "30 November 2026", "2024" → "2024".
 *
 * @example
 * dateInWords('2026-11'); // 'November 2026'
 */
export function dateInWords(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : monthWords[Number(month) - 1];
  if (!monthName) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * An expiry date in the words of a credential's line, read as an ISO date ("YYYY-MM-DD", "YYYY-MM" or "YYYY"): "valid to
 * 11/2026", "valid until 30.11.2026", "expires 2027-03", "exp. 03/27", "gültig bis 03.2028", "ważny do 2024", "geldig tot
 * 2027", "gyldig til 06/2027", "Expiry: Nov 2026". `match` is the words that gave it, to take out of a certificate's name.
 *
 * @example
 * credentialExpiry('EN ISO 9606-1 135 P BW (valid to 03/2027)'); // { date: '2027-03', match: 'valid to 03/2027' }
 * credentialExpiry('Renewal due 03/2028'); // undefined
 */
export function credentialExpiry(text: string): { date: string; match: string } | undefined {
  const found = expiryPhrase.exec(text);
  if (!found) return undefined;
  const date = expiryDate(found[1] ?? '');
  return date === undefined ? undefined : { date, match: found[0] };
}

/**
 * A date written as a credential's expiry ("30.11.2026", "11/2026", "03/27", "2027-03", "Nov 2026", "2028"), as an ISO date.
 *
 * @example
 * expiryDate('30.11.2026'); // '2026-11-30'
 * expiryDate('03/27'); // '2027-03'
 */
export function expiryDate(text: string): string | undefined {
  const value = text.trim().replace(/[.,;)]+$/u, '');
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/u.exec(value);
  if (dayFirst) return isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (yearFirst) return isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  // "exp. 03/27": a month and a two-digit year, as cards print them.
  const card = /^(\d{1,2})\/(\d{2})$/u.exec(value);
  if (card && Number(card[1]) >= 1 && Number(card[1]) <= 12) return `20${card[2]}-${String(Number(card[1])).padStart(2, '0')}`;
  const range = findDateRange(value);
  return range && range.match.trim().length >= value.length - 1 ? range.endDate ?? range.startDate : undefined;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether an ISO date (a day, a month or a year) is over before `today`: a month runs to its last day, a year to December.
 *
 * @example
 * isPast('2026-11', new Date('2026-12-07')); // true
 * isPast('2026-12', new Date('2026-12-07')); // false
 */
export function isPast(date: string, today: Date): boolean {
  const day = today.toISOString().slice(0, 10);
  return date.length === 10 ? date < day : date < day.slice(0, date.length);
}

// The words that give a credential's expiry, in the languages European CVs are written in, and the date after them.
const expiryWords = [
  String.raw`valid\s+(?:to|until|till|thru|through)`,
  String.raw`good\s+(?:until|through|thru)`,
  String.raw`expir(?:es|y(?:\s+date)?|ation(?:\s+date)?|ing)(?:\s+(?:on|in))?`,
  String.raw`exp\.`,
  String.raw`gültig\s+bis`,
  String.raw`wa[żz]n[ye]\s+do`,
  String.raw`geldig\s+(?:tot|t/m)`,
  String.raw`gyldig\s+(?:til|t\.o\.m\.)`,
  String.raw`giltig\s+(?:till|t\.o\.m\.)`,
  String.raw`valable\s+jusqu['’](?:au|à)`,
  String.raw`v[áa]lid[oa]\s+hasta`,
  String.raw`valid[oa]\s+fino\s+al`,
  String.raw`v[áa]lid[oa]\s+at[ée]`,
];
const expiryDateText = String.raw`(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{4}|\d{1,2}/\d{2}(?!\d)|\p{L}{3,9}\.?\s+\d{4}|\d{4})`;
const expiryPhrase = new RegExp(String.raw`(?<![\p{L}])(?:${expiryWords.join('|')})\s*[:=-]?\s*${expiryDateText}`, 'iu');

// A line that names a credential: a licence, a certificate, a registration, a permit, a card.
const credentialWords = /licen[cs]|certif|registered|registration|permit|\bcard\b|ticket|clearance|qualified|chartered|accredit|approbation|zulassung|\bQTS\b|\bPIN\b/i;

/**
 * Whether a line of a resume names a credential with a status word ("Electrical contractor
 * licence — pending", "QTS expected 2027"): such a line shows no credential held.
 *
 * @example
 * isPendingCredentialLine('Journeyman electrician licence – exam passed, licence pending'); // true
 * isPendingCredentialLine('Migration to Kubernetes in progress'); // false
 */
export function isPendingCredentialLine(line: string, today: Date = new Date()): boolean {
  if (credentialStatus(line) !== undefined) return credentialWords.test(line);
  // "EN ISO 9606-1 141 T BW (valid to 11/2026)": a line that gives an expiry is a credential's line, whatever it is called.
  const expiry = credentialExpiry(line);
  return expiry !== undefined && isPast(expiry.date, today);
}

/**
 * A resume's text without the lines of credentials it does not hold yet: what the match reads
 * as evidence. A certificate the reader stored with its status in the issuer field is left out
 * by its name too.
 *
 * @example
 * withoutPendingCredentials('BLS (2025)\nCNO registration – application in progress', []);
 * // 'BLS (2025)'
 */
export function withoutPendingCredentials(text: string, certificates: readonly ListedCredential[], today: Date = new Date()): string {
  const pendingNames = certificates
    .filter((certificate) => !isHeldCredential(certificate, today))
    .map((certificate) => certificate.name?.trim().toLowerCase())
    .filter((name): name is string => Boolean(name) && (name?.length ?? 0) >= 3);
  return text
    .split('\n')
    .filter((line) => !isPendingCredentialLine(line, today) && !pendingNames.some((name) => line.trim().toLowerCase() === name))
    .join('\n');
}
