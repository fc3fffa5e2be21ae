/**
 * How a letter says a licence or a registration the person holds: as one ("I am registered
 * with the HCPC as a paramedic", "I hold a current CDL Class A"), never as a certification ("the
 * HCPC Registered Paramedic certification"), a skill worked with, or with its number: a PIN or
 * a licence number is for the employer's check, never a letter's body.
 */
import { credentialHeldIn } from '../resume/match/known-credentials.ts';

// "PIN 18X…", "registration no. PA12345", "Reg. No: 2087341", "licence number D123-…", "(#448812)", "ID 5521", "No. 77-A".
const identifier =
  /\s*(?:[,;–—-]\s*|\(\s*)?(?<![\p{L}\p{N}])(?:(?:NMC\s+|HCPC\s+|GMC\s+)?PIN|reg(?:istration)?\.?\s*(?:no\.?|number|#)|licen[cs]e\s*(?:no\.?|number|#)|cert(?:ificate)?\.?\s*(?:no\.?|number|#)|no\.|number|#|ID)\s*[:.]?\s*#?(?=[A-Z/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}\s*\)?/giu;
// "revalidation due 03/2028", "renewed 2025", "expires 2027": a held credential's next date, not part of its name.
const dateNote = /\s*(?:[,;–—-]\s*|\(\s*)(?:revalidation|renewal|renewed|expires|expiry|valid\s+(?:to|until)|next\s+due)\b[^,;()]*\)?/gi;

/**
 * A credential's name without its number or its next date.
 *
 * @example
 * withoutIdentifier('HCPC Registered Paramedic, registration no. PA123456'); // 'HCPC Registered Paramedic'
 */
export function withoutIdentifier(name: string): string {
  return name
    .replace(identifier, '')
    .replace(dateNote, '')
    .replace(/\(\s*\)/g, '')
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
}

/** A registration read from its name: the regulator and what the person is registered as. */
export interface Registration {
  /** "the HCPC", "the Nursing and Midwifery Council"; none for a bare "Registered Nurse". */
  body?: string;
  /** "an adult nurse", "a paramedic"; none for "CNO registration". */
  as?: string;
  /** "Gas Safe" in "Gas Safe registered": a scheme said before "registered". */
  scheme?: string;
}

const bodyName = String.raw`(?:(?:[A-Z][a-z]+\s+(?:and\s+)?)*(?:Council|College|Board|Registry|Register|Authority|Agency|Association|Institute)(?:\s+(?:of|for|and|in)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)*|[A-Z][A-Za-z]{1,9})`;
const profession = String.raw`([A-Za-z][A-Za-z ]*?)`;
const part = String.raw`(?:\s*(?:[–—-]\s*|\(\s*)([A-Za-z][A-Za-z ]*?)\s*\)?)?`;

/**
 * The registration a credential's name states, or undefined when it names none.
 *
 * @example
 * registrationOf('NMC Registered Nurse (Adult)'); // { body: 'the NMC', as: 'an adult nurse' }
 * registrationOf('Registered Nurse – Adult, NMC'); // { body: 'the NMC', as: 'an adult nurse' }
 * registrationOf('CNO registration'); // { body: 'the CNO' }
 */
export function registrationOf(written: string): Registration | undefined {
  const name = withoutIdentifier(written);
  const before = new RegExp(String.raw`^(?:the\s+)?(${bodyName})\s*(?:\(([A-Z][A-Za-z]{1,7})\))?\s+[Rr]egistered\s+${profession}${part}$`, 'u').exec(name);
  if (before?.[1] && before[3]) return { body: theBody(before[2] ?? before[1]), as: asWhat(before[3], before[4]) };
  const after = new RegExp(String.raw`^[Rr]egistered\s+${profession}${part}(?:\s*(?:,|with(?:\s+the)?|\(|[–—-])\s*(${bodyName})\)?)?$`, 'u').exec(name);
  if (after?.[1] && !/\bregistration\b/i.test(after[1])) return after[3] ? { body: theBody(after[3]), as: asWhat(after[1], after[2]) } : { as: asWhat(`registered ${after[1]}`, after[2]) };
  const registration = new RegExp(String.raw`^(?:the\s+)?(?:(${bodyName})\s+)?registration(?:\s+(?:with|by)\s+(?:the\s+)?(${bodyName}))?(?:\s*\(([A-Z]{2,8})\))?$`, 'iu').exec(name);
  const body = registration?.[3] ?? registration?.[2] ?? registration?.[1];
  if (registration && body && /^[A-Z]/.test(body) && (/^[A-Z][A-Za-z]{1,9}$/.test(body) ? /[A-Z].*[A-Z]/.test(body) : true)) return { body: theBody(body) };
  const scheme = /^([A-Z][\p{L} ]{1,30}?)\s+registered$/u.exec(name);
  if (scheme?.[1]) return { scheme: scheme[1] };
  return undefined;
}

function theBody(body: string): string {
  return `the ${body.trim()}`;
}

// "Nurse" and "Adult" → "an adult nurse"; "Paramedic" → "a paramedic"; "Nurse (RN)" keeps no letters.
function asWhat(professionWords: string, partWords: string | undefined): string {
  const kind = partWords && !/^(?:[A-Z]{2,4}|RN|RGN)$/.test(partWords.trim()) ? `${partWords.trim().toLowerCase()} ` : '';
  const noun = `${kind}${professionWords.trim().toLowerCase()}`;
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * Whether a credential's name is a licence (a driving category, a trade or practice licence, a
 * permit), said as "a current …".
 *
 * @example
 * isLicence('CDL Class A'); // true
 */
export function isLicence(name: string): boolean {
  return /\blicen[cs]e\b|\bCDL\b|\bpermit\b|\bpractising certificate\b|\bcategor(?:y|ies)\s+[A-Z]/i.test(name);
}

/**
 * Whether a skill read from a posting names a credential, held or not: "RN License", "AHPRA
 * registration (or eligible)", "Gas Safe registered", "PGCE", "CSCS card". A letter says none as
 * worked with or as something to learn, and a prep pack probes none as a skill.
 *
 * @example
 * namesACredential('NMC Registration'); // true
 */
export function namesACredential(skill: string): boolean {
  return /licen[cs]|registration|registered|certif|permit|\bcard\b|ticket|clearance|chartered|accredit/i.test(skill) || credentialHeldIn(skill, [skill]);
}
