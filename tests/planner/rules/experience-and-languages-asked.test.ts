import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 38 trial, findings 14 and 37: a question about a job's languages was answered with its
// tech stack, and one about its years of experience was not understood. Other wordings of each.
const registry = fakeActions();
const { first, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);
const listed: Thread = {
  known: { jobs: [{ id: 'job_a', title: 'Operationeel Planner', company: 'PortLogix', location: 'Antwerp' }], resumes: [] },
  references: { last_job_ids: 'job_a,job_b,job_c', last_job_id: 'job_a' },
};

describe('a question about the years of experience a job asks', () => {
  it.each([
    'how much years of experience they want for the antwerp one?',
    'how many years do they want for the first one',
    'how many years of experience does the second one require?',
    'how much experience is needed for the third',
    'what experience level is required for the first one?',
    'does it need a lot of experience',
  ])('"%s" is answer_about_job about experience', async (goal) => {
    expect(stepOf(await first(goal, listed))).toMatchObject({ action: 'answer_about_job', args: { about: 'experience' } });
  });
});

describe('a question about the spoken languages a job asks', () => {
  it.each([
    'does the first one need dutch?',
    'is the first one need dutch language?',
    'is german required?',
    'is french needed for the second one',
    'do i need to speak dutch for the antwerp one?',
    'does it require fluent english',
    'what spoken languages does the third one need?',
    'what languages do i need to speak for the third one?',
  ])('"%s" is answer_about_job about languages, never the stack', async (goal) => {
    expect(stepOf(await first(goal, listed))).toMatchObject({ action: 'answer_about_job', args: { about: 'languages' } });
  });

  it('a programming language is still the stack', async () => {
    expect(stepOf(await first('does the first one need python?', listed))).toMatchObject({ action: 'answer_about_job', args: { about: 'stack' } });
  });
});
