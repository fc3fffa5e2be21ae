import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { knownJobs } from '../../../src/actions/phrasing/known-jobs.ts';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Regression (trial s46 #21): a title with a dash of its own ("Senior Battery Systems Engineer – HV Battery
// (m/f/d) — Brenner …") was read as the title "Senior Battery Systems Engineer" at a company "HV Battery", so
// the line's place went to another job of the employer and "the Ingolstadt one" pointed at the wrong job.
// Invented lists in the shape jobpilot writes, one employer with three jobs.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const known: KnownData = {
  jobs: [
    { id: 'a0a0a0a0a0a1', title: 'Lead Process Engineer – Electrolysis (m/w/d)', company: 'Kranich Wasserstoff GmbH', location: 'Passau; Linz' },
    { id: 'a0a0a0a0a0a2', title: 'Verfahrensingenieur Elektrolyse (m/w/d)', company: 'Kranich Wasserstoff GmbH', location: 'Landshut' },
    { id: 'a0a0a0a0a0a3', title: 'Werkstudent (m/w/d) Elektrolyse - Teststand', company: 'Kranich Wasserstoff GmbH', location: 'Landshut' },
  ],
  resumes: [],
};
const list = `Found 3 jobs for "electrolysis jobs at kranich" (3 results from 1 source):
1. Lead Process Engineer – Electrolysis (m/w/d) — Kranich Wasserstoff GmbH · Passau; Linz · €78k–92k/yr · 2 days ago · fit 64 [a0a0a0a0a0a1]
2. Verfahrensingenieur Elektrolyse (m/w/d) — Kranich Wasserstoff GmbH · Landshut · 5 days ago · fit 58 [a0a0a0a0a0a2]
3. Werkstudent (m/w/d) Elektrolyse - Teststand — Kranich Wasserstoff GmbH · Landshut · part-time · today [a0a0a0a0a0a3]`;
const history: ChatMessage[] = [
  { role: 'user', content: 'electrolysis jobs at kranich' },
  { role: 'assistant', content: list },
];
const references = { last_job_ids: 'a0a0a0a0a0a1,a0a0a0a0a0a2,a0a0a0a0a0a3' };

async function decide(goal: string) {
  const output = await planner.decide({ goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8, known });
  const parsed = parseDecision(output, registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision.type === 'act' ? { action: parsed.decision.step.action, args: parsed.decision.step.args } : { answer: parsed.decision.answer };
}

describe('a list line whose title has a dash of its own', () => {
  it('keeps the dash in the title and the employer as the company', () => {
    const jobs = knownJobs({ history: [{ role: 'assistant', content: list }] });
    expect(jobs.map(({ title, company }) => `${title} | ${company}`)).toEqual([
      'Lead Process Engineer – Electrolysis (m/w/d) | Kranich Wasserstoff GmbH',
      'Verfahrensingenieur Elektrolyse (m/w/d) | Kranich Wasserstoff GmbH',
      'Werkstudent (m/w/d) Elektrolyse - Teststand | Kranich Wasserstoff GmbH',
    ]);
    expect(jobs[0]?.details).toMatch(/Passau; Linz/);
  });

  it('a line that writes "Title - Company" with no " — " still reads the dash as the separator', () => {
    const jobs = knownJobs({ history: [{ role: 'assistant', content: 'Found 2 jobs: 1. Welder - Hollins (Leeds) 2. Fitter – Peake (York)' }] });
    expect(jobs.map(({ title, company }) => `${title} | ${company}`)).toEqual(['Welder | Hollins', 'Fitter | Peake']);
  });

  it('"the Passau one" is the job listed in Passau, by its id (the employer has three)', async () => {
    expect(await decide('save the Passau one')).toEqual({ action: 'save_job', args: { job: 'a0a0a0a0a0a1' } });
  });

  it('"the Landshut one" asks which, naming both jobs there and not the Passau one', async () => {
    const decision = await decide('write a cover letter for the Landshut one');
    expect(decision).toHaveProperty('answer');
    const answer = 'answer' in decision ? String(decision.answer) : '';
    expect(answer).toMatch(/Verfahrensingenieur Elektrolyse/);
    expect(answer).toMatch(/Werkstudent/);
    expect(answer).not.toMatch(/Lead Process Engineer/);
  });
});
