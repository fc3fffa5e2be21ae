/**
 * Where loading the career-scale index goes (issue 18): the index's own upsert of generated
 * postings, with this process's CPU and Postgres's (postmaster, reaped and live backends, from
 * /proc) for each part, and `EXPLAIN (ANALYZE, BUFFERS)` of one chunk's statement.
 *
 * Run: npx tsx bench/career-scale/load-profile.ts --postings 10000
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { createJobpilot } from '../../src/jobpilot.ts';
import { postingPreparer } from '../../src/resume/match.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { clusterDirOf, postmasterPid } from '../../tests/helpers/postgres-processes.ts';
import { generatePostings } from './postings.ts';

const { values } = parseArgs({ options: { postings: { type: 'string', default: '10000' } } });
const count = Number(values.postings);
const work = await mkdtemp(join(tmpdir(), 'jobpilot-load-profile-'));
const dataDir = join(work, 'data');
const jobpilot = await createJobpilot({ config: loadConfig({ JOBPILOT_DATA_DIR: dataDir, JOBPILOT_PLANNER: 'rules', JOBPILOT_JOB_SOURCES: 'none' }) });

const cpuOf = (pid: number, reaped: boolean) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;
  } catch {
    return 0;
  }
};
const postgresCpu = () => {
  const postmaster = postmasterPid(clusterDirOf(dataDir)) ?? 0;
  let total = cpuOf(postmaster, true);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === postmaster) total += cpuOf(Number(name), false);
    } catch {
      // gone
    }
  }
  return total;
};
async function part<T>(name: string, task: () => Promise<T> | T): Promise<T> {
  const node = process.cpuUsage();
  const pg = postgresCpu();
  const started = performance.now();
  const result = await task();
  const used = process.cpuUsage(node);
  console.log(`${name}: wall ${Math.round(performance.now() - started)} ms, node CPU ${Math.round((used.user + used.system) / 1000)} ms, Postgres CPU ${Math.round(postgresCpu() - pg)} ms`);
  return result;
}

try {
  const pool = jobpilot.database.pool;
  const postings = await part('generate', () => generatePostings(count));
  const half = Math.floor(count / 2);
  await part(`upsert ${half} (the product's, one call)`, () => jobpilot.career.jobs.upsert(postings.slice(0, half)));
  const preparer = postingPreparer(loadSkillVocabulary());
  await part(`prepare ${half} forms (node alone)`, () => postings.slice(0, half).map((posting) => preparer.prepare(posting)).length);
  const sample = postings.slice(half, half + 500).map((p) => ({ id: p.id, title: p.title, company: p.company, tags: p.tags, description: p.description }));
  const json = JSON.stringify(sample);
  const expression = async (label: string, sql: string) => {
    await part(`  ${label} (500 rows)`, () => pool.query(sql, [json]));
  };
  const rows = `jsonb_to_recordset($1::jsonb) AS p(id text, title text, company text, tags text[], description text)`;
  await expression('jsonb_to_recordset only', `SELECT count(*) FROM ${rows}`);
  await expression('job_search_text(description)', `SELECT sum(length(job_search_text(left(description, 20000)))) FROM ${rows}`);
  await expression('to_tsvector(description) without job_search_text', `SELECT sum(length(to_tsvector('english', lower(description)))) FROM ${rows}`);
  await expression('to_tsvector(job_search_text(description))', `SELECT sum(length(to_tsvector('english', job_search_text(left(description, 20000))))) FROM ${rows}`);
  await expression('md5 digest', `SELECT count(md5(json_build_array(title, company, tags, description)::text)) FROM ${rows}`);
  await part('EXPLAIN of the rest as one upsert (rolled back)', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SET LOCAL track_io_timing = on");
      const rest = postings.slice(half);
      await jobpilot.career.jobs.upsert(rest.slice(0, 10)); // warm
      const { rows: plan } = await client.query(
        `EXPLAIN (ANALYZE, BUFFERS) INSERT INTO jobs (id, owner, title, company, location, remote, url, sources, tags, description)
           SELECT p.id, 'local', p.title, p.company, 'x', null, 'u', '[]'::jsonb, p.tags, p.description FROM ${rows}`,
        [JSON.stringify(rest.slice(100, 600).map((p) => ({ id: `${p.id}-explain`, title: p.title, company: p.company, tags: p.tags, description: p.description })))],
      );
      console.log(plan.map((row) => row['QUERY PLAN']).join('\n'));
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });
  await part(`upsert the other ${count - half} (the product's, one call)`, () => jobpilot.career.jobs.upsert(postings.slice(half)));
} finally {
  await jobpilot.close();
  await rm(work, { recursive: true, force: true });
}
