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
import { countsToward, fieldNames, jobFieldFromText, jobFieldOf, resumeFieldOf, roleFieldOf } from './match/job-field.ts';
import { namesASkill, namesTheJob } from './nameable-skill.ts';
import { postingLanguage } from './posting-language.ts';
import { loadSkillVocabulary } from './skill-vocabulary.ts';
import { readsWhole } from './whole-line.ts';
import { type AdviserEditKind, closestBullets, namesCredential, notWording, postingWords, skillOrder } from './adviser-edits.ts';

export const optimizeFocuses = ['keywords', 'skills', 'experience', 'summary'] as const;
export type OptimizeFocus = (typeof optimizeFocuses)[number];

export type ResumeEditKind = 'finish-bullet' | 'surface-skill' | 'move-bullet' | 'add-keyword' | 'add-skill' | 'summary' | AdviserEditKind;

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
  /** Where the job is ("Porto, Portugal (hybrid)"): its words are no keywords to add. */
  location?: string;
  focus?: OptimizeFocus;
  now?: Date;
}

const focusKinds: Record<OptimizeFocus, readonly ResumeEditKind[]> = {
  skills: ['surface-skill', 'skill-order', 'add-skill'],
  keywords: ['add-keyword', 'posting-word', 'surface-skill'],
  experience: ['finish-bullet', 'move-bullet', 'lead-bullet'],
  summary: ['summary'],
};
// Without a focus: a line cut short first (every reader sees it), then evidence you already have, then order, then words,
// then gaps, and last what no wording meets (a licence not held, years not worked), said plainly.
const defaultOrder: readonly ResumeEditKind[] = [
  'finish-bullet',
  'surface-skill',
  'move-bullet',
  'lead-bullet',
  'posting-word',
  'skill-order',
  'summary',
  'add-keyword',
  'add-skill',
  'not-wording',
];

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

  edits.push(...unfinishedBullets(input.resume));
  const moves = bulletMoves(prepared, posting.requiredSkills.flatMap((requirement) => requirement.anyOf), posting.keywords.map((term) => term.stem));
  edits.push(...moves);
  // Requirements said as phrases ("EHR optimisation or superuser roles"), which no skill name meets: the bullet closest to each.
  const unmet = new Set([...match.knockOuts, ...match.conditions.map((condition) => condition.requirement)].map((label) => label.toLowerCase()));
  const gaps = match.breakdown.skills.required.missing.filter((label) => !unmet.has(label.toLowerCase()) && !namesCredential(label));
  // (A phrase the resume meets, "investigation of cycle count variances", by its bullet; skill names are moved above.)
  const metPhrases = match.breakdown.skills.required.matched.filter((label) => !prepared.vocabulary.byName.has(label.toLowerCase()));
  edits.push(...closestBullets(prepared, { missing: gaps, met: metPhrases }, new Set(moves.map((move) => move.bullet))));
  edits.push(...postingWords(prepared, input.posting.description, resumeWords(input.resume), match));
  edits.push(...skillOrder(input.resume, prepared, match.breakdown.skills.required.matched));

  const change = careerChange(input.resume, input.posting, prepared);
  if (change) edits.push(change);

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
  for (const word of honestKeywords(match.breakdown.keywords.missing, input).slice(0, 4)) {
    edits.push({
      kind: 'add-keyword',
      target: latest,
      suggestion: `If it describes your work, use the word "${word}" in a bullet (for example under ${latest}).`,
      reason: `"${word}" is one of the posting's most used terms and your resume never says it.`,
    });
  }

  const alternativeLabels = new Set(posting.requiredSkills.filter((requirement) => requirement.anyOf.length > 1).map((requirement) => requirement.label));
  const written = resumeWords(input.resume);
  // A posting line that is no skill's name ("Unbefristete Festanstellung, Vollzeit") or the job itself ("Product
  // Management" for a Product Manager) is no skill to add.
  // (A licence or a mandatory requirement not met is no skill to add "if you have used it": see `notWording`.)
  for (const label of gaps.filter((name) => namesASkill(name, input.posting.description, written) && !namesTheJob(name, input.posting.title))) {
    const alternatives = alternativeLabels.has(label);
    edits.push({
      kind: 'add-skill',
      target: 'Skills',
      suggestion: `Only if you have used ${alternatives ? `one of ${label}` : label}: add it to Skills and show it in a bullet with what you did.`,
      reason: `The posting requires ${alternatives ? `one of ${label}` : label} and nothing in your resume shows it.`,
    });
  }

  edits.push(...notWording(match));

  const order = input.focus ? [...focusKinds[input.focus], ...defaultOrder.filter((kind) => !focusKinds[input.focus as OptimizeFocus].includes(kind))] : defaultOrder;
  return edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => order.indexOf(a.edit.kind) - order.indexOf(b.edit.kind) || a.index - b.index)
    .map(({ edit: { kind, target, suggestion, reason } }, index) => ({ priority: index + 1, kind, target, suggestion, reason }));
}

