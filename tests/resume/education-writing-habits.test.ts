/**
 * Education written the way people outside the English-speaking world write it: degrees in
 * their own language or as local abbreviations, lower-case titles at the start of a line, a
 * faculty or a city after the university's name. Every resume here is written for the test;
 * none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { buildResumeDocx } from './build-resume-documents.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Ola Berg', 'ola@example.com', 'Education', ...lines].join('\n')).education);

describe('Polish degrees as a user wrote them', () => {
  const polish = [
    'Politechnika Gdańska — mgr inż., Transport (studia II stopnia), 2012–2014',
    'lic. Finanse i rachunkowość, Uniwersytet Łódzki',
  ];
  const expected = [
    ['Politechnika Gdańska', 'mgr inż.', 'Transport'],
    ['Uniwersytet Łódzki', 'lic.', 'Finanse i rachunkowość'],
  ];

  it('reads "mgr inż." and "lic." with their fields from plain text, one entry a line', () => {
    expect(schools(polish)).toEqual(expected);
  });

  it('reads the same entries from a DOCX and from Markdown', async () => {
    const docx = await buildResumeDocx([
      { text: 'Ola Berg', kind: 'name' },
      { text: 'ola@example.com' },
      { text: 'Education', kind: 'heading' },
      ...polish.map((text) => ({ text })),
    ]);
    expect(rows((await parseResumeBytes(docx, 'ola.docx')).resume.education)).toEqual(expected);
    const markdown = ['# Ola Berg', 'ola@example.com', '', '## Education', '', ...polish, '', '## Skills', '', 'SAP, Excel'].join('\n');
    expect(rows((await parseResumeBytes(new TextEncoder().encode(markdown), 'ola.md')).resume.education)).toEqual(expected);
  });

  it('keeps a lower-case title on its own line apart from the school above it', () => {
    expect(schools(['Uniwersytet Gdański', 'mgr, Filologia angielska', '2010 – 2012', 'Uniwersytet Gdański', 'lic., Filologia angielska', '2007 – 2010'])).toEqual([
      ['Uniwersytet Gdański', 'mgr', 'Filologia angielska'],
      ['Uniwersytet Gdański', 'lic.', 'Filologia angielska'],
    ]);
  });
});

describe('degrees named in their own language or as local abbreviations', () => {
  it.each([
    ['Sarjana Ekonomi (S.E.), Manajemen', 'Sarjana Ekonomi (S.E.)', 'Manajemen'],
    ['S.Kom., Sistem Informasi', 'S.Kom.', 'Sistem Informasi'],
    ['M.Kom. Ilmu Komputer', 'M.Kom.', 'Ilmu Komputer'],
    ['Ijazah SMA, Ilmu Pengetahuan Alam', 'Ijazah SMA', 'Ilmu Pengetahuan Alam'],
    ['HD 1. del, Regnskab', 'HD 1. del', 'Regnskab'],
    ['HA Almen erhvervsøkonomi', 'HA', 'Almen erhvervsøkonomi'],
    ['cand.polyt. Bygningsdesign', 'cand.polyt.', 'Bygningsdesign'],
    ['ph.d. Molekylærbiologi', 'ph.d.', 'Molekylærbiologi'],
    ['Chartered Accountant (CA), Taxation', 'Chartered Accountant (CA)', 'Taxation'],
    ['Technik informatyk, Informatyka', 'Technik informatyk', 'Informatyka'],
    ['Ing., Stavebné inžinierstvo', 'Ing.', 'Stavebné inžinierstvo'],
    ['Dr. rer. nat. Physik', 'Dr. rer. nat.', 'Physik'],
    ['ADN, Nursing', 'ADN', 'Nursing'],
    ['PharmD, Clinical Pharmacy', 'PharmD', 'Clinical Pharmacy'],
    ['PGCE, Secondary Mathematics', 'PGCE', 'Secondary Mathematics'],
    ['Dr., Veterinary Medicine', 'Dr.', 'Veterinary Medicine'],
    ['Bacharel em Fisioterapia', 'Bacharel', 'Fisioterapia'],
    ['Técnico em Enfermagem', 'Técnico', 'Enfermagem'],
    ['Magistr, Ekonomika', 'Magistr', 'Ekonomika'],
    ['Kandidat, Statsvitenskap', 'Kandidat', 'Statsvitenskap'],
    ['Civilingeniør, Byggeri og anlæg', 'Civilingeniør', 'Byggeri og anlæg'],
    ['Diplom-Kaufmann, Betriebswirtschaft', 'Diplom-Kaufmann', 'Betriebswirtschaft'],
    ['Ingeniero Industrial, Organización', 'Ingeniero Industrial', 'Organización'],
    ['Professional Bachelor, Nutrition and Health', 'Professional Bachelor', 'Nutrition and Health'],
  ])('reads %s', (line, studyType, area) => {
    expect(schools(['Northmoor State University', line, '2009 – 2013'])).toEqual([['Northmoor State University', studyType, area]]);
  });

  it('does not take a school named after a technology for a trade title', () => {
    expect(schools(['Hochschule für Technik und Wirtschaft Nordstadt', 'B.Eng. Maschinenbau', '2011 – 2015'])).toEqual([
      ['Hochschule für Technik und Wirtschaft Nordstadt', 'B.Eng.', 'Maschinenbau'],
    ]);
  });

  it('does not take a school called technical for a technician\'s title', () => {
    expect(schools(['Instituto Técnico Superior do Norte', 'Licenciatura em Química', '2009 – 2013'])).toEqual([
      ['Instituto Técnico Superior do Norte', 'Licenciatura', 'Química'],
    ]);
  });

  it('keeps a field in brackets that is no abbreviation as the field', () => {
    expect(schools(['Northmoor State University', 'BSc (Economics)', '2009 – 2013'])).toEqual([['Northmoor State University', 'BSc', 'Economics']]);
  });
});

describe('schools that are not called universities', () => {
  it.each([
    ['Zespół Szkół Łączności nr 2', 'Technik teleinformatyk', 'Teleinformatyka'],
    ['SMK Negeri 2 Malang', 'Ijazah SMK', 'Teknik Jaringan'],
    ['Liceum Ogólnokształcące im. Mikołaja Reja', 'Matura', undefined],
    ['Det Tekniske Gymnasium Vestby', 'Studentereksamen', undefined],
  ])('reads %s as the institution', (institution, degree, area) => {
    const [school] = schools([institution, area ? `${degree}, ${area}` : degree, '2005 – 2009']);
    expect(school?.[0]).toBe(institution);
  });
});

describe('a faculty or a city after the university', () => {
  it('keeps "College, University of X" as one institution', () => {
    expect(schools(['Kingsbridge College of Arts and Commerce, University of Northmoor', 'B.Com, Economics', '2010 – 2013'])).toEqual([
      ['Kingsbridge College of Arts and Commerce, University of Northmoor', 'B.Com', 'Economics'],
    ]);
  });

  it('keeps the faculty after a university named in its own language', () => {
    expect(schools(['Vestby Universitet, Faculty of Technical Sciences', 'cand.polyt., Konstruktion', '2014 – 2016'])).toEqual([
      ['Vestby Universitet, Faculty of Technical Sciences', 'cand.polyt.', 'Konstruktion'],
    ]);
  });

  it('keeps the city that closes the school\'s name, but not a city the name already holds', () => {
    expect(schools(['Instituto Superior de Gestão, Lisbon', 'Mestrado em Finanças', '2015 – 2017'])).toEqual([
      ['Instituto Superior de Gestão, Lisbon', 'Mestrado', 'Finanças'],
    ]);
    expect(schools(['University of Nairobi, Nairobi', 'BSc, Statistics', '2012 – 2016'])).toEqual([['University of Nairobi', 'BSc', 'Statistics']]);
  });
});

describe('a school\'s name wrapped in a narrow column', () => {
  it('joins the end of the name back when the degree follows it', () => {
    expect(
      schools([
        'Northern Institute of Technology',
        'Karimnagar',
        'B.Tech in Civil Engineering',
        'Jul 2008 – May 2012',
        '',
        'The Institute of Certified',
        'Valuers of Ontario',
        'Certificate in Valuation',
        '2013 – 2014',
      ]),
    ).toEqual([
      ['Northern Institute of Technology Karimnagar', 'B.Tech', 'Civil Engineering'],
      ['The Institute of Certified Valuers of Ontario', 'Certificate', 'Valuation'],
    ]);
  });

  it('leaves a place under the school, and a second school, on their own', () => {
    expect(schools(['University of Northmoor', 'Seattle, WA', 'BSc in Physics', '2010 – 2014'])).toEqual([['University of Northmoor', 'BSc', 'Physics']]);
    expect(schools(['Kingsbridge College', 'University of Northmoor', 'BA in History', '2010 – 2014'])).toEqual([
      ['Kingsbridge College', undefined, undefined],
      ['University of Northmoor', 'BA', 'History'],
    ]);
  });
});

describe('"degree at school" when the degree names a school', () => {
  it('splits at the "at" after a degree', () => {
    expect(schools(['Ijazah SMA in Ilmu Sosial at SMA Negeri 3 Medan', '2006 – 2009'])).toEqual([['SMA Negeri 3 Medan', 'Ijazah SMA', 'Ilmu Sosial']]);
    expect(schools(['University of Northmoor at Eastfield', 'BA in History', '2010 – 2014'])).toEqual([['University of Northmoor at Eastfield', 'BA', 'History']]);
  });
});

describe('a city after the school in a line of columns', () => {
  it('keeps the city with the school when columns are split by pipes', () => {
    expect(schools(['**Escola Superior de Design, Porto** | Licenciatura, Design de Comunicação | 09/2012 - 06/2015'])).toEqual([
      ['Escola Superior de Design, Porto', 'Licenciatura', 'Design de Comunicação'],
    ]);
  });
});

describe('a degree named with its field, then the field', () => {
  it.each([
    ['Bachelor of Science in Midwifery, Midwifery', 'Bachelor of Science in Midwifery', 'Midwifery'],
    ['Associate Degree in Dental Hygiene in Dental Hygiene', 'Associate Degree in Dental Hygiene', 'Dental Hygiene'],
    ['Master of Science in Nursing Nursing Education', 'Master of Science', 'Nursing Nursing Education'],
    ['Bachelor of Arts in History History', 'Bachelor of Arts in History', 'History'],
  ])('reads %s', (line, studyType, area) => {
    expect(schools(['Northmoor State University', line, '2009 – 2013'])).toEqual([['Northmoor State University', studyType, area]]);
  });

  it('keeps "Bachelor of Science in X" alone, or before a thesis, as degree and field', () => {
    expect(schools(['Northmoor State University', 'Bachelor of Science in Geology', '2009 – 2013'])).toEqual([['Northmoor State University', 'Bachelor of Science', 'Geology']]);
    expect(schools(['Northmoor State University', 'Master of Science in Geology, Thesis: Glacial Erosion', '2013 – 2015'])).toEqual([
      ['Northmoor State University', 'Master of Science', 'Geology'],
    ]);
  });
});

describe('a local degree title with the degree it equals in brackets', () => {
  it('reads "Farmaseutti (B.Sc.)" and "Sairaanhoitaja (AMK)" whole, and their fields after them', () => {
    expect(schools(['Turun yliopisto', 'Sep 2012 – Jun 2017', 'Farmaseutti (B.Sc.) in Farmasia', 'Satakunnan ammattikorkeakoulu', 'Sep 2008 – Jun 2012', 'Sairaanhoitaja (AMK) in Hoitotyö'])).toEqual([
      ['Turun yliopisto', 'Farmaseutti (B.Sc.)', 'Farmasia'],
      ['Satakunnan ammattikorkeakoulu', 'Sairaanhoitaja (AMK)', 'Hoitotyö'],
    ]);
  });
});
