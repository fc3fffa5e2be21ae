import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { migrate, migrationsDir } from '../../src/db/migrate.ts';
import { documentsRepository } from '../../src/db/repositories/documents.ts';
import { foldAccents, jobSearchText } from '../../src/db/repositories/job-search-text.ts';
import { jobsRepository } from '../../src/db/repositories/jobs.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const posting = (id: string, fields: Partial<MergedPosting> = {}): MergedPosting => ({
  id,
  title: 'Software Engineer',
  company: 'Acme',
  location: 'Lisboa, Portugal',
  remote: false,
  salary: null,
  employment_type: 'full_time',
  posted_at: '2026-11-20T10:00:00.000Z',
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'greenhouse', url: `https://boards.example.com/${id}` }],
  tags: [],
  description: 'A job.',
  ...fields,
});

/** Every Latin letter with an accent (Latin-1 Supplement to Latin Extended-B) and the capital sharp s. */
const latinLetters = Array.from({ length: 0x24f - 0xc0 + 1 }, (_, index) => String.fromCodePoint(0xc0 + index))
  .concat('ẞ')
  .filter((letter) => /\p{L}/u.test(letter));

describe('accents in search', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: await createTestDatabase(), dataDir: await mkdtemp(join(tmpdir(), 'jobpilot-fold-')), embeddedPort: undefined });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('folds every accented letter in SQL exactly as the query side does, capitals and small letters', async () => {
    const samples = [...latinLetters, latinLetters.join(''), 'Segurança Alimentar — Certificação', 'Straße, Ærø, Œuvre, Þórr, Łódź, İzmir', 'C++ für Köln'];
    const { rows } = await database.pool.query<{ text: string }>('SELECT job_search_text(sample) AS text FROM unnest($1::text[]) WITH ORDINALITY AS s(sample, at) ORDER BY at', [samples]);
    expect(rows.map((row) => row.text)).toEqual(samples.map(jobSearchText));
    expect(foldAccents('Segurança Alimentar')).toBe('Seguranca Alimentar');
  });

  it('reads text with no letter to fold (ASCII, quotes, dashes, other scripts) as the query side does', async () => {
    // job_search_text passes such text on without translate() (migration 0026): the same answer, cheaper.
    const samples = [
      '',
      'Senior C++ Engineer — Node.js, .NET and C# for R&D; CI/CD with F#',
      'We\u2019re hiring \u2022 “Staff” engineers \u2013 React.js/Vue.js (remote) €120k',
      'Ingénieur C++ – “Köln” \u2022 Node.js',
      '東京のエンジニア (Go, Rust) — リモート',
      'ASCII only: python, go; kubernetes/terraform & aws',
      'Ÿ at the end of the range: ȳ, and past it: ɐ ω',
    ];
    const { rows } = await database.pool.query<{ text: string }>('SELECT job_search_text(sample) AS text FROM unnest($1::text[]) WITH ORDINALITY AS s(sample, at) ORDER BY at', [samples]);
    expect(rows.map((row) => row.text)).toEqual(samples.map(jobSearchText));
    const { rows: nulls } = await database.pool.query<{ text: string }>('SELECT job_search_text(NULL) AS text');
    expect(nulls[0]?.text).toBe('');
  });

  it('finds a posting and a document however the accents are typed', async () => {
    const jobs = jobsRepository(database.pool, 'fold-owner');
    await jobs.upsert([
      posting('auditor', { title: 'Auditor(a) de Segurança Alimentar', company: 'Certificação Lda', description: 'Auditorias de higiene e segurança alimentar.' }),
      posting('zurich', { title: 'Qualitätsmanager Lebensmittel', company: 'Müller AG', location: 'Zürich' }),
      posting('other', { title: 'Data Engineer' }),
    ]);
    const ids = async (text: string) => (await jobs.search({ text, limit: 10 })).map((job) => job.id);
    for (const query of ['segurança', 'seguranca', 'SEGURANÇA alimentar', 'segurança alimentar', 'certificação', 'certificacao']) expect(await ids(query), query).toEqual(['auditor']);
    expect(await ids('qualitatsmanager')).toEqual(['zurich']);
    expect(await ids('müller')).toEqual(['zurich']);

    const documents = documentsRepository(database.pool, 'fold-owner');
    await documents.add({ kind: 'cover_letter', title: 'Carta — Auditor(a) de Segurança Alimentar', content: 'Estimada equipa da Certificação Lda', jobId: null, resumeId: null, changes: [] });
    expect((await documents.list({ query: 'seguranca' })).map((document) => document.title)).toEqual(['Carta — Auditor(a) de Segurança Alimentar']);
  });

  it('re-reads the rows an earlier version indexed when the database is upgraded', async () => {
    // A database at migration 16 (before folding), with an accented posting and document already in it.
    // (Written in that version's own columns, as it wrote them.)
    const before = await mkdtemp(join(tmpdir(), 'jobpilot-migrations-16-'));
    for (const file of (await readdir(migrationsDir)).filter((name) => /^\d{4}_.*\.sql$/.test(name) && Number(name.slice(0, 4)) <= 16)) {
      await copyFile(join(migrationsDir, file), join(before, file));
    }
    const pool = new pg.Pool({ connectionString: await createTestDatabase() });
    try {
      expect(await migrate(pool, { directory: before })).toHaveLength(16);
      await pool.query(
        `INSERT INTO jobs (id, title, company, url) VALUES ('old', 'Técnico de Segurança Alimentar', 'Acme', 'https://jobs.example.com/old'),
           ('plain', 'Food Safety Auditor', 'Acme', 'https://jobs.example.com/plain')`,
      );
      await pool.query(`INSERT INTO documents (id, owner, kind, title, content) VALUES ('doc_old', 'default', 'interview_prep', 'Preparação — Técnico', 'Segurança')`);
      expect(await migrate(pool)).toContain(17);
      expect((await jobsRepository(pool, 'local').search({ text: 'seguranca', limit: 10 })).map((job) => job.id)).toEqual(['old']);
      expect((await jobsRepository(pool, 'local').search({ text: 'food safety', limit: 10 })).map((job) => job.id)).toEqual(['plain']);
      expect((await documentsRepository(pool).list({ query: 'preparacao' })).map((document) => document.title)).toEqual(['Preparação — Técnico']);
    } finally {
      await pool.end();
    }
  });

  it('finds a job title written in another language: "data analyst" finds "Analista de Datos", "internship" a "Praktikum"', async () => {
    const jobs = jobsRepository(database.pool, 'titles-owner');
    await jobs.upsert([
      posting('es-analyst', { title: 'Analista de Datos', company: 'Mercadona', location: 'Valencia, España', description: 'Análisis de ventas con SQL y Power BI.' }),
      posting('fr-analyst', { title: 'Analyste de données', company: 'Decathlon', location: 'Lille, France', description: 'Tableaux de bord et SQL.' }),
      posting('en-analyst', { title: 'Data Analyst', company: 'Ocado', location: 'London', description: 'SQL and Python.' }),
      posting('de-intern', { title: 'Praktikum Marketing', company: 'Otto', location: 'Hamburg', description: 'Sechs Monate im Marketing.' }),
      posting('en-engineer', { title: 'Data Engineer', company: 'Zalando', location: 'Berlin', description: 'Spark pipelines.' }),
      posting('es-scientist', { title: 'Científico de Datos', company: 'BBVA', location: 'Madrid', description: 'Modelos de riesgo.' }),
    ]);
    const ids = async (text: string, sort?: 'recent') => (await jobs.search({ text, limit: 10, ...(sort ? { sort } : {}) })).map((job) => job.id).sort();
    expect(await ids('data analyst')).toEqual(['en-analyst', 'es-analyst', 'fr-analyst']);
    expect(await ids('data analyst', 'recent')).toEqual(['en-analyst', 'es-analyst', 'fr-analyst']);
    // Both ways: a title typed in Spanish finds the English and the French posting too.
    expect(await ids('analista de datos')).toEqual(['en-analyst', 'es-analyst', 'fr-analyst']);
    expect(await ids('marketing internship')).toEqual(['de-intern']);
    // Each title finds its own: "data scientist" finds "Científico de Datos", not the analysts or the engineer.
    expect(await ids('data scientist')).toEqual(['es-scientist']);
    expect(await ids('data engineer')).toEqual(['en-engineer']);
  });

  it('finds a trade named in the posting’s language by its English name, and words joined by a slash (trial s50 #11 #17)', async () => {
    const jobs = jobsRepository(database.pool, 'trades-owner');
    await jobs.upsert([
      posting('de-welder', { title: 'Schweißer (m/w/d) MAG – Stahlbau', company: 'Elbstahl GmbH', location: 'Hamburg', description: 'Schweißen von Trägern nach DIN EN 1090.' }),
      posting('nl-welder', { title: 'Lasser TIG/MIG', company: 'Scheldewerf', location: 'Vlissingen', description: 'Lassen van scheepsdelen.' }),
      posting('no-welder', { title: 'Sveiser', company: 'Vestverft AS', location: 'Bergen', description: 'Sveising på skrog.' }),
      posting('en-welder', { title: 'Pipe Welder', company: 'Moray Fabrication', location: 'Aberdeen', description: 'Carbon steel pipe.' }),
      posting('de-electrician', { title: 'Elektriker (m/w/d)', company: 'Hafenwerk', location: 'Hamburg', description: 'Wartung von Anlagen.' }),
      posting('qa', { title: 'QA/QC Documentation Specialist (Welding)', company: 'Weldocs', location: 'Remote', remote: true, description: 'Weld maps and WPS files.' }),
      posting('qa-spaced', { title: 'QA / QC Coordinator', company: 'Bayline', location: 'Rotterdam', description: 'Inspection plans.' }),
      posting('hse', { title: 'HSE/QHSE Advisor', company: 'Northyard', location: 'Stavanger', description: 'Safety audits.' }),
    ]);
    const ids = async (text: string, sort?: 'recent') => (await jobs.search({ text, limit: 10, ...(sort ? { sort } : {}) })).map((job) => job.id).sort();
    expect(await ids('welder')).toEqual(['de-welder', 'en-welder', 'nl-welder', 'no-welder']);
    expect(await ids('welder', 'recent')).toEqual(['de-welder', 'en-welder', 'nl-welder', 'no-welder']);
    expect(await ids('welder', 'recent')).not.toContain('de-electrician');
    expect(await ids('electrician')).toEqual(['de-electrician']);
    expect(await ids('schweisser (m/w/d)')).toEqual(['de-welder', 'en-welder', 'nl-welder', 'no-welder']);
    expect(await ids('qa/qc')).toEqual(['qa', 'qa-spaced']);
    expect(await ids('QA/QC documentation')).toEqual(['qa']);
    expect(await ids('hse/qhse')).toEqual(['hse']);
    expect(await ids('tig/mig')).toEqual(['nl-welder']);
  });

  it('finds the one who does the work by its field\'s word in the index: "teaching" finds a Teacher, "nursing" a Nurse (trial s48 #14)', async () => {
    const jobs = jobsRepository(database.pool, 'worker-forms-owner');
    await jobs.upsert([
      posting('teacher', { title: 'Primary Teacher (Year 4)', company: 'Hillcrest School', location: 'Wellington', description: 'Year 4 class.' }),
      posting('nurse', { title: 'Registered Nurse - Theatres', company: 'Southbank Private', location: 'Carlton, VIC', description: 'Perioperative care.' }),
      posting('translator', { title: 'Legal Translator (PT-EN)', company: 'Lexa', location: 'Porto', description: 'Contracts.' }),
      posting('driver', { title: 'Bus Driver', company: 'Metro Lines', location: 'Leeds', description: 'Routes across Leeds.' }),
    ]);
    const ids = async (text: string) => (await jobs.search({ text, limit: 10 })).map((job) => job.id).sort();
    expect(await ids('teaching')).toEqual(['teacher']);
    expect(await ids('nursing')).toEqual(['nurse']);
    expect(await ids('translating')).toEqual(['translator']);
    expect(await ids('driving')).toEqual(['driver']);
    expect(await ids('teacher')).toEqual(['teacher']);
  });
});
