import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { inPlainEnglish } from '../../../src/planner/rules/translated-english.ts';
import { createAnswers } from '../../../src/planner/rules/answers.ts';
import { createPhrasebook } from '../../../src/planner/rules/phrasebook.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 42, nlu45 (issue 14): classes of error from the outsiders' messy development sets (messy15 and messy14
// first) and the session-41 trial, each tested in wordings of its own (never the sets' sentences).
const registry = fakeActions();
const { first, turn, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

const listed: KnownData = {
  jobs: [
    { id: 'job_q1', title: 'Client Agent', company: 'Desjardins', location: 'Lévis, QC' },
    { id: 'job_q2', title: 'Store Clerk', company: 'Metro', location: 'Laval, QC' },
    { id: 'job_q3', title: 'Line Cook', company: 'Cora', location: 'Laval, QC' },
  ],
  resumes: [],
};
const shown: Thread = {
  history: [
    { role: 'user', content: 'find jobs around laval' },
    { role: 'assistant', content: '1. Client Agent — Desjardins, Lévis\n2. Store Clerk — Metro, Laval\n3. Line Cook — Cora, Laval' },
  ],
  references: { last_job_ids: 'job_q1,job_q2,job_q3' },
  known: listed,
};
const inPlay: Thread = { ...shown, references: { ...shown.references, last_job_id: 'job_q1' } };

describe('a short question about one job is that question, however clipped', () => {
  it.each([
    ['is this one bilingual or not?', inPlay, { job: 'it', about: 'languages' }],
    ['is the Metro one bilingual', shown, { job: 'Metro', about: 'languages' }],
    ['remote or not?', inPlay, { about: 'remote' }],
    ['on-site or hybrid', inPlay, { about: 'remote' }],
    ['salary range on the metro role?', shown, { job: expect.stringMatching(/metro/i), about: 'pay' }],
    ['whats the salary band for the desjardins posting', shown, { job: expect.stringMatching(/desjardins/i), about: 'pay' }],
    ['how many days a week in the office at the cora one?', shown, { job: expect.stringMatching(/cora/i), about: 'remote' }],
    ['when does the application close on the third one', shown, { about: 'closes' }],
    ['when will applications close?', inPlay, { about: 'closes' }],
  ] as const)('"%s"', async (goal, thread, args) => {
    expect(stepOf(await first(goal, thread))).toMatchObject({ action: 'answer_about_job', args });
  });

  it('"what about metro?" after a question about another job asks the same of Metro', async () => {
    const asked: Thread = {
      ...shown,
      history: [...(shown.history ?? []), { role: 'user', content: 'how much does the desjardins job pay' }, { role: 'assistant', content: 'Client Agent at Desjardins pays CA$50,000 a year.' }],
    };
    expect(stepOf(await first('what about metro?', asked))).toMatchObject({ action: 'answer_about_job', args: { job: 'Metro', about: 'pay' } });
    expect(stepOf(await first('and the cora one', asked))).toMatchObject({ action: 'answer_about_job', args: { job: expect.stringMatching(/cora/i), about: 'pay' } });
  });
});

describe('English as translation software writes it is read as the plain English it means', () => {
  it.each([
    ['I desire to find employments of pharmacist in the city of Porto which pay at least 30000 euros', 'search_jobs', { query: 'pharmacist', location: 'Porto', min_salary: 30000 }],
    ['I desire that you conserve the employment of the enterprise Metro in my list', 'save_job', { job: expect.stringMatching(/metro/i) }],
    ['I desire the adaptation of my curriculum vitae for the employment at Cora', 'optimize_resume', { job: expect.stringMatching(/cora/i) }],
    ['I desire to receive notifications every morning of new employments of pharmacist in Porto', 'create_alert', { query: 'pharmacist', location: 'Porto' }],
  ] as const)('"%s" is %s', async (goal, action, args) => {
    expect(stepOf(await first(goal, shown))).toMatchObject({ action, args });
  });

  it('a wish that a saved job be removed removes it; annulling the last modification undoes it', async () => {
    const saved: Thread = { ...inPlay, history: [{ role: 'user', content: 'save the desjardins job' }, { role: 'assistant', content: 'Saved Client Agent at Desjardins.' }] };
    expect(stepOf(await first('I wish that this employment is removed from my list', saved))?.action).toBe('unsave_job');
    expect(stepOf(await first('I desire to annul the modification', saved))?.action).toBe('undo');
  });

  it('employment that is no job, and a curriculum developer, are kept as said', () => {
    expect(inPlainEnglish('what is the employment type of it')).toBe('what is the employment type of it');
    expect(inPlainEnglish('fix my employment history dates')).toBe('fix my employment history dates');
    expect(inPlainEnglish('curriculum developer jobs in Leeds')).toBe('curriculum developer jobs in Leeds');
  });
});

describe('a place, or remote work elsewhere, searches both (trial s41 #8)', () => {
  it.each([
    ['ux designer roles in Leeds or remotely in the UK', 'Leeds', 'UK'],
    ['find nurse educator jobs in Halifax or remote Canada', 'Halifax', 'Canada'],
  ])('"%s" searches %s, then remote %s', async (goal, place, elsewhere) => {
    const steps = (await turn(goal)).flatMap((decision) => (decision.type === 'act' ? [decision.step] : []));
    expect(steps[0]).toMatchObject({ action: 'search_jobs', args: { location: place } });
    expect(steps[0]?.args.remote).toBeUndefined();
    expect(steps[1]).toMatchObject({ action: 'search_jobs', args: { remote: true } });
    expect(elsewhere).toBeTruthy();
  });
});

describe('a kind kept out of a search that no filter can leave out is said, never dropped (trial s41 #8)', () => {
  it.each([
    ['barista jobs in Halifax, pis no call centres please', 'call centres'],
    ['sales jobs in Calgary; nothing commission-only', 'commission-only roles'],
    ['support jobs in Laval but no night shift stuff', 'night shift roles'],
  ])('"%s" says it could not leave out %s', async (goal, said) => {
    const decisions = await turn(goal);
    expect(stepOf(decisions[0])?.action).toBe('search_jobs');
    expect(answerOf(decisions.at(-1))).toContain(`I couldn't leave out ${said}`);
  });

  it('a level kept out in a piece of its own is left out by the search, with no word', async () => {
    const decisions = await turn('cook jobs in Laval, nothing senior');
    expect(stepOf(decisions[0])).toMatchObject({ action: 'search_jobs', args: { exclude_seniority: ['senior', 'lead', 'principal'] } });
    expect(answerOf(decisions.at(-1))).not.toMatch(/couldn't leave out/);
  });
});

describe('"what can you do?" is answered in a user\'s words (trial s41 #7)', () => {
  it.each(['salut! bon, what can you do?', 'so what are you able to help me with'])('"%s" gets the short grouped answer', async (goal) => {
    const answer = answerOf(await first(goal));
    expect(answer).toMatch(/^Here is what I can do:/);
    expect(answer.split('\n').length).toBeLessThanOrEqual(8);
    expect(answer).toContain('"list everything"');
  });

  it('a question about one thing gets that thing\'s lines in full; a job search in general gets the short answer', () => {
    const answers = createAnswers(registry, createPhrasebook(registry));
    const aboutResumes = answers.helpAbout('hi, what can you do with my resume');
    expect(aboutResumes).toContain('Here is what I can do about that');
    expect(aboutResumes).toContain(registry.get('import_resume')?.description);
    expect(aboutResumes).not.toContain(registry.get('write_cover_letter')?.description);
    expect(answers.helpAbout('what can you do for my job search?')).toBe(answers.help);
  });
});
