import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { inEnglishWords } from '../../../src/planner/rules/german-words.ts';
import { foreignLanguageOf } from '../../../src/planner/rules/foreign-language.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 40, nlu43 (issue 14): classes of error from the outsiders' messy development sets (messy13 first) and the
// session-39 trial, each tested in wordings of its own (never the sets' sentences).
const registry = fakeActions();
const { first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

const listed: KnownData = {
  jobs: [
    { id: 'job_g1', title: 'Backend Engineer', company: 'Trivago', location: 'Düsseldorf, Germany' },
    { id: 'job_g2', title: 'Data Analyst', company: 'Otto', location: 'Hamburg, Germany' },
  ],
  resumes: [],
};
const shown: Thread = {
  history: [
    { role: 'user', content: 'find backend and data jobs in germany' },
    { role: 'assistant', content: '1. Backend Engineer — Trivago, Düsseldorf\n2. Data Analyst — Otto, Hamburg' },
  ],
  references: { last_job_ids: 'job_g1,job_g2' },
  known: listed,
};

describe('a German word slipped into an English request does not derail it', () => {
  it.each([
    ['eine Stelle als data analyst in köln bitte', 'search_jobs', { query: 'data analyst', location: 'köln' }],
    ['backend Stellen in münchen mit mindestens 70k', 'search_jobs', { location: 'münchen', min_salary: 70000 }],
    ['zeig mir bitte meinen Lebenslauf', 'show_resume', {}],
    ['ein Anschreiben für Otto bitte', 'write_cover_letter', { job: 'Otto' }],
  ] as const)('"%s" is %s', async (goal, action, args) => {
    expect(stepOf(await first(goal, shown))).toMatchObject({ action, args });
  });

  it('a path keeps its German words as typed', () => {
    expect(inEnglishWords('mein Lebenslauf ist hier: ~/Dokumente/Lebenslauf neu.pdf')).toBe('my resume ist hier: ~/Dokumente/Lebenslauf neu.pdf');
  });

  it('a word English spells too is read as German only beside one only German spells', () => {
    expect(inEnglishWords('die hard fans of MIT')).toBe('die hard fans of MIT');
    expect(inEnglishWords('die Stelle bei Otto')).toBe('the job bei Otto');
  });
});

describe('a whole message in a language the planner does not read is told so', () => {
  it.each([
    ['ich habe nächste Woche ein Gespräch bei Otto, was soll ich machen?', 'German'],
    ['je voudrais changer de travail, pouvez vous m’aider', 'French'],
    ['我需要一份新的工作', 'Chinese'],
    ['помогите найти работу', 'Russian'],
  ])('"%s" gets an honest answer naming %s', async (goal, language) => {
    const answer = answerOf(await first(goal));
    expect(answer).toContain(`reads as ${language}`);
    expect(answer).toContain('only read English');
  });

  it('an English sentence with a foreign word or two reads as English', () => {
    expect(foreignLanguageOf('can you find me a Stelle in Berlin with a good Gehalt')).toBeUndefined();
    expect(foreignLanguageOf('send the letter to Frau Dr. Weber at Otto')).toBeUndefined();
  });

  it('a foreign sentence the patterns read is still run: a search said in Spanish searches', async () => {
    expect(stepOf(await first('busco trabajo de cocinero en sevilla'))?.action).toBe('search_jobs');
  });
});
