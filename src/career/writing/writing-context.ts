import type { UnmetCondition, WriterPosting } from '../../documents/writer-input.ts';
import type { MatchResponse } from '../../protocol/api.ts';
import { listedSkills } from '../../resume/listed-skills.ts';
import { withoutGenderMarker } from '../../resume/match/gender-marker.ts';
import { findSkills } from '../../resume/skill-tokenizer.ts';
import { loadSkillVocabulary } from '../../resume/skill-vocabulary.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { matchReferences, type ReferencedMatch } from '../resumes/match-references.ts';

/** Everything a writer needs for one job: the resume, the posting, and what the match found. */
export interface WritingContext extends ReferencedMatch {
  posting: WriterPosting;
}

/**
 * Resolves the job and resume a writing step names and runs the match once, so letters,
 * prep packs and tailored resumes all write to the same strengths and gaps.
 *
 * @example
 * const writing = await writingContext({ job: 'it' }, context, dependencies);
 */
export async function writingContext(
  args: { job: string; resume?: string | undefined },
  context: CareerCallContext,
  dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>,
): Promise<{ ok: true; writing: WritingContext } | { ok: false; error: string; references?: Record<string, string> }> {
  const found = await matchReferences(args, context, dependencies);
  if (!found.ok) return found;
  const { resume, job, match } = found;
  // A skill the person lists in words of their own ("Demand forecasting") is written their way,
  // not as the vocabulary's name for it ("Time Series Forecasting").
  // A qualifier in brackets ("Epic EHR (super-user)", "SQL (basic)") is the list's note, not the name.
  const ownWords = new Map<string, string>();
  const vocabulary = loadSkillVocabulary();
  for (const listed of listedSkills(resume.resume)) {
    const mentions = findSkills(listed, vocabulary, { skillsContext: true });
    for (const mention of mentions) {
      const key = mention.skill.name.toLowerCase();
      const name = listed.replace(/\s*\([^)]*\)/g, '').trim();
      if (!ownWords.has(key)) ownWords.set(key, mentions.length === 1 && name !== '' ? name : mention.text);
    }
  }
  // A skill the resume or the posting writes in lower case ("medication administration", "user
  // stories") is written so, not in the vocabulary's Title Case; acronyms keep their capitals.
  const writtenIn = (text: string) => {
    const spelled = new Map<string, string>();
    for (const mention of findSkills(text, vocabulary)) {
      const key = mention.skill.name.toLowerCase();
      if (!spelled.has(key) && sameWordsInLowerCase(mention.text, mention.skill.name)) spelled.set(key, mention.text);
    }
    return spelled;
  };
  const resumeSpelling = writtenIn(resume.raw_text ?? '');
  const postingSpelling = writtenIn(job.description ?? '');
  const inOwnWords = (skill: string) => ownWords.get(skill.toLowerCase()) ?? resumeSpelling.get(skill.toLowerCase()) ?? skill;
  const asPosted = (skill: string) => postingSpelling.get(skill.toLowerCase()) ?? skill;
  const labels = (side: { matched: string[]; missing: string[] }) => [...side.matched.map(inOwnWords), ...side.missing.map(asPosted)];
  return {
    ok: true,
    writing: {
      resume,
      job,
      match,
      posting: {
        title: withoutGenderMarker(job.title),
        company: job.company,
        ...(job.location ? { location: job.location } : {}),
        description: job.description,
        requiredSkills: labels(match.breakdown.skills.required),
        niceToHaveSkills: labels(match.breakdown.skills.nice_to_have),
        matchedSkills: match.matched.map(inOwnWords),
        missingSkills: match.missing.map(asPosted),
        unmetConditions: unmetConditions(match),
      },
    },
  };
}

// The years and conditions the match reported as not shown, for the prep pack's gaps.
function unmetConditions(match: MatchResponse): UnmetCondition[] {
  const unmet: UnmetCondition[] = [];
  const { years_required: asked, years_shown: shown } = match.breakdown.experience;
  if (asked !== null && shown < asked) unmet.push({ kind: 'years', requirement: `${asked}+ years of experience`, optional: false, yearsShown: shown });
  for (const condition of match.conditions ?? []) {
    if (condition.shown_by === null) unmet.push({ kind: condition.kind, requirement: condition.requirement, optional: condition.optional });
  }
  return unmet;
}

// "medication administration" for "Medication Administration": the same words, a Title Case word
// written in lower case; "sql" for "SQL" is not (an acronym keeps its capitals).
function sameWordsInLowerCase(written: string, name: string): boolean {
  const writtenWords = written.split(/\s+/);
  const nameWords = name.split(/\s+/);
  return (
    written !== name &&
    writtenWords.length === nameWords.length &&
    nameWords.every((word, index) => writtenWords[index] === word || (/^\p{Lu}\p{Ll}+$/u.test(word) && writtenWords[index] === word.toLowerCase()))
  );
}
