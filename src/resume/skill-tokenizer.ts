/**
 * Finds the vocabulary's skills in free text, whole tokens only: `Java` is not found in
 * `JavaScript`, `Go` is not found in "good" or "Google", and the longest phrase wins
 * ("Spring Boot" over "Spring", "React Native" over "React").
 *
 * Ambiguous skills (flagged in data/skills.json: Go, R, C, Swift, Excel, REST, …, and
 * aliases such as "node", "spark", "ml" listed as `ordinaryWordAliases`) are also ordinary
 * words, units or letters, so they count only with context. The rule, in order:
 * 1. In a declared skills context (a resume's Skills section, a posting's tags), a list item
 *    ("Go", "go", "R" between commas, bullets, "and"/"or") counts in any case, also with
 *    qualifiers after it ("Epic EHR super-user", "Excel (advanced)").
 * 2. Elsewhere the word must be written exactly as the canonical name or the alias's own
 *    spelling ("Go", not "go" or "GO"; "REST", not "rest"; "ML", not "ml"), and one of: it is a list item next to another recognised skill in the same
 *    sentence ("Python, Go and Rust", or in any case right beside an unambiguous one: "node, react"); or a role noun follows it ("Go developer",
 *    "R programming", "C code", "Epic EHR"); or, when it does not open the sentence, a lead-in word
 *    precedes it ("in Go", "with C", "using R", "and Swift"); or it is a line or bullet
 *    of its own ("- Go" in a requirements list).
 * 3. A part of a hyphenated word never counts ("Go-to-market", "C-suite"); a part of a
 *    slash pair may ("C/C++") by rules 1–2.
 * Unambiguous aliases of an ambiguous skill ("golang", "c99") always count.
 */
import { loadSkillVocabulary, phraseKey, type SkillDefinition, type SkillVocabulary } from './skill-vocabulary.ts';
import { tokenizeSkillText, type SkillToken } from './skill-tokens.ts';

export { tokenizeSkillText, type SkillToken } from './skill-tokens.ts';

export interface SkillMention {
  skill: SkillDefinition;
  /** The text as written, e.g. "k8s". */
  text: string;
  start: number;
  end: number;
}

export interface FindSkillsOptions {
  /** The text is a list of skills (a Skills section, posting tags): rule 1 applies. */
  skillsContext?: boolean;
}

