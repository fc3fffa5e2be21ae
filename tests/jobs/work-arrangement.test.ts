import { describe, expect, it } from 'vitest';
import { mergePostings } from '../../src/jobs/merge-postings.ts';
import { selectPostings } from '../../src/jobs/select-postings.ts';
import { arrangementText, readWorkArrangement } from '../../src/jobs/work-arrangement.ts';
import { answerAbout } from '../../src/actions/answer-about-job/answer.ts';
import { placeText } from '../../src/present/format-job.ts';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';
import { jobRecord } from '../fakes/job-record.ts';

const read = (description: string, fields: { title?: string; location?: string | null; remote?: boolean | null } = {}) =>
  readWorkArrangement({ title: fields.title ?? 'Analyst', location: fields.location ?? null, remote: fields.remote ?? null, description });

describe('the work arrangement as the posting states it (trial-s36 findings 6, 7, 30)', () => {
  it.each([
    // [posting text, board flag, what it is]
    ['Hybrid 2 days Dublin (Sandyford office), the rest from home anywhere in Ireland.', true, 'hybrid: 2 days a week in Dublin (Sandyford office)'],
    ['Conradh 12 mhí. Hybrid: 3 lá san oifig in Corcaigh.', true, 'hybrid: 3 days a week in Corcaigh'],
    ['You will be in office 3 days a week.', true, 'hybrid: 3 days a week in the office'],
    ['Hybrides Arbeiten: 2 Tage pro Woche im Büro.', null, 'hybrid: 2 days a week in the office'],
    ['Modelo híbrido, 3 días a la semana en la oficina.', null, 'hybrid: 3 days a week in the office'],
    ['Praca hybrydowa, 2 dni w biurze.', null, 'hybrid: 2 days a week in the office'],
    ['2 jours de télétravail par semaine.', null, 'hybrid: 2 days a week from home, the rest in the office'],
    ['Work from home 2 days a week, 3 days in the office.', true, 'hybrid: 3 days a week in the office'],
    ['This role is on-site in Berlin.', true, 'on-site in Berlin'],
    ['We are a remote-first company, but this role is on-site in Austin.', true, 'on-site in Austin'],
    ['Remote within Ireland, with a day a month in Cork.', true, 'remote (within Ireland), 1 day a month in Cork'],
    ['This is a fully remote role. We keep a hybrid office in Berlin for those who want it.', null, 'remote'],
    ['We are remote-first.', null, 'remote'],
  ])('%s', (description, remote, expected) => {
    const arrangement = read(description, { remote });
    expect(arrangement && arrangementText(arrangement)).toBe(expected);
    expect(arrangement?.said).toBeTruthy();
  });

  it('reads the title and location fields too', () => {
    expect(read('', { location: 'Hybrid - London' })).toMatchObject({ mode: 'hybrid', place: 'London' });
    expect(read('', { title: 'Support Engineer (Remote)' })).toMatchObject({ mode: 'remote' });
  });

  it("falls back to the board's flag only when the posting says nothing, and says so", () => {
    expect(read('We need a backend engineer. On-call rotation.', { remote: true, location: 'Europe' })).toEqual({ mode: 'remote', office_days: null, place: null, within: 'Europe', said: null });
    expect(read('Great team, good coffee.', { remote: false })).toBeNull();
  });

  it('does not take other uses of the words for an arrangement', () => {
    expect(read('We build remote patient monitoring tools. 5 days a week, 25 days annual leave.')).toBeNull();
    expect(read('Experience with hybrid cloud infrastructure.')).toBeNull();
  });
});

const posting = (description: string, overrides: Partial<NormalisedPosting> = {}): NormalisedPosting => ({
  title: 'Clinical Informatics Specialist',
  company: 'Beacon Health Systems',
  location: 'Ireland',
  remote: true,
  salary: null,
  employment_type: 'full_time',
  posted_at: null,
  url: `https://remotive.com/remote-jobs/${encodeURIComponent(description.slice(0, 12))}`,
  source: 'remotive',
  source_url: `https://remotive.com/remote-jobs/${encodeURIComponent(description.slice(0, 12))}`,
  tags: [],
  description,
  ...overrides,
});

