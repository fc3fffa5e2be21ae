import { fieldQuestions, tradeRoleQuestions } from './field-questions.ts';
import type { PrepFacts } from './prep-facts.ts';
import type { Seniority } from './seniority.ts';

const bySeniority: Record<Seniority, string> = {
  entry: 'How do new team members get support and feedback in their first months?',
  mid: 'How is work planned and shared across the team?',
  senior: 'How are important decisions made on the team, and who is involved?',
  lead: 'Which cross-team problems would you most want this person to take on?',
  manager: 'How large is the team I would lead, and how is it expected to change?',
};

/**
 * Questions for the person to ask the interviewer, specific to the role where the posting
 * allows.
 *
 * @example
 * questionsToAsk(prepFacts(resume, posting)); // '## Questions to ask the interviewer\n\n- What does success look like …'
 */
export function questionsToAsk(facts: PrepFacts): string {
  const questions = [`What does success look like for the ${facts.role} in the first few months?`];
  const [firstResponsibility] = facts.responsibilities;
  if (firstResponsibility) questions.push(`The posting mentions “${firstResponsibility}”. How is that work shared on the team today?`);
  const field = tradeRoleQuestions(facts.trade, fieldQuestions(facts.field, facts.deskWork)) ?? fieldQuestions(facts.field, facts.deskWork);
  const [firstSkill] = facts.probedSkills;
  // "How does the team use Conduit Bending today" is a software question; a trade asks about the work, the rota and the kit.
  if (field) questions.push(...field.toAsk);
  else if (firstSkill) questions.push(`How does the team use ${firstSkill} today, and what would you like to change about it?`);
  questions.push(
    'What are the biggest challenges the team is working on right now?',
    ...(field ? [] : [bySeniority[facts.seniority]]),
    // Through an agency, the recruiter is asked first what the ad leaves out.
    facts.recruiter
      ? `Before the interview, ask ${facts.recruiter.name}: which company is the client, why is the role open, and who will you meet?`
      : `What do you enjoy most about working at ${facts.company}?`,
    'What are the next steps in the hiring process?',
  );
  return ['## Questions to ask the interviewer', questions.map((question) => `- ${question}`).join('\n')].join('\n\n');
}
