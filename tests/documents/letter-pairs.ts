import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';

/**
 * Resume × posting pairs from several professions, written for the letter tests (not for the
 * writer's code): each resume's highlights are the only achievements a letter may cite.
 */
export interface LetterPair {
  name: string;
  resume: WriterResume;
  posting: WriterPosting;
}

export const letterPairs: LetterPair[] = [
  {
    name: 'nurse → ward manager',
    resume: {
      basics: { name: 'Siobhán O’Neill', email: 'siobhan@example.ie', location: { city: 'Cork', countryCode: 'IE' } },
      work: [
        {
          name: 'Mercy University Hospital',
          position: 'Senior Staff Nurse',
          startDate: '2019-02',
          highlights: [
            'Coordinated discharge planning for a 32-bed surgical ward, cutting average stay by 1.5 days',
            'Trained 14 new graduate nurses in sepsis screening',
          ],
        },
        { name: 'St. Luke’s Clinic', position: 'Staff Nurse', startDate: '2015-09', endDate: '2019-01', highlights: ['Ran the wound care clinic three days a week'] },
      ],
      education: [{ institution: 'University College Cork', studyType: 'Bachelor of Science', area: 'Nursing' }],
      skills: [{ name: 'Clinical', keywords: ['Sepsis screening', 'Discharge planning', 'Wound care'] }],
    },
    posting: {
      title: 'Clinical Nurse Manager',
      company: 'Bon Secours Health',
      location: 'Cork, Ireland',
      description: 'Lead a surgical ward team. You will own discharge planning and staff training, including sepsis screening. Rostering experience is an advantage.',
      requiredSkills: ['Discharge planning', 'Sepsis screening'],
      niceToHaveSkills: ['Rostering'],
    },
  },
  {
    name: 'accountant → finance lead',
    resume: {
      basics: { name: 'Tomasz Wiśniewski', email: 'tomasz@example.pl', location: { city: 'Warsaw', countryCode: 'PL' } },
      work: [
        {
          name: 'Baltic Freight Sp. z o.o.',
          position: 'Senior Accountant',
          startDate: '2020-05',
          highlights: ['Closed the monthly books in 4 days instead of 9 by automating reconciliations in Excel', 'Prepared IFRS statements for three subsidiaries'],
        },
        { name: 'KPMG', position: 'Audit Associate', startDate: '2016-10', endDate: '2020-04', highlights: ['Audited 20 mid-sized manufacturers'] },
      ],
      skills: [{ name: 'Finance', keywords: ['IFRS', 'Excel', 'SAP'] }],
    },
    posting: {
      title: 'Finance Lead',
      company: 'Nordhaven Logistics',
      location: 'Remote',
      description: 'Own month-end close and reporting under IFRS. Excel at an expert level; SAP experience required; Power BI is a plus.',
      requiredSkills: ['IFRS', 'Excel', 'SAP'],
      niceToHaveSkills: ['Power BI'],
    },
  },
  {
    name: 'teacher → instructional designer (career changer)',
    resume: {
      basics: { name: 'Maya Goldberg', label: 'Secondary school teacher', email: 'maya@example.com', location: { city: 'Austin', region: 'TX' } },
      work: [
        {
          name: 'Eastside Memorial High School',
          position: 'Biology Teacher',
          startDate: '2017-08',
          highlights: ['Built a blended biology course in Canvas used by 6 teachers', 'Raised the pass rate on the state exam from 61% to 78%'],
        },
      ],
      projects: [{ name: 'Open Cell Lab', highlights: ['Designed 12 interactive lessons with Articulate Storyline'] }],
      skills: [{ name: 'Teaching', keywords: ['Curriculum design', 'Canvas', 'Articulate Storyline'] }],
    },
    posting: {
      title: 'Instructional Designer',
      company: 'Lumen Learning',
      location: 'Austin, TX',
      description: 'Design online courses with Articulate Storyline and Canvas. Curriculum design experience required. SCORM knowledge is a plus.',
      requiredSkills: ['Articulate Storyline', 'Canvas', 'Curriculum design'],
      niceToHaveSkills: ['SCORM'],
    },
  },
  {
    name: 'warehouse supervisor → operations manager',
    resume: {
      basics: { name: 'Kwame Mensah', email: 'kwame@example.co.uk', location: { city: 'Leeds', countryCode: 'GB' } },
      work: [
        {
          name: 'Ocado Group',
          position: 'Warehouse Shift Supervisor',
          startDate: '2018-03',
          endDate: '2025-06',
          highlights: ['Led a shift of 45 pickers and cut mispicks by 30%', 'Rolled out a WMS upgrade across two sites'],
        },
      ],
      skills: [{ name: 'Operations', keywords: ['WMS', 'Lean', 'Health and safety'] }],
    },
    posting: {
      title: 'Operations Manager',
      company: 'Stripe',
      location: 'Europe, UK',
      description: 'Run our fulfilment site. WMS and Lean experience needed; forklift certification is nice to have.',
      requiredSkills: ['WMS', 'Lean'],
      niceToHaveSkills: ['Forklift certification'],
    },
  },
  {
    name: 'data scientist with 9.x years (regression: a letter said "10 years" where the resume says 9)',
    resume: {
      basics: { name: 'Ana Lima', email: 'ana@example.br', location: { city: 'São Paulo', countryCode: 'BR' } },
      work: [
        // 2016-03 → 2025-12: 9 years and 9 months, which must read as 9, never 10.
        {
          name: 'Nubank',
          position: 'Senior Data Scientist',
          startDate: '2021-01',
          highlights: ['Built a credit-risk model in Python that cut defaults by 12%'],
        },
        { name: 'Itaú Unibanco', position: 'Data Analyst', startDate: '2016-03', endDate: '2020-12', highlights: ['Automated weekly SQL reports for 5 regional teams'] },
      ],
      skills: [{ name: 'Data', keywords: ['Python', 'SQL', 'scikit-learn'] }],
    },
    posting: {
      title: 'Lead Data Scientist',
      company: 'Mercado Libre',
      location: 'São Paulo, Brazil',
      description: 'Lead our risk modelling. Python and SQL required; Spark is a plus.',
      requiredSkills: ['Python', 'SQL'],
      niceToHaveSkills: ['Spark'],
    },
  },
];

