import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { isNationality } from '../../../src/actions/phrasing/described-job.ts';
import { surelySlip } from '../../../src/planner/rules/own-words.ts';
import { payInWords } from '../../../src/actions/answer-about-job/answer.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 39, nlu41 (issue 14): classes of error from outsiders' messy development sets, each tested in wordings of
// its own (never the sets' sentences).
const registry = fakeActions();
const { first, turn, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);

const abroad: KnownData = {
  jobs: [
    { id: 'job_e1', title: 'Kierowca (Driver)', company: 'Raben', location: 'Poznań, Poland' },
    { id: 'job_e2', title: 'Office Cleaner', company: 'Sodexo', location: 'Lyon, France' },
    { id: 'job_e3', title: 'Care Assistant (Nights)', company: 'Bupa', location: 'Leeds, UK' },
    { id: 'job_e4', title: 'Barista', company: 'Tchibo', location: 'Vienna, Austria' },
  ],
  resumes: [],
};
const shown: Thread = {
  history: [
    { role: 'user', content: 'find driver, cleaning, care and barista jobs' },
    {
      role: 'assistant',
      content: '1. Kierowca (Driver) — Raben, Poznań\n2. Office Cleaner — Sodexo, Lyon\n3. Care Assistant (Nights) — Bupa, Leeds\n4. Barista — Tchibo, Wien',
    },
  ],
  references: { last_job_ids: 'job_e1,job_e2,job_e3,job_e4' },
  known: abroad,
};

describe('a listed title with a part in brackets is one job of the list, not the tail of the one before', () => {
  it.each([
    ['keep the polish one for me', 'Raben'],
    ['the austrian one looks ok, save it', 'Tchibo'],
  ])('"%s" saves %s', async (goal, job) => {
    expect(stepOf(await first(goal, shown))).toMatchObject({ action: 'save_job', args: { job } });
  });
});

describe('a listed job pointed at by another form of a word of its line, or by the language spoken there', () => {
  it.each([
    ['is the cleaning job full time?', 'Sodexo'],
    ['what does the driving job pay', 'Raben'],
    ['what does the german-speaking one pay', 'Tchibo'],
    ['the german speaking job, what does it pay', 'Tchibo'],
  ])('"%s" asks about %s', async (goal, job) => {
    expect(stepOf(await first(goal, shown))).toMatchObject({ action: 'answer_about_job', args: { job } });
  });

  it('a people\'s adjective is one word list shared with the spelling corrector', () => {
    expect(isNationality('Polish')).toBe(true);
    expect(isNationality('african')).toBe(true);
    expect(isNationality('publish')).toBe(false);
  });
});

describe('what a letter should mention, said after the job as a piece of its own, is part of that letter', () => {
  it.each([
    ['cover letter for raben, mention my C+E licence', 'my C+E licence'],
    ['write a cover letter for the cleaning job and talk about my 6 years with ISS', 'my 6 years with ISS'],
    ['do me a cover letter for bupa, say i have done nights before', 'i have done nights before'],
    ['cover letter for tchibo pls, highlight the latte art course', 'the latte art course'],
  ])('"%s" writes one letter that mentions %s', async (goal, fact) => {
    const decisions = await turn(goal, shown);
    const steps = decisions.map(stepOf).filter((step) => step !== undefined);
    expect(steps).toHaveLength(1);
    expect(steps[0]?.action).toBe('write_cover_letter');
    expect(steps[0]?.args.mention).toEqual([fact]);
  });

  it('a letter and another request stay two steps', async () => {
    const decisions = await turn('write a cover letter for bupa, and save the barista one', shown);
    expect(decisions.flatMap((decision) => stepOf(decision)?.action ?? [])).toEqual(['write_cover_letter', 'save_job']);
  });
});

