import { RESPOND } from './decision.ts';

/**
 * Follows a decision's JSON as it streams and hands out the `answer` string's text as it
 * grows, once the decision is known to be `respond` (its `action` comes first in both
 * providers' key order). Incremental: each character is decoded once.
 *
 * @example
 * const stream = answerStream((text) => process.stdout.write(text));
 * stream.push('{"decision":{"action":"respond","reason":"hi","answer":"Hel');
 * stream.push('lo"}}'); // writes "Hel", then "lo"
 */
export function answerStream(onText: (text: string) => void) {
  let buffer = '';
  let start = -1; // where the answer string's content begins in `buffer`
  let position = 0; // how far the content has been decoded
  let closed = false;
  let emitted = false;

  const findStart = () => {
    const key = /"answer"\s*:\s*"/.exec(buffer);
    if (!key) return;
    const before = buffer.slice(0, key.index);
    // Only a respond decision streams; the action literal precedes the answer.
    if (!new RegExp(`"action"\\s*:\\s*"${RESPOND}"`).test(before)) {
      closed = true;
      return;
    }
    start = key.index + key[0].length;
    position = start;
  };

  const decode = () => {
    let text = '';
    while (position < buffer.length) {
      const char = buffer[position] as string;
      if (char === '"') {
        closed = true;
        break;
      }
      if (char !== '\\') {
        text += char;
        position += 1;
        continue;
      }
      const escape = buffer[position + 1];
      if (escape === undefined) break; // wait for the rest of the escape
      if (escape === 'u') {
        const hex = buffer.slice(position + 2, position + 6);
        if (hex.length < 4) break;
        text += String.fromCharCode(Number.parseInt(hex, 16));
        position += 6;
        continue;
      }
      text += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[escape] ?? escape;
      position += 2;
    }
    if (text) {
      emitted = true;
      onText(text);
    }
  };

  return {
    push(chunk: string) {
      if (closed) return;
      buffer += chunk;
      if (start < 0) findStart();
      if (start >= 0 && !closed) decode();
    },
    /** Whether any answer text has been handed out. */
    get emitted() {
      return emitted;
    },
  };
}
