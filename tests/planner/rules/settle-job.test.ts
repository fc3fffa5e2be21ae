import { describe, expect, it } from 'vitest';
import { findKnownJob } from '../../../src/actions/phrasing/known-jobs.ts';
import type { PhrasingContext } from '../../../src/actions/phrasing/phrasing.ts';
import { settleJob } from '../../../src/planner/rules/settle-job.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { settleResume } from '../../../src/planner/rules/settle-resume.ts';

const known = {
  jobs: [
    { id: 'job_1', title: 'Cartographer', company: 'Lantern & Quill' },
    { id: 'job_2', title: 'Surveyor', company: 'Tidemark' },
  ],
  resumes: [],
};
const context = (references: Record<string, string> = {}): PhrasingContext => ({ references, history: [], allowedApps: [], known });
const step = (job: string) => ({ action: 'save_job', args: { job }, text: 'keep it' });

describe('known jobs', () => {
  it('finds a saved job named in any case, with "&" read as "and" or a comma', () => {
    expect(findKnownJob('drop tidemark please', context())).toBe('Tidemark');
    expect(findKnownJob('unsave Lantern, Quill', context())).toBe('Lantern & Quill');
    expect(findKnownJob('what about lantern and quill', context())).toBe('Lantern & Quill');
    expect(findKnownJob('find surveying jobs', context())).toBeUndefined();
  });
});

describe('settleJob', () => {
  it('makes "it" the job the message names', () => {
    expect(settleJob(step('it'), 'I like the Tidemark role, keep it', context())).toMatchObject({ args: { job: 'Tidemark' } });
  });

  it('asks which job when "it" has nothing to mean: no job in play, or a list of several', () => {
    expect(settleJob(step('it'), 'keep it', context())).toHaveProperty('reply');
    expect(settleJob(step('it'), 'keep it', context({ last_job_ids: 'job_1,job_2' }))).toHaveProperty('reply');
  });

  it('keeps "it" when one job is in play, and any job said another way', () => {
    expect(settleJob(step('it'), 'keep it', context({ last_job_id: 'job_2' }))).toEqual(step('it'));
    expect(settleJob(step('it'), 'keep it', context({ last_job_ids: 'job_2' }))).toEqual(step('it'));
    expect(settleJob(step('second'), 'keep the second', context())).toEqual(step('second'));
  });
});

describe('settleResume', () => {
  const withResumes = (formats: string[]): PhrasingContext => ({
    references: {},
    history: [],
    allowedApps: [],
    known: { jobs: [], resumes: formats.map((format, index) => ({ id: `res_${index}`, label: `label${index}`, format })) },
  });
  const use = (resume: string) => ({ action: 'use_resume', args: { resume }, text: `use the ${resume} one` });

  it('asks which when a format names several resumes, and keeps it when it names one', () => {
    expect(settleResume(use('pdf'), withResumes(['pdf', 'pdf', 'docx']))).toEqual({ reply: 'Which pdf resume do you mean: "label0" or "label1"?' });
    expect(settleResume(use('docx'), withResumes(['pdf', 'pdf', 'docx']))).toEqual(use('docx'));
    expect(settleResume(use('label1'), withResumes(['pdf', 'pdf']))).toEqual(use('label1'));
  });
});

describe('a settled first step in a turn of several', () => {
  it('is matched by its observation, so the next step runs rather than the first again', async () => {
    const planner = createRulesPlanner({ registry: fakeActions() });
    const goal = 'I like the Tidemark role, save it and take a screenshot';
    const input = { goal, messages: [{ role: 'user' as const, content: goal }], references: { last_job_ids: 'job_1,job_2' }, stepsLeft: 8, known };
    const first = (await planner.decide({ ...input, observations: [] })) as { decision: { action: string; args?: Record<string, unknown> } };
    expect(first.decision).toMatchObject({ action: 'save_job', args: { job: 'Tidemark' } });
    const saved = { index: 0, action: 'save_job', args: { job: 'Tidemark' }, ok: true, summary: 'Saved.' };
    const next = (await planner.decide({ ...input, observations: [saved] })) as { decision: { action: string } };
    expect(next.decision.action).toBe('take_screenshot');
  });
});
