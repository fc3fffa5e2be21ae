import { asSentence, joinWords } from '../prose.ts';
import { type Highlight, measuredResult } from '../relevant-highlights.ts';
import { describeResumeDate } from '../work-history.ts';
import type { PrepFacts } from './prep-facts.ts';

/** The part of a highlight that states an outcome with a number, if any: "cutting deploy time by 60%". */
export function statedResult(text: string): string | undefined {
  const clauses = text.replace(/[.!]+$/, '').split(/,\s+|;\s+|\s+(?:which|that|so that|resulting in|leading to)\s+/i);
  if (clauses.length < 2) return undefined;
  return clauses
    .slice(1)
    .reverse()
    .find((clause) => /\d/.test(clause));
}

/**
 * A highlight cut to about eight words for a story heading. The cut never ends on a figure:
 * "at 35" cut from "at 35 million lookups" states a different number (35, not 35 million),
 * which the grounding check rightly finds in no source, so the heading ends before it.
 */
function shortTitle(text: string): string {
  const words = text.replace(/[.!]+$/, '').split(' ');
  if (words.length <= 9) return words.join(' ');
  let end = 8;
  while (end > 0 && /\d/.test(words[end - 1] ?? '')) end -= 1;
  if (end === 0) return words.join(' ');
  return `${words.slice(0, end).join(' ').replace(/[,;:]+$/, '')}…`;
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
