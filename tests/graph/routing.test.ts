import { describe, expect, it } from 'vitest';
import { EXECUTOR, PLANNER, RECEPTION } from '../../src/graph/node-names.ts';
import { routeAfterExecutor, routeAfterPlanner } from '../../src/graph/routing.ts';

const step = { action: 'note', args: { text: 'x' }, reason: 'asked' };

describe('routeAfterPlanner', () => {
  it('runs the step the planner chose', () => {
    expect(routeAfterPlanner({ pendingStep: step })).toBe(EXECUTOR);
  });

  it('hands an answer to reception', () => {
    expect(routeAfterPlanner({ pendingStep: null })).toBe(RECEPTION);
  });
});

describe('routeAfterExecutor', () => {
  it('goes back to the planner once the step is done', () => {
    expect(routeAfterExecutor({ pendingStep: null })).toBe(PLANNER);
  });

  it('comes back to the executor when it only stored that the step must be approved', () => {
    expect(routeAfterExecutor({ pendingStep: { ...step, needsApproval: true } })).toBe(EXECUTOR);
  });
});
