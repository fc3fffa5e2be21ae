import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHiringComment } from '../../src/jobs/hiring-comment.ts';
import { score } from '../../evals/hn-hiring/run.ts';

describe('parseHiringComment', () => {
  it('reads the "Company | Role | Location | REMOTE" convention out of HN comment HTML', () => {
    const html =
      'Acme (YC W21) | Senior Backend Engineer | Boston, MA or Remote (US) | $150k-$190k | VISA<p>We&#x27;re hiring. ' +
      'Apply: <a href="https:&#x2F;&#x2F;acme.example&#x2F;jobs" rel="nofollow">https:&#x2F;&#x2F;acme.example&#x2F;jobs</a>';
    expect(parseHiringComment(html)).toEqual({
      company: 'Acme',
      title: 'Senior Backend Engineer',
      location: 'Boston, MA',
      remote: true,
      link: 'https://acme.example/jobs',
      text: "Acme (YC W21) | Senior Backend Engineer | Boston, MA or Remote (US) | $150k-$190k | VISA\n\nWe're hiring. Apply: https://acme.example/jobs",
    });
  });

  it('reads dashes when there are no pipes, and "Hybrid" as not remote', () => {
    expect(parseHiringComment('Globex - Senior SRE - London, UK - Hybrid<p>On call.')).toMatchObject({
      company: 'Globex',
      title: 'Senior SRE',
      location: 'London, UK',
      remote: false,
    });
  });

  it('is null for a comment with no fields to read', () => {
    expect(parseHiringComment('Please keep replies on topic.<p>Thanks.')).toBeNull();
    expect(parseHiringComment('')).toBeNull();
  });

  it('reads the tuning corpus (every field of every comment right)', () => {
    const cases = readFileSync(new URL('../../evals/hn-hiring/tune.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Parameters<typeof score>[0][number]);
    const result = score(cases);
    expect(result.misses).toEqual([]);
    expect(result.cases).toBe(50);
  });
});

describe('parseHiringComment on the shapes the convention bends into', () => {
  it('reads fields that name themselves, and "X is hiring …" prose', () => {
    expect(parseHiringComment('Company: Riverbend | Role: Platform Engineer | Location: Denver, CO | Remote: no<p>x')).toMatchObject({
      company: 'Riverbend',
      title: 'Platform Engineer',
      location: 'Denver, CO',
      remote: false,
    });
    expect(parseHiringComment('Thornbury is hiring a Staff Backend Engineer in Toronto (remote within Canada).<p>x')).toMatchObject({
      company: 'Thornbury',
      title: 'Staff Backend Engineer',
      location: 'Toronto',
      remote: true,
    });
  });
});
