import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/jobs/http-client.ts';
import type { JobSource, SourceKind } from '../../src/jobs/job-source.ts';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';
import {
  describeSourceErrors,
  searchSources,
  sourcesForQuery,
  type SourceFailure,
} from '../../src/jobs/search-sources.ts';
import { SourceError } from '../../src/jobs/source-error.ts';
import { withDetails } from '../../src/jobs/sources/read-details.ts';

const http = createHttpClient({ fetch: () => Promise.reject(new Error('no network in unit tests')) });

const posting = (title: string, source: string, overrides: Partial<NormalisedPosting> = {}): NormalisedPosting => ({
  title,
  company: 'Acme',
  location: null,
  remote: true,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://${source}.example/${encodeURIComponent(title)}`,
  source,
  source_url: `https://${source}.example/${encodeURIComponent(title)}`,
  tags: [],
  description: '',
  ...overrides,
});

function fakeSource(
  name: string,
  search: JobSource['search'],
  { kind = 'keyless', company }: { kind?: SourceKind; company?: string } = {},
): JobSource {
  const label = name.charAt(0).toUpperCase() + name.slice(1);
  return { name, label, kind, company, search };
}

const answers = (...titles: string[]) => fakeSource('answers', async () => titles.map((title) => posting(title, 'answers')));

