/**
 * Issue 13: resumes written by strangers, one class of reading error per block. Each resume is
 * written here (names, employers and titles of our own), and where the class depends on the
 * format it is built as a real file: a PDF with pdfkit (which wraps long lines the way word
 * processors do) and a DOCX with the docx library.
 */
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { buildResumeDocx, buildResumePdf, type ResumeDocumentLine } from './build-resume-documents.ts';

const roles = (resume: JsonResume) =>
  (resume.work ?? []).map((work) => [work.name, work.position, work.startDate, work.endDate ?? 'present']);

// A designer who was a nurse: stacked headers ("Title, Company AS" over "Place · dates"), the
// company first in one, "at" in another; a bullet and a LinkedIn URL long enough to wrap.
const designerLines: readonly ResumeDocumentLine[] = [
  { text: 'Ingrid Solberg-Haugland, MSc', kind: 'name' },
  { text: 'ingrid.solberg@example.no | +47 912 34 567 | Bergen, Vestland, Norway | www.linkedin.com/in/ingridsolberghaugland' },
  { text: 'Experience', kind: 'heading' },
  { text: 'Lead Product Designer, Fjordline Health AS' },
  { text: 'Bergen, Norway · Apr 2020 – Present' },
  {
    text: 'Ran usability studies with forty nurses and pharmacists across three regional hospitals, then shipped the NHS Digital medication-round redesign',
    kind: 'bullet',
  },
  { text: 'Built the design system used by six product teams', kind: 'bullet' },
  { text: 'Skarvik & Dahl GmbH — Senior UX Researcher' },
  { text: 'Hamburg, Germany · 2016 – 2020' },
  { text: 'Led diary studies for a banking app', kind: 'bullet' },
  { text: 'Clinical Nurse at Haukeland Sykehus' },
  { text: '2012 – 2016' },
  { text: 'Cared for patients on a 30-bed cardiology ward', kind: 'bullet' },
  { text: 'Skills', kind: 'heading' },
  { text: 'Figma (prototyping, design systems), Python (scripting), usability testing' },
];
const designerRoles = [
  ['Fjordline Health AS', 'Lead Product Designer', '2020-04', 'present'],
  ['Skarvik & Dahl GmbH', 'Senior UX Researcher', '2016', '2020'],
  ['Haukeland Sykehus', 'Clinical Nurse', '2012', '2016'],
];

describe('a header names the title and the employer in either order', () => {
  it.each([
    ['designer.pdf', buildResumePdf],
    ['designer.docx', buildResumeDocx],
  ])('%s: "Title, Company AS", "Company GmbH — Title" and "Title at Company" over a dates line', async (filename, build) => {
    const { resume } = await parseResumeBytes(await build(designerLines), filename);
    expect(roles(resume)).toEqual(designerRoles);
    expect(resume.work?.map((work) => work.location)).toEqual(['Bergen, Norway', 'Hamburg, Germany', undefined]);
  });

  it('plain text: one-line headers with a comma, a dash, "at" and a pipe', () => {
    const resume = parseSections(
      [
        'Tendai Moyo',
        'tendai.moyo@example.com',
        '',
        'Work History',
        'Charge Nurse, Parirenyatwa Group of Hospitals | Jan 2019 – Present',
        '• Ran a ward of 28 beds',
        'Marlow Clinics Ltd — Staff Nurse, 2015 – 2018',
        '• Triage in the walk-in centre',
        'Ward Clerk at Chitungwiza Central, 2013 – 2015',
        'Kesterfield Bakery Ltd, Shift Supervisor, 2011 – 2013',
      ].join('\n'),
    );
    expect(roles(resume)).toEqual([
      ['Parirenyatwa Group of Hospitals', 'Charge Nurse', '2019-01', 'present'],
      ['Marlow Clinics Ltd', 'Staff Nurse', '2015', '2018'],
      ['Chitungwiza Central', 'Ward Clerk', '2013', '2015'],
      ['Kesterfield Bakery Ltd', 'Shift Supervisor', '2011', '2013'],
    ]);
  });

  it('keeps an employer and its city apart ("Audit Manager, Holloway Reeve LLP, Leeds")', () => {
    const [work] = parseSections('Experience\n2016 – 2021: Audit Manager, Holloway Reeve LLP, Leeds').work ?? [];
    expect(work).toMatchObject({ name: 'Holloway Reeve LLP', position: 'Audit Manager', location: 'Leeds' });
  });
});

