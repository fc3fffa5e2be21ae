import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { findKnownJob } from '../../../src/actions/phrasing/known-jobs.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const listed: ChatMessage[] = [
  { role: 'user', content: 'find analyst jobs' },
  {
    role: 'assistant',
    content: 'Found 3 jobs: 1. Risk Analyst at Quillfeather Bank (Leeds, £50k) 2. BI Analyst at Orrery & Sons (Glasgow, £45k) 3. Data Analyst at Tamsin Health (Remote (UK), £48k)',
  },
];
const inPlay = { last_job_ids: 'a00000000001,a00000000002,a00000000003' };

async function decide(goal: string, history: ChatMessage[] = listed, references: Record<string, string> = inPlay) {
  const output = await planner.decide({ goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8 });
  const parsed = parseDecision(output, registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision.type === 'act' ? { action: parsed.decision.step.action, args: parsed.decision.step.args } : { answer: parsed.decision.answer };
}

describe('comparisons scoped before the question or asked loosely', () => {
  it.each([
    ['Out of my bookmarked jobs, which one has the highest salary?', { by: 'pay', among: 'saved' }],
    ['from the ones on my shortlist, which suits me best', { by: 'fit', among: 'saved' }],
    ['of these, which is the most recent?', { by: 'recent' }],
    ['whats the latest one', { by: 'recent' }],
    ['tell me which of them pays the most if you add it all up', { by: 'pay' }],
  ])('"%s"', async (say, args) => {
    expect(await decide(say)).toEqual({ action: 'compare_jobs', args });
  });
});

describe('questions about one job', () => {
  it.each([
    ['is it in Glasgow?', { job: 'it', about: 'location' }, { last_job_id: 'a00000000002' }],
    ['is the second one based in Leeds', { job: 'the second one', about: 'location' }, inPlay],
    ['Is the Orrery & Sons job remote or at the office?', { job: 'Orrery & Sons', about: 'remote' }, inPlay],
    ['is the tamsin one in person or remote', { job: 'tamsin', about: 'remote' }, inPlay],
    ['what tech do they use over at quillfeather', { job: 'quillfeather', about: 'stack' }, inPlay],
    ['what tech stack do they have at tamsin', { job: 'tamsin', about: 'stack' }, inPlay],
    ['how much money would I make at orrery', { job: 'orrery', about: 'pay' }, inPlay],
    // trial-s37 findings 41, 43: the closing date is not the posted date; IR35 is a question about the terms.
    ['when does the leeds one close?', { job: 'Quillfeather Bank', about: 'closes' }, inPlay],
    ["what's the closing date for the second one", { job: 'the second one', about: 'closes' }, inPlay],
    ['is there a deadline', { job: 'it', about: 'closes' }, { last_job_id: 'a00000000002' }],
    ['is it inside or outside ir35', { job: 'it', about: 'type' }, { last_job_id: 'a00000000002' }],
    ['is the tamsin one part time?', { job: 'tamsin', about: 'type' }, inPlay],
  ])('"%s"', async (say, args, references) => {
    expect(await decide(say, listed, references)).toEqual({ action: 'answer_about_job', args });
  });

  it('finds a listed company said by the first word of its name, in lower case', () => {
    const context = { history: listed, references: inPlay, allowedApps: [] };
    expect(findKnownJob('what do they build at quillfeather these days', context)).toBe('Quillfeather Bank');
    expect(findKnownJob('anything new at the data place', context)).toBeUndefined();
  });

  it('leaves "is there anything in <place>" to the search', async () => {
    expect(await decide('is there anything in Cardiff')).toMatchObject({ action: 'search_jobs', args: { location: 'Cardiff' } });
  });
});
