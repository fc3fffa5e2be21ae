import { defineAction, OUTSIDE_TEXT } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import { jobSkills } from '../../career/jobs/job-skills.ts';
import { answerAbout } from './answer.ts';
import { answerAboutJobArgs } from './args.ts';
import { answerAboutJobPhrasing } from './phrasing.ts';
import { spokenLanguages } from '../../resume/spoken-languages.ts';

/**
 * `answer_about_job`: answers one question about one job (its pay, place, remote or not,
 * stack, company, date, contract type, what it involves, the years of experience or the languages it asks) from the stored posting,
 * saying so when the posting does not state it.
 *
 * @example
 * registry line: makeAnswerAboutJobAction(dependencies)
 */
export const makeAnswerAboutJobAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved'> & Partial<Pick<CareerDependencies, 'resumes'>>) =>
  defineAction({
    name: 'answer_about_job',
    description: 'Answer a question about one job from its posting: its pay, location, remote or not, stack, company, posting date, contract type, description, years of experience asked, spoken languages asked, travel, relocation, visa sponsorship or the right to work, start date, working hours or shift pattern, union, or a licence or registration it needs.',
    args: answerAboutJobArgs,
    phrasing: answerAboutJobPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args, context) {
      const resolved = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
      if (!resolved.ok) return { ok: false, summary: resolved.error, ...(resolved.references ? { references: resolved.references } : {}) };
      const { job } = resolved;
      // A language asked about is set against the languages the active resume shows.
      const resume = args.about === 'languages' ? await dependencies.resumes?.active() : undefined;
      return {
        ok: true,
        summary: answerAbout(job, args.about, args.about === 'stack' ? jobSkills(job) : [], resume ? spokenLanguages(resume.resume) : undefined),
        // The description is the board's text: later desktop steps ask first.
        data: { job_id: job.id, about: args.about, ...(args.about === 'description' ? { [OUTSIDE_TEXT]: true } : {}) },
        references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });
