import { describe, expect, it } from 'vitest';
import type { NormalisedPosting } from '../../../src/protocol/posting.ts';
import { withDetails } from '../../../src/jobs/sources/read-details.ts';

const listed = (title: string): NormalisedPosting => ({
  title,
  company: 'Kestrelwerk',
  location: 'Ulm',
  remote: false,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://careers.example/${encodeURIComponent(title)}`,
  source: 'workday',
  source_url: `https://careers.example/${encodeURIComponent(title)}`,
  tags: [],
  description: '',
});

/** A detail read that answers at once for the first `quick` postings and waits on its signal for the rest. */
const readSome = (quick: number) => {
  let calls = 0;
  return (posting: NormalisedPosting, signal: AbortSignal) => {
    calls += 1;
    if (calls <= quick) return Promise.resolve({ ...posting, description: `${posting.title}: the full text` });
    return new Promise<NormalisedPosting>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
  };
};

describe('withDetails', () => {
  it("keeps what the budget did not reach as listed, so a slow board's details never cost its whole answer", async () => {
    const kept = ['Thermal Engineer', 'Cell Engineer', 'Pack Engineer', 'BMS Engineer', 'Test Engineer', 'HV Engineer'].map(listed);
    const told: number[] = [];
    const postings = await withDetails(kept, { signal: new AbortController().signal, onDetailsCut: (unread) => told.push(unread) }, readSome(2), 50);

    expect(postings.map((posting) => posting.title)).toEqual(kept.map((posting) => posting.title));
    expect(postings.filter((posting) => posting.description !== '')).toHaveLength(2);
    // The four the budget cut are said, once, so the search can tell the person.
    expect(told).toEqual([4]);
  });

  it('says nothing was cut when a detail is refused rather than late', async () => {
    const told: number[] = [];
    const refused = (posting: NormalisedPosting) => (posting.title === 'Cell Engineer' ? Promise.reject(new Error('404')) : Promise.resolve({ ...posting, description: 'text' }));
    const postings = await withDetails(['Thermal Engineer', 'Cell Engineer'].map(listed), { onDetailsCut: (unread) => told.push(unread) }, refused, 5_000);

    expect(postings.map((posting) => posting.description)).toEqual(['text', '']);
    expect(told).toEqual([]);
  });

  it('stops when the search itself is cancelled', async () => {
    const search = new AbortController();
    const reading = withDetails([listed('Thermal Engineer')], { signal: search.signal }, readSome(0), 10_000);
    search.abort(new Error('cancelled'));
    await expect(reading).rejects.toThrow('cancelled');
  });
});
