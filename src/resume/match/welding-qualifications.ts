/**
 * Welding qualifications as postings ask for them: a welder's certificate is one per process
 * (EN ISO 9606-1 with the ISO 4063 process number: 111 MMA, 135 MAG, 136 flux-cored, 141 TIG),
 * so "must hold valid EN ISO 9606-1 135 and 136 certificates" asks for two certificates, "DIN EN
 * ISO 9606-1 (135, 141)" for two, and "EN ISO 9606-1 (135 and/or 136)" for either one. Each is
 * met by a certificate line of the resume that names 9606 and that process number; an expired
 * one is not held (the evidence leaves it out, see `resume-conditions.ts`). Inspection and trade
 * schemes are asked by name ("CSWIP 3.1 Welding Inspector (or IWI-S) required", "Red Seal").
 */

/** A licence condition, in the shape `posting-conditions.ts` reads (kept apart so the two do not import each other). */
export interface WeldingQualification {
  kind: 'licence';
  label: string;
  weighs: boolean;
  /** One regex alternation (it holds a "|"): a credential line it matches shows the qualification. */
  needs: [string];
  offset: number;
  end: number;
}

// ISO 4063 process numbers welders are qualified in.
const processNumbers = new Set(['111', '114', '121', '125', '131', '132', '133', '135', '136', '138', '141', '142', '143', '145', '15', '151', '152', '311', '312']);
const processNames: Record<string, string> = { '111': 'MMA', '114': 'self-shielded flux-cored', '121': 'submerged arc', '131': 'MIG', '135': 'MAG', '136': 'flux-cored', '138': 'metal-cored', '141': 'TIG', '311': 'gas' };

const standard = String.raw`(?:(?:DIN\s+|BS\s+|NS\s+|PN-)?(?:EN\s+)?ISO\s*9606(?:-1)?|EN\s*9606(?:-1)?)`;
const separator = String.raw`\s*(?:,|/|\+|&|\band\/or\b|\band\b|\bor\b|\bund\b|\boder\b|\bbzw\.?|\bog\b|\beller\b|\ben\b|\bof\b|\bet\b|\bou\b|\bi\b|\blub\b)\s*`;
const processList = String.raw`(\d{2,3})(?:\s*\([A-Za-z/ -]{2,20}\))?((?:${separator}\d{2,3}(?:\s*\([A-Za-z/ -]{2,20}\))?)*)`;
// "EN ISO 9606-1 135 and 136", "DIN EN ISO 9606-1 (135, 141)", "ISO 9606-1 certificates for 135/136", "EN ISO 9606-1: 141".
const standardThenProcesses = new RegExp(
  String.raw`${standard}\s*[:(]?\s*(?:(?:certificates?|certification|qualifications?|tickets?|for|in|processes|process|welding|Prüfung(?:en)?|prüfung)\s+){0,3}\(?\s*${processList}\s*\)?`,
  'iu',
);
// "135 and 136 certificates to EN ISO 9606-1", "141/111 coded to ISO 9606".
const processesThenStandard = new RegExp(String.raw`(?<![\d.])${processList}\s+(?:[\p{L}-]+\s+){0,3}?(?:to|per|under|according to|nach|acc\.? to)?\s*${standard}`, 'iu');
const alternativeWords = /\bor\b|\band\/or\b|\boder\b|\bbzw\b|\beller\b|\bof\b|\bou\b|\blub\b|\//i;
// Being asked to obtain something is not holding it.
const toObtain = /\b(?:willing(?:ness)? to (?:obtain|get|gain|acquire|undertake|complete)|able to obtain|(?:we|employer) (?:will )?(?:provide|support|fund|pay for)|training (?:will be|is) provided|to be obtained)\b/i;

/**
 * The welder's certificates a sentence asks for, one per process (or one with alternatives).
 *
 * @example
 * weldingQualificationsIn('Must hold valid EN ISO 9606-1 135 and 136 certificates').map((each) => each.label);
 * // ['EN ISO 9606-1 135 (MAG)', 'EN ISO 9606-1 136 (flux-cored)']
 * weldingQualificationsIn('Certificate EN ISO 9606-1 (135 and/or 136)').map((each) => each.label);
 * // ['EN ISO 9606-1 135 (MAG) or 136 (flux-cored)']
 */
