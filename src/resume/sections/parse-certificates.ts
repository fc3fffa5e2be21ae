/**
 * Certificates: "AWS Certified Solutions Architect – Professional - 2020",
 * "BLS, American Heart Association, 2023", "ISTQB Certified Tester Foundation Level, 2016",
 * "Google Cloud Professional ML Engineer (2022)".
 */
import type { ResumeCertificate } from '../../protocol/json-resume.ts';
import { type DateRange, findDateRange } from './find-date-range.ts';
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
export function parseCertificates(lines: readonly ResumeLine[]): ResumeCertificate[] {
  const certificates: ResumeCertificate[] = [];
  for (const line of lines) {
    // "ServSafe Manager (2024); Allergen Awareness (2023)": a semicolon parts certificates, each with its date.
    for (const item of line.text.split(/\s*;\s*/)) {
      if (item.trim() === '') continue;
      const range = certificateDate(item);
      const text = withoutDate(item, range);
      const parts = text.split(/\s*(?:,|\s[–—-]\s|\|)\s*/).filter(Boolean);
      // "BLS, ACLS, PALS": several short certificates on one line.
      if (!range && parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3 && !licenceNumber.test(part))) {
        for (const part of parts) certificates.push({ name: part });
        continue;
      }
      certificates.push(readCertificate(text, parts, range?.endDate ?? range?.startDate));
    }
  }
  return certificates;
}

/**
 * One certificate as a person types it by hand (`resume set certificates "A (2024); B"`): its
 * name as typed, and its date where one is given. The name is not cut further: a person
 * correcting it names it as they want it.
 *
 * @example
 * parseCertificate('ServSafe Manager (2024)'); // { name: 'ServSafe Manager', date: '2024' }
 */
export function parseCertificate(text: string): ResumeCertificate {
  const range = certificateDate(text);
  const name = withoutDate(text, range);
  const date = range?.endDate ?? range?.startDate;
  if (!date || name === '') return { name: text.trim() };
  return { name, date };
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
  while (nameEnd < parts.length && (levelWords.test(parts[nameEnd] ?? '') || licenceNumber.test(parts[nameEnd] ?? ''))) nameEnd++;
  const lastNamePart = parts[nameEnd - 1] ?? '';
  const name = text.slice(0, text.indexOf(lastNamePart) + lastNamePart.length).trim();
  const certificate: ResumeCertificate = { name };
  const issuer = parts.slice(nameEnd).find((part) => !licenceNumber.test(part));
  if (issuer) certificate.issuer = issuer;
  if (date) certificate.date = date;
  return certificate;
}
