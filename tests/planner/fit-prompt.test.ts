import { Tiktoken } from 'js-tiktoken/lite';
import { describe, expect, it, vi } from 'vitest';
import { countTokens } from '../../src/model/token-count.ts';
import { fitPrompt } from '../../src/planner/fit-prompt.ts';

const words = (count: number, word = 'engineer') => Array.from({ length: count }, () => word).join(' ');

describe('fitPrompt', () => {
  const system = `You are a planner. ${words(300)}`;

  it('keeps a short conversation whole', () => {
    const messages = [
      { role: 'user' as const, content: 'hi' },
      { role: 'assistant' as const, content: 'hello' },
      { role: 'user' as const, content: 'open github' },
    ];
    expect(fitPrompt(system, messages, 8000)).toMatchObject({ messages, dropped: 0 });
  });

  it('keeps a hundred long messages within the budget, newest kept, oldest dropped', () => {
    const messages = Array.from({ length: 100 }, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: `message ${index}: ${words(2222)}`.slice(0, 20_000),
    }));
    const fitted = fitPrompt(system, messages, 8000);
    const total = countTokens(system) + fitted.messages.reduce((sum, m) => sum + countTokens(m.content) + 4, 0);
    expect(total).toBeLessThanOrEqual(8000);
    expect(fitted.tokens).toBe(total);
    expect(fitted.messages.at(-1)?.content).toMatch(/^message 99:/);
    expect(fitted.messages.some((message) => message.content.includes('characters trimmed'))).toBe(true);
    expect(fitted.messages[0]?.role).toBe('user');
    expect(fitted.dropped).toBeGreaterThan(90);
  });

  it('never cuts the system part and still keeps the newest message', () => {
    const huge = `rules ${words(9000)}`;
    const fitted = fitPrompt(huge, [{ role: 'user', content: `please ${words(3000)}` }], 8000);
    expect(fitted.messages).toHaveLength(1);
    expect(fitted.messages[0]?.content).toMatch(/^please/);
    expect(countTokens(fitted.messages[0]?.content ?? '')).toBeLessThanOrEqual(256);
  });

  it('drops a leading assistant message so the history starts with the user', () => {
    const messages = [
      { role: 'user' as const, content: words(3000, 'old') },
      { role: 'assistant' as const, content: 'short reply' },
      { role: 'user' as const, content: 'next' },
    ];
    const fitted = fitPrompt('system', messages, 1200);
    expect(fitted.messages[0]?.role).toBe('user');
  });
});

describe('a system part given as the parts it is joined from', () => {
  const parts = [`You are a planner. ${words(300)}`, `Actions:\n- open_website: opens a page. ${words(120, 'career')}`, 'Steps left this turn: 3.'];
  const messages = [{ role: 'user' as const, content: `find me a job ${words(40, 'welder')}` }];

  it('costs what the joined text costs, give or take the blank lines between them', () => {
    const joined = fitPrompt(parts.join('\n\n'), messages, 8000);
    const split = fitPrompt(parts, messages, 8000);
    expect(split.messages).toEqual(joined.messages);
    expect(Math.abs(split.tokens - joined.tokens)).toBeLessThanOrEqual(parts.length - 1);
  });
});

