import { describe, expect, it } from 'vitest';
import { findTone } from '../../src/actions/phrasing/find-tone.ts';
import { findStatus } from '../../src/actions/phrasing/find-status.ts';
import { findKnownJob, knownJobs } from '../../src/actions/phrasing/known-jobs.ts';
import { positionOf } from '../../src/actions/phrasing/references.ts';
import { findJob } from '../../src/actions/phrasing/find-job.ts';
import type { PhrasingContext } from '../../src/actions/phrasing/phrasing.ts';

const listed: PhrasingContext = {
  references: { last_job_ids: 'job_a,job_b' },
  history: [
    { role: 'user', content: 'find data jobs' },
    { role: 'assistant', content: 'Found 2 jobs for "data" (live):\n1. Data Engineer — Globex · Lisbon [3f9a1c0b7d2e]\n2. Frontend Developer — Initech Labs · Remote [8c41d09e2b7a]' },
  ],
  allowedApps: [],
};

describe('statuses in any wording', () => {
  it.each([
    ['they turned me down', 'rejected'],
    ["sadly it's a no from them", 'rejected'],
    ['they are not moving forward with my application', 'rejected'],
    ['umbrella came back with an offer', 'offer'],
    ['heard back, interview on thursday', 'interviewing'],
    ['I made it to the next round', 'interviewing'],
    ['sent my cv to them this morning', 'applied'],
    ['I pulled out of the process', 'withdrawn'],
  ])('"%s" tells %s', (sentence, status) => {
    expect(findStatus(sentence)).toBe(status);
  });

  it('finds no status in a request about a job', () => {
    expect(findStatus('write me a cover letter for Globex')).toBeUndefined();
  });
});

describe('companies and titles the thread listed', () => {
  it('reads them from the job list jobpilot wrote, and from "Title at Company" lines', () => {
    expect(knownJobs(listed)).toEqual([
      { position: 1, title: 'Data Engineer', company: 'Globex', details: '· Lisbon [3f9a1c0b7d2e]' },
      { position: 2, title: 'Frontend Developer', company: 'Initech Labs', details: '· Remote [8c41d09e2b7a]' },
    ]);
    const spoken = { history: [{ role: 'assistant' as const, content: 'Found 2 jobs: 1. Backend Engineer at Stripe … 2. Platform Engineer at Hotjar …' }] };
    expect(knownJobs(spoken).map((job) => job.company)).toEqual(['Stripe', 'Hotjar']);
  });

  it('finds one named bare, in any case, as a whole word', () => {
    expect(findKnownJob('initech labs said no', listed)).toBe('Initech Labs');
    expect(findKnownJob('the frontend developer one', listed)).toBe('Frontend Developer');
    expect(findKnownJob('globexia is hiring', listed)).toBeUndefined();
  });

  it('lets a sentence reader find a listed company without a noun after it', () => {
    expect(findJob('could you draft a letter for Globex', listed)).toEqual({ job: 'Globex' });
  });
});

describe('ordinals anywhere', () => {
  it('reads positions counted in words', () => {
    expect(['number two', 'the number one', 'job three', 'no. 4'].map(positionOf)).toEqual([2, 1, 3, 4]);
  });

  it('takes the whole phrase of a position inside a sentence', () => {
    expect(findJob('I just applied to the second one', listed)).toEqual({ job: 'the second one' });
    expect(findJob('please pull up number two for me', listed)).toEqual({ job: 'number two' });
  });
});

describe('tones in any wording', () => {
  it.each([
    ['a punchy cover letter for Globex', 'confident'],
    ['keep it brief', 'concise'],
    ['something a bit warmer', 'warm'],
    ['a polished one please', 'professional'],
  ])('"%s" asks for %s', (sentence, tone) => {
    expect(findTone(sentence)).toBe(tone);
  });
});
