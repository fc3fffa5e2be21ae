import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

/** A resume record as the store keeps it. */
function stored(id: string, resume: JsonResume, rawText: string): ResumeRecord {
  return { id, label: 'main', format: 'docx', filename: null, raw_text: rawText, resume, parent_id: null, job_id: null, created_at: '2026-12-01T09:00:00Z', active: true, corrected_at: null, corrections: [] };
}

async function tailor(resume: ResumeRecord, posting: ReturnType<typeof jobRecord>): Promise<ActionResult> {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_id: posting.id } };
  const career = fakeCareerDependencies({}, { jobs: [posting], resumes: [resume] });
  return (await createActions(career).get('optimize_resume')?.run({ job: 'it' } as never, context)) as ActionResult;
}

// Trial s48 #26 (class): requirements said as phrases rather than skill names gave "Nothing to change" beside a low score.
describe('optimize_resume: the edits a careers adviser would suggest', () => {
  // A GP-surgery receptionist moving to a hospital's patient-access desk: her resume says "electronic patient record",
  // the posting "EMR"; the bullet that meets a phrased requirement is her last one.
  const receptionist: JsonResume = {
    basics: { name: 'Oluwaseun Adebayo', label: 'Medical Receptionist', summary: 'Front-desk lead at a busy city practice.' },
    work: [
      {
        name: 'Harbourside Medical Practice',
        position: 'Senior Medical Receptionist',
        startDate: '2022-02',
        highlights: [
          'Opened the front desk and handled walk-in queries for a list of 14,000 patients',
          'Answered the practice phone line with two colleagues',
          'Registered 40 new patients a week and booked their first appointments in the electronic patient record',
        ],
      },
    ],
    skills: [{ name: 'Skills', keywords: ['Customer service', 'Cash handling', 'Filing', 'Microsoft Word', 'Typing', 'Triage'] }],
  };
  const raw = [
    'Oluwaseun Adebayo',
    'Medical Receptionist — Front-desk lead at a busy city practice.',
    'Senior Medical Receptionist, Harbourside Medical Practice (Feb 2022 – present)',
    ...(receptionist.work?.[0]?.highlights ?? []),
    'Skills: Customer service, Cash handling, Filing, Microsoft Word, Typing, Triage',
  ].join('\n');
  const patientAccess = jobRecord('d00000000001', {
    title: 'Patient Access Coordinator',
    company: 'Greyfield Hospital',
    location: 'Leeds',
    description:
      'Requirements\n- Registration of new patients onto PAS or Lorenzo\n- Walk-in and telephone query handling in a high-volume outpatient setting\n- Experience with EMR systems\n- Telephone triage\n- Must hold a valid NHS Smartcard\n- 4+ years in a hospital outpatient department',
  });

  it('never says "nothing to change" at a low score; leads with the closest bullet, uses the posting\'s word, moves a skill up, and says what wording cannot fix', async () => {
    const answer = await tailor(stored('res_r1', receptionist, raw), patientAccess);
    expect(answer.ok).toBe(true);
    expect(answer.summary).toMatch(/^Edits for "Patient Access Coordinator" at Greyfield Hospital \(match \d+/);
    expect(answer.summary).not.toContain('Nothing to change');
    // The bullet closest to a phrased requirement, to lead the role with, in the posting's words.
    expect(answer.summary).toMatch(/Say "Registered 40 new patients a week[^"]*" in the posting's words \("Registration of new patients onto PAS or Lorenzo"\)/);
    expect(answer.summary).toContain('("Registration of new patients onto PAS or Lorenzo")');
    // A bullet already first is reworded in the posting's words instead.
    expect(answer.summary).toContain(
      'Reword the first bullet under Harbourside Medical Practice, "Opened the front desk and handled walk-in queries for a list of 14,000 patients", in the posting\'s words ("Walk-in and telephone query handling in a high-volume outpatient setting")',
    );
    // Her own words for the posting's.
    expect(answer.summary).toContain('Write "EMR systems" where your resume says "electronic patient record"');
    // A matching skill listed last is moved up.
    expect(answer.summary).toContain('Move Triage to the front of your Skills section.');
    // A card one holds is no skill to "add if you have used it".
    expect(answer.summary).toContain('No wording meets "Must hold a valid NHS Smartcard"');
    expect(answer.summary).not.toMatch(/Only if you have used Must hold/);
    // Years not worked are said plainly, never to be worded away.
    expect(answer.summary).toMatch(/No wording adds years: the posting asks 4\+ years in .*hospital outpatient department.*Never stretch dates/);
  });

  it('says plainly that a licence not held cannot be fixed by wording, never "add it if you have used it"', async () => {
    // A van driver applying to drive an HGV: the licence is the gap.
    const driver: JsonResume = {
      basics: { name: 'Piotr Zielinski', label: 'Delivery Driver' },
      work: [{ name: 'Swiftparcel', position: 'Delivery Driver', startDate: '2019-05', highlights: ['Delivered 120 parcels a day across the city', 'Loaded and checked the van each morning'] }],
      skills: [{ name: 'Skills', keywords: ['Route planning', 'Customer service'] }],
    };
    const hgv = jobRecord('d00000000002', {
      title: 'HGV Class 1 Driver',
      company: 'Northline Haulage',
      location: 'Doncaster',
      description: 'Requirements\n- Must hold a valid Class 1 (C+E) licence\n- Driver CPC card\n- Route planning',
    });
    const answer = await tailor(stored('res_d1', driver, 'Piotr Zielinski\nDelivered 120 parcels a day across the city'), hgv);
    expect(answer.summary).not.toContain('Nothing to change');
    expect(answer.summary).toMatch(/No wording meets "[^"]*(?:C\+E|Class 1)[^"]*"/);
    expect(answer.summary).not.toMatch(/Only if you have used [^:]*(?:C\+E|Class 1)/);
  });

  it('leads a role with the bullet that meets a requirement said as a phrase', async () => {
    // A warehouse team leader applying for an inventory role: the requirement is a phrase no skill name meets.
    const leader: JsonResume = {
      basics: { name: 'Marisol Quintero', label: 'Warehouse Team Leader' },
      work: [
        {
          name: 'Coldline Distribution',
          position: 'Team Leader',
          startDate: '2020-09',
          highlights: ['Led a night shift of 12 pickers and 3 forklift drivers', 'Investigated stock variances after every cycle count and reconciled them weekly'],
        },
      ],
    };
    const inventory = jobRecord('d00000000003', {
      title: 'Inventory Control Analyst',
      company: 'Brightwell Retail',
      location: 'Northampton',
      description: 'Requirements\n- Investigation of cycle count variances and stock reconciliation\n- Advanced Excel',
    });
    const answer = await tailor(stored('res_l1', leader, 'Marisol Quintero\nLed a night shift of 12 pickers and 3 forklift drivers\nInvestigated stock variances after every cycle count and reconciled them weekly'), inventory);
    expect(answer.summary).toContain('Lead Coldline Distribution with "Investigated stock variances after every cycle count and reconciled them weekly".');
    expect(answer.summary).toContain('It shows "Investigation of cycle count variances and stock reconciliation", which the posting requires');
    expect(answer.summary).not.toContain('Nothing to change');
  });
});