describe('a long word surely misspelled is searched as meant; a letter typed for another is searched as typed', () => {
  it.each([
    ['forkilft jobs in hull', 'forklift'],
    ['find me warehosue work near york', 'warehouse'],
  ])('"%s" searches %s', async (goal, query) => {
    expect(String(stepOf(await first(goal))?.args.query)).toContain(query);
  });

  it('tells a sure slip from a word that may be meant', () => {
    expect(surelySlip('warehuose', 'warehouse')).toBe(true);
    expect(surelySlip('enginer', 'engineer')).toBe(true);
    expect(surelySlip('planer', 'player')).toBe(false);
    expect(surelySlip('trucker', 'tracker')).toBe(false);
  });
});

describe('an application sent, or a no, told in passing in the past tense is news for the tracker', () => {
  const saved: Thread = {
    known: {
      jobs: [
        { id: 'job_t1', title: 'Site Manager', company: 'Kier', location: 'Bristol, UK' },
        { id: 'job_t2', title: 'Estimator', company: 'Strabag', location: 'Graz, Austria' },
        { id: 'job_t3', title: 'Quantity Surveyor', company: 'Mace', location: 'London, UK' },
      ],
      resumes: [],
    },
  };
  it.each([
    ['emailed my resume to kier last thursday', 'Kier', 'applied'],
    ['handed in my CV at mace this morning', 'Mace', 'applied'],
    ['i has apply for the strabag job on monday', 'strabag', 'applied'],
    ['i have been applied to mace yesterday', 'mace', 'applied'],
    ['the austrian one ghosted me', 'Strabag', 'rejected'],
  ])('"%s" marks %s as %s', async (goal, job, status) => {
    const step = stepOf(await first(goal, saved));
    expect(step?.action).toBe('update_job_status');
    expect(String(step?.args.job).toLowerCase()).toContain(job.toLowerCase());
    expect(step?.args.status).toBe(status);
  });

  it('an application sent, then a later stage told of the people behind it, is the later stage', async () => {
    const decisions = await turn('dropped off my cv at kier on monday and yesterday the hiring manager rang asking for an interview', saved);
    const steps = decisions.flatMap((decision) => stepOf(decision) ?? []);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ action: 'update_job_status', args: { job: 'Kier', status: 'interviewing' } });
  });

  it('news first, then a request: both run, the news first', async () => {
    const decisions = await turn('sent my cv to mace yesterday, now find me estimator jobs in leeds', saved);
    expect(decisions.flatMap((decision) => stepOf(decision)?.action ?? [])).toEqual(['update_job_status', 'search_jobs']);
  });
});

describe('a question about one job, said loosely or in a learner\'s words, asks what it asks', () => {
  it.each([
    ['the austrian one — what does it pay in euros?', 'Tchibo', 'pay'],
    ['the polish one, what skills do they want', 'Raben', 'stack'],
    ['do they need french for the cleaning job', 'Sodexo', 'languages'],
    ['how many yrs experience do they want for the driver job', 'driver', 'experience'],
    ['deadline for bupa?', 'bupa', 'closes'],
    ['what is the package of the 2nd one', 'the 2nd one', 'pay'],
    ['does the bupa one sponsor visas', 'bupa', 'visa'],
    ['kya ye job part time hai? the barista one', 'barista', 'type'],
    ['salary kitna hai for the tchibo job', 'tchibo', 'pay'],
    ['where is it based, the raben one', 'raben', 'location'],
  ])('"%s" asks about %s: %s', async (goal, job, about) => {
    const step = stepOf(await first(goal, shown));
    expect(step?.action).toBe('answer_about_job');
    expect(String(step?.args.job).toLowerCase()).toContain(job.toLowerCase());
    expect(step?.args.about).toBe(about);
  });

  it('says the pay in full figures, as postings write them', () => {
    expect(payInWords({ min: 58000, max: 58000, currency: 'EUR', period: 'year' })).toBe('€58,000 a year');
    expect(payInWords({ min: 11000, max: null, currency: 'PLN', period: 'month' })).toBe('PLN 11,000 a month');
    expect(payInWords({ min: null, max: 85000, currency: 'GBP', period: 'year' })).toBe('up to £85,000 a year');
  });
});
