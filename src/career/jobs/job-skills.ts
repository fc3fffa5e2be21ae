import type { JobRecord } from '../../db/repositories/jobs.ts';
import { findSkillNames } from '../../resume/skill-tokenizer.ts';
import { loadSkillVocabulary } from '../../resume/skill-vocabulary.ts';

/**
 * The technologies and skills a posting names: its tags, then the vocabulary's skills
 * found in its title and description, each once, in that order.
 *
 * @example
 * jobSkills(job); // ['TypeScript', 'AWS', 'PostgreSQL']
 */
export function jobSkills(job: Pick<JobRecord, 'title' | 'tags' | 'description'>): string[] {
  const vocabulary = loadSkillVocabulary();
  const found = [...job.tags, ...findSkillNames(`${job.title}\n${job.description}`, vocabulary)];
  const seen = new Set<string>();
  return found.filter((skill) => {
    const key = skill.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
