/**
 * Letters and prep packs a clinician would send (issue 13, the session-48 trial's classes #21 #22
 * #23 #36 #37). People, postings and wording written for this file: a paramedic moving into
 * practice education, a ward nurse applying for an educator and an informatics post, a
 * long-haul driver. Never a trial's text.
 */
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { findTone, toneAsked } from '../../src/actions/phrasing/find-tone.ts';
import { letterMentions } from '../../src/career/writing/letter-mentions.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { claimOf, heldCertificates } from '../../src/documents/cover-letter/letter-parts.ts';
import { mentionedFact, withoutFraming } from '../../src/documents/cover-letter/mentioned-fact.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { registrationOf, withoutIdentifier } from '../../src/documents/credential-words.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { isJobTitleLine } from '../../src/documents/relevant-highlights.ts';
import { roleKind } from '../../src/documents/role-kind.ts';
import { coverLetterTones, type WriterPosting } from '../../src/documents/writer-input.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { parseDecision } from '../../src/planner/decision.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

const date = new Date('2026-12-01T00:00:00Z');

const medic: JsonResume = {
  basics: { name: 'Ruairí Delaney', label: 'Paramedic', summary: 'HCPC-registered paramedic with 8 years on frontline ambulances.' },
  work: [
    {
      name: 'West Coast Ambulance Service',
      position: 'Specialist Paramedic',
      startDate: '2020-02',
      highlights: [
        'Cut handover delays at the receiving hospital by 30% with a new pre-alert script',
        'Clinical mentor: supervised 35+ student paramedics on placement',
        'Digital lead for the ePCR rollout across two stations',
        'Led the station’s monthly clinical audit of cardiac arrest care',
      ],
    },
    { name: 'Harbour Patient Transport', position: 'Emergency Care Assistant', startDate: '2016-05', endDate: '2020-01', highlights: ['Responded to 10 calls a shift'] },
  ],
  skills: [{ name: 'Clinical', keywords: ['Advanced airway management', 'Drug administration', 'Trauma care'] }],
  certificates: [{ name: 'HCPC Registered Paramedic, registration no. PA123456' }, { name: 'ALS Provider' }],
};

const nurse: JsonResume = {
  basics: { name: 'Sunniva Brekke' },
  work: [
    {
      name: 'Lakeside General Hospital',
      position: 'Senior Staff Nurse',
      startDate: '2021-04',
      highlights: [
        'Coordinated bed flow for a 28-bed surgical ward, cutting delayed discharges by 20%',
        'EPR super-user: coached 45+ colleagues through the Epic go-live',
        'Practice assessor for 12 nursing students a year',
        // The next job's heading, filed by a reader as a bullet of this one.
        'Staff Nurse – Band 5',
      ],
    },
    { name: 'Fjord Community Care', position: 'Staff Nurse', startDate: '2016-01', endDate: '2021-03', highlights: ['Administered medicines to 20 residents a round'] },
  ],
  skills: [{ name: 'Clinical', keywords: ['Medicines management', 'Wound care', 'Preceptorship'] }],
  certificates: [{ name: 'Registered Nurse – Adult, NMC, PIN 99Z1234X' }],
};

const educatorPosting: WriterPosting = {
  title: 'Nurse Educator (Remote, UK)',
  company: 'CarePath Learning',
  location: 'Remote - UK',
  description: 'Requirements:\n- NMC registration\n- Medication administration\n- Experience teaching or mentoring nurses\n- Teaching qualification (PGCert)\n- Moodle',
};
const informaticsPosting: WriterPosting = {
  title: 'Clinical Informatics Nurse',
  company: 'Harbourview Health',
  location: 'Leeds, UK',
  description: 'Requirements:\n- NMC registration\n- EHR experience (Epic)\n- Medication administration\n- Training staff on clinical systems',
};
const wardManagerPosting: WriterPosting = {
  title: 'Ward Manager',
  company: 'Northgate Hospital',
  location: 'York, UK',
  description: 'Requirements:\n- NMC registration\n- Leading a ward team\n- Rostering and budgets',
};