/** The letters' date in these tests; the 9.x-years resume is measured to it. */
export const pairsDate = new Date('2025-12-10T09:00:00Z');

/**
 * Pairs written after the writer was finished and run once, never tuned on: a check that the
 * letters hold for people the writer was not adjusted to.
 */
export const heldOutLetterPairs: LetterPair[] = [
  {
    name: 'chef → kitchen manager (held out)',
    resume: {
      basics: { name: 'Léa Fournier', email: 'lea@example.fr', location: { city: 'Lyon', countryCode: 'FR' } },
      work: [
        {
          name: 'Brasserie Georges',
          position: 'Sous Chef',
          startDate: '2020-04',
          highlights: ['Cut food waste by 22% with a new HACCP-compliant stock rotation', 'Planned seasonal menus for 300 covers a night'],
        },
        { name: 'Hôtel Carlton', position: 'Chef de Partie', startDate: '2016-01', endDate: '2020-03' },
      ],
      skills: [{ name: 'Kitchen', keywords: ['HACCP', 'Menu planning', 'Food costing'] }],
    },
    posting: {
      title: 'Kitchen Manager',
      company: 'Maison Lumière',
      location: 'Lyon, France',
      description: 'Run a busy kitchen. HACCP and menu planning required; food costing and wine pairing a plus.',
      requiredSkills: ['HACCP', 'Menu planning'],
      niceToHaveSkills: ['Food costing', 'Wine pairing'],
    },
  },
  {
    name: 'civil engineer, Inc. employer → project engineer (held out)',
    resume: {
      basics: { name: 'Daniel Park', email: 'daniel@example.com', location: { city: 'Seattle', region: 'WA' } },
      work: [
        {
          name: 'Sound Transit Partners, Inc.',
          position: 'Civil Engineer II',
          startDate: '2018-06',
          highlights: ['Designed drainage for 4 miles of light-rail track in AutoCAD Civil 3D', 'Managed permits with 3 city agencies'],
        },
      ],
      education: [{ institution: 'University of Washington', studyType: 'Master of Science', area: 'Civil Engineering' }],
      skills: [{ name: 'Engineering', keywords: ['AutoCAD Civil 3D', 'Stormwater design', 'Permitting'] }],
    },
    posting: {
      title: 'Project Engineer',
      company: 'Kiewit',
      location: 'Seattle, WA',
      description: 'Deliver transit projects. AutoCAD Civil 3D and permitting experience required; a PE license is preferred.',
      requiredSkills: ['AutoCAD Civil 3D', 'Permitting'],
      niceToHaveSkills: ['PE license'],
    },
  },
];
