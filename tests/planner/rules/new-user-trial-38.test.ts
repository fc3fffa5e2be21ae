import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 38: classes of error from a new user's trial (English her second language), each tested in wordings other than the one reported.
const registry = fakeActions();
const { turn, first, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);
const actionsOf = async (goal: string, thread?: Thread) => (await turn(goal, thread)).flatMap((decision) => (decision.type === 'act' ? [decision.step] : []));

/** A job the person tracks, in play. */
const known: KnownData = { jobs: [{ id: 'job_h', title: 'Shift Planner', company: 'Harbourline' }], resumes: [] };
const saved: Thread = { known, references: { last_job_id: 'job_h' } };

describe('questions, negations and hypotheticals are no news about an application', () => {
  it.each([
    'how i ask for more money, they offer 45k and i want 50k',
    'they pay 3000 a month, is that good for a planner here?',
    'what do I say, they offer 2800 and my minimum is 3100',
    'if I get an offer from Harbourline, how long can I wait to answer?',
    'what if Harbourline rejects me after the second interview?',
    "I haven't got an offer from Harbourline yet",
    'Harbourline never invited me to an interview',
  ])('"%s" changes no status', async (goal) => {
    const steps = await actionsOf(goal, saved);
    expect(steps.filter((step) => step.action === 'update_job_status')).toEqual([]);
  });

  it.each([
    "no, I didn't get an offer from Harbourline, undo it",
    'wait they never offered me anything, undo that please',
    'I did not get interview from them, please undo',
  ])('"%s" undoes, and sets nothing', async (goal) => {
    const steps = await actionsOf(goal, saved);
    expect(steps.map((step) => step.action)).toEqual(['undo']);
  });

  it.each([
    ['Harbourline made me an offer, how do I negotiate?', 'offer'],
    ['I got an offer from Harbourline!', 'offer'],
    ["I didn't get the job at Harbourline", 'rejected'],
    ['they are not moving forward with my application', 'rejected'],
  ])('"%s" is still news (%s)', async (goal, status) => {
    expect(stepOf(await first(goal, saved))).toMatchObject({ action: 'update_job_status', args: { status } });
  });
});

describe("the person's own words are never spelled over", () => {
  it.each([
    ['save it with note "ask if the team speaks polish"', 'ask if the team speaks polish'],
    ["save the first one, note: 'check the dutch level needed'", 'check the dutch level needed'],
    ['save it, note “planer wanted, call Anke”', 'planer wanted, call Anke'],
  ])('"%s" keeps the note as typed', async (goal, notes) => {
    const thread: Thread = { references: { last_job_ids: 'job_a,job_b', last_job_id: 'job_a' } };
    expect(stepOf(await first(goal, thread))?.args.notes).toBe(notes);
  });

  it.each([
    ['search inventory planer jobs in rotterdam', 'inventory planer'],
    ['find produktion planer jobs', 'planer'],
    ['look for dutch speaking support jobs', 'dutch speaking'],
  ])('"%s" searches the words typed', async (goal, query) => {
    const step = stepOf(await first(goal));
    expect(step?.action).toBe('search_jobs');
    expect(String(step?.args.query)).toContain(query);
  });

  it('a slip of the verb is still read as the verb', async () => {
    expect(stepOf(await first('serch planer jobs in utrecht'))).toMatchObject({ action: 'search_jobs', args: { query: 'planer' } });
  });
});

describe('a company name with lower-case particles is kept whole', () => {
  it.each([
    ['interview with Van Oord Marine on monday at 9', 'Van Oord Marine'],
    ['I have a video interview at De Vries Bouw next friday 14:00', 'De Vries Bouw'],
    ['remind me to email von Holt Partners tomorrow', 'von Holt Partners'],
    ['phone screen with Ter Haar Transport on tuesday 11:00', 'Ter Haar Transport'],
  ])('"%s" is about %s', async (goal, job) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'set_reminder', args: { job } });
  });

  it('news from one is about the whole name', async () => {
    expect(stepOf(await first('Van den Heuvel Groep turned me down'))).toMatchObject({ action: 'update_job_status', args: { job: 'Van den Heuvel Groep', status: 'rejected' } });
  });
});

describe('"run it" right after an alert was set up runs that alert', () => {
  const justMade: Thread = {
    history: [
      { role: 'user', content: 'every friday tell me about welder jobs in cork' },
      { role: 'assistant', content: 'Alert set [alert_0a1b2c3d4e]: welder jobs in cork, every Friday at 08:00.' },
    ],
    references: { last_alert_id: 'alert_0a1b2c3d4e' },
  };
  it.each(['run it now', 'ok run it', 'can you run that one now please', 'rerun it'])('"%s" runs it, never says goodbye', async (goal) => {
    expect(stepOf(await first(goal, justMade))).toMatchObject({ action: 'change_alert', args: { alert: 'alert_0a1b2c3d4e', change: 'run' } });
  });
});

