// Form-shaped CVs (Europass and its kind): the photo's placeholder, the tables' column headers
// and the labelled lines of "Personal skills" are read as what they are, not as name, title or skills.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const europass = [
  'Picture\tJordi Puig i Ferrer',
  'Address: Carrer de Mallorca 401, 08013 Barcelona, Spain',
  'Mobile: +34 612 345 678',
  'Email: jordi.puig@example.es',
  '',
  'WORK EXPERIENCE',
  'Dates\tEmployer and position',
  '01/2020 – present\tTransportes Ebro S.L., Zaragoza',
  'Fleet Coordinator',
  'Planned routes for 35 trucks with SAP TM and Excel.',
  '',
  '06/2015 – 12/2019\tMercabarna, Barcelona',
  'Warehouse Clerk',
  'Goods-in checks and stock counts.',
  '',
  'EDUCATION AND TRAINING',
  'Dates | Institution, qualification',
  '2011 – 2015\tUniversitat de Barcelona, Barcelona',
  'Bachelor of Business Administration',
  '',
  'PERSONAL SKILLS',
  'Mother tongue(s): Spanish, Catalan',
  'Foreign languages:',
  '\tListening\tReading\tSpoken interaction\tSpoken production\tWriting',
  'English\tC1\tC2\tB2\tB2\tB2',
  'French\tA2\tA2\tA1\tA1\tA2',
  'Computer skills: SAP TM, Excel, Power BI',
  'Certifications: PRINCE2 Foundation (2019); ITIL 4 Foundation (certificate, 2021)',
  'Driving licence: B, C1',
].join('\n');

describe('a form-shaped CV', () => {
  const resume = parseSections(europass);

  it('finds the name beside the photo placeholder and the place in the labelled address', () => {
    expect(resume.basics?.name).toBe('Jordi Puig i Ferrer');
    expect(resume.basics?.location).toMatchObject({ city: 'Barcelona', countryCode: 'ES', postalCode: '08013' });
  });

  it('reads no column header as a job title or a school', () => {
    expect(resume.work?.map((job) => [job.name, job.position])).toEqual([
      ['Transportes Ebro S.L.', 'Fleet Coordinator'],
      ['Mercabarna', 'Warehouse Clerk'],
    ]);
    expect(resume.education?.map((school) => school.institution)).toEqual(['Universitat de Barcelona']);
  });

  it('reads mother tongues and the CEFR grid as languages with their levels', () => {
    expect(resume.languages).toEqual([
      { language: 'Spanish', fluency: 'native' },
      { language: 'Catalan', fluency: 'native' },
      { language: 'English', fluency: 'B2–C2' },
      { language: 'French', fluency: 'A1–A2' },
    ]);
  });

  it('reads certificates and the driving licence as certificates, not skills', () => {
    expect(resume.certificates).toEqual([
      { name: 'PRINCE2 Foundation', date: '2019' },
      { name: 'ITIL 4 Foundation (certificate)', date: '2021' },
      { name: 'Driving licence B and C1' },
    ]);
    const skills = resume.skills?.flatMap((group) => group.keywords ?? []) ?? [];
    expect(skills).toEqual(expect.arrayContaining(['SAP TM', 'Excel', 'Power BI']));
    for (const word of ['Listening', 'C1', 'B', 'Spanish', 'PRINCE2 Foundation']) expect(skills).not.toContain(word);
  });

  it('leaves a job whose title is made of column words alone', () => {
    const plain = parseSections(['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', 'Acme Ltd, 2019 – 2023', 'Position: Location Manager'].join('\n'));
    expect(JSON.stringify(plain.work)).toContain('Location Manager');
  });
});
