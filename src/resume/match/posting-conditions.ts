/**
 * The requirements of a posting that are not skills: a driving licence, a named licence,
 * certificate or registration, a security clearance, a background check, the right to work,
 * the hours (nights, weekends, on-call), the physical demands (lifting), and the languages it
 * asks the person to speak. Read from one sentence at a time, as the posting words them.
 *
 * A credential the person holds or does not (a licence, a clearance, a language) "weighs": left
 * unshown it lowers the score like a missing required skill. The rest are conditions people
 * rarely write on a resume (weekends, the right to work): shown in the match as met or not
 * shown, never held against the score.
 */
import { languagesIn } from '../spoken-languages.ts';

export type ConditionKind =
  | 'driving licence'
  | 'licence'
  | 'clearance'
  | 'background check'
  | 'right to work'
  | 'hours'
  | 'physical'
  | 'language';

export interface PostingCondition {
  kind: ConditionKind;
  /** As the posting put it, trimmed: "Full UK driving licence", "Journeyman electrician license". */
  label: string;
  /** A credential the person holds or not: unshown, it weighs on the score when required. */
  weighs: boolean;
  /** Words that name it on a resume: a licence's own words ("journeyman", "electrician"), the languages, the hours. */
  needs: string[];
  /** Where it starts in the sentence it was read from. */
  offset: number;
  end: number;
}

// Words that qualify a credential without naming it.
const genericWords = new Set(
  'a an the valid current full clean active state relevant appropriate recognised recognized professional uk us eu own your hold holds must be have has with and or of in a an any required essential mandatory level'.split(' '),
);
const credentialNoun = String.raw`(licen[cs]e|licen[cs]es|certificat(?:e|es|ion)|card|registration|ticket|accreditation)(?!\s+(?:payments?|readers?|machines?|terminals?|transactions?|holders?|details))`;

interface Reader {
  kind: ConditionKind;
  pattern: RegExp;
  weighs: boolean | ((sentence: string) => boolean);
  needs?: (match: RegExpExecArray) => string[];
}

