/**
 * One parsed resume against its truth, field by field. Every field of the truth is one
 * check; every job or school the reader found that is not in the truth is one more (failed)
 * check, so inventing entries costs accuracy. Jobs and schools are aligned by best match,
 * not by position, so a reader that reorders entries is not punished for the order.
 */
import type { JsonResume, ResumeEducation, ResumeWork } from '../../src/protocol/json-resume.ts';
import { isSpokenLanguage } from '../../src/resume/sections/spoken-language.ts';

export const fieldNames = [
  'name',
  'email',
  'phone',
  'location',
  'profile',
  'work.company',
  'work.position',
  'work.startDate',
  'work.endDate',
  'work.invented',
  'education.institution',
  'education.area',
  'education.studyType',
  'education.invented',
  'skills',
] as const;
export type FieldName = (typeof fieldNames)[number];

export interface FieldCheck {
  field: FieldName;
  correct: boolean;
  /** What the truth says (for an invented entry: nothing). */
  want: string;
  /** What the reader produced. */
  got: string;
}

/** Lower case, NFC, no dots or commas, single spaces: "Brightpath Payments, Inc." ≈ "brightpath payments inc". */
export function normaliseText(value: unknown): string {
  return String(value ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,;:·|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `https://www.linkedin.com/in/x/` ≈ `linkedin.com/in/x`. */
export function normaliseUrl(value: unknown): string {
  return String(value ?? '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/**
 * A date is right when it says what the truth says at the truth's precision: truth
 * `2021-03` needs `2021-03…`, truth `2016` needs `2016…`. A missing truth end date means
 * "current", which the reader must leave empty.
 */
function sameDate(want: string | undefined, got: string | undefined): boolean {
  if (!want) return !got;
  return typeof got === 'string' && got.slice(0, want.length) === want;
}

const words = (value: unknown) => new Set(normaliseText(value).split(' ').filter(Boolean));

function overlap(a: unknown, b: unknown): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size);
}

/**
 * Pairs truth entries with found entries, best-scoring pairs first; pairs that share
 * nothing stay unpaired (the truth entry is missing, the found one invented).
 */
export function align<T, U>(truth: T[], found: U[], similarity: (want: T, got: U) => number): { pairs: [T, U | undefined][]; invented: U[] } {
  const candidates: { i: number; j: number; score: number }[] = [];
  truth.forEach((want, i) => found.forEach((got, j) => candidates.push({ i, j, score: similarity(want, got) })));
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const paired = new Map<number, number>();
  const used = new Set<number>();
  for (const { i, j, score } of candidates) {
    if (score <= 0 || paired.has(i) || used.has(j)) continue;
    paired.set(i, j);
    used.add(j);
  }
  return {
    pairs: truth.map((want, i) => [want, paired.has(i) ? found[paired.get(i)!] : undefined]),
    invented: found.filter((_, j) => !used.has(j)),
  };
}

const jobSimilarity = (want: ResumeWork, got: ResumeWork) =>
  overlap(want.name, got.name) * 2 +
  overlap(want.position, got.position) +
  // Company and title read into the other field still identify the job.
  overlap(`${want.name} ${want.position}`, `${got.name ?? ''} ${got.position ?? ''}`) +
  (want.startDate && sameDate(want.startDate, got.startDate) ? 0.5 : 0);

const schoolSimilarity = (want: ResumeEducation, got: ResumeEducation) =>
  overlap(want.institution, got.institution) * 2 +
  overlap(`${want.institution} ${want.area} ${want.studyType}`, `${got.institution ?? ''} ${got.area ?? ''} ${got.studyType ?? ''}`);

/** The skills a reader should find: every keyword, or a skill's name when it has no keywords. */
export function truthSkills(truth: JsonResume): string[] {
  return (truth.skills ?? []).flatMap((skill) => (skill.keywords?.length ? skill.keywords : skill.name ? [skill.name] : []));
}

/** Every check for one parsed resume. */
export function scoreResume(truth: JsonResume, parsed: JsonResume): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const check = (field: FieldName, want: unknown, got: unknown, correct: boolean) =>
    checks.push({ field, correct, want: String(want ?? ''), got: got === undefined ? '(none)' : String(got) });
  const want = truth.basics ?? {};
  const got = parsed.basics ?? {};
  if (want.name) check('name', want.name, got.name, normaliseText(want.name) === normaliseText(got.name));
  if (want.email) check('email', want.email, got.email, String(want.email).toLowerCase() === String(got.email ?? '').trim().toLowerCase());
  if (want.phone) check('phone', want.phone, got.phone, digits(want.phone) === digits(got.phone));
  if (want.location?.city) {
    check('location', want.location.city, got.location?.city, normaliseText(want.location.city) === normaliseText(got.location?.city));
  }
  const foundUrls = [got.url, ...(got.profiles ?? []).map((profile) => profile.url)].filter(Boolean).map(normaliseUrl);
  for (const profile of want.profiles ?? []) {
    const url = normaliseUrl(profile.url);
    check('profile', profile.url, foundUrls.find((found) => found.includes(url.split('/')[0] ?? '')) ?? undefined, foundUrls.includes(url));
  }

  const jobs = align(truth.work ?? [], parsed.work ?? [], jobSimilarity);
  for (const [job, found] of jobs.pairs) {
    check('work.company', job.name, found?.name, !!found && normaliseText(job.name) === normaliseText(found.name));
    check('work.position', job.position, found?.position, !!found && normaliseText(job.position) === normaliseText(found.position));
    check('work.startDate', job.startDate, found?.startDate, !!found && sameDate(job.startDate, found.startDate));
    check('work.endDate', job.endDate ?? '(current)', found ? found.endDate || '(current)' : undefined, !!found && sameDate(job.endDate, found.endDate || undefined));
  }
  for (const found of jobs.invented) check('work.invented', '', `${found.position ?? ''} @ ${found.name ?? ''}`, false);

  const schools = align(truth.education ?? [], parsed.education ?? [], schoolSimilarity);
  for (const [school, found] of schools.pairs) {
    check('education.institution', school.institution, found?.institution, !!found && normaliseText(school.institution) === normaliseText(found.institution));
    check('education.area', school.area, found?.area, !!found && normaliseText(school.area) === normaliseText(found.area));
    check('education.studyType', school.studyType, found?.studyType, !!found && normaliseText(school.studyType) === normaliseText(found.studyType));
  }
  for (const found of schools.invented) check('education.invented', '', `${found.studyType ?? ''} @ ${found.institution ?? ''}`, false);

  const foundSkills = new Set((parsed.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]).map(normaliseText));
  for (const skill of truthSkills(truth)) {
    if (foundSkills.has(normaliseText(skill))) check('skills', skill, skill, true);
    else {
      const spoken = asSpokenLanguage(skill, parsed);
      check('skills', skill, spoken, spoken !== undefined);
    }
  }
  return checks;
}