describe('Markdown: every heading starts an entry', () => {
  const markdown = [
    '# Aleksander Wiśniewski',
    '',
    'aleks.w@example.pl · github.com/awisniewski',
    '',
    '## Experience',
    '',
    '### Senior Backend Engineer — Wirtland Sp. z o.o.',
    '',
    'Kraków, Poland (hybrid) · Mar 2021 – present',
    '',
    '- Split the order service into three',
    '- Cut p95 latency by 35%',
    '',
    '### Pixelgrove — Frontend Developer',
    '',
    '*2018 – 2021*',
    '',
    'Worked on the storefront.',
    '',
    '- Moved the checkout to React',
    '',
    '### Volunteer Mentor — Rails Girls Kraków',
    '',
    '- Coached two cohorts of beginners',
    '',
    '## Skills',
    '',
    'Ruby, Go, PostgreSQL',
  ].join('\n');

  it('reads each heading\'s title and employer, with the place and dates below it after a blank line', () => {
    const resume = parseSections(markdown);
    expect(roles(resume)).toEqual([
      ['Wirtland Sp. z o.o.', 'Senior Backend Engineer', '2021-03', 'present'],
      ['Pixelgrove', 'Frontend Developer', '2018', '2021'],
      ['Rails Girls Kraków', 'Volunteer Mentor', undefined, 'present'],
    ]);
    expect(resume.work?.[0]?.location).toBe('Kraków, Poland (hybrid)');
  });

  it('files no heading as a bullet of the entry before it', () => {
    const work = parseSections(markdown).work ?? [];
    expect(work.map((entry) => entry.highlights)).toEqual([
      ['Split the order service into three', 'Cut p95 latency by 35%'],
      ['Moved the checkout to React'],
      ['Coached two cohorts of beginners'],
    ]);
    expect(work[1]?.summary).toBe('Worked on the storefront.');
  });

  it('takes no job\'s place for where the person lives', () => {
    expect(parseSections(markdown).basics).toEqual({
      name: 'Aleksander Wiśniewski',
      email: 'aleks.w@example.pl',
      profiles: [{ network: 'GitHub', username: 'awisniewski', url: 'https://github.com/awisniewski' }],
    });
  });
});

describe('a wrapped line is part of its bullet', () => {
  it('a PDF bullet wrapped before a capitalised word comes back as one highlight', async () => {
    const { resume, rawText } = await parseResumeBytes(await buildResumePdf(designerLines), 'designer.pdf');
    // The PDF really wraps there: the class under test.
    expect(rawText).toMatch(/the NHS\nDigital medication-round redesign/);
    expect(resume.work?.[0]?.highlights).toEqual([
      'Ran usability studies with forty nurses and pharmacists across three regional hospitals, then shipped the NHS Digital medication-round redesign',
      'Built the design system used by six product teams',
    ]);
  });

  it('joins continuations that start with a capital or a digit, and leaves the next header alone', () => {
    const work = parseSections(
      [
        'Experience',
        'Staff Platform Engineer, Nordvik Payments AB',
        'Stockholm · Feb 2020 – Present',
        '• Rebuilt the settlement service that reconciles merchant payouts across four Nordic markets for merchants on',
        'Stripe Connect and Klarna',
        '• Cut the nightly batch that settles merchant payouts across all four Nordic currencies from three hours to',
        '11 minutes, saving 40 engineer-hours a month',
        '• Led an on-call rotation of nine engineers across three time zones and wrote the incident review template',
        'Kvarn Studio — Backend Developer',
        '2016 – 2020',
        '• Moved the booking service from a single Heroku dyno to a Kubernetes cluster running in three regions at',
        'Tallbacka Kommun',
        'IT Technician',
        '2014 – 2016',
      ].join('\n'),
    ).work;
    expect(work?.map((entry) => [entry.name, entry.position])).toEqual([
      ['Nordvik Payments AB', 'Staff Platform Engineer'],
      ['Kvarn Studio', 'Backend Developer'],
      ['Tallbacka Kommun', 'IT Technician'],
    ]);
    expect(work?.[0]?.highlights).toEqual([
      'Rebuilt the settlement service that reconciles merchant payouts across four Nordic markets for merchants on Stripe Connect and Klarna',
      'Cut the nightly batch that settles merchant payouts across all four Nordic currencies from three hours to 11 minutes, saving 40 engineer-hours a month',
      'Led an on-call rotation of nine engineers across three time zones and wrote the incident review template',
    ]);
  });
});

