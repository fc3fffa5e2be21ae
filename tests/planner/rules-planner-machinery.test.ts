import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ActionDefinition } from '../../src/actions/action.ts';
import { stripFiller } from '../../src/planner/rules/strip-filler.ts';
import { currentJob, readJob } from '../../src/actions/phrasing/job-references.ts';
import { createPhrasebook } from '../../src/planner/rules/phrasebook.ts';
import { definePhrasing, leadingVerb, type PhrasingContext } from '../../src/actions/phrasing/phrasing.ts';
import { correctTypo, makeClause, readClause } from '../../src/planner/rules/read-clause.ts';
import { positionOf, readPronoun, recency } from '../../src/actions/phrasing/references.ts';
import { splitClauses } from '../../src/planner/rules/split-clauses.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';

const context = (references: Record<string, string> = {}): PhrasingContext => ({ references, history: [], allowedApps: [] });

describe('stripFiller', () => {
  it.each([
    ['pls open youtube thx', 'open youtube'],
    ['Could you open LinkedIn for me?', 'open LinkedIn'],
    ["I'd like to visit reddit please", 'visit reddit'],
    ['got turned down by initech :(', 'got turned down by initech'],
    ['can I get a screenshot', 'get a screenshot'],
    ['please', ''],
  ])('%j → %j', (said, request) => {
    expect(stripFiller(said)).toBe(request);
  });
});

describe('splitClauses', () => {
  it('marks "then" and sentence ends strong, commas and "and" weak', () => {
    expect(splitClauses('search rust jobs, then save the first one. open github and take a screenshot')).toEqual([
      { text: 'search rust jobs', joint: '', strong: true },
      { text: 'save the first one', joint: ', then ', strong: true },
      { text: 'open github', joint: '. ', strong: true },
      { text: 'take a screenshot', joint: ' and ', strong: false },
    ]);
  });

  it('does not end a sentence at "no." before a number', () => {
    expect(splitClauses('save no. 2').map((segment) => segment.text)).toEqual(['save no. 2']);
  });

  it('does not end a sentence at a title abbreviation ("sr.", "jr.")', () => {
    expect(splitClauses('find sr. python roles in berlin').map((segment) => segment.text)).toEqual(['find sr. python roles in berlin']);
    expect(splitClauses('search Jr. designer jobs. save the first').map((segment) => segment.text)).toEqual([
      'search Jr. designer jobs',
      'save the first',
    ]);
  });

  it('does not end a sentence inside a company\'s legal form ("Pvt. Ltd.", "Pty. Ltd.")', () => {
    expect(splitClauses('my employer was Kaveri Tooling Pvt. Ltd. in Chennai').map((segment) => segment.text)).toEqual([
      'my employer was Kaveri Tooling Pvt. Ltd. in Chennai',
    ]);
    expect(splitClauses('the company is Wattle Freight Pty. Ltd. then show my resume').map((segment) => segment.text)).toEqual([
      'the company is Wattle Freight Pty. Ltd.',
      'show my resume',
    ]);
  });
});

