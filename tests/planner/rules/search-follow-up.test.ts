import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const searched: ChatMessage[] = [
  { role: 'user', content: 'look for junior kotlin jobs in Gdansk' },
  { role: 'assistant', content: 'Found 1 job: 1. Junior Android Developer at Brackwater (Gdańsk, 9,000 PLN/month)' },
];

async function decide(goal: string, history: readonly ChatMessage[] = searched, references: Record<string, string> = {}) {
  const output = await planner.decide({ goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8 });
  const parsed = parseDecision(output, registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision.type === 'act' ? { action: parsed.decision.step.action, args: parsed.decision.step.args } : { answer: parsed.decision.answer };
}

describe('a search that changes the last one', () => {
  it.each([
    ['how about in Wroclaw instead?', { query: 'junior kotlin', location: 'Wroclaw', seniority: 'junior' }],
    ['what about Vienna', { query: 'junior kotlin', location: 'Vienna' }],
    ['anything near Sopot?', { query: 'junior kotlin', location: 'Sopot' }],
    ['try Poznan instead', { query: 'junior kotlin', location: 'Poznan' }],
    ['the same search but remote', { query: 'junior kotlin', remote: true, location: undefined }],
    ['look again, just the remote ones this time', { query: 'junior kotlin', remote: true }],
    ['same thing but mid-level', { query: 'kotlin', seniority: 'mid', location: 'Gdansk' }],
    ['what about scala roles?', { query: 'scala', location: 'Gdansk' }],
    ['and in Katowice?', { query: 'junior kotlin', location: 'Katowice' }],
    ['ok now try Lodz', { query: 'junior kotlin', location: 'Lodz' }],
    ['what if I searched in Torun', { query: 'junior kotlin', location: 'Torun' }],
    ['rerun that search with senior', { query: 'kotlin', seniority: 'senior' }],
    ['could you do the same for Lublin', { query: 'junior kotlin', location: 'Lublin' }],
    ['same for remote', { query: 'junior kotlin', remote: true }],
    ['only senior ones', { query: 'kotlin', seniority: 'senior', location: 'Gdansk' }],
    ['only mid-level ones pls', { query: 'kotlin', seniority: 'mid' }],
    ['and for lead roles?', { query: 'kotlin', seniority: 'lead' }],
    ['wut about Vienna', { query: 'junior kotlin', location: 'Vienna' }],
    ['wat about in Sopot', { query: 'junior kotlin', location: 'Sopot' }],
  ])('"%s"', async (say, args) => {
    const decision = await decide(say);
    expect(decision).toMatchObject({ action: 'search_jobs' });
    for (const [field, value] of Object.entries(args)) expect((decision as { args: Record<string, unknown> }).args[field], field).toEqual(value);
  });

  it('builds on an earlier follow-up', async () => {
    const history: ChatMessage[] = [...searched, { role: 'user', content: 'same but senior' }, { role: 'assistant', content: 'No jobs found.' }];
    expect(await decide('what about in Krakow?', history)).toMatchObject({ action: 'search_jobs', args: { query: 'kotlin', seniority: 'senior', location: 'Krakow' } });
  });

  it('prefers the search the search action left as a reference', async () => {
    const references = { last_search: JSON.stringify({ query: 'elixir', remote: true }) };
    expect(await decide('what about in Oslo instead', [], references)).toEqual({ action: 'search_jobs', args: { query: 'elixir', location: 'Oslo' } });
  });

  it('asks what to look for when nothing was searched', async () => {
    expect(await decide('what about in Oslo instead?', [])).toEqual({ answer: expect.stringContaining('no earlier search') });
  });

  it('keeps "…, in <place>" part of the search it follows in the same message', async () => {
    expect(await decide('find erlang jobs, in Bergen', [])).toEqual({ action: 'search_jobs', args: { query: 'erlang', location: 'Bergen' } });
  });

  it('leaves a job named by position or description to the job actions', async () => {
    expect(await decide('what about the junior one', searched, { last_job_ids: 'a00000000001' })).not.toMatchObject({ action: 'search_jobs' });
  });
});
