import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createJobpilot } from '../../src/jobpilot.ts';
import { createJobSources } from '../../src/jobs/create-job-sources.ts';
import { defineJobBoard, noVariables } from '../../src/jobs/job-board.ts';
import { jobBoards } from '../../src/jobs/job-boards.ts';
import { parseSourceSettings } from '../../src/jobs/source-settings.ts';

/** The variables a board's settings schema reads, from the schema itself. */
const variablesOf = (settings: z.ZodType) =>
  Object.keys(z.toJSONSchema(settings, { io: 'input' }).properties ?? {});

describe('the job board list', () => {
  it('lists each board once, company boards first, then keyless, then keyed', () => {
    expect(jobBoards.map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'company:greenhouse',
      'company:lever',
      'company:ashby',
      'company:workday',
      'company:smartrecruiters',
      'company:recruitee',
      'company:workable',
      'keyless:remotive',
      'keyless:arbeitnow',
      'keyless:himalayas',
      'keyless:remoteok',
      'keyless:themuse',
      'keyless:jobicy',
      'keyless:hackernews',
      'keyed:adzuna',
      'keyed:jsearch',
      'keyed:serpapi',
    ]);
  });

  it('reads only variables config.ts hands to the board layer', () => {
    for (const board of jobBoards) {
      const variables = [
        'JOBPILOT_JOB_SOURCES',
        'JOBPILOT_COMPANY_BOARDS',
        `JOBPILOT_${board.name.toUpperCase()}_URL`,
        ...variablesOf(board.settings),
      ];
      const env = Object.fromEntries(variables.map((name) => [name, 'x']));
      expect(Object.keys(loadConfig(env).jobs.boardVariables).sort(), board.name).toEqual(
        variables.sort(),
      );
    }
    expect(variablesOf(jobBoards.find(({ name }) => name === 'adzuna')!.settings)).toEqual([
      'ADZUNA_APP_ID',
      'ADZUNA_APP_KEY',
      'ADZUNA_COUNTRY',
    ]);
  });

  it('keeps the model keys and every other variable from the board layer', () => {
    const config = loadConfig({
      JOBPILOT_PLANNER: 'rules',
      GOOGLE_API_KEY: 'google',
      OPENAI_API_KEY: 'openai',
      JOBPILOT_URL: 'http://127.0.0.1:9000',
      JOBPILOT_DATA_DIR: '/tmp/jobpilot',
      SERPAPI_API_KEY: 'serp',
    });
    expect(config.jobs.boardVariables).toEqual({ SERPAPI_API_KEY: 'serp' });
    expect(Object.isFrozen(config.jobs.boardVariables)).toBe(true);
  });

  it('takes a new board as one descriptor', () => {
    const boards = [
      ...jobBoards,
      defineJobBoard({
        name: 'example',
        kind: 'keyless',
        settings: noVariables,
        create: ({ origin }) => ({
          name: 'example',
          label: `Example (${origin})`,
          kind: 'keyless',
          search: async () => [],
        }),
      }),
    ];
    const settings = parseSourceSettings(
      { JOBPILOT_JOB_SOURCES: 'example', JOBPILOT_EXAMPLE_URL: 'http://127.0.0.1:9009/' },
      boards,
    );
    expect(settings).toEqual([{ board: 'example', origin: 'http://127.0.0.1:9009' }]);
    expect(createJobSources(settings, {}, boards).map(({ label }) => label)).toEqual([
      'Example (http://127.0.0.1:9009)',
    ]);
  });
});

describe('a bad board variable at start-up', () => {
  it('stops createJobpilot with a CONFIG_INVALID error naming the variable, before anything opens', async () => {
    const config = loadConfig({
      JOBPILOT_PLANNER: 'rules',
      // Were the database opened, this would fail differently.
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
      JOBPILOT_JOB_SOURCES: 'remotive,monster',
    });
    const started = createJobpilot({ config });
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message:
        'Invalid configuration. JOBPILOT_JOB_SOURCES: unknown source "monster" (known: greenhouse, lever, ashby, workday, smartrecruiters, recruitee, workable, remotive, arbeitnow, himalayas, remoteok, themuse, jobicy, hackernews, adzuna, jsearch, serpapi, or none)',
    });
  });
});
