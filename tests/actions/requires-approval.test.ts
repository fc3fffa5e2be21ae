import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction, requiresApproval } from '../../src/actions/action.ts';

const opener = defineAction({
  name: 'open_thing',
  description: 'Opens a thing.',
  args: z.object({ target: z.string().describe('What to open.') }),
  approval: () => 'auto',
  afterOutsideText: (args) => (args.target.endsWith('.board') ? 'auto' : 'ask'),
  run: async () => ({ ok: true, summary: 'opened' }),
});
const auto = { mode: 'auto' as const, allowedApps: [] };

describe('requiresApproval', () => {
  it('follows the action’s own policy on an ordinary turn', () => {
    expect(requiresApproval(opener as never, { target: 'evil.example' }, auto)).toBe(false);
  });

  it('asks before a desktop step planned after reading a posting, unless the step is plainly safe', () => {
    expect(requiresApproval(opener as never, { target: 'evil.example' }, auto, { readOutsideText: true })).toBe(true);
    expect(requiresApproval(opener as never, { target: 'jobs.board' }, auto, { readOutsideText: true })).toBe(false);
  });

  it('lets JOBPILOT_APPROVAL override both ways', () => {
    expect(requiresApproval(opener as never, { target: 'x' }, { ...auto, mode: 'always' })).toBe(true);
    expect(requiresApproval(opener as never, { target: 'x' }, { ...auto, mode: 'never' }, { readOutsideText: true })).toBe(false);
  });
});