// In each of the three latest roles, the bullet that names the most of what the posting asks
// for belongs first.
function bulletMoves(prepared: PreparedResume, requiredSkills: readonly string[], keywordStems: readonly string[]): (Omit<ResumeEdit, 'priority'> & { bullet: string })[] {
  const moves: (Omit<ResumeEdit, 'priority'> & { bullet: string })[] = [];
  const stems = new Set(keywordStems);
  for (const work of (prepared.resume.work ?? []).slice(0, 3)) {
    const highlights = work.highlights ?? [];
    if (highlights.length < 2) continue;
    const rated = highlights.map((text, index) => {
      const skills = findSkillNames(text, prepared.vocabulary).filter((name) => requiredSkills.includes(name));
      const words = new Set(text.split(/[^\p{L}\p{N}]+/u).map(stem).filter((word) => stems.has(word)));
      return { text, index, skills, rating: skills.length * 2 + words.size };
    });
    // A line cut short is finished first (see unfinishedBullets), never moved up as it is.
    const best = [...rated].filter((line) => readsWhole(line.text)).sort((a, b) => b.rating - a.rating || a.index - b.index)[0];
    const first = rated[0];
    if (!best || !first || best.index === 0 || best.rating <= first.rating) continue;
    const what = best.skills.length > 0 ? `it shows ${best.skills.join(', ')}, which the posting requires` : 'it uses more of the posting\'s own terms';
    moves.push({
      kind: 'move-bullet',
      target: work.name ?? work.position ?? 'work history',
      suggestion: `Move "${truncate(best.text)}" to the top of ${work.name ?? 'this role'}.`,
      reason: `Readers skim the first bullet; ${what}.`,
      bullet: best.text,
    });
  }
  return moves;
}

function truncate(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}

// A bullet cut by a page break or a table ("Using SQL to reconcile … every week and", "Dashboards x 14 sites") reads
// as broken to a recruiter and to every writer that quotes it: finishing it is the first edit.
function unfinishedBullets(resume: JsonResume): Omit<ResumeEdit, 'priority'>[] {
  return (resume.work ?? []).slice(0, 3).flatMap((work) =>
    (work.highlights ?? [])
      .filter((text) => text.trim() !== '' && !readsWhole(text))
      .slice(0, 2)
      .map((text) => ({
        kind: 'finish-bullet' as const,
        target: work.name ?? work.position ?? 'work history',
        suggestion: `Finish the bullet "${truncate(text.trim())}" as a whole sentence: what you did and what came of it.`,
        reason: 'It reads as cut off (a line broken by the page or left from a table), so neither a recruiter nor a cover letter can use it.',
      })),
  );
}

// A career changer's resume is read for the work that carries over: the summary says the move and leads with it.
function careerChange(resume: JsonResume, posting: JobPosting, prepared: PreparedResume): Omit<ResumeEdit, 'priority'> | undefined {
  const latest = resume.work?.[0];
  if (!latest) return undefined;
  const vocabulary = loadSkillVocabulary();
  const from = roleFieldOf(latest, vocabulary, resumeFieldOf(resume, vocabulary));
  const to = jobFieldOf(posting.title, vocabulary) ?? jobFieldFromText(posting.description, vocabulary);
  if (!from || !to || countsToward(from, to)) return undefined;
  const wanted = new Set(findSkillNames(`${posting.title}\n${posting.description}`, prepared.vocabulary));
  // The line that names most of what the posting asks for, a stated result (a figure) before a duty.
  const lines = (resume.work ?? []).flatMap((work) => (work.highlights ?? []).filter((line) => readsWhole(line) && !/^responsible for\b/i.test(line)));
  const weight = (line: string) => findSkillNames(line, prepared.vocabulary).filter((name) => wanted.has(name)).length * 2 + (/\d/.test(line) ? 1 : 0);
  const carried = [...lines].sort((a, b) => weight(b) - weight(a))[0];
  return {
    kind: 'summary',
    target: 'Summary',
    suggestion: `Open your summary with the move, from ${fieldNames[from]} to ${fieldNames[to]}, and lead with the work that carries over${carried ? `: "${truncate(carried)}"` : ''}.`,
    reason: `You are changing field: a recruiter for ${fieldNames[to]} reads the first lines for the work that carries over, not for your current title.`,
  };
}

// The posting's words worth using: not its place, its contract, the job's own title ("Generalist", "Manager"), words
// the resume already has in another form ("translation" beside "Translated"), nor words of a posting in another language.
const contractWords = new Set(
  ('permanent temporary temp contract contractor fixed term full part time fulltime parttime hybrid remote onsite office salary benefits bonus shift shifts ' +
    'weekend weekends hours days weeks months years location based employment position role job vacancy opening apply applicants candidate join run make help').split(' '),
);
function honestKeywords(words: readonly string[], input: SuggestEditsInput): string[] {
  if (postingLanguage(input.posting.description)) return [];
  const roots = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => word.slice(0, 5));
  const roleNouns = roots(input.posting.title).filter((root) => /^(?:manag|gener|analy|engin|speci|coord|assis|direc|offic|consu|devel|desig|admin|techn|super|execu)/.test(root));
  const taken = new Set([...roleNouns, ...roots(input.location ?? ''), ...roots(resumeWords(input.resume))]);
  return words.filter((word) => !contractWords.has(word.toLowerCase()) && !roots(word).some((root) => taken.has(root)));
}

function resumeWords(resume: JsonResume): string {
  const work = (resume.work ?? []).flatMap((entry) => [entry.name, entry.position, entry.summary, ...(entry.highlights ?? [])]);
  const skills = (resume.skills ?? []).flatMap((group) => [group.name, ...(group.keywords ?? [])]);
  return [resume.basics?.label, resume.basics?.summary, ...work, ...skills].filter(Boolean).join('\n');
}
