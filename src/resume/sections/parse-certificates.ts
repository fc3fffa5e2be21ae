/**
 * Certificates: "AWS Certified Solutions Architect – Professional - 2020",
 * "BLS, American Heart Association, 2023", "ISTQB Certified Tester Foundation Level, 2016",
 * "Google Cloud Professional ML Engineer (2022)".
 */
import type { ResumeCertificate } from '../../protocol/json-resume.ts';
import { credentialExpiry, credentialStatus } from '../credential-status.ts';
import { isCertificateTableHeader } from './column-label-rows.ts';
import { type DateRange, findDateRange } from './find-date-range.ts';
import { headingKind } from './find-sections.ts';
import { takeRegistrationTables } from './registration-table.ts';
import type { ResumeLine } from './resume-lines.ts';
import { withoutDate } from './split-entry-header.ts';

// Words that finish a certificate's name rather than name its issuer.
const levelWords = /^(?:professional|associate|foundation|foundations|practitioner|specialty|speciality|expert|fundamentals|advanced|level \w+)$/i;

/**
 * Parses the lines of a Certifications section into JSON Resume certificates.
 *
 * @example
 * parseCertificates(toResumeLines('BLS, American Heart Association, 2023'));
 * // [{ name: 'BLS', issuer: 'American Heart Association', date: '2023' }]
 */
export function parseCertificates(allLines: readonly ResumeLine[]): ResumeCertificate[] {
  // "LICENSURE" under "CERTIFICATIONS" in a sidebar: a heading of this section's kind is never a certificate.
  // "Regulator | HCPC" / "Registration number | PA123456" / "Renewal due | 09/2027": one registration, not a certificate a row.
  const tables = takeRegistrationTables(allLines.filter((line) => line.bullet || headingKind(line.text) !== 'certificates'));
  // "Uprawnienie / Certificate ⇥ Rok / Year": a table's header row names its columns, no certificate.
  const lines = withExpiryColumn(tables.rest).filter((line) => line.bullet || !isCertificateTableHeader(line.text));
  if (lines.some((line) => dateOnly(line.text) || issuedBy.test(line.text))) return [...tables.certificates, ...parseCertificateEntries(lines)];
  const certificates: ResumeCertificate[] = [...tables.certificates];
  for (const line of joinWrappedNames(lines)) {
    // "ServSafe Manager (2024); Allergen Awareness (2023)", "A (2024) · B (2025)": a list mark parts certificates, each with its date.
    for (const listed of listItems(line.text)) {
      if (listed.trim() === '') continue;
      // "… (valid to 11/2026)", "gültig bis 03.2028": the date it runs out, never the date it was awarded, and never left in its name.
      const { item, expires } = takeExpiry(listed);
      // "QTS expected 2027": the year a status awaits is no date the certificate was taken; the name keeps both.
      const range = /\d/.test(credentialStatus(item) ?? '') ? undefined : certificateDate(item);
      const text = closeBracket(withoutDate(item, range));
      const parts = text.split(/\s*(?:,|\s[–—-]\s|\|)\s*/).filter(Boolean);
      // "BLS, ACLS, PALS": several short certificates on one line ("Electrical licence, ESA, pending" is one, with its status).
      if (!range && parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3 && !licenceNumber.test(part) && credentialStatus(part) === undefined)) {
        for (const part of parts) certificates.push({ name: part });
        continue;
      }
      certificates.push(withExpires(readCertificate(text, parts, range?.endDate ?? range?.startDate), expires));
    }
  }
  return certificates;
}

// "Forklift licence (Heftruckcertificaat, 2014)": the year taken from inside the brackets
// leaves them open; the name keeps what was in them, closed.
function closeBracket(name: string): string {
  const open = (name.match(/\(/g) ?? []).length - (name.match(/\)/g) ?? []).length;
  return open === 1 ? `${name.replace(/[\s,;:–—-]+$/u, '')})` : name;
}

