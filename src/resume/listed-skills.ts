import type { ResumeSkill } from '../protocol/json-resume.ts';

/**
 * The skills a resume lists in its `skills` section: the keywords, and a group's name only when
 * it has none (a name like "Backend" is a heading, not a skill).
 *
 * @example
 * listedSkills({ skills: [{ name: 'Backend', keywords: ['Go', 'PostgreSQL'] }, { name: 'Docker' }] });
 * // ['Go', 'PostgreSQL', 'Docker']
 */
export function listedSkills(resume: { skills?: readonly Pick<ResumeSkill, 'name' | 'keywords'>[] }): string[] {
  const skills = (resume.skills ?? []).flatMap((group) =>
    group.keywords?.length ? group.keywords : group.name ? [group.name] : [],
  );
  return [...new Set(skills.map((skill) => skill.trim()).filter(Boolean))];
}
