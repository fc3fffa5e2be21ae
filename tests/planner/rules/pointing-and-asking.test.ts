import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { asksQuestion } from '../../../src/planner/evaluate.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Invented threads: two or three results, the person's resumes, what was asked before.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const three = 'Found 3 jobs: 1. Android Engineer at Vellum Boats (Tromsø, NOK 700k) 2. Kotlin Developer at Brisling (Remote (Nordics), NOK 650k) 3. Mobile Lead at Skjær (Remote, NOK 820k)';
const two = 'Found 2 jobs: 1. Pastry Chef at Crumbwell (Leeds, £31k) 2. Sous Chef at Ladle & Loaf (York, £34k)';
const known: KnownData = {
  jobs: [
    { id: 'job_v1', title: 'Android Engineer', company: 'Vellum Boats' },
    { id: 'job_v2', title: 'Kotlin Developer', company: 'Brisling' },
    { id: 'job_v3', title: 'Mobile Lead', company: 'Skjær' },
    { id: 'job_c1', title: 'Pastry Chef', company: 'Crumbwell' },
    { id: 'job_c2', title: 'Sous Chef', company: 'Ladle & Loaf' },
  ],
  resumes: [
    { id: 'res_a', label: 'main', format: 'pdf' },
    { id: 'res_b', label: 'legacy', format: 'md' },
  ],
};
const mobile = { last_job_ids: 'job_v1,job_v2,job_v3' };
const kitchen = { last_job_ids: 'job_c1,job_c2', last_job_id: 'job_c1' };

