import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';
import { SourceError } from '../../src/jobs/source-error.ts';
import { boardUrl, companyNameFromSlug, postingsFrom } from '../../src/jobs/sources/board-response.ts';

const item = z.object({ title: z.string(), link: z.string(), tags: z.array(z.string()).optional() });
const toPosting = (job: z.infer<typeof item>): NormalisedPosting => ({
  title: job.title,
  company: '  Acme  ',
  location: '   ',
  remote: null,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: job.link,
  source: 'test',
  source_url: job.link,
  tags: job.tags ?? [],
  description: '',
});

describe('postingsFrom', () => {
  it('skips items that do not fit or link nowhere safe, and tidies the rest', () => {
    const postings = postingsFrom(
      'Test',
      [
        { title: '  Engineer ', link: 'https://acme.example/1', tags: ['Go', 'go', 'x'.repeat(100)] },
        { title: 'Clickjacker', link: 'javascript:alert(1)' },
        { title: '   ', link: 'https://acme.example/blank' },
        { name: 'not a posting' },
        { title: 'T'.repeat(500), link: 'https://acme.example/2' },
      ],
      item,
      toPosting,
    );
    expect(postings).toHaveLength(2);
    expect(postings[0]).toMatchObject({ title: 'Engineer', company: 'Acme', location: null });
    expect(postings[0]?.tags).toEqual(['Go', `${'x'.repeat(59)}…`]);
    expect(postings[1]?.title).toHaveLength(200);
  });

  it('calls an answer malformed when no item is usable, and an empty one fine', () => {
    expect(() => postingsFrom('Test', [{ title: 'x', link: 'ftp://acme.example' }], item, toPosting)).toThrow(
      new SourceError('MALFORMED_RESPONSE', 'Test answered 1 posting, none usable (url: Invalid URL; source_url: Invalid URL).'),
    );
    expect(postingsFrom('Test', [], item, toPosting)).toEqual([]);
  });
});

describe('boardUrl', () => {
  it('appends the board path to the origin, keeping a proxy prefix, and skips empty parameters', () => {
    expect(boardUrl('http://127.0.0.1:9001', '/api/remote-jobs', { search: 'c++ dev', limit: 5, company_name: undefined })).toBe(
      'http://127.0.0.1:9001/api/remote-jobs?search=c%2B%2B+dev&limit=5',
    );
    expect(boardUrl('https://proxy.example/remotive/', '/api/remote-jobs', { search: '' })).toBe(
      'https://proxy.example/remotive/api/remote-jobs',
    );
  });
});

describe('companyNameFromSlug', () => {
  it('turns a board slug into a name', () => {
    expect(companyNameFromSlug('stripe')).toBe('Stripe');
    expect(companyNameFromSlug('acme-labs')).toBe('Acme Labs');
  });
});
