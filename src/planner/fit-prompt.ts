import type { ModelMessage } from '../model/model-client.ts';
import { countTokens, trimToTokens } from '../model/token-count.ts';

/** Roughly what a provider adds around each message (role markers, separators). */
const messageOverhead = 4;
/** The newest message always gets at least this much room, even when the system part is huge. */
const minimumLatest = 256;
/** An older message is worth including, trimmed, only if this much room is left for it. */
const minimumOlder = 128;

/**
 * Fits a conversation under a token budget, the system part included and never cut (given
 * whole, or as the parts it is joined from with blank lines, so the parts that repeat every
 * turn are counted once: see `countTokens`). The
 * newest message (this turn's goal) is kept first, trimmed with a marker if it alone would
 * take more than 60% of the room; then older messages, newest first, each trimmed to at
 * most half the room, until the room runs out: the oldest history goes first. The result
 * starts with a user message (Gemini rejects a history that starts with the model).
 *
 * @example
 * const { messages, tokens } = fitPrompt(system, window, 8000);
 */
export function fitPrompt(
  system: string | readonly string[],
  messages: readonly ModelMessage[],
  budgetTokens: number,
): { messages: ModelMessage[]; tokens: number; dropped: number } {
  // A blank line between two parts is one token of its own at most.
  const parts = typeof system === 'string' ? [system] : system;
  const systemTokens = parts.reduce((sum, part) => sum + countTokens(part), parts.length - 1);
  let room = budgetTokens - systemTokens;
  const kept: Array<ModelMessage & { cost: number }> = [];
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index] as ModelMessage;
    const newest = index === messages.length - 1;
    const limit = newest
      ? Math.max(minimumLatest, Math.floor(room * 0.6))
      : Math.min(Math.floor(room * 0.5), room - messageOverhead);
    if (!newest && limit < minimumOlder) break;
    const content = trimToTokens(message.content, limit);
    const cost = countTokens(content) + messageOverhead;
    kept.unshift({ role: message.role, content, cost });
    room -= cost;
  }
  while (kept.length > 1 && kept[0]?.role !== 'user') room += kept.shift()?.cost ?? 0;
  return {
    messages: kept.map(({ role, content }) => ({ role, content })),
    tokens: budgetTokens - room,
    dropped: messages.length - kept.length,
  };
}
