import { describe, expect, it } from 'vitest';
import { stripFiller } from '../../../src/planner/rules/strip-filler.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Regression: trailing-run patterns such as /[\s.!?]+$/ restarted at every space of a long run,
// so a run of n spaces cost n² steps. Each such pattern now starts only where its run starts.
const run = ' '.repeat(40_000);

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('long whitespace runs', () => {
  it('are scanned once by the filler and punctuation strippers', () => {
    stripFiller('warm up');
    // Quadratic scans of 40 000 spaces take seconds; a linear one takes about a millisecond.
    expect(timed(() => stripFiller(`open${run}x`))).toBeLessThan(250);
    expect(timed(() => stripFiller(`open notepad${run}. x`))).toBeLessThan(250);
    expect(timed(() => stripFiller(`open notepad,${run},x`))).toBeLessThan(250);
  });

  it('still strip what they stripped before', () => {
    expect(stripFiller('open the gizmo app  ,  please!!  ')).toBe('open the gizmo app');
    expect(stripFiller('open the gizmo app :) :-)  ')).toBe('open the gizmo app');
    expect(stripFiller('open the gizmo app ... ?')).toBe('open the gizmo app');
  });

  it('leave a whole turn fast', async () => {
    const planner = createRulesPlanner({ registry: fakeActions() });
    const turn = (goal: string) => ({ goal, messages: [{ role: 'user' as const, content: goal }], observations: [], references: {}, stepsLeft: 8 });
    await planner.decide(turn('open gizmo'));
    const started = performance.now();
    await planner.decide(turn(`find welder jobs${' '.repeat(20_000)}please`));
    await planner.decide(turn(`open${' '.repeat(20_000)}x`));
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
