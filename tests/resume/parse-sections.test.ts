import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { headingKind } from '../../src/resume/sections/find-sections.ts';
import { parseLocation } from '../../src/resume/sections/parse-location.ts';

const roles = (text: string) =>
  (parseSections(text).work ?? []).map((work) => [work.name, work.position, work.startDate, work.endDate ?? 'present']);

describe('headings', () => {
  it.each([
    ['Experience', 'work'],
    ['WORK HISTORY', 'work'],
    ['Employment', 'work'],
    ['--- EMPLOYMENT HISTORY ---', 'work'],
    ['## Professional Experience', 'work'],
    ['1. Work Experience', 'work'],
    ['E X P E R I E N C E', 'work'],
    // Letter-spaced with single gaps, as a wide-tracked theme prints to PDF; a kerned pair stays joined.
    ['W O R K E X P E R I E N C E', 'work'],
    ['WORKEXPERIENCE', 'work'], // what toResumeLines makes of the line above
    ['E D U C AT I O N', 'education'],
    ['S U M M A RY', 'summary'],
    ['A B C D', undefined],
    ['Education:', 'education'],
    ['Academic Background', 'education'],
    ['Technical Skills', 'skills'],
    ['Skills & Tools', 'skills'],
    ['CORE COMPETENCIES', 'skills'],
    ['Projects', 'projects'],
    ['Licenses & Certifications', 'certificates'],
    ['Languages', 'languages'],
    ['Professional Summary', 'summary'],
    ['Profile', 'summary'],
    ['Berufserfahrung / Experience', 'work'],
    ['Awards', 'other'],
    // The same headings in other languages people write a CV in.
    ['Formación', 'education'],
    ['BERUFSERFAHRUNG', 'work'],
    ['Expérience professionnelle', 'work'],
    ['Umiejętności', 'skills'],
    ['Idiomas', 'languages'],
    ['Senior Engineer', undefined],
    ['Built the experience platform.', undefined],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it('finds letter-spaced and decorated headings in a document', () => {
    const resume = parseSections('Jane Doe\n\nW O R K   E X P E R I E N C E\nAcme Corp | Engineer | 2019 – 2021\n\n=== SKILLS ===\nGo, Rust');
    expect(resume.work?.[0]).toMatchObject({ name: 'Acme Corp', position: 'Engineer' });
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['Go', 'Rust']);
  });
});

describe('contact lines', () => {
  it('reads name, headline, e-mail, phone, profiles and location', () => {
    const { basics } = parseSections(
      'JANE O’DOE\nStaff Platform Engineer\njane@example.com • (555) 123-4567 • Austin, TX 78701\nlinkedin.com/in/janedoe | https://github.com/jdoe | https://janedoe.dev',
    );
    expect(basics).toEqual({
      name: "Jane O'Doe",
      label: 'Staff Platform Engineer',
      email: 'jane@example.com',
      phone: '(555) 123-4567',
      url: 'https://janedoe.dev',
      location: { city: 'Austin', region: 'TX', countryCode: 'US', postalCode: '78701' },
      profiles: [
        { network: 'LinkedIn', username: 'janedoe', url: 'https://linkedin.com/in/janedoe' },
        { network: 'GitHub', username: 'jdoe', url: 'https://github.com/jdoe' },
      ],
    });
  });

  it.each([
    ['+1 (555) 123-4567'],
    ['555.123.4567'],
    ['+44 20 7946 0958'],
    ['+49 (0)89 123456'],
    ['07700 900123'],
    ['+91 98450 12345'],
  ])('reads the phone number %s', (phone) => {
    expect(parseSections(`Jane Doe\nPhone: ${phone}`).basics?.phone).toBe(phone);
  });

  it('does not take a date range for a phone number', () => {
    expect(parseSections('Jane Doe\n2015 - 2019').basics?.phone).toBeUndefined();
  });

  it.each([
    ['San Francisco, CA', { city: 'San Francisco', region: 'CA', countryCode: 'US' }],
    ['Berlin, Germany', { city: 'Berlin', countryCode: 'DE' }],
    ['Toronto, ON M5V 2T6', { city: 'Toronto', region: 'ON', countryCode: 'CA', postalCode: 'M5V 2T6' }],
    ['Location: Lisbon', { city: 'Lisbon', countryCode: 'PT' }],
    ['14 Albert Road, Manchester, M14 5RW', { city: 'Manchester', countryCode: 'GB', address: '14 Albert Road' }],
  ])('reads the location %s', (text, location) => {
    expect(parseLocation(text)).toEqual(location);
  });

  it('takes neither a big number in a bullet for a phone nor a company for a name', () => {
    const { basics } = parseSections('Acme Corp\nExperience\nEngineer | Initech | 2019 – 2021\n• Grew the platform to 1,234,567 users');
    expect(basics).toEqual({});
  });

  it('finds contact details in a footer when the header has none', () => {
    const { basics } = parseSections('Skills\nGo\n\nContact\nAda Byron\nada@example.com\n+1 555 010 9999');
    expect(basics).toMatchObject({ name: 'Ada Byron', email: 'ada@example.com', phone: '+1 555 010 9999' });
  });
});

describe('work entries', () => {
  it('"Senior Engineer — Acme Corp, Jan 2019 – Present"', () => {
    expect(roles('Experience\nSenior Engineer — Acme Corp, Jan 2019 – Present\n• Built Go services')).toEqual([
      ['Acme Corp', 'Senior Engineer', '2019-01', 'present'],
    ]);
  });

  it('"Acme Corp | Senior Engineer | 2019-2023"', () => {
    expect(roles('Experience\nAcme Corp | Senior Engineer | 2019-2023')).toEqual([['Acme Corp', 'Senior Engineer', '2019', '2023']]);
  });

  it('title line, then company line, then date line', () => {
    expect(roles('Experience\nSenior Engineer\nAcme Corp\nJan 2019 – Present\n• Led things\nEngineer\nInitech\n03/2018 - 12/2020')).toEqual([
      ['Acme Corp', 'Senior Engineer', '2019-01', 'present'],
      ['Initech', 'Engineer', '2018-03', '2020-12'],
    ]);
  });

  it('"2019 – now", "Tech Lead at Celonis", "Engineer @ Siemens AG"', () => {
    expect(roles('Experience\nTech Lead at Celonis | 2019 – now\nSoftware Developer @ Siemens AG, 10/2011 – 08/2016')).toEqual([
      ['Celonis', 'Tech Lead', '2019', 'present'],
      ['Siemens AG', 'Software Developer', '2011-10', '2016-08'],
    ]);
  });

  it('several roles under one employer', () => {
    expect(roles('Experience\nGrab\nSenior Engineer\n2021 – Present\n• Led\nEngineer\n2018 – 2020\n• Built')).toEqual([
      ['Grab', 'Senior Engineer', '2021', 'present'],
      ['Grab', 'Engineer', '2018', '2020'],
    ]);
  });

  it('keeps bullets as highlights and rejoins wrapped lines', () => {
    const [work] = parseSections('Experience\nEngineer, Acme Corp, 2019 – 2021\n• Designed the service, handling 50k requests per\nsecond at peak\n- Mentored two engineers').work ?? [];
    expect(work?.highlights).toEqual(['Designed the service, handling 50k requests per second at peak', 'Mentored two engineers']);
  });

  it('does not take a year in a bullet for a new role', () => {
    expect(roles('Experience\nEngineer | Acme Corp | 2019 – 2021\n• Hired 9 engineers in 2020\n• Shipped v2')).toHaveLength(1);
  });

  it('keeps the raw text and survives text with no sections at all', () => {
    expect(parseSections('just some words').basics).toEqual({});
    expect(parseSections('').work).toBeUndefined();
  });
});

describe('education, skills, projects, certificates, languages', () => {
  it('reads degree, field, institution and years in either order', () => {
    const { education } = parseSections(
      'Education\nB.S. Computer Science, Stanford University, 2012 – 2016\n\nUniversity of Leeds\nBSc (Hons) Accounting and Finance\nGPA: 3.8/4.0\n2009 – 2012',
    );
    expect(education).toEqual([
      { institution: 'Stanford University', studyType: 'B.S.', area: 'Computer Science', startDate: '2012', endDate: '2016' },
      { institution: 'University of Leeds', studyType: 'BSc (Hons)', area: 'Accounting and Finance', score: '3.8/4.0', startDate: '2009', endDate: '2012' },
    ]);
  });

  it('reads categorised and plain skill lists and keeps C++, C#, Node.js and CI/CD whole', () => {
    const { skills } = parseSections('Skills\nLanguages: C++, C#, Go\nJavaScript / TypeScript / Node.js • CI/CD • HTML/CSS\nExcel (advanced), AWS (EC2, S3)');
    expect(skills).toEqual([
      { name: 'Languages', keywords: ['C++', 'C#', 'Go'] },
      { name: 'JavaScript' },
      { name: 'TypeScript' },
      { name: 'Node.js' },
      { name: 'CI/CD' },
      // A chip written with no space at its slash stays as written; a spaced slash splits.
      { name: 'HTML/CSS' },
      { name: 'Excel', level: 'advanced' },
      // Issue 13: what the brackets say qualifies the skill; a comma inside them does not split it.
      { name: 'AWS (EC2, S3)' },
    ]);
  });

  it('treats a "Languages" section listing programming languages as skills', () => {
    const resume = parseSections('Languages\nPython, Go, Rust');
    expect(resume.languages).toBeUndefined();
    expect(resume.skills).toEqual([{ name: 'Languages', keywords: ['Python', 'Go', 'Rust'] }]);
  });

  it('reads spoken languages, certificates and projects', () => {
    const resume = parseSections(
      'Languages\nEnglish (native), German – B2\n\nCertifications\nAWS Certified Solutions Architect – Professional - 2020\nBLS, American Heart Association, 2023\n\nProjects\nRaytracer — C++ path tracer with BVH acceleration\n• 2x faster than the course reference',
    );
    expect(resume.languages).toEqual([{ language: 'English', fluency: 'native' }, { language: 'German', fluency: 'B2' }]);
    expect(resume.certificates).toEqual([
      { name: 'AWS Certified Solutions Architect – Professional', date: '2020' },
      { name: 'BLS', issuer: 'American Heart Association', date: '2023' },
    ]);
    expect(resume.projects).toEqual([
      { name: 'Raytracer', description: 'C++ path tracer with BVH acceleration', highlights: ['2x faster than the course reference'], keywords: ['C++'] },
    ]);
  });
});

describe('a date column set tight against its entry', () => {
  it('parts a date range from the title it was glued to, at a year or "now" followed by a capital', () => {
    const resume = parseSections(
      [
        'Ines Duarte',
        'EXPERIENCE',
        '04/2021 – now Head Buyer',
        'Lumo Foods S.A. — Porto',
        '- Cut supplier lead times by 9 days',
        '01/2017 – 03/2021Category Buyer',
        'Feira Nova Lda — Lisboa',
        '- Ran the fresh produce tenders',
        '2014 – 2016Buying Assistant',
        'Feira Nova Lda — Lisboa',
      ].join('\n'),
    );
    expect(resume.work?.map((job) => [job.position, job.startDate, job.endDate ?? 'now'])).toEqual([
      ['Head Buyer', '2021-04', 'now'],
      ['Category Buyer', '2017-01', '2021-03'],
      ['Buying Assistant', '2014', '2016'],
    ]);
  });

  it('leaves a year inside a word alone', () => {
    expect(parseSections('Ines Duarte\nSKILLS\nS4HANA, Office365, Y2K').skills?.map((skill) => skill.name)).toEqual(['S4HANA', 'Office365', 'Y2K']);
  });
});
