import { isHeldCredential } from '../resume/credential-status.ts';

/**
 * Whether a certificate the resume lists is held, not only worked toward: "CHRP candidate
 * (HRPA)", "ACCA (in progress)", "PMP – expected 2027", "CNO registration" with "application in
 * progress" as its issuer are not said as held ("I hold the CHRP candidate certification").
 *
 * @example
 * isHeldCertificate('CHRP candidate (HRPA)'); // false
 * isHeldCertificate({ name: 'CNO registration', issuer: 'application in progress' }); // false
 * isHeldCertificate('PRINCE2 Foundation'); // true
 */
export function isHeldCertificate(certificate: string | { name?: string | undefined; issuer?: string | undefined; expires?: unknown }): boolean {
  // "ACCA part-qualified" is no certification a letter says is held, though a posting may accept it.
  const text = typeof certificate === 'string' ? certificate : [certificate.name, certificate.issuer].filter(Boolean).join(' — ');
  if (/\bpart[- ]qualified\b/i.test(text)) return false;
  // One that ran out ("valid to 11/2026", an `expires` before today) is no longer held either.
  return isHeldCredential(typeof certificate === 'string' ? { name: certificate } : certificate);
}
