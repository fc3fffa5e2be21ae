import { describe, expect, it } from 'vitest';
import { approvalCause, requiresApproval } from '../../src/actions/action.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

// Its own policy: never ask, except after a posting was read, when only job boards open freely.
const opener = fakeActions().get('open_website');
const auto = { mode: 'auto' as const, allowedApps: [] };

describe('requiresApproval', () => {
  it('follows the action’s own policy on an ordinary turn', () => {
    expect(requiresApproval(opener!, { url: 'evil.example' }, auto)).toBe(false);
  });

  it('asks before any desktop step once the thread has read outside text, job boards included', () => {
    expect(requiresApproval(opener!, { url: 'evil.example' }, auto, { readOutsideText: true })).toBe(true);
    expect(requiresApproval(opener!, { url: 'jobs.lever.co' }, auto, { readOutsideText: true })).toBe(true);
  });

  it('lets JOBPILOT_APPROVAL override both ways, except that outside text asks whatever the policy', () => {
    expect(requiresApproval(opener!, { url: 'x' }, { ...auto, mode: 'always' })).toBe(true);
    expect(requiresApproval(opener!, { url: 'x' }, { ...auto, mode: 'never' })).toBe(false);
    expect(approvalCause(opener!, { url: 'x' }, { ...auto, mode: 'never' }, { readOutsideText: true })).toBe('outside_text');
  });
});
