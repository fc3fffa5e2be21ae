/**
 * Work entries and contact lines from the layouts of issue 13's later themes and a new user's
 * own files. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const read = (lines: string[]) => parseSections(['Ines Varga', 'Experience', ...lines].join('\n'));
const jobs = (lines: string[]) => (read(lines).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('a dates line above "Title at Company", highlights without bullet glyphs', () => {
  it('pairs every dates line with the header under it, not with the last highlights of the job before', () => {
    const lines = [
      '2021-04 to Present',
      'Platform Lead at Quillfern Labs',
      'Ran the build farm for forty teams',
      'Wrote the on-call guide',
      '2017-02 to 2021-03',
      'Backend Developer at Morrow Freight',
      'Built the tracking service in Go',
      'Cut cloud spend by a third',
      '2015-01 to 2017-01',
      'Support Analyst at Halden',
      'Answered tickets in three languages',
    ];
    expect(jobs(lines)).toEqual([
      ['Quillfern Labs', 'Platform Lead', '2021-04', undefined],
      ['Morrow Freight', 'Backend Developer', '2017-02', '2021-03'],
      ['Halden', 'Support Analyst', '2015-01', '2017-01'],
    ]);
    expect(read(lines).work?.map((job) => job.highlights?.length)).toEqual([2, 2, 1]);
  });
});

describe('a "Profiles" or "Links" section after the last entry', () => {
  it('is a section of its own, not the end of the last degree', () => {
    for (const heading of ['Profiles', 'Links', 'Online presence']) {
      const resume = parseSections(
        ['Ines Varga', 'Education', '2006 to 2010', 'University of Tromsø', 'Bachelor of Science: Marine Biology', heading, '• GitHub: ivarga'].join('\n'),
      );
      expect(resume.education?.[0]?.area).toBe('Marine Biology');
    }
  });
});

describe('"Company, Title" and "Title, Company" on one line when either holds a comma', () => {
  it('keeps a legal form with its company and a qualifier with its title, in both orders', () => {
    expect(
      jobs([
        'Quillfern Labs, Inc., Principal Platform Engineer 2021-04 — Present',
        '• Ran the build farm',
        'Morrow Freight GmbH, Senior Data Analyst, Pricing 2017-02 — 2021-03',
        '• Priced the lanes',
        'Vestby Kommune, Tutor, Chemistry 2013-01 — 2014-12',
        '• Ran the homework club',
        'Staff Nurse, Night Shifts, Norrbro AB 2010-01 — 2010-12',
        '• Ran the ward',
        'Staff Nurse, Lindqvist Care, Inc. 2009-01 — 2009-12',
        '• Ran the ward',
      ]),
    ).toEqual([
      ['Quillfern Labs, Inc.', 'Principal Platform Engineer', '2021-04', undefined],
      ['Morrow Freight GmbH', 'Senior Data Analyst, Pricing', '2017-02', '2021-03'],
      ['Vestby Kommune', 'Tutor, Chemistry', '2013-01', '2014-12'],
      ['Norrbro AB', 'Staff Nurse, Night Shifts', '2010-01', '2010-12'],
      ['Lindqvist Care, Inc.', 'Staff Nurse', '2009-01', '2009-12'],
    ]);
  });
});

describe('"Company, Title<TAB>dates" with highlights drawn without bullet glyphs', () => {
  it('reads the header from its own line instead of taking the last highlight above as the title', () => {
    expect(
      jobs([
        'Morrow Freight GmbH, Senior Data Analyst, Pricing\t2017-02 — Present',
        'Priced the lanes for the northern routes',
        'Coached three junior analysts',
        'Halden, Support Analyst\t2015-01 — 2017-01',
        'Answered tickets in three languages',
        'Trained two support engineers',
        'Vestby Kommune, Tutor, Chemistry\t2013-01 — 2014-12',
        'Ran the homework club',
      ]),
    ).toEqual([
      ['Morrow Freight GmbH', 'Senior Data Analyst, Pricing', '2017-02', undefined],
      ['Halden', 'Support Analyst', '2015-01', '2017-01'],
      ['Vestby Kommune', 'Tutor, Chemistry', '2013-01', '2014-12'],
    ]);
  });

  it('still takes the employer under "Title, Qualifier<TAB>dates" when the qualifier only looks like a company', () => {
    expect(jobs(['Senior Frontend Engineer, Design Systems\tMar 2021 – Present', 'Quillfern Software, S.L.', '• Ran the team'])).toEqual([
      ['Quillfern Software, S.L.', 'Senior Frontend Engineer, Design Systems', '2021-03', undefined],
    ]);
  });
});

describe('"Company, Title" pushed onto a line above its dates by a narrow column', () => {
  it('splits the line above into employer and title and leaves the highlights alone', () => {
    const lines = [
      'Quillfern Labs, Inc., Platform Engineer\t2022-01 — Present',
      'Built the deploy tool used by every team',
      'Wrote 90 tests and cut the flaky rate to zero',
      'Brightwell, S.L., Senior Frontend Engineer, Design Systems',
      '2019-01 — 2021-12',
      'Led the component library used by 40 engineers across',
      'six product teams',
      'Shrank the bundle by a third',
    ];
    expect(jobs(lines)).toEqual([
      ['Quillfern Labs, Inc.', 'Platform Engineer', '2022-01', undefined],
      ['Brightwell, S.L.', 'Senior Frontend Engineer, Design Systems', '2019-01', '2021-12'],
    ]);
    expect(read(lines).work?.map((job) => job.highlights?.length)).toEqual([2, 2]);
  });

  it('rejoins a header wrapped before the dates beside it', () => {
    expect(jobs(['Kestrel School, Teacher of Biology and', 'Chemistry\t2015-09 — Present', 'Taught biology to classes of 30 students'])).toEqual([
      ['Kestrel School', 'Teacher of Biology and Chemistry', '2015-09', undefined],
    ]);
  });
});

describe('a contact line with "City, Region, Country"', () => {
  it('gives the city, not the region', () => {
    const cityOf = (place: string) => parseSections(['Ines Varga', `ines@varga.dev | +1 503 555 0100 | ${place}`, 'Experience'].join('\n')).basics?.location?.city;
    expect(cityOf('Portland, OR, US')).toBe('Portland');
    expect(cityOf('Halifax, NS, CA')).toBe('Halifax');
    expect(cityOf('Tucson, AZ, USA')).toBe('Tucson');
  });
});

describe('a sidebar contact block read after the jobs', () => {
  it('gives the place written next to the e-mail address and phone number', () => {
    const resume = parseSections(
      [
        'Ines Varga',
        'Platform Lead',
        'Experience',
        'Platform Lead\tMar 2021 - Present',
        'Quillfern Labs',
        '· Ran the build farm for forty teams',
        '+353 1 555 0100',
        'ines@varga.dev',
        'Galway, Ireland',
        'Skills',
        'Go, Terraform',
      ].join('\n'),
    );
    expect(resume.basics?.location?.city).toBe('Galway');
  });
});

describe('"Company S.A., Town" after a legal form', () => {
  it('reads the town as where the job was, even one no table of places knows', () => {
    const work = read(['Senior Buyer\tMar 2021 – Present', 'Warta Hurt S.A., Gniezno', '• Ran the category', 'Analyst, Odra Mleko Sp. z o.o., Opole\t2015 – 2017', '• Priced milk']).work;
    expect(work?.map((job) => [job.name, job.position, job.location])).toEqual([
      ['Warta Hurt S.A.', 'Senior Buyer', 'Gniezno'],
      ['Odra Mleko Sp. z o.o.', 'Analyst', 'Opole'],
    ]);
  });
});

describe('a highlight wrapped in a PDF after a function word', () => {
  it('continues on the next line, even when that line starts with a number or a capital', () => {
    const work = read([
      'Demand Planner\tMar 2021 – Present',
      'Warta Hurt S.A.',
      '• Led the move of forty-two supplier forecasts from spreadsheets into one shared planning tool for the whole company',
      '• Built the forecast on a dbt + BigQuery model used by',
      '120 planners in purchasing and logistics.',
      '• Priced the lanes for',
      'Northern routes.',
    ]).work;
    expect(work?.[0]?.highlights).toEqual([
      'Led the move of forty-two supplier forecasts from spreadsheets into one shared planning tool for the whole company',
      'Built the forecast on a dbt + BigQuery model used by 120 planners in purchasing and logistics.',
      'Priced the lanes for Northern routes.',
    ]);
  });
});

describe('a data-protection consent clause at the end of a CV', () => {
  const clauses = [
    ['I hereby consent to the processing of my personal data included in this CV for the purposes of', 'recruitment, in line with Regulation (EU) 2016/679.'],
    ['Wyrażam zgodę na przetwarzanie moich danych osobowych zawartych w tym dokumencie dla potrzeb', 'procesu rekrutacji.'],
    ['Ich willige ein, dass meine personenbezogenen Daten für das Bewerbungsverfahren verarbeitet werden.'],
    ['Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679.'],
  ];
  it('is dropped, not kept as a highlight of the last job or a line of the last school', () => {
    for (const clause of clauses) {
      const resume = parseSections(
        ['Ines Varga', 'Experience', 'Demand Planner\tMar 2021 – Present', 'Warta Hurt S.A.', '• Ran the category', '', ...clause].join('\n'),
      );
      expect(resume.work?.[0]?.highlights).toEqual(['Ran the category']);
      const school = parseSections(['Ines Varga', 'Education', 'Poznań University of Economics', 'Master of Science in Logistics, 2016', ...clause].join('\n'));
      expect(JSON.stringify(school.education)).not.toMatch(/2016\/679|rekrutacji|Bewerbung/);
    }
  });

  it('ends at the next heading when its sentence has no full stop', () => {
    const resume = parseSections(
      ['Ines Varga', 'Experience', 'Demand Planner\tMar 2021 – Present', 'Warta Hurt S.A.', '• Ran the category', 'Hiermit willige ich ein, dass meine Daten für die Bewerbung gespeichert werden', 'Skills', 'Go, SQL'].join('\n'),
    );
    expect(resume.work?.[0]?.highlights).toEqual(['Ran the category']);
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [skill.name])).toEqual(expect.arrayContaining(['Go', 'SQL']));
  });

  it('keeps a highlight that only mentions consent or personal data', () => {
    const resume = parseSections(
      ['Ines Varga', 'Experience', 'Privacy Analyst\tMar 2021 – Present', 'Warta Hurt S.A.', '• Rewrote the consent flow for processing personal data under GDPR'].join('\n'),
    );
    expect(resume.work?.[0]?.highlights).toEqual(['Rewrote the consent flow for processing personal data under GDPR']);
  });
});

describe('a name set large with the surname on a line of its own', () => {
  it('reads both lines as the name, and the line under them as the headline', () => {
    const basics = (lines: string[]) => parseSections([...lines, 'Platform Lead', 'ines@varga.dev', 'Experience'].join('\n')).basics;
    expect(basics(['Inès', 'Várgá-Łosiak'])).toMatchObject({ name: 'Inès Várgá-Łosiak', label: 'Platform Lead' });
    expect(basics(['Ines K.', "O'Varga"])).toMatchObject({ name: "Ines K. O'Varga", label: 'Platform Lead' });
    expect(basics(['Ines Varga', 'Platform'])?.name).toBe('Ines Varga');
  });
});

describe('the city given as a labelled value', () => {
  it('reads the value after "City" or "Postal Code & City", a town no table knows included', () => {
    const cityOf = (lines: string[]) => parseSections(['Ines Varga', 'Platform Lead', ...lines, 'Skills', 'Go'].join('\n')).basics?.location;
    expect(cityOf(['Email\tines@varga.dev', 'LOCATION', 'City\tTucson', 'Region\tAZ'])?.city).toBe('Tucson');
    expect(cityOf(['Contact', '• Email', '• ines@varga.dev', 'Location', '• Postal Code & City', '• 61-001 Gniezno'])).toEqual({ city: 'Gniezno', postalCode: '61-001' });
    expect(cityOf(['ines@varga.dev | City: Opole'])?.city).toBe('Opole');
  });
});
