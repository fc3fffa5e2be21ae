import type { WriterPosting, WriterResume } from './writer-input.ts';

/** Spellings that name the same skill; the first is how we write it. */
const aliasGroups: readonly (readonly string[])[] = [
  ['Node.js', 'Node', 'NodeJS'],
  ['PostgreSQL', 'Postgres'],
  ['Kubernetes', 'k8s'],
  ['Go', 'Golang'],
  ['JavaScript', 'JS'],
  ['TypeScript', 'TS'],
  ['CI/CD', 'CI', 'continuous integration'],
  ['Amazon Web Services', 'AWS'],
  ['Google Cloud', 'GCP', 'Google Cloud Platform'],
  ['Machine learning', 'ML'],
];

// Skills that are also everyday words: only matched as written ("Go", not "go").
const everydayWordSkills = new Set(['go', 'swift', 'rust', 'spring', 'express', 'ruby', 'dart', 'chef']);

function compact(skill: string): string {
  return skill
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#/]/g, '');
}

const aliasKeyByCompact = new Map<string, string>(
  aliasGroups.flatMap((group) => group.map((spelling) => [compact(spelling), compact(group[0] ?? spelling)])),
);

/**
 * A comparison key for a skill: case, punctuation and common aliases folded.
 *
 * @example
 * skillKey('Node.js') === skillKey('nodejs'); // true
 */
export function skillKey(skill: string): string {
  const key = compact(skill);
  const aliased = aliasKeyByCompact.get(key);
  if (aliased) return aliased;
  // "ReactJS" and "React" are the same skill; short names like "d3js" keep their suffix.
  return key.length > 5 && key.endsWith('js') ? key.slice(0, -2) : key;
}

function spellingsOf(skill: string): string[] {
  const key = skillKey(skill);
  const group = aliasGroups.find((candidate) => candidate.some((spelling) => skillKey(spelling) === key));
  const withoutSuffix = skill.replace(/\.?js$/i, '');
  return [...new Set([skill, ...(group ?? []), ...(withoutSuffix.length > 1 ? [withoutSuffix] : [])])];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Whether `text` mentions `skill` as a whole word (any alias; everyday words only as written).
 *
 * @example
 * mentionsSkill('Built APIs on node.js and Postgres', 'PostgreSQL'); // true
 */
export function mentionsSkill(text: string, skill: string): boolean {
  return spellingsOf(skill).some((spelling) => {
    const caseSensitive = spelling.length <= 2 || everydayWordSkills.has(spelling.toLowerCase());
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}+#]|\\.[\\p{L}])`,
      caseSensitive ? 'u' : 'iu',
    );
    return pattern.test(text);
  });
}

/** Everything the resume says, as one text to search for skills. */
export function resumeText(resume: WriterResume): string {
  const parts: (string | undefined)[] = [resume.basics?.label, resume.basics?.summary];
  for (const work of resume.work ?? []) parts.push(work.position, work.summary, ...(work.highlights ?? []));
  for (const project of resume.projects ?? []) parts.push(project.name, project.description, ...(project.highlights ?? []));
  for (const skill of resume.skills ?? []) parts.push(skill.name, ...(skill.keywords ?? []));
  for (const education of resume.education ?? []) parts.push(education.area, education.studyType);
  return parts.filter((part): part is string => Boolean(part)).join('\n');
}

/**
 * The skills a resume lists in its `skills` section: the keywords, and a group's name only when
 * it has none (a name like "Backend" is a heading, not a skill).
 */
export function listedSkills(resume: WriterResume): string[] {
  const skills = (resume.skills ?? []).flatMap((group) =>
    group.keywords?.length ? group.keywords : group.name ? [group.name] : [],
  );
  return [...new Set(skills.map((skill) => skill.trim()).filter(Boolean))];
}

/** Which of a posting's skills the resume shows, and which it lacks. */
export interface SkillMatch {
  /** Posting skills with evidence in the resume, required ones first, spelled as the posting does. */
  matched: string[];
  /** Posting skills without evidence in the resume, required ones first. */
  missing: string[];
  /** The posting's required skills (as given). */
  required: string[];
}

function uniqueByKey(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skillKey(skill);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Compares a posting's skills with a resume. A skill counts as matched only when the resume
 * shows it (listed or mentioned), so a letter never claims a skill the person did not state,
 * even when an upstream match says otherwise. Without listed posting skills, the resume's
 * own skills that the description mentions are the matches.
 *
 * @example
 * matchSkills(resume, { ...posting, requiredSkills: ['TypeScript', 'Kubernetes'] });
 * // { matched: ['TypeScript'], missing: ['Kubernetes'], required: ['TypeScript', 'Kubernetes'] }
 */
export function matchSkills(resume: WriterResume, posting: WriterPosting): SkillMatch {
  const text = resumeText(resume);
  const listedKeys = new Set(listedSkills(resume).map(skillKey));
  const shown = (skill: string) => listedKeys.has(skillKey(skill)) || mentionsSkill(text, skill);

  const required = uniqueByKey(posting.requiredSkills ?? []);
  const fromDescription = listedSkills(resume).filter((skill) => mentionsSkill(posting.description, skill));
  const postingSkills = uniqueByKey([
    ...(posting.matchedSkills ?? []),
    ...required,
    ...(posting.niceToHaveSkills ?? []),
    ...fromDescription,
    ...(posting.missingSkills ?? []),
  ]);
  const requiredKeys = new Set(required.map(skillKey));
  const requiredFirst = (skills: string[]) => [
    ...skills.filter((skill) => requiredKeys.has(skillKey(skill))),
    ...skills.filter((skill) => !requiredKeys.has(skillKey(skill))),
  ];
  return {
    matched: requiredFirst(postingSkills.filter(shown)),
    missing: requiredFirst(postingSkills.filter((skill) => !shown(skill))),
    required,
  };
}
