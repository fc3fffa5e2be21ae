import { mentionsSkill } from '../resume/skill-tokenizer.ts';
import { readsWhole } from '../resume/whole-line.ts';
import { skillKey } from '../resume/skill-vocabulary.ts';
import { escapeMarkdown, escapeStated } from './escape-markdown.ts';
import { clean, type Role, workHistory } from './work-history.ts';
import { roleKind, showsKind } from './role-kind.ts';
import { startsWithActionVerb } from './prose.ts';
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
  /** Whether it touches the posting (its skills or its words): a duty that does is told before a deed that does not. */
  touchesPosting?: boolean;
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
 * sentence of role summaries), ranked: those that touch the posting (its skills, required ones
 * counting double, or its words) and state a measured result first (a percentage or a change
 * "from 91% to 96%" before a count), then those that touch it, then the rest; within a rank by
 * how much of the posting each touches, then by source and recency. Given the role's title, the
 * lines of the kind of work it names (`roleKind`: teaching, informatics, management) come first.
 *
 * @example
 * relevantHighlights(resume, { matched: ['PostgreSQL'], required: ['PostgreSQL'] })[0].text;
 * // 'Designed a PostgreSQL partitioning scheme …'
 */
export function relevantHighlights(
  resume: WriterResume,
  skills: { matched: readonly string[]; required: readonly string[] },
  postingText = '',
  title?: string,
): Highlight[] {
  const candidates: Omit<Highlight, 'skills'>[] = [];
  const roles = workHistory(resume);
  const positions = roles.map((role) => role.position?.toLowerCase()).filter((position): position is string => Boolean(position));
  for (const role of roles) {
    const place = { ...placeOf(role), roleSummary: clean(role.work.summary) };
    for (const highlight of role.work.highlights ?? []) {
      const text = clean(highlight);
      if (text && readsWhole(text) && !isJobTitleLine(text, positions)) candidates.push({ ...place, text, source: 'highlight' });
    }
  }
  for (const project of resume.projects ?? []) {
    const name = clean(project.name);
    for (const highlight of project.highlights ?? []) {
      const text = clean(highlight);
      if (text && readsWhole(text)) candidates.push({ project: name, current: false, text, source: 'project' });
    }
  }
  for (const role of roles) {
    const summary = clean(role.work.summary);
    if (summary && readsWhole(firstSentence(summary))) candidates.push({ ...placeOf(role), text: firstSentence(summary), source: 'summary' });
  }

  const requiredKeys = new Set(skills.required.map((skill) => skillKey(skill)));
  const kind = roleKind(title);
  const postingWords = new Set(contentRoots(postingText));
  const scored = candidates.map((candidate, order) => {
    const mentioned = skills.matched.filter((skill) => mentionsSkill(candidate.text, skill));
    const shared = new Set(contentRoots(candidate.text).filter((word) => postingWords.has(word))).size;
    const score = mentioned.reduce((sum, skill) => sum + (requiredKeys.has(skillKey(skill)) ? 2 : 1), 0) + shared / 2;
    // A stated result that touches the posting's words tells most: those come first, a percentage before a count.
    const measured = measuredResult(candidate.text);
    // A line of the kind of work the role is (teaching for an educator, the record system for informatics) tells first.
    const tier = kind && showsKind(candidate.text, kind) ? -1 : score > 0 ? (measured > 0 ? 0 : 1) : 2;
    return { highlight: { ...candidate, skills: mentioned, touchesPosting: score > 0 || tier < 0 }, score, order, tier, measured };
  });
  return scored
    .sort(
      (left, right) =>
        left.tier - right.tier ||
        right.measured - left.measured ||
        right.score - left.score ||
        sourceWeight[left.highlight.source] - sourceWeight[right.highlight.source] ||
        left.order - right.order,
    )
    .map(({ highlight }) => highlight);
}

// The head nouns of job titles: a line that is only a title ("Staff Nurse – Band 5", "Senior Care Assistant") is the next
// job's heading the reader filed as a bullet, never something the person did.
const titleNoun =
  /^(?:[\p{L}.'’&/-]+\s+){0,4}(?:nurse|midwife|paramedic|assistant|officer|technician|engineer|manager|worker|driver|electrician|plumber|chef|cook|analyst|developer|consultant|co-?ordinator|supervisor|specialist|therapist|pharmacist|teacher|clerk|administrator|receptionist|associate|executive|designer|accountant|intern|apprentice|operative|practitioner|carer|lead|director|head of [\p{L} ]+)(?:\s*[(,–—-]\s*(?:band|grade|level|class)\s*\d+[a-z]?\)?)?$/iu;

/**
 * Whether a bullet is only a job title: one of the resume's own positions, or a short line
 * naming a role with no verb ("Staff Nurse – Band 5"). A prep pack never titles a story by it, and
 * a letter never tells it.
 *
 * @example
 * isJobTitleLine('Staff Nurse – Band 5', []); // true
 * isJobTitleLine('Trained 30 new starters', []); // false
 */
export function isJobTitleLine(text: string, positions: readonly string[]): boolean {
  const line = text.trim().replace(/[.;]+$/, '');
  if (positions.includes(line.toLowerCase())) return true;
  return line.split(/\s+/).length <= 7 && titleNoun.test(line) && !startsWithActionVerb(line);
}

/**
 * How strongly a bullet states a measured result: 2 for a percentage or a change "from 900 ms
 * to 180 ms", 1.5 for a result verb with a figure ("Saved 3 hours a week"), 1 for a figure
 * alone (a scale: "a 20-bed unit", "90+ moves a week"), 0 for none.
 *
 * @example
 * measuredResult('Cut p99 latency from 900 ms to 180 ms'); // 2
 */
export function measuredResult(text: string): number {
  if (/\d\s*%|\bper ?cent\b|\bfrom \S+(?:\s+\S+)?\s+to\s+\S*\d/i.test(text)) return 2;
  if (!/\d/.test(text)) return 0;
  return /\b(?:cut|cutting|reduc\w*|lower\w*|rais\w*|increas\w*|sav\w*|grew|grow\w*|improv\w*|halv\w*|doubl\w*|tripl\w*|shorten\w*|boost\w*|decreas\w*|won|generat\w*|brought|zero)\b/i.test(text) ? 1.5 : 1;
}

// Words that say what the work is about ("payroll", "declarations"), by their first five letters; not the words every posting and bullet share.
const commonWords = new Set(
  'with from into that this their them they your will have been were about across within under over team teams work working worked role roles years year experience skills knowledge daily weekly monthly new more most also other every each than then such well high good strong'.split(' '),
);
function contentRoots(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4 && !commonWords.has(word))
    .map((word) => word.slice(0, 5));
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
