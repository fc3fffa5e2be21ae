import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { answerAbout } from '../../src/actions/answer-about-job/answer.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { employmentTermsOf, employmentTypeLabel } from '../../src/jobs/employment-terms.ts';
import { normaliseEmploymentType } from '../../src/jobs/employment-type.ts';
import { parsePostedAt } from '../../src/jobs/parse-posted-at.ts';
import { postedText, termsText } from '../../src/present/format-job.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

const now = Date.parse('2026-12-07T06:30:00Z');

describe('German and French posting dates (trial-s46 #19)', () => {
  it.each([
    ['Vor 3 Tagen ausgeschrieben', '2026-12-04T06:30:00.000Z'],
    ['Vor einem Tag ausgeschrieben', '2026-12-06T06:30:00.000Z'],
    ['Vor mehr als 30 Tagen ausgeschrieben', '2026-11-07T06:30:00.000Z'],
    ['Heute ausgeschrieben', '2026-12-07T06:30:00.000Z'],
    ['Gestern ausgeschrieben', '2026-12-06T06:30:00.000Z'],
    ['vor 2 Wochen', '2026-11-23T06:30:00.000Z'],
    ['Publié il y a 4 jours', '2026-12-03T06:30:00.000Z'],
    ["Publiée aujourd'hui", '2026-12-07T06:30:00.000Z'],
  ])('%s', (said, expected) => {
    expect(parsePostedAt(said, now)).toBe(expected);
  });
});

describe('"today" and "yesterday" are calendar days where the person is (trial-s46 #20)', () => {
  it('says yesterday for a posting of yesterday afternoon read early this morning, and today after midnight', () => {
    // 07:30 in Berlin on 7 December: 14:00 on the 6th was yesterday, though under 24 hours ago.
    expect(postedText('2026-12-06T13:00:00Z', now, 'Europe/Berlin')).toBe('yesterday');
    // 00:20 in Berlin on the 7th is today, though it was still the 6th in UTC.
    expect(postedText('2026-12-06T23:20:00Z', now, 'Europe/Berlin')).toBe('today');
    // The same instant in New York was the evening of the 6th, and it is now the 7th there too: yesterday.
    expect(postedText('2026-12-06T23:20:00Z', now, 'America/New_York')).toBe('yesterday');
    expect(postedText('2026-12-04T09:00:00Z', now, 'Europe/Berlin')).toBe('3 days ago');
  });
});

describe('permanent, fixed-term and working-student jobs (trial-s46 #19, #20)', () => {
  const posting = (title: string, description: string, employment_type: string | null = null) =>
    jobRecord('d00000000001', { title, company: 'Kettler Antriebstechnik GmbH', description, employment_type });

  it('reads "unbefristet" as permanent and "befristet" as a fixed term, never the one for the other', () => {
    expect(employmentTermsOf(posting('Prüfingenieur HV-Batterie', 'Wir bieten: Vollzeit, unbefristet, ab sofort.'))).toMatchObject({ type: 'full_time', permanence: 'permanent' });
    expect(employmentTermsOf(posting('Prüfingenieur HV-Batterie', 'Die Stelle ist auf 24 Monate befristet.'))).toMatchObject({ type: 'temporary', permanence: 'fixed_term' });
    expect(employmentTermsOf(posting('Cell Test Engineer', 'Full-time, permanent position in Västerås.'))).toMatchObject({ permanence: 'permanent' });
    // A board's type field "Vollzeit, unbefristet" is not a temporary job.
    expect(normaliseEmploymentType('Vollzeit, unbefristet')).toBe('full_time');
    expect(normaliseEmploymentType('befristet')).toBe('temporary');
  });

  it('answers "is it permanent or fixed term?" with the permanence, quoting the posting', () => {
    const job = posting('Prüfingenieur HV-Batterie (m/w/d)', 'Ihre Aufgaben\n• Prüfstandsversuche\nWir bieten\n• Vollzeit, unbefristet, ab sofort');
    expect(answerAbout(job, 'type', [])).toBe(
      'Prüfingenieur HV-Batterie (m/w/d) at Kettler Antriebstechnik GmbH is a full-time, permanent role. The posting says: “• Vollzeit, unbefristet, ab sofort”',
    );
    const fixed = posting('Testingenieur Zellchemie (m/w/d)', 'Vollzeit, befristet auf 18 Monate (Elternzeitvertretung).');
    expect(answerAbout(fixed, 'type', [])).toMatch(/is a temporary role: 18 months\./);
  });

  it('shows a Werkstudent job as a working student, still counted with internships in searches', () => {
    const student = posting('Werkstudent (m/w/d) Batteriemanagementsysteme', 'Während deines Studiums, 20 Stunden pro Woche.', 'part_time');
    expect(employmentTermsOf(student)).toMatchObject({ type: 'internship', studentJob: true });
    expect(employmentTypeLabel({ title: student.title, employment_type: 'internship' })).toBe('working student');
    expect(termsText({ title: student.title, employment_type: 'internship', work_pattern: null })).toBe('working student');
    expect(termsText({ title: 'Praktikant (m/w/d) Zellfertigung', employment_type: 'internship', work_pattern: null })).toBe('internship');
    expect(answerAbout(student, 'type', [])).toMatch(/ is a working-student job \(part-time while enrolled\)/);
  });
});