describe('#21 a mention the person asks for is grounded in the resume’s words, not its exact wording', () => {
  it.each([
    ['i supervised 35+ student paramedics', /as clinical mentor, I supervised 35\+ student paramedics on placement\./],
    ['mention my 35 plus students supervised', /I supervised 35\+ student paramedics/],
    ['add that i was the digital lead for the ePCR go-live', /I am a digital lead for the ePCR rollout across two stations\./],
    ['say I led the station audit', /I led the station’s monthly clinical audit of cardiac arrest care\./],
    ["that I'm an ALS provider", /I hold an ALS Provider\./],
  ])('"%s" is included, said as the resume says it', (fact, sentence) => {
    const result = mentionedFact(fact, medic);
    expect(result.supported, JSON.stringify(result)).toBe(true);
    if (result.supported) expect(result.formal).toMatch(sentence);
  });

  it('drops how the person asked and how they speak of themselves', () => {
    expect(withoutFraming('add that i was the EHR champion for the rollout')).toBe('the EHR champion for the rollout');
    expect(withoutFraming('please mention I have run the night shift')).toBe('run the night shift');
    expect(withoutFraming('say my forklift licence')).toBe('forklift licence');
  });

  it('refuses only what the resume lacks, and says what it does say that is closest', () => {
    const numbers = mentionedFact('i supervised 80 student paramedics', medic);
    expect(numbers.supported).toBe(false);
    if (!numbers.supported) expect(numbers.reason).toBe('your resume does not show it; the closest it says is “Clinical mentor: supervised 35+ student paramedics on placement” (West Coast Ambulance Service)');
    const unrelated = letterMentions(['i ran the trust’s flu vaccination clinic'], medic);
    expect(unrelated.supported).toHaveLength(0);
    expect(unrelated.note).toContain('your resume does not show it');
  });

  it('a registration asked to be mentioned is said as one, without its number', () => {
    const result = mentionedFact('mention my HCPC registration', medic);
    expect(result.supported && result.formal).toBe('I am registered with the HCPC as a paramedic.');
  });
});

describe('#22 a licence or registration is said as one, and the lines of the role’s kind come first', () => {
  it('reads a registration from how people list it, and drops PINs, licence numbers and renewal dates', () => {
    expect(registrationOf('Registered Nurse – Adult, NMC, PIN 99Z1234X')).toEqual({ body: 'the NMC', as: 'an adult nurse' });
    expect(registrationOf('GPhC Registered Pharmacist')).toEqual({ body: 'the GPhC', as: 'a pharmacist' });
    expect(registrationOf('Registered Midwife with the Nursing and Midwifery Council')).toEqual({ body: 'the Nursing and Midwifery Council', as: 'a midwife' });
    expect(registrationOf('Gas Safe registered')).toEqual({ scheme: 'Gas Safe' });
    expect(registrationOf('ALS Provider')).toBeUndefined();
    expect(withoutIdentifier('CDL Class A, licence no. D5531-0042')).toBe('CDL Class A');
    expect(withoutIdentifier('Registered Midwife (NMC PIN 12A3456B), revalidation due 06/2027')).toBe('Registered Midwife');
  });

  it.each(coverLetterTones)('the %s voice says a registration as one and a licence as held', (voice) => {
    const said = heldCertificates(['HCPC Registered Paramedic, registration no. PA123456', 'CDL Class A'], voice) ?? '';
    expect(said).toMatch(/registered with the HCPC as a paramedic/);
    expect(said).toMatch(/a current CDL Class A/);
    expect(said).not.toMatch(/PA123456|certification|worked with/);
  });

  it.each(coverLetterTones)('a %s letter never says it "worked with" a registration, nor quotes the PIN', (tone) => {
    const letter = writeCoverLetter({ resume: nurse, posting: educatorPosting, tone, date });
    expect(letter).not.toMatch(/99Z1234X|PIN|worked with [^.]*registration|registration, which is the work|registration certification/i);
    if (tone !== 'concise') expect(letter).toMatch(/registered with the NMC as an adult nurse/);
  });

  it('tells the teaching line first for an educator, the system line for informatics, the leading line for a ward manager', () => {
    expect([roleKind(educatorPosting.title), roleKind(informaticsPosting.title), roleKind(wardManagerPosting.title), roleKind('Staff Nurse')]).toEqual(['teaching', 'informatics', 'management', undefined]);
    const firstTold = (posting: WriterPosting) => writeCoverLetter({ resume: medic, posting: { ...posting, description: posting.description.replace(/NMC/g, 'HCPC') }, tone: 'professional', date })
        .split('\n\n')
        .find((paragraph) => paragraph.startsWith('At '));
    expect(firstTold({ ...educatorPosting, title: 'Paramedic Practice Educator' })).toMatch(/^At West Coast Ambulance Service, as clinical mentor, I supervised 35\+ student paramedics/);
    expect(firstTold({ ...informaticsPosting, title: 'Clinical Informatics Lead (ePCR)' })).toMatch(/^At West Coast Ambulance Service, I am a digital lead for the ePCR rollout/);
    expect(firstTold({ ...wardManagerPosting, title: 'Station Manager' })).toMatch(/^At West Coast Ambulance Service, I led the station’s monthly clinical audit/);
  });

  it('a bullet that names the role it was done in is said in the first person', () => {
    expect(claimOf({ text: 'Fire warden: ran monthly evacuation drills for 3 floors', current: false, employer: 'Kestrel Foods', skills: [], source: 'highlight' })).toBe(
      'as fire warden, I ran monthly evacuation drills for 3 floors',
    );
  });
});

