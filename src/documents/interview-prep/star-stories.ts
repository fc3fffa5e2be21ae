import { asSentence, joinWords } from '../prose.ts';
import { type Highlight, measuredResult } from '../relevant-highlights.ts';
import { describeResumeDate } from '../work-history.ts';
import type { PrepFacts } from './prep-facts.ts';

/** The part of a highlight that states an outcome with a number, if any: "cutting deploy time by 60%". */
export function statedResult(text: string): string | undefined {
  // A comma inside brackets ("MAG welding (135, 136) of hull blocks") lists, it ends no clause.
  const clauses = outsideBrackets(text.replace(/[.!]+$/, ''), /,\s+|;\s+|\s+(?:which|that|so that|resulting in|leading to)\s+/gi);
  if (clauses.length < 2) return undefined;
  // An outcome says something with its figure ("cutting deploy time by 60%"); a figure with a word ("6G position",
  // "135 fill") names the work, and a story "led with" it leads with nothing.
  return clauses
    .slice(1)
    .reverse()
    .find((clause) => /\d/.test(clause) && clause.trim().split(/\s+/).length >= 3);
}

/** A text split at a separator wherever it stands outside round brackets. */
function outsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    const before = text.slice(0, match.index);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Whether every bracket a text opens it also closes: a title never ends inside "(135, 136)". */
const closesBrackets = (text: string) => (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;

// Words that start a new phrase ("… across 40 services", "… by rewriting the cache"): a title may end before them.
const phraseStart = /^(?:and|but|while|whilst|which|who|with|without|for|to|by|from|in|into|on|across|using|via|through|after|before|during|so|as|at|over|under|within|per|including|reducing|cutting|saving|raising|improving|increasing|resulting|leading)$/i;
// Words a title never ends on: articles, prepositions, conjunctions, possessives.
const danglingEnd = /^(?:a|an|the|of|and|or|but|to|in|on|for|with|by|from|at|into|across|per|as|using|via|its|their|our|my|his|her|this|that|these|those|than|over|under|each|every|both|all)$/i;

/**
 * A highlight cut to a title of at most about ten words, whole words and whole phrases only:
 * its first clause when that is short, else the words before the last phrase that starts
 * by the eleventh word ("Cut p99 latency by 60% across 40 services" from "… services by
 * rewriting the cache layer"). The cut never ends on a dangling word ("of", "the") or on a
 * figure: "at 35" cut from "at 35 million lookups" states a different number (35, not 35
 * million), which the grounding check rightly finds in no source. An ellipsis marks only a
 * cut that had no phrase to end at.
 */
export function shortTitle(text: string): string {
  const plain = text.replace(/[.!]+$/, '').trim();
  const words = plain.split(/\s+/);
  if (words.length <= 10) return plain;
  const clause = /^(.+?)(?:[,;:]\s|\s[–—-]\s)/.exec(plain)?.[1];
  const clauseWords = clause?.split(/\s+/).length ?? 0;
  // A clause is whole: it may end on a figure ("Grew revenue 40%"), not on a dangling word.
  if (clause && closesBrackets(clause) && clauseWords >= 3 && clauseWords <= 10 && !danglingEnd.test(clause.split(/\s+/).at(-1) ?? '')) return clause;
  let end = 0;
  for (let index = 10; index >= 4; index -= 1) {
    if (phraseStart.test(words[index] ?? '')) {
      end = index;
      break;
    }
  }
  const atPhrase = end > 0;
  if (!atPhrase) end = 8;
  // Before a phrase a figure is whole ("… to 24%" before "by costing"); a cut anywhere else may split one from its unit.
  while (end > 2 && (atPhrase ? danglingEnd.test(words[end - 1] ?? '') : endsBadly(words.slice(0, end)))) end -= 1;
  // A cut inside brackets goes back to before them.
  while (end > 2 && !closesBrackets(words.slice(0, end).join(' '))) end -= 1;
  const title = words.slice(0, end).join(' ').replace(/[,;:–—-]+$/, '');
  return atPhrase ? title : `${title}…`;
}

function endsBadly(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').replace(/[,;:]+$/, '');
  return danglingEnd.test(last) || /\d/.test(last);
}

function period(highlight: Highlight): string {
  if (!highlight.startDate) return '';
  const start = describeResumeDate(highlight.startDate);
  if (highlight.current) return `, since ${start}`;
  return highlight.endDate ? `, ${start} to ${describeResumeDate(highlight.endDate)}` : '';
}

function story(highlight: Highlight): string {
  const where =
    highlight.position && highlight.employer
      ? `${highlight.position} at ${highlight.employer}`
      : (highlight.employer ?? (highlight.project ? `the ${highlight.project} project` : undefined));
  const heading = `### ${shortTitle(highlight.text)}${where ? ` (${where})` : ''}`;
  const situation = where
    ? `You were ${highlight.project && !highlight.employer ? 'working on ' : ''}${where}${period(highlight)}. Set the scene: who was involved, and what needed to change?`
    : 'Set the scene: where were you, and what was the problem before this work?';
  const task = highlight.roleSummary
    ? `Your resume describes the role as “${highlight.roleSummary}” Say what you were asked to achieve here, and why it mattered.`
    : 'Say what you were asked to achieve, and why it mattered.';
  const result = statedResult(highlight.text);
  // A figure that is a result ("cut … by 40%") is led with; a scale ("a 20-bed unit") is not a result.
  const quantified = !result && measuredResult(highlight.text) >= 1.5;
  const lines = [
    `- **Situation:** ${situation}`,
    `- **Task:** ${task}`,
    `- **Action:** From your resume: “${asSentence(highlight.text)}” Say what you did yourself, step by step.`,
    result
      ? `- **Result:** Lead with the outcome your resume states: “${result}”. Be ready to say how it was measured.`
      : quantified
        ? '- **Result:** Lead with the figure your resume states above, then say what changed because of it and how you know.'
        : "- **Result:** Your resume states no measurable result for this. Find one you can verify before the interview; if there isn't one, describe the outcome honestly instead of estimating.",
  ];
  if (highlight.skills.length > 0) lines.push(`- **Use it for:** questions about ${joinWords(highlight.skills)}.`);
  return `${heading}\n\n${lines.join('\n')}`;
}

const blankSkeleton = [
  '- **Situation:** Where were you, and what was the problem?',
  '- **Task:** What were you asked to achieve?',
  '- **Action:** What did you do yourself, step by step?',
  '- **Result:** What changed, and how do you know?',
].join('\n');

/**
 * STAR stories built on the resume's own highlights, most relevant to the posting first.
 * Results come only from what a highlight states; otherwise the pack says to find one.
 *
 * @example
 * starStories(prepFacts(resume, posting)); // '## STAR stories\n\n### Led the migration of 40 services … (Senior Software Engineer at Northwind Labs)…'
 */
export function starStories(facts: PrepFacts): string {
  // The bullets with measured results first (an interviewer remembers a figure), in the posting's order of relevance otherwise.
  const stated = facts.highlights.filter((highlight) => highlight.source !== 'summary');
  const chosen = [...stated.filter((highlight) => measuredResult(highlight.text) >= 1.5), ...stated.filter((highlight) => measuredResult(highlight.text) < 1.5)].slice(0, 3);
  const stories = chosen.length > 0 ? chosen : facts.highlights.slice(0, 1);
  const intro =
    'Keep each story brief: a sentence or so of situation and task, most of the time on your own actions, then the result.';
  if (stories.length === 0) {
    return [
      '## STAR stories',
      'Your resume has no highlights to build stories from yet. Write down the things you are proudest of from your recent work, and shape each one with this skeleton:',
      blankSkeleton,
    ].join('\n\n');
  }
  return ['## STAR stories', intro, ...stories.map(story)].join('\n\n');
}
