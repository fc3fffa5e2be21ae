import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 38, nlu39 (issue 14): classes of error from outsiders' messy development sets, each tested in wordings of
// its own (never the sets' sentences).
const registry = fakeActions();
const { first, turn, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

const kitchens: KnownData = {
  jobs: [
    { id: 'job_k1', title: 'Line Cook', company: 'Marlowe Bistro', location: 'Leeds, UK' },
    { id: 'job_k2', title: 'Sous Chef', company: 'Greenhouse Kitchen', location: 'York, UK' },
    { id: 'job_k3', title: 'Pastry Chef', company: 'Brightwater Hotel', location: 'Hull, UK' },
  ],
  resumes: [],
};
const listed: Thread = { references: { last_job_ids: 'job_k1,job_k2,job_k3' }, known: kitchens };

describe('a part of the resume named anywhere in a tailoring request is its focus', () => {
  it.each([
    ['should i put more keywords in my cv for the greenhouse one?', 'Greenhouse', 'keywords'],
    ['which skills should i add to my resume for the second one', 'the second one', 'skills'],
    ['my bullet points are weak, sort them out for the marlowe one', 'Marlowe Bistro', 'experience'],
    ['tweak my cv for the brightwater job so it gets through the ATS', 'Brightwater', 'keywords'],
  ])('"%s" tailors for %s with focus %s', async (goal, job, focus) => {
    const step = stepOf(await first(goal, listed));
    expect(step?.action).toBe('optimize_resume');
    expect(String(step?.args.job)).toContain(job);
    expect(step?.args.focus).toBe(focus);
  });

  it('no part named gives no focus', async () => {
    const step = stepOf(await first('what should i change in my resume for the third one?', listed));
    expect(step?.action).toBe('optimize_resume');
    expect(step?.args.focus).toBeUndefined();
  });
});

describe("learners' wordings of news about an application", () => {
  const saved: Thread = { known: kitchens };
  it.each([
    ['marlowe bistro say me no', 'Marlowe Bistro', 'rejected'],
    ['greenhouse kitchen chose other candidate :(', 'Greenhouse Kitchen', 'rejected'],
    ['the brightwater hotel is inviting me for a talk next week', 'Brightwater Hotel', 'interviewing'],
    ['i am going to pull out of the marlowe bistro one, too far', 'Marlowe Bistro', 'withdrawn'],
    ['sent off my greenhouse kitchen application today', 'Greenhouse Kitchen', 'applied'],
  ])('"%s" marks %s as %s', async (goal, job, status) => {
    expect(stepOf(await first(goal, saved))).toMatchObject({ action: 'update_job_status', args: { job, status } });
  });

  it('news first, then a request: both run, the news first', async () => {
    const decisions = await turn('sent off the marlowe bistro application, now find me cook jobs in york', saved);
    expect(stepOf(decisions[0])).toMatchObject({ action: 'update_job_status', args: { job: 'Marlowe Bistro', status: 'applied' } });
    expect(decisions.map(stepOf).some((step) => step?.action === 'search_jobs')).toBe(true);
  });
});

describe('a document of the person named by its job or its tone', () => {
  const letters: Thread = {
    references: { last_document_id: 'doc_c' },
    known: {
      ...kitchens,
      documents: [
        { id: 'doc_c', kind: 'cover_letter', title: 'Cover letter — Sous Chef at Greenhouse Kitchen', tone: 'enthusiastic' },
        { id: 'doc_b', kind: 'interview_prep', title: 'Interview prep — Sous Chef at Greenhouse Kitchen' },
        { id: 'doc_a', kind: 'cover_letter', title: 'Cover letter — Line Cook at Marlowe Bistro', tone: 'professional' },
      ],
    },
  };
  it.each([
    ['make the marlowe letter shorter', 'doc_a'],
    ['the formal letter, can it be friendlier', 'doc_a'],
    ['the enthusiastic letter is too long', 'doc_c'],
  ])('"%s" revises %s', async (goal, document) => {
    expect(stepOf(await first(goal, letters))).toMatchObject({ action: 'revise_cover_letter', args: { document } });
  });

  it.each([
    ['export the marlowe bistro letter as docx', 'doc_a', 'docx'],
    ['gotta send the marlowe letter by email, word format please', 'doc_a', 'docx'],
  ])('"%s" exports %s', async (goal, document, format) => {
    expect(stepOf(await first(goal, letters))).toMatchObject({ action: 'export_document', args: { document, format } });
  });

  it('a letter no document fits is passed on as said', async () => {
    expect(stepOf(await first('make the Harbour letter longer', letters))).toMatchObject({ action: 'revise_cover_letter', args: { document: 'Harbour', change: 'longer' } });
  });

  it('without known documents, "the Stripe letter" stays a name', async () => {
    expect(stepOf(await first('make the Stripe letter more formal'))).toMatchObject({ args: { document: 'Stripe' } });
    expect(answerOf(await first('make the Stripe letter more formal'))).toBe('');
  });
});

describe('a level kept out inside the search is never asked for, and left out', () => {
  it.each([
    ['find non-senior developer jobs in leeds', 'developer', 'senior'],
    ['non senior accountant roles pls', 'accountant', 'senior'],
    ['data analyst jobs in york, nothing senior-ish', 'data analyst', 'senior'],
  ])('"%s" searches "%s" with no level and leaves out %s roles (exclude_seniority), saying nothing was ignored', async (goal, query, kind) => {
    const decisions = await turn(goal);
    const step = stepOf(decisions[0]);
    expect(step).toMatchObject({ action: 'search_jobs', args: { query } });
    expect(step?.args.seniority).toBeUndefined();
    expect(step?.args.exclude_seniority).toEqual(expect.arrayContaining([kind]));
    expect(answerOf(decisions.at(-1))).not.toMatch(/couldn't leave out/);
  });

  it('a level asked for is still the level', async () => {
    const decisions = await turn('find senior developer jobs in leeds');
    expect(stepOf(decisions[0])?.args.seniority).toBe('senior');
    expect(answerOf(decisions.at(-1))).not.toMatch(/leave out/);
  });
});

describe("a learner's word order", () => {
  it.each([
    ['please open for me the calculator', 'open_app', { app_name: 'calculator' }],
    ['open me the spotify pls', 'open_app', { app_name: 'spotify' }],
    ['find for me the welder jobs in Gdansk', 'search_jobs', { query: 'welder', location: 'Gdansk' }],
    ['i search work like electrician in Bergen', 'search_jobs', { query: 'electrician', location: 'Bergen' }],
  ])('"%s" is %s', async (goal, action, args) => {
    expect(stepOf(await first(goal))).toMatchObject({ action, args });
  });

  it.each([
    ['what is salary of third?', 'job_k3', 'pay'],
    ['where is location of the first', 'job_k1', 'location'],
    ['what is the pay of second one', 'job_k2', 'pay'],
  ])('"%s" asks about %s (%s)', async (goal, job, about) => {
    const step = stepOf(await first(goal, listed));
    expect(step?.action).toBe('answer_about_job');
    expect(step?.args.about).toBe(about);
    expect(['third', 'first', 'second'].some((word) => String(step?.args.job).includes(word)) || step?.args.job === job).toBe(true);
  });

  it.each(['which job of these is more new?', 'what one in the list is the most new', 'which of them is newer'])('"%s" compares by date posted', async (goal) => {
    expect(stepOf(await first(goal, listed))).toMatchObject({ action: 'compare_jobs', args: { by: 'recent' } });
  });

  it.each(['give me a list of the jobs i kept', 'show me list of jobs which i have stored'])('"%s" lists the saved jobs', async (goal) => {
    expect(stepOf(await first(goal))?.action).toBe('list_saved_jobs');
  });

  it('"show me the list of …" with no saved jobs in it stays a search', async () => {
    expect(stepOf(await first('find me a list of rust jobs in berlin'))?.action).toBe('search_jobs');
  });
});

describe('how to change the resume for one job, asked as a question, is the tailoring', () => {
  it.each([
    ['how do i improve my summary for the brightwater job?', 'Brightwater', 'summary'],
    ['how should i rework my skills for the second one', 'the second one', 'skills'],
  ])('"%s" tailors for %s (%s)', async (goal, job, focus) => {
    const step = stepOf(await first(goal, listed));
    expect(step?.action).toBe('optimize_resume');
    expect(String(step?.args.job)).toContain(job);
    expect(step?.args.focus).toBe(focus);
  });

  it('a question of how to do better in general stays advice', async () => {
    const decision = await first('how do i make my cv stand out?');
    expect(stepOf(decision)).toBeUndefined();
  });
});

describe("a company's openings asked as a question", () => {
  it.each([
    ['does Zalando have any data analyst jobs', { company: 'Zalando', query: 'data analyst' }],
    ["what's open at Canva for designers", { company: 'Canva', query: 'designers' }],
    ['is Spotify hiring backend engineers in Stockholm', { company: 'Spotify', query: 'backend engineers', location: 'Stockholm' }],
    ['does Tesco have warehouse jobs in Leeds', { company: 'Tesco', query: 'warehouse', location: 'Leeds' }],
  ])('"%s" searches that company', async (goal, args) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args });
  });

  it('"is anyone hiring …" searches anywhere', async () => {
    const step = stepOf(await first('is anyone hiring nurses in leeds'));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query: 'nurses', location: 'leeds' } });
    expect(step?.args.company).toBeUndefined();
  });

  it('what a job has is no search', async () => {
    expect(stepOf(await first('does the Acme job have a pension'))?.action).not.toBe('search_jobs');
  });
});

