import { describe, expect, it } from 'vitest';
import { rulesThread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 38 (issue 14, branch nlu40): classes of error from an outsider's messy phrasing, each tested in wordings other than the one reported.
const registry = fakeActions();
const { first, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);

describe('a company alone is every job there, never the words searched', () => {
  it.each([
    ['openings at Vestas', 'Vestas'],
    ['any vacancies at Greggs?', 'Greggs'],
    ['show me roles at Unilever', 'Unilever'],
  ])('"%s" searches %s with no query', async (goal, company) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { company } });
    expect(step?.args.query).toBeUndefined();
  });

  it('a role said with the company is still the query', async () => {
    expect(stepOf(await first('welder jobs at Vestas'))).toMatchObject({ action: 'search_jobs', args: { query: 'welder', company: 'Vestas' } });
  });

  it('an alert on a company alone still watches for its name', async () => {
    expect(stepOf(await first('tell me when there are new openings at Vestas'))).toMatchObject({ action: 'create_alert', args: { company: 'Vestas' } });
  });
});

describe('"best fitting", "best suited" sort by fit', () => {
  it.each([
    ['best suited warehouse jobs for me', 'warehouse'],
    ['show me the best fitting cleaning jobs in Leeds', 'cleaning'],
  ])('"%s" searches "%s" sorted by fit', async (goal, query) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query, sort: 'fit' } });
    expect(String(step?.args.query)).not.toMatch(/best|fitting|suited/);
  });
});

describe('STAR stories, behavioural examples and sample answers for a job are its interview prep', () => {
  const saved = { known: { jobs: [{ id: 'job_k', title: 'Auditor', company: 'KPMG' }], resumes: [] } };
  it.each([
    'can u help me come up with star answers for the kpmg job',
    'I need a few behavioural examples for the KPMG role',
    'write me some sample answers for the KPMG interview',
  ])('"%s" writes a prep pack', async (goal) => {
    expect(stepOf(await first(goal, saved))?.action).toBe('create_interview_prep');
  });

  it('asking what the STAR method is stays advice', async () => {
    expect(stepOf(await first('what is the STAR method'))).toBeUndefined();
  });
});

describe('"open" said in another language opens a program known by name', () => {
  it.each([
    ['abre el firefox por favor', 'firefox'],
    ['ouvre spotify stp', 'spotify'],
    ['apri il terminal', 'terminal'],
  ])('"%s" opens %s', async (goal, app) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'open_app', args: { app_name: app } });
  });

  it('an unknown name is never guessed to be a program', async () => {
    expect(stepOf(await first('abre o frobnicator'))?.action).not.toBe('open_app');
  });
});
