import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { plannedTurn } from '../../helpers/planned-turn.ts';

// Session 40 (issue 14, a new user's trial): a sentence about one thing ran a destructive step on another.
// Invented wordings and data, none from the trial's transcript.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const inPlay = { last_alert_id: 'alert_0f1e2d3c4b' };
const turn = async (goal: string) =>
  plannedTurn(planner, registry, {
    goal,
    messages: [
      { role: 'assistant', content: 'Ran the alert for Kotlin jobs in Graz now: nothing new [alert_0f1e2d3c4b].' },
      { role: 'user', content: goal },
    ],
    observations: [],
    references: inPlay,
    stepsLeft: 8,
  });
const stepsOf = async (goal: string) => (await turn(goal)).flatMap((decision) => (decision.type === 'act' ? [{ action: decision.step.action, args: decision.step.args }] : []));
const answerOf = async (goal: string) => (await turn(goal)).flatMap((decision) => (decision.type === 'respond' ? [decision.answer] : [])).join(' ');

describe('"it" is what the message itself just named, before the alert in play', () => {
  it.each([
    ['Fluent is not a language, delete it'],
    ['Wrocław is not a skill of mine, remove it.'],
    ['that bullet about Excel is wrong, drop it'],
    ['Scrum Master looks odd on my cv, get rid of it'],
  ])('"%s" deletes no alert and says what "it" meant', async (goal) => {
    expect((await stepsOf(goal)).filter((step) => step.action === 'change_alert')).toEqual([]);
    expect(await answerOf(goal)).toMatch(/I did not delete the alert/);
  });

  it('an alert named before "it" is the one changed, and "delete it" alone still means the alert in play', async () => {
    expect(await stepsOf('the Graz alert is pointless now, delete it')).toEqual([{ action: 'change_alert', args: { alert: 'Graz', change: 'delete' } }]);
    expect(await stepsOf('this alert is noise, pause it')).toEqual([{ action: 'change_alert', args: { alert: 'alert_0f1e2d3c4b', change: 'pause' } }]);
    expect(await stepsOf('delete it')).toEqual([{ action: 'change_alert', args: { alert: 'alert_0f1e2d3c4b', change: 'delete' } }]);
  });
});

describe('skill and language corrections said in chat go to the resume, never to a search or a save', () => {
  it.each([
    ['remove the skill "Kotlin sehr gut" and add Kotlin', { skill_was: 'Kotlin sehr gut', skill: 'Kotlin' }],
    ['replace the skill Postgress with PostgreSQL', { skill_was: 'Postgress', skill: 'PostgreSQL' }],
    ['drop the skill Terraform basic, add Terraform instead', { skill_was: 'Terraform basic', skill: 'Terraform' }],
    ["delete the skill 'Teamfähigkeit'", { skill_was: 'Teamfähigkeit', remove: true }],
  ])('"%s"', async (goal, args) => {
    expect(await stepsOf(goal)).toEqual([{ action: 'correct_resume', args }]);
  });

  it.each([
    ['my languages are Polish (native) and French (B1)', { languages: 'Polish (native); French (B1)' }],
    ['Anfänger is not a language', { language: 'Anfänger', remove: true }],
    ['take Italian off... no: remove Italian from my languages', { language: 'Italian', remove: true }],
  ])('"%s" corrects the languages (trial 46 #5), and runs nothing else', async (goal, args) => {
    expect(await stepsOf(goal)).toEqual([{ action: 'correct_resume', args }]);
  });

  it('a language remark, "remove it" and the languages in one message: no alert deleted, the languages corrected', async () => {
    const goal = 'Verhandlungssicher is not a language, remove it. my languages are Czech (native) and English (B2)';
    const steps = await stepsOf(goal);
    expect(steps.filter((step) => step.action !== 'correct_resume')).toEqual([]);
    expect(steps).toContainEqual({ action: 'correct_resume', args: { languages: 'Czech (native); English (B2)' } });
    expect(await answerOf(goal)).not.toMatch(/deleted the alert/);
  });
});
