import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { makeExecutorNode } from '../../src/graph/nodes/executor-node.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { auto, recordingConfig, stateOf } from './node-kit.ts';

const resumeFile = new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url).pathname;
const posting =
  'Service Electrician\nRidgeline Mechanical, Westerville OH, $38/hr. Needs 4+ years of residential service experience, conduit bending, troubleshooting.';

async function executor() {
  const career = fakeCareerDependencies();
  const registry = createActions(career);
  await registry.get('import_resume')?.run({ path: resumeFile }, { signal: new AbortController().signal, artifactsDir: '/tmp/unused' });
  return { career, node: makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto }) };
}
const step = (args: Record<string, unknown>) => ({ action: 'analyze_match', args, reason: 'score the pasted posting' });

describe('analyze_match on a posting pasted as text, through the executor', () => {
  it('scores the text and says it is not in the index, adding nothing to it', async () => {
    const { career, node } = await executor();
    const update = await node(stateOf({ pendingStep: step({ job_text: posting }) }), recordingConfig().config);
    expect(update.observations?.[0]).toMatchObject({
      ok: true,
      summary: expect.stringContaining('the posting you pasted ("Service Electrician")'),
      data: { job_id: null, score: expect.any(Number) },
    });
    expect(update.observations?.[0]?.summary).toContain('jobs import');
    // Scored as pasted: the job index is neither read nor written.
    expect(career.calls.filter((call) => call.startsWith('jobs.') || call.startsWith('saved.'))).toEqual([]);
  });

  it.each([
    [{}, /exactly one of "job".*or "job_text"/],
    [{ job: 'it', job_text: posting }, /exactly one of "job"/],
    [{ job_text: 'Electrician, $38/hr' }, /too short to be a posting/],
  ])('refuses %o before running', async (args, error) => {
    const { node } = await executor();
    const update = await node(stateOf({ pendingStep: step(args) }), recordingConfig().config);
    expect(update.observations?.[0]).toMatchObject({ ok: false, summary: expect.stringMatching(error) });
  });
});
