import { describe, expect, it } from 'vitest';
import { jobSeniorityLevels } from '../../src/protocol/api.ts';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';
import { seniorityLevels } from '../../src/resume/match/seniority.ts';
import { meetsSalaryFloor, meetsSeniority, yearlyTop } from '../../src/jobs/posting-constraints.ts';
import { locationMatches, placeNames } from '../../src/jobs/regions.ts';
import { selectPostings } from '../../src/jobs/select-postings.ts';
import { seniorityIn, withoutSeniorityWords } from '../../src/jobs/seniority-words.ts';

const salary = (min: number | null, max: number | null, period: string | null = 'year') => ({ min, max, currency: 'EUR', period });

describe('the pay floor', () => {
  it('compares the stated maximum, or the minimum when that is all there is, over a year', () => {
    expect(meetsSalaryFloor(salary(90_000, 120_000), 100_000)).toBe('yes');
    expect(meetsSalaryFloor(salary(60_000, 85_000), 100_000)).toBe('no');
    expect(meetsSalaryFloor(salary(110_000, null), 100_000)).toBe('yes');
    expect(meetsSalaryFloor(salary(null, 99_999), 100_000)).toBe('no');
    expect(meetsSalaryFloor(salary(100_000, 100_000), 100_000)).toBe('yes');
  });

  it('counts hourly, daily, weekly and monthly pay over a working year; no period reads as a year', () => {
    expect(yearlyTop(salary(50, 60, 'hour'))).toBe(60 * 2080);
    expect(yearlyTop(salary(400, 500, 'day'))).toBe(500 * 260);
    expect(yearlyTop(salary(null, 2_000, 'week'))).toBe(2_000 * 52);
    expect(yearlyTop(salary(7_000, 9_000, 'month'))).toBe(108_000);
    expect(yearlyTop(salary(90_000, null, null))).toBe(90_000);
    expect(meetsSalaryFloor(salary(45, 55, 'hour'), 100_000)).toBe('yes');
    expect(meetsSalaryFloor(salary(6_000, 8_000, 'month'), 100_000)).toBe('no');
  });

  it('cannot tell without a stated amount', () => {
    expect(meetsSalaryFloor(null, 50_000)).toBe('unknown');
    expect(meetsSalaryFloor(salary(null, null), 50_000)).toBe('unknown');
  });
});

describe('the level', () => {
  it('is read from the title, the way the match score reads it', () => {
    expect(jobSeniorityLevels).toEqual(seniorityLevels);
    expect(meetsSeniority({ title: 'Sr. Data Engineer', tags: [] }, 'senior')).toBe('yes');
    expect(meetsSeniority({ title: 'Senior Product Designer', tags: [] }, 'junior')).toBe('no');
    expect(meetsSeniority({ title: 'Staff Engineer', tags: [] }, 'lead')).toBe('yes');
    expect(meetsSeniority({ title: 'Graduate Accountant', tags: [] }, 'junior')).toBe('yes');
    expect(meetsSeniority({ title: 'Software Engineer II', tags: [] }, 'mid')).toBe('yes');
    expect(meetsSeniority({ title: 'Registered Nurse', tags: [] }, 'senior')).toBe('unknown');
  });

  it('is named in a search by the words people use, which then need not occur', () => {
    expect(seniorityIn('senior golang')).toBe('senior');
    expect(seniorityIn('entry-level marketing')).toBe('junior');
    expect(seniorityIn('entry level marketing')).toBe('junior');
    expect(seniorityIn('new grad software')).toBe('junior');
    expect(seniorityIn('staff engineer')).toBe('lead');
    expect(seniorityIn('principal architect')).toBe('principal');
    expect(seniorityIn('mid-level python')).toBe('mid');
    expect(seniorityIn('seniority analyst')).toBeUndefined();
    expect(seniorityIn('data engineer')).toBeUndefined();
    expect(seniorityIn('lead generation')).toBeUndefined();
    expect(seniorityIn('staff nurse')).toBeUndefined();
    expect(seniorityIn('team lead')).toBe('lead');
    expect(withoutSeniorityWords('Senior typescript', 'senior')).toBe('typescript');
    expect(withoutSeniorityWords('sr. frontend', 'senior')).toBe('frontend');
    expect(withoutSeniorityWords('entry-level graphic design', 'junior')).toBe('graphic design');
    // Another level's word is a search word like any other.
    expect(withoutSeniorityWords('lead generation', 'senior')).toBe('lead generation');
  });
});