/**
 * One certificate as a person types it by hand (`resume set certificates "A (2024); B"`): its
 * name as typed, and its date where one is given. The name is not cut further: a person
 * correcting it names it as they want it.
 *
 * @example
 * parseCertificate('ServSafe Manager (2024)'); // { name: 'ServSafe Manager', date: '2024' }
 */
export function parseCertificate(typed: string): ResumeCertificate {
  const { item: text, expires } = takeExpiry(typed);
  const range = certificateDate(text);
  const name = closeBracket(withoutDate(text, range));
  const date = range?.endDate ?? range?.startDate;
  if (!date || name === '') return withExpires({ name: text.trim() }, expires);
  return withExpires({ name, date }, expires);
}

/**
 * A certificate's words without the expiry they give ("EN ISO 9606-1 141 T BW (valid to 11/2026)" → "EN ISO 9606-1
 * 141 T BW"), and that expiry as an ISO date: JSON Resume's `date` is the date a certificate was awarded, so the
 * date it runs out is kept apart, in `expires`.
 */
function takeExpiry(text: string): { item: string; expires?: string } {
  const expiry = credentialExpiry(text);
  if (!expiry) return { item: text };
  const item = text
    .replace(expiry.match, ' ')
    .replace(/\(\s*[,;]?\s*\)|\[\s*\]/gu, ' ')
    .replace(/\(\s*[,;]\s*/gu, '(')
    .replace(/\s*[,;]\s*\)/gu, ')')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  return { item, expires: expiry.date };
}

function withExpires(certificate: ResumeCertificate, expires: string | undefined): ResumeCertificate {
  return expires === undefined ? certificate : { ...certificate, expires };
}

