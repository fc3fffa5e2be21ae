import { describe, expect, it, vi } from 'vitest';

// Records every constant-time comparison, to show what was compared.
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return { ...crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});

const { timingSafeEqual } = await import('node:crypto');
const { tokenMatches } = await import('../../src/server/plugins/auth.ts');

describe('tokenMatches', () => {
  it('accepts the token and refuses others, whatever their length', () => {
    expect(tokenMatches('secret-token', 'secret-token')).toBe(true);
    for (const given of ['', 's', 'secret-tokeN', 'secret-token-and-more', 'x'.repeat(10_000)]) {
      expect(tokenMatches(given, 'secret-token')).toBe(false);
    }
  });

  it('compares equal-length digests in constant time even when the lengths differ (no early length check)', () => {
    vi.mocked(timingSafeEqual).mockClear();
    expect(tokenMatches('short', 'a-much-longer-secret-token')).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [a, b] = vi.mocked(timingSafeEqual).mock.calls[0] as [Buffer, Buffer];
    expect([a.length, b.length]).toEqual([32, 32]);
  });
});
