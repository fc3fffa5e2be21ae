// Interview prep in the field of the posting (the 2026-12-05 trial: an electrician's pack asked
// "How does the team use Conduit Bending today…"). Questions a real interviewer in the field
// asks — safety, quality, customers, the posting's duties — for several trades and professions;
// software keeps its own. Invented resumes and postings.
import { describe, expect, it } from 'vitest';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import type { WriterPosting } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const resumeOf = (position: string, employer: string, highlights: string[], skills: string[]): JsonResume => ({
  basics: { name: 'Robin Ellis' },
  work: [{ name: employer, position, startDate: '2018-03', highlights }],
  skills: [{ name: 'Work', keywords: skills }],
});

const cases: [string, JsonResume, WriterPosting, RegExp, RegExp][] = [
  [
    'electrician',
    resumeOf('Journeyman Electrician', 'Kessler Electric', ['Bent and ran EMT conduit for a clinic'], ['Conduit Bending', 'Motor Controls']),
    { title: 'Maintenance Electrician', company: 'Hargrove Plastics', description: "What you'll do:\n- Troubleshoot motor controls and VFDs\nRequirements:\n- Conduit bending\n- NFPA 70E" },
    /prove a circuit dead/,
    /new installs, service calls or maintenance/,
  ],
  [
    'chef',
    resumeOf('Chef de Partie', 'Juniper Table', ['Ran the grill section for 120 covers'], ['Grill', 'Menu Development']),
    { title: 'Sous Chef', company: 'Ember & Oak', description: 'Requirements:\n- Menu development\n- Food costing\n- Supervise the brigade on the head chef’s days off' },
    /allergens/,
    /How many covers/,
  ],
  [
    'nurse',
    resumeOf('Staff Nurse', 'Northgate General', ['Cared for 8 patients a shift'], ['Patient Care', 'Triage']),
    { title: 'Staff Nurse', company: 'St Anne’s Hospital', description: 'Requirements:\n- Patient care\n- Triage\n- Medication administration' },
    /medication error/,
    /staffing levels/,
  ],
  [
    'HGV driver',
    resumeOf('HGV Class 1 Driver', 'Fenland Haulage', ['Trunked chilled loads overnight'], ['HGV Class 1', 'Driver CPC']),
    { title: 'HGV Class 1 Driver', company: 'Coldline Freight', description: 'Requirements:\n- HGV Class 1\n- Driver CPC\n- Load securing' },
    /walkaround check/,
    /routes and vehicles/,
  ],
  [
    'teacher',
    resumeOf('Maths Teacher', 'Hillcrest Academy', ['Taught GCSE maths to mixed-ability classes'], ['Lesson Planning']),
    { title: 'Secondary Maths Teacher', company: 'Brookfield School', description: 'You will teach maths to key stage 3 and 4 and plan lessons.' },
    /behaviour/,
    /behaviour managed across the school/,
  ],
  [
    'accountant',
    resumeOf('Accountant', 'Ledgerwise LLP', ['Prepared management accounts for small clients'], ['Reconciliations']),
    { title: 'Management Accountant', company: 'Tally & Co', description: 'Requirements:\n- Month-end close\n- Reconciliations\n- Variance analysis' },
    /month-end close/,
    /month-end timetable/,
  ],
];

describe('interview prep asks what an interviewer in the field asks', () => {
  it.each(cases)('%s', (_name, resume, posting, likely, toAsk) => {
    const pack = writeInterviewPrep({ resume, posting });
    const [questions = '', asks = ''] = pack.split('## Questions to ask the interviewer');
    expect(questions).toMatch(likely);
    expect(asks).toMatch(toAsk);
    // Never the software question about how "the team uses" a skill.
    expect(pack).not.toMatch(/How does the team use/);
    expect(pack).not.toMatch(/work that spans several teams|get productive with it/);
    // The field's questions claim nothing about the person: grounding removes nothing from them.
    const grounded = groundDocument(pack, { resume, rawText: '', posting: { title: posting.title, company: posting.company, description: posting.description } });
    expect(grounded.changes).toEqual([]);
  });

  it('asks a lead in a trade about running a crew, not about several teams', () => {
    const resume = resumeOf('Lead Electrician', 'Kessler Electric', ['Lead a crew of 4–6'], ['Conduit Bending']);
    const pack = writeInterviewPrep({ resume, posting: { title: 'Electrical Foreman', company: 'Volt Build', description: "What you'll do:\n- Supervise a crew of 5" } });
    expect(pack).toMatch(/give out work to a crew/);
    expect(pack).toContain('This role will have you supervise a crew of 5.');
  });

  it('keeps the software questions for a software posting', () => {
    const resume = resumeOf('Backend Engineer', 'Parcel Labs', ['Built the billing service in Go'], ['Go', 'PostgreSQL']);
    const pack = writeInterviewPrep({ resume, posting: { title: 'Backend Engineer', company: 'Acme', description: 'Requirements:\n- Go\n- PostgreSQL' } });
    expect(pack).toMatch(/How does the team use Go today/);
    expect(pack).not.toMatch(/prove a circuit dead|allergens|walkaround/);
  });
});
