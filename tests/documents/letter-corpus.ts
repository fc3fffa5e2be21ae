/**
 * A corpus of (resume, posting) pairs written for session 46 (issue 13, "letters worth
 * sending"), not copied from any trial or other test: nine people in different trades,
 * countries and languages, most of them changing field, with resumes written the way people
 * write them — Europass-style duty lines, table leftovers ("x 14 sites"), "Responsible for:"
 * lists, verbless shorthand, bullets cut by a page break, participles ("Using SQL to …") —
 * and postings in English, Portuguese, Spanish and German. The letter and prep tests read
 * every tone of every pair.
 */
import type { LetterPerson } from './letter-people.ts';
import { jobRecord } from '../fakes/job-record.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';

const job = (id: string, title: string, company: string, location: string, description: string): JobRecord =>
  jobRecord(id, { title, company, location, remote: false, description, first_seen_at: '2026-12-01T00:00:00.000Z', last_seen_at: '2026-12-01T00:00:00.000Z' });

export const letterCorpus: LetterPerson[] = [
  {
    name: 'Porto warehouse planner → BI analyst (posting in Portuguese)',
    resume: {
      basics: {
        name: 'Inês Carvalho',
        label: 'Warehouse Planning Coordinator',
        summary: 'Warehouse planner with 7 years in 3PL operations, now moving into data analysis. Self-taught in SQL and Power BI.',
        location: { city: 'Porto', countryCode: 'PT' },
      },
      work: [
        {
          name: 'Transnorte Logística, S.A.',
          position: 'Warehouse Planning Coordinator',
          startDate: '2021-02',
          highlights: [
            'Responsible for: inbound slot planning, carrier KPIs, stock count schedules',
            'Excel / Power BI dashboards x 14 sites',
            'Reduced dock waiting time from 52 to 31 minutes by re-sequencing inbound slots',
            'Using SQL to reconcile WMS stock with SAP every week and',
            'weekly reporting to the operations director',
          ],
        },
        {
          name: 'Armazéns do Douro',
          position: 'Logistics Assistant',
          startDate: '2018-01',
          endDate: '2021-01',
          highlights: ['Team of 6', 'Picking errors 2.1% → 0.8%', 'Gestão de inventário e contagens cíclicas'],
        },
      ],
      skills: [{ name: 'Data', keywords: ['SQL', 'Power BI', 'Excel', 'SAP'] }],
      languages: [{ language: 'Portuguese', fluency: 'Native' }, { language: 'English', fluency: 'C1' }],
      education: [{ institution: 'Universidade do Porto', studyType: 'Licenciatura', area: 'Gestão' }],
    },
    posting: job(
      'f4a0000000a1',
      'Analista de Business Intelligence',
      'Lusodados',
      'Porto, Portugal (híbrido)',
      [
        'A Lusodados procura um Analista de BI para a equipa de operações.',
        '',
        'O que vais fazer:',
        '- Construir dashboards em Power BI para as equipas de logística',
        '- Escrever consultas SQL sobre o nosso data warehouse',
        '- Apoiar a direção com relatórios mensais',
        '',
        'Requisitos:',
        '- Experiência com SQL e Power BI',
        '- Conhecimento de Python é uma mais-valia',
        '- Português e inglês fluentes',
        '- Contrato sem termo, regime híbrido',
      ].join('\n'),
    ),
  },
  {
    name: 'Seville secondary teacher → instructional designer (posting in Spanish)',
    resume: {
      basics: {
        name: 'Lucía Moreno Ruiz',
        label: 'Secondary school teacher (Biology)',
        summary: 'Biology teacher with 9 years in state secondary schools, building online courses since 2020.',
        location: { city: 'Sevilla', countryCode: 'ES' },
      },
      work: [
        {
          name: 'IES Bécquer',
          position: 'Biology Teacher',
          startDate: '2017-09',
          highlights: [
            'Designed a blended-learning Biology course in Moodle used by 240 students a year',
            'Head of the science department 2021-2023',
            'Pass rate in the regional exam 68% → 81%',
            'Plan and deliver lessons for 5 groups',
          ],
        },
        {
          name: 'Colegio San Fernando',
          position: 'Science Teacher',
          startDate: '2015-09',
          endDate: '2017-06',
          highlights: ['Created 30 short video lessons for revision'],
        },
      ],
      skills: [{ name: 'Learning design', keywords: ['Moodle', 'Articulate Storyline', 'Video editing', 'Curriculum design'] }],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'B2' }],
      education: [{ institution: 'Universidad de Sevilla', studyType: 'Máster', area: 'Profesorado de Educación Secundaria' }],
    },
    posting: job(
      'f4a0000000a2',
      'Diseñador/a Instruccional',
      'Aprendia Formación',
      'Madrid, España',
      [
        'En Aprendia buscamos un/a diseñador/a instruccional para nuestros cursos en línea.',
        '',
        'Funciones:',
        '- Diseñar cursos e-learning con Articulate Storyline',
        '- Trabajar con los expertos para crear los contenidos',
        '- Medir el impacto de la formación',
        '',
        'Requisitos:',
        '- Experiencia en diseño instruccional o docencia',
        '- Articulate Storyline y Moodle',
        '- Se valorará experiencia con SCORM',
      ].join('\n'),
    ),
  },
  {
    name: 'Stuttgart mechanical engineer → project manager (posting in German)',
    resume: {
      basics: {
        name: 'Jürgen Maier',
        label: 'Mechanical Design Engineer',
        summary: 'Mechanical engineer with 11 years in automotive tooling.',
        location: { city: 'Stuttgart', countryCode: 'DE' },
      },
      work: [
        {
          name: 'Härtel Werkzeugbau GmbH',
          position: 'Senior Design Engineer',
          startDate: '2019-05',
          highlights: [
            'Led the tooling design for a new door-panel line, delivered 3 weeks early',
            'Coordinated 4 suppliers in Czechia and Poland',
            'Cut design change requests by 35% with a shared CAD review',
          ],
        },
        {
          name: 'Kolb Automotive',
          position: 'Design Engineer',
          startDate: '2014-03',
          endDate: '2019-04',
          highlights: ['CATIA V5 modelling of stamping dies'],
        },
      ],
      skills: [{ name: 'Engineering', keywords: ['CATIA V5', 'SolidWorks', 'FMEA', 'MS Project'] }],
      languages: [{ language: 'German', fluency: 'Muttersprache' }, { language: 'English', fluency: 'fließend' }],
      certificates: [{ name: 'PRINCE2 Foundation', issuer: 'AXELOS' }],
    },
    posting: job(
      'f4a0000000a3',
      'Projektmanager (m/w/d) Sondermaschinenbau',
      'Rothmann Anlagenbau',
      'Esslingen, Deutschland',
      [
        'Wir suchen einen Projektmanager für unsere Kundenprojekte im Sondermaschinenbau.',
        '',
        'Deine Aufgaben:',
        '- Du steuerst Projekte von der Auftragsklärung bis zur Abnahme',
        '- Du koordinierst Konstruktion, Einkauf und Lieferanten',
        '',
        'Dein Profil:',
        '- Abgeschlossenes Studium im Maschinenbau',
        '- Erfahrung im Projektmanagement, idealerweise mit PRINCE2',
        '- MS Project und FMEA',
        '- Sehr gute Deutsch- und Englischkenntnisse',
        '- Unbefristete Festanstellung, Vollzeit',
      ].join('\n'),
    ),
  },
  {
    name: 'London software engineer → product manager',
    resume: {
      basics: {
        name: 'Priya Raman',
        label: 'Software Engineer',
        summary: 'Software engineer with 6 years building consumer fintech apps; I ran discovery for two features end to end.',
        location: { city: 'London', countryCode: 'GB' },
      },
      work: [
        {
          name: 'Monzell Bank Ltd',
          position: 'Software Engineer II',
          startDate: '2021-06',
          highlights: [
            'Ran user interviews with 25 customers to scope a savings-goals feature, adopted by 180k users',
            'Wrote the product spec and roadmap for card controls with the PM',
            'React Native, TypeScript, Kotlin',
          ],
        },
        {
          name: 'Paystack-like Startup',
          position: 'Junior Developer',
          startDate: '2019-01',
          endDate: '2021-05',
          highlights: ['Shipped the onboarding flow; sign-up completion up from 41% to 63%'],
        },
      ],
      skills: [{ name: 'Product', keywords: ['User research', 'Roadmapping', 'SQL', 'A/B testing'] }, { name: 'Engineering', keywords: ['TypeScript', 'React Native', 'Kotlin'] }],
    },
    posting: job(
      'f4a0000000a4',
      'Product Manager, Payments',
      'Clearwell',
      'London, UK (hybrid)',
      [
        'Clearwell is hiring a Product Manager to own our payments experience.',
        '',
        'You will:',
        '- Own the roadmap for payments and card features',
        '- Run discovery with customers and turn it into specs',
        '- Define success metrics and run A/B tests',
        '',
        'About you:',
        '- 3+ years in product management or a technical role working closely with product',
        '- Comfortable with SQL and A/B testing',
        '- Experience with Amplitude is a plus',
        '- Full-time, permanent',
      ].join('\n'),
    ),
  },
  {
    name: 'Nairobi accountant → financial analyst (same field)',
    resume: {
      basics: {
        name: 'Wanjiru Kamau',
        label: 'Senior Accountant',
        summary: 'Chartered accountant (CPA-K) with 8 years in audit and corporate finance.',
        location: { city: 'Nairobi', countryCode: 'KE' },
      },
      work: [
        {
          name: 'Savanna Breweries PLC',
          position: 'Senior Accountant',
          startDate: '2020-07',
          highlights: [
            'Built the 3-year budget model in Excel for 6 business units',
            'Month-end close shortened from 10 to 5 working days',
            'Key contact for external auditors (EY)',
          ],
        },
        {
          name: 'Mwangi & Otieno Associates',
          position: 'Audit Senior',
          startDate: '2016-01',
          endDate: '2020-06',
          highlights: ['Audited 15 clients a year in manufacturing and retail'],
        },
      ],
      skills: [{ name: 'Finance', keywords: ['IFRS', 'Excel', 'Financial modelling', 'SAP'] }],
      certificates: [{ name: 'CPA Kenya', issuer: 'ICPAK' }],
    },
    posting: job(
      'f4a0000000a5',
      'Financial Analyst',
      'Rift Valley Energy',
      'Nairobi, Kenya',
      [
        'Support our FP&A team with budgeting, forecasting and board reporting.',
        '',
        'Requirements:',
        '- CPA(K) or ACCA',
        '- 4+ years in finance or audit',
        '- Strong Excel and financial modelling',
        '- Power BI would be an advantage',
      ].join('\n'),
    ),
  },
  {
    name: 'Toronto retail store manager → HR generalist',
    resume: {
      basics: {
        name: 'Marc-André Tremblay',
        label: 'Store Manager',
        summary: 'Retail store manager with 10 years leading teams of up to 40.',
        location: { city: 'Toronto', region: 'ON', countryCode: 'CA' },
      },
      work: [
        {
          name: 'Northern Outfitters Inc.',
          position: 'Store Manager',
          startDate: '2018-04',
          highlights: [
            'Hired and onboarded 60+ seasonal staff a year',
            'Staff turnover down from 48% to 29% after introducing stay interviews',
            'Handled employee relations cases with the regional HR partner, including',
            'Scheduling in Workday for 35 staff',
          ],
        },
        {
          name: 'Maple Home Stores',
          position: 'Assistant Store Manager',
          startDate: '2014-06',
          endDate: '2018-03',
          highlights: ['Trained new supervisors on the labour budget'],
        },
      ],
      skills: [{ name: 'People', keywords: ['Recruiting', 'Onboarding', 'Workday', 'Employee relations'] }],
      languages: [{ language: 'French', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
      certificates: [{ name: 'CHRP candidate (HRPA)', issuer: 'HRPA' }],
    },
    posting: job(
      'f4a0000000a6',
      'HR Generalist',
      'Lakeshore Credit Union',
      'Toronto, ON',
      [
        'Join our People team supporting 300 employees across 12 branches.',
        '',
        'Responsibilities:',
        '- Full-cycle recruiting and onboarding',
        '- Advise managers on employee relations',
        '- Maintain employee records in Workday',
        '',
        'Qualifications:',
        '- 2+ years of HR experience',
        '- CHRP designation or working toward it',
        '- Knowledge of the Ontario Employment Standards Act',
        '- French is an asset',
      ].join('\n'),
    ),
  },
  {
    name: 'Kraków translator → localization project manager',
    resume: {
      basics: {
        name: 'Zofia Wójcik',
        label: 'Freelance translator EN/DE > PL',
        summary: 'Translator for 8 years, specialising in software and medical devices.',
        location: { city: 'Kraków', countryCode: 'PL' },
      },
      work: [
        {
          name: 'Self-employed',
          position: 'Freelance Translator',
          startDate: '2018-01',
          highlights: [
            'Translated ~1.2M words/yr for agencies incl.',
            'Memsource and Trados power user',
            'Ran a team of 3 reviewers for a 400k-word medical device project, on time and on budget',
          ],
        },
        {
          name: 'Lingwista Sp. z o.o.',
          position: 'In-house Translator',
          startDate: '2016-02',
          endDate: '2017-12',
          highlights: ['Tłumaczenia dokumentacji technicznej', 'Built the agency’s first term base (9,000 entries)'],
        },
      ],
      skills: [{ name: 'Localization', keywords: ['Trados', 'Memsource', 'Terminology management', 'QA tools'] }],
      languages: [{ language: 'Polish', fluency: 'Native' }, { language: 'English', fluency: 'C2' }, { language: 'German', fluency: 'C1' }],
    },
    posting: job(
      'f4a0000000a7',
      'Localization Project Manager',
      'Vistula Language Services',
      'Kraków, Poland (hybrid)',
      [
        'We localize software and medical content into 30 languages.',
        '',
        'What you will do:',
        '- Plan and run localization projects from quote to delivery',
        '- Manage a pool of freelance linguists',
        '- Keep term bases and translation memories in order',
        '',
        'What we expect:',
        '- 2+ years in localization or translation',
        '- Phrase (Memsource) or Trados',
        '- Jira',
        '- Polish and English; German is a plus',
        '- B2B contract or employment contract',
      ].join('\n'),
    ),
  },
  {
    name: 'Lagos site engineer → construction site manager (same field)',
    resume: {
      basics: {
        name: 'Chinedu Okafor',
        label: 'Site Engineer',
        summary: 'Civil engineer with 7 years on commercial buildings.',
        location: { city: 'Lagos', countryCode: 'NG' },
      },
      work: [
        {
          name: 'Eko Build Ltd',
          position: 'Site Engineer',
          startDate: '2020-03',
          highlights: [
            'Supervised 80 workers on a 12-storey office block',
            'Zero lost-time injuries in 2023',
            'Setting out, levelling and quality checks on concrete pours',
          ],
        },
        {
          name: 'Delta Structures',
          position: 'Graduate Engineer',
          startDate: '2017-09',
          endDate: '2020-02',
          highlights: ['Prepared bar bending schedules for 3 bridges'],
        },
      ],
      skills: [{ name: 'Construction', keywords: ['AutoCAD', 'MS Project', 'Site supervision', 'HSE'] }],
      certificates: [{ name: 'COREN registration', issuer: 'COREN' }, { name: 'NEBOSH International General Certificate', issuer: 'NEBOSH' }],
    },
    posting: job(
      'f4a0000000a8',
      'Site Manager',
      'Atlantic Towers Development',
      'Lagos, Nigeria',
      [
        'Run our residential tower site in Lekki.',
        '',
        'Responsibilities:',
        '- Manage subcontractors and daily site progress',
        '- Own health and safety on site',
        '- Report to the project director weekly',
        '',
        'Requirements:',
        '- COREN registered civil engineer',
        '- 5+ years on building sites',
        '- NEBOSH certificate',
        '- MS Project and Primavera P6',
      ].join('\n'),
    ),
  },
  {
    name: 'Mexico City call-centre agent → customer success (posting in Spanish)',
    resume: {
      basics: {
        name: 'Alejandra Núñez',
        label: 'Customer Service Team Lead',
        summary: 'Customer service lead with 5 years in telecom contact centres.',
        location: { city: 'Ciudad de México', countryCode: 'MX' },
      },
      work: [
        {
          name: 'Telcomex S.A. de C.V.',
          position: 'Team Lead, Customer Service',
          startDate: '2022-01',
          highlights: [
            'Coach 12 agents on first-call resolution',
            'CSAT 78% → 90% in one year',
            'Zendesk admin: macros, triggers and',
          ],
        },
        {
          name: 'Callpoint',
          position: 'Customer Service Agent',
          startDate: '2020-02',
          endDate: '2021-12',
          highlights: ['Answered 70 calls a day for a prepaid mobile brand'],
        },
      ],
      skills: [{ name: 'Support', keywords: ['Zendesk', 'Salesforce', 'Customer onboarding', 'Excel'] }],
      languages: [{ language: 'Spanish', fluency: 'Nativo' }, { language: 'English', fluency: 'Advanced' }],
    },
    posting: job(
      'f4a0000000a9',
      'Customer Success Manager',
      'Nubelia',
      'Ciudad de México, México',
      [
        'Buscamos un Customer Success Manager para nuestros clientes en México.',
        '',
        'Responsabilidades:',
        '- Acompañar a los clientes desde el onboarding',
        '- Reducir la cancelación de clientes',
        '',
        'Requisitos:',
        '- 2+ años en atención o éxito del cliente',
        '- Salesforce y Zendesk',
        '- Inglés avanzado',
      ].join('\n'),
    ),
  },
];
