import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { knownJobs } from '../../../src/actions/phrasing/known-jobs.ts';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Invented lists in the shapes jobpilot writes: titles with a part in brackets ("(Lyon)",
// "(20 h/semaine)") and one employer with several jobs. Before, a bracketed title stopped the
// line from being read, so its place spilled into the line above and "the Lyon one" pointed
// at the wrong job — or at the employer, whose first job then got the letter.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const known: KnownData = {
  jobs: [
    { id: 'a1b2c3d4e5f6', title: 'Data Engineer', company: 'Maison Ferrand SA', location: 'Paris, France' },
    { id: 'b2c3d4e5f6a1', title: 'Transport Scheduler (Lyon)', company: 'Maison Ferrand SA', location: 'Lyon, France' },
    { id: 'c3d4e5f6a1b2', title: 'Stock Controller (20 h/semaine)', company: 'Quai Sud SARL', location: 'Marseille, France' },
    { id: 'd4e5f6a1b2c3', title: 'Yard Scheduler', company: 'Quai Sud SARL', location: 'Toulouse, France' },
  ],
  resumes: [],
};
const ferrand = `Found 2 jobs for "jobs at ferrand" (2 results from 1 source; 2 shown, ranked with the saved index):
1. Data Engineer — Maison Ferrand SA · Paris, France · €60k–70k/yr · 3 days ago · fit 12 [a1b2c3d4e5f6]
2. Transport Scheduler (Lyon) — Maison Ferrand SA · Lyon, France · €3,100–3,600/mo · 9 days ago · fit 71 [b2c3d4e5f6a1]`;
const bothEmployers = `Yard Scheduler at Quai Sud SARL fits your resume "main" best: 70/100.
1. Yard Scheduler at Quai Sud SARL — fit 70/100 [d4e5f6a1b2c3]
2. Stock Controller (20 h/semaine) at Quai Sud SARL — fit 66/100 [c3d4e5f6a1b2]
3. Transport Scheduler (Lyon) at Maison Ferrand SA — fit 61/100 [b2c3d4e5f6a1]`;
const quaiSud = `Found 2 jobs for "scheduler at quai sud" (2 results from 1 source; 2 shown, ranked with the saved index):
1. Yard Scheduler — Quai Sud SARL · Toulouse, France · €2,900–3,300/mo · 2 days ago · fit 70 [d4e5f6a1b2c3]
2. Stock Controller (20 h/semaine) — Quai Sud SARL · Marseille, France · part-time · €19–23/h · 2 days ago · fit 66 [c3d4e5f6a1b2]`;

async function decide(goal: string, history: ChatMessage[], references: Record<string, string>) {
  const output = await planner.decide({ goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8, known });
  const parsed = parseDecision(output, registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision.type === 'act' ? { action: parsed.decision.step.action, args: parsed.decision.step.args } : { answer: parsed.decision.answer };
}
const shown = (content: string): ChatMessage[] => [{ role: 'user', content: 'what is there?' }, { role: 'assistant', content }];

describe('a list line whose title holds a part in brackets', () => {
  it('is read as its own job, with its own details', () => {
    const jobs = knownJobs({ history: shown(ferrand), known: { jobs: [], resumes: [] } });
    expect(jobs.map(({ position, title, company }) => ({ position, title, company }))).toEqual([
      { position: 1, title: 'Data Engineer', company: 'Maison Ferrand SA' },
      { position: 2, title: 'Transport Scheduler (Lyon)', company: 'Maison Ferrand SA' },
    ]);
    expect(jobs[0]?.details).not.toMatch(/Lyon/);
  });

  it('"the X at Y" form with brackets reads too', () => {
    const jobs = knownJobs({ history: shown(bothEmployers), known: { jobs: [], resumes: [] } });
    expect(jobs.map((job) => job.title)).toEqual(['Yard Scheduler', 'Stock Controller (20 h/semaine)', 'Transport Scheduler (Lyon)']);
  });
});

describe('a job pointed at by a word of its title or place', () => {
  it('the place in one title points at that job alone, not at its neighbour', async () => {
    const decision = await decide('let me see the lyon one', shown(ferrand), { last_job_ids: 'a1b2c3d4e5f6,b2c3d4e5f6a1' });
    expect(decision).toMatchObject({ action: 'show_job', args: { job: 'lyon' } });
    expect(await decide('how much does the lyon job pay', shown(ferrand), { last_job_ids: 'a1b2c3d4e5f6,b2c3d4e5f6a1' })).toMatchObject({
      action: 'answer_about_job',
      args: { about: 'pay' },
    });
  });

  it('a letter for the place-and-title job goes to that job, never to the first job of another employer', async () => {
    const decision = await decide('draft a cover letter for the lyon scheduler role, upbeat', shown(bothEmployers), {
      last_job_ids: 'd4e5f6a1b2c3,c3d4e5f6a1b2,b2c3d4e5f6a1',
    });
    expect(decision).toMatchObject({ action: 'write_cover_letter' });
    const job = 'args' in decision ? String(decision.args?.job) : '';
    expect(job === 'b2c3d4e5f6a1' || /lyon/i.test(job)).toBe(true);
    expect(job).not.toMatch(/quai sud/i);
  });

  it('the start of one bracketed title is that job, for a status and for a prep pack', async () => {
    const references = { last_job_ids: 'd4e5f6a1b2c3,c3d4e5f6a1b2' };
    expect(await decide('mark the stock controller as applied', shown(quaiSud), references)).toMatchObject({
      action: 'update_job_status',
      args: { job: 'stock controller', status: 'applied' },
    });
    expect(await decide('get me ready for my interview for the stock controller', shown(quaiSud), references)).toMatchObject({
      action: 'create_interview_prep',
      args: { job: 'stock controller' },
    });
  });

  it('"…, mark it please" after the status news is that change said again, not a second step for a job called "mark it"', async () => {
    const goal = 'I applied to the stock controller on friday, mark it pls';
    const references = { last_job_ids: 'd4e5f6a1b2c3,c3d4e5f6a1b2' };
    const input = { goal, messages: [...shown(quaiSud), { role: 'user' as const, content: goal }], references, stepsLeft: 8, known };
    const first = (await planner.decide({ ...input, observations: [] })) as { decision: { action: string; args?: Record<string, unknown> } };
    expect(first.decision).toMatchObject({ action: 'update_job_status', args: { job: 'stock controller', status: 'applied' } });
    const marked = { index: 0, action: 'update_job_status', args: first.decision.args ?? {}, ok: true, summary: 'Marked "Stock Controller (20 h/semaine)" as applied.' };
    const next = (await planner.decide({ ...input, observations: [marked] })) as { decision: { action: string } };
    expect(next.decision.action).toBe('respond');
  });

  it('a detail that fits one job of an employer with several is passed as that job, not as the employer', async () => {
    const decision = await decide('show me the marseille one', shown(quaiSud), { last_job_ids: 'd4e5f6a1b2c3,c3d4e5f6a1b2' });
    expect(decision).toEqual({ action: 'show_job', args: { job: 'c3d4e5f6a1b2' } });
  });
});
