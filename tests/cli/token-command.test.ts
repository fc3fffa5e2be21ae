import { describe, expect, it } from 'vitest';
import { createdNote, tokenTable } from '../../src/cli/commands/token.ts';
import { formatTime } from '../../src/cli/format-thread.ts';

describe('jobpilot token create', () => {
  it('speaks of the data from before on the first named token only', () => {
    expect(createdNote({ first: false, server_token: false })).not.toMatch(/data from before/);
    expect(createdNote({ first: false, server_token: true })).not.toMatch(/data from before/);
    expect(createdNote({ first: true, server_token: true })).toMatch(/data from before stays the default owner's, reached with the server's JOBPILOT_TOKEN/);
    const open = createdNote({ first: true, server_token: false });
    expect(open).toMatch(/Every request now needs a token/);
    expect(open).toMatch(/the server has no JOBPILOT_TOKEN, so it is reached only once the server is started with one/);
  });
});

describe('jobpilot token list', () => {
  it('shows times like the other tables, not ISO', () => {
    const created = '2026-12-05T05:32:10.123Z';
    const revoked = '2026-12-05T06:01:00.000Z';
    const table = tokenTable([
      { name: 'alice', created_at: created, revoked_at: null },
      { name: 'bob', created_at: created, revoked_at: revoked },
    ]);
    expect(table).toContain(`alice  live  `);
    expect(table).toContain(formatTime(created));
    expect(table).toContain(`revoked ${formatTime(revoked)}`);
    expect(formatTime(created)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(table).not.toContain('T05:32');
  });
});
