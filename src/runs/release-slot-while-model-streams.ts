import type { ModelCall, ModelCallEnd, ModelCallOptions, ModelClient } from '../model/model-client.ts';
import type { TurnSlots } from './turn-slots.ts';

/**
 * The model client, giving the calling turn's slot up while the model answers: a turn waiting
 * on the model does no work of this process, so it does not hold back the turns that could.
 * The reply's pieces are read (and passed on as `message-delta`s) outside the slot; when the
 * call ends the turn waits for a slot again, ahead of the turns that arrived after it. Calls
 * made outside a turn (a letter, an alert's run before its turn) pass straight through.
 *
 * @example
 * const model = releaseSlotWhileModelStreams(createModelClient(binding, settings), slots);
 */
export function releaseSlotWhileModelStreams(model: ModelClient, slots: TurnSlots): ModelClient {
  return {
    provider: model.provider,
    model: model.model,
    label: model.label,
    async *stream(call: ModelCall, options?: ModelCallOptions): AsyncGenerator<string, ModelCallEnd> {
      const slot = slots.current();
      if (!slot) return yield* model.stream(call, options);
      slot.pause();
      try {
        return yield* model.stream(call, options);
      } finally {
        await slot.resume();
      }
    },
  };
}
