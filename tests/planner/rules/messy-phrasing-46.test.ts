import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { asCareerWish } from '../../../src/planner/rules/career-wish.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 46, nlu46 (issue 14): classes of error from the outsiders' messy development sets and the session-45
// trial (a Lisbon coordinator), each tested in wordings of its own (never the sets' sentences).
const registry = fakeActions();
const { first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

describe('"go back to" a line of work is the work wanted, never an undo', () => {
  it.each([
    ['I really want to go back to nursing', 'I want to work in nursing'],
    ["i'm thinking of getting back into hospitality", 'I want to work in hospitality'],
    ['so yeah, time to move back to accounting', 'I want to work in accounting'],
  ])('"%s" alone is the wish', (said, read) => {
    expect(asCareerWish(said)).toBe(read);
  });

  it('beside a request it is the reason, and the request is what is done', async () => {
    expect(asCareerWish('I want to go back to retail, find me store manager jobs in Faro')).toBe('I used to work in retail, find me store manager jobs in Faro');
    const step = stepOf(await first("after 3 yrs in sales I'd love to go back to teaching. any maths teacher jobs in Coimbra?"));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query: 'maths teacher', location: 'Coimbra' } });
  });

  it.each(['go back to linkedin', 'go back to the previous version', 'I want to go back to how it was'])('"%s" is left as said', (said) => {
    expect(asCareerWish(said)).toBe(said);
  });

  it.each(['I want to go back to teaching', "honestly I'd like to get back into retail"])('"%s" undoes nothing', async (said) => {
    expect(stepOf(await first(said))?.action).not.toBe('undo');
  });
});

describe('an earlier version asked back is an undo', () => {
  it.each(['can we switch back to the old draft please', 'revert back to the earlier wording', 'put it back to the original version of the cover letter'])(
    '"%s" undoes',
    async (said) => {
      expect(stepOf(await first(said))).toMatchObject({ action: 'undo' });
    },
  );
});

describe('"undo" right after jobpilot undid something', () => {
  const undone: Thread = {
    history: [
      { role: 'user', content: 'undo that' },
      { role: 'assistant', content: 'Undid your last change (marked "Fleet Planner" at Rota Azul as rejected): it is back to applied.' },
    ],
    references: { last_job_id: 'job_r' },
  };

  it.each(['undo', 'undo it', 'no wait undo'])('"%s" asks, and undoes nothing further', async (said) => {
    const decision = await first(said, undone);
    expect(stepOf(decision)).toBeUndefined();
    expect(answerOf(decision)).toMatch(/I just undid your last change \(marked "Fleet Planner" at Rota Azul as rejected\)/);
    expect(answerOf(decision)).toMatch(/undo again/);
  });

  it.each(['undo again', 'undo the one before too', 'undo that as well'])('"%s" goes one change further back', async (said) => {
    expect(stepOf(await first(said, undone))).toMatchObject({ action: 'undo' });
  });

  it('an answer that offered another undo is taken up', async () => {
    const offered: Thread = {
      history: [
        { role: 'user', content: 'undo' },
        { role: 'assistant', content: 'Undid your last change (marked "Fleet Planner" at Rota Azul as applied): it is saved again. Its status came from an earlier change here (saved it): say "undo" again to take that back too.' },
      ],
    };
    expect(stepOf(await first('undo', offered))).toMatchObject({ action: 'undo' });
  });
});

describe('a goodbye takes leave in words, never by being short', () => {
  it.each(['and??', 'so then?', 'well?'])('"%s" asks what next', async (said) => {
    const answer = answerOf(await first(said));
    expect(answer).not.toMatch(/bye/i);
    expect(answer).toMatch(/^What would you like me to do next\?/);
  });

  it.each(['right, heading out now', 'ok i need to go, bye', 'night all'])('"%s" is a goodbye', async (said) => {
    expect(answerOf(await first(said))).toMatch(/bye/i);
  });

  it('"run it now then" right after an alert was set up runs it', async () => {
    const made: Thread = {
      history: [
        { role: 'user', content: 'every weekday at 8 tell me about dispatcher jobs in Braga' },
        { role: 'assistant', content: 'Alert set [alert_9f8e7d6c5b]: dispatcher jobs in Braga, every weekday at 08:00 (Europe/Lisbon); first run Tue 8 Dec at 08:00.' },
      ],
      references: { last_alert_id: 'alert_9f8e7d6c5b' },
    };
    expect(stepOf(await first('go on, run it now then', made))).toMatchObject({ action: 'change_alert', args: { change: 'run' } });
  });
});