describe('pay asked per month or per year (trial-s46 #19, #40)', () => {
  it('says a yearly range a month too, and a monthly one a year, over 12 months', () => {
    const yearly = jobRecord('d00000000002', { title: 'Systemingenieur Batteriesysteme', company: 'Kettler', salary: { min: 66_000, max: 81_000, currency: 'EUR', period: 'year' } });
    expect(answerAbout(yearly, 'pay', [])).toBe('Systemingenieur Batteriesysteme at Kettler pays €66,000–€81,000 a year (about €5,500–€6,750 a month over 12 months).');
    const monthly = jobRecord('d00000000003', { title: 'Pack Engineer', company: 'LumaCell AB', salary: { min: 48_000, max: 56_000, currency: 'SEK', period: 'month' } });
    expect(answerAbout(monthly, 'pay', [])).toBe('Pack Engineer at LumaCell AB pays SEK 48,000–SEK 56,000 a month (SEK 576,000–SEK 672,000 a year over 12 months).');
    // An hourly rate is not turned into a year: the hours worked would be a guess.
    const hourly = jobRecord('d00000000004', { title: 'Tutor', company: 'Kettler', salary: { min: 18, max: 18, currency: 'EUR', period: 'hour' } });
    expect(answerAbout(hourly, 'pay', [])).toBe('Tutor at Kettler pays €18 an hour (about €37,400 a year at 40 h a week, assumed: the posting states no hours).');
  });

  it('compares a monthly pay by its year, in its own currency, and says there is no rate to convert with', async () => {
    const jobs = [
      jobRecord('d00000000005', { title: 'Pack Engineer', company: 'LumaCell AB', salary: { min: 48_000, max: 56_000, currency: 'SEK', period: 'month' } }),
      jobRecord('d00000000006', { title: 'Cell Engineer', company: 'Orbita Drive', salary: { min: 70_000, max: 84_000, currency: 'EUR', period: 'year' } }),
    ];
    const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_ids: jobs.map((job) => job.id).join(',') } };
    const answer = (await createActions(fakeCareerDependencies({}, { jobs })).get('compare_jobs')?.run({ by: 'pay' } as never, context)) as ActionResult;
    expect(answer.summary).toContain('In SEK, Pack Engineer at LumaCell AB pays the most: SEK 48k–56k/mo (SEK 576k–672k a year).');
    expect(answer.summary).toContain("I don't convert between currencies: I have no exchange rate to convert with, so each currency is ranked on its own.");
  });
});
