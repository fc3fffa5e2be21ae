// Issue 13, session 41: letters on strangers' postings. An agency's ad is answered to the agency
// about its client's role (never "join <agency>"); a career changer's letter bridges from the
// field their own job title names ("customer success", not "customer support") and never claims
// years in the new field. People and postings written for this file.
import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { coverLetterTones } from '../../src/documents/writer-input.ts';

const date = new Date('2026-12-06T00:00:00Z');

const accountant: WriterResume = {
  basics: { name: 'Fionnuala Daly', label: 'Management Accountant' },
  work: [
    { name: 'Harbour Logistics', position: 'Management Accountant', startDate: '2019-02', highlights: ['Closed the month in 4 days instead of 9 by rebuilding the accruals workbook in Excel', 'Produced board packs for 3 subsidiaries in Power BI'] },
  ],
  skills: [{ name: 'Finance', keywords: ['Excel', 'Power BI', 'Sage Intacct'] }],
};

const agencyAds: readonly WriterPosting[] = [
  {
    title: 'Financial Analyst',
    company: 'Kestrel Recruitment',
    location: 'Cork',
    description: 'We are recruiting on behalf of our client, a growing medical-devices maker, for a Financial Analyst.\nRequirements:\n- Excel and Power BI\n- Month-end close',
  },
  // An agency known by name alone, whose text does not say it recruits for someone else.
  {
    title: 'Financial Analyst',
    company: 'Robert Walters',
    location: 'Dublin',
    description: 'Financial Analyst, 12-month contract.\nRequirements:\n- Excel\n- Power BI',
  },
];

describe("a letter for an agency's ad", () => {
  for (const posting of agencyAds) {
    it.each(coverLetterTones)(`speaks to ${posting.company} about its client's role, never of joining ${posting.company} (%s)`, (tone) => {
      const letter = writeCoverLetter({ resume: accountant, posting, tone, date });
      const agency = posting.company.split(' ')[0] as string;
      expect(letter).not.toMatch(new RegExp(`(?:join|for|at|to|bring to|team at|work of)\\s+${agency}|${agency}(?: [A-Z]\\w+)? is (?:hiring|looking)`));
      expect(letter.split('\n')[0]).toBe(`# Cover letter: Financial Analyst through ${posting.company}`);
      expect(letter).toMatch(/your client|Your client/);
      // The grounding check has nothing to take out of it.
      const grounded = groundDocument(letter, { resume: accountant as JsonResume, rawText: '', posting, now: date });
      expect(grounded.changes).toEqual([]);
    });
  }

  it('the formal letter is addressed to the agency, and a named recruiter is greeted by name', () => {
    const [posting] = agencyAds as [WriterPosting];
    const letter = writeCoverLetter({ resume: accountant, posting, tone: 'professional', date });
    expect(letter).toMatch(/Recruitment Team {2}\nKestrel Recruitment {2}\nCork/);
    expect(letter).toMatch(/Dear Recruitment Team,/);
    expect(writeCoverLetter({ resume: accountant, posting, tone: 'professional', date, hiringManager: 'Orla Byrne' })).toMatch(/Dear Orla Byrne,/);
    expect(writeCoverLetter({ resume: accountant, posting, tone: 'enthusiastic', date })).not.toMatch(/the team at your client/);
  });

  it("an employer's own posting still names the employer", () => {
    const posting: WriterPosting = { title: 'Financial Analyst', company: 'Tidewell Medical', location: 'Cork', description: 'Requirements:\n- Excel\n- Power BI' };
    const letter = writeCoverLetter({ resume: accountant, posting, tone: 'confident', date });
    expect(letter.split('\n')[0]).toBe('# Cover letter: Financial Analyst at Tidewell Medical');
    expect(letter).not.toMatch(/your client/);
  });
});

describe("a career changer's letter", () => {
  const successManager: WriterResume = {
    basics: { name: 'Yusuf Okafor', label: 'Client Success Manager' },
    work: [
      { name: 'Brightdesk', position: 'Client Success Manager', startDate: '2020-04', highlights: ['Ran 30 customer interviews that shaped the 2025 reporting roadmap', 'Cut onboarding time from 6 weeks to 3 with a new playbook'] },
      { name: 'Parcelo', position: 'Customer Service Agent', startDate: '2017-06', endDate: '2020-03', highlights: ['Answered 60 tickets a day in Zendesk'] },
    ],
    skills: [{ name: 'Tools', keywords: ['Jira', 'Zendesk', 'SQL'] }],
  };
  const posting: WriterPosting = {
    title: 'Product Owner',
    company: 'Fernleaf Software',
    location: 'Leeds',
    description: 'Requirements:\n- 4+ years as a product owner or product manager\n- Writing user stories in Jira\n- SQL',
  };

  it.each(coverLetterTones)('names the field the person is in as their title does, and claims no years in the new one (%s)', (tone) => {
    const letter = writeCoverLetter({ resume: successManager, posting, tone, date });
    expect(letter).not.toMatch(/customer support/);
    if (/\b(?:from|moving|change|new to)\b/.test(letter)) expect(letter).toMatch(/customer success|product/);
    expect(letter).not.toMatch(/\d+\+? years? (?:of |in )?product/);
  });

  it('a customer service agent moving field is said to come from customer service', () => {
    const agent: WriterResume = { ...successManager, work: [successManager.work?.[1] as NonNullable<WriterResume['work']>[number]] };
    const letter = writeCoverLetter({ resume: agent, posting, tone: 'professional', date });
    expect(letter).toMatch(/from customer service to product management/);
  });
});