describe('searchSources', () => {
  it('asks every source at once and merges what they answer', async () => {
    let secondStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      secondStarted = resolve;
    });
    // The first source only answers once the second has been asked: sequential asking would time out.
    const first = fakeSource('first', async () => {
      await started;
      return [posting('Backend Engineer', 'first'), posting('Designer', 'first')];
    });
    const second = fakeSource('second', async () => {
      secondStarted();
      return [posting('Backend Engineer (m/w/d)', 'second', { company: 'Acme GmbH' })];
    });

    const answer = await searchSources({ text: 'backend', limit: 10 }, { sources: [first, second], http, timeoutMs: 1_000 });

    expect(answer.errors).toEqual([]);
    expect(answer.answered).toEqual(['First', 'Second']);
    expect(answer.postings.map((job) => [job.title, job.sources.map((source) => source.name)])).toEqual([
      ['Backend Engineer', ['first', 'second']],
      ['Designer', ['first']],
    ]);
    expect(describeSourceErrors(answer)).toBe('2 results from 2 sources');
  });

  it('gives up on a source that ignores its signal, on time, and tells it to stop', async () => {
    let seen: AbortSignal | undefined;
    const stuck = fakeSource('stuck', (_query, { signal }) => {
      seen = signal;
      return new Promise(() => undefined);
    });
    const started = Date.now();

    const answer = await searchSources({ text: '', limit: 5 }, { sources: [stuck, answers('Engineer')], http, timeoutMs: 100 });

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(answer.errors).toEqual([
      { source: 'stuck', label: 'Stuck', code: 'TIMEOUT', message: 'Stuck did not answer within 0.1 s.' },
    ]);
    expect(answer.postings.map((job) => job.title)).toEqual(['Engineer']);
    expect(seen?.aborted).toBe(true);
    expect(describeSourceErrors(answer)).toBe('Stuck did not answer; 1 result from 1 source');
  });

  it('says which board was too slow to send every posting\'s text, and how many were kept as listed', async () => {
    const slow = fakeSource('slow', async (_query, context) => {
      const kept = ['Cell Engineer', 'Pack Engineer', 'BMS Engineer'].map((title) => posting(title, 'slow'));
      // A board whose details never come: the budget keeps the list's postings and says so.
      return withDetails(kept, context, (_posting, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))), 30);
    });

    const answer = await searchSources({ text: 'engineer', limit: 10 }, { sources: [slow, answers('Test Engineer')], http, timeoutMs: 1_000 });

    expect(answer.postings).toHaveLength(4);
    expect(answer.unread).toEqual([{ source: 'slow', label: 'Slow', count: 3 }]);
    expect(describeSourceErrors(answer)).toBe(
      '4 results from 2 sources; Slow was too slow to send the full text of 3 postings (listed as found, not scored; search again to read them)',
    );
  });

  it('keeps a source error as it is and wraps anything else', async () => {
    const refused = fakeSource('refused', async () => {
      throw new SourceError('HTTP_STATUS', 'Refused (refused.example/api) answered HTTP 403.', { status: 403 });
    });
    const buggy = fakeSource('buggy', async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'title')");
    });

    const answer = await searchSources({ text: '', limit: 5 }, { sources: [refused, buggy, answers()], http });

    expect(answer.errors).toEqual([
      { source: 'refused', label: 'Refused', code: 'HTTP_STATUS', message: 'Refused (refused.example/api) answered HTTP 403.' },
      {
        source: 'buggy',
        label: 'Buggy',
        code: 'INTERNAL',
        message: "Buggy failed: Cannot read properties of undefined (reading 'title')",
      },
    ]);
    expect(answer.answered).toEqual(['Answers']);
    expect(describeSourceErrors(answer)).toBe('Refused answered with an error; Buggy failed; 0 results from 1 source');
  });

  it('asks every company board on a search naming no company, and only the named one when a name is its account (trial-s46 #9)', async () => {
    const asked: string[] = [];
    const board = (name: string, company: string) =>
      fakeSource(
        name,
        async () => {
          asked.push(name);
          return [];
        },
        { kind: 'company', company },
      );
    const sources = [answers(), board('greenhouse:stripe', 'stripe'), board('lever:netflix', 'netflix')];

    // "backend jobs in Berlin": a person who configured two employers expects them asked too.
    await searchSources({ text: 'backend', location: 'Berlin', limit: 5 }, { sources, http });
    expect(asked.sort()).toEqual(['greenhouse:stripe', 'lever:netflix']);
    asked.length = 0;
    const answer = await searchSources({ text: 'backend', company: 'Stripe, Inc.', limit: 5 }, { sources, http });
    expect(asked).toEqual(['greenhouse:stripe']);
    expect(answer.answered).toEqual(['Answers', 'Greenhouse:stripe']);
    expect(sourcesForQuery(sources, { text: '', company: 'NETFLIX', limit: 5 }).map((source) => source.name)).toEqual([
      'answers',
      'lever:netflix',
    ]);
  });

  it('asks every company board when they are the only boards enabled and the query names no company', async () => {
    const board = (name: string, company: string) => fakeSource(name, async () => [], { kind: 'company', company });
    const companies = [board('workday:vdberglogistics.wd3/External', 'vdberglogistics'), board('recruitee:portlogix', 'portlogix')];
    expect(sourcesForQuery(companies, { text: 'planner', location: 'Rotterdam', limit: 5 }).map((source) => source.name)).toEqual([
      'workday:vdberglogistics.wd3/External',
      'recruitee:portlogix',
    ]);
    // Naming one still asks that one only.
    expect(sourcesForQuery(companies, { text: 'planner', company: 'PortLogix', limit: 5 }).map((source) => source.name)).toEqual(['recruitee:portlogix']);
    // With a general board enabled, the company boards are asked too.
    expect(sourcesForQuery([answers(), ...companies], { text: 'planner', limit: 5 }).map((source) => source.name)).toEqual([
      'answers',
      'workday:vdberglogistics.wd3/External',
      'recruitee:portlogix',
    ]);
  });

  it("asks every company board for an employer's own name that is no account, and each board of a list of employers (trial-s46 #9)", () => {
    const board = (name: string, company: string) => fakeSource(name, async () => [], { kind: 'company', company });
    const companies = [board('workday:kesselwerk.wd3/Karriere', 'kesselwerk'), board('smartrecruiters:OrbitaDrive', 'OrbitaDrive'), board('recruitee:lumacell', 'lumacell')];
    const named = (company: string) => sourcesForQuery([answers(), ...companies], { text: 'battery', company, limit: 5 }).map((source) => source.name);
    // "Kesselwerk Antriebe GmbH" is what the career site calls itself; its account is `kesselwerk`.
    expect(named('Kesselwerk Antriebe GmbH')).toEqual(['answers', 'workday:kesselwerk.wd3/Karriere', 'smartrecruiters:OrbitaDrive', 'recruitee:lumacell']);
    // The account written as people write the name: "Orbita Drive" is `OrbitaDrive`.
    expect(named('Orbita Drive')).toEqual(['answers', 'smartrecruiters:OrbitaDrive']);
    // A list of accounts asks each of them, and only them.
    expect(named('Orbita Drive, LumaCell or Kesselwerk')).toEqual(['answers', 'workday:kesselwerk.wd3/Karriere', 'smartrecruiters:OrbitaDrive', 'recruitee:lumacell']);
    expect(named('Orbita Drive oder LumaCell')).toEqual(['answers', 'smartrecruiters:OrbitaDrive', 'recruitee:lumacell']);
  });

  it('asks a general board once for each employer of a list, each narrowed to that employer', async () => {
    const companiesAsked: Array<string | undefined> = [];
    const muse = fakeSource('muse', async (query) => {
      companiesAsked.push(query.company);
      return query.company === 'Orbita Drive' ? [posting('Cell Engineer', 'muse', { company: 'Orbita Drive GmbH' })] : [];
    });
    const answer = await searchSources({ text: 'cell', company: 'Orbita Drive, LumaCell or Kesselwerk', limit: 5 }, { sources: [muse], http });
    expect(companiesAsked.sort()).toEqual(['Kesselwerk', 'LumaCell', 'Orbita Drive']);
    expect(answer.answered).toEqual(['Muse']);
    expect(answer.postings.map((job) => job.company)).toEqual(['Orbita Drive GmbH']);
  });

  it('finds a board by the name people call the employer: the first words of its account', () => {
    const board = (name: string, company: string) => fakeSource(name, async () => [], { kind: 'company', company });
    const companies = [
      board('smartrecruiters:BoschGroup', 'BoschGroup'),
      board('smartrecruiters:HaysTalentSolutions', 'HaysTalentSolutions'),
      board('workable:kraftwerk-robotics', 'kraftwerk-robotics'),
      board('greenhouse:metabase', 'metabase'),
      board('lever:van-der-berg', 'van-der-berg'),
    ];
    const named = (company: string) => sourcesForQuery([answers(), ...companies], { text: '', company, limit: 5 }).map((source) => source.name);
    expect(named('bosch')).toEqual(['answers', 'smartrecruiters:BoschGroup']);
    expect(named('Bosch Group')).toEqual(['answers', 'smartrecruiters:BoschGroup']);
    expect(named('HAYS')).toEqual(['answers', 'smartrecruiters:HaysTalentSolutions']);
    expect(named('Kraftwerk Robotics GmbH')).toEqual(['answers', 'workable:kraftwerk-robotics']);
    expect(named('Van der Berg')).toEqual(['answers', 'lever:van-der-berg']);
    // Whole words only: "Meta" is not Metabase's account, "Group" is no one's first word: a name that is
    // no account may be an employer's own name for its board, so every company board is asked.
    const every = ['answers', ...companies.map((source) => source.name)];
    expect(named('Meta')).toEqual(every);
    expect(named('Group')).toEqual(every);
  });

  it('fails as a whole only when the caller cancels it', async () => {
    const controller = new AbortController();
    const slow = fakeSource('slow', (_query, { signal }) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(new SourceError('CANCELLED', 'The search was cancelled.')))),
    );
    const pending = searchSources({ text: '', limit: 5 }, { sources: [slow], http, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(
      searchSources({ text: '', limit: 5 }, { sources: [answers()], http, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('describeSourceErrors', () => {
  const failure = (label: string, code: SourceFailure['code']): SourceFailure => ({
    source: label.toLowerCase(),
    label,
    code,
    message: `${label} broke`,
  });
  const postings = (count: number) => new Array(count).fill(null) as never[];

  it('summarises a clean search', () => {
    expect(describeSourceErrors({ postings: postings(14), errors: [], answered: ['A', 'B', 'C'] })).toBe(
      '14 results from 3 sources',
    );
    expect(describeSourceErrors({ postings: postings(1), errors: [], answered: ['A'] })).toBe('1 result from 1 source');
  });

  it('names the boards that failed, grouped by how', () => {
    expect(
      describeSourceErrors({
        postings: postings(14),
        errors: [
          failure('Himalayas', 'TIMEOUT'),
          failure('RemoteOK', 'NETWORK'),
          failure('Adzuna', 'HTTP_STATUS'),
          failure('Lever (netflix)', 'MALFORMED_RESPONSE'),
        ],
        answered: ['A', 'B', 'C'],
      }),
    ).toBe(
      'Himalayas and RemoteOK did not answer; Adzuna answered with an error; Lever (netflix) sent an unreadable answer; 14 results from 3 sources',
    );
  });

  it('says when no source answered, or none was asked', () => {
    expect(
      describeSourceErrors({ postings: [], errors: [failure('A', 'TIMEOUT'), failure('B', 'TIMEOUT'), failure('C', 'TIMEOUT')], answered: [] }),
    ).toBe('A, B and C did not answer; no source answered');
    expect(describeSourceErrors({ postings: [], errors: [], answered: [] })).toBe('no job board was searched');
  });
});
