import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../../../src/actions/planning-only-dependencies.ts';
import type { ActionPhrasing, PhrasingContext } from '../../../src/actions/phrasing/phrasing.ts';
import { createPhrasebook } from '../../../src/planner/rules/phrasebook.ts';
import { makeClause } from '../../../src/planner/rules/read-clause.ts';

const registry = createActions(planningOnlyDependencies());
const phrasebook = createPhrasebook(registry);
const noContext: PhrasingContext = { references: {}, history: [], allowedApps: [] };

/** The same words typed otherwise: capitals, runs of spaces, a no-break space, a greeting before them. */
const typedOtherwise = (text: string): string[] => [text, text.toUpperCase(), text.replace(/ /g, '   '), text.replace(/ /g, '\u00a0'), `hey, ${text}`];

describe('an intent’s `needs` (the test that skips a costly reader)', () => {
  const gated = registry.actions.flatMap((action) => {
    const phrasing = action.phrasing as ActionPhrasing<Record<string, unknown>> | undefined;
    return (phrasing?.intents ?? []).flatMap((intent) => (intent.needs ? [{ action: action.name, phrasing, intent, needs: intent.needs }] : []));
  });

  it('is declared by at least one intent', () => {
    expect(gated.length).toBeGreaterThan(0);
  });

  it('never fails on a clause its reader reads: every example, utterance and counter-example, typed any way', () => {
    let read = 0;
    for (const { action, phrasing, intent, needs } of gated) {
      const pattern = new RegExp(intent.pattern.source, `${intent.pattern.flags.replace(/[gyd]/g, '')}d`);
      const sentences = [...(phrasing?.examples ?? []).map((example) => example.say), ...(phrasing?.utterances ?? []), ...(phrasing?.counterExamples ?? [])];
      for (const text of sentences.flatMap(typedOtherwise)) {
        const clause = makeClause(text, phrasebook.leadingWords);
        const match = clause && pattern.exec(clause.lower);
        if (!clause || !match) continue;
        const groups = { ...match.groups };
        const reading = intent.read({ groups, original: (group) => groups[group], clause }, noContext);
        if (!reading) continue;
        read++;
        expect(needs.test(clause.lower), `${action}: "${text}"`).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(0);
  });

  it('keeps the calendar feed asked any way a reading of list_reminders', () => {
    for (const said of ['Open   the CALENDAR feed', 'whats my .ICS link', 'subscribe\u00a0to my reminders in Google Calendar', 'SYNC MY INTERVIEWS TO MY OUTLOOK']) {
      const clause = makeClause(said, phrasebook.leadingWords);
      expect(clause && phrasebook.read(clause, noContext), said).toMatchObject({ action: 'list_reminders', args: { feed: true } });
    }
  });
});
