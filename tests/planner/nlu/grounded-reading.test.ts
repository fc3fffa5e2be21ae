import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const known = {
  jobs: [{ id: 'job_1', title: 'Archivist', company: 'Quillfeather' }],
  resumes: [
    { id: 'res_1', label: 'museum', format: 'pdf' },
    { id: 'res_2', label: 'library', format: 'docx' },
  ],
};

async function decide(goal: string) {
  const parsed = parseDecision(
    await planner.decide({ goal, messages: [{ role: 'user', content: goal }], observations: [], references: { active_resume_id: 'res_1' }, stepsLeft: 8, known }),
    registry,
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision;
}

describe('what the person has, named in a sentence the classifier is less sure of', () => {
  it.each([
    ['lemme look at the library cv once more', 'show_resume', { resume: 'library' }],
    ['from now on i wanna go with my museum resume for applications', 'use_resume', { resume: 'museum' }],
  ])('%j → %s', async (say, action, args) => {
    const decision = await decide(say);
    expect(decision.type === 'act' ? decision.step : decision.answer).toMatchObject({ action, args });
  });

  it('imports a file said with "instead" rather than picking a stored resume by its extension', async () => {
    const decision = await decide('go with this one instead ~/Downloads/cv final.pdf');
    expect(decision.type === 'act' ? decision.step : decision.answer).toMatchObject({ action: 'import_resume', args: { path: '~/Downloads/cv final.pdf' } });
  });
});

describe('a clear intent with nothing to act on', () => {
  it('asks about the details rather than listing abilities, and reads a job by its own id', async () => {
    const decision = await decide('take me to the page with the form');
    expect(decision.type === 'respond' && decision.answer).toMatch(/^It sounds like you want me to open websites, .*\?$/);
    // (A page inside the computer's settings is asked about by the site reader itself: launch the Settings app?)
    const settings = await decide('bring me to the audio settings');
    expect(settings.type === 'respond' && settings.answer).toMatch(/Settings app\?/);
    expect(await decide('view job_1 again')).toMatchObject({ type: 'act', step: { action: 'show_job', args: { job: 'job_1' } } });
  });
});

describe('two requests in one', () => {
  it('runs first the clause only the classifier reads, in the order the message says it', async () => {
    const output = (await planner.decide({
      goal: 'hmm could it sound less stiff, then export it as docx',
      messages: [{ role: 'user', content: 'hmm could it sound less stiff, then export it as docx' }],
      observations: [],
      references: { last_document_id: 'doc-9' },
      stepsLeft: 8,
    })) as { decision: { action: string } };
    expect(output.decision.action).toBe('revise_cover_letter');
  });
});
