import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/commands/eval.ts';
import { loadConfig } from '../../src/config.ts';
import {
  type EvalCase,
  evaluatePlanner,
  formatEvalReport,
  formatEvalScore,
  holdoutFileFor,
  parseEvalCases,
} from '../../src/planner/evaluate.ts';
import type { Planner, PlannerInput } from '../../src/planner/planner.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

const registry = fakeActions();
const act = (action: string, args: Record<string, unknown>) => ({
  decision: { action, reason: 'scripted', args },
});
const respond = (answer: string) => ({
  decision: { action: 'respond', reason: 'scripted', answer },
});

/** A planner that answers from a script, one list of outputs per goal, and records its calls. */
function scriptedPlanner(script: Record<string, unknown[]>): Planner & { calls: PlannerInput[] } {
  const calls: PlannerInput[] = [];
  return {
    kind: 'openai',
    label: 'scripted',
    calls,
    async decide(input) {
      calls.push(input);
      const next = script[input.goal]?.shift();
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

describe('parseEvalCases', () => {
  it('reads one case a line, ignoring blank lines and CRLF', () => {
    const text = [
      '{"input": "open github", "expect": {"action": "open_website", "args": {"url": "github.com"}}}',
      '',
      '   ',
      '{"input": "hi there", "expect": {"respond": true}}\r',
    ].join('\n');
    expect(parseEvalCases(text)).toEqual([
      { input: 'open github', expect: { action: 'open_website', args: { url: 'github.com' } } },
      { input: 'hi there', expect: { respond: true } },
    ]);
  });

  it('keeps optional references and history for multi-turn cases', () => {
    const [evalCase] = parseEvalCases(
      '{"input": "open it again", "references": {"last_url": "https://a.com"}, "history": [{"role": "assistant", "content": "Opened."}], "expect": {"action": "open_website"}}',
    );
    expect(evalCase?.references).toEqual({ last_url: 'https://a.com' });
    expect(evalCase?.history).toEqual([{ role: 'assistant', content: 'Opened.' }]);
  });

  it('skips comment lines', () => {
    const text = '// held out: never tuned on\n{"input": "hi", "expect": {"respond": true}}';
    expect(parseEvalCases(text)).toEqual([{ input: 'hi', expect: { respond: true } }]);
  });

  it('reads earlier turns given as an object of messages and references', () => {
    const [evalCase] = parseEvalCases(
      '{"input": "save the second one", "history": {"messages": [{"role": "assistant", "content": "1. A 2. B"}], "references": {"last_job_ids": "a,b"}}, "expect": {"action": "save_job", "args": {"job": "second", "notes": null}}}',
    );
    expect(evalCase?.history).toEqual([{ role: 'assistant', content: '1. A 2. B' }]);
    expect(evalCase?.references).toEqual({ last_job_ids: 'a,b' });
    expect(evalCase?.expect).toEqual({ action: 'save_job', args: { job: 'second', notes: null } });
  });

  it('names the line of invalid JSON', () => {
    const text = '{"input": "hi", "expect": {"respond": true}}\n\n{"input": oops}';
    expect(() => parseEvalCases(text)).toThrow(/^Line 3 is not valid JSON/);
  });

  it('names the line of a case with the wrong shape', () => {
    expect(() =>
      parseEvalCases('{"input": "hi", "expect": {"respond": true}}\n{"input": "hi", "expect": {}}'),
    ).toThrow(/^Line 2 is not an eval case/);
    expect(() => parseEvalCases('{"expect": {"respond": true}}')).toThrow(/^Line 1/);
    expect(() =>
      parseEvalCases('{"input": "x", "expect": {"action": "open_app", "arg": {}}}'),
    ).toThrow(/^Line 1/);
  });
});

describe('evaluatePlanner', () => {
  const cases: EvalCase[] = [
    { input: 'open github', expect: { action: 'open_website', args: { url: 'GitHub.com' } } },
    { input: 'open calc', expect: { action: 'open_app', args: { app_name: 'calculator' } } },
    { input: 'hello', expect: { respond: true } },
    { input: 'take a screenshot', expect: { action: 'take_screenshot' } },
    { input: 'babble', expect: { respond: true } },
    { input: 'boom', expect: { respond: true } },
  ];
  const script = () => ({
    'open github': [act('open_website', { url: 'https://github.com/' })],
    'open calc': [act('open_app', { app_name: 'calc' })],
    hello: [respond('Hi!')],
    'take a screenshot': [respond('No.')],
    babble: [{ type: 'dance' }],
    boom: [new Error('connection refused')],
  });

  it('scores the first decision of each case', async () => {
    const planner = scriptedPlanner(script());
    const report = await evaluatePlanner(planner, registry, cases);
    expect(report.total).toBe(6);
    expect(report.passed).toBe(2);
    expect(report.accuracy).toBeCloseTo(2 / 6);
    expect(report.cases.map((result) => result.pass)).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(report.cases[0]).toEqual({
      input: 'open github',
      expected: cases[0]?.expect,
      got: { action: 'open_website', args: { url: 'https://github.com/' } },
      pass: true,
    });
    expect(report.cases[2]?.got).toEqual({ respond: true, answer: 'Hi!' });
    expect(report.cases[4]?.got).toMatchObject({
      error: expect.stringContaining('invalid decisions'),
    });
    expect(report.cases[5]?.got).toMatchObject({
      error: expect.stringContaining('connection refused'),
    });
  });

  it('gives the planner a fresh turn with only the case’s message', async () => {
    const planner = scriptedPlanner(script());
    await evaluatePlanner(planner, registry, [cases[0] as EvalCase]);
    expect(planner.calls).toEqual([
      {
        goal: 'open github',
        messages: [{ role: 'user', content: 'open github' }],
        observations: [],
        references: {},
        stepsLeft: 8,
      },
    ]);
  });

  it('does not retry invalid output unless asked to', async () => {
    const evalCase: EvalCase = { input: 'hello', expect: { respond: true } };
    const flaky = () => scriptedPlanner({ hello: [{ type: 'dance' }, respond('Hi!')] });
    expect((await evaluatePlanner(flaky(), registry, [evalCase])).passed).toBe(0);
    expect((await evaluatePlanner(flaky(), registry, [evalCase], { retries: 1 })).passed).toBe(1);
  });

  it('keeps case order when deciding several at once', async () => {
    const report = await evaluatePlanner(scriptedPlanner(script()), registry, cases, {
      concurrency: 4,
    });
    expect(report.cases.map((result) => result.input)).toEqual(cases.map((item) => item.input));
    expect(report.passed).toBe(2);
  });

  it('stops when cancelled', async () => {
    const planner = scriptedPlanner(script());
    await expect(
      evaluatePlanner(planner, registry, cases, { signal: AbortSignal.abort() }),
    ).rejects.toThrow();
  });

  it('compares strings by containment, numbers and booleans exactly, and null as "not given"', async () => {
    const planner = scriptedPlanner({
      a: [act('search_jobs', { query: 'remote TypeScript', limit: 50, remote: true })],
      b: [act('search_jobs', { query: 'rust', limit: 5 })],
      c: [act('search_jobs', { query: 'go' })],
    });
    const search = fakeActions({ only: ['search_jobs'] });
    const report = await evaluatePlanner(planner, search, [
      { input: 'a', expect: { action: 'search_jobs', args: { query: 'typescript', remote: true, location: null } } },
      { input: 'b', expect: { action: 'search_jobs', args: { limit: 50 } } },
      { input: 'c', expect: { action: 'search_jobs', args: { remote: null, limit: null } } },
    ]);
    expect(report.cases.map((result) => result.pass)).toEqual([true, false, true]);
  });

  it('reports an empty set as zero accuracy', async () => {
    expect(await evaluatePlanner(scriptedPlanner({}), registry, [])).toEqual({
      total: 0,
      passed: 0,
      accuracy: 0,
      cases: [],
    });
  });
});

describe('formatEvalReport', () => {
  it('prints one line per failure and a summary', async () => {
    const planner = scriptedPlanner({
      'open github': [act('open_website', { url: 'https://github.com' })],
      hi: [act('take_screenshot', {})],
    });
    const report = await evaluatePlanner(planner, registry, [
      { input: 'open github', expect: { action: 'open_website', args: { url: 'github.com' } } },
      { input: 'hi', expect: { respond: true } },
    ]);
    expect(formatEvalReport(report)).toBe(
      'FAIL "hi": expected a response, got take_screenshot {}\n1/2 passed (50%)',
    );
  });
});

describe('formatEvalScore and holdoutFileFor', () => {
  it('prints the score alone', () => {
    expect(formatEvalScore({ total: 3, passed: 2, accuracy: 2 / 3 })).toBe('2/3 passed (66.7%)');
  });

  it('names the held-out companion of a set, and none for a held-out set itself', () => {
    expect(holdoutFileFor('evals/planner.jsonl')).toBe('evals/planner-holdout.jsonl');
    expect(holdoutFileFor('evals/planner-holdout.jsonl')).toBeUndefined();
    expect(holdoutFileFor('cases.txt')).toBeUndefined();
  });
});

describe('jobpilot eval with a held-out companion', () => {
  it('prints the held-out score beside the set’s, and both in --json', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'jobpilot-eval-holdout-'));
    const file = join(folder, 'cases.jsonl');
    await writeFile(file, '{"input": "open github.com", "expect": {"action": "open_website", "args": {"url": "github.com"}}}\n');
    await writeFile(
      join(folder, 'cases-holdout.jsonl'),
      '// held out\n{"input": "hi", "expect": {"respond": true}}\n{"input": "hi", "expect": {"action": "take_screenshot"}}\n',
    );
    const output = () => {
      let text = '';
      return { write: (chunk: string) => (text += chunk), text: () => text };
    };
    const human = output();
    const context = { loadServerConfig: () => loadConfig({ JOBPILOT_PLANNER: 'rules' }) };
    await evalCommand({ ...context, stdout: human }, { file, json: false });
    expect(human.text()).toBe(`1/1 passed (100%)\nheld out (${join(folder, 'cases-holdout.jsonl')}, never tuned on): 1/2 passed (50%)\n`);
    const json = output();
    await evalCommand({ ...context, stdout: json }, { file, json: true });
    const report = JSON.parse(json.text().trimEnd().split('\n').at(-1) as string);
    expect(report).toMatchObject({ total: 1, passed: 1, holdout: { total: 2, passed: 1, accuracy: 0.5 } });
  });
});

