import { describe, expect, it } from 'vitest';
import { rulesThread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 47, search47 (issue 14): searches said any way — classes from the outsiders' messy development sets and the
// session-46 trial, each tested in wordings of its own (never the sets' sentences).
const registry = fakeActions();
const { turn, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

const searches = async (goal: string) =>
  (await turn(goal)).flatMap((decision) => (decision.type === 'act' && decision.step.action === 'search_jobs' ? [decision.step.args] : []));

describe('a list of places, any will do, searches each of them (trial s46 #8)', () => {
  it.each([
    ['find welder jobs in Hamburg, Bremen or Kiel', ['Hamburg', 'Bremen', 'Kiel']],
    ['controls engineer roles in Karlsruhe/Mannheim', ['Karlsruhe', 'Mannheim']],
    ['Pflegekraft jobs in Köln und Bonn', ['Köln', 'Bonn']],
    ['data analyst jobs in Leeds, Sheffield and York paying 35k+', ['Leeds', 'Sheffield', 'York']],
    ['chemist jobs in Mainz or Wiesbaden', ['Mainz', 'Wiesbaden']],
    ['tool maker jobs in Aalen, Heidenheim or Ulm', ['Aalen', 'Heidenheim', 'Ulm']],
  ])('"%s" searches %j', async (goal, places) => {
    const found = await searches(goal);
    expect(found.map((args) => args.location)).toEqual(places);
    // (What else was said goes with every one of them.)
    for (const args of found) expect(args.query).toBeTruthy();
  });

  it('keeps the pay floor and the role on every search of the list', async () => {
    const found = await searches('data analyst jobs in Leeds, Sheffield and York paying 35k+');
    expect(found.every((args) => args.min_salary === 35_000 && args.query === 'data analyst')).toBe(true);
  });

  it('reads a kind kept out, or remote work, beside a place as no place of the list', async () => {
    expect((await searches('line cook jobs in Leeds or remote')).map((args) => [args.location, args.remote])).toEqual([['Leeds', undefined], [undefined, true]]);
    expect((await searches('nurse jobs in Leeds, nothing senior')).map((args) => args.location)).toEqual(['Leeds']);
  });
});

describe('filters said in the languages people mix in, and agencies by any name (trial s46 #15, #48)', () => {
  it.each([
    ['Elektroniker Stellen bei Siemens Energy, Teilzeit', { company: 'Siemens Energy', employment_type: 'part_time' }],
    ['Vertriebsingenieur Stellen bei Trumpf, Vollzeit, unbefristet', { company: 'Trumpf', employment_type: 'full_time', exclude_employment_type: ['temporary', 'contract'] }],
    ['Mechatroniker Stellen bei Augsburg', { location: 'Augsburg' }],
    ['deeltijd receptionist jobs in Utrecht', { employment_type: 'part_time', location: 'Utrecht' }],
  ])('"%s" searches with %j', async (goal, args) => {
    const [found] = await searches(goal);
    expect(found).toMatchObject(args);
    expect(found?.query).toBeTruthy();
    expect(String(found?.company ?? '')).not.toMatch(/\b(?:bei|at)\b/i);
  });

  it.each([
    'cleaner jobs in Leeds, no staffing firms',
    'packer jobs in Venlo, geen uitzendbureau',
    'lab technician roles in Mainz, keine Zeitarbeit bitte',
    'no consultancies pls, SAP basis jobs in Pune',
    'office manager jobs in Lyon, no temp agencies or headhunters',
  ])('"%s" leaves agencies out, and never searches their name', async (goal) => {
    const [found] = await searches(goal);
    expect(found?.exclude_agencies).toBe(true);
    expect(`${found?.query} ${found?.location} ${found?.company ?? ''}`).not.toMatch(/staffing|uitzend|zeitarbeit|consultanc|agenc|headhunt/i);
  });

  it('says nothing about kinds it could not leave out when the agencies were left out', async () => {
    const decisions = await turn('cleaner jobs in Leeds, no staffing firms');
    expect(answerOf(decisions.at(-1))).toBeTruthy();
    expect(answerOf(decisions.at(-1))).not.toMatch(/couldn't leave out/);
  });

  it.each([
    ['permanent welder jobs in Hull', 'welder'],
    ['accounts assistant roles in Derby, perm only', 'accounts assistant'],
  ])('"%s" leaves temporary and contract roles out, and searches no word "permanent"', async (goal, query) => {
    const [found] = await searches(goal);
    expect(found).toMatchObject({ query, exclude_employment_type: ['temporary', 'contract'] });
  });

  it('reads "nr" before a place as near it', async () => {
    expect((await searches('care assistant jobs nr Harrogate'))[0]).toMatchObject({ query: 'care assistant', location: 'Harrogate' });
  });
});

describe('remote work said whole, and two levels said as either (trial s46 #16, #63)', () => {
  it.each(['remote-first golang jobs', 'fully-remote QA tester roles', 'remote-friendly golang jobs'])('"%s" asks for remote work and searches no "-first"', async (goal) => {
    const [found] = await searches(goal);
    expect(found?.remote).toBe(true);
    expect(found?.query).toMatch(/^(?:golang|QA tester)$/);
  });

  it('searches each of two levels said as either, with the rest of the words', async () => {
    const found = await searches('senior or lead firmware roles in Munich');
    expect(found).toEqual([
      expect.objectContaining({ query: 'senior firmware', seniority: 'senior', location: 'Munich' }),
      expect.objectContaining({ query: 'lead firmware', seniority: 'lead', location: 'Munich' }),
    ]);
  });

  it('leaves out student jobs as the internships they are typed as', async () => {
    expect((await searches('lab jobs in Jena, no student jobs'))[0]).toMatchObject({ exclude_employment_type: ['internship'] });
  });
});

describe('what a search cannot do is said, and the rest is searched (trial s46 #48, #63)', () => {
  it.each([
    ['process engineer jobs within 50 km of Regensburg', { location: 'Regensburg', query: 'process engineer' }, /radius \(50 km: I searched Regensburg by name/],
    ['forklift jobs 20 miles from Doncaster', { location: 'Doncaster', query: 'forklift' }, /radius \(20 miles/],
    ['hybrid UX researcher jobs in Lisbon', { location: 'Lisbon', query: 'UX researcher' }, /hybrid filter/],
    ['any pharmacist jobs posted in the last 2 days', { query: 'pharmacist', sort: 'recent' }, /date limit \(2 days: I can't limit by posting date, so I put the newest first\)/],
  ])('"%s" searches %j and says what it left aside', async (goal, args, said) => {
    const decisions = await turn(goal);
    const [found] = decisions.flatMap((decision) => (decision.type === 'act' ? [decision.step.args] : []));
    expect(found).toMatchObject(args);
    expect(answerOf(decisions.at(-1))).toMatch(said);
  });

  it('says nothing more for a search it can do in full', async () => {
    expect(answerOf((await turn('physiotherapist jobs in Leeds')).at(-1))).not.toMatch(/searched without/);
  });
});