async function decide(goal: string, { history = [], references = {} }: { history?: ChatMessage[]; references?: Record<string, string> } = {}) {
  const output = await planner.decide({ goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8, known });
  const parsed = parseDecision(output, registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision.type === 'act' ? { action: parsed.decision.step.action, args: parsed.decision.step.args } : { answer: parsed.decision.answer };
}
const listed = (content: string, ...more: ChatMessage[]): ChatMessage[] => [{ role: 'user', content: 'jobs please' }, { role: 'assistant', content }, ...more];
const asks = (decision: Awaited<ReturnType<typeof decide>>) => 'answer' in decision && asksQuestion(decision.answer ?? '');

describe('pointing between results', () => {
  it('"the other one" of two is the one not in play', async () => {
    const history = listed(two, { role: 'user', content: 'show me the first one' }, { role: 'assistant', content: 'Pastry Chef at Crumbwell, Leeds.' });
    expect(await decide('nah, not that one, the other one', { history, references: kitchen })).toEqual({ action: 'show_job', args: { job: 'Ladle & Loaf' } });
    expect(await decide('and the other one?', { history, references: kitchen })).toEqual({ action: 'show_job', args: { job: 'Ladle & Loaf' } });
  });

  it('repeats the last job request for the job pointed at', async () => {
    const history = listed(two, { role: 'user', content: 'save the first one' }, { role: 'assistant', content: 'Saved Pastry Chef at Crumbwell.' });
    expect(await decide('no sorry, the other one', { history, references: kitchen })).toEqual({ action: 'save_job', args: { job: 'Ladle & Loaf' } });
  });

  it('reads a detail of the line the list showed', async () => {
    expect(await decide('i meant the one in Tromsø', { history: listed(three), references: mobile })).toEqual({ action: 'show_job', args: { job: 'Vellum Boats' } });
    expect(await decide('open up the kotlin job so I can read it', { history: listed(three), references: mobile })).toEqual({ action: 'show_job', args: { job: 'kotlin' } });
  });

  it('asks which when a description fits several, or only says "that one"', async () => {
    const several = await decide('tell me about the remote one', { history: listed(three), references: mobile });
    expect(asks(several) && 'answer' in several && several.answer).toMatch(/Brisling.*Skjær/);
    expect(asks(await decide('this one', { history: listed(three), references: mobile }))).toBe(true);
    expect(asks(await decide('hmm the other one'))).toBe(true);
  });
});

describe("a job's own page", () => {
  it('opens the posting of the job it names, whatever the verb', async () => {
    expect(await decide('pull up the application page for #3', { history: listed(three), references: mobile })).toEqual({ action: 'open_website', args: { job: '#3' } });
    expect(await decide("could you bring up the second one's website in firefox?", { history: listed(three), references: mobile })).toMatchObject({ action: 'open_website', args: { job: 'second one' } });
  });
});

describe('resumes pointed at loosely', () => {
  it.each([
    ['switch to the md', 'use_resume', 'md'],
    ['gimme the legacy one', 'show_resume', 'legacy'],
    ['could I see the pdf version?', 'show_resume', 'pdf'],
    ['set my cv to legacy', 'use_resume', 'legacy'],
    ["let's go with the legacy resume for these roles", 'use_resume', 'legacy'],
  ])('"%s"', async (say, action, resume) => {
    expect(await decide(say)).toEqual({ action, args: { resume } });
  });
});

describe('too little to act on', () => {
  it.each(['delete', 'edit it', 'change that to something else'])('"%s" asks what', async (say) => {
    const decision = await decide(say);
    expect(asks(decision)).toBe(true);
  });

  it('a job board named alone asks: its site, or a search there', async () => {
    const decision = await decide('pls open glassdoor');
    expect('answer' in decision && decision.answer).toMatch(/glassdoor.*search jobs there\?/i);
    expect(await decide('head over to glassdoor')).toMatchObject({ action: 'open_website', args: { url: 'https://www.glassdoor.com' } });
  });

  it('answers to that question open the site, or search it', async () => {
    const decision = await decide('open glassdoor');
    const history: ChatMessage[] = [{ role: 'user', content: 'open glassdoor' }, { role: 'assistant', content: 'answer' in decision ? (decision.answer ?? '') : '' }];
    expect(await decide('just open it', { history })).toMatchObject({ action: 'open_website', args: { url: expect.stringContaining('glassdoor.com') } });
    expect(await decide('search there for welding jobs', { history })).toMatchObject({ action: 'open_website', args: { url: expect.stringMatching(/glassdoor\.com.*welding/) } });
    for (const reply of ['only the website', 'the site is fine', 'in my browser']) {
      expect(await decide(reply, { history }), reply).toMatchObject({ action: 'open_website', args: { url: expect.stringContaining('glassdoor.com') } });
    }
    // With no such question before it, "the website" opens nothing.
    expect(await decide('the website')).not.toMatchObject({ action: 'open_website' });
  });

  it('a superlative said bare after a list compares it', async () => {
    expect(await decide('top match?', { history: listed(three), references: mobile })).toEqual({ action: 'compare_jobs', args: { by: 'fit' } });
    expect(await decide('highest paying?', { history: listed(three), references: mobile })).toMatchObject({ action: 'compare_jobs', args: { by: 'pay' } });
  });
});

describe('a resume named by its id, or not named at all', () => {
  it('shows a resume by its id, as use_resume reads one', async () => {
    expect(await decide('show resume res_b')).toEqual({ action: 'show_resume', args: { resume: 'res_b' } });
    expect(await decide('view the cv "legacy"')).toEqual({ action: 'show_resume', args: { resume: 'legacy' } });
  });

  it('asks for the file when a resume is to be brought in with no path', async () => {
    for (const goal of ['load my cv', 'i would like to upload my resume', 'could I load a cv']) {
      const decision = await decide(goal);
      expect('answer' in decision && decision.answer, goal).toMatch(/^Where is the file\?/);
    }
  });

  it('never takes "my" for the name of the resume to use', async () => {
    const decision = await decide('use my cv');
    expect('action' in decision && decision.args).not.toEqual({ resume: 'my' });
    expect(await decide('use my legacy resume')).toEqual({ action: 'use_resume', args: { resume: 'legacy' } });
  });
});

describe('a letter for a job named in the sentence', () => {
  it('writes it for the job named, not the one in play, when "letter" comes without "cover"', async () => {
    // Quillmarsh is in no list of this thread (an imported posting, say): the action looks it up, never "it".
    const decision = await decide('write a letter for quillmarsh addressed to Dana Whitfield', { history: listed(two), references: kitchen });
    expect(decision).toMatchObject({ action: 'write_cover_letter', args: { hiring_manager: 'Dana Whitfield' } });
    expect('args' in decision && String(decision.args?.job).toLowerCase()).toContain('quillmarsh');
  });
});
