/**
 * Education entries whose degree and field share one phrase in an order the reader did not
 * expect, or whose dates are printed twice. Every resume here is written for the test; none is
 * taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Rosa Lindqvist', 'rosa@example.com', 'Education', ...lines].join('\n')).education);

describe('the field first, then its degree after a comma', () => {
  it('reads "Field, Degree" over the dates and the school', () => {
    expect(
      schools(['Marine Biology, Master of Science', '2015 — 2017', 'University of Tromsø', 'Géographie, Licence', '2011 — 2014', 'Université de Rennes']),
    ).toEqual([
      ['University of Tromsø', 'Master of Science', 'Marine Biology'],
      ['Université de Rennes', 'Licence', 'Géographie'],
    ]);
  });

  it('reads a field in another language before its degree, and a school with no school word under it', () => {
    expect(schools(['Storia, Laurea', '2008 — 2011', 'Sapienza di Roma', 'Elettronica, Diploma', '2003 — 2008', 'ITIS Galileo Ferraris'])).toEqual([
      ['Sapienza di Roma', 'Laurea', 'Storia'],
      ['ITIS Galileo Ferraris', 'Diploma', 'Elettronica'],
    ]);
  });
});

describe('dates printed twice and the length of the stay', () => {
  it('keeps one entry when the dates come again under the school, with "3 years" beside them', () => {
    expect(
      schools(['Chemistry, B.Sc.', '2012 — 2015\t3 years', 'University of Bergen', '2012 — 2015', '3 years', 'Physics, M.Sc.', '2015 — 2017\ta year', 'University of Oslo', '2015 — 2017']),
    ).toEqual([
      ['University of Bergen', 'B.Sc.', 'Chemistry'],
      ['University of Oslo', 'M.Sc.', 'Physics'],
    ]);
  });
});

describe('"Degree in Field" over "at School", both wrapped in a narrow column', () => {
  it('joins each name back whole before the dates', () => {
    expect(
      schools([
        'Master of Science in Marine',
        'Biology',
        'at University of',
        'Tromsø',
        'Aug 2015 - Jun 2017',
        'Diploma in Electrical',
        'Installation',
        'at Northfield Vocational',
        'Training Centre',
        'Sep 2010 - Jun 2012',
      ]),
    ).toEqual([
      ['University of Tromsø', 'Master of Science', 'Marine Biology'],
      ['Northfield Vocational Training Centre', 'Diploma', 'Electrical Installation'],
    ]);
  });
});

describe('degrees written as other countries write them', () => {
  it.each([
    ['Master 2, Informatique', 'Master 2', 'Informatique'],
    ["Diplôme d'ingénieur, Génie Civil", "Diplôme d'ingénieur", 'Génie Civil'],
    ['Grau en Enginyeria Química', 'Grau', 'Enginyeria Química'],
    ['Màster en Data Science', 'Màster', 'Data Science'],
    ['Certificate III in Commercial Cookery', 'Certificate III', 'Commercial Cookery'],
    ['Advanced Diploma of Interior Design', 'Advanced Diploma', 'Interior Design'],
    ['BCom Honours in Finance', 'BCom Honours', 'Finance'],
    ['Bachelor of Computing (Honours), Information Systems', 'Bachelor of Computing (Honours)', 'Information Systems'],
    ['Bachelor of Engineering (Mechatronics)', 'Bachelor of Engineering', 'Mechatronics'],
    ['Kandidat i Statskundskab', 'Kandidat', 'Statskundskab'],
  ])('reads "%s"', (line, studyType, area) => {
    expect(schools(['Northmoor University', line, '2015 – 2019'])).toEqual([['Northmoor University', studyType, area]]);
  });
});

describe('grades and notes beside the degree', () => {
  it('keeps a grade in brackets and a minor after a semicolon out of the field', () => {
    const education = parseSections(
      ['Rosa Lindqvist', 'rosa@example.com', 'Education', 'MSc Geology (Distinction) — Northmoor University, 2018', 'Kingsbridge College — B.A. in History; Minor in French — 2012 – 2016'].join('\n'),
    ).education;
    expect(rows(education)).toEqual([
      ['Northmoor University', 'MSc', 'Geology'],
      ['Kingsbridge College', 'B.A.', 'History'],
    ]);
    expect(education?.[0]?.score).toBe('Distinction');
  });

  it('reads a labelled honours line and an exchange semester as notes, not as schools or degrees', () => {
    expect(schools(['Universidad de Talca', 'Licenciatura en Biología', '2010 – 2014', 'Honors: Diploma al Mérito', 'Exchange semester: Universidade do Porto'])).toEqual([
      ['Universidad de Talca', 'Licenciatura', 'Biología'],
    ]);
  });
});

describe('schools named over two lines', () => {
  it.each([
    [['Northmoor University', 'School of Engineering'], 'Northmoor University, School of Engineering'],
    [['Università di Trento', 'Scuola di Economia'], 'Università di Trento, Scuola di Economia'],
    [['Escola Superior de Tecnologia da', 'Universidade do Algarve'], 'Escola Superior de Tecnologia da Universidade do Algarve'],
    [['Universidad', 'Politécnica de Cartagena'], 'Universidad Politécnica de Cartagena'],
    [['Instituto Tecnológico', 'Nacional'], 'Instituto Tecnológico Nacional'],
    [['MBA, INSEAD'], 'INSEAD'],
  ])('reads %j as one school', (name, institution) => {
    expect(schools([...name, ...(name.length === 1 ? [] : ['MBA']), '2016 – 2018'])[0]?.[0]).toBe(institution);
  });
});

describe('degrees by letters and in their own language, with the field after a space', () => {
  it.each([
    ['MRes Marine Ecology', 'MRes', 'Marine Ecology'],
    ['MArch Urban Design', 'MArch', 'Urban Design'],
    ['PGCert Higher Education', 'PGCert', 'Higher Education'],
    ['PGD Project Management', 'PGD', 'Project Management'],
    ['EdD Adult Learning', 'EdD', 'Adult Learning'],
    ['Ph.d. Folkesundhed', 'Ph.d.', 'Folkesundhed'],
    ['Akademiøkonom Markedsføring', 'Akademiøkonom', 'Markedsføring'],
    ['Licenciada Psicología', 'Licenciada', 'Psicología'],
    ['Engenheira Química', 'Engenheira', 'Química'],
    ['Magíster Ciencia Política', 'Magíster', 'Ciencia Política'],
    ['Dottorato di ricerca Chimica', 'Dottorato di ricerca', 'Chimica'],
  ])('reads "%s" under the school and its dates', (line, studyType, area) => {
    expect(schools(['Northmoor University\t09/2012 - 06/2016', line])).toEqual([['Northmoor University', studyType, area]]);
  });
});

describe('a school named in its own language, its word for school wrapped alone', () => {
  it('keeps "Universitet" with the name above it instead of giving the name to the field', () => {
    expect(schools(['Cand.scient., Marine', 'Biology', 'Syddansk Nordisk', 'Universitet', '2012 – 2014'])).toEqual([
      ['Syddansk Nordisk Universitet', 'Cand.scient.', 'Marine Biology'],
    ]);
  });
});

describe('degree letters typed in mixed case, and words a date leaves behind', () => {
  it.each(['Bsc', 'Msc', 'B.sc', 'Phd', 'Mba', 'Btech', 'B.Ed', 'MSc (Eng)', 'DipHE', 'Grad Dip', 'Assoc. Degree'])('reads "%s in Marine Biology"', (degree) => {
    expect(schools([`${degree} in Marine Biology`, 'Northmoor University', '2012 – 2016'])).toEqual([['Northmoor University', degree, 'Marine Biology']]);
  });

  it('reads "Expected May 2026" over the degree as a date, not as a school', () => {
    expect(schools(['Expected May 2026', 'Bachelor of Science in Geology', 'Northmoor University, Millbrook, OR'])).toEqual([
      ['Northmoor University', 'Bachelor of Science', 'Geology'],
    ]);
  });

  it('keeps a campus with its school', () => {
    expect(schools(['Northmoor University, Riverside Campus', 'BSc Geology', '2012 – 2016'])[0]?.[0]).toBe('Northmoor University, Riverside Campus');
  });
});

describe('a degree the reader does not know, written where a degree stands', () => {
  it.each([
    [['**Northmoor University** | Gakushi, Marine Biology | 09/2012 - 06/2016'], 'Gakushi'],
    [['### Specialist Degree in Marine Biology — Northmoor University', '*Sep 2012 – Jun 2016*'], 'Specialist Degree'],
    [['Northmoor University\t09/2012 - 06/2016', 'Candidate of Sciences, Marine Biology'], 'Candidate of Sciences'],
    [['Northmoor University', 'Habilitation in Marine Biology, September 2012 – June 2016'], 'Habilitation'],
  ])('reads %j', (lines, studyType) => {
    expect(schools(lines)).toEqual([['Northmoor University', studyType, 'Marine Biology']]);
  });

  it.each([
    ['Higher Diploma, Marine Biology', 'Higher Diploma'],
    ['Integrated Master in Marine Biology', 'Integrated Master'],
    ['Diploma of Higher Education, Marine Biology', 'Diploma of Higher Education'],
    ['Level 3 Diploma in Marine Biology', 'Level 3 Diploma'],
    ['MS/PhD, Marine Biology', 'MS/PhD'],
    ['Honours Degree in Marine Biology', 'Honours Degree'],
  ])('keeps the words before a known degree with it: "%s"', (line, studyType) => {
    expect(schools(['Northmoor University', line, '2012 – 2016'])).toEqual([['Northmoor University', studyType, 'Marine Biology']]);
  });

  it('still reads a field written before its degree after a comma', () => {
    expect(schools(['Marine Biology, Higher Diploma', '2012 – 2016', 'Northmoor University'])).toEqual([['Northmoor University', 'Higher Diploma', 'Marine Biology']]);
  });
});

describe('schools named without a school word of their own', () => {
  it.each([
    [['BSc, Marine Biology', 'Codeworks', '2012 – 2016'], 'Codeworks'],
    [['Jan 2012 - Jan 2016', 'BSc Marine Biology', 'Codeworks'], 'Codeworks'],
    [['Northfield Mary, University of Millbrook', 'BSc Marine Biology', '2012 – 2016'], 'Northfield Mary, University of Millbrook'],
    [['NMA – Northmoor Academy of Design', 'BSc Marine Biology', '2012 – 2016'], 'NMA – Northmoor Academy of Design'],
  ])('reads %j', (lines, institution) => {
    expect(schools(lines)).toEqual([[institution, 'BSc', 'Marine Biology']]);
  });
});

describe('an entry with no degree or no dates in a layout whose order the first entry shows', () => {
  it('dates, degree, school: a school with no degree does not take the next entry\'s degree', () => {
    expect(
      schools(['Sep 2012 – Jun 2015', 'BSc Marine Biology', 'Northmoor University', 'Sep 2009 – Jun 2012', 'Northfield Grammar School', 'Diploma Nursing', 'Riverside College']),
    ).toEqual([
      ['Northmoor University', 'BSc', 'Marine Biology'],
      ['Northfield Grammar School', undefined, undefined],
      ['Riverside College', 'Diploma', 'Nursing'],
    ]);
  });

  it('degree, school, dates: the next degree is not headed by the school before it', () => {
    expect(schools(['BSc, Marine Biology', 'Northmoor University', '2012 – 2015', 'Northfield Grammar School', '2009 – 2012', 'Diploma, Nursing', 'Riverside College'])).toEqual([
      ['Northmoor University', 'BSc', 'Marine Biology'],
      ['Northfield Grammar School', undefined, undefined],
      ['Riverside College', 'Diploma', 'Nursing'],
    ]);
  });
});

describe('an education section set in capitals', () => {
  it('reads the degree letters and a name wrapped after "AND"', () => {
    expect(schools(['NORTHMOOR UNIVERSITY OF SCIENCE AND', 'TECHNOLOGY', '09/2012 - 06/2016', 'BENG (HONS) MARINE ENGINEERING', 'KINGSBRIDGE COLLEGE\t09/2010 - 06/2012', 'MSC GEOLOGY'])).toEqual([
      ['NORTHMOOR UNIVERSITY OF SCIENCE AND TECHNOLOGY', 'BENG (HONS)', 'MARINE ENGINEERING'],
      ['KINGSBRIDGE COLLEGE', 'MSC', 'GEOLOGY'],
    ]);
  });
});

describe('a stay abroad listed as an entry of its own', () => {
  it('reads "Exchange semester" with what was studied as the degree and its field', () => {
    expect(
      schools([
        'Kestrel Institute of Technology',
        'Exchange semester in Marine Ecology',
        '2016 – 2016',
        'Harwick University',
        'BSc, Marine Biology',
        '2013 – 2017',
      ]),
    ).toEqual([
      ['Kestrel Institute of Technology', 'Exchange semester', 'Marine Ecology'],
      ['Harwick University', 'BSc', 'Marine Biology'],
    ]);
    expect(schools(['Erasmus exchange, Urban Planning — Universität Eastmoor, 2019 – 2019'])).toEqual([['Universität Eastmoor', 'Erasmus exchange', 'Urban Planning']]);
  });
});
