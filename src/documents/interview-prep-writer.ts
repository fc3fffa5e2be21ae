import { likelyQuestions } from './interview-prep/likely-questions.ts';
import { type PrepFacts, prepFacts } from './interview-prep/prep-facts.ts';
import { questionsToAsk } from './interview-prep/questions-to-ask.ts';
import type { Seniority } from './interview-prep/seniority.ts';
import { skillGapPlans } from './interview-prep/skill-gap-plans.ts';
import { starStories } from './interview-prep/star-stories.ts';
import { joinWords, oneFullStop } from './prose.ts';
import type { WriterPosting, WriterResume } from './writer-input.ts';

/** What {@link writeInterviewPrep} needs. */
export interface InterviewPrepInput {
  resume: WriterResume;
  posting: WriterPosting;
}

const levelNames: Record<Seniority, string> = {
  entry: 'early career',
  mid: 'experienced, hands-on',
  senior: 'senior',
  lead: 'lead level',
  manager: 'management',
};

function atAGlance(facts: PrepFacts): string {
  const lines = [
    facts.recruiter
      ? `- **Role:** ${facts.role} with ${facts.recruiter.client ? `the client (${facts.recruiter.client})` : 'a client the posting does not name'}${facts.location ? `, ${facts.location}` : ''}, advertised by ${facts.recruiter.name} (recruitment agency)`
      : `- **Role:** ${facts.role} at ${facts.company}${facts.location ? `, ${facts.location}` : ''}`,
    `- **Level of the role, from its title and text:** ${levelNames[facts.seniority]}`,
  ];
  // A posting written in German is often interviewed in German: the stories are worth rehearsing in it.
  if (facts.postingLanguage) lines.push(`- **Language:** the posting is written in ${facts.postingLanguage}, so expect some or all of the interview in ${facts.postingLanguage}; rehearse your stories in it too`);
  // The person's own leadership, as their resume shows it: never described by the role's level.
  if (facts.managed) lines.push(`- **People you have led:** “${facts.managed}” (from your resume)`);
  if (facts.matched.length > 0) lines.push(`- **Your strongest matches:** ${joinWords(facts.matched.slice(0, 5))}`);
  const toPrepare = [...facts.gaps.slice(0, 5).map((gap) => gap.skill), ...(facts.conditionGaps ?? []).filter((condition) => !condition.optional).map((condition) => condition.requirement)];
  if (toPrepare.length > 0) lines.push(`- **To prepare:** ${joinWords(toPrepare)}`);
  return `## The role at a glance\n\n${lines.join('\n')}`;
}

/**
 * Writes an interview prep pack as Markdown without a model: likely questions from the
 * posting's responsibilities, requirements, skills and seniority; STAR stories from the
 * resume's own highlights (results only where the resume states them); a plan for each
 * skill gap; and questions to ask the interviewer.
 *
 * @example
 * const markdown = writeInterviewPrep({ resume, posting });
 * // '# Interview prep: Senior Backend Engineer at Acme Corp\n\n## The role at a glance …'
 */
export function writeInterviewPrep({ resume, posting }: InterviewPrepInput): string {
  const facts = prepFacts(resume, posting);
  return `${oneFullStop([
    `# Interview prep: ${facts.role}${facts.recruiter ? ` (through ${facts.recruiter.name})` : ` at ${facts.company}`}`,
    atAGlance(facts),
    likelyQuestions(facts),
    starStories(facts),
    skillGapPlans(facts),
    questionsToAsk(facts),
  ].join('\n\n'))}\n`;
}
