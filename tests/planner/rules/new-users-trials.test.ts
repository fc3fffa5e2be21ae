import { describe, expect, it } from 'vitest';
import { plannedTurn } from '../../helpers/planned-turn.ts';
import type { Decision } from '../../../src/planner/decision.ts';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { findUrls } from '../../../src/actions/phrasing/find-urls.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 36: classes of error from new users' trials, each tested in wordings other than the one reported.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });

/** Every decision of one turn, each step observed as done, up to four. */
async function turn(goal: string, history: readonly ChatMessage[] = [], references: Record<string, string> = {}): Promise<Decision[]> {
  const input: PlannerInput = { goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8 };
  return plannedTurn(planner, registry, input);
}

const first = async (goal: string, history: readonly ChatMessage[] = [], references: Record<string, string> = {}) => (await turn(goal, history, references))[0];
const opensASite = (decision: Decision | undefined) => decision?.type === 'act' && decision.step.action === 'open_website' && typeof decision.step.args.url === 'string';

const resumeShown: ChatMessage[] = [
  { role: 'user', content: 'show me my resume' },
  { role: 'assistant', content: 'Your resume: Joana Silva (joana.silva@sapo.pt, Porto; https://github.com/joanasilva). 6 years as a backend developer.' },
];
const emailTold: ChatMessage[] = [
  { role: 'user', content: 'hi, im joana, joana.silva@mail.sapo.pt' },
  { role: 'assistant', content: "Hello! I'm jobpilot, your job-hunting assistant. What can I do for you?" },
];
const linksListed: ChatMessage[] = [
  { role: 'user', content: 'where else can i look for remote jobs?' },
  { role: 'assistant', content: 'Try https://remoteok.com or https://weworkremotely.com.' },
];

describe('a website is opened only when the message asks for one', () => {
  it('never takes the domain of an email address for a site', () => {
    expect(findUrls('write to ana@sapo.pt or ana.ortiz@mail.sapo.pt')).toEqual([]);
    expect(findUrls('mail ana@sapo.pt, portfolio at ana-ortiz.dev')).toEqual(['ana-ortiz.dev']);
  });

  it.each(['show it', 'ok show me that', 'check it out', 'can you see it?'])('"%s" after the resume opens none of its addresses', async (goal) => {
    expect(opensASite(await first(goal, resumeShown))).toBe(false);
  });

  it.each(['the first one', 'open the first one', 'thanks! and the first one?'])('"%s" with no list opens nothing (the email domain is no list)', async (goal) => {
    expect(opensASite(await first(goal, emailTold))).toBe(false);
  });

  it('"look at the second one" after a list of links opens nothing; "take me to the 2nd link" does', async () => {
    expect(opensASite(await first('pls look at the second one', linksListed))).toBe(false);
    expect(await first('take me to the 2nd link', linksListed)).toMatchObject({ type: 'act', step: { action: 'open_website', args: { url: 'https://weworkremotely.com' } } });
  });

  it('opens an address of the thread when asked to open "it" or "that link"', async () => {
    for (const goal of ['open it', 'open that link']) {
      expect(await first(goal, resumeShown), goal).toMatchObject({ type: 'act', step: { action: 'open_website', args: { url: 'https://github.com/joanasilva' } } });
    }
  });
});

describe('a greeting beside a question about what jobpilot does', () => {
  it.each(['olá, tudo bem? what can you do', 'hallo! what are you able to help with?', 'good morning :) what do you do exactly?', 'buenos dias! what can this app do?', 'hey, what can you do for a chef like me?'])(
    '"%s" answers the question with the abilities',
    async (goal) => {
      const [decision] = await turn(goal);
      expect(decision?.type).toBe('respond');
      expect(decision?.type === 'respond' ? decision.answer : '').toMatch(/^Here is what I can do:/);
    },
  );

  it('answers a greeting in another language as a greeting, never a goodbye', async () => {
    for (const goal of ['olá!', 'bom dia', 'salut']) {
      const [decision] = await turn(goal);
      expect(decision?.type === 'respond' ? decision.answer : '', goal).toMatch(/^Hello!/);
    }
  });
});