// A table's header cell over the dates certificates run out: "Valid until", "Ważny do / Valid until", "Gültig bis", "Expiry date".
const expiryHeader = /^(?:valid\s+(?:until|to|till|through)|expir(?:y|es|ation)(?:\s+date)?|exp\.?|gültig\s+bis|wa[żz]n[ye]\s+do|data\s+ważności|geldig\s+(?:tot|t\/m)|gyldig\s+til|giltig\s+till|valable\s+jusqu['’]au)$/iu;
// A header cell over who issued each certificate.
const issuerHeader = /^(?:issuer|issued\s+by|issuing\s+body|awarding\s+body|body|wydany\s+przez|wystawca|aussteller|organisation|organization)$/iu;
const tableCells = (text: string): string[] => text.trim().split(/\t+|\s\|\s/u).map((cell) => cell.trim());
// "Ważny do / Valid until": a bilingual header names its column twice.
const headerIs = (cell: string, pattern: RegExp): boolean => cell.split(/\s+\/\s+/u).some((part) => pattern.test(part.replace(/[:.]\s*$/u, '').trim()));

/**
 * A certificate table with a column of expiry dates ("Certificate ⇥ Process ⇥ Valid until"): its header row is no
 * certificate, and each row below is read as one certificate whose expiry is that column ("… (valid to 03/2027)"),
 * its issuer the issuer column, its name the other cells. Lines of no such table are kept as they are.
 */
function withExpiryColumn(lines: readonly ResumeLine[]): ResumeLine[] {
  const header = lines.findIndex((line) => { const cells = tableCells(line.text); return cells.length >= 2 && cells.some((cell) => headerIs(cell, expiryHeader)); });
  if (header < 0) return [...lines];
  const labels = tableCells(lines[header]?.text ?? '');
  const expiryColumn = labels.findIndex((cell) => headerIs(cell, expiryHeader));
  const issuerColumn = labels.findIndex((cell) => headerIs(cell, issuerHeader));
  const rows = lines.slice(header + 1).map((line) => {
    const cells = tableCells(line.text);
    if (cells.length !== labels.length) return line;
    const name = cells.filter((_, index) => index !== expiryColumn && index !== issuerColumn && cells[index] !== '').join(' ');
    const issuer = issuerColumn >= 0 && cells[issuerColumn] ? `, ${cells[issuerColumn]}` : '';
    const expiry = cells[expiryColumn] ?? '';
    // "2024 (WYGASŁ / EXPIRED)": the date is the expiry, the words with it say it ran out.
    const date = /^\S+/u.exec(expiry)?.[0] ?? '';
    const rest = expiry.slice(date.length).trim();
    const expires = date === '' ? '' : ` (valid to ${date})`;
    return { ...line, text: `${name}${issuer}${expires}${rest === '' ? '' : ` ${rest}`}` };
  });
  return [...lines.slice(0, header), ...rows];
}

/**
 * The date a certificate line gives: a date standing as the line's last part ("…, ICC, 2021",
 * "… (2021)", "… – Mar 2021") before any other, since a year inside the name is part of it
 * ("Incoterms 2020 course", "ISO 9001:2015 Lead Auditor").
 */
function certificateDate(item: string): DateRange | undefined {
  const separators = [...item.matchAll(/[,(|]|\s[–—-]\s/gu)];
  const last = separators.at(-1);
  if (last) {
    const start = last.index + last[0].length;
    const tail = item.slice(start).replace(/\)\s*$/u, '');
    const range = findDateRange(tail);
    if (range && range.match.trim().length >= tail.trim().length - 1) return { ...range, index: start + range.index };
  }
  return findDateRange(item);
}

// A licence or certificate number: "#EL.48213", "Lic. No. 12345", "License # 7781-A", "No. 55012",
// or an exam's code ("PL-300", "SAA-C03"). It belongs to the certificate's name, never names who issued it.
const licenceNumber =
  /^(?:(?:lic(?:en[cs]e)?\.?|cert(?:ificate)?\.?|reg(?:istration)?\.?|credential)\s*)?(?:no\.?|number|#|id)\s*:?\s*[\p{L}\d][\p{L}\d./-]*\d[\p{L}\d./-]*$|^#\s?[\p{L}\d./-]*\d[\p{L}\d./-]*$|^\p{Lu}{2,4}-\p{Lu}?\d{2,4}$/iu;

function readCertificate(text: string, parts: readonly string[], date: string | undefined): ResumeCertificate {
  let nameEnd = 1;
  // "CNO registration – application in progress": a status word right after the name stays in it, never read as who issued it.
  while (
    nameEnd < parts.length &&
    (levelWords.test(parts[nameEnd] ?? '') ||
      licenceNumber.test(parts[nameEnd] ?? '') ||
      credentialStatus(parts[nameEnd] ?? '') !== undefined ||
      (namesStandard.test(parts[0] ?? '') && designation.test(parts[nameEnd] ?? '')))
  )
    nameEnd++;
  const lastNamePart = parts[nameEnd - 1] ?? '';
  let name = text.slice(0, text.indexOf(lastNamePart) + lastNamePart.length).trim();
  // "Gas Safe registration, Gas Safe Register, pending": a status after the issuer is kept with the name too.
  const laterStatus = parts.slice(nameEnd).find((part) => credentialStatus(part) !== undefined);
  if (laterStatus) name = `${name} (${laterStatus.replace(/^\((.*)\)$/u, '$1')})`;
  const certificate: ResumeCertificate = { name };
  const issuer = parts.slice(nameEnd).find((part) => !licenceNumber.test(part) && credentialStatus(part) === undefined && !outcome.test(part));
  if (issuer) certificate.issuer = issuer;
  if (date) certificate.date = date;
  return certificate;
}

// "EN ISO 9606-1", "ASME IX", "DIN EN 1090-2": a certificate named by a standard and its number.
const namesStandard = /(?<![\p{L}\d])(?:EN|ISO|DIN|ASME|AWS|API|BS|IEC|CSA|PN)(?:\s+(?:EN|ISO|IEC))*\s+[\dIVX][\d.:IVX-]*/u;
// "135 P BW 1.2 S t10 PB ml", "141, 111", "136 P FW": what the standard was passed in (a welding process by
// its ISO 4063 number, then position, joint, thickness). Part of the certificate's name, never its issuer;
// a year is a date, never a process.
const designation = /^(?!(?:19|20)\d{2}(?!\d))\d{2,3}(?:\s*(?:\/|\+|and|i|und|og|en|et)?\s*\d{2,3})*(?:\s+[\p{L}\d.,:/-]{1,8}){0,10}$/u;

// "NCLEX-RN – passed 2026", "First Aid at Work – renewed": how it went, never who issued it.
const outcome = /^(?:passed|completed|achieved|awarded|obtained|granted|renewed|valid|current|active|issued)$/i;

// "Issued by Google Cloud", "Issuer: PECB": a line that names who issued the certificate above or below it.
const issuedBy = /^(?:issued\s+by|issuer\s*:|awarded\s+by|by)\s+/i;

// Words that end a certificate's name, which a narrow column wraps onto a line of their own:
// "Google Cloud Professional Cloud" / "Architect".
const nameEnd = /^(?:architect|engineer|developer|administrator|auditor|manager|specialist|consultant|analyst|practitioner|professional|associate|expert|foundation|fundamentals|lead auditor)$/i;

function dateOnly(text: string): boolean {
  const range = findDateRange(text);
  return range !== undefined && withoutDate(text, range) === '';
}

// A mark that parts the certificates of one line: a semicolon, a middle dot or bullet between spaces.
const listMark = /\s*;\s*|\s+[·•∙]\s+/u;

/**
 * The certificates one line lists: "A (2024); B (2025)", "A (2024) · B (2025) · C (2023)", and
 * "A (2024) | B (2025)" when at least two of the parts give their own date ("AWS SAA | Amazon |
 * 2022" is one certificate, its issuer and date).
 */
function listItems(text: string): string[] {
  const items = text.split(listMark);
  if (items.length > 1) return items;
  const parts = text.split(/\s+\|\s+/);
  const dated = parts.filter((part) => { const range = certificateDate(part); return range !== undefined && withoutDate(part, range) !== ''; });
  return dated.length >= 2 ? parts : [text];
}

// "… (2025) · Microsoft Excel" / "Expert MO-211 (2023)": a list whose items each give a date, whose
// last item has none, goes on with the next line.
function endsInUndatedItem(text: string): boolean {
  const items = listItems(text);
  const last = items.at(-1) ?? '';
  return items.length > 1 && items.slice(0, -1).some((item) => certificateDate(item)) && !certificateDate(last);
}

// "ISO 22000 Lead Auditor" / "(PECB), 2024", "… Professional Cloud" / "Architect": a line that opens
// with a bracket or a small letter, or that is only the word ending a name, goes on the line above.
function joinWrappedNames(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined: ResumeLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    // "Registered Nurse –" / "Adult, PIN 1234": a line ending on a dash or a comma goes on below.
    const rest = /^(?:[(,]|\p{Ll})/u.test(line.text) || nameEnd.test(line.text.trim()) || (previous !== undefined && /(?:\s[–—-]|,)\s*$/u.test(previous.text));
    const listGoesOn = previous !== undefined && !previous.bullet && endsInUndatedItem(previous.text);
    const cut = previous !== undefined && !previous.bullet && cutInsideName(previous.text, line.text);
    if (previous && previous.text !== '' && line.text !== '' && !line.bullet && ((rest && !certificateDate(previous.text)) || listGoesOn || cut)) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${line.text}`.replace(/\s+,/g, ',') };
    } else joined.push(line);
  }
  return joined;
}

// The words that end a certificate named for a role ("… Safety Engineer", "… Lead Auditor", "… Scrum Master").
const roleEnd =
  /(?:architect|engineer|developer|administrator|auditor|manager|specialist|consultant|analyst|practitioner|professional|associate|expert|master|owner|officer|technician|inspector|instructor|trainer|planner|tester|coach|nurse|operator|assessor|designer|scientist)$/i;

/**
 * A certificate's name a narrow column cut in two, each half starting with a capital: "Certified ISO 26262
 * Functional" / "Safety Engineer (TÜV SÜD, 2022)", "Certificate in Food Safety and" / "Hygiene (2021)",
 * "ISO 9001:2015" / "Internal Auditor (BSI)". The first half has no date and cannot end a name (a joining word,
 * an adjective, a standard's number); the second finishes one, short, in a role word unless the first ended on
 * a joining word. Two certificates one a line ("AWS Certified Cloud Practitioner" / "Scrum Master (2021)") stay two.
 */
function cutInsideName(previous: string, next: string): boolean {
  const first = previous.trim();
  const lastWord = first.split(/\s+/).at(-1) ?? '';
  // "ISO 14001:2015": a standard's edition is no date of the certificate.
  const standard = /\p{Lu}{2,}\s+\d{3,}(?::\d{4})?$/u.test(first);
  if (first === '' || (certificateDate(first) && !standard) || /[()]/.test(first)) return false;
  const name = next.replace(/\s*(?:\(.*|,\s*(?:19|20)\d{2}.*|\s[–—-]\s.*)$/u, '').trim();
  if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 4) return false;
  if (/(?:\s(?:of|and|in|for|&|de|und|et|y|e)|[,/–—-])$/iu.test(first)) return true;
  const unfinished = (/\p{Ll}(?:al|ic|ive|ed|ary)$/u.test(lastWord) && !levelWords.test(lastWord)) || standard;
  return unfinished && !roleEnd.test(lastWord) && roleEnd.test(name.split(/\s+/).at(-1) ?? '');
}

/**
 * Certificates printed over several lines: the name, a line "Issued by …" and a line with the date
 * only, in either order ("2022" / "Name" / "Issuer" or "Name" / "Issued by Issuer" / "2022"). A date
 * line before the first name opens each entry; otherwise each name does.
 */
function parseCertificateEntries(lines: readonly ResumeLine[]): ResumeCertificate[] {
  const filled = joinWrappedNames(lines).filter((line) => line.text !== '');
  const datesFirst = filled[0] !== undefined && dateOnly(filled[0].text);
  const entries: { name: string[]; issuer?: string; date?: string }[] = [];
  for (const line of filled) {
    const current = entries.at(-1);
    if (dateOnly(line.text)) {
      const range = findDateRange(line.text);
      const date = range?.endDate ?? range?.startDate;
      if (datesFirst || !current || current.date) entries.push({ name: [], date });
      else current.date = date;
    } else if (issuedBy.test(line.text) && current) {
      current.issuer = line.text.replace(issuedBy, '').trim();
    } else if (current && current.name.length > 0 && datesFirst && !current.issuer) {
      // "2022" / "Name" / "Issuer": under the name, the line with no date is who issued it.
      current.issuer = line.text.trim();
    } else if (current && current.name.length === 0) {
      current.name.push(line.text);
    } else {
      entries.push({ name: [line.text] });
    }
  }
  return entries
    .filter((entry) => entry.name.length > 0)
    .flatMap((entry) => {
      const [certificate = { name: '' }] = parseCertificatesOfLine(entry.name.join(' '));
      if (entry.issuer && !certificate.issuer) certificate.issuer = entry.issuer;
      if (entry.date && !certificate.date) certificate.date = entry.date;
      return [certificate];
    });
}

function parseCertificatesOfLine(line: string): ResumeCertificate[] {
  const { item: text, expires } = takeExpiry(line);
  const range = certificateDate(text);
  const name = withoutDate(text, range);
  return [withExpires(readCertificate(name, name.split(/\s*(?:,|\s[–—-]\s|\|)\s*/).filter(Boolean), range?.endDate ?? range?.startDate), expires)];
}
