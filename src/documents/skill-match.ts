import { listedSkills } from '../resume/listed-skills.ts';
import { mentionsSkill } from '../resume/skill-tokenizer.ts';
import { skillKey } from '../resume/skill-vocabulary.ts';
import type { WriterPosting, WriterResume } from './writer-input.ts';

/** Everything the resume says, as one text to search for skills. */
export function resumeText(resume: WriterResume): string {
  const parts: (string | undefined)[] = [resume.basics?.label, resume.basics?.summary];
  for (const work of resume.work ?? []) parts.push(work.position, work.summary, ...(work.highlights ?? []));
  for (const project of resume.projects ?? []) parts.push(project.name, project.description, ...(project.highlights ?? []));
  for (const skill of resume.skills ?? []) parts.push(skill.name, ...(skill.keywords ?? []));
  for (const education of resume.education ?? []) parts.push(education.area, education.studyType);
  return parts.filter((part): part is string => Boolean(part)).join('\n');
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
  const listedKeys = new Set(listedSkills(resume).map((skill) => skillKey(skill)));
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
  const requiredKeys = new Set(required.map((skill) => skillKey(skill)));
  const requiredFirst = (skills: string[]) => [
    ...skills.filter((skill) => requiredKeys.has(skillKey(skill))),
    ...skills.filter((skill) => !requiredKeys.has(skillKey(skill))),
  ];
  const matched = postingSkills.filter(shown);
  return {
    matched: requiredFirst(matched),
    missing: requiredFirst(postingSkills.filter((skill) => !matched.includes(skill))),
    required,
  };
}
