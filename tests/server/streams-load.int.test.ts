import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { heapToleranceBytes, holdStreams } from '../helpers/stream-load.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// The short version of `npm run bench -- --only streams` (200 streams for 60 s): 50 run
// streams held open at once for about 10 s against the real server in its own process
// (`serve()`, as `npm start` runs it), each answer streamed a piece a second by a local
// OpenAI-protocol stub. No error, every stream held and completed, and the server's heap
// after a full GC back where it was. Nothing here is timed.

it('holds 50 concurrent run streams with no error, and the heap is flat after they end', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-streams-'));
  try {
    const figures = await holdStreams({ streams: 50, seconds: 10, dataDir, databaseUrl: await createTestDatabase() });
    expect(figures.errors).toEqual([]);
    expect(figures.held).toBe(50);
    expect(figures.completed).toBe(50);
    // Every piece of every answer arrived (10 s − 3 s of protocol chunks = 7 pieces, one delta each, plus the opening one).
    expect(figures.deltas.min).toBe(figures.deltas.max);
    expect(figures.deltas.min).toBeGreaterThanOrEqual(7);
    expect(figures.memory.after.heapUsed - figures.memory.before.heapUsed).toBeLessThanOrEqual(heapToleranceBytes);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}, 240_000);
