import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { describeYears } from '../../../src/present/describe-years.ts';

// Trial s50 #50: "how many years welding experience I have?" got the advice for someone with no experience, and
// "which job is best for me?" was not understood. The person's own years come from the resume; the job to choose,
// with nothing else named, is the best fit.
const registry = fakeActions();
const { first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);
const listed: Thread = {
  references: { last_job_ids: 'job_a,job_b,job_c' },
  known: {
    jobs: [
      { id: 'job_a', title: 'Care Assistant', company: 'Elmbrook House' },
      { id: 'job_b', title: 'Staff Nurse', company: 'Ridgeway Clinic' },
      { id: 'job_c', title: 'Ward Clerk', company: 'Harlow Trust' },
    ],
    resumes: [],
  },
};

describe('the person asks how many years they have', () => {
  it.each([
    'how many years carpentry experience I have?',
    'how many yrs of retail experience do i have',
    'how much experience have I got in logistics?',
    'how long have I been working as a cook, going by my cv',
  ])('"%s" counts the years on the resume', async (goal) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'show_resume', args: { years: true } });
  });

  it('advice for someone without experience is still advice', async () => {
    const decision = await first('how do i get a job with no experience');
    expect(stepOf(decision)).toBeUndefined();
    expect(answerOf(decision)).toMatch(/experience|projects|volunteer/i);
  });
});

describe('the years a resume shows, in all and by field', () => {
  const today = new Date('2026-12-07T12:00:00Z');
  it('names each field with its roles, and roles of no field told apart', () => {
    const said = describeYears(
      {
        work: [
          { position: 'Staff Nurse', name: 'Ridgeway Clinic', startDate: '2019-01', endDate: '2024-01' },
          { position: 'Registered Nurse', name: 'Harlow Trust', startDate: '2024-01' },
          { position: 'Line Cook', name: 'The Anchor', startDate: '2015-01', endDate: '2018-01' },
          { position: 'Volunteer', name: 'Parish Hall', startDate: '2013-01', endDate: '2014-01' },
        ],
      },
      today,
    );
    expect(said).toMatch(/^Your resume shows 12\.1 years of work in all: 7\.9 in healthcare \(Staff Nurse at Ridgeway Clinic; Registered Nurse at Harlow Trust\), 3\.1 in professional kitchens \(Line Cook at The Anchor\)\./);
    expect(said).toContain('I could not tell the field of Volunteer at Parish Hall');
  });

  it('says what to add when no role has dates', () => {
    expect(describeYears({ work: [{ position: 'Welder', name: 'Nordyard' }] }, today)).toMatch(/no dated work/);
  });
});

describe('"which is best for me" ranks the list by fit', () => {
  it.each(['which job is best for me?', 'which one is the best for me', 'which of them would suit my background', 'what is the best option of these'])(
    '"%s"',
    async (goal) => {
      expect(stepOf(await first(goal, listed))).toMatchObject({ action: 'compare_jobs', args: { by: 'fit' } });
    },
  );

  it('"the best paid of the lot" ranks by pay', async () => {
    expect(stepOf(await first("what's the best paid of the lot", listed))).toMatchObject({ action: 'compare_jobs', args: { by: 'pay' } });
  });

  it('"what jobs would suit me?" asks about careers, not the list', async () => {
    expect(stepOf(await first('what kind of jobs would suit me?', listed))?.action).not.toBe('compare_jobs');
  });

  it('"how much experience do I have in X" is the person\'s years, never a job\'s', async () => {
    expect(stepOf(await first('how much experience do i have in customer service?', listed))).toMatchObject({ action: 'show_resume', args: { years: true } });
  });

  it('a question about one job stays about that job', async () => {
    expect(stepOf(await first('is the second one a good fit for me?', listed))?.action).not.toBe('compare_jobs');
  });
});
