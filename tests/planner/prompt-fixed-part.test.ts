import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { loadConfig } from '../../src/config.ts';
import { countTokens } from '../../src/model/token-count.ts';
import { decisionPrompt, fixedPromptTokens } from '../../src/planner/prompt.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

/**
 * The model planner's prompt has a fixed part (instructions and every action's arguments as
 * the model reads them) sent with every decision, and the conversation gets what the budget
 * leaves. In session 51 two new arguments pushed the fixed part to nearly the whole budget and
 * a Gemini/OpenAI user silently lost the thread's history. This keeps it under half of the
 * default budget, and when it is not, names the biggest actions and arguments to shorten.
 */
describe("the model planner's fixed prompt part, from the real actions", () => {
  const registry = createActions(fakeCareerDependencies());
  const budget = loadConfig({ JOBPILOT_PLANNER: 'rules' }).model.promptTokens;
  const fixed = fixedPromptTokens(registry);

  it('is what a first step of a turn actually costs, counted as fitPrompt counts it', () => {
    const prompt = decisionPrompt(
      { goal: 'hi', messages: [{ role: 'user', content: 'hi' }], observations: [], references: {}, stepsLeft: 8 },
      registry,
      budget,
    );
    expect(prompt.fit.systemTokens).toBe(fixed);
    // The joined text costs the same, give or take the blank lines between its parts.
    expect(Math.abs(countTokens(prompt.system) - fixed)).toBeLessThanOrEqual(10);
    for (const action of registry.actions) expect(prompt.system).toContain(`- ${action.name}: `);
  });

  it('takes at most half of the default JOBPILOT_PROMPT_TOKENS, leaving the rest for the conversation', () => {
    const share = 0.5;
    if (fixed > budget * share) {
      const lines = registry.describe().split('\n');
      const biggestActions = registry.actions
        .map((action) => ({ name: action.name, tokens: countTokens(lines.find((line) => line.startsWith(`- ${action.name}: `)) ?? '') }))
        .sort((a, b) => b.tokens - a.tokens)
        .slice(0, 5);
      const biggestArguments = registry.actions
        .flatMap((action) => registry.fieldsOf(action.name).map((field) => ({ name: `${action.name}.${field.name}`, tokens: countTokens(field.description) })))
        .sort((a, b) => b.tokens - a.tokens)
        .slice(0, 8);
      const list = (items: Array<{ name: string; tokens: number }>) => items.map(({ name, tokens }) => `${name} ${tokens}`).join(', ');
      expect.fail(
        `The model planner's fixed prompt part takes ${fixed} tokens, more than ${share * 100}% of the default ` +
          `JOBPILOT_PROMPT_TOKENS (${budget}): the conversation's history would be crowded out. Shorten argument ` +
          `descriptions (the model reads them every turn) rather than raise the budget. Biggest actions: ` +
          `${list(biggestActions)}. Biggest argument descriptions: ${list(biggestArguments)}.`,
      );
    }
    expect(fixed).toBeGreaterThan(1000);
  });
});
