import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';

// Session 42 (issues 14, 21): a Lisbon career changer's trial; each class tried on invented sentences, never the trial's.
const registry = fakeActions();
const { first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

/** Two lists in one answer: on-site in Spain and France, then remote; the last results are the remote list. */
const twoLists: Thread = {
  known: {
    jobs: [
      { id: 'a1a1a1a1a1a1', title: 'Analista de Costes', company: 'Ferrovial Servicios', location: 'Madrid, España' },
      { id: 'b2b2b2b2b2b2', title: 'Cost Controller', company: 'Iberdrola Clientes', location: 'Barcelona, Spain' },
      { id: 'c3c3c3c3c3c3', title: 'FP&A Analyst', company: 'Quadrant', location: 'Remote, EU' },
      { id: 'd4d4d4d4d4d4', title: 'Cost Analyst', company: 'Holmfirth', location: 'Leeds, UK' },
    ],
    resumes: [],
  },
  references: { last_job_ids: 'c3c3c3c3c3c3,d4d4d4d4d4d4', shown_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2,c3c3c3c3c3c3,d4d4d4d4d4d4' },
  history: [
    { role: 'user', content: 'cost analyst jobs in Spain or France, or remote' },
    {
      role: 'assistant',
      content: `Found 2 jobs for "cost analyst in Spain or France":
1. Analista de Costes — Ferrovial Servicios · Madrid, España [a1a1a1a1a1a1]
2. Cost Controller — Iberdrola Clientes · Barcelona, Spain [b2b2b2b2b2b2]
Found 2 jobs for "remote cost analyst":
1. FP&A Analyst — Quadrant · Remote, EU [c3c3c3c3c3c3]
2. Cost Analyst — Holmfirth · Leeds, UK [d4d4d4d4d4d4]`,
    },
  ],
};

describe('a job named by the language its posting is written in', () => {
  it.each(['show me the spanish one', 'is the spanish one remote', 'save the spanish one'])(
    'leaves the language to the job resolver, never asking between the two jobs in that country: %s',
    async (goal) => {
      // (One list showing them all: a job in Spain and one in France are listed.)
      const decision = await first(goal, { ...twoLists, references: { last_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2,c3c3c3c3c3c3,d4d4d4d4d4d4' } });
      expect(answerOf(decision)).not.toMatch(/Which one do you mean/);
      expect(String(stepOf(decision)?.args.job)).toMatch(/spanish/i);
    },
  );
});

describe('kinds kept out of a search, said several at once or in other words', () => {
  it.each([
    ['find payroll jobs in Leeds, no temp or contract roles please', { query: 'payroll', exclude_employment_type: ['temporary', 'contract'] }],
    ['accountant jobs without B2B or part-time work', { query: 'accountant', exclude_employment_type: ['contract', 'part_time'] }],
    ['search cost analyst jobs, leave out contract roles', { query: 'cost analyst', exclude_employment_type: ['contract'] }],
    ['procurar analista de custos, sem estágios', { exclude_employment_type: ['internship'] }],
  ])('leaves them out, never asks for them nor searches their words: %s', async (goal, args) => {
    const step = stepOf(await first(goal));
    expect(step?.action).toBe('search_jobs');
    expect(step?.args).toMatchObject(args);
    expect(step?.args).not.toHaveProperty('employment_type');
    expect(String(step?.args.query ?? '')).not.toMatch(/\b(?:or|no|b2b|leave|out|sem)\b/i);
  });
});

describe('"it" beside another job named for the next step', () => {
  const inPlay: Thread = { ...twoLists, references: { last_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2,c3c3c3c3c3c3,d4d4d4d4d4d4', last_job_id: 'c3c3c3c3c3c3' } };
  it.each(['save it and also save the Madrid one', 'bookmark it, and save the barcelona one too'])('keeps "it" for the job in play: %s', async (goal) => {
    const decision = await first(goal, inPlay);
    expect(stepOf(decision)).toMatchObject({ action: 'save_job', args: { job: 'it' } });
  });
});