describe('a try or a look is no part of the search', () => {
  it.each([
    ['pls try bakery jobs in porto', 'bakery'],
    ['could you try looking for forklift jobs near manchester', 'forklift'],
    ['have a look for dental nurse jobs in cardiff', 'dental nurse'],
    ['see if u can find sous chef jobs in lyon', 'sous chef'],
    ['take a quick look for remote rust jobs', 'rust'],
    ['welder jobs in glasgow, give it a go', 'welder'],
  ])('"%s" searches for "%s"', async (goal, query) => {
    expect(await first(goal)).toMatchObject({ type: 'act', step: { action: 'search_jobs', args: { query } } });
  });

  it('keeps "try <place> instead" a change of the last search', async () => {
    const searched: ChatMessage[] = [
      { role: 'user', content: 'find python jobs in lisbon' },
      { role: 'assistant', content: 'Found 3 python jobs in Lisbon.' },
    ];
    expect(await first('try porto instead', searched)).toMatchObject({ type: 'act', step: { action: 'search_jobs', args: { query: 'python', location: 'porto' } } });
  });
});

const oneJob = { last_job_ids: 'aaaaaaaaaaa1,bbbbbbbbbbb2,ccccccccccc3', last_job_id: 'bbbbbbbbbbb2' };

describe('several questions about the job in play', () => {
  it.each([
    ['how much does it pay and where is it?', ['pay', 'location']],
    ["where's it based, and what does it pay?", ['location', 'pay']],
    ['where exactly is it? and the money?', ['location', 'pay']],
    ['is it remote and what does it pay', ['remote', 'pay']],
  ])('"%s" answers each, in order', async (goal, aspects) => {
    const decisions = await turn(goal, [], oneJob);
    const asked = decisions.flatMap((decision) => (decision.type === 'act' && decision.step.action === 'answer_about_job' ? [decision.step.args.about] : []));
    expect(asked).toEqual(aspects);
  });

  it('still answers a question about salaries in general as advice', async () => {
    const [decision] = await turn('how much should I ask for when they ask my salary expectations?', [], oneJob);
    expect(decision?.type).toBe('respond');
  });
});

describe('two jobs named in one request', () => {
  it.each([
    ['save it pls and also the first one', ['it', 'the first one']],
    ['save this one and the 3rd too', ['this one', 'the 3rd']],
    ['bookmark #1 and also #3', ['#1', '#3']],
  ])('"%s" saves both', async (goal, jobs) => {
    const decisions = await turn(goal, [], oneJob);
    const saved = decisions.flatMap((decision) => (decision.type === 'act' && decision.step.action === 'save_job' ? [decision.step.args.job] : []));
    expect(saved).toEqual(jobs);
  });

  it('reads a job named before the request as the job it is about, not a second one', async () => {
    const decisions = await turn('ooh the 3rd one!! save that', [], { last_job_ids: oneJob.last_job_ids });
    const saved = decisions.flatMap((decision) => (decision.type === 'act' ? [decision.step.args.job] : []));
    expect(saved).toEqual(['the 3rd one']);
  });
});

describe('another letter for the same job', () => {
  const letterInPlay = { ...oneJob, last_document_id: 'doc_a1b2c3d4e5' };
  it.each([
    ['can i get a more formal one for that same job', 'more_formal'],
    ['could I have a shorter one for the same role pls', 'shorter'],
    ['gimme a friendlier version', 'less_formal'],
    ['any chance of a longer version?', 'longer'],
    ['same job but more formal pls', 'more_formal'],
  ])('"%s" revises the letter in play (%s)', async (goal, change) => {
    expect(await first(goal, [], letterInPlay)).toMatchObject({ type: 'act', step: { action: 'revise_cover_letter', args: { change } } });
  });

  it('writes a new letter when the job named is another and no letter is in play', async () => {
    expect(await first('write a more formal cover letter for the second one', [], oneJob)).toMatchObject({ type: 'act', step: { action: 'write_cover_letter' } });
  });
});
