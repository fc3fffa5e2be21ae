import type { ResumeCertificate } from '../../protocol/json-resume.ts';
import { credentialExpiry } from '../../resume/credential-status.ts';
import { parseCertificate } from '../../resume/sections/parse-certificates.ts';

type CertificatesPatch = Record<string, { name: string; date?: string; expires?: string } | null>;

/**
 * Words that date a licence's renewal, not when it was earned: a date after them stays in the name, never the
 * certificate's own date ("HCPC registration: Paramedic, PA12345, renewal 2027-05"). An expiry said as the importer
 * reads one ("valid to 11/2026", "expires 2027-03") goes to `expires` first, as on an imported resume.
 */
const notEarned = /\b(?:renew(?:al|s|ed)?|revalidat(?:ion|es|ed)?|expir(?:y|es|ed|ing)|valid\s+(?:until|till|to|through)|due|until|till|lapsed?|pending|in\s+progress|applied|expected)\b/i;

/**
 * The change to the resume's certificates a chat correction asks for, in the form `PATCH /v1/resumes/{id}` takes: one
 * certificate, licence or registration the importer missed, added after the ones listed (read as the importer reads a
 * certificate line, "AWS Solutions Architect (2024)" dated 2024); or, with `remove`, the one listed under that name
 * taken off. A certificate already listed is not added twice.
 *
 * @example
 * correctedCertificates([{ name: 'BLS' }], 'ACLS (2025)', false); // { ok: true, patch: { '1': { name: 'ACLS', date: '2025' } } }
 */
export function correctedCertificates(listed: readonly ResumeCertificate[], said: string, remove: boolean): { ok: true; patch: CertificatesPatch } | { ok: false; error: string } {
  const text = said.trim().replace(/^["“'‘]|["”'’]$/g, '').replace(/[.!]+$/, '').trim();
  const shown = listed.map((certificate) => certificate.name).filter(Boolean).join(', ') || 'no certificates';
  const comparable = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const wanted = comparable(text);
  const at = listed.findIndex((certificate) => typeof certificate.name === 'string' && comparable(certificate.name) === wanted);
  if (remove) {
    const found = at >= 0 ? at : listed.findIndex((certificate) => typeof certificate.name === 'string' && wanted !== '' && comparable(certificate.name).includes(wanted));
    if (found < 0) return { ok: false, error: `No certificate "${text}" on your resume: it lists ${shown}. Say it as the resume shows it, e.g. "remove ${listed[0]?.name ?? 'First Aid'} from my certificates".` };
    return { ok: true, patch: { [String(found)]: null } };
  }
  if (text === '') return { ok: false, error: 'Which certificate should I add? Say e.g. "add AWS Solutions Architect (2024) to my certificates".' };
  if (at >= 0) return { ok: true, patch: {} };
  const read = parseCertificate(text);
  const name = read.name ?? text;
  // "…, renewal 2027-05": the date is the renewal's, so the words stay whole (less an expiry already read).
  const kept = notEarned.test(name) ? { name: withoutExpiry(text) } : { name, ...(read.date ? { date: read.date } : {}) };
  return { ok: true, patch: { [String(listed.length)]: { ...kept, ...(read.expires ? { expires: read.expires } : {}) } } };
}

/** The words as said, less the expiry phrase `parseCertificate` reads into `expires` ("valid to 2028"). */
function withoutExpiry(text: string): string {
  const expiry = credentialExpiry(text);
  if (!expiry) return text;
  return text.replace(expiry.match, ' ').replace(/\(\s*\)/gu, ' ').replace(/\s+/gu, ' ').replace(/[\s,;:–—-]+$/u, '').trim();
}
