import { mentionsSkill } from '../resume/skill-tokenizer.ts';
import { skillKey } from '../resume/skill-vocabulary.ts';
import { escapeMarkdown, escapeStated } from './escape-markdown.ts';
import { clean, type Role, workHistory } from './work-history.ts';
import type { WriterResume } from './writer-input.ts';

/** One thing the person did, exactly as the resume states it, with where it happened. */
export interface Highlight {
  text: string;
  employer?: string;
  position?: string;
  project?: string;
  current: boolean;
  /** The job's dates and summary as stated, for telling the story around it. */
  startDate?: string;
  endDate?: string;
  roleSummary?: string;
  /** The posting skills it mentions. */
  skills: string[];
  source: 'highlight' | 'project' | 'summary';
}

const sourceWeight = { highlight: 0, project: 1, summary: 2 } as const;

function placeOf(role: Role) {
  const { employer, position, current, startDate, endDate } = role;
  return { employer, position, current, startDate, endDate };
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/**
 * Every achievement the resume states (work highlights, project highlights, then the first
 * sentence of role summaries), ranked by how many of the posting's skills each mentions
 * (required skills count double), then by source and recency.
 *
 * @example
 * relevantHighlights(resume, { matched: ['PostgreSQL'], required: ['PostgreSQL'] })[0].text;
 * // 'Designed a PostgreSQL partitioning scheme …'
 */
export function relevantHighlights(
  resume: WriterResume,
  skills: { matched: readonly string[]; required: readonly string[] },
): Highlight[] {
  const candidates: Omit<Highlight, 'skills'>[] = [];
  const roles = workHistory(resume);
  for (const role of roles) {
    const place = { ...placeOf(role), roleSummary: clean(role.work.summary) };
    for (const highlight of role.work.highlights ?? []) {
      const text = clean(highlight);
      if (text) candidates.push({ ...place, text, source: 'highlight' });
    }
  }
  for (const project of resume.projects ?? []) {
    const name = clean(project.name);
    for (const highlight of project.highlights ?? []) {
      const text = clean(highlight);
      if (text) candidates.push({ project: name, current: false, text, source: 'project' });
    }
  }
  for (const role of roles) {
    const summary = clean(role.work.summary);
    if (summary) candidates.push({ ...placeOf(role), text: firstSentence(summary), source: 'summary' });
  }

  const requiredKeys = new Set(skills.required.map((skill) => skillKey(skill)));
  const scored = candidates.map((candidate, order) => {
    const mentioned = skills.matched.filter((skill) => mentionsSkill(candidate.text, skill));
    const score = mentioned.reduce((sum, skill) => sum + (requiredKeys.has(skillKey(skill)) ? 2 : 1), 0);
    return { highlight: { ...candidate, skills: mentioned }, score, order };
  });
  return scored
    .sort(
      (left, right) =>
        right.score - left.score ||
        sourceWeight[left.highlight.source] - sourceWeight[right.highlight.source] ||
        left.order - right.order,
    )
    .map(({ highlight }) => highlight);
}

/**
 * A highlight with every string Markdown-escaped, ready for a writer's template.
 *
 * @example
 * relevantHighlights(resume, skills).map(escapeHighlight);
 */
export function escapeHighlight(highlight: Highlight): Highlight {
  return {
    ...highlight,
    text: escapeMarkdown(highlight.text),
    employer: escapeStated(highlight.employer),
    position: escapeStated(highlight.position),
    project: escapeStated(highlight.project),
    startDate: escapeStated(highlight.startDate),
    endDate: escapeStated(highlight.endDate),
    roleSummary: escapeStated(highlight.roleSummary),
    skills: highlight.skills.map(escapeMarkdown),
  };
}
