/**
 * Work and education entries as themes and plain-text styles lay them out. Every resume here
 * is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const jobs = (lines: string[]) =>
  (parseSections(['Ines Varga', 'Experience', ...lines].join('\n')).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('dotted legal forms in plain-text styles', () => {
  it('keeps a "Title, Company S.L." line ending in a full stop as the entry header', () => {
    expect(
      jobs([
        'Senior Platform Engineer, Robledo Datos Abiertos S.L.',
        'May 2020 – Present',
        '• Ran the build farm',
        '',
        'Backend Developer, Wisła Kod Polska Sp. z o.o.',
        'April 2016 – April 2020',
        '• Wrote the invoicing module',
      ]),
    ).toEqual([
      ['Robledo Datos Abiertos S.L.', 'Senior Platform Engineer', '2020-05', undefined],
      ['Wisła Kod Polska Sp. z o.o.', 'Backend Developer', '2016-04', '2020-04'],
    ]);
  });

  it('keeps a date-first line whose employer ends in a dotted legal form', () => {
    expect(
      jobs([
        '2019-02 – present     Tannenhof Verein e.V.',
        '                      Volunteer Coordinator',
        '                      - Ran the weekend rota',
        '',
        '2015-09 – 2019-01     Grupo Alcor Servicios, S.A.',
        '                      Support Analyst',
        '                      - Answered the phone',
      ]),
    ).toEqual([
      ['Tannenhof Verein e.V.', 'Volunteer Coordinator', '2019-02', undefined],
      ['Grupo Alcor Servicios, S.A.', 'Support Analyst', '2015-09', '2019-01'],
    ]);
  });
});

describe('a title with a qualifier after a comma, then the employer', () => {
  it('keeps the qualifier with the title and the last part as the employer', () => {
    expect(
      jobs([
        'Research Assistant, Marine Ecology, University of Tromsø',
        'August 2021 – June 2023',
        '• Counted plankton',
        '',
        'Product Designer, Checkout, Quillfern Labs, Inc.',
        'March 2019 – July 2021',
        '• Drew the forms',
        '',
        'Coach, Swimming, Wellenreiter Sport GmbH',
        '2016 – 2019',
      ]),
    ).toEqual([
      ['University of Tromsø', 'Research Assistant, Marine Ecology', '2021-08', '2023-06'],
      ['Quillfern Labs, Inc.', 'Product Designer, Checkout', '2019-03', '2021-07'],
      ['Wellenreiter Sport GmbH', 'Coach, Swimming', '2016', '2019'],
    ]);
  });

  it('still reads "Title, Company, City" as title, employer and place', () => {
    const [job] = parseSections(['Ines Varga', 'Experience', 'Line Cook, Harbour Kitchen Ltd, Leeds, UK', '2018 – 2020'].join('\n')).work ?? [];
    expect(job).toMatchObject({ name: 'Harbour Kitchen Ltd', position: 'Line Cook', location: 'Leeds, UK' });
  });
});

describe('themes whose bullets are drawn, not typed', () => {
  it('reads "Employer<TAB>dates" / title / plain bullet lines for every job, not a bullet as the next header', () => {
    expect(
      jobs([
        'Korrin Analytics\t04/2021 - Present',
        'Lead Data Engineer',
        'Moved the nightly loads onto a streaming pipeline',
        'Coached three junior engineers through their first launches',
        'Halvard & Sons\t02/2018 - 03/2021',
        'Warehouse Supervisor',
        'Ran the night shift of twelve pickers',
        'Tallow Street Bakery\t06/2015 - 01/2018',
        'Cashier',
        'Opened the shop on weekends',
      ]),
    ).toEqual([
      ['Korrin Analytics', 'Lead Data Engineer', '2021-04', undefined],
      ['Halvard & Sons', 'Warehouse Supervisor', '2018-02', '2021-03'],
      ['Tallow Street Bakery', 'Cashier', '2015-06', '2018-01'],
    ]);
  });

  it('joins a date line to its header across the page break between them', () => {
    expect(
      jobs([
        'Clinical Nurse',
        'Ostmark Klinikum',
        'Mar 2019 – Present',
        'Triaged patients on the night shift',
        'Staff Nurse',
        'Vellmar Care Home',
        '',
        'Jan 2015 – Feb 2019',
        'Managed medication rounds for forty residents',
      ]),
    ).toEqual([
      ['Ostmark Klinikum', 'Clinical Nurse', '2019-03', undefined],
      ['Vellmar Care Home', 'Staff Nurse', '2015-01', '2019-02'],
    ]);
  });

  it('keeps a title above "Employer<TAB>dates" when the resume puts every title there', () => {
    expect(
      jobs([
        'Line Cook',
        'Marrow & Vine\tJun 2019 – Present',
        'Prepped sauces for the head chef every morning',
        'Kitchen Porter',
        'Saltmarsh Inn\tMay 2016 – May 2019',
        'Cleaned up after the pastry chef and two waiters',
      ]),
    ).toEqual([
      ['Marrow & Vine', 'Line Cook', '2019-06', undefined],
      ['Saltmarsh Inn', 'Kitchen Porter', '2016-05', '2019-05'],
    ]);
  });

  it('still takes the employer above a title beside its dates', () => {
    expect(jobs(['Ferrovia Nord\tMilan, Italy', 'Signal Engineer\tMay 2017 – Present', '• Rewired the yard'])).toEqual([
      ['Ferrovia Nord', 'Signal Engineer', '2017-05', undefined],
    ]);
  });
});

describe('"Title at Employer<TAB>dates" headers wrapped in their cell', () => {
  it('finishes the employer from the next line and keeps the plain bullet lines as highlights', () => {
    const work = parseSections(
      [
        'Ines Varga',
        'Experience',
        'Clinical Research Coordinator at Institute of\tMar 2020 - Current',
        'Tropical Medicine',
        'Ran the intake of 300 trial patients',
        'Lab Technician at Brennholz & Keller Diagnostik,  Jan 2016 - Feb 2020',
        'GmbH',
        'Prepared samples for the night shift',
        'Ward Clerk at Stadtspital\tJun 2013 - Dec 2015',
        'Westufer Zürich',
        'Filed the discharge letters',
      ].join('\n'),
    ).work;
    expect(work?.map((job) => [job.name, job.position, job.startDate])).toEqual([
      ['Institute of Tropical Medicine', 'Clinical Research Coordinator', '2020-03'],
      ['Brennholz & Keller Diagnostik, GmbH', 'Lab Technician', '2016-01'],
      ['Stadtspital Westufer Zürich', 'Ward Clerk', '2013-06'],
    ]);
    expect(work?.[0]?.highlights).toEqual(['Ran the intake of 300 trial patients']);
  });

  it('reads "Degree Field at Institution<TAB>dates" as degree, field and institution', () => {
    const education = parseSections(
      [
        'Ines Varga',
        'Education',
        'Master of Science Epidemiology at London School of\tSept 2011 - Jun 2013',
        'Hygiene and Tropical Medicine',
        'Bachelor of Arts Biology at The University of Maine at\tSept 2007 - Jun 2011',
        'Orono',
      ].join('\n'),
    ).education;
    expect(education?.map((school) => [school.institution, school.studyType, school.area, school.endDate])).toEqual([
      ['London School of Hygiene and Tropical Medicine', 'Master of Science', 'Epidemiology', '2013-06'],
      ['The University of Maine at Orono', 'Bachelor of Arts', 'Biology', '2011-06'],
    ]);
  });

  it('rejoins a name broken at its hyphen without a space, keeping the hyphen of a compound', () => {
    const [school] = parseSections(['Ines Varga', 'Education', 'Staatsexamen Chemistry at Friedrich-\tOct 2004 - Sep 2010', 'Schiller-Universität Jena'].join('\n')).education ?? [];
    expect(school?.institution).toBe('Friedrich-Schiller-Universität Jena');
  });
});

describe('education entries', () => {
  const schools = (lines: string[]) =>
    (parseSections(['Ines Varga', 'Education', ...lines].join('\n')).education ?? []).map((school) => [school.institution, school.studyType, school.area]);

  it('reads a degree named after a faculty with the field written straight after it', () => {
    expect(schools(['McMaster University', 'Bachelor of Economics Finance, 2009 – 2013'])).toEqual([['McMaster University', 'Bachelor of Economics', 'Finance']]);
    expect(schools(['Dalhousie University', 'Bachelor of Science Marine Biology, 2005 – 2009'])).toEqual([
      ['Dalhousie University', 'Bachelor of Science', 'Marine Biology'],
    ]);
  });

  it('rejoins a degree and a school wrapped in a narrow column', () => {
    expect(
      schools([
        'Bachelor of Public',
        'Administration, Urban Policy',
        'The University of Maine at',
        'Orono',
        '2007 – 2011',
        'Master of Science, Health',
        'Informatics',
        'Universidad Nacional de',
        'Córdoba',
        '2012 – 2014',
      ]),
    ).toEqual([
      ['The University of Maine at Orono', 'Bachelor of Public Administration', 'Urban Policy'],
      ['Universidad Nacional de Córdoba', 'Master of Science', 'Health Informatics'],
    ]);
  });

  it('recognises degrees and schools named in their own language', () => {
    expect(schools(['Uniwersytet Gdański', 'Magister inżynier, Oceanografia, 2009 – 2014'])).toEqual([
      ['Uniwersytet Gdański', 'Magister inżynier', 'Oceanografia'],
    ]);
    expect(schools(['Universidad de Costa Rica', 'Licenciatura en Biología, 2003 – 2008'])).toEqual([['Universidad de Costa Rica', 'Licenciatura', 'Biología']]);
    expect(schools(['Chalmers tekniska högskola', 'Civilingenjör, Maskinteknik, 2001 – 2006'])).toEqual([
      ['Chalmers tekniska högskola', 'Civilingenjör', 'Maskinteknik'],
    ]);
    expect(schools(['TU Ilmenau', 'Diplom, Elektrotechnik, 1995 – 2001'])).toEqual([['TU Ilmenau', 'Diplom', 'Elektrotechnik']]);
    expect(schools(['Kaduna Polytechnic', 'Higher National Diploma, Civil Engineering, 1999 – 2001'])).toEqual([
      ['Kaduna Polytechnic', 'Higher National Diploma', 'Civil Engineering'],
    ]);
  });

  it('keeps a school named above a page break as the school of the degree under it', () => {
    expect(schools(['University of Tartu', '', 'Master of Arts in Semiotics', 'Sep 2015 – Jun 2017'])).toEqual([
      ['University of Tartu', 'Master of Arts', 'Semiotics'],
    ]);
  });
});

describe('an award with its year inside a job', () => {
  it('stays a line of that job, not a job of its own, and is no header for the next job', () => {
    const work = parseSections(
      [
        'Ines Varga',
        'Experience',
        'Quarry Lane Motors\t03/2019 - Present',
        'Sales Consultant',
        'Sold used vehicles to fleet buyers in three counties',
        "Director's Award 2022",
        'Ashgrove Leasing\t01/2015 - 02/2019',
        'Leasing Agent',
        'Renewed corporate leases',
      ].join('\n'),
    ).work;
    expect(work?.map((job) => [job.name, job.position, job.startDate])).toEqual([
      ['Quarry Lane Motors', 'Sales Consultant', '2019-03'],
      ['Ashgrove Leasing', 'Leasing Agent', '2015-01'],
    ]);
    expect(work?.[0]?.highlights).toContain("Director's Award 2022");
  });
});

describe('a stacked header whose title wrapped in a narrow column', () => {
  it('keeps the end of the title with the title, not as the position alone', () => {
    expect(
      jobs([
        'Site Reliability Engineer, Core',
        'Infrastructure',
        'Vantor Cloud GmbH',
        'Apr 2020 – Present',
        'Ran the on-call rotation for the storage fleet',
        'Support Engineer',
        'Heliodor Systems',
        'Jan 2017 – Mar 2020',
        'Answered the enterprise support queue',
      ]),
    ).toEqual([
      ['Vantor Cloud GmbH', 'Site Reliability Engineer, Core Infrastructure', '2020-04', undefined],
      ['Heliodor Systems', 'Support Engineer', '2017-01', '2020-03'],
    ]);
  });
});
