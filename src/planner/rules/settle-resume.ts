import { findResume } from '../../actions/phrasing/find-resume.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import type { RequestedStep } from './parse-request.ts';

/**
 * A resume named by a format the person has several of ("use the pdf one" with two PDFs) is a
 * question, not a step that picks one of them at random.
 *
 * @example
 * settleResume({ action: 'use_resume', args: { resume: 'pdf' }, text: 'use the pdf one' }, context); // { reply: 'Which pdf resume do you mean: "main" or "ops"?' }
 */
export function settleResume(step: RequestedStep, context: PhrasingContext): RequestedStep | { reply: string } {
  const { resume } = step.args;
  if (typeof resume !== 'string' || !/^(?:pdf|docx?|word|markdown|md|txt)$/i.test(resume.trim())) return step;
  const named = findResume(`the ${resume.trim()} resume`, context);
  return named && 'reply' in named ? named : step;
}
