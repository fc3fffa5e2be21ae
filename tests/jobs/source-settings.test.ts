import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { createJobSources } from '../../src/jobs/create-job-sources.ts';
import { parseSourceSettings } from '../../src/jobs/source-settings.ts';

function settingsError(env: Record<string, string>): ConfigError {
  try {
    parseSourceSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected parseSourceSettings to throw');
}

describe('parseSourceSettings', () => {
  it('enables every keyless board by default, and no keyed one without its key', () => {
    expect(parseSourceSettings({})).toEqual([
      { board: 'remotive' },
      { board: 'arbeitnow' },
      { board: 'himalayas' },
      { board: 'remoteok' },
      { board: 'themuse' },
      { board: 'jobicy' },
      { board: 'hackernews' },
    ]);
  });

  it('adds configured company boards and each keyed board whose key is set', () => {
    expect(
      parseSourceSettings({
        JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe, lever:netflix,ashby:linear,greenhouse:airbnb',
        ADZUNA_APP_ID: 'id',
        ADZUNA_APP_KEY: 'key',
        SERPAPI_API_KEY: 'serp',
        JSEARCH_API_KEY: '',
      }),
    ).toEqual([
      { board: 'greenhouse', company: 'stripe' },
      { board: 'greenhouse', company: 'airbnb' },
      { board: 'lever', company: 'netflix' },
      { board: 'ashby', company: 'linear' },
      { board: 'remotive' },
      { board: 'arbeitnow' },
      { board: 'himalayas' },
      { board: 'remoteok' },
      { board: 'themuse' },
      { board: 'jobicy' },
      { board: 'hackernews' },
      { board: 'adzuna', appId: 'id', appKey: 'key', country: 'us' },
      { board: 'serpapi', apiKey: 'serp' },
    ]);
  });

  it('picks the listed sources only, with origin overrides and the Adzuna country', () => {
    expect(
      parseSourceSettings({
        JOBPILOT_JOB_SOURCES: ' Himalayas ,adzuna,jsearch,greenhouse',
        JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe,lever:netflix',
        JOBPILOT_HIMALAYAS_URL: 'http://127.0.0.1:9003/',
        JOBPILOT_GREENHOUSE_URL: 'https://proxy.example/greenhouse/',
        JOBPILOT_REMOTIVE_URL: 'http://127.0.0.1:9001',
        ADZUNA_APP_ID: 'id',
        ADZUNA_APP_KEY: 'key',
        ADZUNA_COUNTRY: 'GB',
        JSEARCH_API_KEY: 'rapid',
      }),
    ).toEqual([
      { board: 'greenhouse', company: 'stripe', origin: 'https://proxy.example/greenhouse' },
      { board: 'himalayas', origin: 'http://127.0.0.1:9003' },
      { board: 'adzuna', appId: 'id', appKey: 'key', country: 'gb' },
      { board: 'jsearch', apiKey: 'rapid' },
    ]);
  });

  it('turns every source off with "none"', () => {
    expect(parseSourceSettings({ JOBPILOT_JOB_SOURCES: 'none', SERPAPI_API_KEY: 'serp' })).toEqual([]);
  });

  it('names every unknown source', () => {
    const error = settingsError({ JOBPILOT_JOB_SOURCES: 'remotive,monster,indeed' });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toBe(
      'Invalid configuration. JOBPILOT_JOB_SOURCES: unknown source "monster", "indeed" (known: greenhouse, lever, ashby, workday, smartrecruiters, recruitee, workable, remotive, arbeitnow, himalayas, remoteok, themuse, jobicy, hackernews, adzuna, jsearch, serpapi, or none)',
    );
  });

  it('names unknown board kinds and malformed entries in JOBPILOT_COMPANY_BOARDS', () => {
    expect(settingsError({ JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe,taleo:acme,icims:x' }).message).toBe(
      'Invalid configuration. JOBPILOT_COMPANY_BOARDS: unknown board kind in "taleo:acme", "icims:x" (known: greenhouse, lever, ashby, workday, smartrecruiters, recruitee, workable)',
    );
    expect(settingsError({ JOBPILOT_COMPANY_BOARDS: 'stripe' }).message).toBe(
      'Invalid configuration. JOBPILOT_COMPANY_BOARDS: "stripe" is not KIND:COMPANY (e.g. greenhouse:stripe)',
    );
    expect(settingsError({ JOBPILOT_COMPANY_BOARDS: 'lever:net flix' }).message).toMatch(/"lever:net flix" is not KIND:COMPANY/);
  });

  it('refuses a board listed without what it needs', () => {
    expect(settingsError({ JOBPILOT_JOB_SOURCES: 'serpapi,lever' }).message).toBe(
      'Invalid configuration. JOBPILOT_JOB_SOURCES: lever needs a lever:COMPANY entry in JOBPILOT_COMPANY_BOARDS; JOBPILOT_JOB_SOURCES: serpapi needs SERPAPI_API_KEY',
    );
  });

  it('refuses half an Adzuna key pair, a bad country and a bad origin', () => {
    expect(settingsError({ ADZUNA_APP_ID: 'id' }).message).toBe(
      'Invalid configuration. ADZUNA_APP_KEY: required with ADZUNA_APP_ID',
    );
    expect(settingsError({ ADZUNA_COUNTRY: 'usa' }).message).toMatch(/ADZUNA_COUNTRY: "usa" is not a two-letter country code/);
    expect(settingsError({ JOBPILOT_REMOTEOK_URL: 'ftp://files.example' }).message).toBe(
      'Invalid configuration. JOBPILOT_REMOTEOK_URL: "ftp://files.example" is not an http(s) origin such as http://127.0.0.1:9001',
    );
    expect(settingsError({ JOBPILOT_ASHBY_URL: 'not a url' }).message).toMatch(/^Invalid configuration\. JOBPILOT_ASHBY_URL:/);
  });

  it('reads a Workday site as tenant.wdN/site, and names the shape when it is not one', () => {
    expect(
      parseSourceSettings({
        JOBPILOT_JOB_SOURCES: 'workday,recruitee',
        JOBPILOT_COMPANY_BOARDS: 'workday:nvidia.wd5/NVIDIAExternalCareerSite,recruitee:bunq',
        JOBPILOT_WORKDAY_URL: 'http://127.0.0.1:9005',
      }),
    ).toEqual([
      { board: 'workday', company: 'nvidia.wd5/NVIDIAExternalCareerSite', origin: 'http://127.0.0.1:9005' },
      { board: 'recruitee', company: 'bunq' },
    ]);
    expect(settingsError({ JOBPILOT_COMPANY_BOARDS: 'workday:nvidia' }).message).toBe(
      'Invalid configuration. JOBPILOT_COMPANY_BOARDS: "workday:nvidia" is not KIND:COMPANY (e.g. workday:nvidia.wd5/NVIDIAExternalCareerSite)',
    );
    // A slash is a Workday site's own: other boards still take a plain slug.
    expect(settingsError({ JOBPILOT_COMPANY_BOARDS: 'lever:a/b' }).message).toBe(
      'Invalid configuration. JOBPILOT_COMPANY_BOARDS: "lever:a/b" is not KIND:COMPANY (e.g. greenhouse:stripe)',
    );
  });

  it('reads nothing but the object it is given', () => {
    process.env.JOBPILOT_JOB_SOURCES = 'monster';
    try {
      expect(parseSourceSettings({ JOBPILOT_JOB_SOURCES: 'remotive' })).toEqual([{ board: 'remotive' }]);
    } finally {
      delete process.env.JOBPILOT_JOB_SOURCES;
    }
  });
});

describe('createJobSources', () => {
  it('builds one adapter per setting, named and kinded', () => {
    const sources = createJobSources(
      parseSourceSettings({
        JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe,lever:netflix,ashby:linear',
        ADZUNA_APP_ID: 'id',
        ADZUNA_APP_KEY: 'key',
        JSEARCH_API_KEY: 'rapid',
        SERPAPI_API_KEY: 'serp',
      }),
    );
    expect(sources.map(({ name, label, kind, company }) => ({ name, label, kind, company }))).toEqual([
      { name: 'greenhouse:stripe', label: 'Greenhouse (stripe)', kind: 'company', company: 'stripe' },
      { name: 'lever:netflix', label: 'Lever (netflix)', kind: 'company', company: 'netflix' },
      { name: 'ashby:linear', label: 'Ashby (linear)', kind: 'company', company: 'linear' },
      { name: 'remotive', label: 'Remotive', kind: 'keyless', company: undefined },
      { name: 'arbeitnow', label: 'Arbeitnow', kind: 'keyless', company: undefined },
      { name: 'himalayas', label: 'Himalayas', kind: 'keyless', company: undefined },
      { name: 'remoteok', label: 'RemoteOK', kind: 'keyless', company: undefined },
      { name: 'themuse', label: 'The Muse', kind: 'keyless', company: undefined },
      { name: 'jobicy', label: 'Jobicy', kind: 'keyless', company: undefined },
      { name: 'hackernews', label: 'Hacker News (Who is hiring?)', kind: 'keyless', company: undefined },
      { name: 'adzuna', label: 'Adzuna', kind: 'keyed', company: undefined },
      { name: 'jsearch', label: 'JSearch', kind: 'keyed', company: undefined },
      { name: 'serpapi', label: 'SerpAPI', kind: 'keyed', company: undefined },
    ]);
  });
});
