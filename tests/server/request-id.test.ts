import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { currentRequestId, registerRequestIds, requestIdFor } from '../../src/server/request-id.ts';

describe('currentRequestId', () => {
  it("is the request's id in its handler and in the work the handler starts, however late; nothing outside", async () => {
    const app = Fastify({ genReqId: requestIdFor });
    registerRequestIds(app);
    app.get('/work', async () => {
      const seen = [currentRequestId()];
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(currentRequestId());
      // Work the handler leaves running (a run's release after its stream ended) still knows whose it is.
      const later = new Promise<string | undefined>((resolve) => setTimeout(() => resolve(currentRequestId()), 10));
      return { seen, later: await later };
    });
    const [a, b] = await Promise.all([
      app.inject({ url: '/work', headers: { 'x-request-id': 'first' } }),
      app.inject({ url: '/work', headers: { 'x-request-id': 'second' } }),
    ]);
    expect(a.json()).toEqual({ seen: ['first', 'first'], later: 'first' });
    expect(b.json()).toEqual({ seen: ['second', 'second'], later: 'second' });
    expect(a.headers['x-request-id']).toBe('first');
    expect(currentRequestId()).toBeUndefined();
    await app.close();
  });
});
