import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/cli/api-client.ts';
import { formatThread, formatThreadTable, formatUsage } from '../../src/cli/format-thread.ts';
import { createPainter } from '../../src/cli/render.ts';
import { jsonResponse, scriptedFetch } from './fake-fetch.ts';

describe('formatUsage', () => {
  it('says nothing when no model was called', () => {
    expect(formatUsage({ model_calls: 0, input_tokens: 0, output_tokens: 0 })).toBe('');
  });

  it('reports calls and tokens in and out', () => {
    expect(formatUsage({ model_calls: 3, input_tokens: 12410, output_tokens: 312 })).toBe(
      ' · 3 model calls, 12,410 tokens in / 312 out',
    );
    expect(formatUsage({ model_calls: 1, input_tokens: 10, output_tokens: 5 })).toBe(' · 1 model call, 10 tokens in / 5 out');
  });

  it('is part of the thread heading in `threads show`', () => {
    const text = formatThread(createPainter(false), {
      thread_id: 't1',
      title: 'Find jobs',
      status: 'idle',
      created_at: '2026-11-22T10:00:00Z',
      updated_at: '2026-11-22T10:05:00Z',
      messages: [],
      next_before: null,
      pending_approval: null,
      usage: { model_calls: 2, input_tokens: 1500, output_tokens: 80 },
    });
    expect(text).toContain('2 model calls, 1,500 tokens in / 80 out');
  });
});

describe('the threads table', () => {
  it("shows the last update in the zone the server's list names, not the machine's", async () => {
    const { fetch } = scriptedFetch(() =>
      jsonResponse({
        threads: [{ thread_id: 'pune-trip', title: 'Jobs near Pune', status: 'idle', created_at: '2026-12-01T08:00:00Z', updated_at: '2026-12-01T23:45:00Z' }],
        time_zone: 'Europe/Berlin',
      }),
    );
    const threads = await new ApiClient({ url: 'http://x', fetch }).listThreads();
    const row = formatThreadTable(createPainter(false), threads).trimEnd().split('\n')[1];
    // 23:45 UTC is already the next day in Berlin.
    expect(row).toMatch(/^pune-trip\s+idle\s+2026-12-02 00:45\s+Jobs near Pune$/);
  });
});
