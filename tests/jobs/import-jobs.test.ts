import { describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/jobs/dedupe-key.ts';
import {
  describeImportProblems,
  importJobsFromCsv,
  importJobsFromJson,
  maxImportRows,
} from '../../src/jobs/import-jobs.ts';

const acme = { title: 'Backend Engineer', company: 'Acme', url: 'https://acme.example/jobs/1' };

describe('importJobsFromJson', () => {
  it('turns good rows into merged postings with stable ids and the import source', () => {
    const { postings, problems, rows } = importJobsFromJson([
      {
        ...acme,
        location: 'Berlin, Germany',
        remote: false,
        salary_min: 70000,
        salary_max: '90,000',
        salary_currency: 'eur',
        salary_period: 'yearly',
        employment_type: 'Full-time',
        posted_at: '2024-05-02T10:39:19Z',
        tags: ['go', 'postgres', 'go'],
        description: 'Plain text.\r\n\r\n\r\nSecond paragraph.',
      },
      { title: 'Data Engineer', company: 'Doist', url: 'https://doist.example/2', location: 'Remote (EU)' },
    ]);
    expect(problems).toEqual([]);
    expect(rows).toBe(2);
    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      id: jobIdFor({ title: 'Backend Engineer', company: 'Acme', location: 'Berlin, Germany', remote: false }),
      title: 'Backend Engineer',
      company: 'Acme',
      location: 'Berlin, Germany',
      remote: false,
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
      employment_type: 'full_time',
      work_pattern: null,
      closes_on: null,
      posted_at: '2024-05-02T10:39:19.000Z',
      url: 'https://acme.example/jobs/1',
      sources: [{ name: 'import', url: 'https://acme.example/jobs/1' }],
      tags: ['go', 'postgres'],
      description: 'Plain text.\n\nSecond paragraph.',
    });
    // remote is inferred from the location when not stated; absent fields are null or empty
    expect(postings[1]).toMatchObject({
      remote: true,
      salary: null,
      employment_type: null,
      posted_at: null,
      tags: [],
      description: '',
    });
    expect(postings[0]?.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reads free-text salaries, and salary objects as the API returns them', () => {
    const { postings, problems } = importJobsFromJson([
      { ...acme, salary: '$120k – $150k' },
      { ...acme, title: 'Two', salary: 'USD 50/hour' },
      { ...acme, title: 'Three', salary: 'Competitive' },
      { ...acme, title: 'Four', salary: { min: 60000, max: null, currency: 'GBP', period: 'year' } },
      { ...acme, title: 'Five', salary: 'up to £55k', salary_period: 'month' },
    ]);
    expect(problems).toEqual([]);
    expect(postings.map((posting) => posting.salary)).toEqual([
      { min: 120000, max: 150000, currency: 'USD', period: 'year' },
      { min: 50, max: 50, currency: 'USD', period: 'hour' },
      null,
      { min: 60000, max: null, currency: 'GBP', period: 'year' },
      { min: null, max: 55000, currency: 'GBP', period: 'month' },
    ]);
  });

  it('converts HTML descriptions to plain text', () => {
    const { postings } = importJobsFromJson([
      {
        ...acme,
        description:
          '<p>Join us &amp; build.</p><h2>What you&#39;ll do</h2><ul><li>APIs</li><li>Queues</li></ul><script>x</script>',
      },
    ]);
    expect(postings[0]?.description).toContain('Join us & build.');
    expect(postings[0]?.description).toContain("What you'll do");
    expect(postings[0]?.description).toContain('• APIs');
    expect(postings[0]?.description).not.toContain('<');
  });

  it('reports every bad field of every bad row, and returns no postings', () => {
    const { postings, problems } = importJobsFromJson([
      acme,
      { title: '', company: 'Acme', url: 'ftp://acme.example/file' },
      'not an object',
      { ...acme, remote: 'sometimes', salary_min: 'lots', posted_at: 'someday', employment_type: 'gig' },
      { ...acme, salary_currency: 'dollars', salary_period: 'fortnight', tags: 7 },
    ]);
    expect(postings).toEqual([]);
    expect(problems).toEqual([
      { row: 2, field: 'title', message: 'required' },
      { row: 2, field: 'url', message: 'expected an http(s) URL' },
      { row: 3, message: 'expected an object with title, company and url' },
      { row: 4, field: 'remote', message: 'expected true or false (or yes/no), got "sometimes"' },
      { row: 4, field: 'salary_min', message: 'expected a non-negative number, got "lots"' },
      {
        row: 4,
        field: 'employment_type',
        message: 'expected full-time/part-time/contract/internship/temporary, got "gig"',
      },
      { row: 4, field: 'posted_at', message: 'expected a date such as 2024-05-02 (not in the future), got "someday"' },
      { row: 5, field: 'salary_currency', message: 'expected a 3-letter currency code such as USD' },
      { row: 5, field: 'salary_period', message: 'expected hour/day/week/month/year, got "fortnight"' },
      { row: 5, field: 'tags', message: 'expected a list of tags' },
    ]);
  });

  it('refuses a body that is not an array, an empty array and an oversized one', () => {
    expect(importJobsFromJson({ postings: [acme] }).problems[0]?.message).toMatch(/expected a JSON array/);
    expect(importJobsFromJson('title,company,url').problems[0]?.message).toMatch(/expected a JSON array/);
    expect(importJobsFromJson([]).problems).toEqual([{ row: null, message: 'there are no postings to import' }]);
    const many = Array.from({ length: maxImportRows + 1 }, (_, index) => ({ ...acme, title: `Job ${index}` }));
    const { problems, postings } = importJobsFromJson(many);
    expect(postings).toEqual([]);
    expect(problems[0]?.message).toMatch(/more than 10,000 postings at once/);
  });

  it('imports a search answer (`jobs search --json`) as its jobs, ids and sources ignored', () => {
    const exported = {
      jobs: [
        {
          id: 'ffffffffffff',
          title: 'Senior Backend Engineer (m/w/d)',
          company: 'Stripe, Inc.',
          location: 'USA',
          remote: true,
          salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
          employment_type: 'full_time',
          posted_at: '2024-05-02T10:39:19.000Z',
          url: 'https://remotive.com/remote-jobs/1912345',
          sources: [{ name: 'remotive', url: 'https://remotive.com/remote-jobs/1912345' }],
          tags: ['ruby'],
        },
      ],
      errors: [],
      note: '1 result from 1 source.',
      offline: null,
    };
    const { postings, problems } = importJobsFromJson(exported);
    expect(problems).toEqual([]);
    expect(postings[0]).toMatchObject({
      id: jobIdFor({ title: 'Senior Backend Engineer (m/w/d)', company: 'Stripe, Inc.', location: 'USA', remote: true }),
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-05-02T10:39:19.000Z',
      sources: [{ name: 'import', url: 'https://remotive.com/remote-jobs/1912345' }],
    });
  });

  it('merges rows describing the same opening into one job', () => {
    const { postings } = importJobsFromJson([
      { ...acme, tags: ['go'] },
      { ...acme, title: 'backend engineer (m/w/d)', url: 'https://elsewhere.example/7', tags: ['rust'] },
    ]);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.sources).toEqual([
      { name: 'import', url: 'https://acme.example/jobs/1' },
      { name: 'import', url: 'https://elsewhere.example/7' },
    ]);
    expect(postings[0]?.tags).toEqual(['go', 'rust']);
  });
});

