import { describe, expect, it } from 'vitest';
import { requiresApproval } from '../../src/actions/action.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

// Its own policy: never ask, except after a posting was read, when only job boards open freely.
const opener = fakeActions().get('open_website');
const auto = { mode: 'auto' as const, allowedApps: [] };

describe('requiresApproval', () => {
  it('follows the action’s own policy on an ordinary turn', () => {
    expect(requiresApproval(opener!, { url: 'evil.example' }, auto)).toBe(false);
  });

  it('asks before a desktop step planned after reading a posting, unless the step is plainly safe', () => {
    expect(requiresApproval(opener!, { url: 'evil.example' }, auto, { readOutsideText: true })).toBe(true);
    expect(requiresApproval(opener!, { url: 'jobs.lever.co' }, auto, { readOutsideText: true })).toBe(false);
  });

  it('lets JOBPILOT_APPROVAL override both ways', () => {
    expect(requiresApproval(opener!, { url: 'x' }, { ...auto, mode: 'always' })).toBe(true);
    expect(requiresApproval(opener!, { url: 'x' }, { ...auto, mode: 'never' }, { readOutsideText: true })).toBe(false);
  });
});