// Spoken languages the reader's table does not name (it names those a skills list most often holds); names in a
// script other than Latin ("한국어", "日本語") are spoken languages by their script.
const moreSpokenLanguages = new Set(['te reo māori', 'māori', 'twi', 'ga', 'ewe', 'fante', 'hawaiian', 'samoan', 'tongan', 'shona', 'somali', 'wolof', 'nepali', 'sinhala', 'khmer', 'tiếng việt', 'ungarisch', 'schwedisch', 'espagnol', 'mongolian', 'georgian', 'armenian', 'albanian', 'maltese']);

/**
 * A spoken language the truth lists among its skills ("Polish (native)" in a group named
 * "Languages"), which the reader is right to file among the person's languages instead: right when
 * the languages hold it with the level the truth gives in brackets ("Polish", fluency "native").
 * A language read without its level, or not at all, stays a missed skill.
 */
function asSpokenLanguage(keyword: string, parsed: JsonResume): string | undefined {
  const [, language = keyword, level] = /^(.*?)\s*(?:\((.*)\))?\s*$/.exec(keyword) ?? [];
  // Only a spoken language's name: "Go" or "Python" filed among the languages is still a missed skill.
  if (!isSpokenLanguage(language) && !moreSpokenLanguages.has(normaliseText(language)) && !/[^\p{Script=Latin}\s]/u.test(language)) return undefined;
  const entry = (parsed.languages ?? []).find((found) => normaliseText(found.language) === normaliseText(language));
  if (!entry || (level !== undefined && normaliseText(entry.fluency) !== normaliseText(level))) return undefined;
  return `${entry.language ?? ''} (language${entry.fluency ? `, ${entry.fluency}` : ''})`;
}