export function weldingQualificationsIn(sentence: string): WeldingQualification[] {
  if (!/9606/.test(sentence) && !schemeWord.test(sentence)) return [];
  const weighs = !toObtain.test(sentence);
  const found: WeldingQualification[] = [];
  const match = standardThenProcesses.exec(sentence) ?? processesThenStandard.exec(sentence);
  if (match) {
    const listed = `${match[1] ?? ''}${match[2] ?? ''}`;
    const numbers = [...new Set(listed.match(/\d{2,3}/g) ?? [])].filter((number) => processNumbers.has(number));
    const [offset, end] = [match.index, match.index + match[0].length];
    // "certificates" after the list belongs to it: nothing else reads it as a licence of its own.
    const noun = /^\s*(?:certificates?|certification|qualifications?|tickets?|coded)\b/i.exec(sentence.slice(end));
    const until = end + (noun?.[0].length ?? 0);
    if (numbers.length > 0 && alternativeWords.test(match[2] ?? '')) {
      found.push({ kind: 'licence', label: `EN ISO 9606-1 ${numbers.map(named).join(' or ')}`, weighs, needs: [numbers.map(certificateFor).join('|')], offset, end: until });
    } else {
      for (const number of numbers) found.push({ kind: 'licence', label: `EN ISO 9606-1 ${named(number)}`, weighs, needs: [certificateFor(number)], offset, end: until });
    }
  }
  found.push(...schemesIn(sentence, weighs).filter((scheme) => !found.some((each) => scheme.offset < each.end && each.offset < scheme.end)));
  return found;
}

function named(number: string): string {
  const name = processNames[number];
  return name ? `${number} (${name})` : number;
}

// A certificate line naming the standard and the process, in either order.
function certificateFor(number: string): string {
  return String.raw`(?:ISO\s*)?9606(?:-\d)?[^\n]*?(?<!\d)${number}(?!\d)|(?<!\d)${number}(?!\d)[^\n]*?9606`;
}

// Inspection and trade schemes asked by name, with the levels that include the one asked.
const schemes: readonly { pattern: RegExp; label: (match: RegExpExecArray) => string; shownBy: (match: RegExpExecArray) => string }[] = [
  {
    // CSWIP 3.0 visual welding inspector, 3.1 welding inspector, 3.2 senior welding inspector: a higher level holds the lower.
    pattern: /\bCSWIP\s*(3\.[0-2])\b/i,
    label: (match) => `CSWIP ${match[1] ?? ''}`,
    shownBy: (match) => String.raw`CSWIP\s*(?:${['3.0', '3.1', '3.2'].filter((level) => level >= (match[1] ?? '3.0')).map((level) => level.replace('.', '\\.')).join('|')})`,
  },
  // IWI-B basic, IWI-S standard, IWI-C comprehensive: a higher level holds the lower.
  { pattern: /\bIWI[- ]([BSC])\b/, label: (match) => `IWI-${match[1] ?? ''}`, shownBy: (match) => String.raw`IWI[- ](?:${'BSC'.slice('BSC'.indexOf(match[1] ?? 'B')).split('').join('|')})` },
  { pattern: /\b(?:AWS\s+)?CWI\b/, label: () => 'AWS CWI', shownBy: () => String.raw`CWI|SCWI|Certified Welding Inspector` },
  { pattern: /\bRed[- ]Seal\b/i, label: () => 'Red Seal', shownBy: () => String.raw`Red[- ]Seal|Interprovincial` },
];
const schemeWord = /\bCSWIP\b|\bIWI[- ][SCB]\b|\bCWI\b|\bRed[- ]Seal\b/i;

// "CSWIP 3.1 (or IWI-S)", "Red Seal or Alberta journeyperson ticket": schemes joined by "or" are one requirement.
function schemesIn(sentence: string, weighs: boolean): WeldingQualification[] {
  const found: (WeldingQualification & { from: number })[] = [];
  for (const scheme of schemes) {
    const match = scheme.pattern.exec(sentence);
    if (!match) continue;
    // "Red Seal Welder certification", "CSWIP 3.1 Welding Inspector": the scheme's own words after it belong to its name.
    const tail = /^(?:\s+(?:Welding\s+Inspector|Welder|Pipefitter|Steamfitter|Electrician|Plumber|Inspector|Endorsement|Trade))?(?:\s+(?:certification|certificate|ticket|qualification|card))?/i.exec(sentence.slice(match.index + match[0].length))?.[0] ?? '';
    const label = `${scheme.label(match)}${tail}`.replace(/\s+/g, ' ');
    found.push({ kind: 'licence', label, weighs, needs: [scheme.shownBy(match)], offset: match.index, end: match.index + match[0].length + tail.length, from: match.index });
  }
  found.sort((a, b) => a.from - b.from);
  const joined: WeldingQualification[] = [];
  for (const { from: _from, ...each } of found) {
    const previous = joined[joined.length - 1];
    if (previous && /^\s*[(,]?\s*(?:or|oder|\/)\s*$/i.test(sentence.slice(previous.end, each.offset))) {
      joined[joined.length - 1] = { ...previous, label: `${previous.label} or ${each.label}`, needs: [`${previous.needs[0]}|${each.needs[0]}`], end: each.end };
    } else joined.push(each);
  }
  return joined;
}
