import { describe, expect, it } from 'vitest';
import { alertAskedAbroad } from '../../../src/actions/create-alert/read-alert-abroad.ts';
import { readPayFloor } from '../../../src/actions/search-jobs/read-pay-floor.ts';
import { readListedSearch, readSearch } from '../../../src/actions/search-jobs/read-search.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 52 (issue 14, branch perf52a): the catch-all readers return early on words they cannot read, each test derived
// from the reader's own patterns. These are the edges of those tests: what each must still let through, and what it stops.
// Invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

describe('the pay floor is looked for only where a digit or "figure" is said', () => {
  it('reads "six figures", which has no digit, and amounts with digits', () => {
    expect(readPayFloor('roles paying six figures')).toMatchObject({ floor: 100_000 });
    expect(readPayFloor('nurse jobs paying at least 40k')).toMatchObject({ floor: 40_000 });
  });

  it('finds none in words with neither', () => {
    expect(readPayFloor('care jobs, good pay pls')).toBeNull();
  });
});

describe('a search that needs a job noun is read only where one is said', () => {
  it('still reads words put in quotes, which need no noun, and nouns inside other words', () => {
    expect(readSearch("'site reliability' in Oslo", { needsNoun: true })).toEqual({ query: 'site reliability', location: 'Oslo' });
    expect(readSearch('remote postings for welders', { needsNoun: true })).toEqual({ query: 'welders', remote: true });
    expect(readSearch('SOMETHING in Leeds', { needsNoun: true })).toEqual({ query: '', location: 'Leeds' });
  });

  it('reads nothing where no noun is said', () => {
    expect(readSearch('tailor my cv for it', { needsNoun: true })).toBeNull();
  });
});

describe('a search told as a list is read only where a mark parts the pieces', () => {
  it('reads pieces parted by a dash between spaces or a bracket', () => {
    expect(readListedSearch('bookkeeper - Leeds')).toEqual({ query: 'bookkeeper', location: 'Leeds' });
    expect(readListedSearch('bookkeeper (part time)')).toMatchObject({ query: 'part time bookkeeper', employment_type: 'part_time' });
  });

  it('reads no list in one piece', () => {
    expect(readListedSearch('bookkeeper Leeds')).toBeNull();
  });
});

describe('an alert asked around words of another language is looked for only where such words are', () => {
  it('reads a schedule beside a place in Polish with no asking', () => {
    expect(alertAskedAbroad('frontend developer w Poznaniu, bez stażu, codziennie o 9')).toMatchObject({ listed: false, text: expect.stringContaining('in Poznaniu') });
  });

  it('reads none where a search is asked in English words, or no word of another language is said', () => {
    expect(alertAskedAbroad('find frontend developer w Poznaniu, codziennie o 9')).toBeNull();
    expect(alertAskedAbroad('frontend developer in Poznan every day at 9')).toBeNull();
  });
});

describe('a move of a reminder with none of the words of a move is read only as a correction of the one just set', () => {
  const reminderSet: ChatMessage[] = [
    { role: 'user', content: 'interview with Lintel on friday at 2pm' },
    { role: 'assistant', content: 'Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00).' },
  ];

  it.each(["sorry, it's at 3", 'oh it was at 4pm', "no, it's on the 14th"])('"%s" right after a reminder was set moves it', async (goal) => {
    expect(await said(goal, reminderSet)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ job: 'Lintel', moved: true }) });
  });
});

describe('the patterns gated by the words they cannot match without still read', () => {
  it.each([
    ['Pausiere bitte den Kiel-Alarm', { action: 'change_alert', args: { alert: 'Kiel', change: 'pause' } }],
    ['supprime mon alerte pour Brest', { action: 'change_alert', args: { alert: 'Brest', change: 'delete' } }],
    ['get the Umbra one off my saved list', { action: 'unsave_job', args: { job: 'Umbra' } }],
    ['plumber, Cork', { action: 'search_jobs', args: { query: 'plumber', location: 'Cork' } }],
    ['kitchen porter galway', { action: 'search_jobs', args: { query: 'kitchen porter', location: 'galway' } }],
  ])('"%s"', async (goal, outcome) => {
    expect(await said(goal)).toEqual(outcome);
  });
});
