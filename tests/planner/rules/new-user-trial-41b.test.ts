import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { pastedPosting } from '../../../src/actions/analyze-match/read-pasted-posting.ts';
import { splitNote } from '../../../src/actions/phrasing/split-note.ts';
import { pastDayIn, readPastDay } from '../../../src/time/past-day.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';

// Session 41 (issues 14, 21): a Québécoise career changer's trial; each class tried on invented sentences, never the trial's.
const registry = fakeActions();
const { turn, first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);
const stepsOf = async (goal: string, thread?: Thread) => (await turn(goal, thread)).flatMap((decision) => (decision.type === 'act' ? [decision.step] : []));

const oneJobInPlay: Thread = {
  known: { jobs: [{ id: 'aa11bb22cc33', title: 'Inside Sales Representative', company: 'Corvel' }], resumes: [] },
  references: { last_job_id: 'aa11bb22cc33' },
};

describe('a posting pasted after a question about fit', () => {
  it.each([
    // In quotes, in French, after "this?": the paste is the posting, not the job in play.
    `am I a good fit for this? "Analyste d'affaires chez Cordova Santé, Québec. Salaire de 70 000 $ à 82 000 $ par année. 3 ans d'expérience en analyse, Power BI et SQL requis."`,
    `how well would I match this one? «Chargée de projets numériques, Agence Hublot. Temps plein, 2 ans d'expérience, bilingue requis, Asana et Figma.»`,
    // After a colon, and on the lines that follow.
    `how well do I fit this: Product Analyst - Tessera Labs, Ottawa. 2+ years experience with SQL and Looker required, $80k-$95k.`,
    `do I match this?\nData Coordinator, Bellhaven Foods\nRequirements: Excel, 1 year experience, French an asset.`,
  ])('is the match\'s job_text, in one step: %s', async (goal) => {
    const steps = await stepsOf(goal, oneJobInPlay);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ action: 'analyze_match', args: { job_text: expect.any(String) } });
    expect(steps[0]?.args).not.toHaveProperty('job');
  });

  it('keeps the quotes out of the posting, and a short quoted name is still a name', () => {
    expect(pastedPosting(`how well do I match this? "Analyste de données, Ville de Laval. 2 ans d'expérience, SQL et Python requis, salaire 75 000 $."`)).toMatch(/^Analyste de données\n/);
    expect(pastedPosting('how well do I match "Analyst at Corvel"?')).toBeUndefined();
  });
});

describe('a correction of the last step', () => {
  const listed: Thread = {
    known: {
      jobs: [
        { id: 'aa11bb22cc33', title: 'Inside Sales Representative', company: 'Corvel' },
        { id: 'dd44ee55ff66', title: 'Junior Data Analyst', company: 'Corvel' },
      ],
      resumes: [],
    },
    references: { last_job_ids: 'aa11bb22cc33,dd44ee55ff66', last_job_id: 'aa11bb22cc33' },
    history: [
      { role: 'user', content: 'find jobs at corvel' },
      { role: 'assistant', content: 'Found 2 jobs:\n1. Inside Sales Representative — Corvel · Laval [aa11bb22cc33]\n2. Junior Data Analyst — Corvel · Laval [dd44ee55ff66]' },
      { role: 'user', content: 'bookmark the first one' },
      { role: 'assistant', content: 'Saved "Inside Sales Representative" at Corvel [aa11bb22cc33].' },
    ],
  };

  it.each(['no, the Junior Data Analyst one, the second', 'nope, the second one', 'no — the data analyst one, #2'])('redoes that step on the job meant: %s', async (goal) => {
    const step = stepOf(await first(goal, listed));
    expect(step?.action).toBe('save_job');
    expect(String(step?.args.job)).toMatch(/dd44ee55ff66|second|#2|data analyst/i);
  });
});

describe('a day said the French way, or as part of yesterday', () => {
  it.each([
    ['I applied to it hier matin', 'hier matin'],
    ['mark it as applied, sent it yesterday afternoon', 'yesterday afternoon'],
    ['I applied to it last night', 'last night'],
  ])('dates the applied status: %s', async (goal, on) => {
    expect(stepOf(await first(goal, oneJobInPlay))).toMatchObject({ action: 'update_job_status', args: { status: 'applied', on } });
  });

  it('reads them as the day before', () => {
    const when = { now: new Date('2026-12-07T02:00:00Z'), timeZone: 'America/Toronto' };
    expect(readPastDay(pastDayIn('envoyé hier soir') ?? '', when)).toBe('2026-12-05');
    expect(readPastDay(pastDayIn('sent it avant-hier') ?? '', when)).toBe('2026-12-04');
  });
});

describe('a note said with a save', () => {
  it.each([
    ['keep it anyway and add a note "plan B"', 'plan B'],
    ['save the second one pis put a note “call Monday”', 'call Monday'],
    ['bookmark it and leave a note saying recruiter is Lise', 'recruiter is Lise'],
  ])('is kept: %s', async (goal, note) => {
    const thread: Thread = { ...oneJobInPlay, references: { ...oneJobInPlay.references, last_job_ids: 'aa11bb22cc33,dd44ee55ff66' } };
    expect(stepOf(await first(goal, thread))).toMatchObject({ action: 'save_job', args: { notes: note } });
  });

  it('splits it from the job', () => {
    expect(splitNote('it and note "ask about equity"')).toEqual({ rest: 'it', note: 'ask about equity' });
  });
});

describe('a pay floor asked over the jobs', () => {
  it.each([
    ['I need 70 000 $ minimum, which of my saved jobs pay that?', 70_000, 'saved'],
    ["I won't take less than $85k. which of these pay that?", 85_000, undefined],
    ['which of my jobs pay at least 60k?', 60_000, 'saved'],
  ])('compares by pay against it: %s', async (goal, floor, among) => {
    const thread: Thread = { references: { last_job_ids: 'aa11bb22cc33,dd44ee55ff66' } };
    const step = stepOf(await first(goal, thread));
    expect(step).toMatchObject({ action: 'compare_jobs', args: { by: 'pay', at_least: floor } });
    expect(step?.args.among).toBe(among);
  });
});

describe('a sentence in another language that a step reads whole', () => {
  it.each(['montre-moi mes alertes', 'liste mes alertes'])('runs the step and answers with its result, never also "English only": %s', async (goal) => {
    const decisions = await turn(goal);
    expect(stepOf(decisions[0])).toMatchObject({ action: 'list_alerts' });
    expect(decisions.at(-1)?.type).toBe('respond');
    expect(answerOf(decisions.at(-1))).not.toMatch(/only understand English/);
  });

  it('says "English only" alone when no step reads it', async () => {
    const decisions = await turn('zeig meine Alarme');
    expect(decisions).toHaveLength(1);
    expect(answerOf(decisions[0])).toMatch(/only understand English/);
  });
});
