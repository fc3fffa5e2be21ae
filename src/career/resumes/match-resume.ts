import type { ResumeRecord } from '../../db/repositories/resumes.ts';
import type { MatchResponse } from '../../protocol/api.ts';
import { analyzeMatch, type JobPosting } from '../../resume/match.ts';

/**
 * Scores a stored resume against a posting, in the API's shape: what the match route
 * returns, what the chat summarises and what the writers write to.
 *
 * @example
 * const match = matchResume(resume, postingOf(job), job.id);
 * match.breakdown.skills.nice_to_have.missing; // ['Kafka']
 */
export function matchResume(resume: ResumeRecord, posting: JobPosting, jobId?: string): MatchResponse {
  const result = analyzeMatch({ resume: resume.resume, rawText: resume.raw_text, posting });
  const { skills, experience, seniority, keywords } = result.breakdown;
  return {
    score: result.score,
    scored: result.scored,
    breakdown: {
      skills: { score: skills.score, weight: skills.weight, required: skills.required, nice_to_have: skills.niceToHave },
      experience: {
        score: experience.score,
        weight: experience.weight,
        years_required: experience.yearsRequired,
        years_shown: experience.yearsShown,
        ...(experience.setting
          ? { setting: { said: experience.setting.said, years_asked: experience.setting.yearsAsked, years_shown: experience.setting.yearsShown, roles: experience.setting.roles, mandatory: experience.setting.mandatory } }
          : {}),
      },
      seniority: { score: seniority.score, weight: seniority.weight, posting: seniority.posting, resume: seniority.resume },
      keywords: { score: keywords.score, weight: keywords.weight, found: keywords.found, missing: keywords.missing },
    },
    matched: result.matched,
    missing: result.missing,
    conditions: result.conditions.map(({ shownBy, listedBelow, degreeBelow, inProgress, orExperience, orEligible, eligibleBy, stepsBelow: _steps, ...condition }) => ({
      ...condition,
      shown_by: shownBy,
      ...(listedBelow ? { listed_below: listedBelow } : {}),
      ...(degreeBelow ? { degree_below: degreeBelow } : {}),
      ...(inProgress ? { in_progress: inProgress } : {}),
      ...(orExperience ? { or_experience: true } : {}),
      ...(orEligible ? { or_eligible: true } : {}),
      ...(eligibleBy ? { eligible_by: eligibleBy } : {}),
    })),
    knock_outs: result.knockOuts,
    advice: result.advice,
    explanation: result.explanation,
    ...(jobId ? { job_id: jobId } : {}),
    resume_id: resume.id,
  };
}
