/**
 * Education entries as narrow columns and plain text set them: a school's name or a degree's
 * field wrapped onto the next line, a town after a school's name. Every resume here is written
 * for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Ola Berg', 'ola@example.com', 'Education', ...lines].join('\n')).education);

describe('a town after a school the place table does not know', () => {
  it('keeps "Riverside High School, Millbrook" whole', () => {
    expect(schools(['Riverside High School, Millbrook', 'High School Diploma, General Studies, 2009 – 2013'])).toEqual([
      ['Riverside High School, Millbrook', 'High School Diploma', 'General Studies'],
    ]);
  });

  it('keeps the town in a Markdown-style header with the degree before the school', () => {
    expect(schools(['High School Diploma in General Studies — Oakdale Academy, Fennick', '2009 – 2013'])).toEqual([
      ['Oakdale Academy, Fennick', 'High School Diploma', 'General Studies'],
    ]);
  });

  it('still reads a field after the school as the field', () => {
    expect(schools(['BSc, Harwick University, Computer Science, 2010 – 2013'])).toEqual([['Harwick University', 'BSc', 'Computer Science']]);
  });
});

describe('names and fields wrapped in a narrow column', () => {
  it('joins a degree cut after "in" with its field', () => {
    expect(schools(['Bachelor of Science in', 'Midwifery, Midwifery', 'Brackwater University', 'Jan 2015 – May 2018'])).toEqual([
      ['Brackwater University', 'Bachelor of Science in Midwifery', 'Midwifery'],
    ]);
  });

  it('joins a field wrapped over three lines', () => {
    expect(schools(['Bachelor of Science, Mechanical', 'Engineering and Applied', 'Mathematics', 'University of Eastmoor', '2011 – 2015'])).toEqual([
      ['University of Eastmoor', 'Bachelor of Science', 'Mechanical Engineering and Applied Mathematics'],
    ]);
  });

  it('joins a school word wrapped alone onto the next line', () => {
    expect(schools(['Associate of Applied Science, Welding', 'Kestrel Valley Technical', 'College', '2012 – 2014'])).toEqual([
      ['Kestrel Valley Technical College', 'Associate of Applied Science', 'Welding'],
    ]);
  });

  it('joins the city and the rest of a name wrapped above the dates', () => {
    expect(schools(['Diplom, Informatik', 'Technische Hochschule', 'Ingolstadt', 'Oct 2010 – Sep 2014'])).toEqual([
      ['Technische Hochschule Ingolstadt', 'Diplom', 'Informatik'],
    ]);
    expect(schools(['BCom, Accountancy', 'The Academy of Certified', 'Auditors of Ruritania', '2014 – 2017'])).toEqual([
      ['The Academy of Certified Auditors of Ruritania', 'BCom', 'Accountancy'],
    ]);
  });

  it('joins a name cut at a small word or a number sign', () => {
    expect(schools(['Technik elektryk, Elektryka', 'Zespół Szkół Technicznych nr', '3 w Opolu', '2001 – 2005'])).toEqual([
      ['Zespół Szkół Technicznych nr 3 w Opolu', 'Technik elektryk', 'Elektryka'],
    ]);
    expect(schools(['Technik elektryk, Elektryka', 'Zespół Szkół Technicznych nr 3 w', 'Opolu'])).toEqual([
      ['Zespół Szkół Technicznych nr 3 w Opolu', 'Technik elektryk', 'Elektryka'],
    ]);
  });

  it('joins a school named after fields, cut inside its "of …"', () => {
    expect(schools(['Westfjord University, Faculty of Arts and Human', 'Sciences', '09/2012 - 06/2015', 'MA History'])).toEqual([
      ['Westfjord University, Faculty of Arts and Human Sciences', 'MA', 'History'],
    ]);
  });

  it('does not join a field under a school into its name', () => {
    expect(schools(['Harwick University', 'Computer Science', '2010 – 2013'])).toEqual([['Harwick University', undefined, undefined]]);
  });
});

describe('a field under a school named "of" a place', () => {
  it('stays out of the name', () => {
    expect(schools(['University of Harwick', 'Computer Science', '2010 – 2013'])).toEqual([['University of Harwick', undefined, undefined]]);
  });
});

describe('a school\'s name cut after its "and", in the language it is written in', () => {
  it('joins the line that names the school to the name cut after "és", "och" or "und"', () => {
    expect(schools(['Szegedi Tudomány- és', 'Művészeti Egyetem', 'MSc in Fizika', 'Sep 2010 – Jun 2014'])).toEqual([
      ['Szegedi Tudomány- és Művészeti Egyetem', 'MSc', 'Fizika'],
    ]);
    expect(schools(['Kungliga Konst- och', 'Musikhögskolan', 'Kandidatexamen i Musik', '2010 – 2014'])).toEqual([
      ['Kungliga Konst- och Musikhögskolan', 'Kandidatexamen', 'Musik'],
    ]);
  });
});

describe('a header with the degree first and the school after a dash, wrapped inside the school', () => {
  it('joins the rest of the school onto the line above', () => {
    expect(
      schools([
        'MSc, Marine Ecology - Northshore',
        'Institute of Ocean Studies',
        'September 2015 - June 2017',
        'BA, Geography - Fenwick',
        'University',
        '2011 - 2014',
      ]),
    ).toEqual([
      ['Northshore Institute of Ocean Studies', 'MSc', 'Marine Ecology'],
      ['Fenwick University', 'BA', 'Geography'],
    ]);
  });

  it('keeps a field after the dash apart from the school on the next line', () => {
    expect(schools(['BA - History', 'Riverside College', '2010 - 2014'])).toEqual([['Riverside College', 'BA', 'History']]);
  });
});

describe('a field with a dash in it, in the writer\'s language, over its school', () => {
  it('keeps the school on its own line', () => {
    expect(schools(['Cử nhân, Công nghệ sinh học - Thực phẩm', 'Trường Đại học Cần Thơ', '2012 - 2016'])).toEqual([
      ['Trường Đại học Cần Thơ', 'Cử nhân', 'Công nghệ sinh học - Thực phẩm'],
    ]);
  });
});

describe('a field printed between each school and its degree', () => {
  it('is the field in every entry once one entry shows the layout', () => {
    expect(
      schools([
        'Northmoor Institute of Technology',
        'Analytics',
        'Master of Science',
        '2021 - 2023',
        'Kestrel University of Arts and Design',
        'Graphic Design',
        'Bachelor of Arts',
        '2016 - 2019',
        'University of Harwick',
        'Statistics',
        'B.A.',
        '2012 - 2016',
        'Liceo Classico Dante Alighieri',
        'Classico',
        'Diploma di maturità',
        '2007 - 2012',
      ]),
    ).toEqual([
      ['Northmoor Institute of Technology', 'Master of Science', 'Analytics'],
      ['Kestrel University of Arts and Design', 'Bachelor of Arts', 'Graphic Design'],
      ['University of Harwick', 'B.A.', 'Statistics'],
      ['Liceo Classico Dante Alighieri', 'Diploma di maturità', 'Classico'],
    ]);
  });

  it('is no proof of that layout where the name was cut inside its own "of …"', () => {
    expect(
      schools([
        'Vesterhavn Universitet, School of Business and Social',
        'Sciences',
        'cand.merc. in Logistics',
        '2010 - 2013',
      ]),
    ).toEqual([['Vesterhavn Universitet, School of Business and Social Sciences', 'cand.merc.', 'Logistics']]);
  });
});

describe('a bracket a narrow column wrapped before closing it', () => {
  it('keeps the field and the school whole, each degree on its own school', () => {
    expect(
      schools([
        'MSc, Hydrology (Flood',
        'Risk Modelling and Coastal',
        'Engineering)',
        'Delvorn Polytechnic',
        '2019 – 2020',
        'BEng, Civil Engineering',
        'Marrowick Institute of Water Studies (North',
        'Quay)',
        '2015 – 2019',
      ]),
    ).toEqual([
      ['Delvorn Polytechnic', 'MSc', 'Hydrology (Flood Risk Modelling and Coastal Engineering)'],
      ['Marrowick Institute of Water Studies (North Quay)', 'BEng', 'Civil Engineering'],
    ]);
  });
});