describe('an undated project header after a long bullet', () => {
  it('stays a project of its own', () => {
    const projects = parseSections(
      [
        'Projects',
        'Tidewatch — flood alerts for river towns',
        '• Polls forty river gauges every five minutes and sends text alerts to residents when levels rise above',
        'Loomgraph — a knitting pattern editor',
        '• Exports charts as PDF',
      ].join('\n'),
    ).projects;
    expect(projects?.map((project) => project.name)).toEqual(['Tidewatch', 'Loomgraph']);
  });
});

describe('URLs stay whole', () => {
  it('a LinkedIn URL the PDF broke after "/in/" is rejoined', async () => {
    const { resume, rawText } = await parseResumeBytes(await buildResumePdf(designerLines), 'designer.pdf');
    expect(rawText).toContain('www.linkedin.com/in/\ningridsolberghaugland');
    expect(resume.basics?.profiles).toEqual([
      { network: 'LinkedIn', username: 'ingridsolberghaugland', url: 'https://www.linkedin.com/in/ingridsolberghaugland' },
    ]);
    // The contact line is long, but it is not a summary.
    expect(resume.basics?.summary).toBeUndefined();
  });

  it('rejoins a URL broken after a hyphen or split by a space, and joins nothing to a complete URL', () => {
    const broken = parseSections('Rosa Delgado Marín\nrosa@example.es · linkedin.com/in/rosa-delgado-\nmarin-ux · github.com/ rdelgado | Sevilla, Spain');
    expect(broken.basics?.profiles?.map((profile) => profile.url)).toEqual([
      'https://linkedin.com/in/rosa-delgado-marin-ux',
      'https://github.com/rdelgado',
    ]);
    const complete = parseSections('Rosa Delgado Marín\nhttps://rosadelgado.dev/\nSenior Designer');
    expect(complete.basics?.url).toBe('https://rosadelgado.dev/');
  });
});

describe('skills keep their bracketed qualifiers', () => {
  it.each([
    ['designer.pdf', buildResumePdf],
    ['designer.docx', buildResumeDocx],
  ])('%s: "Python (scripting)" is one skill and a comma inside brackets does not split', async (filename, build) => {
    const { resume } = await parseResumeBytes(await build(designerLines), filename);
    expect(resume.skills).toEqual([{ name: 'Figma (prototyping, design systems)' }, { name: 'Python (scripting)' }, { name: 'usability testing' }]);
  });

  it('in a category line as written (a keyword has no level of its own), and with a level kept as the level on its own line', () => {
    const { skills } = parseSections('Skills\nData: SQL (window functions, CTEs), R (tidyverse), Excel (advanced)\nSpanish (native)');
    expect(skills).toEqual([
      { name: 'Data', keywords: ['SQL (window functions, CTEs)', 'R (tidyverse)', 'Excel (advanced)'] },
      { name: 'Spanish', level: 'native' },
    ]);
  });
});

describe('a name followed by credentials keeps the name', () => {
  it.each([
    ['Tendai Moyo, RN, BSN', 'Tendai Moyo'],
    ['Dr. Lucía Fernández, PhD', 'Lucía Fernández'],
    ['KOFI MENSAH, CPA', 'Kofi Mensah'],
    ['Nguyen Thi Lan MBA PMP', 'Nguyen Thi Lan'],
    ['Ravi Shankar Iyer, P.Eng.', 'Ravi Shankar Iyer'],
  ])('%s', (nameLine, name) => {
    expect(parseSections(`${nameLine}\nsomeone@example.com`).basics?.name).toBe(name);
  });

  it('in a PDF, the name above the contact line', async () => {
    const { resume } = await parseResumeBytes(await buildResumePdf(designerLines), 'designer.pdf');
    expect(resume.basics?.name).toBe('Ingrid Solberg-Haugland');
  });

  it('a title after the comma is the headline, not part of the name', () => {
    expect(parseSections('Ana Ortiz, PhD Candidate\nana@example.org').basics).toMatchObject({ name: 'Ana Ortiz', label: 'PhD Candidate' });
    expect(parseSections('Tomás Reyes, Senior Data Engineer\nt.reyes@example.mx').basics).toMatchObject({
      name: 'Tomás Reyes',
      label: 'Senior Data Engineer',
    });
  });

  it('does not take a surname-first line for a name with credentials', () => {
    expect(parseSections('Okafor, Grace\ngrace@example.com').basics?.name).toBeUndefined();
  });
});
