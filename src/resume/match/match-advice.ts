/**
 * Three to five concrete pieces of advice, each tied to something the match found missing
 * (a required skill, a nice-to-have, years, level, the posting's own words), most useful
 * first. Advice never tells anyone to claim what they have not done.
 */
import type { PreparedPosting } from './prepare-posting.ts';
import type { PreparedResume } from './prepare-resume.ts';

export interface AdviceInput {
  resume: PreparedResume;
  posting: PreparedPosting;
  missingRequired: readonly string[];
  missingNice: readonly string[];
  matchedRequired: readonly string[];
  missingKeywords: readonly string[];
  yearsShort: boolean;
  levelBelow: boolean;
}

const maximum = 5;
// Categories whose members stand in for each other (MySQL for PostgreSQL, GCP for AWS).
const substitutable = new Set(['language', 'database', 'cloud', 'frontend', 'mobile', 'messaging', 'testing', 'ml', 'design', 'data']);
const minimum = 3;

/**
 * Builds the advice list for a match.
 *
 * @example
 * matchAdvice({ resume, posting, missingRequired: ['Kubernetes'], … });
 * // ['The posting requires Kubernetes, which your resume does not mention. …', …]
 */
export function matchAdvice(input: AdviceInput): string[] {
  const { resume, posting } = input;
  const advice: string[] = [];
  for (const skill of input.missingRequired.slice(0, 2)) advice.push(missingSkillAdvice(skill, resume, false));
  if (input.yearsShort && posting.yearsRequired !== undefined) {
    advice.push(
      `The posting asks for ${posting.yearsRequired}+ years; your work history shows ${formatYears(resume.yearsOfExperience)}. ` +
        'Add any relevant freelance, open-source or part-time work with its dates, and lead with the results that show the most ownership.',
    );
  }
  if (input.levelBelow && posting.seniority) {
    const yours = resume.seniorityTitle ? `your latest title ("${resume.seniorityTitle}") reads ${resume.seniority}` : `your history reads ${resume.seniority}`;
    advice.push(
      `This is a ${posting.seniority}-level role and ${yours}. Put first the bullets where you owned a decision, led people or a project, or mentored someone.`,
    );
  }
  for (const skill of input.missingRequired.slice(2, 4)) advice.push(missingSkillAdvice(skill, resume, false));
  if (input.missingKeywords.length > 0) {
    const words = input.missingKeywords.slice(0, 4).map((word) => `"${word}"`).join(', ');
    advice.push(`Where it is true, use the posting's own words: ${words}. Screeners and search tools match on them.`);
  }
  for (const skill of input.missingNice.slice(0, 1)) advice.push(missingSkillAdvice(skill, resume, true));
  const unshown = input.matchedRequired.filter((skill) => {
    const evidence = resume.skills.get(skill);
    return evidence?.listed && !evidence.shownIn.some((place) => place !== 'resume text');
  });
  if (unshown.length > 0) {
    const names = unshown.slice(0, 3).join(', ');
    advice.push(`You list ${names} but no role or project shows ${unshown.length > 1 ? 'them' : 'it'} in use; add a bullet where you applied ${unshown.length > 1 ? 'them' : 'it'}, with a result.`);
  }
  const fillers = [
    () =>
      input.matchedRequired.length > 0
        ? `Lead your Skills section with what this posting asks for and you have: ${input.matchedRequired.slice(0, 5).join(', ')}.`
        : undefined,
    () => {
      const latest = resume.resume.work?.[0];
      return latest?.name ? `Quantify the first bullet under ${latest.name} (users, latency, revenue, time saved) so the fit reads at a glance.` : undefined;
    },
    () => `Mirror the job title "${posting.title}" in your headline if it honestly describes what you do.`,
  ];
  for (const filler of fillers) {
    if (advice.length >= minimum) break;
    const text = filler();
    if (text) advice.push(text);
  }
  return advice.slice(0, maximum);
}

// `skill` is a requirement label: one skill, or alternatives ("Go or Rust").
function missingSkillAdvice(skill: string, resume: PreparedResume, niceToHave: boolean): string {
  const asks = niceToHave ? `lists ${skill} as nice to have` : `requires ${skill}`;
  const first = skill.split(' or ')[0] ?? skill;
  const category = resume.vocabulary.byName.get(first.toLowerCase())?.category;
  const related = category && substitutable.has(category) ? (resume.skillsByCategory.get(category) ?? []).slice(0, 2) : [];
  if (related.length > 0) {
    return `The posting ${asks}; your resume shows ${related.join(' and ')}. If you have used ${skill}, name it in your skills and in the bullet where you used it; if not, say how ${related[0]} carries over.`;
  }
  return `The posting ${asks}, which your resume does not mention. If you have used it, add it to your skills and to a bullet that shows what you did with it; if not, a small project with it would close the gap.`;
}

function formatYears(years: number): string {
  return `${years} year${years === 1 ? '' : 's'}`;
}
