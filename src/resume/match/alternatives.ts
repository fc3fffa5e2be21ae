/**
 * Skills a posting offers as alternatives: "Go, Rust or C++", "Kafka/RabbitMQ", "one of
 * Python, Go, Java", "either AWS or GCP", "Redis, Memcached or similar", "Azure (AWS also
 * fine)". Each is one requirement that any one of them meets.
 */
import type { SkillMention } from '../skill-tokenizer.ts';
import type { Range } from './optional-clauses.ts';

/**
 * "Go, Rust or C++", "Kafka/RabbitMQ" and "one of Python, Go, Java" are each one requirement
 * with alternatives; "Kubernetes, PostgreSQL and Kafka" three; "Excel/VBA, SQL, SAP" three too
 * (a slash pair in a list of commas is one item of the list, not an "or" over the whole list). `scopes` are the text ranges
 * that a "one of", "either" or "or similar" makes alternatives whatever joins them.
 *
 * @example
 * requirementGroups(text, findSkills(text, vocabulary), []); // [['Go', 'Rust'], ['Kafka']] for "Go or Rust; Kafka"
 */
export function requirementGroups(text: string, mentions: readonly SkillMention[], scopes: readonly Range[]): string[][] {
  // Called for every sentence with skills: no closures made per call (tsx names each one it makes).
  const groups: string[][] = [];
  let run: SkillMention[] = [];
  let alternatives = false;
  // Where in the run a comma (with no "or") joins two skills, and whether an "or" word joins any.
  let commas: number[] = [];
  let saysOr = false;
  for (const mention of mentions) {
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, mention.start) : '';
    const scope = scopeOf(mention, scopes);
    if (previous && scope >= 0 && scopeOf(previous, scopes) === scope) {
      alternatives = true;
      saysOr = true;
      run.push(mention);
      continue;
    }
    if (previous && /^\s*(?:,|or|,\s*or|\/|,?\s*and\/or)\s*$/i.test(gap)) {
      if (/\bor\b|\//i.test(gap)) alternatives = true;
      if (/\bor\b/i.test(gap)) saysOr = true;
      else if (gap.includes(',')) commas.push(run.length);
      run.push(mention);
      continue;
    }
    if (run.length > 0) flushList(groups, run, alternatives, saysOr ? [] : commas);
    run = [mention];
    alternatives = false;
    commas = [];
    saysOr = false;
  }
  if (run.length > 0) flushList(groups, run, alternatives, saysOr ? [] : commas);
  return groups;
}

// A run whose only alternatives are slash pairs ("Excel/VBA, SQL, SAP") is a list: each comma
// starts an item, and only the pair inside an item is alternatives.
function flushList(groups: string[][], run: readonly SkillMention[], alternatives: boolean, commas: readonly number[]): void {
  if (!alternatives || commas.length === 0) return flushRun(groups, run, alternatives);
  let start = 0;
  for (const end of [...commas, run.length]) {
    flushRun(groups, run.slice(start, end), end - start > 1);
    start = end;
  }
}

// A run of skills is one requirement with alternatives, or one requirement a skill.
function flushRun(groups: string[][], run: readonly SkillMention[], alternatives: boolean): void {
  if (alternatives) groups.push(run.map((mention) => mention.skill.name));
  else for (const mention of run) groups.push([mention.skill.name]);
}

function scopeOf(mention: SkillMention, scopes: readonly Range[]): number {
  for (const [index, [start, end]] of scopes.entries()) if (mention.start >= start && mention.start < end) return index;
  return -1;
}

const leadingAlternatives = /\b(?:one of|any of|either|one or more of|at least one of|any one of)\b/gi;
const trailingAlternatives = /\b(?:or (?:similar|equivalent|comparable|another|other|alike)|or something similar)\b/gi;
const bracketAlternative = /\(([^()]*?)\b(?:also (?:fine|ok|okay|works|welcome|accepted)|works too|is fine too|would also work|or equivalent|or similar)\s*\)/gi;

// The matches of a global pattern. A search comes first: most sentences have none, and
// `matchAll` costs more to set up (it copies the pattern) than the search.
function matchesOf(sentence: string, pattern: RegExp): Iterable<RegExpExecArray> {
  return sentence.search(pattern) < 0 ? [] : sentence.matchAll(pattern);
}

/**
 * The ranges of a sentence whose skills are alternatives: from "one of" to the end of its
 * clause; from the start of a clause to its "or similar".
 *
 * @example
 * alternativeScopes('one of Python, Go, Java.'); // [[0, 23]]
 */
export function alternativeScopes(sentence: string): Range[] {
  const scopes: Range[] = [];
  for (const match of matchesOf(sentence, leadingAlternatives)) {
    const rest = sentence.slice(match.index);
    const stop = /[);]|\.(?:\s|$)|\s[—–-]\s/.exec(rest);
    scopes.push([match.index, stop ? match.index + stop.index : sentence.length]);
  }
  // "AWS (GCP also fine)": the bracket offers an alternative to what stands before it.
  for (const match of matchesOf(sentence, bracketAlternative)) {
    const head = sentence.slice(0, match.index);
    const start = Math.max(head.lastIndexOf(','), head.lastIndexOf(':'), head.lastIndexOf(';')) + 1;
    scopes.push([start, match.index + match[0].length]);
  }
  for (const match of matchesOf(sentence, trailingAlternatives)) {
    const head = sentence.slice(0, match.index);
    let start = 0;
    for (const boundary of head.matchAll(/[(:;]|\bwith\b|\bin\b|\busing\b|\bsuch as\b|\blike\b/gi)) start = boundary.index + boundary[0].length;
    scopes.push([start, match.index + match[0].length]);
  }
  return scopes;
}
