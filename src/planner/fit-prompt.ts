import type { ModelMessage } from '../model/model-client.ts';
import { countTokens, trimToTokens } from '../model/token-count.ts';

/** Roughly what a provider adds around each message (role markers, separators). */
const messageOverhead = 4;
/** The newest message always gets at least this much room, even when the system part is huge. */
const minimumLatest = 256;
/** An older message is worth including, trimmed, only if this much room is left for it. */
const minimumOlder = 128;
/**
 * The newest messages kept whatever the room: this turn's message and the one before it (the
 * last answer, or the note a failed or cancelled turn left of what already ran).
 */
const alwaysKept = 2;
/** Room held back for the line that says what was left out (~20 tokens). */
const noteReserve = 32;

/** What `fitPrompt` kept and what it left out. */
export interface FittedPrompt {
  messages: ModelMessage[];
  /** The prompt's cost: the system part and the messages kept. */
  tokens: number;
  /** The system part's cost (never cut). */
  systemTokens: number;
  /** Messages of the conversation left out (the oldest first); a line at the start of the history says how many. */
  dropped: number;
}

/**
 * What a system part costs in the prompt, given whole or as the parts it is joined from with
 * blank lines (the parts that repeat every turn are counted once: see `countTokens`).
 *
 * @example
 * systemTokensOf(['You are jobpilot…', 'Actions:\n- open_website: …']); // 1234
 */
export function systemTokensOf(system: string | readonly string[]): number {
  // A blank line between two parts is one token of its own at most.
  const parts = typeof system === 'string' ? [system] : system;
  return parts.reduce((sum, part) => sum + countTokens(part), parts.length - 1);
}

/**
 * Fits a conversation under a token budget, the system part included and never cut (see
 * `systemTokensOf`). The newest message (this turn's goal) is kept first, trimmed with a
 * marker if it alone would take more than 60% of the room, and the one before it (the last
 * answer, or a failed turn's note) is kept too, trimmed if need be, even when the system part
 * leaves no room; then older messages, newest first, each trimmed to at most half the room,
 * until the room runs out: the oldest history goes first. When messages are left out, one line
 * at the start of the history says how many, so the model knows the conversation began
 * earlier. The result starts with a user message (Gemini rejects a history that starts with
 * the model).
 *
 * @example
 * const { messages, tokens, dropped } = fitPrompt(system, window, 12000);
 */
export function fitPrompt(
  system: string | readonly string[],
  messages: readonly ModelMessage[],
  budgetTokens: number,
): FittedPrompt {
  const systemTokens = systemTokensOf(system);
  const reserve = messages.length > 1 ? noteReserve : 0;
  let room = budgetTokens - systemTokens - reserve;
  const kept: Array<ModelMessage & { cost: number }> = [];
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index] as ModelMessage;
    const fromEnd = messages.length - 1 - index;
    const older = Math.min(Math.floor(room * 0.5), room - messageOverhead);
    const limit = fromEnd === 0 ? Math.max(minimumLatest, Math.floor(room * 0.6)) : fromEnd < alwaysKept ? Math.max(minimumOlder, older) : older;
    if (limit < minimumOlder) break;
    const content = trimToTokens(message.content, limit);
    const cost = countTokens(content) + messageOverhead;
    kept.unshift({ role: message.role, content, cost });
    room -= cost;
  }
  room += reserve;
  const dropped = messages.length - kept.length;
  const first = kept[0];
  if (dropped > 0 || (first && first.role !== 'user')) {
    const note =
      dropped > 0
        ? `(${dropped} earlier message${dropped === 1 ? '' : 's'} of this conversation left out to fit the prompt.)`
        : '(The conversation began earlier; its older messages are not shown.)';
    if (first?.role === 'user') {
      first.content = `${note}\n\n${first.content}`;
      room += first.cost;
      first.cost = countTokens(first.content) + messageOverhead;
      room -= first.cost;
    } else {
      const cost = countTokens(note) + messageOverhead;
      kept.unshift({ role: 'user', content: note, cost });
      room -= cost;
    }
  }
  return {
    messages: kept.map(({ role, content }) => ({ role, content })),
    tokens: budgetTokens - room,
    systemTokens,
    dropped,
  };
}
