/**
 * Five people and postings from different trades, written for the session-34 letter and prep
 * tests (issue 13: "letters worth sending"), not copied from any trial: each resume states a
 * summary with its own count of years, measured results beside unmeasured duties (some written
 * as bare present-tense verbs), a certificate or licence and languages the posting asks for.
 * `prepared` runs them through the chat's path: the match once (`writingContext`), the writer,
 * the grounding check.
 */
import { writingContext } from '../../src/career/writing/writing-context.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import type { CoverLetterTone } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

export const peopleDate = new Date('2026-12-05T09:00:00Z');

const job = (id: string, title: string, company: string, location: string, description: string): JobRecord =>
  jobRecord(id, { title, company, location, remote: false, description, first_seen_at: '2026-12-01T00:00:00.000Z', last_seen_at: '2026-12-01T00:00:00.000Z' });

export interface LetterPerson {
  name: string;
  resume: JsonResume;
  posting: JobRecord;
}

export const letterPeople: LetterPerson[] = [
  {
    name: 'freight planner → shipping planner (Dutch employer)',
    resume: {
      basics: {
        name: 'Femke de Graaf',
        label: 'Freight planner',
        summary: 'Freight planner with 6 years in road and short-sea freight. Calm under disruption, fluent with carriers and customs brokers.',
        location: { city: 'Utrecht', countryCode: 'NL' },
      },
      work: [
        {
          name: 'Vrachtlijn Benelux B.V.',
          position: 'Freight Planner',
          startDate: '2020-09',
          highlights: [
            'Plan 90+ trailer moves a week across the Benelux in Transporeon',
            'Coach three new planners on carrier selection and tendering',
            'Lowered detention charges by 24% by rebooking slots the day a vessel slipped',
            'Raised on-time collection from 88% to 95% in 2024',
          ],
        },
        {
          name: 'Kantoorhuis Zeist',
          position: 'Office Administrator',
          startDate: '2015-02',
          endDate: '2020-08',
          highlights: ['Kept the supplier invoice register for 60 suppliers'],
        },
      ],
      skills: [{ name: 'Planning', keywords: ['Transporeon', 'Excel', 'Carrier management', 'Incoterms'] }],
      languages: [
        { language: 'Dutch', fluency: 'Native' },
        { language: 'English', fluency: 'Fluent' },
        { language: 'German', fluency: 'Good' },
      ],
      certificates: [{ name: 'Incoterms 2020 Practitioner', issuer: 'ICC Academy' }],
    },
    posting: job(
      'c1c1c1c1c1c1',
      'Shipping Planner',
      'Deltaport Shipping',
      'Amsterdam, Netherlands (hybrid)',
      [
        'Deltaport Shipping is looking for a Shipping Planner for our Amsterdam office.',
        '',
        'What you will do:',
        '- Plan container and trailer moves with our carriers',
        '- Rebook quickly when a vessel or a slot slips, to avoid detention',
        '- Keep customers informed of delays',
        '',
        'What you bring:',
        '- 3+ years of freight or transport planning',
        '- Experience with a TMS (Transporeon or similar)',
        '- Knowledge of Incoterms 2020',
        '- Dutch and English; German is a plus',
      ].join('\n'),
    ),
  },
  {
    name: 'ICU nurse → critical care nurse (Irish hospital)',
    resume: {
      basics: {
        name: 'Aoife Brennan',
        label: 'Critical care nurse',
        summary: 'Registered nurse with 8 years of critical care experience in busy teaching hospitals.',
        location: { city: 'Galway', countryCode: 'IE' },
      },
      work: [
        {
          name: 'University Hospital Galway',
          position: 'Clinical Nurse Specialist, ICU',
          startDate: '2021-03',
          highlights: [
            'Lead the ventilator weaning protocol for a 14-bed ICU',
            'Cut central-line infections from 4 to 1 per 1,000 line days with a new bundle audit',
            'Precept new ICU nurses through their first 12 weeks',
          ],
        },
        {
          name: 'Beaumont Hospital',
          position: 'Staff Nurse, Critical Care',
          startDate: '2018-06',
          endDate: '2021-02',
          highlights: ['Cared for ventilated patients on a 20-bed unit', 'Reduced pressure injuries by 30% with two-hourly turning checks'],
        },
      ],
      skills: [{ name: 'Clinical', keywords: ['Ventilator management', 'Sepsis screening', 'Medication administration'] }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Fluent' }],
      certificates: [{ name: 'Advanced Cardiovascular Life Support (ACLS)', issuer: 'Irish Heart Foundation' }],
    },
    posting: job(
      'c2c2c2c2c2c2',
      'Clinical Nurse, Intensive Care',
      'Mater Misericordiae Hospital',
      'Dublin, Ireland',
      [
        'Join our 18-bed intensive care unit.',
        '',
        'Responsibilities:',
        '- Care for ventilated and critically ill patients',
        '- Take part in infection control audits',
        '- Support the education of new staff',
        '',
        'Requirements:',
        '- Registered nurse with NMBI',
        '- 2+ years of critical care nursing',
        '- ACLS certification',
        '- Ventilator management',
        '- Irish language is an advantage',
      ].join('\n'),
    ),
  },
  {
    name: 'electrician → maintenance electrician (UK)',
    resume: {
      basics: {
        name: 'Callum Reid',
        label: 'Electrician',
        summary: 'Qualified electrician, 10 years on commercial and industrial sites.',
        location: { city: 'Bolton', countryCode: 'GB' },
      },
      work: [
        {
          name: 'Northgate Electrical Ltd',
          position: 'Approved Electrician',
          startDate: '2019-01',
          highlights: [
            'Fault-find on three-phase motors and PLC panels at food factories',
            'Cut unplanned line stoppages by 40% at one client with a thermal imaging survey',
            'Test and certify installations to BS 7671',
          ],
        },
        {
          name: 'Reid & Sons Electrical',
          position: 'Electrician',
          startDate: '2016-09',
          endDate: '2018-12',
          highlights: ['Wired 35 new-build homes a year'],
        },
      ],
      skills: [{ name: 'Electrical', keywords: ['Three-phase', 'PLC fault finding', 'Thermal imaging', 'BS 7671'] }],
      certificates: [{ name: '18th Edition Wiring Regulations (BS 7671)', issuer: 'City & Guilds' }, { name: 'ECS Gold Card', issuer: 'JIB' }],
    },
    posting: job(
      'c3c3c3c3c3c3',
      'Maintenance Electrician',
      'Pennine Foods',
      'Preston, UK',
      [
        'Keep our bakery lines running.',
        '',
        'Duties:',
        '- Fault-find on three-phase motors, drives and PLC-controlled equipment',
        '- Carry out planned preventive maintenance',
        '- Complete permits and lock-out before work',
        '',
        'You have:',
        '- Time-served electrician with 18th Edition (BS 7671)',
        '- 3+ years of industrial maintenance',
        '- ECS card',
        '- Rotating shift pattern, 4 on 4 off',
      ].join('\n'),
    ),
  },
  {
    name: 'backend engineer → platform engineer (Germany)',
    resume: {
      basics: {
        name: 'Jonas Albrecht',
        label: 'Backend engineer',
        summary: 'Backend engineer with 5 years building payment services in Go and PostgreSQL.',
        location: { city: 'Leipzig', countryCode: 'DE' },
      },
      work: [
        {
          name: 'Zahlwerk GmbH',
          position: 'Senior Backend Engineer',
          startDate: '2022-04',
          highlights: [
            'Own the settlement service in Go that moves 1.2 million payments a day',
            'Cut p99 latency from 900 ms to 180 ms by moving hot reads to a PostgreSQL read replica',
            'Run the on-call rotation for five engineers',
          ],
        },
        {
          name: 'Kontorsoft',
          position: 'Software Engineer',
          startDate: '2020-01',
          endDate: '2022-03',
          highlights: ['Moved 30 services to Kubernetes with Helm'],
        },
      ],
      skills: [{ name: 'Backend', keywords: ['Go', 'PostgreSQL', 'Kubernetes', 'Terraform'] }],
      languages: [{ language: 'German', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
      certificates: [{ name: 'Certified Kubernetes Administrator (CKA)', issuer: 'CNCF' }],
    },
    posting: job(
      'c4c4c4c4c4c4',
      'Platform Engineer',
      'Fernbahn Digital',
      'Berlin, Germany',
      [
        'Build the platform our teams ship on.',
        '',
        'You will:',
        '- Run our Kubernetes clusters and the Terraform that defines them',
        '- Make services faster and more reliable',
        '',
        'Requirements:',
        '- Kubernetes and Terraform',
        '- Go or Python',
        '- PostgreSQL operations',
        '- CKA certification is a plus',
        '- German and English',
      ].join('\n'),
    ),
  },
  {
    name: 'pastry chef → head pastry chef (US)',
    resume: {
      basics: {
        name: 'Rosa Delgado',
        label: 'Pastry chef',
        summary: 'Pastry chef with 7 years in hotel and restaurant kitchens.',
        location: { city: 'Chicago', region: 'IL', countryCode: 'US' },
      },
      work: [
        {
          name: 'The Lakeshore Hotel',
          position: 'Pastry Sous Chef',
          startDate: '2021-05',
          highlights: [
            'Run the pastry section for a 220-seat restaurant and banquets',
            'Reduced pastry food cost from 31% to 24% by costing every plated dessert',
            'Train four commis on laminated doughs',
          ],
        },
        {
          name: 'Maison Clair Bakery',
          position: 'Pastry Cook',
          startDate: '2019-03',
          endDate: '2021-04',
          highlights: ['Baked 400 croissants every morning'],
        },
      ],
      skills: [{ name: 'Pastry', keywords: ['Laminated doughs', 'Chocolate work', 'Food costing', 'Menu development'] }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Native' }],
      certificates: [{ name: 'ServSafe Food Protection Manager', issuer: 'National Restaurant Association' }],
    },
    posting: job(
      'c5c5c5c5c5c5',
      'Head Pastry Chef',
      'Harbor & Vine',
      'Chicago, IL',
      [
        'Lead the pastry program at our new restaurant.',
        '',
        'You will:',
        '- Develop a seasonal dessert menu',
        '- Manage pastry food cost and ordering',
        '- Train and schedule the pastry team',
        '',
        'Requirements:',
        '- 4+ years in pastry, 2 in a leadership role',
        '- ServSafe Manager certification',
        '- Laminated doughs and chocolate work',
        '- Spanish is a plus',
      ].join('\n'),
    ),
  },
];

/**
 * One person's writers through the chat's path: the match (run once), then a letter in any tone
 * or the prep pack, each through the grounding check.
 */
export async function preparedPerson({ resume, posting }: LetterPerson) {
  const career = fakeCareerDependencies({}, { jobs: [posting] });
  await career.resumes.add({ label: 'cv', format: 'md', filename: 'cv.md', rawText: '', resume });
  const found = await writingContext({ job: posting.id }, { signal: new AbortController().signal }, career);
  if (!found.ok) throw new Error(found.error);
  const { writing } = found;
  const sources = {
    resume,
    rawText: '',
    posting: { title: posting.title, company: posting.company, description: posting.description, location: posting.location ?? undefined },
    now: peopleDate,
  };
  const letter = (tone: CoverLetterTone) => groundDocument(writeCoverLetter({ resume, posting: writing.posting, tone, date: peopleDate }), sources);
  const prep = () => groundDocument(writeInterviewPrep({ resume, posting: writing.posting }), sources);
  return { match: writing.match, letter, prep };
}
