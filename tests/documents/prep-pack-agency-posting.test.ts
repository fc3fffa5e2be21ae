// Issue 13, session 40: a prep pack for a recruitment agency's posting. The person joins the
// agency's client, so the pack never asks "why join <agency>": it names the client (as the ad
// describes it, or "the client") and the agency as the recruiter. Postings written for this file.
import { describe, expect, it } from 'vitest';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';
import { agencyClient } from '../../src/jobs/agency-posting.ts';

const resume: WriterResume = {
  basics: { name: 'Aisling Moran', label: 'Payroll Specialist' },
  work: [{ name: 'Corrib Foods', position: 'Payroll Specialist', startDate: '2019-05', highlights: ['Ran monthly payroll for 850 staff in Sage'] }],
  skills: [{ name: 'Sage' }, { name: 'Excel' }],
};

describe('who the person would join', () => {
  it.each([
    [{ company: 'Northbridge Recruitment', description: 'We are recruiting on behalf of our client, an award-winning fintech, for a Payroll Lead.' }, 'an award-winning fintech'],
    [{ company: 'Brunel GmbH', description: 'Für unseren Kunden, ein mittelständisches Softwarehaus, suchen wir einen Payroll-Spezialisten.' }, 'ein mittelständisches Softwarehaus'],
    [{ company: 'Randstad Professional Solutions', description: 'Payroll Officer, 12-month contract. Sage 50 essential.' }, null],
  ])('%o → client %s', (posting, client) => {
    expect(agencyClient(posting)).toEqual({ recruiter: posting.company, client });
  });

  it("an employer's own posting that works with clients is no agency's", () => {
    expect(agencyClient({ company: 'Lumen Payroll Services', description: 'You will run payroll for our clients across Ireland.' })).toBeNull();
  });
});

describe("an agency's prep pack", () => {
  const posting: WriterPosting = {
    title: 'Payroll Lead',
    company: 'Northbridge Recruitment',
    location: 'Galway',
    description: 'We are recruiting on behalf of our client, an award-winning fintech, for a Payroll Lead.\nRequirements:\n- Payroll experience in Sage\n- Advanced Excel',
  };
  const pack = writeInterviewPrep({ resume, posting });

  it('never asks why the person wants to join the agency', () => {
    expect(pack).not.toMatch(/join Northbridge|about Northbridge|working at Northbridge|at Northbridge Recruitment/);
  });

  it('names the client as the ad describes it, and the agency as the recruiter', () => {
    expect(pack).toMatch(/Payroll Lead with the client \(an award-winning fintech\), Galway, advertised by Northbridge Recruitment \(recruitment agency\)/);
    expect(pack).toMatch(/role with an award-winning fintech appeal to you/);
    expect(pack).toMatch(/ask Northbridge Recruitment: which company is the client/);
  });

  it('says "the client" when the ad does not describe it', () => {
    const unnamed = writeInterviewPrep({ resume, posting: { ...posting, company: 'Hays', description: 'Payroll Lead needed for a 6-month contract.\nRequirements:\n- Sage' } });
    expect(unnamed).toMatch(/Payroll Lead with a client the posting does not name/);
    expect(unnamed).toMatch(/role with the client appeal to you/);
    expect(unnamed).not.toMatch(/join Hays/);
  });

  it("an employer's own pack still asks why join the employer", () => {
    const own = writeInterviewPrep({ resume, posting: { ...posting, company: 'Tidewell Bank', description: 'Requirements:\n- Sage' } });
    expect(own).toMatch(/Why do you want to join Tidewell Bank as a Payroll Lead\?/);
  });
});