describe('a remote board listing a hybrid role', () => {
  const hybrid = posting('Hybrid 2 days Dublin (Sandyford office), the rest from home anywhere in Ireland.');
  const remote = posting('Remote within Ireland, with a day a month in Cork.', { title: 'Associate Product Manager', company: 'Caredeck' });

  it('is stored as not remote, so --remote leaves it out', () => {
    const [first, second] = mergePostings([hybrid, remote]);
    expect(first?.remote).toBe(false);
    expect(second?.remote).toBe(true);
    expect(selectPostings([hybrid, remote], { text: '', remote: true, limit: 10 }, { matchText: false, matchLocation: false }).map((p) => p.company)).toEqual(['Caredeck']);
  });

  it('is shown as hybrid with its days and place, and the answer never says "Yes" to "is it remote?"', () => {
    const job = jobRecord('b1', { title: hybrid.title, company: hybrid.company, location: 'Ireland', remote: true, description: hybrid.description });
    expect(answerAbout(job, 'remote', [])).toBe(
      'Hybrid: Clinical Informatics Specialist at Beacon Health Systems asks for 2 days a week in Dublin (Sandyford office), so it is not fully remote. The posting says: “Hybrid 2 days Dublin (Sandyford office), the rest from home anywhere in Ireland.”',
    );
    const other = jobRecord('c1', { title: remote.title, company: remote.company, location: 'Ireland, UK', remote: true, description: remote.description });
    expect(answerAbout(other, 'remote', [])).toBe(
      'Remote: Associate Product Manager at Caredeck is remote within Ireland, with 1 day a month in Cork. The posting says: “Remote within Ireland, with a day a month in Cork.”',
    );
    expect(answerAbout(job, 'location', [])).toBe('Clinical Informatics Specialist at Beacon Health Systems is in Ireland; hybrid: 2 days a week in Dublin (Sandyford office).');
    expect(placeText({ location: 'Ireland', remote: false, work_arrangement: readWorkArrangement(job) })).toBe('Ireland · hybrid: 2 days a week in Dublin (Sandyford office)');
  });
});

describe('days at home are never read as days in the office (trial-s46 finding 17)', () => {
  it.each([
    // [posting text, what it is]: the days named are at home, so the office has the rest.
    ['Wir bieten: flexible Arbeitszeiten, mobiles Arbeiten bis zu 3 Tage/Woche, Jobrad', 'hybrid: up to 3 days a week from home, the rest in the office'],
    ['Homeoffice an einem Tag pro Woche möglich', 'hybrid: 1 day a week from home, the rest in the office'],
    ['Hybrid: max. 2 Tage pro Woche mobil, sonst im Werk Zuffenhausen', 'hybrid: up to 2 days a week from home, the rest in the office'],
    ['You can work up to 3 days a week from home.', 'hybrid: up to 3 days a week from home, the rest in the office'],
    ['Hybrid role: 2 days per week working remotely.', 'hybrid: 2 days a week from home, the rest in the office'],
    // Days in the office stay office days, in German and English alike.
    ['Präsenz: 2 Tage vor Ort in Heilbronn, den Rest im Homeoffice', 'hybrid: 2 days a week in Heilbronn'],
    ['4 Tage im Büro, 1 Tag Homeoffice', 'hybrid: 4 days a week in the office'],
    ['In the office 3 days a week, remote the other two.', 'hybrid: 3 days a week in the office'],
  ])('%s', (description, expected) => {
    const arrangement = read(description, { location: 'Stuttgart' });
    expect(arrangement && arrangementText(arrangement)).toBe(expected);
  });

  it('answers "is it hybrid?" with the days at home, and the list line says the same', () => {
    const job = jobRecord('g1', {
      title: 'Entwicklungsingenieur Hochvolt-Speicher (m/w/d)',
      company: 'Kettler Antriebstechnik GmbH',
      location: 'Esslingen am Neckar',
      remote: false,
      description: 'Ihre Vorteile\n• Vollzeit, unbefristet\n• Mobiles Arbeiten bis 2 Tage/Woche, Gleitzeit',
    });
    expect(answerAbout(job, 'remote', [])).toBe(
      'Hybrid: Entwicklungsingenieur Hochvolt-Speicher (m/w/d) at Kettler Antriebstechnik GmbH lets you work up to 2 days a week from home, the rest in the office (Esslingen am Neckar), so it is not fully remote. The posting says: “Mobiles Arbeiten bis 2 Tage/Woche, Gleitzeit”',
    );
    expect(placeText({ location: job.location, remote: false, work_arrangement: readWorkArrangement(job) })).toBe(
      'Esslingen am Neckar · hybrid: up to 2 days a week from home, the rest in the office',
    );
  });
});