describe('a second job named alone after a request gets the same request', () => {
  const listed: Thread = { references: { last_job_ids: 'job_a,job_b,job_c' } };
  it.each([
    ['save the third one and the first too', ['the third one', 'the first']],
    ['mark the second one as applied, and also the 3rd', ['the second one', 'the 3rd']],
  ])('"%s" is two steps', async (goal, jobs) => {
    expect((await actionsOf(goal, listed)).map((step) => step.args.job)).toEqual(jobs);
  });

  it.each(['Harbourline turned me down :( mark it', 'got an interview at Harbourline!! record it pls', 'I applied to Harbourline, can you mark that'])(
    '"%s" leaves nothing out',
    async (goal) => {
      const decisions = await turn(goal, saved);
      const answer = decisions.at(-1);
      expect(answer?.type === 'respond' ? answer.answer : '').not.toMatch(/left out/);
    },
  );
});

describe('"at" a company after a role said bare, and two companies', () => {
  it.each([
    ['find data analyst at northwind', 'data analyst', 'northwind'],
    ['search welder at harland', 'welder', 'harland'],
    ['look for forklift driver at Kuehne Nagel', 'forklift driver', 'Kuehne Nagel'],
  ])('"%s" searches %s at %s', async (goal, query, company) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query, company } });
    expect(step?.args.location).toBeUndefined();
  });

  it('"at night" is no company, nor a place', async () => {
    const step = stepOf(await first('find cleaner at night'));
    expect(step?.args.company).toBeUndefined();
    expect(step?.args.location).toBeUndefined();
  });

  it.each([
    ['search analyst jobs at northwind or globex', ['northwind', 'globex']],
    ['find planner jobs at northwind and portlogix', ['northwind', 'portlogix']],
  ])('"%s" is one search at each', async (goal, companies) => {
    expect((await actionsOf(goal)).map((step) => step.args.company)).toEqual(companies);
  });

  it('a name written with capitals and "and" is one company', async () => {
    expect((await actionsOf('search for jobs at Marks and Spencer')).map((step) => step.args.company)).toEqual(['Marks and Spencer']);
  });
});

describe('two places, either will do: one search or alert for each', () => {
  it.each([
    ['every friday send me new welder jobs in leeds or bristol', ['leeds', 'bristol']],
    ['each morning tell me about nurse jobs in madrid and valencia', ['madrid', 'valencia']],
  ])('"%s" sets an alert for each place', async (goal, places) => {
    const steps = await actionsOf(goal);
    expect(steps.map((step) => step.action)).toEqual(['create_alert', 'create_alert']);
    expect(steps.map((step) => step.args.location)).toEqual(places);
  });

  it('a search too', async () => {
    expect((await actionsOf('find chef jobs in lisbon or porto')).map((step) => step.args.location)).toEqual(['lisbon', 'porto']);
  });

  it('a place and one inside it is one search, of the wider', async () => {
    expect((await actionsOf('find data jobs in ireland or cork')).map((step) => step.args.location)).toEqual(['ireland']);
  });
});

describe('questions as a learner of English asks them', () => {
  const listed: Thread = { references: { last_job_ids: 'job_a,job_b,job_c' } };
  it.each([
    ['what is salary of third?', 'the third', 'pay'],
    ['what is pay of the second one', 'second', 'pay'],
    ['whats location of first', 'first', 'location'],
  ])('"%s" answers about the job, not shows it', async (goal, job, about) => {
    const step = stepOf(await first(goal, listed));
    expect(step).toMatchObject({ action: 'answer_about_job', args: { about } });
    expect(String(step?.args.job)).toContain(job.replace(/^the /, ''));
  });

  it.each([
    ['write a cover letter for the first one, not too formal please', 'warm'],
    ['write a cover letter for the third one, not so corporate', 'warm'],
    ['a casual cover letter for the second', 'warm'],
    ['a formal cover letter for the second', 'professional'],
  ])('"%s" is in the %s tone', async (goal, tone) => {
    expect(stepOf(await first(goal, listed))).toMatchObject({ action: 'write_cover_letter', args: { tone } });
  });

  it.each([
    ['my boss says I am good with budgets, add budgeting to my skills', 'budgeting'],
    ['please put Power BI in my skills', 'Power BI'],
    ['add "Route planning" as a skill on my cv', 'Route planning'],
  ])('"%s" adds the skill %s', async (goal, skill) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'correct_resume', args: { skill } });
  });

  it('a language with its level is no skill', async () => {
    const decisions = await turn('add German B1 to my cv');
    // Since session 47 it is a language (reader47: "add Dutch B2 to my cv"), never a skill.
    expect(decisions.some((decision) => decision.type === 'act' && decision.step.action === 'correct_resume' && decision.step.args.skill !== undefined)).toBe(false);
  });
});