describe('references', () => {
  it.each([
    ['the second one', 2],
    ['the 3rd posting', 3],
    ['#4', 4],
    ['number 2', 2],
    ['job 5', 5],
    ['the last one', 'last'],
    ['the stripe one', undefined],
    ['2024', undefined],
  ])('positionOf(%j) is %j', (phrase, position) => {
    expect(positionOf(phrase)).toBe(position);
  });

  it('reads pronouns with their noun and "again"', () => {
    expect(readPronoun('that site again')).toEqual({ noun: 'site', again: true });
    expect(readPronoun('it')).toEqual({ noun: undefined, again: false });
    expect(readPronoun('the last app')).toEqual({ noun: 'app', again: false });
    expect(readPronoun('github')).toBeNull();
  });

  it('counts how many messages back something was mentioned', () => {
    const history = [
      { role: 'user' as const, content: 'open github' },
      { role: 'assistant' as const, content: 'Opened.' },
    ];
    expect(recency(history, (content) => content.includes('github'))).toBe(1);
    expect(recency(history, (content) => content.includes('gitlab'))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('readJob', () => {
  const results = context({ last_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2' });
  const current = context({ last_job_id: 'a1a1a1a1a1a1' });

  it.each([
    ['the second one', results, { job: 'the second one' }],
    ['#2', results, { job: '#2' }],
    ['job a1a1a1a1a1a1', context(), { job: 'a1a1a1a1a1a1' }],
    ['the Stripe one', context(), { job: 'Stripe' }],
    ['the job at Acme Corp', context(), { job: 'Acme Corp' }],
    ["Globex's posting", context(), { job: 'Globex' }],
    ['that one', current, { job: 'that one' }],
    ['they', current, { job: 'it' }],
  ])('%j → %j', (phrase, where, reading) => {
    expect(readJob(phrase, where)).toEqual(reading);
  });

  it('takes a bare name only where the sentence says it is a job', () => {
    expect(readJob('Acme next week', context())).toBeNull();
    expect(readJob('Acme next week', context(), { bare: true })).toEqual({ job: 'Acme' });
  });

  it('explains what is missing when a position or pronoun has nothing to point at', () => {
    expect(readJob('the second one', context())).toMatchObject({ reply: expect.stringContaining('Nothing is listed in this conversation to count from') });
    expect(readJob('it', context())).toMatchObject({ reply: expect.stringMatching(/^Which job do you mean\?.*no job has come up/i) });
    expect(currentJob(current)).toEqual({ job: 'it' });
  });
});

describe('the phrasebook', () => {
  type Args = { name?: string };
  const action = (name: string, priority: number, pattern: RegExp, confidence: 'certain' | 'likely' | 'guess' = 'likely') =>
    ({
      name,
      description: `${name}.`,
      args: z.object({ name: z.string().max(5).optional().describe('A name.') }),
      approval: () => 'auto',
      run: async () => ({ ok: true, summary: 'ran' }),
      phrasing: definePhrasing<Args>({
        priority,
        capability: name,
        describe: () => name,
        intents: [{ pattern, confidence, read: ({ groups }) => ({ args: { name: groups.target } }) }],
        examples: [{ say: `${name} x` }],
      }),
    }) as unknown as ActionDefinition;

  it('runs the surest reading, then the higher priority', () => {
    const registry = new ActionRegistry([
      action('low_but_sure', 1, /^open (?<target>.+)$/, 'certain'),
      action('high_but_likely', 9, /^open (?<target>.+)$/),
      action('highest_guess', 10, /^open (?<target>.+)$/, 'guess'),
    ]);
    const reading = readClause('open x', createPhrasebook(registry), context());
    expect(reading).toMatchObject({ kind: 'step', action: 'low_but_sure', lead: 'open' });
  });

  it('drops readings the action’s own schema rejects', () => {
    const registry = new ActionRegistry([action('short_names', 5, leadingVerb(['open']))]);
    expect(readClause('open abcdefgh', createPhrasebook(registry), context())).toEqual({ kind: 'unknown', text: 'open abcdefgh' });
  });

  it('leaves questions to intents that accept them', () => {
    const registry = new ActionRegistry([action('opener', 5, /^(?:is|open) (?<target>.+)$/)]);
    expect(readClause('is x', createPhrasebook(registry), context())).toEqual({ kind: 'unknown', text: 'is x' });
  });
});

describe('typos and gerunds', () => {
  const words = new Set(['open', 'save', 'start', 'take']);

  it('turns a gerund after "would you mind" back into the verb', () => {
    expect(makeClause('would you mind taking a screenshot?', words)?.lower).toBe('take a screenshot');
  });

  it('corrects a slip of a request word only when one word is that close', () => {
    expect(correctTypo(makeClause('oepn reddit', words) as never, words)?.lower).toBe('open reddit');
    expect(correctTypo(makeClause('stat it', new Set(['start', 'star'])) as never, new Set(['start', 'star']))).toBeUndefined();
  });
});
