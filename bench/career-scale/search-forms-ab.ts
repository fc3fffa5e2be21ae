/**
 * The search statement with each result's stored prepared form (`searchWithForms`) against the
 * plain one (`search`), alternating in one process on one embedded Postgres: what reading the
 * forms with the search costs the database (wall time; Postgres's CPU is another process's).
 *
 * Run: npx tsx bench/career-scale/search-forms-ab.ts --postings 5000 --rounds 60
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { createJobpilot } from '../../src/jobpilot.ts';
import { preparedFormVersion } from '../../src/resume/match.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { generatePostings } from './postings.ts';

const { values } = parseArgs({ options: { postings: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '60' } } });
const work = await mkdtemp(join(tmpdir(), 'jobpilot-search-forms-'));
// Traversable by others (as career-scale.bench.ts does): run as root, the embedded cluster then lives
// inside `work` and goes with it, not in /var/lib/jobpilot.
await chmod(work, 0o711);
const jobpilot = await createJobpilot({ config: loadConfig({ JOBPILOT_DATA_DIR: join(work, 'data'), JOBPILOT_PLANNER: 'rules', JOBPILOT_JOB_SOURCES: 'none' }) });
try {
  const jobs = jobpilot.career.jobs;
  let started = performance.now();
  await jobs.upsert(generatePostings(Number(values.postings)));
  console.log(`loaded ${values.postings} postings (each prepared) in ${Math.round(performance.now() - started)} ms`);
  await jobpilot.database.pool.query('VACUUM ANALYZE jobs');
  await jobpilot.database.pool.query('VACUUM ANALYZE job_preparations');
  const version = preparedFormVersion(loadSkillVocabulary());
  const queries = [{ text: 'engineer' }, { text: 'typescript' }, { text: 'backend engineer' }, { text: 'python', remote: true }];
  const plain: number[] = [];
  const withForms: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const query = { ...queries[round % queries.length], limit: 60 } as { text: string; limit: number };
    const runs = [
      async () => {
        started = performance.now();
        await jobs.search(query);
        plain.push(performance.now() - started);
      },
      async () => {
        started = performance.now();
        const { forms } = await jobs.searchWithForms(query, version);
        if ([...forms.values()].some((form) => form.prepared === null)) throw new Error('a form is missing');
        withForms.push(performance.now() - started);
      },
    ];
    if (round % 2 === 1) runs.reverse();
    for (const run of runs) await run();
  }
  const median = (list: number[]) => Math.round([...list].sort((a, b) => a - b)[list.length >> 1]! * 100) / 100;
  const { rows } = await jobpilot.database.pool.query<{ bytes: string }>(`SELECT pg_total_relation_size('job_preparations') AS bytes`);
  console.log(JSON.stringify({ rounds: plain.length, wallMsP50: { search: median(plain), searchWithForms: median(withForms) }, storedFormsMiB: Math.round((Number(rows[0]?.bytes) / 2 ** 20) * 10) / 10 }));
} finally {
  await jobpilot.close();
  await rm(work, { recursive: true, force: true });
}
