import { describe, expect, it } from 'vitest';
import { createAdviceFinder } from '../../../src/planner/advice/find-advice.ts';
import { adviceTopics } from '../../../src/planner/advice/advice-topics.ts';
import { parseDecision } from '../../../src/planner/decision.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const finder = createAdviceFinder();

describe('advice finder', () => {
  // Wordings invented for this test, none of them a question the topics list.
  it.each([
    ['is it bad if my resume runs to 3 pages?', 'resume_length'],
    ['any tips for negotiating pay?', 'salary_negotiation'],
    ['should i wear a tie to my interview', 'interview_attire'],
    ['what do I say about being unemployed for a year', 'employment_gap'],
    ['how should I answer "what is your biggest weakness"?', 'weakness_question'],
    ['Is it worth writing a cover letter?', 'cover_letter_needed'],
    ['how do i make my linkedin better', 'linkedin'],
    ['how do i ace the system design round', 'technical_interview'],
    ['how many applications a week is normal', 'job_search_strategy'],
  ])('places %j on %s', (message, topic) => {
    expect(finder.find(message)?.topic.id).toBe(topic);
  });

  it.each(['what is the weather in oslo', 'tell me a joke', 'book me a flight to rome', 'what is 2+2', 'who won the world cup', 'undo that'])(
    'places %j on no topic',
    (message) => {
      expect(finder.find(message)).toBeUndefined();
    },
  );

  it('has a distinct id and a short answer for every topic', () => {
    expect(new Set(adviceTopics.map(({ id }) => id)).size).toBe(adviceTopics.length);
    for (const { answer, questions } of adviceTopics) {
      expect(answer.length).toBeLessThan(600);
      expect(questions.length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('the built-in planner answers career questions without a model', () => {
  const registry = fakeActions();
  const planner = createRulesPlanner({ registry });
  const answerTo = async (goal: string) => {
    const parsed = parseDecision(
      await planner.decide({ goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8 }),
      registry,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    if (parsed.decision.type !== 'respond') throw new Error(`expected an answer, got ${parsed.decision.step.action}`);
    return parsed.decision.answer;
  };

  it('says how long a CV should be', async () => {
    expect(await answerTo('how many pages is a normal CV?')).toMatch(/one page/i);
  });

  it('answers a how-to-cope question told after the feeling, even without a question mark', async () => {
    expect(await answerTo('i go totally blank in interviews, how can i stay calm')).toMatch(/nerves/i);
  });

  it('still prepares for an interview told with "how do I prepare" rather than advising in general', async () => {
    const parsed = parseDecision(
      await planner.decide({ goal: 'i have an interview at Pelican Labs on monday, how do i prepare', messages: [{ role: 'user', content: 'i have an interview at Pelican Labs on monday, how do i prepare' }], observations: [], references: {}, stepsLeft: 8 }),
      registry,
    );
    expect(parsed.ok && parsed.decision.type).toBe('act');
  });

  it('is kind about rejections', async () => {
    expect(await answerTo("honestly I keep getting turned down and it's getting to me")).toMatch(/sorry|tough/i);
  });

  it('answers a plain career question before the patterns read it as a request its words resemble', async () => {
    expect(await answerTo('what questions should I put to the panel at the end of my interview?')).toMatch(/ask/i);
    expect(await answerTo("what's the difference between a résumé and a CV?")).toMatch(/academic/i);
  });

  it('answers "how are you" before its hello, and is glad to be thanked', async () => {
    expect(await answerTo('hiya, how r u')).toMatch(/^I'm doing well, thanks for asking! Hello!/);
    expect(await answerTo('thanks, you are a lifesaver')).toMatch(/glad/);
  });

  it('asks before opening a bare name as a website', async () => {
    expect(await answerTo('go to fernleaf')).toMatch(/^Which do you mean by "fernleaf": the website fernleaf\.com, or an app/);
  });

  it("answers how the person feels even when a request's words are in it", async () => {
    expect(await answerTo('honestly so burnt out from hunting for jobs lately')).toMatch(/sorry|tough/i);
    expect(await answerTo('kinda anxious about interviews this week ngl')).toMatch(/normal/i);
  });

  it('answers "do I include …" questions', async () => {
    expect(await answerTo('do I include a headshot on my CV for jobs in France')).toMatch(/photo/i);
  });

  it('answers a career question said beside a request once the request has run', async () => {
    const goal = 'find welding jobs in porto, oh and what do i wear to an interview';
    const input = { goal, messages: [{ role: 'user' as const, content: goal }], references: {}, stepsLeft: 8 };
    const first = parseDecision(await planner.decide({ ...input, observations: [] }), registry);
    expect(first.ok && first.decision.type === 'act' && first.decision.step).toMatchObject({ action: 'search_jobs', args: { query: 'welding', location: 'porto' } });
    const observation = { index: 0, action: 'search_jobs', args: { query: 'welding', location: 'porto' }, ok: true, summary: 'Found 2 jobs.' };
    const last = parseDecision(await planner.decide({ ...input, observations: [observation] }), registry);
    expect(last.ok && last.decision.type === 'respond' && last.decision.answer).toMatch(/^Found 2 jobs\. .*smart-casual/);
  });

  it('still says it cannot do what is no career question', async () => {
    expect(await answerTo("what's the weather in lisbon tomorrow")).toMatch(/can't/);
  });
});

describe('career questions and feelings the classifier recognises as advice', () => {
  const registry = fakeActions();
  const planner = createRulesPlanner({ registry });
  const answerTo = async (goal: string) => {
    const parsed = parseDecision(
      await planner.decide({ goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8 }),
      registry,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    if (parsed.decision.type !== 'respond') throw new Error(`expected an answer, got ${parsed.decision.step.action}`);
    return parsed.decision.answer;
  };

  // Wordings invented for this test: none is a question the topics or the classifier's utterances list.
  it.each([
    ['got an interview at a law firm next week. what i should wear? is jeans ok?', /suit|smart|formal/i],
    ['is a three piece suit overkill for a restaurant manager interview', /suit|smart/i],
    ['should my old paper round and café jobs stay on the CV now that I apply for project manager roles?', /keep|relevant|skills/i],
    ['how do i explain that i was made redundant when they ask why i left?', /honest|brief|short|learn/i],
    ['they fired me after three months, what do i tell the next employer', /plainly|honest|learned/i],
    ['how soon is too soon to chase an application i sent last monday', /week/i],
    ['any pointers for a phone interview with a recruiter on thursday?', /call|range|quiet/i],
  ])('answers %j with substance', async (goal, expected) => {
    expect(await answerTo(goal)).toMatch(expected);
  });

  it.each([
    ["I'm getting really anxious about this whole job search thing", /understandable|normal/i],
    ['half a year without work now and honestly I am worn out, I cannot look at one more listing', /sorry|exhausting|break/i],
  ])('hears how %j feels before suggesting anything', async (goal, expected) => {
    const answer = await answerTo(goal);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/closest things I can do/);
  });

  it('says plainly what it cannot do rather than advising on it', async () => {
    expect(await answerTo('could you ring the recruiter at Halden Marine for me?')).toMatch(/can't/);
    expect(await answerTo("will it snow in bergen on monday? i have to walk to the interview")).toMatch(/can't/);
  });
});

describe('more career questions placed on their topic', () => {
  it.each([
    ['should I mention the other offer I have when they ask about pay?', 'salary_negotiation'],
    ['can I apply twice to the same employer?', 'reapply'],
    ['is 60 too old to move into nursing?', 'career_change'],
    ['what do I say about being out of work since 2024', 'employment_gap'],
  ])('places %j on %s', (message, topic) => {
    expect(finder.find(message)?.topic.id).toBe(topic);
  });

  it('hears a feeling only where one is said', () => {
    expect(finder.find("honestly I've lost all motivation, nothing is working", 0.3)?.topic.feeling).toBe(true);
    expect(finder.find('how do I explain being unemployed on my cv', 0.3)?.topic.feeling).toBeUndefined();
  });
});

describe('advice asked in chat shorthand', () => {
  const registry = fakeActions();
  const planner = createRulesPlanner({ registry });
  const answerTo = async (goal: string) => {
    const parsed = parseDecision(
      await planner.decide({ goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8 }),
      registry,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    if (parsed.decision.type !== 'respond') throw new Error(`expected an answer, got ${parsed.decision.step.action}`);
    return parsed.decision.answer;
  };

  it('answers "do I rly need …" rather than writing what it names', async () => {
    expect(await answerTo('do i rly need a cover letter for a cleaning job lol')).toMatch(/common|expected|optional/i);
  });

  it('hears nerves told plainly beside the interview', async () => {
    expect(await answerTo('assessment day on monday and im freaking out')).toMatch(/nerves|normal/i);
  });
});