describe('places', () => {
  const at = (location: string | null, remote: boolean | null = false) => ({ location, remote });

  it('finds a region in its countries and cities, nested', () => {
    expect(placeNames('Europe')).toEqual(expect.arrayContaining(['germany', 'berlin', 'lisbon', 'eu', 'emea']));
    expect(locationMatches(at('Berlin'), 'Europe')).toBe(true);
    expect(locationMatches(at('Lisbon, Portugal'), 'Europe')).toBe(true);
    expect(locationMatches(at('Remote (EU)'), 'Europe')).toBe(true);
    expect(locationMatches(at('EMEA'), 'europe')).toBe(true);
    expect(locationMatches(at('München'), 'Germany')).toBe(true);
    expect(locationMatches(at('Austin, TX'), 'Europe')).toBe(false);
    expect(locationMatches(at('Toronto, Canada'), 'Europe')).toBe(false);
    expect(locationMatches(at('San Francisco'), 'USA')).toBe(true);
    expect(locationMatches(at('Paris'), 'Germany')).toBe(false);
  });

  it('matches whole words only, and a place it does not know as written', () => {
    expect(locationMatches(at('Réunion'), 'EU')).toBe(false);
    expect(locationMatches(at('Reus, Spain'), 'US')).toBe(false);
    expect(locationMatches(at('Springfield, Illinois'), 'Springfield')).toBe(true);
    expect(locationMatches(at('West Springfield'), 'Springfield')).toBe(true);
    expect(locationMatches(at('Springfielder'), 'Springfield')).toBe(false);
  });

  it('finds a state or province by its name or the abbreviation a posting writes after its city', () => {
    expect(locationMatches(at('Columbus, OH'), 'Ohio')).toBe(true);
    expect(locationMatches(at('South Portland, ME'), 'Maine')).toBe(true);
    expect(locationMatches(at('Toronto, ON'), 'Ontario')).toBe(true);
    expect(locationMatches(at('Sydney, NSW'), 'New South Wales')).toBe(true);
    for (const place of ['USA', 'United States', 'US', 'North America'])
      expect(locationMatches(at('Columbus, OH'), place), place).toBe(true);
    expect(locationMatches(at('Hamilton, ON'), 'Canada')).toBe(true);
    expect(locationMatches(at('Hamilton, ON'), 'USA')).toBe(false);
    // A code is matched only after a comma: "or", "in" and "me" are words too.
    expect(locationMatches(at('Remote or on-site in Lisbon'), 'Oregon')).toBe(false);
    expect(locationMatches(at('Work in Dublin with me'), 'Maine')).toBe(false);
    expect(locationMatches(at('Remote, in the US'), 'Indiana')).toBe(false);
    expect(locationMatches(at('Indianapolis, IN'), 'Indiana')).toBe(true);
    // WA is Washington's: Australia does not find Seattle.
    expect(locationMatches(at('Seattle, WA'), 'Australia')).toBe(false);
    expect(locationMatches(at('Perth, Western Australia'), 'Australia')).toBe(true);
  });

  it('reads "City, State" and "City State" as the city, however the posting writes its state', () => {
    expect(locationMatches(at('Columbus, OH'), 'Columbus, Ohio')).toBe(true);
    expect(locationMatches(at('Columbus, OH'), 'columbus ohio')).toBe(true);
    expect(locationMatches(at('Columbus, Ohio'), 'Columbus, OH')).toBe(true);
    expect(locationMatches(at('Dayton, OH'), 'Columbus, Ohio')).toBe(false);
  });

  it('reads the other names of a country, and a bare abbreviation, as the place itself', () => {
    const us = ['Columbus, OH', 'South Portland, ME', 'Austin, TX', 'Remote (US)', 'Dayton, Ohio, United States'];
    for (const place of ['USA', 'U.S.', 'U.S.A.', 'America', 'the States', 'United States of America'])
      expect(us.filter((location) => locationMatches(at(location), place)), place).toEqual(us);
    // "America" is the USA, and the USA is no "Latin America".
    expect(locationMatches(at('Remote, Latin America'), 'America')).toBe(false);
    expect(locationMatches(at('Remote, Latin America'), 'USA')).toBe(false);
    for (const place of ['UK', 'Britain', 'Great Britain', 'U.K.'])
      expect(['Leeds, England', 'London, UK', 'Glasgow'].every((location) => locationMatches(at(location), place)), place).toBe(true);
    expect(locationMatches(at('Utrecht'), 'Holland')).toBe(true);
    expect(locationMatches(at('Columbus, OH'), 'OH')).toBe(true);
    expect(locationMatches(at('Dayton, Ohio'), 'oh')).toBe(true);
    expect(locationMatches(at('Hamilton, Ontario'), 'ON')).toBe(true);
    expect(locationMatches(at('Seattle, WA'), 'WA')).toBe(true);
  });

  it('reads "City ST" with the abbreviation in capitals as the city; "portland or" stays as written', () => {
    expect(locationMatches(at('Columbus, OH'), 'Columbus OH')).toBe(true);
    expect(locationMatches(at('Columbus, Ohio'), 'Columbus OH')).toBe(true);
    expect(locationMatches(at('Portland, OR'), 'portland or')).toBe(false);
  });

  it('keeps "anywhere" everywhere, and a place-less posting only when it is remote', () => {
    expect(locationMatches(at('Worldwide', true), 'Europe')).toBe(true);
    expect(locationMatches(at('Anywhere'), 'Lisbon')).toBe(true);
    expect(locationMatches(at(null, true), 'Europe')).toBe(true);
    expect(locationMatches(at(null, false), 'Europe')).toBe(false);
    expect(locationMatches(at('USA', true), 'remote')).toBe(true);
  });
});

describe('selectPostings with a pay floor and a level', () => {
  const posting = (title: string, pay: ReturnType<typeof salary> | null, location = 'Berlin'): NormalisedPosting => ({
    title,
    company: 'Acme',
    location,
    remote: false,
    salary: pay ? { ...pay, period: pay.period as 'year' } : null,
    employment_type: null,
    posted_at: null,
    url: 'https://example.com/job',
    source: 'test',
    source_url: 'https://example.com/job',
    tags: [],
    description: 'TypeScript',
  });
  const postings = [
    posting('Senior TypeScript Engineer', salary(120_000, 140_000)),
    posting('Junior TypeScript Engineer', salary(40_000, 50_000)),
    posting('TypeScript Engineer', null),
    posting('Senior TypeScript Engineer', salary(120_000, 140_000), 'Austin, TX'),
  ];
  const local = { matchText: true, matchLocation: true };

  it('drops what is known to miss and keeps what cannot be told, for the search to count', () => {
    const kept = selectPostings(postings, { text: 'typescript', minSalary: 100_000, seniority: 'senior', location: 'Europe', limit: 10 }, local);
    expect(kept.map((job) => `${job.title} · ${job.location}`)).toEqual(['Senior TypeScript Engineer · Berlin', 'TypeScript Engineer · Berlin']);
  });
});
