import { describe, expect, it } from 'vitest';
import { isRepost, postingIdentity, postingReference, referenceKey } from '../../src/jobs/posting-reference.ts';

describe('postingReference', () => {
  it('reads the ATS, the account and the posting id from each board\'s posting URL', () => {
    expect(postingReference('https://job-boards.greenhouse.io/stripe/jobs/5678901')).toEqual({ board: 'greenhouse', account: 'stripe', jobId: '5678901' });
    expect(postingReference('https://boards.greenhouse.io/airbnb/jobs/42?gh_src=x')).toEqual({ board: 'greenhouse', account: 'airbnb', jobId: '42' });
    expect(postingReference('https://jobs.lever.co/netflix/0b8ab4c1-58ad/apply')).toEqual({ board: 'lever', account: 'netflix', jobId: '0b8ab4c1-58ad' });
    expect(postingReference('https://jobs.ashbyhq.com/linear/9f1e')).toEqual({ board: 'ashby', account: 'linear', jobId: '9f1e' });
    expect(postingReference('https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Engineer_JR1')).toEqual({
      board: 'workday',
      account: 'nvidia.wd5/NVIDIAExternalCareerSite',
      jobId: '/job/US-CA-Santa-Clara/Engineer_JR1',
    });
    expect(postingReference('https://jobs.smartrecruiters.com/Visa/744000012345678-senior-backend-engineer')).toEqual({
      board: 'smartrecruiters',
      account: 'Visa',
      jobId: '744000012345678',
    });
    expect(postingReference('https://bunq.recruitee.com/o/senior-backend-engineer/c/new')).toEqual({
      board: 'recruitee',
      account: 'bunq',
      jobId: 'senior-backend-engineer',
    });
  });

  it('reads a Workable posting only with its account (the short /j/ link has none)', () => {
    expect(postingReference('https://apply.workable.com/acme/j/A1B2C3D4E5/')).toEqual({ board: 'workable', account: 'acme', jobId: 'A1B2C3D4E5' });
    expect(postingReference('https://apply.workable.com/j/A1B2C3D4E5')).toBeUndefined();
  });

  it('knows no posting in an employer page, a job board listing or a non-URL', () => {
    expect(postingReference('https://stripe.com/jobs/search?gh_jid=5678901')).toBeUndefined();
    expect(postingReference('https://remotive.com/remote-jobs/software-dev/x-1')).toBeUndefined();
    expect(postingReference('https://job-boards.greenhouse.io/stripe')).toBeUndefined();
    expect(postingReference('not a url')).toBeUndefined();
  });
});

describe('isRepost', () => {
  const description = 'Build payment APIs in Go. Postgres, Kafka.';
  const original = postingIdentity({
    title: 'Backend Engineer',
    company: 'Stripe',
    description,
    urls: ['https://job-boards.greenhouse.io/stripe/jobs/111'],
  });

  it('recognises the same ATS posting under another link, and the same text under a new id', () => {
    const sameId = postingIdentity({ title: 'Backend Engineer (Payments)', company: 'Stripe', description: 'Edited.', urls: ['https://boards.greenhouse.io/stripe/jobs/111'] });
    const sameText = postingIdentity({
      title: 'Backend Engineer',
      company: 'Stripe',
      description: 'Build payment APIs in Go.  Postgres,   Kafka',
      urls: ['https://job-boards.greenhouse.io/stripe/jobs/222'],
    });
    expect(sameId.referenceKey).toBe(referenceKey({ board: 'greenhouse', account: 'stripe', jobId: '111' }));
    expect(isRepost(sameId, [original])).toBe(true);
    expect(isRepost(sameText, [original])).toBe(true);
  });

  it('does not take another opening with the same title, or one without text, for a repost', () => {
    const other = postingIdentity({ title: 'Backend Engineer', company: 'Stripe', description: 'Ledger team, Java.', urls: ['https://job-boards.greenhouse.io/stripe/jobs/333'] });
    const textless = postingIdentity({ title: 'Backend Engineer', company: 'Stripe', description: '', urls: [] });
    expect(isRepost(other, [original])).toBe(false);
    expect(textless.fingerprint).toBeNull();
    expect(isRepost(textless, [postingIdentity({ title: 'Backend Engineer', company: 'Stripe', description: '', urls: [] })])).toBe(false);
  });
});
