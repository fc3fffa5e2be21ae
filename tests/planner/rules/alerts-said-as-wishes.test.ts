import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 35 (issue 21): alerts said as wishes and conditions, changes by an alert's words, and
// interview news with its time apart, each class tried on invented sentences.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);

describe('interview news, then its day and time in a piece of their own', () => {
  it.each([
    ['got an interview at Cyberdyne!! its on wednesday at 3pm', 'Cyberdyne', 'wednesday at 3pm'],
    ['Interview with Soylent confirmed. Friday 11am', 'Soylent', 'Friday 11am'],
    ['great news, Tyrell wants to interview me - tuesday at 10', 'Tyrell', 'tuesday at 10'],
    ['i have a video interview with Vandelay, its tomorrow at 4pm', 'Vandelay', 'tomorrow at 4pm'],
  ])('"%s" sets the interview with its time (which records the stage too)', async (goal, job, when) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ about: 'interview', job, when: expect.stringContaining(when) }) });
  });

  it('stays news for the tracker when no time of day is said', async () => {
    expect(await said('got an interview at Cyberdyne!! so happy')).toEqual({
      action: 'update_job_status',
      args: expect.objectContaining({ job: 'Cyberdyne', status: 'interviewing' }),
    });
  });

  it('leaves a message that also asks something else to the readers of each piece', async () => {
    expect(await said('got an interview at Cyberdyne!! its on wednesday at 3pm. can you write me a cover letter for it')).toEqual({
      action: 'update_job_status',
      args: expect.objectContaining({ job: 'Cyberdyne', status: 'interviewing' }),
    });
  });
});

describe('an alert said as a wish or a condition', () => {
  it.each([
    ['keep me posted on new falconer jobs in Inverness', { query: 'falconer', location: 'Inverness' }],
    ['be on the lookout for remote indexer jobs pls', { query: 'indexer', remote: true }],
    ['whenever a lighthouse keeper role appears in Cobh let me know', { query: 'lighthouse keeper', location: 'Cobh' }],
    ['shout if a thatcher job comes up in Dorchester', { query: 'thatcher', location: 'Dorchester' }],
    ['any time a ferrier job gets posted in Kelso i want to know', { query: 'ferrier', location: 'Kelso' }],
    ['when new milliner jobs at Lock appear, let me know every morning', { query: 'milliner', company: 'Lock', schedule: 'every morning' }],
    ["i'd love a daily roundup of new glazier jobs", { query: 'glazier', schedule: 'daily' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves a plain search a search', async () => {
    expect((await said('find thatcher jobs in Dorchester')).action).toBe('search_jobs');
  });
});

describe('asking what is watched', () => {
  it.each(['what are you keeping an eye on for me?', 'what am i subscribed to', 'how many alerts do i have', 'do i have any alerts running', 'alerts?'])(
    '"%s" lists the alerts',
    async (goal) => {
      expect(await said(goal)).toEqual({ action: 'list_alerts', args: {} });
    },
  );
});
