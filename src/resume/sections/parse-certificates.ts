/**
 * Certificates: "AWS Certified Solutions Architect – Professional - 2020",
 * "BLS, American Heart Association, 2023", "ISTQB Certified Tester Foundation Level, 2016",
 * "Google Cloud Professional ML Engineer (2022)".
 */
import type { ResumeCertificate } from '../../protocol/json-resume.ts';
import { findDateRange } from './find-date-range.ts';
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
    if (line.text === '') continue;
    const range = findDateRange(line.text);
    const text = withoutDate(line.text, range);
    const parts = text.split(/\s*(?:,|\s[–—-]\s|\|)\s*/).filter(Boolean);
    // "BLS, ACLS, PALS": several short certificates on one line.
    if (!range && parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3)) {
      for (const part of parts) certificates.push({ name: part });
      continue;
    }
    let nameEnd = 1;
    while (nameEnd < parts.length && levelWords.test(parts[nameEnd] ?? '')) nameEnd++;
    const lastNamePart = parts[nameEnd - 1] ?? '';
    const name = text.slice(0, text.indexOf(lastNamePart) + lastNamePart.length).trim();
    const certificate: ResumeCertificate = { name };
    const issuer = parts[nameEnd];
    if (issuer) certificate.issuer = issuer;
    if (range?.startDate) certificate.date = range.endDate ?? range.startDate;
    certificates.push(certificate);
  }
  return certificates;
}
