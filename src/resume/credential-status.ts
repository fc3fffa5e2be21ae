/**
 * A credential listed with a status word is not held: "CNO registration – application in
 * progress", "Electrical licence (pending)", "QTS expected 2027", "eligible for AHPRA
 * registration", "Approbation beantragt". The fit never counts it as met, and no letter or
 * interview pack says the person holds it. One reader, shared by the resume reader, the match,
 * the writers and the grounding check.
 */

// Words that say a credential is worked toward, applied for or awaited, or no longer held: not held now. "ACCA part-qualified" is
// not one: a posting may accept it ("AAT or ACCA/CIMA part-qualified"), and the match reads it (`heldInPart`). "Revalidation due
// 03/2028" and "renewal due" speak of a held registration's next date, so "due" alone is not one;
// "Applied Behaviour Analysis" names a subject, so "applied" counts only when nothing follows it or
// "for", a date or a bracket does.
// Words that say a credential was held and is no longer: "HGV licence (expired 2023)", "lapsed", "suspended". ("Expires
// 03/2028" and "expiry date" give a held one's next date.)
const lapsedPattern = /expired|lapsed|revoked|suspended|no\s+longer\s+(?:valid|held|current|registered|active)|abgelaufen/;

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
 * The status words a credential's line gives, as written, or undefined when it gives none.
 *
 * @example
 * credentialStatus('CNO registration – application in progress'); // 'application in progress'
 * credentialStatus('NMC Registered Nurse (Adult), revalidation due 03/2028'); // undefined
 */
export function credentialStatus(text: string): string | undefined {
  return statusWords.exec(text)?.[0];
}

/**
 * Whether a credential the resume lists is held: neither its name nor what follows it (the
 * issuer field, where a reader or a person put "pending") gives a status word.
 *
 * @example
 * isHeldCredential({ name: 'CNO registration', issuer: 'application in progress' }); // false
 * isHeldCredential({ name: 'PRINCE2 Foundation', issuer: 'Axelos' }); // true
 */
export function isHeldCredential(certificate: { name?: string | undefined; issuer?: string | undefined }): boolean {
  return credentialStatus([certificate.name, certificate.issuer].filter(Boolean).join(' — ')) === undefined;
}

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
export function isPendingCredentialLine(line: string): boolean {
  return credentialWords.test(line) && credentialStatus(line) !== undefined;
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
export function withoutPendingCredentials(text: string, certificates: readonly { name?: string | undefined; issuer?: string | undefined }[]): string {
  const pendingNames = certificates
    .filter((certificate) => !isHeldCredential(certificate))
    .map((certificate) => certificate.name?.trim().toLowerCase())
    .filter((name): name is string => Boolean(name) && (name?.length ?? 0) >= 3);
  return text
    .split('\n')
    .filter((line) => !isPendingCredentialLine(line) && !pendingNames.some((name) => line.trim().toLowerCase() === name))
    .join('\n');
}