// Being asked to obtain something is not holding it.
const toObtain = /\b(?:able|ability|eligible|eligibility|willing|willingness|prepared)\s+to\s+(?:obtain|undergo|gain|get|apply)|\bsubject to\b|\bwe (?:will|'ll) (?:run|carry out|apply)/i;
// Hours and physical demands are conditions only when the sentence asks for them, not when it describes the site.
const asks = /\b(?:availab|willing|able|flexib|must|need|required|essential|work(?:ing)?|rota|rotation|cover|prepared|expected|includes?|turn)\w*/i;

const readers: readonly Reader[] = [
  {
    kind: 'driving licence',
    pattern: /\b(?:(?:full|clean|valid|current)\s+)*(?:(?:UK|US|EU|state)\s+)?(?:driv(?:ing|ers?|er['’]s)\s+licen[cs]e|driver\s+license)(?:\s+\([^)]{1,30}\))?/i,
    weighs: true,
  },
  {
    kind: 'clearance',
    pattern: /\b(?:(?:security|SC|DV|NV1|NV2|secret|top secret|TS\/SCI|public trust|baseline)\s+)+(?:clearance|cleared)\b|\bBPSS\b/i,
    weighs: (sentence) => !toObtain.test(sentence),
    needs: (match) => (/\b(?:DV|top secret|TS\/SCI|NV2)\b/i.exec(match[0]) ? [match[0].replace(/\s*(?:security\s+)?(?:clearance|cleared)$/i, '')] : []),
  },
  { kind: 'background check', pattern: /\b(?:enhanced\s+)?(?:DBS|PVG|CRB)(?:\s+(?:check|certificate|clearance))?\b|\bbackground (?:check|screening)s?\b/i, weighs: false },
  {
    kind: 'right to work',
    pattern: /\bright to work(?: in the [A-Z]{2,3}| in [A-Z][a-z]+)?|\b(?:eligible|authori[sz]ed|entitled|permitted) to work(?: in the [A-Z]{2,3}| in [A-Z][a-z]+)?|\bwork (?:authori[sz]ation|permit)\b|\bvisa sponsorship\b/i,
    weighs: false,
  },
  {
    kind: 'hours',
    pattern: /\b(?:nights?|night shifts?|weekends?|evenings?|early (?:starts?|mornings?)|shift work|rotating shifts?|split shifts?|on[- ]call|overtime|bank holidays?|public holidays?)\b/i,
    weighs: false,
  },
  {
    kind: 'physical',
    pattern: /\b(?:lift(?:ing)?|carry(?:ing)?)\b[^.;]{0,30}?\b\d+\s*(?:kg|kgs|lbs?|pounds|kilos)\b|\b(?:stand(?:ing)?|on your feet) for (?:long|extended) (?:periods|hours)|\bphysically (?:fit|demanding|active)\b|\bmanual handling\b(?!\s+(?:training|certificate))/i,
    weighs: false,
  },
];

/** A named licence, certificate or registration: "Journeyman electrician license", "CSCS card", "NMC registration". */
const namedCredential = new RegExp(String.raw`\b((?:[\p{L}\p{N}+&/'’-]+\s+){1,4}?)${credentialNoun}\b|\blicensed\s+((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)|\b(QTS|Qualified Teacher Status)\b`, 'iu');
/** A word every match of `namedCredential` contains ("licensed" has "licen"). */
const credentialWord = /licen[cs]|certificat|card|registration|ticket|accreditation|QTS|qualified teacher status/iu;
// A credential's words stop at a verb or a joining word before them: "hold a valid journeyman license" names "journeyman".
const credentialStop = /^(?:hold|holds|holding|have|has|having|possess|with|and|or|a|an|the|must|be|valid|current|full|clean|active|state|relevant|appropriate|recognised|recognized|your|own|of|in|to|for|plus|including|e\.g\.|ideally)$/i;

const bilingual = /\bbilingual\b|\b(?:fluent|fluency|speak(?:s|ing|er|ers)?|spoken|proficien\w+|native|conversational|written and spoken)\b/i;

// A word every condition above needs (each reader's pattern, `credentialWord`, `bilingual`):
// most sentences of a posting contain none, and one test then stands for the dozen patterns.
// Unicode case folding ("iu") matches at least what each pattern's own case-insensitive flag does.
const anyConditionWord =
  /licen[cs]|clear|bpss|dbs|pvg|crb|background|to work|work authori|work permit|visa sponsorship|night|weekend|evening|early|shift|on[- ]call|overtime|holiday|lift|carry|for long|for extended|physically|manual handling|certificat|card|registration|ticket|accreditation|qts|qualified teacher status|bilingual|fluen|speak|spoken|proficien|native|conversational/iu;

/**
 * The non-skill requirements one sentence of a posting states. Spans already read as skills
 * (`taken`, e.g. "C+E licence" is HGV Class 1) are skipped.
 *
 * @example
 * conditionsIn('Full UK driving licence and weekend availability', []);
 * // [{ kind: 'driving licence', label: 'Full UK driving licence', weighs: true, … }, { kind: 'hours', label: 'weekend', … }]
 */
export function conditionsIn(sentence: string, taken: readonly (readonly [number, number])[], credentials = true): PostingCondition[] {
  if (!anyConditionWord.test(sentence)) return [];
  const found: PostingCondition[] = [];
  const overlaps = (start: number, end: number) =>
    taken.some(([from, to]) => start < to && from < end) || found.some((condition) => start < condition.end && condition.offset < end);
  for (const reader of readers) {
    const match = reader.pattern.exec(sentence);
    if (!match) continue;
    const [start, end] = [match.index, match.index + match[0].length];
    if (overlaps(start, end)) continue;
    if ((reader.kind === 'hours' || reader.kind === 'physical') && !asks.test(sentence)) continue;
    const weighs = typeof reader.weighs === 'function' ? reader.weighs(sentence) : reader.weighs;
    if (reader.kind === 'hours') {
      // "nights, weekends and bank holidays" is one condition, shown by any of them.
      const all = [...sentence.matchAll(new RegExp(reader.pattern.source, 'gi'))];
      const last = all[all.length - 1] ?? match;
      const words = all.map((each) => each[0].toLowerCase());
      found.push({ kind: 'hours', label: words.join(', ').replace(/, ([^,]+)$/, ' and $1'), weighs, needs: words, offset: start, end: last.index + last[0].length });
      continue;
    }
    found.push({ kind: reader.kind, label: tidy(match[0]), weighs, needs: reader.needs?.(match) ?? [], offset: start, end });
  }
  const credential = credentials ? namedCredentialIn(sentence) : undefined;
  if (credential && !overlaps(credential.offset, credential.end)) found.push(credential);
  // The languages are looked for only in a sentence that asks to speak one (most do not).
  const language = bilingual.exec(sentence);
  const languages = language ? languagesIn(sentence) : [];
  if (language && (languages.length > 0 || /bilingual/i.test(language[0]))) {
    const others = languages.filter((name) => name !== 'English');
    const bilingualOnly = /bilingual/i.test(sentence) && others.length === 0;
    if (others.length > 0 || bilingualOnly) {
      const label = bilingualOnly ? 'bilingual' : others.length > 1 && /\b(?:or|one of|any of|another)\b/i.test(sentence) ? others.join(' or ') : others.join(' and ');
      found.push({ kind: 'language', label, weighs: true, needs: bilingualOnly ? ['bilingual'] : others, offset: language.index, end: language.index + language[0].length });
    }
  }
  return found;
}

function namedCredentialIn(sentence: string): PostingCondition | undefined {
  // The pattern tries up to four words before every word; most sentences name no credential at all.
  if (!credentialWord.test(sentence)) return undefined;
  const match = namedCredential.exec(sentence);
  if (!match) return undefined;
  const [offset, end] = [match.index, match.index + match[0].length];
  const weighs = !toObtain.test(sentence);
  if (match[4]) return { kind: 'licence', label: match[4], weighs, needs: ['QTS|Qualified Teacher Status'], offset, end };
  const raw = (match[1] ?? match[3] ?? '').trim().split(/\s+/);
  // Keep the words nearest the noun, back to the first stop word.
  // "licensed journeyman electrician in Ohio" reads forward; "a valid journeyman license" back from the noun.
  const words: string[] = [];
  for (const word of match[3] ? raw : [...raw].reverse()) {
    if (credentialStop.test(word)) break;
    if (match[3]) words.push(word);
    else words.unshift(word);
  }
  const naming = words.filter((word) => !genericWords.has(word.toLowerCase()));
  if (naming.length === 0) return undefined;
  const label = match[3] ? `licensed ${words.join(' ')}` : `${words.join(' ')} ${match[2] ?? ''}`;
  return { kind: 'licence', label: tidy(label), weighs, needs: naming, offset, end };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
