/**
 * A credential listed with a status word ("pending", "application in progress", "expected
 * 2027", "beantragt") is not held: the reader keeps the status, the match never counts it met,
 * letters never say it is held and the grounding check removes a sentence that does. People and
 * wording written for this file (a pharmacist, an electrician, a teacher), not a trial's.
 */
import { describe, expect, it } from 'vitest';
import { writingContext } from '../../src/career/writing/writing-context.ts';
import { writeDocument } from '../../src/career/writing/write-document.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { credentialStatus, isHeldCredential } from '../../src/resume/credential-status.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { parseCertificates } from '../../src/resume/sections/parse-certificates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

const read = (...lines: string[]) => parseCertificates(toResumeLines(lines.join('\n')));
const now = new Date('2026-12-01T00:00:00Z');

describe('status words on a credential', () => {
  it.each([
    ['Journeyman Electrician Licence – pending'],
    ['GPhC registration (application submitted)'],
    ['QTS expected 2027'],
    ['Eligible for registration with the Nursing Council'],
    ['Approbation als Apothekerin beantragt'],
    ['Zulassung in Bearbeitung'],
    ['Gas Safe registration — in process'],
    ['CSCS card applied for'],
    ['Chartered status — awaiting assessment'],
    ['Class C1 driving licence (expired 2023)'],
    ['SIA door supervisor licence – lapsed'],
    ['Registered Nurse, registration suspended'],
    ['Food hygiene certificate, no longer valid'],
  ])('"%s" is not held', (line) => {
    expect(credentialStatus(line)).toBeDefined();
    expect(isHeldCredential({ name: line })).toBe(false);
  });

  it.each([['NMC Registered Nurse (Adult), revalidation due 03/2028'], ['Applied Behaviour Analysis Certificate (2021)'], ['First Aid at Work – renewed 2025'], ['GPhC Registered Pharmacist'], ['CSCS Gold Card, expires 08/2028'], ['Forklift licence (expiry date 2027)']])(
    '"%s" is held',
    (line) => expect(isHeldCredential({ name: line })).toBe(true),
  );

  it('counts a status the reader left in the issuer field', () => {
    expect(isHeldCredential({ name: 'Master Electrician Licence', issuer: 'exam passed, licence pending' })).toBe(false);
  });
});

describe('the reader keeps the status with the credential', () => {
  it('keeps a status after a dash, after the issuer, and a year it awaits', () => {
    expect(read('Ontario pharmacist licence – application in progress (bridging course done)', 'Electrical contractor licence, ESA, pending', 'QTS expected 2027')).toEqual([
      { name: 'Ontario pharmacist licence – application in progress (bridging course done)' },
      { name: 'Electrical contractor licence (pending)', issuer: 'ESA' },
      { name: 'QTS expected 2027' },
    ]);
  });

  it('never reads the section heading as a credential, and joins a line that a dash leaves open', () => {
    expect(read('BLS (2025)', 'LICENSURE', 'GPhC Registered Pharmacist –', 'Reg. No. 2087341', 'Exam – passed 2026')).toEqual([
      { name: 'BLS', date: '2025' },
      { name: 'GPhC Registered Pharmacist – Reg. No. 2087341' },
      { name: 'Exam', date: '2026' },
    ]);
  });
});

const electrician = (certificate: { name: string; issuer?: string }): JsonResume => ({
  basics: { name: 'Tomasz Wiśniewski' },
  work: [{ name: 'Northfield Electrical', position: 'Apprentice Electrician', startDate: '2021-09', highlights: ['Wired 40 new-build homes to code'] }],
  certificates: [certificate],
});
const electricianPosting = { title: 'Electrician', description: 'Requirements:\n- Must hold a valid journeyman electrician licence\n- Residential wiring\n- Conduit bending' };

describe('the match never counts a pending credential as met', () => {
  it('says the licence is in progress instead of met', () => {
    const held = analyzeMatch({ resume: electrician({ name: 'Journeyman Electrician Licence', issuer: 'ESA' }), posting: electricianPosting, now });
    const pending = analyzeMatch({ resume: electrician({ name: 'Journeyman Electrician Licence (pending)', issuer: 'ESA' }), posting: electricianPosting, now });
    expect(held.conditions.find((condition) => condition.kind === 'licence')?.shownBy).toBeTruthy();
    const licence = pending.conditions.find((condition) => condition.kind === 'licence');
    expect(licence?.shownBy).toBeNull();
    expect(licence?.inProgress).toContain('pending');
    expect(pending.score).toBeLessThan(held.score);
    expect(pending.advice.join(' ')).toMatch(/not held yet/);
  });

  it('says an expired licence is not current and is renewed, never "not held yet"', () => {
    const lapsed = analyzeMatch({ resume: electrician({ name: 'Journeyman Electrician Licence (expired 2024)', issuer: 'ESA' }), posting: electricianPosting, now });
    const licence = lapsed.conditions.find((condition) => condition.kind === 'licence');
    expect(licence?.shownBy).toBeNull();
    expect(licence?.inProgress).toContain('expired');
    const advice = lapsed.advice.join(' ');
    expect(advice).toMatch(/not current \(it expired in 2024\): renew it before applying/);
    expect(advice).not.toMatch(/not held yet|say when you expect it/);
  });

  it('does not count a credential skill met by a line that says it was only applied for', () => {
    const nurse: JsonResume = {
      basics: { name: 'Ines Varga' },
      work: [{ name: 'St Aidan Hospital', position: 'Staff Nurse', startDate: '2019-01', highlights: ['Gave medication to 20 patients a shift'] }],
      certificates: [{ name: 'BLS' }, { name: 'RN licence', issuer: 'application submitted' }],
    };
    const result = analyzeMatch({ resume: nurse, posting: { title: 'Staff Nurse', description: 'Requirements:\n- RN licence required\n- BLS' }, now });
    expect(result.matched).not.toContain('RN License');
    expect(result.advice.join(' ')).toContain('application submitted');
  });
});

