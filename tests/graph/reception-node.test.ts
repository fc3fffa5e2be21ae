import { describe, expect, it } from 'vitest';
import { makeReceptionNode } from '../../src/graph/nodes/reception-node.ts';
import { recordingConfig, stateOf } from './node-kit.ts';

const observation = (index: number, summary: string) => ({ index, action: 'note', args: {}, ok: true, summary });

describe('makeReceptionNode', () => {
  it('closes the turn with the answer the planner already streamed', async () => {
    const { config, events } = recordingConfig();
    const update = await makeReceptionNode()(stateOf({ draftAnswer: '  Opened it.  ' }), config);
    expect(events).toEqual([{ type: 'message-end', text: 'Opened it.' }]);
    expect(update).toEqual({
      messages: [{ role: 'assistant', content: 'Opened it.' }],
      pendingStep: null,
      draftAnswer: null,
    });
  });

  it('says what the steps did when nobody wrote an answer, and streams it', async () => {
    const { config, events } = recordingConfig();
    const state = stateOf({ observations: [observation(0, 'Noted a.'), observation(1, 'Noted b.')] });
    const update = await makeReceptionNode()(state, config);
    expect(events).toEqual([
      { type: 'message-delta', text: 'Noted a.\nNoted b.' },
      { type: 'message-end', text: 'Noted a.\nNoted b.' },
    ]);
    expect(update.messages).toEqual([{ role: 'assistant', content: 'Noted a.\nNoted b.' }]);
  });

  it('answers "Done." for a turn with neither answer nor steps', async () => {
    const { config, events } = recordingConfig();
    await makeReceptionNode()(stateOf(), config);
    expect(events.at(-1)).toEqual({ type: 'message-end', text: 'Done.' });
  });
});