describe('importJobsFromCsv', () => {
  it('reads a header row, quoted cells with commas, quotes and line breaks, and tag lists', () => {
    const csv = [
      'Title,Company,URL,Location,Salary,Tags,Description,Remote,Posted At,Employment-Type',
      '"Senior Engineer, Payments",Stripe,https://stripe.example/1,"Berlin, Germany","€60,000-80,000 per year","go; ruby, payments","<p>Build <b>APIs</b></p><ul><li>Go</li></ul>",no,2024-05-02,Full-time',
      'Backend Dev,Doist,https://doist.example/2,,competitive,,"He said ""hi""',
      'on two lines",yes,,',
      '',
    ].join('\n');
    const { postings, problems, rows } = importJobsFromCsv(csv);
    expect(problems).toEqual([]);
    expect(rows).toBe(2);
    expect(postings[0]).toMatchObject({
      title: 'Senior Engineer, Payments',
      company: 'Stripe',
      location: 'Berlin, Germany',
      remote: false,
      salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-05-02T00:00:00.000Z',
      tags: ['go', 'ruby', 'payments'],
      description: 'Build APIs\n\n• Go',
      sources: [{ name: 'import', url: 'https://stripe.example/1' }],
    });
    expect(postings[1]).toMatchObject({
      title: 'Backend Dev',
      location: null,
      remote: true,
      salary: null,
      description: 'He said "hi"\non two lines',
    });
  });

  it('accepts semicolon-delimited files and a byte-order mark', () => {
    const csv = '\uFEFFtitle;company;url;salary\r\nData Engineer;Acme GmbH;https://acme.example/3;"45.000 € pro Jahr"\r\n';
    const { postings, problems } = importJobsFromCsv(csv);
    expect(problems).toEqual([]);
    expect(postings[0]).toMatchObject({ title: 'Data Engineer', company: 'Acme GmbH' });
    expect(postings[0]?.salary).toMatchObject({ min: 45000, currency: 'EUR' });
    const tabs = importJobsFromCsv('title\tcompany\turl\tlocation\nQA Lead\tAcme, Inc.\thttps://acme.example/4\tParis, France\n');
    expect(tabs.postings[0]).toMatchObject({ company: 'Acme, Inc.', location: 'Paris, France' });
  });

  it('names bad rows with the line they start on, counting multi-line cells and blank lines', () => {
    const csv = [
      'title,company,url,description',
      'Good,Acme,https://acme.example/1,"two',
      'lines"',
      '',
      'No url,Acme,,',
      'Too,many,https://acme.example/2,cells,here',
    ].join('\n');
    const { postings, problems } = importJobsFromCsv(csv);
    expect(postings).toEqual([]);
    expect(problems).toEqual([
      { row: 2, line: 5, field: 'url', message: 'required' },
      {
        row: 3,
        line: 6,
        message: 'has 5 cells but the header has 4 (a comma inside a cell needs "quotes")',
      },
    ]);
  });

  it('explains a header without the required columns, an empty file and broken quoting', () => {
    expect(importJobsFromCsv('name,employer\nx,y\n').problems).toEqual([
      { row: null, line: 1, message: 'the header row has no title, company, url column (it has: name, employer)' },
    ]);
    expect(importJobsFromCsv('').problems).toEqual([{ row: null, message: 'the CSV is empty' }]);
    expect(importJobsFromCsv('\n\ntitle;company;url;Title\nx;y;https://y.example;z\n').problems).toEqual([
      { row: null, line: 3, message: 'the header row names title twice' },
    ]);
    expect(importJobsFromCsv('title,company,url\n').problems).toEqual([
      { row: null, message: 'there are no postings to import' },
    ]);
    const broken = importJobsFromCsv('title,company,url\n"unterminated,Acme,https://a.example/1\n');
    expect(broken.problems[0]?.message).toMatch(/^not readable as CSV: /);
  });
});

describe('describeImportProblems', () => {
  it('groups problems by row and caps the list', () => {
    const { problems } = importJobsFromCsv('title,company,url\n,,\nok,Acme,nope\n');
    expect(describeImportProblems(problems)).toBe(
      'row 1 (line 2): title: required, company: required, url: required; row 2 (line 3): url: expected an http(s) URL',
    );
    expect(describeImportProblems(problems, 1)).toBe(
      'row 1 (line 2): title: required, company: required, url: required; and 1 more row',
    );
  });
});
