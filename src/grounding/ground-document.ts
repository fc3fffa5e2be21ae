/**
 * The grounding check for generated documents (tailored resumes, cover letters, interview
 * prep): every employer, title, degree, institution, date, number and skill claim in the
 * Markdown is checked against the sources. What they do not back is repaired when the real
 * value is unambiguous (an invented employer becomes the one real employer the sentence can
 * mean), removed from its list when it is one skill among other skills, and otherwise the
 * whole sentence goes, never words from its middle; a list item or a heading that loses a
 * sentence goes whole (a heading with its section), and a numbered list is renumbered. A
 * sentence saying the person lacks a skill the resume shows goes too. Everything else is
 * returned exactly as written.
 */
import { checkClaim, type ClaimCheck } from './check-claim.ts';
import { findClaims, type Claim, type ClaimKind } from './find-claims.ts';
import { buildGroundingFacts, type GroundingFacts, type GroundingSources } from './grounding-facts.ts';
import { splitSentences } from './split-sentences.ts';
import { unheldCredentials } from './held-credentials.ts';
import { mentionsSkill } from '../resume/skill-tokenizer.ts';

export type { GroundingSources } from './grounding-facts.ts';
export type { ClaimKind } from './find-claims.ts';

export interface GroundingChange {
  kind: ClaimKind;
  /** The claim as written in the document. */
  claim: string;
  action: 'removed' | 'replaced';
  /** For `replaced`: what it became. */
  replacement?: string;
  reason: string;
  /** For a sentence removed whole: the sentence as the document had it, so the person can see what went. */
  sentence?: string;
}

export interface GroundedDocument {
  text: string;
  changes: GroundingChange[];
}

interface Verdict {
  claim: Claim;
  check: Exclude<ClaimCheck, { backed: true }>;
}

const salutation = /^(?:dear|hi|hello|to whom|(?:best |kind |warm )?regards|sincerely|yours|thank you|thanks|all the best)\b[^.!?]{0,60}[,:!]?$/i;
const linePrefix = /^(\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*)?)(.*)$/;
const hardBreak = /(?: {2,}|\\)$/;

/**
 * Checks a generated Markdown document against its sources.
 *
 * @example
 * const { text, changes } = groundDocument(letter, { resume, rawText, posting: { company: 'Initech', description } });
 * // changes: [{ kind: 'employer', claim: 'Globex Corporation', action: 'removed', reason: '…' }]
 */
export function groundDocument(markdown: string, sources: GroundingSources | GroundingFacts): GroundedDocument {
  const facts = 'haystack' in sources ? sources : buildGroundingFacts(sources);
  const changes: GroundingChange[] = [];
  const output: string[] = [];
  const lines = markdown.split('\n');
  const frame = letterFrame(lines, facts);
  let inCode = false;
  // The level of a heading removed with its section, while its section's lines are skipped.
  let droppedSection: number | undefined;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(?:```|~~~)/.test(line)) inCode = !inCode;
    if (inCode || line.trim() === '' || /^\s*```|^\s*~~~|^\s*(?:[-*_]\s*){3,}$|^\s*\|?[\s:|-]+\|?\s*$/.test(line)) {
      output.push(line);
      continue;
    }
    const [, prefix = '', content = ''] = linePrefix.exec(line) ?? [];
    const heading = /^\s*(#{1,6})\s/.exec(prefix)?.[1]?.length;
    if (droppedSection !== undefined && (heading === undefined || heading > droppedSection)) continue;
    droppedSection = undefined;
    // "Dear Hiring Manager," and "Best regards," address people; they claim nothing.
    if (salutation.test(content)) {
      output.push(line);
      continue;
    }
    const kept = groundLine(content, facts, changes, frame.lines.has(index) ? frame.fixed : []);
    // A heading that goes takes its section with it; a list item that lost a sentence goes
    // whole (a question without its stem, a step with a hole in it); a paragraph keeps the rest.
    if (kept.removedSentence && heading !== undefined) {
      droppedSection = heading;
      continue;
    }
    if (kept.removedSentence && prefix.trim() !== '' && !prefix.trim().startsWith('>')) continue;
    // A kept line keeps its Markdown hard break, so an address block stays one line per line.
    if (kept.text.trim() !== '') output.push(`${prefix}${kept.text}${hardBreak.exec(content)?.[0] ?? ''}`);
  }
  return { text: tidyBlankLines(renumberLists(output).join('\n'), markdown), changes };
}

// A numbered list that lost an item counts 1, 2, 3 without a gap (the documents' lists start at 1).
function renumberLists(lines: readonly string[]): string[] {
  let next = 0;
  let indent = '';
  return lines.map((line) => {
    const item = /^(\s*)(\d+)([.)]\s)/.exec(line);
    if (!item) {
      if (!/^\s+\S/.test(line)) next = 0;
      return line;
    }
    const [whole, itemIndent = '', , marker = ''] = item;
    if (next === 0 || itemIndent !== indent) {
      next = 0;
      indent = itemIndent;
    }
    next += 1;
    return `${itemIndent}${next}${marker}${line.slice(whole.length)}`;
  });
}

