import { describe, expect, it } from 'vitest';
import { cachedApiTokens } from '../../src/db/cached-api-tokens.ts';
import type { ApiTokensRepository, TokenIdentity } from '../../src/db/repositories/api-tokens.ts';

type Identified = { identity: TokenIdentity; required: boolean };

/** A token repository that counts its lookups and answers what the test says, when it says so. */
function scriptedTokens() {
  const owners = new Map<string, string>();
  const asked: (string | undefined)[] = [];
  /** The next lookup's answer is held back until this resolves. */
  let gate: Promise<void> | undefined;
  let openGate = () => {};
  const repository: ApiTokensRepository = {
    async create(name) {
      owners.set(`jp_${name}`, name);
      return { token: `jp_${name}`, record: { name, created_at: new Date(0), revoked_at: null } };
    },
    async list() {
      return [];
    },
    async revoke(name) {
      owners.delete(`jp_${name}`);
      return { name, created_at: new Date(0), revoked_at: new Date(0) };
    },
    async identify(token): Promise<Identified> {
      asked.push(token);
      // Read now, answered later (when the test holds the answer back): a lookup that read the old state.
      const owner = token === undefined ? undefined : owners.get(token);
      const answer: Identified = { identity: owner ? { kind: 'named', owner } : { kind: 'unknown' }, required: owners.size > 0 };
      const waiting = gate;
      gate = undefined;
      await waiting;
      return answer;
    },
  };
  return {
    repository,
    owners,
    asked,
    holdNext: () => {
      gate = new Promise<void>((resolve) => (openGate = resolve));
    },
    release: () => openGate(),
  };
}

describe('token lookups answered from memory', () => {
  it('asks the repository once per token while the changes are heard, and again after a change', async () => {
    const scripted = scriptedTokens();
    const tokens = cachedApiTokens(scripted.repository);
    tokens.listening(true);
    expect(await tokens.identify(undefined)).toEqual({ identity: { kind: 'unknown' }, required: false });
    expect(await tokens.identify(undefined)).toEqual({ identity: { kind: 'unknown' }, required: false });
    expect(scripted.asked).toEqual([undefined]);

    // Made here: forgotten before `create` returns, so the very next request is told.
    const { token } = await tokens.create('alice');
    expect(await tokens.identify(token)).toEqual({ identity: { kind: 'named', owner: 'alice' }, required: true });
    expect(await tokens.identify(undefined)).toEqual({ identity: { kind: 'unknown' }, required: true });
    await tokens.identify(token);
    expect(scripted.asked).toEqual([undefined, token, undefined]);

    // Revoked by another process: its notice arrives.
    scripted.owners.delete(token);
    tokens.forget();
    expect(await tokens.identify(token)).toEqual({ identity: { kind: 'unknown' }, required: false });
  });

  it('asks every time while changes may be missed (the notices session lost)', async () => {
    const scripted = scriptedTokens();
    const tokens = cachedApiTokens(scripted.repository);
    await tokens.identify('jp_x');
    await tokens.identify('jp_x');
    tokens.listening(true);
    await tokens.identify('jp_x');
    await tokens.identify('jp_x');
    tokens.listening(false);
    await tokens.identify('jp_x');
    expect(scripted.asked).toEqual(['jp_x', 'jp_x', 'jp_x', 'jp_x']);
  });

  it('does not keep an answer read before a change that was announced while it travelled', async () => {
    const scripted = scriptedTokens();
    const tokens = cachedApiTokens(scripted.repository);
    tokens.listening(true);
    scripted.owners.set('jp_bob', 'bob');
    scripted.holdNext();
    const stale = tokens.identify('jp_bob');
    // The lookup has read "bob is live"; then bob is revoked and the notice arrives before its answer.
    await Promise.resolve();
    scripted.owners.delete('jp_bob');
    tokens.forget();
    scripted.release();
    expect((await stale).identity).toEqual({ kind: 'named', owner: 'bob' });
    expect((await tokens.identify('jp_bob')).identity).toEqual({ kind: 'unknown' });
    expect(scripted.asked).toEqual(['jp_bob', 'jp_bob']);
  });
});
