/**
 * Spoken languages corrected in chat (issue 13, trial 46 #5): a level ("my German is B1", "update my German to B2",
 * "I speak Spanish at C1"), entries that are no language taken off, the whole list. Invented people and wordings.
 */
import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { plannedTurn } from '../helpers/planned-turn.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const stepsOf = async (goal: string) =>
  (await plannedTurn(planner, registry, { goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8 })).flatMap((decision) =>
    decision.type === 'act' ? [{ action: decision.step.action, args: decision.step.args }] : [],
  );

describe('a language correction said in chat', () => {
  it.each([
    ['my German is B1, please update', { language: 'German', language_level: 'B1' }],
    ['update my German to B2', { language: 'German', language_level: 'B2' }],
    ['I speak Spanish at C1', { language: 'Spanish', language_level: 'C1' }],
    ['actually my level of French is a2', { language: 'French', language_level: 'A2' }],
    ['change my Portuguese level to native', { language: 'Portuguese', language_level: 'native' }],
    ['remove Leeds and Fluent from my languages', { language: 'Leeds and Fluent', remove: true }],
    ['add Dutch B2 to my languages', { language: 'Dutch', language_level: 'B2' }],
    ['my languages are Hindi (native), English (C1) and German (A2)', { languages: 'Hindi (native); English (C1); German (A2)' }],
  ])('"%s" is read as the resume\'s languages', async (goal, args) => {
    expect(await stepsOf(goal)).toEqual([{ action: 'correct_resume', args }]);
  });

  it.each(['my level is senior', 'my python is rusty', 'my German colleague is B1 certified, what jobs suit him?'])('"%s" is no language correction', async (goal) => {
    expect((await stepsOf(goal)).filter((step) => step.action === 'correct_resume' && 'language' in step.args)).toEqual([]);
  });
});

describe('correct_resume on the languages', () => {
  const resume: JsonResume = {
    basics: { name: 'Oluwaseun Adeyemi', email: 'seun@example.ng' },
    languages: [{ language: 'Englisch', fluency: 'Muttersprache' }, { language: 'Deutsch', fluency: 'A2' }, { language: 'Lagos' }, { language: 'Fließend' }],
  };
  const setUp = async () => {
    const career = fakeCareerDependencies();
    const actions = createActions(career);
    const stored = await career.resumes.add({ label: 'lebenslauf', format: 'json', filename: 'lebenslauf.json', rawText: '', resume });
    const context = { signal: new AbortController().signal, artifactsDir: '/tmp' };
    const correct = async (args: Record<string, unknown>) => (await actions.get('correct_resume')?.run(args, context)) ?? { ok: false, summary: '' };
    const languages = async () => (await career.resumes.get(stored.id))?.resume.languages;
    return { correct, languages };
  };

  it('sets the level of a language listed under its own name ("German" is "Deutsch"), and says what changed', async () => {
    const { correct, languages } = await setUp();
    const result = await correct({ language: 'German', language_level: 'B1' });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/languages/);
    expect((await languages())?.[1]).toEqual({ language: 'Deutsch', fluency: 'B1' });
    // Said again: nothing to change, and it says so.
    expect((await correct({ language: 'Deutsch', language_level: 'B1' })).summary).toMatch(/already says that; nothing changed/);
  });

  it('takes off entries that are no language, and names the ones it cannot find', async () => {
    const { correct, languages } = await setUp();
    expect((await correct({ language: 'Lagos and Fließend', remove: true })).ok).toBe(true);
    expect(await languages()).toEqual([{ language: 'Englisch', fluency: 'Muttersprache' }, { language: 'Deutsch', fluency: 'A2' }]);
    const missing = await correct({ language: 'Yoruba', remove: true });
    expect(missing).toMatchObject({ ok: false });
    expect(missing.summary).toBe('No language "Yoruba" on your resume: it lists Englisch (Muttersprache), Deutsch (A2).');
  });

  it('adds a language not listed, and replaces the whole list when it is said whole', async () => {
    const { correct, languages } = await setUp();
    await correct({ language: 'Yoruba', language_level: 'native' });
    expect((await languages())?.at(-1)).toEqual({ language: 'Yoruba', fluency: 'native' });
    await correct({ languages: 'English (native); German (B1); Yoruba (native)' });
    expect(await languages()).toEqual([
      { language: 'English', fluency: 'native' },
      { language: 'German', fluency: 'B1' },
      { language: 'Yoruba', fluency: 'native' },
    ]);
  });
});
