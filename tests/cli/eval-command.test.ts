import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.ts';
import { evalCommand } from '../../src/cli/commands/eval.ts';
import { testContext } from './test-context.ts';

async function evalFile(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'jobpilot-cli-eval-')), 'cases.jsonl');
  await writeFile(file, text);
  return file;
}

const cases = [
  '{"input": "open github.com", "expect": {"action": "open_website", "args": {"url": "github.com"}}}',
  '',
  '{"input": "open github.com", "expect": {"action": "take_screenshot"}}',
].join('\n');

describe('eval', () => {
  it('--json ends stdout with the report as one JSON object', async () => {
    const { context, stdout } = await testContext();
    expect(await evalCommand(context, { file: await evalFile(cases), json: true })).toBe(0);
    const report = JSON.parse(stdout.text.trimEnd().split('\n').at(-1) as string);
    expect(report).toMatchObject({ total: 2, passed: 1, accuracy: 0.5 });
    expect(report.cases).toHaveLength(2);
    for (const result of report.cases)
      expect(Object.keys(result).sort()).toEqual(['expected', 'got', 'input', 'pass']);
    expect(report.cases.map((result: { pass: boolean }) => result.pass)).toEqual([true, false]);
  });

  it('prints the human report without --json', async () => {
    const { context, stdout } = await testContext();
    await evalCommand(context, { file: await evalFile(cases), json: false });
    expect(stdout.text).toContain('1/2 passed');
  });

  it('names the file and line of a bad case', async () => {
    const { context } = await testContext();
    const file = await evalFile('{"input": "x"}\n');
    await expect(evalCommand(context, { file, json: true })).rejects.toThrow(CliError);
    await expect(evalCommand(context, { file, json: true })).rejects.toThrow(`${file}: Line 1`);
  });
});
