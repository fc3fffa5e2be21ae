import type { MatchResponse } from '../protocol/api.ts';
import { skillNames } from '../resume/match/skill-names.ts';
import { notHeldInWords } from '../resume/credential-status.ts';

/** A 10-cell bar for a 0–100 score: "███████░░░". */
export const bar = (score: number): string => {
  const filled = Math.round(Math.max(0, Math.min(100, score)) / 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
};

/**
 * A match as people read it (the API's shape, so the CLI and the chat show the same):
 * the score, the breakdown as bars, matched and missing skills, and the advice.
 *
 * @example
 * formatMatch(result, 'Senior Engineer at Acme');
 */
export function formatMatch(result: MatchResponse, against: string): string {
  const { breakdown } = result;
  const row = (name: string, score: number | null, detail: string) =>
    `  ${name.padEnd(10)} ${score === null ? '—'.padEnd(10) : bar(score)} ${score === null ? 'n/a' : String(Math.round(score)).padStart(3)}  ${detail}`;
  const shown = `${breakdown.experience.years_shown} year${breakdown.experience.years_shown === 1 ? '' : 's'}`;
  const { setting } = breakdown.experience;
  // "3+ years in ICU": the years in that setting are what was compared, said beside the years in the field.
  const experience = setting
    ? `${Math.round(setting.years_shown)} of ${setting.years_asked}+ years asked in ${setting.said} (${shown} in all)`
    : breakdown.experience.years_required
      ? `${shown} shown, ${breakdown.experience.years_required}+ asked`
      : `${shown} shown, none asked`;
  const seniority = breakdown.seniority.posting
    ? `you read as ${breakdown.seniority.resume}, the role is ${breakdown.seniority.posting}`
    : `you read as ${breakdown.seniority.resume}`;
  // Required credentials and languages count beside the skills: "3/3 required" beside a language that "counts as missing" contradicts itself.
  const requiredConditions = (result.conditions ?? []).filter((condition) => condition.weighs && !condition.optional);
  const requiredMet = skillNames(breakdown.skills.required.matched).length + requiredConditions.filter((condition) => condition.shown_by !== null).length;
  const requiredAsked = skillNames(breakdown.skills.required.matched).length + skillNames(breakdown.skills.required.missing).length + requiredConditions.length;
  const knockOuts = result.knock_outs ?? [];
  const lines = [
    // A posting with nothing to compare has no figure: "0/100" would read as no fit, a number from its title alone as a fit.
    result.scored === false
      ? `Match with ${against}: no score (the posting states no requirements to compare)`
      : `Match with ${against}: ${result.score}/100${knockOuts.length > 0 ? ` — knock-out: ${knockOuts.join(', ')} mandatory, not met` : ''}`,
    // Counted by name as the alert's inbox counts them ("Transport management and freight forwarding" is two): one job, one count.
    row('skills', breakdown.skills.score, `${requiredMet}/${requiredAsked} required`),
    row('experience', breakdown.experience.score, experience),
    row('seniority', breakdown.seniority.score, seniority),
    row(
      'keywords',
      breakdown.keywords.score,
      // Too few of the posting's words to judge: the count is shown as what it is, not as a score beside the total.
      breakdown.keywords.score === null
        ? `not scored (the posting repeats too few words; ${breakdown.keywords.found.length} of ${breakdown.keywords.found.length + breakdown.keywords.missing.length} found)`
        : `${breakdown.keywords.found.length} of ${breakdown.keywords.found.length + breakdown.keywords.missing.length} found`,
    ),
    `Matched: ${result.matched.join(', ') || 'none'}`,
    `Missing: ${result.missing.join(', ') || 'none'}`,
  ];
  const conditions = result.conditions ?? [];
  if (conditions.length > 0) {
    lines.push(
      'Other requirements:',
      ...conditions.map((condition) => {
        const state = condition.eligible_by
          ? `met by eligibility (the posting accepts it; your resume shows "${condition.eligible_by}")`
          : condition.shown_by
          ? `met ("${condition.shown_by}")`
          : condition.listed_below
            ? `your resume lists ${condition.listed_below}, below the level asked${condition.optional ? '' : condition.mandatory ? ' (mandatory: a knock-out)' : ' (counts as missing)'}`
            : condition.in_progress
              ? `your resume lists "${condition.in_progress}": ${notHeldInWords(condition.in_progress)}${condition.optional ? '' : condition.mandatory ? ' (mandatory: a knock-out)' : ' (counts as missing)'}`
            : condition.degree_below
              ? `your resume lists ${condition.degree_below}, a lower degree${condition.optional ? '' : ' (counts as missing)'}${condition.or_experience ? '; the posting accepts equivalent experience instead' : ''}`
              : condition.weighs && !condition.optional
            ? `not shown on your resume (${condition.mandatory ? 'mandatory: a knock-out' : 'counts as missing'})`
            : 'not shown on your resume (not scored; say it if true)';
        return `  ${condition.shown_by ? '✓' : '✗'} ${condition.requirement}${condition.optional ? ' (nice to have)' : ''}: ${state}`;
      }),
    );
  }
  if (result.explanation?.length) lines.push('How it was read:', ...result.explanation.map((line) => `- ${line}`));
  if (result.advice.length > 0) lines.push('Advice:', ...result.advice.map((advice) => `- ${advice}`));
  return lines.join('\n');
}