// The same in the other languages postings and resumes here are written in: "SQL y Python", "Jira et Confluence", "React und Jest".
const connectors = new Set(['and', 'or', '&', 'plus', 'and/or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'en']);
const leadIns = new Set([
  'in', 'with', 'using', 'use', 'uses', 'used', 'write', 'writes', 'writing', 'wrote', 'written',
  'of', 'and', 'or', 'like', 'including', 'via', 'plus', 'learn', 'learning', 'to', 'from', 'on',
  'into', 'knowledge', 'proficient', 'proficiency', 'fluent', 'familiar', 'e.g', 'i.e', 'especially',
  // A level of skill before the name: "Advanced Excel and SQL", "strong R", "expert Swift".
  'advanced', 'expert', 'strong', 'solid', 'excellent', 'intermediate',
  // The same lead-ins in German, French, Spanish, Portuguese and Italian: "Unit Tests mit Jest",
  // "expérience avec Jira", "conocimientos de SQL", "experiência com Go", "esperienza con Swift".
  'mit', 'von', 'für', 'wie', 'avec', 'de', 'du', 'en', 'sur', 'comme', 'maîtrise', 'con', 'como', 'com', 'em', 'di', 'da', 'del',
  'kenntnisse', 'erfahrung', 'connaissance', 'connaissances', 'conocimientos', 'experiencia', 'experiência', 'conhecimento', 'conhecimentos', 'esperienza',
]);
const roleNouns = new Set([
  'developer', 'developers', 'engineer', 'engineers', 'programming', 'programmer', 'programmers',
  'language', 'code', 'codebase', 'service', 'services', 'microservices', 'backend', 'app', 'apps',
  'application', 'applications', 'sdk', 'api', 'apis', 'library', 'libraries', 'framework', 'stack',
  'module', 'modules', 'script', 'scripts', 'projects', 'development', 'runtime', 'compiler',
  'toolchain', 'expertise', 'experience', 'skills', 'spreadsheets', 'models', 'dashboards',
  'endpoint', 'endpoints', 'integration', 'integrations', 'ehr', 'emr', 'certified', 'certification',
]);
// Words that qualify a skill inside a skills list's item: "Epic EHR super-user", "Excel advanced".
const qualifierWords = new Set([
  ...roleNouns,
  'basic', 'basics', 'intermediate', 'advanced', 'expert', 'proficient', 'fluent', 'working', 'super-user',
  'superuser', 'super-users', 'power-user', 'user', 'admin', 'administrator', 'scripting', 'reporting', 'awareness',
]);

interface Candidate {
  skill: SkillDefinition;
  first: number;
  last: number;
  /** Set for a part of a split compound token: the part's text and how it was split. */
  part?: { text: string; start: number; end: number; splitBy: '/' | '-' };
}

/**
 * Finds skill mentions in text, in order of appearance.
 *
 * @example
 * findSkills('Built services in Go and Node.js on k8s', loadSkillVocabulary()).map((m) => m.skill.name);
 * // ['Go', 'Node.js', 'Kubernetes']
 */
export function findSkills(text: string, vocabulary: SkillVocabulary, options: FindSkillsOptions = {}): SkillMention[] {
  return findSkillsInTokens(text, tokenizeSkillText(text), vocabulary, options);
}

/**
 * `findSkills` for text already split by `tokenizeSkillText`, so a caller that also needs
 * the tokens (the keyword count) splits the text once.
 *
 * @example
 * findSkillsInTokens(text, tokenizeSkillText(text), vocabulary);
 */
export function findSkillsInTokens(
  text: string,
  tokens: readonly SkillToken[],
  vocabulary: SkillVocabulary,
  options: FindSkillsOptions = {},
): SkillMention[] {
  const candidates = collectCandidates(text, tokens, vocabulary);
  const sentenceOf = sentenceIndexes(tokens);
  const sentencesWithSkills = new Set<number>();
  const plainSkillEnds = new Set<number>();
  for (const candidate of candidates) {
    if (isAmbiguous(candidate, tokens, vocabulary)) continue;
    sentencesWithSkills.add(sentenceOf[candidate.first] ?? 0);
    plainSkillEnds.add(candidate.first).add(candidate.last);
  }
  const mentions: SkillMention[] = [];
  for (const candidate of candidates) {
    const accepted =
      !isAmbiguous(candidate, tokens, vocabulary) ||
      acceptAmbiguous(candidate, tokens, vocabulary, sentencesWithSkills.has(sentenceOf[candidate.first] ?? 0), plainSkillEnds, options);
    if (!accepted) continue;
    const firstToken = tokens[candidate.first];
    const lastToken = tokens[candidate.last];
    if (!firstToken || !lastToken) continue;
    if (candidate.part) {
      const { text: partText, start, end } = candidate.part;
      mentions.push({ skill: candidate.skill, text: partText, start, end });
    } else {
      mentions.push({
        skill: candidate.skill,
        text: text.slice(firstToken.start, lastToken.end),
        start: firstToken.start,
        end: lastToken.end,
      });
    }
  }
  return mentions;
}

/**
 * The distinct canonical skill names in text, in order of first appearance.
 *
 * @example
 * findSkillNames('postgres, Postgres and PostgreSQL', loadSkillVocabulary()); // ['PostgreSQL']
 */
export function findSkillNames(text: string, vocabulary: SkillVocabulary, options: FindSkillsOptions = {}): string[] {
  return [...new Set(findSkills(text, vocabulary, options).map((mention) => mention.skill.name))];
}

/**
 * Whether text mentions a skill named in any spelling: a vocabulary skill by the rules above,
 * any other name as the same words, whole and in any case.
 *
 * @example
 * mentionsSkill('Built APIs on node.js and Postgres', 'PostgreSQL', loadSkillVocabulary()); // true
 */
export function mentionsSkill(text: string, skill: string, vocabulary: SkillVocabulary = loadSkillVocabulary()): boolean {
  const key = phraseKey(skill);
  const known = vocabulary.lookup.get(key);
  if (known) return findSkills(text, vocabulary).some((mention) => mention.skill === known);
  if (key === '') return false;
  const words = key.split(' ');
  const tokens = tokenizeSkillText(text);
  return tokens.some((_, index) => !crossesBreak(tokens, index, words.length) && joinLower(tokens, index, words.length) === key);
}

function collectCandidates(text: string, tokens: readonly SkillToken[], vocabulary: SkillVocabulary): Candidate[] {
  const candidates: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    const longest = vocabulary.longestPhraseFrom.get(token.lower) ?? 0;
    let matched = 0;
    for (let length = Math.min(longest, tokens.length - index); length >= 1; length--) {
      if (length > 1 && crossesBreak(tokens, index, length)) continue;
      const key = length === 1 ? token.lower : joinLower(tokens, index, length);
      const skill = vocabulary.lookup.get(key);
      if (skill) {
        candidates.push({ skill, first: index, last: index + length - 1 });
        matched = length;
        break;
      }
    }
    if (matched === 0 && (token.lower.includes('/') || token.lower.includes('-'))) {
      const parts = compoundParts(text, token, index, tokens, vocabulary);
      candidates.push(...parts);
      matched = 1 + Math.max(0, ...parts.map((part) => part.last - index));
    }
    index += Math.max(matched, 1);
  }
  return candidates;
}

// "Python/Django", "Java-based", "Java/Spring Boot": look the parts up one by one; the last
// part of a slash pair may start a phrase that runs on into the following tokens (a hyphenated
// word's may not: "super-user experience" is not "user experience").
function compoundParts(
  text: string,
  token: SkillToken,
  index: number,
  tokens: readonly SkillToken[],
  vocabulary: SkillVocabulary,
): Candidate[] {
  const parts: Candidate[] = [];
  const splitBy = token.text.includes('/') ? '/' : '-';
  const pieces = [...token.text.matchAll(/[^/-]+/g)];
  for (const [position, match] of pieces.entries()) {
    const start = token.start + match.index;
    const key = phraseKey(match[0]);
    let last = index;
    let skill: SkillDefinition | undefined;
    if (position === pieces.length - 1 && splitBy === '/') {
      const longest = vocabulary.longestPhraseFrom.get(key) ?? 0;
      for (let extra = Math.min(longest - 1, tokens.length - index - 1); extra >= 1 && !skill; extra--) {
        if (crossesBreak(tokens, index, extra + 1)) continue;
        skill = vocabulary.lookup.get(`${key} ${joinLower(tokens, index + 1, extra)}`);
        if (skill) last = index + extra;
      }
    }
    skill ??= vocabulary.lookup.get(key);
    if (!skill) continue;
    const end = last === index ? start + match[0].length : (tokens[last]?.end ?? start);
    parts.push({ skill, first: index, last, part: { text: text.slice(start, end), start, end, splitBy } });
  }
  return parts;
}

function isAmbiguous(candidate: Candidate, tokens: readonly SkillToken[], vocabulary: SkillVocabulary): boolean {
  if (candidate.first !== candidate.last) return false;
  const written = candidate.part?.text ?? tokens[candidate.first]?.text ?? '';
  return vocabulary.ambiguousKeys.has(written.toLowerCase());
}

function acceptAmbiguous(
  candidate: Candidate,
  tokens: readonly SkillToken[],
  vocabulary: SkillVocabulary,
  sentenceHasOtherSkill: boolean,
  plainSkillEnds: ReadonlySet<number>,
  options: FindSkillsOptions,
): boolean {
  if (candidate.part?.splitBy === '-') return false;
  const token = tokens[candidate.first];
  if (!token) return false;
  const written = candidate.part?.text ?? token.text;
  const exactCase = written === (vocabulary.evidenceSpelling.get(written.toLowerCase()) ?? candidate.skill.name);
  const previous = tokens[candidate.first - 1];
  const next = tokens[candidate.first + 1];
  const listItem =
    candidate.part !== undefined ||
    ((token.breakBefore || connectors.has(previous?.lower ?? '')) &&
      (!next || next.breakBefore || connectors.has(next.lower)));
  if (options.skillsContext && (listItem || qualifiedListItem(tokens, candidate.first))) return true;
  // "node, react and postgres": a list item right beside an unambiguous skill is one in any case.
  if (listItem && !candidate.part && besideUnambiguousSkill(tokens, candidate.first, plainSkillEnds)) return true;
  if (!exactCase) return false;
  if (listItem && sentenceHasOtherSkill) return true;
  // A line or bullet that is the skill and nothing else ("- Go" under Requirements).
  if (token.breakBefore && (!next || next.breakBefore)) return true;
  const followedByRole = next !== undefined && !next.breakBefore && roleNouns.has(next.lower);
  if (followedByRole) return true;
  const ledIn = !token.breakBefore && leadIns.has(previous?.lower ?? '');
  return !token.sentenceBefore && ledIn;
}

function besideUnambiguousSkill(tokens: readonly SkillToken[], index: number, plainSkillEnds: ReadonlySet<number>): boolean {
  const before = connectors.has(tokens[index - 1]?.lower ?? '') ? index - 2 : index - 1;
  const after = connectors.has(tokens[index + 1]?.lower ?? '') ? index + 2 : index + 1;
  return plainSkillEnds.has(before) || plainSkillEnds.has(after);
}

// A skills list's item that opens with the skill and goes on only in qualifiers: "Epic EHR super-user".
function qualifiedListItem(tokens: readonly SkillToken[], index: number): boolean {
  const token = tokens[index];
  if (!token?.breakBefore && !connectors.has(tokens[index - 1]?.lower ?? '')) return false;
  let next = index + 1;
  for (; next < tokens.length && !tokens[next]?.breakBefore; next++) {
    if (!qualifierWords.has(tokens[next]?.lower ?? '')) return false;
  }
  return true;
}

function crossesBreak(tokens: readonly SkillToken[], index: number, length: number): boolean {
  for (let offset = 1; offset < length; offset++) {
    if (tokens[index + offset]?.breakBefore) return true;
  }
  return false;
}

function joinLower(tokens: readonly SkillToken[], index: number, length: number): string {
  let key = tokens[index]?.lower ?? '';
  for (let offset = 1; offset < length; offset++) key += ` ${tokens[index + offset]?.lower ?? ''}`;
  return key;
}

function sentenceIndexes(tokens: readonly SkillToken[]): number[] {
  const indexes: number[] = [];
  let sentence = 0;
  for (const [position, token] of tokens.entries()) {
    if (position > 0 && token.sentenceBefore) sentence++;
    indexes.push(sentence);
  }
  return indexes;
}
