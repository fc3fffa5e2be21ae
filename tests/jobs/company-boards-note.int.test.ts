import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { jobsRepository, POSTINGS_OWNER } from '../../src/db/repositories/jobs.ts';
import { createHttpClient } from '../../src/jobs/http-client.ts';
import { createJobSearch } from '../../src/jobs/job-search.ts';
import type { JobSource } from '../../src/jobs/job-source.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let pool: pg.Pool;
beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase() });
  await migrate(pool);
});
afterAll(async () => {
  await pool?.end();
});

/** A company board that records being asked and answers with one posting of its employer. */
const companyBoard = (account: string, employer: string, asked: string[]): JobSource => ({
  name: `smartrecruiters:${account}`,
  label: `SmartRecruiters (${account})`,
  kind: 'company',
  company: account,
  async search() {
    asked.push(account);
    const url = `https://jobs.smartrecruiters.com/${account}/1`;
    return [{ title: 'Design Engineer', company: employer, location: 'Stuttgart, Germany', remote: false, salary: null, employment_type: null, posted_at: null, url, source: 'smartrecruiters', source_url: url, tags: [], description: '' }];
  },
});

describe('a search naming a company when only company boards are enabled (trial-s39 #9)', () => {
  it("asks the board the person named by its employer's short name, and says plainly when none is that employer's", async () => {
    const asked: string[] = [];
    const search = createJobSearch({
      sources: [companyBoard('BoschGroup', 'Robert Bosch GmbH', asked), companyBoard('HaysTalentSolutions', 'Hays AG', asked)],
      http: createHttpClient(),
      jobs: jobsRepository(pool, POSTINGS_OWNER),
      timeoutMs: 1_000,
    });

    const bosch = await search({ text: 'design engineer', company: 'bosch', limit: 10 });
    expect(asked).toEqual(['BoschGroup']);
    expect(bosch.jobs.map((job) => job.company)).toEqual(['Robert Bosch GmbH']);
    expect(bosch.note).not.toContain('no job boards are enabled');

    // "Siemens" is no board's account, and could be an employer's own name for one: both are asked, neither lists it.
    const siemens = await search({ text: 'design engineer', company: 'Siemens', limit: 10 });
    expect(asked.sort()).toEqual(['BoschGroup', 'BoschGroup', 'HaysTalentSolutions']);
    expect(siemens.jobs).toEqual([]);
    expect(siemens.note).toContain("none of your job boards is Siemens's: your company boards are BoschGroup, HaysTalentSolutions");
  });
});