/**
 * A letter's own framing: the lines above its greeting (the date and the recipient's block)
 * and below its closing (the sign-off, the name, the contact). In those lines the addressee
 * the greeting names, the posting's company and place, the person's own name and a date line
 * are the writer's fixed text, never claims about the person; anything else there is checked.
 */
interface LetterFrame {
  lines: ReadonlySet<number>;
  fixed: readonly string[];
}

const greeting = /^(?:dear|hi|hello|to)\s+(.+?)[,:!]?$/i;
const closing = /^(?:sincerely|(?:best|kind|warm|warmest|with)?\s*regards|yours(?: \w+)?|thanks|thank you|best|all the best|cheers|respectfully)\b[^.!?]{0,40}[,!]?$/i;
const dateLine = /^(?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$/u;
// Whom a letter is addressed to when no name is known: a function, not a title the person claims.
const addressees = ['hiring manager', 'hiring team', 'recruiting team', 'recruitment team', 'talent team', 'talent acquisition team', 'search committee', 'selection committee', 'hiring committee', 'recruiter', 'human resources'];

function letterFrame(lines: readonly string[], facts: GroundingFacts): LetterFrame {
  const content = lines.map((line) => (linePrefix.exec(line)?.[2] ?? line).replace(/\s+$/, '').replace(/\\$/, ''));
  const greetingIndex = content.findIndex((text) => greeting.test(text) && salutation.test(text));
  const closingIndex = content.findLastIndex((text, index) => index > greetingIndex && closing.test(text));
  const framed = new Set<number>();
  if (greetingIndex >= 0) {
    for (let index = 0; index <= greetingIndex; index += 1) if (!/^\s*#/.test(lines[index] ?? '')) framed.add(index);
  }
  if (closingIndex >= 0) for (let index = closingIndex; index < lines.length; index += 1) framed.add(index);
  const addressee = greetingIndex >= 0 ? greeting.exec(content[greetingIndex] ?? '')?.[1] : undefined;
  // The letter's own date line ("November 22, 2026", "2026-11-22").
  const dates = [...framed].map((index) => content[index] ?? '').filter((text) => dateLine.test(text));
  const fixed = [addressee, ...dates, ...facts.addressing, ...addressees].filter((phrase): phrase is string => Boolean(phrase?.trim()));
  return { lines: framed, fixed };
}

// Whether a claim lies inside one of the frame's fixed phrases as written in the sentence.
function isFixedText(claim: Claim, sentence: string, fixed: readonly string[]): boolean {
  const lower = sentence.toLowerCase();
  return fixed.some((phrase) => {
    const wanted = phrase.toLowerCase();
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      if (at <= claim.start && claim.end <= at + wanted.length) return true;
    }
    return false;
  });
}

// A sentence that says the person lacks a skill: "Epic would be newer to me", "I haven't worked
// with Epic yet", "say you haven't used Epic in your work yet".
const lacksSkill =
  /\b(?:new(?:er)? to (?:me|you)|would be new|(?:have|has)n['’]?t (?:yet )?(?:worked|used|done)|(?:have|has) not (?:yet )?(?:worked|used|done)|(?:have|has) yet to|never (?:worked|used)|not (?:yet )?(?:worked|used)|no (?:[\w-]+ )?experience (?:with|in|of)|(?:don['’]?t|do not|doesn['’]?t|does not) (?:yet )?(?:have|show|list|mention)|lack(?:s|ing)?\b|(?:am|i['’]m) (?:still )?learning|gap)/i;

function groundLine(content: string, facts: GroundingFacts, changes: GroundingChange[], fixed: readonly string[]): { text: string; removedSentence: boolean } {
  let result = '';
  let removedSentence = false;
  for (const sentence of splitSentences(content)) {
    const denied = lacksSkill.test(sentence.text) ? deniedSkills(sentence.text, facts) : [];
    if (denied.length > 0) {
      for (const skill of denied) {
        changes.push({ kind: 'skill', claim: skill, action: 'removed', reason: `it says the person lacks ${skill}, which the resume shows; the sentence was removed`, sentence: sentence.text.trim() });
      }
      removedSentence = true;
      continue;
    }
    // "I hold the CNO registration" when the resume says "application in progress": a false claim of a licence goes whole.
    const unheld = unheldCredentials(sentence.text, facts.credentials);
    if (unheld.length > 0) {
      for (const { credential, reason } of unheld) {
        changes.push({ kind: 'credential', claim: credential, action: 'removed', reason: `it says the person holds ${credential}, but ${reason}; the sentence was removed`, sentence: sentence.text.trim() });
      }
      removedSentence = true;
      continue;
    }
    const verdicts: Verdict[] = [];
    for (const claim of findClaims(sentence.text, facts.vocabulary)) {
      if (isFixedText(claim, sentence.text, fixed)) continue;
      const check = checkClaim(claim, sentence.text, facts);
      if (!check.backed) verdicts.push({ claim, check });
    }
    if (verdicts.length === 0) {
      result += sentence.text;
      continue;
    }
    const fatal = verdicts.some(({ claim, check }) => check.replacement === undefined && !((claim.kind === 'skill' || claim.kind === 'language') && claim.inList));
    if (fatal) {
      for (const { claim, check } of verdicts) {
        changes.push({ kind: claim.kind, claim: claim.text, action: 'removed', reason: `${check.reason}; the sentence was removed`, sentence: sentence.text.trim() });
      }
      removedSentence = true;
      continue;
    }
    result += repair(sentence.text, verdicts, changes);
  }
  return { text: result.replace(/\s+$/, ''), removedSentence };
}