describe('countTokens on a text it counted before', () => {
  it('answers the same count, also after many other texts pushed it out of the recent ones', () => {
    const text = `A long repeated catalogue of actions. ${words(500, 'résumé')}`;
    const first = countTokens(text);
    expect(countTokens(text)).toBe(first);
    for (let index = 0; index < 2_500; index++) countTokens(`another text number ${index} that is long enough to be remembered`);
    expect(countTokens(text)).toBe(first);
    expect(first).toBeGreaterThan(500);
  });

  it('encodes a long text once, however often it is counted (the catalogue is longer than 16,384 characters)', () => {
    const catalogue = `Actions:\n${Array.from({ length: 500 }, (_, index) => `- action_${index}: does the thing numbered ${index}. Args: none.`).join('\n')}`;
    expect(catalogue.length).toBeGreaterThan(20_000);
    const encode = vi.spyOn(Tiktoken.prototype, 'encode');
    try {
      const first = countTokens(catalogue);
      const encodedOnce = encode.mock.calls.length;
      expect(encodedOnce).toBe(1);
      for (let turn = 0; turn < 5; turn++) expect(countTokens(`${catalogue}`)).toBe(first);
      // A text of the same length that differs is counted afresh, not taken for the other.
      const other = catalogue.replace('action_0', 'action_X');
      expect(other.length).toBe(catalogue.length);
      countTokens(other);
      expect(encode.mock.calls.length).toBe(encodedOnce + 1);
    } finally {
      encode.mockRestore();
    }
  });

  it('leaves a long message that fits whole, and counts it once for the fit', () => {
    const posting = `A pasted posting. ${words(3000, 'kubernetes')}`;
    const messages = [{ role: 'user' as const, content: posting }];
    const encode = vi.spyOn(Tiktoken.prototype, 'encode');
    try {
      const first = fitPrompt('system', messages, 100_000);
      const calls = encode.mock.calls.length;
      const again = fitPrompt('system', messages, 100_000);
      expect(again).toEqual(first);
      expect(again.messages[0]?.content).toBe(posting);
      expect(encode.mock.calls.length).toBe(calls);
    } finally {
      encode.mockRestore();
    }
  });
});

describe('fitPrompt when the system part crowds the budget', () => {
  const note = 'This turn did not finish: the connection broke. Already run: 1. open_website {"url":"https://github.com"} → ok';
  const thread = [
    ...Array.from({ length: 30 }, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: `message ${index}: ${words(400)}`,
    })),
    { role: 'user' as const, content: `open github ${words(1500, 'please')}` },
    { role: 'assistant' as const, content: `${note} ${words(1500, 'detail')}` },
    { role: 'user' as const, content: 'hello again' },
  ];

  it('keeps the newest message and the failed turn’s note before it, trimmed, with no room left at all', () => {
    const huge = `rules ${words(9000)}`;
    const fitted = fitPrompt(huge, thread, 8000);
    expect(fitted.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(fitted.messages.at(-1)?.content).toBe('hello again');
    expect(fitted.messages[1]?.content).toMatch(/^This turn did not finish: the connection broke\. Already run: 1\. open_website/);
    expect(fitted.messages[1]?.content).toContain('characters trimmed');
    expect(countTokens(fitted.messages[1]?.content ?? '')).toBeLessThanOrEqual(128);
    // What was left out is said in one line, so the model knows the thread began earlier.
    expect(fitted.messages[0]?.content).toBe('(31 earlier messages of this conversation left out to fit the prompt.)');
    expect(fitted.dropped).toBe(31);
    expect(fitted.systemTokens).toBe(countTokens(huge));
  });

  it('says how many messages it left out at the start of the first user message it kept, within the budget', () => {
    const system = `You are a planner. ${words(5000)}`;
    const fitted = fitPrompt(system, thread, 8000);
    expect(fitted.dropped).toBeGreaterThan(0);
    expect(fitted.messages.at(-1)?.content).toBe('hello again');
    expect(fitted.messages[0]?.role).toBe('user');
    expect(fitted.messages[0]?.content).toMatch(new RegExp(`^\\(${fitted.dropped} earlier messages of this conversation left out to fit the prompt\\.\\)\\n\\n`));
    expect(fitted.messages.filter((message) => message.content.includes('earlier message'))).toHaveLength(1);
    const total = countTokens(system) + fitted.messages.reduce((sum, m) => sum + countTokens(m.content) + 4, 0);
    expect(fitted.tokens).toBe(total);
    expect(total).toBeLessThanOrEqual(8000);
  });

  it('starts a window that begins with the model with a user line saying the conversation began earlier', () => {
    const fitted = fitPrompt('system', [{ role: 'assistant', content: 'Saved.' }, { role: 'user', content: 'thanks' }], 8000);
    expect(fitted.messages).toEqual([
      { role: 'user', content: '(The conversation began earlier; its older messages are not shown.)' },
      { role: 'assistant', content: 'Saved.' },
      { role: 'user', content: 'thanks' },
    ]);
    expect(fitted.dropped).toBe(0);
  });
});