describe('the rules planner on the eval sets', () => {
  const full = fakeActions();
  const read = (name: string) => parseEvalCases(readFileSync(new URL(`../../evals/${name}`, import.meta.url), 'utf8'));

  it('scores at least 95% on evals/planner.jsonl, which covers every action', async () => {
    const cases = read('planner.jsonl');
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const covered = new Set(cases.flatMap((evalCase) => ('action' in evalCase.expect ? [evalCase.expect.action] : [])));
    expect([...covered].sort()).toEqual([...full.names].sort());
    const report = await evaluatePlanner(createRulesPlanner({ registry: full }), full, cases);
    expect(report.accuracy, formatEvalReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  /**
   * Actions added by issue 14 whose held-out cases are still to be written, by someone who has
   * not read their phrasing (their author must not write them). Remove a name once it has some.
   */
  const awaitingHeldOutCases = ['answer_about_job', 'compare_jobs', 'revise_cover_letter', 'undo', 'unsave_job'];

  it('keeps a held-out set of at least 60 cases across every action (scored, never asserted on)', () => {
    const cases = read('planner-holdout.jsonl');
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(cases.flatMap((evalCase) => ('action' in evalCase.expect ? [evalCase.expect.action] : [])));
    expect([...new Set([...covered, ...awaitingHeldOutCases])].sort()).toEqual([...full.names].sort());
  });
});
