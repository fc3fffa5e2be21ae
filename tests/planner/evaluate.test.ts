import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/commands/eval.ts';
import { loadConfig } from '../../src/config.ts';
import {
  answerProblem,
  asksQuestion,
  type EvalCase,
  evaluatePlanner,
  formatEvalMisses,
  formatEvalReport,
  formatEvalScore,
  holdoutFileFor,
  holdoutNamesFor,
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

/** An invented world for the spec's case format: two results, one saved job, one resume. */
const world = {
  results: [
    { id: 'job_p', title: 'Pastry Chef', company: 'Crumb', location: 'Lyon', remote: false, salary: '€38k–€44k', posted: '2026-11-10', tags: ['baking'] },
    { id: 'job_q', title: 'Bread Lead', company: 'Levain', location: 'Remote (FR)', remote: true, salary: '€41k–€52k', posted: '2026-11-25', tags: ['sourdough'] },
  ],
  saved: [{ id: 'job_r', title: 'Head Baker', company: 'Fournil', status: 'applied' }],
  resumes: [{ id: 'res_1', label: 'main', format: 'pdf', active: true }],
  documents: [],
  last_job: 'job_p',
};

/** Acts as scripted on the first call of a turn, then answers with what the last step observed. */
function echoingPlanner(first: Record<string, unknown>): Planner & { calls: PlannerInput[] } {
  const calls: PlannerInput[] = [];
  return {
    kind: 'openai',
    label: 'echoing',
    calls,
    async decide(input) {
      calls.push(input);
      const last = input.observations.at(-1);
      return last ? respond(`Answer: ${last.summary}`) : first;
    },
  };
}

describe('the spec14 case format', () => {
  it('reads a world into the references the planner sees, explicit references winning', () => {
    const [evalCase] = parseEvalCases(
      JSON.stringify({ input: 'what does it pay?', world, references: { last_job_id: 'job_q' }, expect: { action: 'answer_about_job', args: { about: 'pay' } } }),
    );
    expect(evalCase?.references).toEqual({ last_job_ids: 'job_p,job_q', last_job_id: 'job_q', active_resume_id: 'res_1' });
    expect(evalCase?.world?.saved[0]?.status).toBe('applied');
  });

  it('gives the planner the world’s references and the history', async () => {
    const planner = echoingPlanner(respond('ok'));
    const history = [{ role: 'assistant' as const, content: 'Found 2 jobs.' }];
    const [evalCase] = parseEvalCases(JSON.stringify({ input: 'thanks', world, history, expect: { respond: true } }));
    await evaluatePlanner(planner, registry, [evalCase as EvalCase]);
    expect(planner.calls[0]?.references).toMatchObject({ last_job_ids: 'job_p,job_q', last_job_id: 'job_p' });
    expect(planner.calls[0]?.messages).toEqual([...history, { role: 'user', content: 'thanks' }]);
  });

  it('counts two names of one job or resume as the same, as the actions resolve them, and gives the planner what the world holds', async () => {
    const planner = scriptedPlanner({
      a: [act('show_job', { job: 'the second one' })],
      b: [act('show_job', { job: 'the first one' })],
      c: [act('use_resume', { resume: 'pdf' })],
    });
    const withResumes = { ...world, resumes: [{ id: 'res_1', label: 'main', format: 'pdf', active: true }, { id: 'res_2', label: 'ops', format: 'docx' }] };
    const cases = parseEvalCases(
      [
        { input: 'a', world: withResumes, expect: { action: 'show_job', args: { job: '2' } } },
        { input: 'b', world: withResumes, expect: { action: 'show_job', args: { job: '2' } } },
        { input: 'c', world: withResumes, expect: { action: 'use_resume', args: { resume: 'main' } } },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const report = await evaluatePlanner(planner, registry, cases);
    expect(report.cases.map((result) => result.pass)).toEqual([true, false, true]);
    expect(planner.calls[0]?.known?.resumes.map(({ label }) => label)).toEqual(['main', 'ops']);
    expect(planner.calls[0]?.known?.jobs.length).toBeGreaterThan(0);
  });

  it('counts a listed saved list as the list positions refer to when there are no results', () => {
    const saved = { saved: [{ id: 'job_s1', title: 'Cooper', company: 'Barrelworks' }, { id: 'job_s2', title: 'Sommelier', company: 'Vinetta' }] };
    const history = [{ role: 'assistant', content: 'Saved jobs: 1. Cooper at Barrelworks (saved) 2. Sommelier at Vinetta (applied)' }];
    const [evalCase] = parseEvalCases(JSON.stringify({ input: 'drop the second one', world: saved, history, expect: { action: 'unsave_job' } }));
    expect(evalCase?.references).toEqual({ last_job_ids: 'job_s1,job_s2' });
  });

  it('passes a clarifying question only when the answer asks something', async () => {
    const planner = scriptedPlanner({
      a: [respond('Which job do you mean?')],
      b: [respond('What would you like me to open. A site or an app')],
      c: [respond('Done.')],
      d: [act('take_screenshot', {})],
    });
    const report = await evaluatePlanner(planner, registry, parseEvalCases(['a', 'b', 'c', 'd'].map((input) => JSON.stringify({ input, expect: { clarify: true } })).join('\n')));
    expect(report.cases.map((result) => result.pass)).toEqual([true, true, false, false]);
    expect(formatEvalMisses(report)[0]).toBe('FAIL "c": expected a clarifying question, got a response: "Done."');
  });

  it('checks a response’s text with all, any and none, case-insensitively', async () => {
    const planner = scriptedPlanner({ hi: [respond('Hello! I help with job hunting.'), respond('Hello! I help with job hunting.'), respond('Hello! I help with job hunting.')] });
    const cases = [{ any: ['hello', 'hey'] }, { all: ['hello', 'weather'] }, { any: ['hi there'], none: ['JOB'] }].map((answer) =>
      JSON.stringify({ input: 'hi', expect: { respond: true }, answer }),
    );
    const report = await evaluatePlanner(planner, registry, parseEvalCases(cases.join('\n')));
    expect(report.cases.map((result) => result.pass)).toEqual([true, false, false]);
    expect(report.cases[1]?.answer).toEqual({ checked: true, text: 'Hello! I help with job hunting.', pass: false, problem: 'misses ["weather"]' });
    expect(formatEvalMisses(report)[1]).toBe('FAIL "hi": answer "Hello! I help with job hunting." has none of ["hi there"]');
  });

  it('runs an action against the world and checks the planner’s answer after it', async () => {
    const cases = parseEvalCases(
      [
        { input: 'which pays most', world, expect: { action: 'compare_jobs', args: { by: 'pay' } }, answer: { any: ['Levain'] } },
        { input: 'which pays most', world, expect: { action: 'compare_jobs', args: { by: 'pay' } }, answer: { none: ['Levain'] } },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const planner = echoingPlanner(act('compare_jobs', { by: 'pay' }));
    const report = await evaluatePlanner(planner, registry, cases);
    expect(report.cases.map((result) => result.pass)).toEqual([true, false]);
    expect(report.cases[0]?.answer).toMatchObject({ checked: true, text: expect.stringContaining('Bread Lead at Levain pays the most') });
    // The second call saw the step's observation and the references it left behind.
    expect(planner.calls[1]?.observations).toMatchObject([{ action: 'compare_jobs', ok: true }]);
    expect(planner.calls[1]?.references).toMatchObject({ last_job_id: 'job_q' });
  });

  it('answers about "it" from the world’s last job, and a saved job by company', async () => {
    const cases = parseEvalCases(
      [
        { input: 'what does it pay', world, expect: { action: 'answer_about_job' }, answer: { all: ['€38,000'] } },
        { input: 'where is fournil', world, expect: { action: 'answer_about_job' }, answer: { any: ['Head Baker at Fournil'] } },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const planner: Planner = {
      kind: 'openai',
      label: 'two answers',
      async decide(input) {
        const last = input.observations.at(-1);
        if (last) return respond(last.summary);
        return input.goal === 'what does it pay' ? act('answer_about_job', { job: 'it', about: 'pay' }) : act('answer_about_job', { job: 'Fournil', about: 'company' });
      },
    };
    const report = await evaluatePlanner(planner, registry, cases);
    expect(report.cases.map((result) => result.pass)).toEqual([true, true]);
  });

  it('does not run desktop actions or fit comparisons, and says how many answers were not checked', async () => {
    const cases = parseEvalCases(
      [
        { input: 'shot', expect: { action: 'take_screenshot' }, answer: { any: ['saved'] } },
        { input: 'fit', world, expect: { action: 'compare_jobs', args: { by: 'fit' } }, answer: { any: ['Crumb'] } },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const planner = scriptedPlanner({ shot: [act('take_screenshot', {})], fit: [act('compare_jobs', { by: 'fit' })] });
    const report = await evaluatePlanner(planner, registry, cases);
    expect(report.cases.map((result) => result.answer?.checked)).toEqual([false, false]);
    expect(report.passed).toBe(2);
    expect(formatEvalScore(report)).toBe('2/2 passed (100%); answer not checked on 2 (decision only)');
  });

  it('does not check the answer of a case whose decision failed', async () => {
    const planner = scriptedPlanner({ hi: [act('take_screenshot', {})] });
    const report = await evaluatePlanner(planner, registry, parseEvalCases('{"input": "hi", "expect": {"respond": true}, "answer": {"any": ["hello"]}}'));
    expect(report.cases[0]).toMatchObject({ pass: false });
    expect(report.cases[0]?.answer).toBeUndefined();
  });
});

describe('answerProblem and asksQuestion', () => {
  it('says what an answer misses, lacks or should not have', () => {
    expect(answerProblem('Stripe pays most', { all: ['stripe'], any: ['PAYS', 'earns'], none: ['sorry'] })).toBeUndefined();
    expect(answerProblem('Stripe pays most', { any: [] })).toBeUndefined();
    expect(answerProblem('Sorry, no.', { none: ['sorry'] })).toBe('has ["sorry"]');
  });

  it('reads a question from a question mark or an opening which/what/where', () => {
    expect(asksQuestion('Sure. Which one?')).toBe(true);
    expect(asksQuestion('Where is the file. Say the path')).toBe(true);
    expect(asksQuestion('Here is what I can do.')).toBe(false);
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
    expect(holdoutFileFor('evals/planner-holdout-messy.jsonl')).toBeUndefined();
  });

  it('finds every held-out companion among a set’s neighbours, the plain one first', () => {
    const neighbours = ['planner-holdout-ordinary.jsonl', 'planner.jsonl', 'planner-holdout.jsonl', 'planner-holdout-messy.jsonl', 'planner-holdout-x.txt', 'other-holdout.jsonl'];
    expect(holdoutNamesFor('planner.jsonl', neighbours)).toEqual(['planner-holdout.jsonl', 'planner-holdout-messy.jsonl', 'planner-holdout-ordinary.jsonl']);
    expect(holdoutNamesFor('planner-holdout-messy.jsonl', neighbours)).toEqual([]);
    expect(holdoutNamesFor('other.jsonl', ['other-holdout-a.jsonl'])).toEqual(['other-holdout-a.jsonl']);
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

  it('prints each named companion on its own line, and never lists their failures beside the development set', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'jobpilot-eval-holdouts-'));
    const file = join(folder, 'cases.jsonl');
    await writeFile(file, '{"input": "open github.com", "expect": {"action": "open_website", "args": {"url": "github.com"}}}\n');
    await writeFile(join(folder, 'cases-holdout.jsonl'), '{"input": "hi", "expect": {"respond": true}}\n');
    await writeFile(join(folder, 'cases-holdout-messy.jsonl'), '// held out\n{"input": "take a screenshot", "expect": {"respond": true}}\n');
    const context = { loadServerConfig: () => loadConfig({ JOBPILOT_PLANNER: 'rules' }) };
    let text = '';
    await evalCommand({ ...context, stdout: { write: (chunk: string) => (text += chunk) } }, { file, json: false });
    expect(text).toBe(
      [
        '1/1 passed (100%)',
        `held out (${join(folder, 'cases-holdout.jsonl')}, never tuned on): 1/1 passed (100%)`,
        `held out (${join(folder, 'cases-holdout-messy.jsonl')}, never tuned on): 0/1 passed (0%)`,
        '',
      ].join('\n'),
    );
    text = '';
    await evalCommand({ ...context, stdout: { write: (chunk: string) => (text += chunk) } }, { file, json: true });
    const summary = JSON.parse(text.trimEnd().split('\n').at(-1) as string);
    expect(summary).toMatchObject({
      holdout: { total: 1, passed: 1 },
      holdouts: [{ total: 1 }, { file: join(folder, 'cases-holdout-messy.jsonl'), total: 1, passed: 0 }],
    });
    // Their totals only: no held-out case (input, expectation or answer) in the output.
    expect(summary.holdout).not.toHaveProperty('cases');
    for (const held of summary.holdouts) expect(held).not.toHaveProperty('cases');
    expect(text).not.toContain('take a screenshot');
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
    // (665 cases read in turn: a minute on two busy cores, never a measure of speed — that is `npm run bench`.)
  }, 120_000);

  it('keeps held-out sets of at least 60 cases each that together cover every action (scored, never asserted on)', () => {
    const sets = readdirSync(new URL('../../evals/', import.meta.url))
      .filter((name) => /^planner-holdout.*\.jsonl$/.test(name))
      .map(read);
    for (const cases of sets) expect(cases.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(sets.flat().flatMap((evalCase) => ('action' in evalCase.expect ? [evalCase.expect.action] : [])));
    expect([...covered].sort()).toEqual([...full.names].sort());
  });
});
