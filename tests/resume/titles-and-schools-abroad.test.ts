/**
 * Job titles and schools as people outside the English-speaking world write them: a French or
 * Spanish title with no English role word in it, a school's campus or the rest of its own name
 * after a dash, a US associate degree by its letters. Every resume here is written for the test;
 * none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const read = (section: string, lines: string[]) => parseSections(['Inès Carvalho', 'ines@example.org', section, ...lines].join('\n'));
const jobs = (lines: string[]) => (read('Experience', lines).work ?? []).map((job) => [job.name, job.position]);
const schools = (lines: string[]) => (read('Education', lines).education ?? []).map((school) => [school.institution, school.studyType, school.area]);

describe('job titles in French, Spanish and Italian', () => {
  it('tells the title from the employer where the title comes first', () => {
    expect(jobs(['### Enseignante de chimie — Collège Pierre Loti', 'Sept 2018 – Present', '- Taught four classes'])).toEqual([
      ['Collège Pierre Loti', 'Enseignante de chimie'],
    ]);
    expect(jobs(['Technicien qualité, Fonderie Argenson', 'Mar 2016 – Aug 2018', '• Ran the incoming checks'])).toEqual([
      ['Fonderie Argenson', 'Technicien qualité'],
    ]);
    expect(jobs(['**Laboratorios Varela** | Especialista en Calidad | 03/2019 - Current', '- Wrote the batch release SOPs'])).toEqual([
      ['Laboratorios Varela', 'Especialista en Calidad'],
    ]);
    expect(jobs(['Progettista meccanico, Officine Brambati', '2014 – 2017', '• Drew gearbox housings'])).toEqual([
      ['Officine Brambati', 'Progettista meccanico'],
    ]);
  });

  it('keeps a title\'s qualifier after its comma when a school is the employer', () => {
    expect(jobs(['Teacher, Geography & Civics (Grades 7–9), Larchmont Secondary School', 'August 2019 – Present', '• Led the field trips'])).toEqual([
      ['Larchmont Secondary School', 'Teacher, Geography & Civics (Grades 7–9)'],
    ]);
  });
});

describe('a school\'s name with a dash inside it', () => {
  it('keeps a campus after the dash', () => {
    expect(schools(['Brazos Valley Community College – North Campus', 'A.A.S., Welding Technology, 2012 – 2014'])).toEqual([
      ['Brazos Valley Community College – North Campus', 'A.A.S.', 'Welding Technology'],
    ]);
  });

  it('keeps the rest of the university\'s own name and its faculty after the dash', () => {
    expect(schools(['Université Lyon II – Lumière, Faculté de Géographie', 'Master in Urbanisme, 2015 – 2017'])).toEqual([
      ['Université Lyon II – Lumière, Faculté de Géographie', 'Master', 'Urbanisme'],
    ]);
  });

  it('joins the name when a narrow column cut it after the dash', () => {
    expect(schools(['Université Rhône II – Louis', 'Lumière, Faculté des Sciences et', 'Techniques', 'Master in Urbanisme', 'Jan 2015 – Jan 2017'])).toEqual([
      ['Université Rhône II – Louis Lumière, Faculté des Sciences et Techniques', 'Master', 'Urbanisme'],
    ]);
  });

  it('still reads a degree after a dash as the degree', () => {
    expect(schools(['Northfield College – BSc Biology, 2010 – 2013'])).toEqual([['Northfield College', 'BSc', 'Biology']]);
  });
});

describe('degrees by their letters', () => {
  it('reads "A.A.S." whole, a certificate of completion and a French DUT', () => {
    expect(schools(['Pinecrest Technical College', 'A.A.S., Diesel Technology, 2011 – 2013'])).toEqual([
      ['Pinecrest Technical College', 'A.A.S.', 'Diesel Technology'],
    ]);
    expect(schools(['Certificate of Completion in Network Security — Ridgeway Tech Center', '2019 – 2020'])).toEqual([
      ['Ridgeway Tech Center', 'Certificate of Completion', 'Network Security'],
    ]);
    expect(schools(['DUT in Génie civil — IUT de Grenoble', '2009 – 2011'])).toEqual([['IUT de Grenoble', 'DUT', 'Génie civil']]);
  });
});

describe('a school\'s name cut after an adjective inside its "of …"', () => {
  it('goes on with the next line, even one that reads like a field', () => {
    expect(schools(['Kowloon Institute of Vocational', 'Education (Sha Tin)', 'Higher Diploma in Software Engineering', 'Jan 2012 – Jan 2014'])).toEqual([
      ['Kowloon Institute of Vocational Education (Sha Tin)', 'Higher Diploma', 'Software Engineering'],
    ]);
  });
});

describe('an employer whose legal form ends in a full stop', () => {
  it('reads "Kft." and "S.A. de C.V." as the end of a name, not of a sentence', () => {
    expect(jobs(['Test Engineer, Tiszavölgyi Gépgyártó Kft.', 'March 2015 – May 2019', '• Ran the endurance rig'])).toEqual([
      ['Tiszavölgyi Gépgyártó Kft.', 'Test Engineer'],
    ]);
    expect(jobs(['Key Account Manager, Envases del Pacífico S.A. de C.V.', 'June 2019 – Present', '• Own six retail accounts'])).toEqual([
      ['Envases del Pacífico S.A. de C.V.', 'Key Account Manager'],
    ]);
  });
});
