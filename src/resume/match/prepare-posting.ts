/**
 * Reads a job posting once for matching: which skills it requires and which are nice to
 * have (from its sections: "Requirements", "What you'll need" vs "Nice to have", "Bonus",
 * and from lines that say "a plus"), the years of experience it asks for, the level it is
 * hiring at, and its salient terms.
 */
import { findSkills, findSkillsInTokens, tokenizeSkillText, type SkillMention, type SkillToken } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { termStem, type Term } from './salient-terms.ts';
import { seniorityFromTitle, seniorityFromYears, type SeniorityLevel } from './seniority.ts';

export interface JobPosting {
  title: string;
  company?: string;
  description: string;
  tags?: readonly string[];
}

/** One skill the posting asks for, or alternatives ("Go or Rust"): any one satisfies it. */
export interface SkillRequirement {
  anyOf: string[];
  /** "Go" or "Go or Rust". */
  label: string;
}

export interface PreparedPosting {
  title: string;
  /** In order of appearance. */
  requiredSkills: SkillRequirement[];
  niceToHaveSkills: SkillRequirement[];
  /** The smallest number of years the posting asks for, if it asks. */
  yearsRequired?: number;
  seniority?: SeniorityLevel;
  /** Why `seniority` was chosen: "title" or "years". */
  seniorityFrom?: 'title' | 'years';
  /** Salient terms, most salient first. */
  keywords: Term[];
}

type Part = 'required' | 'nice' | 'role' | 'other' | 'none';

