import { describe, expect, it } from 'vitest';
import { rulesThread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { readPayFloor } from '../../../src/actions/search-jobs/read-pay-floor.ts';
import { searchJobsArgs } from '../../../src/actions/search-jobs/args.ts';
import { foreignLanguageOf } from '../../../src/planner/rules/foreign-language.ts';
import { holdsForeignWord, saidInAnotherLanguage } from '../../../src/planner/rules/read-other-language.ts';
import { languageWords, otherLanguageWords } from '../../../src/planner/rules/language-words.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 41, nlu44 (issue 14): classes of error from the outsiders' messy development set messy14, each tested
// in wordings of its own (never the set's sentences).
const registry = fakeActions();
const { first, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);

describe('a pay floor in any common currency is a floor', () => {
  it.each([
    ['clinic nurse jobs in Busan, 40,000,000 KRW or more', 40_000_000],
    ['marketing roles in Kumasi paying at least GHS 90,000 a year', 90_000],
    ['teller jobs in Lagos from ₦300,000 a month', 3_600_000],
    ['barista work in Da Nang at least 8 million VND a month', 96_000_000],
    ['devops roles in Kraków, 20000 PLN monthly minimum', 240_000],
    ['tax associate jobs in Nairobi paying KES 150,000 a month or more', 1_800_000],
  ])('"%s" asks for at least %d a year', async (goal, floor) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args: { min_salary: floor } });
  });

  it('a currency said after the "+" or "and up" belongs to the amount', () => {
    expect(readPayFloor('90k+ cad')?.floor).toBe(90_000);
    expect(readPayFloor('$70k aud and up')?.floor).toBe(70_000);
  });

  it('a yearly floor in won or dong is a valid search, not cut short', () => {
    expect(searchJobsArgs.safeParse({ query: 'nurse', min_salary: 180_000_000 }).success).toBe(true);
  });

  it('a bare role, a place and a floor, with no verb, is a search', async () => {
    expect(stepOf(await first('frontend developer Calgary $95k CAD and up'))).toMatchObject({
      action: 'search_jobs',
      args: { query: 'frontend developer', location: 'Calgary', min_salary: 95_000 },
    });
  });
});

describe('a kind kept out is kept out however it is said', () => {
  it.each([
    ['electrician jobs in Odessa TX, nothin temp tho', { exclude_employment_type: ['temporary'] }],
    ['ops manager jobs in Dallas, no entry level crap', { exclude_seniority: ['junior', 'intern'] }],
    ['barista jobs in Leeds, no part time rubbish', { exclude_employment_type: ['part_time'] }],
    ['any roles at Wise that are not senior?', { company: 'Wise', exclude_seniority: ['senior', 'lead', 'principal'] }],
    ['designer jobs which aren’t lead or above', { exclude_seniority: ['lead', 'principal'] }],
  ] as const)('"%s"', async (goal, args) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args });
  });

  it.each([
    'line cook jobs in Glasgow, not agency!!',
    'line cook jobs in Glasgow. Nothing via recruiters please, never again.',
    'line cook jobs in Glasgow, not through an agency',
  ])('"%s" leaves agencies out', async (goal) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args: { query: 'line cook', location: 'Glasgow', exclude_agencies: true } });
  });
});

describe('one list of small words per language serves both readers', () => {
  it('every language names the same sentence for both callers', () => {
    expect(foreignLanguageOf('ella tiene una entrevista y no sé qué decir')).toBe('Spanish');
    expect(saidInAnotherLanguage('ella tiene una entrevista y no sé qué decir')).toBe(true);
    expect(foreignLanguageOf('gdzie jest praca dla mnie, proszę')).toBe('Polish');
    expect(saidInAnotherLanguage('gdzie jest praca dla mnie')).toBe(true);
  });

  it('a word English spells too counts towards its language but never makes a step foreign', () => {
    const spanish = languageWords.find(({ language }) => language === 'Spanish');
    expect(spanish?.sharedWithEnglish.has('los')).toBe(true);
    expect(otherLanguageWords.has('los')).toBe(false);
    expect(holdsForeignWord('van driver jobs in Los Angeles')).toBe(false);
    expect(holdsForeignWord('AI jobs, 9am EST')).toBe(false);
    expect(holdsForeignWord('trabajo de camarero')).toBe(true);
  });
});

describe('a screen is no screenshot unless a picture is taken', () => {
  it.each(['i rely on a screen reader, keep answers brief. find remote QA jobs', 'the screen reader I use struggles with tables'])(
    '"%s" takes no screenshot',
    async (goal) => {
      expect(stepOf(await first(goal))?.action).not.toBe('take_screenshot');
    },
  );

  it('a phone screen that went well is news about the application, not a screenshot', async () => {
    const step = stepOf(await first('the phone screen with Figma went great, on to the onsite', { known: { jobs: [{ id: 'job_f1', title: 'Designer', company: 'Figma', location: 'Remote' }], resumes: [] }, references: { last_job_ids: 'job_f1' } }));
    expect(step?.action).not.toBe('take_screenshot');
  });

  it.each(['snap my whole monitor', 'grab a pic of this window'])('"%s" still takes one', async (goal) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'take_screenshot' });
  });
});