describe('#37 a prep pack for a role in the person’s own field', () => {
  const pack = writeInterviewPrep({ resume: nurse, posting: educatorPosting });

  it('is no change of field, probes no registration as a skill, and titles no story by a job title', () => {
    expect(pack).not.toMatch(/change of field|moving from healthcare/i);
    expect(pack).not.toMatch(/a time (?:NMC )?registration made a difference/i);
    expect(pack).not.toMatch(/strongest matches:[^\n]*registration/i);
    expect(pack).not.toMatch(/### Staff Nurse – Band 5/);
    expect(pack).not.toMatch(/99Z1234X/);
    expect(pack).toMatch(/Is your registration with the NMC current/);
    expect(isJobTitleLine('Staff Nurse – Band 5', [])).toBe(true);
    expect(isJobTitleLine('Trained 30 new starters on the ward', [])).toBe(false);
  });

  it('still asks a real career changer about the change', () => {
    const chef: JsonResume = { basics: { name: 'Oskar Lind' }, work: [{ name: 'Quayside Bistro', position: 'Head Chef', startDate: '2015-01', highlights: ['Ran a kitchen of 9'] }] };
    expect(writeInterviewPrep({ resume: chef, posting: { title: 'Nurse Educator', company: 'CarePath', description: 'Teach nurses' } })).toMatch(/change of field/i);
  });
});

describe('#36 a letter never says a clinician has not done their own profession’s core work', () => {
  it.each([educatorPosting, informaticsPosting])('writing to "$title", no tone says medication administration is new or undone', (posting) => {
    for (const tone of coverLetterTones) {
      const letter = writeCoverLetter({ resume: nurse, posting, tone, date });
      expect(letter).not.toMatch(/medication administration[^.!?]*(?:newer to me|haven['’]t|would be new|start on)/i);
      expect(letter).not.toMatch(/(?:newer to me|haven['’]t worked with)[^.!?]*(?:medication|registration)/i);
    }
  });
});

describe('#23 a tone the writer does not have is said aloud', () => {
  it.each([
    ['pls write a humble one for brightwater', 'warm', 'humble'],
    ['a modest cover letter for the bakery job', 'warm', 'modest'],
    ['a friendly but firm cover letter for kestrel', 'warm', 'friendly but firm'],
    ['cover letter for acme, confident but not cheesy', 'confident', undefined],
    ["cover letter for it, confident, i'm done being humble", 'confident', undefined],
    ['an upbeat cover letter for the dairy', 'enthusiastic', undefined],
  ])('"%s" → %s, asked as %s', (sentence, tone, asked) => {
    expect(findTone(sentence)).toBe(tone);
    expect(toneAsked(sentence)).toBe(asked);
  });
});

describe('through the real writer path: the chat planner, the action, the grounding check', () => {
  const job: JobRecord = jobRecord('e5e5e5e5e5e5', {
    title: 'Paramedic Practice Educator',
    company: 'Southmoor University',
    location: 'Bristol, UK',
    remote: false,
    url: 'https://southmoor.example/jobs/11',
    description: 'Requirements:\n- HCPC registration as a paramedic\n- Experience mentoring or teaching students in practice\n- Drug administration\n- Moodle',
    first_seen_at: '2026-12-01T00:00:00.000Z',
    last_seen_at: '2026-12-01T00:00:00.000Z',
  });
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', threadId: 'thread-clinician', references: {} };

  async function said(message: string) {
    const career = fakeCareerDependencies({ now: () => date }, { jobs: [job] });
    await career.resumes.add({ label: 'paramedic', format: 'md', filename: 'cv.md', rawText: '', resume: medic });
    const actions = createActions(career);
    const planner = createRulesPlanner({ registry: actions });
    const references = { last_job_id: job.id };
    const decision = parseDecision(await planner.decide({ goal: message, messages: [{ role: 'user', content: message }], observations: [], references, stepsLeft: 8 }), actions);
    if (!decision.ok || decision.decision.type !== 'act') throw new Error(`not an action: ${JSON.stringify(decision)}`);
    expect(decision.decision.step.action).toBe('write_cover_letter');
    return actions.get('write_cover_letter')?.run(decision.decision.step.args as never, { ...context, references });
  }

  it('a humble letter is written warm and the answer says so; the asked mention is in it; no PIN, no certification', async () => {
    const result = await said('write a humble cover letter for it and mention i supervised 35+ student paramedics');
    expect(result?.ok, result?.summary).toBe(true);
    expect(result?.summary).toMatch(/^I don't have a humble tone; I wrote a warm one, the closest/);
    expect(result?.summary).toMatch(/I supervised 35\+ student paramedics on placement/);
    expect(result?.summary).not.toMatch(/I left out|PA123456|certification/);
    expect(result?.summary).toMatch(/registered with the HCPC as a paramedic/);
  });
});