const headings: readonly [Exclude<Part, 'none'>, RegExp][] = [
  ['nice', /^(?:nice[- ]to[- ]haves?|bonus(?: points)?|preferred(?: qualifications| skills)?|pluses|(?:it'?s )?a plus|extra credit|good to have|desirable|ideally|we'?d love|would be great|not required)/i],
  ['required', /^(?:requirements|required|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|(?:minimum |basic |required )?qualifications|must[- ]haves?|you have|you bring|who you are|(?:required )?skills|your profile|about you|you should have|you(?:'ll| will) need|we expect)/i],
  ['role', /^(?:responsibilities|key responsibilities|what you(?:'ll| will) do|the role|your role|about the role|day[- ]to[- ]day|in this role|your mission|our stack|tech(?:nology)? stack|the job)/i],
  ['other', /^(?:about us|about the company|who we are|benefits|perks|what we offer|we offer|compensation|salary|our values|how to apply|equal opportunity)/i],
];
const niceLine = /\b(?:nice[- ]to[- ]have|bonus|a plus|is a plus|are a plus|preferred|ideally|not required|optional|good to have|would be great|desirable|extra credit|familiarity with)\b/i;
const wordNumbers: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const yearsPattern =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?:['’]s?)?(?=[^.\n]{0,60}\b(?:experience|professional|industry|working|building|developing|engineering|required|minimum|needed|in\b|of\b|with\b)|\s*(?:[.;,)]|$))/gi;
const keywordLimit = 12;

/**
 * Prepares a posting for `scorePosting`.
 *
 * @example
 * preparePosting({ title: 'Senior Go Engineer', description: 'Requirements:\n- 5+ years of Go\nNice to have:\n- Kafka' }, vocabulary);
 * // { requiredSkills: [{ anyOf: ['Go'], label: 'Go' }], niceToHaveSkills: [{ anyOf: ['Kafka'], … }], yearsRequired: 5, … }
 */
export function preparePosting(posting: JobPosting, vocabulary: SkillVocabulary): PreparedPosting {
  const text = posting.description;
  const lines = text.split('\n');
  const parts = classifyLines(lines);
  const lineOf = lineLocator(lines);
  const required: string[][] = [];
  const nice: string[][] = [];
  const titleTokens = tokenizeSkillText(posting.title);
  const titleMentions = findSkillsInTokens(posting.title, titleTokens, vocabulary);
  for (const mention of titleMentions) required.push([mention.skill.name]);
  for (const mention of findSkills((posting.tags ?? []).join(', '), vocabulary, { skillsContext: true })) {
    required.push([mention.skill.name]);
  }
  // One pass over the description: its tokens serve both the skills and the keyword count.
  const tokens = tokenizeSkillText(text);
  const mentions = findSkillsInTokens(text, tokens, vocabulary);
  const mentionsByLine = new Map<number, SkillMention[]>();
  for (const mention of mentions) {
    const line = lineOf(mention.start);
    mentionsByLine.set(line, [...(mentionsByLine.get(line) ?? []), mention]);
  }
  for (const [line, onLine] of mentionsByLine) {
    const part = parts[line] ?? 'none';
    if (part === 'other') continue;
    // Skills in text outside any section (an intro, "our stack") count as required. "A plus"
    // makes only its own sentence optional: postings are often one paragraph.
    const lineStart = onLine[0] ? onLine[0].start - offsetInLine(text, onLine[0].start) : 0;
    for (const sentence of sentencesOf(lines[line] ?? '')) {
      const inSentence = onLine.filter(
        (mention) => mention.start >= lineStart + sentence.start && mention.start < lineStart + sentence.end,
      );
      if (inSentence.length === 0) continue;
      const isNice = part === 'nice' || niceLine.test(sentence.text);
      (isNice ? nice : required).push(...requirementGroups(text, inSentence));
    }
  }
  const requiredSkills = dedupe(required, new Set());
  const niceToHaveSkills = dedupe(nice, new Set(requiredSkills.flatMap((requirement) => requirement.anyOf)));
  const yearsRequired = findYearsRequired(lines, parts);
  const prepared: PreparedPosting = {
    title: posting.title,
    requiredSkills,
    niceToHaveSkills,
    keywords: salientKeywords({ tokens: titleTokens, mentions: titleMentions }, { tokens, mentions }, lines, parts),
  };
  if (yearsRequired !== undefined) prepared.yearsRequired = yearsRequired;
  const fromTitle = seniorityFromTitle(posting.title);
  if (fromTitle) {
    prepared.seniority = fromTitle;
    prepared.seniorityFrom = 'title';
  } else if (yearsRequired !== undefined) {
    prepared.seniority = seniorityFromYears(yearsRequired);
    prepared.seniorityFrom = 'years';
  }
  return prepared;
}

// Offset in the text → index of the line it falls on (a binary search over line starts).
function lineLocator(lines: readonly string[]): (offset: number) => number {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return (position) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

// "Go, Rust or C++" is one requirement with alternatives; "Kubernetes, PostgreSQL and Kafka" three.
function requirementGroups(text: string, mentions: readonly SkillMention[]): string[][] {
  const groups: string[][] = [];
  let run: SkillMention[] = [];
  let alternatives = false;
  const flush = () => {
    if (alternatives) groups.push(run.map((mention) => mention.skill.name));
    else groups.push(...run.map((mention) => [mention.skill.name]));
    run = [];
    alternatives = false;
  };
  for (const mention of mentions) {
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, mention.start) : '';
    if (previous && /^\s*(?:,|or|,\s*or|\/|,?\s*and\/or)\s*$/i.test(gap)) {
      if (/\bor\b/i.test(gap)) alternatives = true;
      run.push(mention);
      continue;
    }
    if (run.length > 0) flush();
    run.push(mention);
  }
  if (run.length > 0) flush();
  return groups;
}

// One requirement per skill set; a group is dropped when one of its skills is required on its
// own (the single requirement already covers it) or was already counted.
function dedupe(groups: readonly string[][], covered: ReadonlySet<string>): SkillRequirement[] {
  const singles = new Set(groups.filter((group) => group.length === 1).map((group) => group[0] as string));
  const seen = new Set<string>();
  const requirements: SkillRequirement[] = [];
  for (const group of groups) {
    const anyOf = group.length === 1 ? group : [...new Set(group)];
    if (anyOf.some((name) => covered.has(name))) continue;
    if (anyOf.length > 1 && anyOf.some((name) => singles.has(name))) continue;
    const key = anyOf.length === 1 ? (anyOf[0] as string) : [...anyOf].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    requirements.push({ anyOf, label: anyOf.join(' or ') });
  }
  return requirements;
}

// Each line gets the part of the posting it sits in, from the last heading above it.
function classifyLines(lines: readonly string[]): Part[] {
  let current: Part = 'none';
  return lines.map((line) => {
    const heading = headingOf(line);
    if (heading) current = heading;
    return current;
  });
}

function headingOf(line: string): Exclude<Part, 'none'> | undefined {
  const text = line
    .trim()
    .replace(/^#{1,6}\s*|^\*\*|\*\*$|^__|__$/g, '')
    .replace(/\*\*|__/g, '')
    .trim();
  if (text === '' || text.length > 60) return undefined;
  // A heading stands alone ("Requirements", "What you'll need:") and is not a bullet.
  if (/^[-*•·]\s/.test(line.trim())) return undefined;
  const candidate = text.replace(/[:.!]+$/, '').trim();
  for (const [part, pattern] of headings) if (pattern.test(candidate)) return part;
  return undefined;
}

function findYearsRequired(lines: readonly string[], parts: readonly Part[]): number | undefined {
  let years: number | undefined;
  for (const [index, line] of lines.entries()) {
    const part = parts[index] ?? 'none';
    if (part === 'other' || part === 'nice' || !/y(?:ea)?rs?\b/i.test(line)) continue;
    for (const sentence of sentencesOf(line)) {
      if (niceLine.test(sentence.text)) continue;
      for (const match of sentence.text.matchAll(yearsPattern)) {
        const raw = (match[1] ?? '').toLowerCase();
        const value = wordNumbers[raw] ?? Number(raw);
        if (value > 0 && value <= 20) years = Math.max(years ?? 0, value);
      }
    }
  }
  return years;
}

interface Tokenised {
  tokens: readonly SkillToken[];
  mentions: readonly SkillMention[];
}

interface KeywordCount {
  term: Term;
  weight: number;
  first: number;
  count: number;
  inTitle: boolean;
}

// Skills are scored on their own: the keyword count skips the tokens they cover. Tokens,
// mentions and line starts all run in text order, so one pointer each walks them.
function salientKeywords(title: Tokenised, description: Tokenised, lines: readonly string[], parts: readonly Part[]): Term[] {
  const counts = new Map<string, KeywordCount>();
  let position = 0;
  const add = (token: SkillToken, weight: number, inTitle: boolean) => {
    const termStemmed = termStem(token);
    if (termStemmed === undefined) return;
    position++;
    const entry = counts.get(termStemmed);
    if (!entry) counts.set(termStemmed, { term: { word: token.lower, stem: termStemmed }, weight, first: position, count: 1, inTitle });
    else {
      entry.weight += weight;
      entry.count++;
      entry.inTitle ||= inTitle;
    }
  };
  forEachWord(title, (token) => add(token, 3, true));
  let line = 0;
  let lineEnd = (lines[0]?.length ?? 0) + 1;
  forEachWord(description, (token) => {
    while (token.start >= lineEnd && line < lines.length - 1) {
      line++;
      lineEnd += (lines[line]?.length ?? 0) + 1;
    }
    const part = parts[line] ?? 'none';
    if (part !== 'other') add(token, part === 'required' ? 2 : 1, false);
  });
  // A word is salient when the title says it or the posting repeats it; ties go to the earlier word.
  return [...counts.values()]
    .filter((entry) => entry.inTitle || entry.count >= 2)
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .slice(0, keywordLimit)
    .map((entry) => entry.term);
}

// Visits the tokens no skill mention covers.
function forEachWord({ tokens, mentions }: Tokenised, visit: (token: SkillToken) => void): void {
  let mentionIndex = 0;
  for (const token of tokens) {
    while (mentionIndex < mentions.length && (mentions[mentionIndex]?.end ?? 0) <= token.start) mentionIndex++;
    const mention = mentions[mentionIndex];
    if (mention && mention.start <= token.start) continue;
    visit(token);
  }
}

/** The sentences of one line, with their offsets in it ("… Rust and Go. Docker is a plus."). */
function sentencesOf(line: string): { text: string; start: number; end: number }[] {
  const sentences: { text: string; start: number; end: number }[] = [];
  const boundary = /[.!?;]+(?=\s+|$)/g;
  let start = 0;
  for (const match of line.matchAll(boundary)) {
    const end = match.index + match[0].length;
    sentences.push({ text: line.slice(start, end), start, end });
    start = end;
  }
  if (start < line.length) sentences.push({ text: line.slice(start), start, end: line.length });
  return sentences;
}

/** How far `offset` is from the start of its line. */
function offsetInLine(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
