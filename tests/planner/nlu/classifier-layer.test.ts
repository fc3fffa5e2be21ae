import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/planner/decision.ts';
import type { Observation, PlannerInput } from '../../../src/planner/planner.ts';
import { trainingSet } from '../../../src/planner/nlu/training-set.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { desktopActionNames, fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const patternsOnly = createRulesPlanner({ registry, intentModel: null });
const references = { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a,51e0f7a9c3d4', last_job_id: '3f9a1c0b7d2e', last_document_id: 'doc-1' };
const trained = new Set(trainingSet(registry).map(({ text }) => text.toLowerCase()));

const inputFor = (goal: string, refs: Record<string, string> = references, observations: Observation[] = []): PlannerInput => ({
  goal,
  messages: [{ role: 'user', content: goal }],
  observations,
  references: refs,
  stepsLeft: 8,
});

async function decide(goal: string, refs?: Record<string, string>, which = planner) {
  const parsed = parseDecision(await which.decide(inputFor(goal, refs)), registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision;
}

/** Invented wordings, in no training set or eval set: the patterns read none of them. */
const invented: ReadonlyArray<[string, string, Record<string, unknown>]> = [
  ["I'd really like to see https://jobs.example.org in the browser", 'open_website', { url: 'https://jobs.example.org' }],
  ["I'd like the calculator running", 'open_app', { app_name: 'calculator' }],
  ["I'd be grateful if you captured my screen", 'take_screenshot', {}],
  ["I'm after remote golang positions in Spain", 'search_jobs', { query: 'golang', remote: true, location: 'Spain' }],
  ['would love to see some data analyst openings in Leeds', 'search_jobs', { query: 'data analyst', location: 'Leeds' }],
  ["I'm keen to hear more about the third job", 'show_job', { job: 'third' }],
  ['can you stick the first one on my list', 'save_job', { job: 'first' }],
  ['jog my memory, which jobs did I keep', 'list_saved_jobs', {}],
  ['sadly I got rejected again today', 'update_job_status', { job: 'it', status: 'rejected' }],
  ['the resume I want you to have is at ~/Docs/cv-2026.pdf', 'import_resume', { path: '~/Docs/cv-2026.pdf' }],
  ['could I see what you pulled out of my resume', 'show_resume', {}],
  ['bring the backend resume back as the active one', 'use_resume', { resume: 'backend' }],
  ['be straight with me, is the third listing a fit for me', 'analyze_match', { job: 'third' }],
  ["I'd like my cv reworked to target the Stripe job", 'optimize_resume', { job: 'Stripe' }],
  ['a letter to go with my Acme application would be great', 'write_cover_letter', { job: 'Acme' }],
  ['could you give me a hand getting ready for the Acme interview', 'create_interview_prep', { job: 'Acme' }],
  ['remind me which letters you did', 'list_documents', { kind: 'cover_letter' }],
  ["I'd want the cover letter in word format", 'export_document', { format: 'docx' }],
  ['honestly the letter rambles, cut some of it', 'revise_cover_letter', { change: 'shorter' }],
  ["I'm curious which posting is freshest of the bunch", 'compare_jobs', { by: 'recent' }],
];

describe('the classifier layer reads what the patterns do not', () => {
  it.each(invented)('"%s" → %s', async (say, action, args) => {
    expect(trained.has(say.toLowerCase())).toBe(false);
    expect((await decide(say, references, patternsOnly)).type).toBe('respond');
    const decision = await decide(say);
    expect(decision.type === 'act' ? decision.step.action : decision.answer).toBe(action);
    if (decision.type !== 'act') return;
    for (const [field, expected] of Object.entries(args)) {
      const produced = decision.step.args[field];
      if (typeof expected === 'string') expect(String(produced).toLowerCase(), field).toContain(expected.toLowerCase());
      else expect(produced, field).toEqual(expected);
    }
  });

  // Regressions (issue 14): these got the list of abilities, or opened https://cv.com.
  it.each([
    ['remind me what I saved', 'list_saved_jobs', {}],
    ['switch back to my pdf resume', 'use_resume', { resume: 'pdf' }],
    ["please load my cv, it's at ~/Downloads/maya-okafor.docx", 'import_resume', { path: '~/Downloads/maya-okafor.docx' }],
  ] as const)('"%s" → %s', async (say, action, args) => {
    const decision = await decide(say);
    expect(decision.type === 'act' ? decision.step : decision.answer).toMatchObject({ action, args });
  });

  it('finishes the turn after the step it planned, without "I left out"', async () => {
    const observation: Observation = { index: 0, action: 'take_screenshot', args: {}, ok: true, summary: 'Saved a screenshot to /tmp/s.png' };
    const output = (await planner.decide(inputFor("I'd be grateful if you captured my screen", references, [observation]))) as {
      decision: { action: string; answer?: string };
    };
    expect(output.decision.action).toBe('respond');
    expect(output.decision.answer).toBe('Saved a screenshot to /tmp/s.png');
  });
});

describe('what it does not place, it says in one sentence with the closest abilities', () => {
  const closestCount = (answer: string) => answer.match(/\(e\.g\. "/g)?.length ?? 0;

  it.each(['what is the weather like in Oslo', 'tell me a limerick about cats', 'what is 12 squared', 'qlorp znax vent'])(
    '"%s": no action, two or three closest things, never the whole list',
    async (say) => {
      const decision = await decide(say);
      if (decision.type !== 'respond') throw new Error(`planned ${decision.step.action}`);
      expect(decision.answer).toContain('The closest things I can do:');
      expect(closestCount(decision.answer)).toBeGreaterThanOrEqual(2);
      expect(closestCount(decision.answer)).toBeLessThanOrEqual(3);
      expect(decision.answer).not.toContain('Here is what I can do');
    },
  );

  it('reads what the patterns left unread, not the greeting around it', async () => {
    const decision = await decide("hi, what's 17 times 3?");
    expect(decision.type === 'respond' && decision.answer).toMatch(/^I can't help with that without a language model/);
  });

  it('names what a request sounds like when it cannot read its details', async () => {
    const decision = await decide('the dates for my Contoso job are wrong');
    expect(decision.type === 'respond' && decision.answer).toMatch(/^It sounds like you want me to correct what I read from your resume/);
  });

  it('asks for what is missing when the action says what', async () => {
    const decision = await decide('load my cv');
    expect(decision.type === 'respond' && decision.answer).toMatch(/^Where is the file\?/);
  });

  it.each(['how can I find nursing work in Ohio?', 'should I save the Acme one or not?', 'how do I make my cv stronger for the Stripe role?'])(
    'never turns an advice question into an action: "%s"',
    async (say) => {
      expect((await decide(say)).type).toBe('respond');
    },
  );

  it('pins news on the company told as its subject, never on the job in play', async () => {
    expect(await decide('FYI Globex gave me an offer yesterday', { last_job_id: '3f9a1c0b7d2e' })).toMatchObject({
      type: 'act',
      step: { action: 'update_job_status', args: { job: 'Globex', status: 'offer' } },
    });
    expect((await decide('FYI some company gave me an offer yesterday')).type).toBe('respond');
  });

  it('offers only the actions its registry has', async () => {
    const desktop = createRulesPlanner({ registry: fakeActions({ only: desktopActionNames }) });
    const output = (await desktop.decide(inputFor('write a cover letter for the Stripe job please, in a hurry', {}))) as {
      decision: { answer?: string };
    };
    expect(output.decision.answer).toContain('The closest things I can do:');
    expect(output.decision.answer).not.toContain('cover letter');
  });

  it.each([
    ['hey there, how are things', /^I'm doing well, thanks for asking! Hello!/],
    ['cheers, that helped a lot', /^You're welcome, glad to help!/],
    ['right, I am off, catch you tomorrow', /^Bye!/],
  ] as const)('chit-chat gets a short friendly answer: "%s"', async (say, expected) => {
    const decision = await decide(say);
    expect(decision.type === 'respond' && decision.answer).toMatch(expected);
  });
});
