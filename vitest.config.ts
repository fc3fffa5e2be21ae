import { defineConfig } from 'vitest/config';

// Two tiers by file name (STYLE.md 14): *.test.ts touch no network or database;
// *.int.test.ts share one embedded Postgres started by the global setup, each file in
// its own database.
// Tests never reach the internet: a LangSmith tracing setting in the developer's shell is
// switched off for every worker and server process (the tracing test turns it on, pointed
// at its local stub).
process.env.LANGSMITH_TRACING = 'false';
process.env.LANGCHAIN_TRACING_V2 = 'false';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
          // A hang guard, not a speed bound: the first PDF or DOCX a test file reads starts its
          // reader's worker thread (seconds on a loaded two-core machine).
          testTimeout: 20_000,
          // Unit tests run first, as their own group.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          exclude: ['tests/**/*.gc.int.test.ts'],
          globalSetup: ['tests/helpers/global-postgres.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: keep heavy integration files from starving each other.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // Real HTTP, no database, in a fork with gc() exposed: the tests force garbage
          // collection mid-stream to prove no abort link or timer is held only weakly.
          name: 'gc',
          include: ['tests/**/*.gc.int.test.ts'],
          pool: 'forks',
          execArgv: ['--expose-gc'],
          testTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
