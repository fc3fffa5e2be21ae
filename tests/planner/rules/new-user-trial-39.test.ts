import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { saysRemoteToo } from '../../../src/actions/phrasing/remote-too.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 39 (issue 14): a new user's trial in Indian English; each class tried on invented sentences.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });

const said = (goal: string, input: Partial<PlannerInput> = {}) =>
  outcomeOf(planner, registry, goal, { ...input, messages: [...(input.messages ?? []), { role: 'user', content: goal }] });

describe('remote work said to be allowed as well', () => {
  it.each(['show me creo designer jobs, remote is also okay', 'please search ansys analyst jobs, remote too', 'find plc programmer roles, wfh also fine'])(
    'is no remote-only filter: "%s"',
    async (goal) => {
      const outcome = await said(goal);
      expect(outcome).toMatchObject({ action: 'search_jobs' });
      expect('args' in outcome ? outcome.args : {}).not.toHaveProperty('remote');
    },
  );

  it('searches the place first (and remote work in a step of its own), never remote in the place only', async () => {
    const outcome = await said('find SolidWorks jobs in Nashik, remote also fine');
    expect(outcome).toEqual({ action: 'search_jobs', args: expect.objectContaining({ location: expect.stringMatching(/nashik/i) }) });
    expect('args' in outcome ? outcome.args : {}).not.toHaveProperty('remote');
  });

  it('keeps remote only when it is asked for', async () => {
    expect(await said('find remote python jobs')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ remote: true }) });
    expect(saysRemoteToo('remote only, remote is fine')).toBe(false);
  });

  it('never makes "make it remote too" part of an alert\'s schedule, and widens the alert (remote as well), never remote only', async () => {
    const decision = await said('change the pune alert to every friday 10am and make it remote too');
    expect(decision).toEqual({
      action: 'change_alert',
      args: expect.objectContaining({ change: 'edit', schedule: 'every friday 10am', remote_too: true }),
    });
    expect(decision).not.toHaveProperty('args.remote');
  });
});