describe('a shot at the job in play is the match score', () => {
  const inPlay: Thread = { ...listed, references: { ...listed.references, last_job_id: 'job_k2' } };
  it.each(['do i have a shot at this one', 'any shot for me at it?'])('"%s" scores the job in play', async (goal) => {
    expect(stepOf(await first(goal, inPlay))?.action).toBe('analyze_match');
  });

  it('a shot at a kind of work stays advice', async () => {
    expect(stepOf(await first('do i have a shot at getting into tech with no degree?', inPlay))).toBeUndefined();
  });
});

describe("a people's adjective is never a slip", () => {
  const abroad: Thread = {
    references: { last_job_ids: 'job_n1,job_n2' },
    known: {
      jobs: [
        { id: 'job_n1', title: 'Forklift Driver', company: 'Havenlog', location: 'Rotterdam, Netherlands' },
        { id: 'job_n2', title: 'Care Assistant', company: 'Opiekun', location: 'Kraków, Poland' },
      ],
      resumes: [],
    },
  };
  it.each([
    ['save the dutch one pls', 'Havenlog'],
    ['how much does the dutch one pay', 'Havenlog'],
  ])('"%s" points at %s', async (goal, company) => {
    const step = stepOf(await first(goal, abroad));
    expect(String(step?.args.job)).not.toMatch(/ditch/);
    expect(JSON.stringify(step?.args)).toMatch(new RegExp(`${company}|job_n1|dutch`, 'i'));
  });
});
