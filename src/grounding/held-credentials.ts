/**
 * A sentence claiming the person holds a credential ("I hold the CNO registration", "I've
 * earned the PMP certification", "I am registered with the GPhC") is backed only by a
 * credential the resume lists without a status word. One the resume lists as "application in
 * progress", "pending" or "expected 2027", or not at all, is a false claim of a licence: the
 * sentence goes, and the change says why.
 */
import { credentialLine, credentialStatus, isHeldCredential, isPendingCredentialLine } from '../resume/credential-status.ts';
import type { JsonResume } from '../protocol/json-resume.ts';

/** The resume's credential lines: held, and listed with a status word. */
export interface ResumeCredentials {
  held: readonly string[];
  pending: readonly string[];
}

const credentialWords = /licen[cs]|certif|registered|registration|permit|\bcard\b|ticket|clearance|chartered|accredit|\bQTS\b|\bPIN\b/i;

/**
 * The credential lines of a resume: its certificates and the lines of its text that name a
 * licence, registration or certificate, parted by whether a status word goes with them.
 */
export function resumeCredentials(resume: JsonResume, rawText: string): ResumeCredentials {
  const line = (certificate: { name?: string | undefined; issuer?: string | undefined; expires?: unknown }) => credentialLine(certificate);
  const certificates = resume.certificates ?? [];
  const textLines = rawText.split('\n').filter((text) => credentialWords.test(text));
  return {
    held: [...certificates.filter((certificate) => isHeldCredential(certificate)).map(line), ...textLines.filter((text) => !isPendingCredentialLine(text))],
    pending: [...certificates.filter((certificate) => !isHeldCredential(certificate)).map(line), ...textLines.filter((text) => isPendingCredentialLine(text))],
  };
}

// "I hold", "I already hold", "I have earned", "I've got", "I'm proudly", "I am registered with", "I am licensed".
const holdingClaim =
  /\bI(?:\s+am|['’]m|\s+have|['’]ve)?\s+(?:(?:already|also|proudly|fully|now|currently)\s+)*(?:hold|held|earned|obtained|got|gained|achieved|secured|(?:a\s+|an\s+)?(?:registered|licen[cs]ed|certified|chartered|qualified)\b)([^.!?]*)/iu;
// A credential named in the claim: by its letters ("CNO", "PMP", "QTS") or as a licence, registration, certificate.
// Letters in mixed case count too: "GPhC", "OCPharm", "MRCPsych".
const acronym = /\b(?=[A-Za-z0-9]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z0-9]{1,9}(?:-[A-Z0-9]{1,4})?\b/g;
const genericWords = /^(?:certificate|certification|certified|licence|license|licensed|registration|registered|permit|card|ticket|the|and|with|from|also|both|full|valid|active|current|holder|member|membership)$/i;

/** One credential a sentence claims the person holds but the resume does not back, and why. */
export interface UnheldCredential {
  credential: string;
  reason: string;
}

/**
 * The credentials a sentence says the person holds that the resume lists only with a status
 * word, or not at all.
 *
 * @example
 * unheldCredentials('I hold the BLS certificate and the CNO registration.', { held: ['BLS'], pending: ['CNO registration — application in progress'] });
 * // [{ credential: 'CNO', reason: 'the resume lists "CNO registration — application in progress": in progress, not held' }]
 */
export function unheldCredentials(sentence: string, credentials: ResumeCredentials): UnheldCredential[] {
  const claim = holdingClaim.exec(sentence);
  if (!claim) return [];
  const object = claim[1] ?? '';
  const registeredWith = /registered|licen[cs]ed|certified|chartered|qualified/i.test(claim[0].slice(0, claim[0].length - object.length));
  if (!registeredWith && !credentialWords.test(object)) return [];
  const found: UnheldCredential[] = [];
  const names = [...new Set(object.match(acronym) ?? [])].filter((name) => name !== 'I');
  const shows = (lines: readonly string[], name: string) => lines.find((line) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(line));
  for (const name of names) {
    if (shows(credentials.held, name)) continue;
    const pending = shows(credentials.pending, name);
    // Letters the resume never names count only when the sentence makes them a credential ("the CNO registration", "registered with the GPhC"): "in the ICU" is a place.
    const namedAsCredential = new RegExp(`\\b${name}\\s+(?:registration|licen[cs]e|certification|certificate|permit|card|membership)\\b|\\b(?:registered|licen[cs]ed|certified|chartered)\\s+(?:with|by)\\s+(?:the\\s+)?${name}\\b`).test(object) || (registeredWith && new RegExp(`^\\s*(?:with|by)\\s+(?:the\\s+)?${name}\\b`).test(object));
    if (!pending && !namedAsCredential) continue;
    found.push({ credential: name, reason: pending ? `the resume lists "${pending}": ${credentialStatus(pending) ?? 'in progress'}, not held` : `the resume does not show ${name} held` });
  }
  // "the Journeyman Electrician Licence": a credential named in words, each of its own words on one held line.
  if (names.length === 0 && credentialWords.test(object)) {
    const words = object.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && !genericWords.test(word));
    const covers = (line: string) => words.every((word) => line.toLowerCase().includes(word.slice(0, 5)));
    if (words.length > 0 && !credentials.held.some(covers)) {
      const pending = credentials.pending.find(covers);
      if (pending) found.push({ credential: object.trim(), reason: `the resume lists "${pending}": ${credentialStatus(pending) ?? 'in progress'}, not held` });
    }
  }
  return found;
}
