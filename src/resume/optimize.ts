/**
 * Resume edits for one posting without a model: a prioritised list of concrete changes,
 * each with the reason it helps. Only edits the person can make honestly: surface skills
 * the resume already evidences, move the most relevant bullets up, use the posting's words
 * where true; skills with no evidence are suggested only "if you have used it". A skill the
 * posting lists as nice to have is never called required, and a requirement with
 * alternatives ("PostgreSQL or ClickHouse") is one requirement any of them meets.
 */
import type { JsonResume } from '../protocol/json-resume.ts';
import { prepareResume, preparePosting, scorePosting, type JobPosting, type PreparedResume } from './match.ts';
import { findSkillNames } from './skill-tokenizer.ts';
import { stem } from './match/salient-terms.ts';

export const optimizeFocuses = ['keywords', 'skills', 'experience', 'summary'] as const;
export type OptimizeFocus = (typeof optimizeFocuses)[number];

export type ResumeEditKind = 'surface-skill' | 'move-bullet' | 'add-keyword' | 'add-skill' | 'summary';

export interface ResumeEdit {
  /** 1 is the most useful edit. */
  priority: number;
  kind: ResumeEditKind;
  /** Where to make it: "Skills", "Acme Corp", "Summary". */
  target: string;
  suggestion: string;
  reason: string;
}

export interface SuggestEditsInput {
  resume: JsonResume;
  rawText?: string;
  posting: JobPosting;
  focus?: OptimizeFocus;
  now?: Date;
}

const focusKinds: Record<OptimizeFocus, readonly ResumeEditKind[]> = {
  skills: ['surface-skill', 'add-skill'],
  keywords: ['add-keyword', 'surface-skill'],
  experience: ['move-bullet'],
  summary: ['summary'],
};
// Without a focus: evidence you already have first, then order, then words, then gaps.
const defaultOrder: readonly ResumeEditKind[] = ['surface-skill', 'move-bullet', 'summary', 'add-keyword', 'add-skill'];

/**
 * Suggests edits that would make the resume fit the posting better.
 *
 * @example
 * suggestEdits({ resume, rawText, posting: { title: 'SRE', description } })[0];
 * // { priority: 1, kind: 'surface-skill', target: 'Skills', suggestion: 'Add Kubernetes to your Skills section.', … }
 */
export function suggestEdits(input: SuggestEditsInput): ResumeEdit[] {
  const prepared = prepareResume(input.resume, { rawText: input.rawText, now: input.now });
  const posting = preparePosting(input.posting, prepared.vocabulary);
  const match = scorePosting(prepared, posting);
  const wanted = [
    ...posting.requiredSkills.map((requirement) => ({ requirement, required: true })),
    ...posting.niceToHaveSkills.map((requirement) => ({ requirement, required: false })),
  ];
  const edits: Omit<ResumeEdit, 'priority'>[] = [];

  for (const { requirement, required } of wanted) {
    for (const name of requirement.anyOf) {
      const evidence = prepared.skills.get(name);
      if (!evidence || evidence.listed) continue;
      const where = evidence.shownIn.filter((place) => place !== 'resume text');
      const asks = requirement.anyOf.length > 1 ? `${required ? 'requires' : 'would like'} one of ${requirement.label}:` : `${required ? 'requires' : 'would like (nice to have)'}`;
      edits.push({
        kind: 'surface-skill',
        target: 'Skills',
        suggestion: `Add ${name} to your Skills section.`,
        reason: `The posting ${asks} ${name}${where.length ? ` and your resume already shows it (${where.join(', ')})` : ' and your resume mentions it'}, but the Skills section does not list it.`,
      });
    }
  }

  edits.push(...bulletMoves(prepared, posting.requiredSkills.flatMap((requirement) => requirement.anyOf), posting.keywords.map((term) => term.stem)));

  const summary = `${input.resume.basics?.label ?? ''} ${input.resume.basics?.summary ?? ''}`;
  const summarySkills = new Set(findSkillNames(summary, prepared.vocabulary));
  const leadSkills = match.breakdown.skills.required.matched.filter((name) => !summarySkills.has(name)).slice(0, 3);
  if (leadSkills.length > 0) {
    edits.push({
      kind: 'summary',
      target: 'Summary',
      suggestion: `Name ${leadSkills.join(', ')} in your summary${input.resume.basics?.summary ? '' : ' (add a two-line summary under your name)'}.`,
      reason: `The posting asks for ${leadSkills.length > 1 ? 'them' : 'it'} and you have ${leadSkills.length > 1 ? 'them' : 'it'}; the summary is read first.`,
    });
  }

  const latest = input.resume.work?.[0]?.name ?? 'your latest role';
  for (const word of match.breakdown.keywords.missing.slice(0, 4)) {
    edits.push({
      kind: 'add-keyword',
      target: latest,
      suggestion: `If it describes your work, use the word "${word}" in a bullet (for example under ${latest}).`,
      reason: `"${word}" is one of the posting's most used terms and your resume never says it.`,
    });
  }

  const alternativeLabels = new Set(posting.requiredSkills.filter((requirement) => requirement.anyOf.length > 1).map((requirement) => requirement.label));
  for (const label of match.breakdown.skills.required.missing) {
    const alternatives = alternativeLabels.has(label);
    edits.push({
      kind: 'add-skill',
      target: 'Skills',
      suggestion: `Only if you have used ${alternatives ? `one of ${label}` : label}: add it to Skills and show it in a bullet with what you did.`,
      reason: `The posting requires ${alternatives ? `one of ${label}` : label} and nothing in your resume shows it.`,
    });
  }

  const order = input.focus ? [...focusKinds[input.focus], ...defaultOrder.filter((kind) => !focusKinds[input.focus as OptimizeFocus].includes(kind))] : defaultOrder;
  return edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => order.indexOf(a.edit.kind) - order.indexOf(b.edit.kind) || a.index - b.index)
    .map(({ edit }, index) => ({ priority: index + 1, ...edit }));
}

// In each of the three latest roles, the bullet that names the most of what the posting asks
// for belongs first.
function bulletMoves(prepared: PreparedResume, requiredSkills: readonly string[], keywordStems: readonly string[]): Omit<ResumeEdit, 'priority'>[] {
  const moves: Omit<ResumeEdit, 'priority'>[] = [];
  const stems = new Set(keywordStems);
  for (const work of (prepared.resume.work ?? []).slice(0, 3)) {
    const highlights = work.highlights ?? [];
    if (highlights.length < 2) continue;
    const rated = highlights.map((text, index) => {
      const skills = findSkillNames(text, prepared.vocabulary).filter((name) => requiredSkills.includes(name));
      const words = new Set(text.split(/[^\p{L}\p{N}]+/u).map(stem).filter((word) => stems.has(word)));
      return { text, index, skills, rating: skills.length * 2 + words.size };
    });
    const best = [...rated].sort((a, b) => b.rating - a.rating || a.index - b.index)[0];
    const first = rated[0];
    if (!best || !first || best.index === 0 || best.rating <= first.rating) continue;
    const what = best.skills.length > 0 ? `it shows ${best.skills.join(', ')}, which the posting requires` : 'it uses more of the posting\'s own terms';
    moves.push({
      kind: 'move-bullet',
      target: work.name ?? work.position ?? 'work history',
      suggestion: `Move "${truncate(best.text)}" to the top of ${work.name ?? 'this role'}.`,
      reason: `Readers skim the first bullet; ${what}.`,
    });
  }
  return moves;
}

function truncate(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}