const pharmacistJob: JobRecord = jobRecord('d4d4d4d4d4d4', {
  title: 'Community Pharmacist',
  company: 'Larchmont Pharmacy',
  location: 'Ottawa, ON',
  remote: false,
  url: 'https://larchmont.example/jobs/7',
  description: 'Requirements\n- Must hold an active OCPharm licence (Ontario College of Pharmacists)\n- Medication reviews\n- Dispensing and patient counselling\n- Kroll pharmacy software',
  first_seen_at: '2026-12-01T00:00:00.000Z',
  last_seen_at: '2026-12-01T00:00:00.000Z',
});
const pharmacist: JsonResume = {
  basics: { name: 'Farida Haddad', label: 'Pharmacist' },
  work: [
    { name: 'Cedar Health', position: 'Pharmacist', startDate: '2017-05', highlights: ['Ran medication reviews for 300 care-home residents a year', 'Counselled patients on new prescriptions'] },
  ],
  skills: [{ name: 'Pharmacy', keywords: ['Medication reviews', 'Dispensing', 'Patient counselling'] }],
  certificates: [{ name: 'GPhC Registered Pharmacist', issuer: 'General Pharmaceutical Council' }, { name: 'OCPharm licence', issuer: 'application in progress (PEBC exam booked)' }],
};

async function pharmacistLetter(draft?: string) {
  const career = fakeCareerDependencies({}, { jobs: [pharmacistJob] });
  await career.resumes.add({ label: 'pharmacy', format: 'md', filename: 'cv.md', rawText: '', resume: pharmacist });
  const context = { signal: new AbortController().signal };
  const prepared = await writingContext({ job: pharmacistJob.id }, context, career);
  if (!prepared.ok) throw new Error(prepared.error);
  const { writing } = prepared;
  const letters = [];
  for (const tone of coverLetterTones) {
    letters.push(
      await writeDocument(career, context, writing, { kind: 'cover_letter', tone, title: 'Letter' }, () =>
        draft ?? writeCoverLetter({ resume: writing.resume.resume, posting: writing.posting, tone, date: now }),
      ),
    );
  }
  return letters;
}

describe('letters never say a pending credential is held', () => {
  it('writes no tone that claims the licence, learns it, or says the trade’s own work is undone', async () => {
    for (const { text } of await pharmacistLetter()) {
      expect(text).not.toMatch(/OCPharm/);
      // At most a named tool is something to learn; the licence and the pharmacist's own work never are.
      expect(text).not.toMatch(/(?:licen[cs]e|registration|medication|dispensing|counselling)[^.!?]*(?:newer to me|haven['’]t done|would be new)/i);
    }
  });

  it('removes a drafted sentence that claims the licence, and says why', async () => {
    const draft = 'Dear Hiring Manager,\n\nI have run medication reviews for 300 care-home residents a year. I hold the OCPharm licence and the GPhC registration.\n\nSincerely,\nFarida Haddad';
    const [letter] = await pharmacistLetter(draft);
    expect(letter?.text).not.toContain('I hold the OCPharm licence');
    expect(letter?.text).toContain('medication reviews');
    expect(letter?.changes).toContainEqual(expect.objectContaining({ kind: 'credential', claim: 'OCPharm', action: 'removed', reason: expect.stringContaining('application in progress') }));
  });
});

describe('the grounding check on credentials', () => {
  const teacher: JsonResume = {
    basics: { name: 'Owen Pryce' },
    work: [{ name: 'Brynmawr Academy', position: 'Trainee Teacher', startDate: '2025-09' }],
    certificates: [{ name: 'QTS expected 2027' }, { name: 'DBS Enhanced Certificate', date: '2025' }],
  };
  const sources = { resume: teacher, rawText: '', posting: { description: 'Qualified teacher status (QTS) required. Enhanced DBS.' } };

  it.each(['I hold QTS and an Enhanced DBS certificate.', 'I’m already registered with the EWC.', 'I have earned the QTS certification!'])('removes "%s"', (sentence) => {
    const { text, changes } = groundDocument(sentence, sources);
    expect(text).toBe('');
    expect(changes[0]?.kind).toBe('credential');
  });

  it('keeps a held credential, a credential said with its status, and a place in capitals', () => {
    for (const sentence of ['I hold an Enhanced DBS certificate.', 'My QTS is expected in 2027.', 'I have earned the trust of staff in the SEN unit.']) {
      expect(groundDocument(sentence, sources).changes.filter((change) => change.kind === 'credential')).toEqual([]);
    }
  });
});
