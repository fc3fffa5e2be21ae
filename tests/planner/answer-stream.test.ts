import { describe, expect, it } from 'vitest';
import { answerStream } from '../../src/planner/answer-stream.ts';

const feed = (chunks: string[]) => {
  const out: string[] = [];
  const stream = answerStream((text) => out.push(text));
  for (const chunk of chunks) stream.push(chunk);
  return { out, emitted: stream.emitted };
};

/** Splits text into pieces of `size` characters, as a model's stream would. */
const pieces = (text: string, size: number) => text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];

describe('answerStream', () => {
  const json = JSON.stringify({
    decision: { action: 'respond', reason: 'greeting', answer: 'Hello "you"\nline two \\ café ✓ 😀' },
  });

  it.each([1, 2, 3, 7, 1000])('hands out exactly the answer, decoded, at chunk size %i', (size) => {
    const { out } = feed(pieces(json, size));
    expect(out.join('')).toBe('Hello "you"\nline two \\ café ✓ 😀');
    if (size < 5) expect(out.length).toBeGreaterThan(5);
  });

  it('decodes \\u escapes split across chunks', () => {
    const { out } = feed(['{"decision":{"action":"respond","reason":"","answer":"caf\\u', '00e9!"}}']);
    expect(out.join('')).toBe('café!');
  });

  it('hands out nothing for an action', () => {
    const { out, emitted } = feed(pieces(JSON.stringify({ decision: { action: 'open_website', reason: '', args: { url: 'x' } } }), 4));
    expect(out).toEqual([]);
    expect(emitted).toBe(false);
  });

  it('hands out nothing when the answer key comes before the action', () => {
    const { out } = feed([JSON.stringify({ decision: { answer: 'too early', action: 'respond', reason: '' } })]);
    expect(out).toEqual([]);
  });
});
