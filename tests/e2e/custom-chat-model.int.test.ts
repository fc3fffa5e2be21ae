import { describe, expect, it } from 'vitest';
import { createJobpilot } from '../../src/jobpilot.ts';
import { ScriptedChatModel } from '../fakes/scripted-chat-model.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

describe('createJobpilot with a chat model a developer passes in', () => {
  it('decides with it, streams its answer and records its usage', async () => {
    const model = new ScriptedChatModel([
      {
        chunks: ['{"decision":{"action":"respond","reason":"a greeting",', '"answer":"Hel', 'lo there."}}'],
        usage: { input_tokens: 900, output_tokens: 20 },
      },
    ]);
    // The configuration asks for the rules planner; the model given here replaces it.
    const jobpilot = await createJobpilot({ config: await testConfig({ JOBPILOT_PLANNER: 'rules' }), chatModel: model });
    try {
      expect(jobpilot.planner).toMatchObject({ kind: 'custom', label: 'scripted (scripted-1)' });
      const events = await collect(await jobpilot.runs.start('custom-model', { message: 'hi' }, new AbortController().signal));
      expect(endOf(events).status).toBe('completed');
      const deltas = events.flatMap((event) => (event.type === 'message-delta' ? [event.text] : []));
      expect(deltas.join('')).toBe('Hello there.');
      expect(events).toContainEqual({ type: 'message-end', text: 'Hello there.' });
      // The decision schema went into the system prompt, since this model has no dialect jobpilot knows.
      expect(String(model.calls[0]?.messages[0]?.content)).toMatch(/matching this JSON Schema:\n\{"type":"object"/);
      expect(model.calls).toHaveLength(1); // one streamed call per respond turn
      const start = events.find((event) => event.type === 'run-start');
      expect(await jobpilot.usage.forRun(start?.type === 'run-start' ? start.run_id : '')).toEqual({
        model_calls: 1,
        input_tokens: 900,
        output_tokens: 20,
      });
    } finally {
      await jobpilot.close();
    }
  });
});
