import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

const decide = (goal: string) => outcomeOf(planner, registry, goal);

describe('asking for what jobpilot made, without saying "documents"', () => {
  it.each([
    ["where's the interview stuff you made me", 'interview_prep'],
    ['where are the letters you wrote for me earlier', 'cover_letter'],
    ['show me all the things u made for me so far', null],
  ])('%s', async (goal, kind) => {
    const decided = await decide(goal);
    expect(decided).toMatchObject({ action: 'list_documents' });
    expect((decided.args as { kind?: string | null } | undefined)?.kind ?? null).toBe(kind);
  });
});

describe('undo said as keys or slang', () => {
  it.each(['ctrl+z', 'cmd-z haha', 'control z pls', '⌘Z', 'take that back lol'])('%s', async (goal) => {
    expect(await decide(goal)).toMatchObject({ action: 'undo' });
  });
});
