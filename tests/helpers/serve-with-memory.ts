/**
 * `serve()`, the code `npm start` runs (config from the environment, signals, shutdown), in a
 * child process started with `--expose-gc` that answers the IPC message "memory" with its
 * memory after a full garbage collection: how the load script sees whether streams leak.
 *
 * @example
 * spawn(process.execPath, ['--expose-gc', '--import', 'tsx', serveWithMemoryPath], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
 */
import { serve } from '../../src/main.ts';

export interface MemoryReport {
  rss: number;
  heapUsed: number;
}

const collect = (globalThis as { gc?: () => void }).gc;
process.on('message', (message) => {
  if (message !== 'memory') return;
  // Twice: the first pass may only queue finalizers whose objects the second one frees.
  collect?.();
  collect?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed } satisfies MemoryReport);
});
await serve();
process.disconnect?.();
