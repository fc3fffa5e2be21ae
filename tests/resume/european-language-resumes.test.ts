/**
 * Resumes written in the other languages of Europe (Portuguese, Spanish, French, German, Italian,
 * Dutch, Polish): their words for "present", their headings, a postcode before the city, their
 * degrees, kitchen titles with ordinals, and a sidebar printed before the name. Every person here
 * is invented for the test; none is taken from the scored corpus or from a user's file.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';
import { buildResumeDocx, buildResumePdf, type ResumeDocumentLine } from './build-resume-documents.ts';

const jobsOf = (text: string) => (parseSections(text).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate ?? 'present']);

describe('"present" in the languages European CVs are written in', () => {
  it.each([
    ['03/2016 – presente', '2016-03'],
    ['03/2016 – o presente', '2016-03'],
    ['março de 2016 – atual', '2016-03'],
    ['2019 – actualmente', '2019'],
    ['Jan 2019 - actualidad', '2019-01'],
    ['09/2018 – hoy', '2018-09'],
    ["mars 2019 – aujourd'hui", '2019-03'],
    ['2020 – présent', '2020'],
    ['2021 - en cours', '2021'],
    ['März 2019 – heute', '2019-03'],
    ['2019 bis heute', '2019'],
    ['04.2017 – laufend', '2017-04'],
    ['seit 2019', '2019'],
    ['gennaio 2020 – oggi', '2020-01'],
    ['2019 - attuale', '2019'],
    ['2018 – heden', '2018'],
    ['2018 - nu', '2018'],
    ['październik 2019 – obecnie', '2019-10'],
    ['desde 2018', '2018'],
    ['depuis 2020', '2020'],
  ])('%s runs from %s to today', (text, startDate) => {
    expect(findDateRange(text)).toMatchObject({ startDate, present: true, match: text });
  });

  it('reads month names in those languages and ranges joined by their words for "to"', () => {
    expect(findDateRange('settembre 2012 - giugno 2016')).toMatchObject({ startDate: '2012-09', endDate: '2016-06', present: false });
    expect(findDateRange('febrero 2011 hasta diciembre 2013')).toMatchObject({ startDate: '2011-02', endDate: '2013-12' });
    expect(findDateRange('2012 a 2016')).toMatchObject({ startDate: '2012', endDate: '2016' });
    expect(findDateRange('maart 2015 tot augustus 2017')).toMatchObject({ startDate: '2015-03', endDate: '2017-08' });
  });

  it('keeps a current job current, from its start, in each language', () => {
    const resume = (heading: string, header: string, dates: string) =>
      ['Marta Quintela', 'marta.q@example.pt', heading, header, dates, '- Abriu a cozinha central'].join('\n');
    expect(jobsOf(resume('Experiência Profissional', '### Chefe de Cozinha — Tasca do Largo, Braga', '03/2016 – presente'))).toEqual([
      ['Tasca do Largo', 'Chefe de Cozinha', '2016-03', 'present'],
    ]);
    expect(jobsOf(resume('Experiencia', '### Jefe de Cocina — Casa Arrieta, Bilbao', '2019 – actualidad'))).toEqual([
      ['Casa Arrieta', 'Jefe de Cocina', '2019', 'present'],
    ]);
    expect(jobsOf(resume('Berufserfahrung', '### Küchenchef — Gasthof Lindenhain, München', '04/2018 – heute'))).toEqual([
      ['Gasthof Lindenhain', 'Küchenchef', '2018-04', 'present'],
    ]);
    expect(jobsOf(resume('Doświadczenie zawodowe', '### Szef kuchni — Restauracja Pod Modrzewiem, Kraków', '2017 – obecnie'))).toEqual([
      ['Restauracja Pod Modrzewiem', 'Szef kuchni', '2017', 'present'],
    ]);
  });

  it('keeps the current job of a file whose sidebar comes first (DOCX and PDF)', async () => {
    const lines: ResumeDocumentLine[] = [
      { text: 'Contacto', kind: 'heading' },
      { text: 'Rua das Flores 40, 2.º Dto.' },
      { text: '4050-262 Porto' },
      { text: '+351 934 210 775' },
      { text: 'rui.valadares@example.pt' },
      { text: 'Línguas', kind: 'heading' },
      { text: 'Português — nativo' },
      { text: 'Inglês — C1' },
      { text: 'Certificações', kind: 'heading' },
      { text: 'HACCP Nível 3, 2020' },
      { text: 'ISO 9001 Auditor Interno, 2022' },
      { text: 'Competências', kind: 'heading' },
      { text: 'HACCP · ISO 9001 · Gestão de stocks · Excel' },
      { text: 'Rui Valadares', kind: 'name' },
      { text: 'Qualidade e Segurança Alimentar · ex-Chefe de Cozinha' },
      { text: 'Experiência Profissional', kind: 'heading' },
      { text: 'Padaria Ribeirinha, Porto' },
      { text: 'Chefe de Produção · 05/2019 – presente' },
      { text: 'Wrote the plant’s HACCP plan and ran its supplier audits', kind: 'bullet' },
      { text: 'Restaurante Marés, Coimbra' },
      { text: 'Cozinheiro · 02/2014 – 04/2019' },
      { text: 'Ran the cold section for 120 covers', kind: 'bullet' },
      { text: 'Formação', kind: 'heading' },
      { text: 'Licenciatura em Engenharia Alimentar — Escola Superior de Biotecnologia, 2013' },
    ];
    for (const [filename, build] of [['rui.docx', buildResumeDocx], ['rui.pdf', buildResumePdf]] as const) {
      const { resume } = await parseResumeBytes(await build(lines), filename);
      expect((resume.work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate ?? 'present'])).toEqual([
        ['Padaria Ribeirinha', 'Chefe de Produção', '2019-05', 'present'],
        ['Restaurante Marés', 'Cozinheiro', '2014-02', '2019-04'],
      ]);
      expect(resume.basics?.phone).toBe('+351 934 210 775');
      expect(resume.basics?.location).toMatchObject({ city: 'Porto', countryCode: 'PT' });
      expect(resume.certificates?.map((certificate) => certificate.name)).toEqual(['HACCP Nível 3', 'ISO 9001 Auditor Interno']);
      expect(resume.languages?.map((language) => language.language)).toEqual(['Português', 'Inglês']);
      const skills = (resume.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
      expect(skills).toContain('HACCP');
      expect(skills).not.toContain('Rui Valadares');
      expect(skills.some((skill) => /Segurança Alimentar|ex-Chefe/.test(skill ?? ''))).toBe(false);
      expect(resume.education?.[0]).toMatchObject({ studyType: 'Licenciatura', area: 'Engenharia Alimentar', institution: 'Escola Superior de Biotecnologia' });
    }
    // Two files through the PDF and DOCX workers: slow on a loaded machine, not a measure of speed.
  }, 90_000);
});

describe('section headings in those languages', () => {
  const sections = (headings: { work: string; education: string; skills: string; languages: string; certificates: string }) =>
    parseSections(
      [
        'Aleksandra Wróbel',
        'a.wrobel@example.pl',
        headings.work,
        'Kucharz, Hotel Wawel, Kraków',
        '2015 – 2019',
        '',
        headings.certificates,
        'HACCP Level 2, 2018',
        '',
        headings.education,
        'Technikum Gastronomiczne nr 1, Kraków, 2014',
        '',
        headings.skills,
        'Sous-vide, Food cost, Excel',
        '',
        headings.languages,
        'Polski (ojczysty), Angielski (B2)',
      ].join('\n'),
    );

  it.each([
    ['pt', { work: 'Experiência Profissional', education: 'Formação', skills: 'Competências', languages: 'Línguas', certificates: 'Certificações' }],
    ['es', { work: 'Experiencia', education: 'Formación', skills: 'Habilidades', languages: 'Idiomas', certificates: 'Certificaciones' }],
    ['fr', { work: 'Expérience professionnelle', education: 'Formation', skills: 'Compétences', languages: 'Langues', certificates: 'Certifications' }],
    ['de', { work: 'Berufserfahrung', education: 'Ausbildung', skills: 'Kenntnisse', languages: 'Sprachen', certificates: 'Zertifikate' }],
    ['it', { work: 'Esperienza', education: 'Istruzione', skills: 'Competenze', languages: 'Lingue', certificates: 'Certificazioni' }],
    ['nl', { work: 'Werkervaring', education: 'Opleiding', skills: 'Vaardigheden', languages: 'Talen', certificates: 'Certificaten' }],
    ['pl', { work: 'Doświadczenie', education: 'Wykształcenie', skills: 'Umiejętności', languages: 'Języki', certificates: 'Certyfikaty' }],
  ])('reads every section under its %s heading, and no heading as a language or a skill', (_, headings) => {
    const resume = sections(headings);
    expect(resume.work?.map((job) => job.name)).toEqual(['Hotel Wawel']);
    expect(resume.education?.[0]?.institution).toMatch(/^Technikum Gastronomiczne nr 1/);
    expect(resume.certificates?.map((certificate) => certificate.name)).toEqual(['HACCP Level 2']);
    expect(resume.languages?.map((language) => language.language)).toEqual(['Polski', 'Angielski']);
    const skills = (resume.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
    expect(skills).toEqual(expect.arrayContaining(['Sous-vide', 'Excel']));
    const headingWords = Object.values(headings).map((heading) => heading.toLowerCase());
    expect([...skills, ...(resume.languages ?? []).map((language) => language.language)].filter((word) => headingWords.includes((word ?? '').toLowerCase()))).toEqual([]);
  });
});

describe('contact lines with a postcode before the city', () => {
  const basics = (lines: string[]) => parseSections(['Hélène Marchetti', ...lines, 'Expérience', 'Cuisinière, Bistrot Vauban, Lyon', '2018 – 2020'].join('\n')).basics;

  it.each([
    [['1100-232 Lisboa', '+351 912 876 554'], '+351 912 876 554', 'Lisboa', 'PT'],
    [['28013 Madrid', '+34 612 345 678'], '+34 612 345 678', 'Madrid', 'ES'],
    [['75011 Paris', '+33 6 12 34 56 78'], '+33 6 12 34 56 78', 'Paris', 'FR'],
    [['10115 Berlin', '+49 151 2345 6789'], '+49 151 2345 6789', 'Berlin', 'DE'],
    [['00-950 Warszawa', '+48 601 234 567'], '+48 601 234 567', 'Warszawa', 'PL'],
  ])('%j: the phone is the phone line, the postcode line the location', (lines, phone, city, countryCode) => {
    const read = basics([...lines, 'helene@example.fr']);
    expect(read?.phone).toBe(phone);
    expect(read?.location).toMatchObject({ city, countryCode });
  });

  it('still reads a number that is a phone', () => {
    expect(basics(['Tel. 912 345 678', 'helene@example.fr'])?.phone).toBe('912 345 678');
  });
});

describe('degrees and schools as those countries write them', () => {
  const schools = (heading: string, lines: string[]) =>
    (parseSections(['Inês Fontoura', 'ines@example.pt', heading, ...lines].join('\n')).education ?? []).map((school) => [school.institution, school.studyType, school.area]);

  it('keeps the degree and its field', () => {
    expect(schools('Formação', ['- **Pós-Graduação em Nutrição Clínica**, Instituto Piaget, Almada, 2021'])).toEqual([
      ['Instituto Piaget, Almada', 'Pós-Graduação', 'Nutrição Clínica'],
    ]);
    expect(schools('Formação', ['Licenciatura em Engenharia Alimentar, Instituto Superior de Agronomia, 2008'])).toEqual([
      ['Instituto Superior de Agronomia', 'Licenciatura', 'Engenharia Alimentar'],
    ]);
    expect(schools('Formación', ['Grado en Nutrición Humana y Dietética — Universidad de Granada, 2015', 'Máster en Seguridad Alimentaria, Universidad de Zaragoza, 2017'])).toEqual([
      ['Universidad de Granada', 'Grado', 'Nutrición Humana y Dietética'],
      ['Universidad de Zaragoza', 'Máster', 'Seguridad Alimentaria'],
    ]);
    expect(schools('Formation', ['Master en Management Hôtelier, Institut Lescure, 2019'])).toEqual([['Institut Lescure', 'Master', 'Management Hôtelier']]);
    expect(schools('Ausbildung', ['Diplom-Ingenieur (FH) Lebensmitteltechnologie, Hochschule Fulda, 2011'])).toEqual([
      ['Hochschule Fulda', 'Diplom-Ingenieur (FH)', 'Lebensmitteltechnologie'],
    ]);
    expect(schools('Istruzione', ['Laurea in Scienze Gastronomiche, Università di Parma, 2014'])).toEqual([['Università di Parma', 'Laurea', 'Scienze Gastronomiche']]);
    expect(schools('Formação', ['Curso de Pastelaria e Padaria, Escola de Hotelaria de Coimbra, 2009'])).toEqual([
      ['Escola de Hotelaria de Coimbra', 'Curso', 'Pastelaria e Padaria'],
    ]);
  });

  it('keeps a school and the university it belongs to as one institution', () => {
    expect(schools('Formación', ['Máster en Seguridad Alimentaria, Facultad de Veterinaria — Universidad de León, 2017'])).toEqual([
      ['Facultad de Veterinaria — Universidad de León', 'Máster', 'Seguridad Alimentaria'],
    ]);
    expect(schools('Formação', ['Licenciatura em Nutrição, Faculdade de Ciências da Nutrição — Universidade do Minho, 2009'])).toEqual([
      ['Faculdade de Ciências da Nutrição — Universidade do Minho', 'Licenciatura', 'Nutrição'],
    ]);
  });

  it('joins a school\'s name wrapped after its "de"', () => {
    expect(schools('Formação', ['Curso de Cozinha — Escola de', 'Hotelaria e Turismo do Algarve, 2010'])).toEqual([
      ['Escola de Hotelaria e Turismo do Algarve', 'Curso', 'Cozinha'],
    ]);
  });
});

describe('kitchen titles with ordinals and the header above them', () => {
  it('keeps the title a title and the employer the employer', () => {
    const text = (header: string) => ['Tiago Barreiros', 'tiago@example.pt', 'Experiência Profissional', header, '06/2010 – 08/2012', '- Partida de peixe'].join('\n');
    expect(jobsOf(text('### Cozinheiro de 1.ª — The Wren Room, Londres (Reino Unido)'))).toEqual([['The Wren Room', 'Cozinheiro de 1.ª', '2010-06', '2012-08']]);
    expect(jobsOf(text('### Jefe de 2ª — Casa Olmedo, Sevilla'))).toEqual([['Casa Olmedo', 'Jefe de 2ª', '2010-06', '2012-08']]);
    expect(jobsOf(text('### Commis de 1er — Le Petit Verger, Lyon'))).toEqual([['Le Petit Verger', 'Commis de 1er', '2010-06', '2012-08']]);
    expect(jobsOf(text('### Cuoco capo partita — Trattoria Il Glicine, Bologna'))).toEqual([['Trattoria Il Glicine', 'Cuoco capo partita', '2010-06', '2012-08']]);
  });

  it('keeps a highlight ending in a year in brackets in its job, when the PDF dropped its bullet', () => {
    const text = [
      'Filipa Sarmento',
      'filipa@example.pt',
      'Experiência Profissional',
      'Quinta do Vale, Braga',
      'Chefe de Cozinha · 03/2016 – presente',
      'Wrote the HACCP plan for the central kitchen',
      'Led the central kitchen to ISO 22000 certification (2023)',
      'Hotel Lusitano, Porto',
      'Cozinheiro · 2012 – 2016',
      'Ran the fish section',
    ].join('\n');
    expect(jobsOf(text)).toEqual([
      ['Quinta do Vale', 'Chefe de Cozinha', '2016-03', 'present'],
      ['Hotel Lusitano', 'Cozinheiro', '2012', '2016'],
    ]);
  });

  it('never takes the name or the headline under it for skills', () => {
    const resume = parseSections(
      ['Vaardigheden', 'HACCP · Sous-vide · Personeelsplanning', '\tJoris van der Meulen', 'Voedselveiligheid · ex-Chef-kok', 'Werkervaring', 'Brasserie De Kade, Utrecht', 'Chef-kok · 2017 – heden', '• Schreef het HACCP-plan'].join('\n'),
    );
    const skills = (resume.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
    expect(resume.basics?.name).toBe('Joris van der Meulen');
    expect(resume.basics?.label).toBe('Voedselveiligheid · ex-Chef-kok');
    expect(skills).toEqual(expect.arrayContaining(['HACCP', 'Sous-vide']));
    expect(skills.filter((skill) => /Joris|Voedselveiligheid|ex-Chef/.test(skill ?? ''))).toEqual([]);
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate ?? 'present'])).toEqual([['Brasserie De Kade', 'Chef-kok', '2017', 'present']]);
  });
});