// The skills the resume shows that a sentence names: vocabulary skills, and the resume's own
// listed skills in its words ("HPLC (advanced)" is named by "HPLC").
function deniedSkills(sentence: string, facts: GroundingFacts): string[] {
  const known = findClaims(sentence, facts.vocabulary).flatMap((claim) => (claim.kind === 'skill' && claim.skill && facts.resumeSkills.has(claim.skill) ? [claim.skill] : []));
  const listed = facts.listedSkills.filter((skill) => mentionsSkill(sentence, skill, facts.vocabulary));
  return [...new Set([...known, ...listed])];
}

// Apply replacements and list-item removals from the end, so earlier offsets stay valid.
function repair(sentence: string, verdicts: readonly Verdict[], changes: GroundingChange[]): string {
  let text = sentence;
  const ordered = [...verdicts].sort((a, b) => b.claim.start - a.claim.start);
  const recorded: GroundingChange[] = [];
  for (const { claim, check } of ordered) {
    if (check.replacement !== undefined) {
      text = text.slice(0, claim.start) + check.replacement + text.slice(claim.end);
      recorded.push({ kind: claim.kind, claim: claim.text, action: 'replaced', replacement: check.replacement, reason: check.reason });
    } else {
      text = removeListItem(text, claim.start, claim.end);
      recorded.push({ kind: claim.kind, claim: claim.text, action: 'removed', reason: `${check.reason}; removed from the list` });
    }
  }
  changes.push(...recorded.reverse());
  return text;
}

// "Python, Haskell and Go" → "Python and Go"; "services, Haskell tools and a C# tool" →
// "services and a C# tool": the whole list item goes, with one separator.
function removeListItem(text: string, start: number, end: number): string {
  const [itemStart, itemEnd] = listItemBounds(text, start, end);
  const before = text.slice(0, itemStart);
  const after = text.slice(itemEnd);
  const following = /^\s*,\s*/.exec(after);
  if (following) return withArticle(before, after.slice(following[0].length));
  const preceding = /\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or|&)\s+)$/i.exec(before);
  if (preceding) return before.slice(0, before.length - preceding[0].length) + after;
  const joined = /^\s+(?:and|or|&)\s+/i.exec(after);
  if (joined) return withArticle(before, after.slice(joined[0].length));
  return before.replace(/\s+$/, '') + after;
}

// "use a forklift or other equipment" without the forklift is "use other equipment", and "a" before a vowel is "an".
function withArticle(before: string, after: string): string {
  const article = /\b(a|an|A|An)\s+$/.exec(before);
  if (!article) return before + after;
  const kept = before.slice(0, article.index);
  if (/^other\b/i.test(after)) return kept + after;
  const vowel = /^(?:[aeio]|u(?!ni|s[eu]))/i.test(after);
  const capital = article[1]?.startsWith('A') ?? false;
  return `${kept}${capital ? (vowel ? 'An' : 'A') : vowel ? 'an' : 'a'} ${after}`;
}

const separator = /,|;|\s(?:and|or|&)\s/i;

// The list item around a mention: out to the nearest separators, at most three words a side.
function listItemBounds(text: string, start: number, end: number): [number, number] {
  let itemStart = start;
  const before = text.slice(0, start);
  const lastSeparator = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.search(/\s(?:and|or|&)\s(?!.*\s(?:and|or|&)\s)/i));
  const leading = before.slice(lastSeparator + 1);
  if (lastSeparator >= 0 && /^(?:\s*(?:and|or|&)\s)?\s*(?:[\p{L}\p{N}.+#-]+\s+){0,2}$/iu.test(leading)) {
    itemStart = start - leading.replace(/^\s*(?:(?:and|or|&)\s+)?/i, '').length;
  }
  const after = text.slice(end);
  const next = after.search(separator);
  const trailing = next >= 0 ? after.slice(0, next) : after.replace(/[.!?]\s*$/, '');
  const itemEnd = /^(?:\s+[\p{L}\p{N}.+#-]+){0,3}\s*$/u.test(trailing) ? end + trailing.replace(/\s+$/, '').length : end;
  return [itemStart, itemEnd];
}

// Dropped lines can leave runs of blank lines; keep at most one, and the original ending.
function tidyBlankLines(text: string, original: string): string {
  const tidied = text.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
  return original.endsWith('\n') && !tidied.endsWith('\n') ? `${tidied}\n` : tidied;
}
