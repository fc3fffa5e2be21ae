import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 34 (a new user's trial): a name written with its degrees planned to open "https://b.ed/".
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal, { messages: [{ role: 'user', content: goal }] });

describe('a name with degrees and licences after it', () => {
  it('is a correction of the name, the credentials left out, never a website', async () => {
    expect(await said('my name is Marisol Vega, M.Ed., NBCT')).toEqual({ action: 'correct_resume', args: { name: 'Marisol Vega' } });
    expect(await said('my full name is Tomasz Wrobel, B.Sc., P.Eng.')).toEqual({ action: 'correct_resume', args: { name: 'Tomasz Wrobel' } });
    expect(await said('my name is Grace Mensah, RN, MSN')).toEqual({ action: 'correct_resume', args: { name: 'Grace Mensah' } });
  });

  it('keeps a name with no credentials as it was said', async () => {
    expect(await said('my name is Ana Ortiz, not Ana Ortz')).toEqual({ action: 'correct_resume', args: { name: 'Ana Ortiz' } });
  });
});

describe('what counts as an address to open', () => {
  it('is a dotted name whose last part is a real top-level domain', async () => {
    expect(await said('open praca.pl')).toEqual({ action: 'open_website', args: { url: 'praca.pl' } });
    expect(await said('go to wellfound.co')).toEqual({ action: 'open_website', args: { url: 'wellfound.co' } });
  });

  it('is never a degree or a name with a made-up ending', async () => {
    for (const goal of ['open B.Ed.', 'go to Ph.D', 'visit careers.acme', 'open node.js']) {
      const outcome = await said(goal);
      expect(outcome.action === 'open_website' && 'url' in (outcome.args ?? {}), goal).toBe(false);
    }
  });
});
