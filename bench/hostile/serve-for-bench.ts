/**
 * The server the hostile-file bench measures, in a process of its own: the real `startServer`
 * on embedded Postgres in a fresh data dir (given as the first argument), rules planner, no
 * boards. Prints one line `{"url": …}` when it listens and stops on SIGTERM.
 */
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/main.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: serve-for-bench.ts DATA_DIR');
const server = await startServer(
  loadConfig({ JOBPILOT_DATA_DIR: dataDir, JOBPILOT_PLANNER: 'rules', JOBPILOT_JOB_SOURCES: 'none', PORT: '0' }),
  { logger: false },
);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
