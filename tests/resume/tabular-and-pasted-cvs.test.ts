/**
 * Strangers' CVs of the kinds a new user's trial brought (issue 13, trial 46 #1, #2, #3, #6, #7, #57): a German CV
 * typed into Word tables (label ⇥ value rows, a title with a dash beside the dates and the employer under it, a
 * language table with its level column, the closing "Ort, Datum" line), a CV pasted from an e-mail (several roles
 * under one employer heading in capitals, the sign-off) and a "Key Achievements" section under the last job.
 * Every CV here is written for the test, with people of its own; none is taken from the scored corpus or the trial.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const paragraph = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
const cell = (...texts: string[]) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: texts.map((text, index) => paragraph(text, index === 0)) });
const table = (...rows: string[][][]) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((texts) => cell(...texts)) })) });

async function readDocx(children: (Paragraph | Table)[]) {
  const document = new Document({ sections: [{ children }] });
  const extracted = await extractDocxText(new Uint8Array(await Packer.toBuffer(document)), 'lebenslauf.docx');
  return parseSections(extracted.text, { skillGroups: extracted.skillGroups, links: extracted.links });
}

describe('a German CV typed into Word tables', () => {
  const lebenslauf = () =>
    readDocx([
      heading('Lebenslauf'),
      table(
        [['Name'], ['Katharina Obuya']],
        [['Anschrift'], ['Lindenallee 7, 01069 Dresden']],
        [['Telefon'], ['+49 160 9988 7766']],
        [['E-Mail'], ['k.obuya@example.de']],
      ),
      heading('Berufserfahrung'),
      table(
        [['03/2019 – heute'], ['Gruppenleiterin – Thermal Management Systems', 'Elbtal Fahrzeugtechnik GmbH, Dresden', '• Führung von sechs Ingenieurinnen und Ingenieuren']],
        [['10/2013 – 02/2019'], ['Versuchsingenieurin', 'Elbtal Fahrzeugtechnik GmbH, Dresden', '• Prüfstandsversuche an Kühlkreisläufen']],
      ),
      heading('Sprachen'),
      table([['Deutsch'], ['verhandlungssicher (C1, telc)']], [['Swahili, Englisch'], ['Muttersprache']], [['Französisch'], ['Grundkenntnisse']]),
      paragraph('Dresden, 28.11.2026'),
    ]);

  it('reads the city from the address row, never the next row\'s label (#1)', async () => {
    const resume = await lebenslauf();
    expect(resume.basics?.location).toMatchObject({ city: 'Dresden', postalCode: '01069' });
    expect(resume.basics?.phone).toBe('+49 160 9988 7766');
  });

  it('keeps a title with a dash whole when the line under it names the employer by its legal form (#2)', async () => {
    const resume = await lebenslauf();
    expect(resume.work?.map((job) => [job.name, job.position, job.location, job.startDate, job.endDate])).toEqual([
      ['Elbtal Fahrzeugtechnik GmbH', 'Gruppenleiterin – Thermal Management Systems', 'Dresden', '2019-03', undefined],
      ['Elbtal Fahrzeugtechnik GmbH', 'Versuchsingenieurin', 'Dresden', '2013-10', '2019-02'],
    ]);
  });

  it('reads each language beside its level, one level for several languages in a row, and no closing place and date (#3)', async () => {
    const resume = await lebenslauf();
    expect(resume.languages).toEqual([
      { language: 'Deutsch', fluency: 'verhandlungssicher (C1, telc)' },
      { language: 'Swahili', fluency: 'Muttersprache' },
      { language: 'Englisch', fluency: 'Muttersprache' },
      { language: 'Französisch', fluency: 'Grundkenntnisse' },
    ]);
  });
});

describe('label rows of a contact table in other languages', () => {
  it('read the place from "Wohnort", "Adresse" or "Morada" and never take a label for a town', () => {
    const rows = (label: string, value: string, next: string) => ['Ana Lima', `${label}\t${value}\t`, `${next}\t+351 912 000 111\t`, 'E-mail\tana.lima@example.pt\t', 'Experiência', 'Engenheira de Qualidade, Lusoplast Lda., 2018 – 2024'].join('\n');
    expect(parseSections(rows('Wohnort', 'Bremen', 'Handy')).basics?.location?.city).toBe('Bremen');
    expect(parseSections(rows('Adresse', '12 rue des Tanneurs, 67000 Strasbourg', 'Téléphone')).basics?.location).toMatchObject({ city: 'Strasbourg', postalCode: '67000' });
    expect(parseSections(rows('Morada', 'Rua do Almada 40, 4050-032 Porto', 'Telemóvel')).basics?.location).toMatchObject({ city: 'Porto', postalCode: '4050-032' });
    // No address row at all: the phone's label is still no town.
    const noAddress = ['Jonas Weber', 'Telefon\t+49 171 222 3344\t', 'E-Mail\tjonas.weber@example.de\t', 'Berufserfahrung', 'Elektriker, Nordlicht Elektro GmbH, 2015 – 2024'].join('\n');
    expect(parseSections(noAddress).basics?.location?.city).not.toBe('Telefon');
  });
});

describe('a plain-text CV pasted from an e-mail', () => {
  const pasted = [
    'Priyanka Nair',
    'Process Engineer',
    'priyanka.nair@example.in | +91 98450 12345 | Chennai, India',
    '',
    'EXPERIENCE',
    '',
    'COROMANDEL POLYMERS PVT. LTD., Chennai, India',
    'Senior Process Engineer - Extrusion Lines, 06/2019 - present',
    '- Raised line yield from 91% to 96%',
    '- Led the changeover to recycled feedstock',
    'Process Engineer, 07/2015 - 05/2019',
    '- Wrote the SOPs for four extrusion lines',
    '',
    'KAVERI PACKAGING SOLUTIONS, Coimbatore, India',
    'Graduate Engineer Trainee, 08/2013 - 06/2015',
    '- Ran trials on blown film lines',
    '',
    'LANGUAGES',
    'Tamil, Malayalam (native), English (fluent), Hindi (conversational)',
    '',
    'Thanks & regards,',
    'Priyanka',
  ].join('\n');

  it('gives every role under an employer heading in capitals that employer, written as people write it (#7, #57)', () => {
    const resume = parseSections(pasted);
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Coromandel Polymers Pvt. Ltd.', 'Senior Process Engineer - Extrusion Lines', '2019-06', undefined],
      ['Coromandel Polymers Pvt. Ltd.', 'Process Engineer', '2015-07', '2019-05'],
      ['Kaveri Packaging Solutions', 'Graduate Engineer Trainee', '2013-08', '2015-06'],
    ]);
  });

  it('never files the next employer\'s heading as a bullet of the job above it (#57)', () => {
    const highlights = parseSections(pasted).work?.flatMap((job) => job.highlights ?? []) ?? [];
    expect(highlights).toEqual(['Raised line yield from 91% to 96%', 'Led the changeover to recycled feedstock', 'Wrote the SOPs for four extrusion lines', 'Ran trials on blown film lines']);
  });

  it('reads the languages with the level shared by "Tamil, Malayalam (native)", and no sign-off as a language (#6, #7)', () => {
    expect(parseSections(pasted).languages).toEqual([
      { language: 'Tamil', fluency: 'native' },
      { language: 'Malayalam', fluency: 'native' },
      { language: 'English', fluency: 'fluent' },
      { language: 'Hindi', fluency: 'conversational' },
    ]);
    for (const closing of ['Regards, Priyanka', 'Best,\nPriyanka N.', 'Mit freundlichen Grüßen\nPriyanka Nair', 'Chennai, 02.12.2026']) {
      const languages = parseSections(`${pasted.split('\nThanks')[0]}\n\n${closing}`).languages?.map((language) => language.language);
      expect(languages).toEqual(['Tamil', 'Malayalam', 'English', 'Hindi']);
    }
  });

  it('keeps a plain list of languages whole when nothing closes the CV', () => {
    const languages = parseSections(pasted.replace('\n\nThanks & regards,\nPriyanka', '\nKannada')).languages?.map((language) => language.language);
    expect(languages).toEqual(['Tamil', 'Malayalam', 'English', 'Hindi', 'Kannada']);
  });
});

describe('a section of results after the last job', () => {
  const cv = (heading: string) =>
    [
      'Lucía Ferrer',
      'lucia.ferrer@example.es | +34 611 222 333 | Valencia, Spain',
      'EXPERIENCE',
      'Quality Manager | Levante Cerámica S.L. | 2020 – Present',
      '• Took the plant through ISO 9001:2015 recertification',
      'Quality Engineer | Azulejos del Turia S.A. | 2014 – 2020',
      '• Set up incoming inspection for glazes',
      heading,
      '• Cut customer complaints by 40% in 2023',
      '• Won the 2022 supplier quality award',
      'EDUCATION',
      'MSc Chemical Engineering, Universitat Politècnica de València, 2014',
    ].join('\n');

  it('ends the last job, whatever it is called (#6)', () => {
    for (const name of ['KEY ACHIEVEMENTS', 'Selected Achievements', 'Career Highlights', 'Highlights', 'Awards and Recognition', 'Erfolge', 'Logros', 'Projects']) {
      const work = parseSections(cv(name)).work;
      expect(work?.at(-1)?.highlights, name).toEqual(['Set up incoming inspection for glazes']);
      expect(work?.map((job) => job.name), name).toEqual(['Levante Cerámica S.L.', 'Azulejos del Turia S.A.']);
    }
  });

  it('stays the job\'s own label right under its dates, or with a colon under its bullets', () => {
    const labelled = ['Lucía Ferrer', 'lucia.ferrer@example.es', 'EXPERIENCE', 'QUALITY MANAGER, LEVANTE CERÁMICA S.L.', '2020 – Present', 'HIGHLIGHTS', '• Took the plant through recertification', 'Key achievements:', '• Cut complaints by 40%', 'EDUCATION', 'MSc Chemical Engineering, Universitat Politècnica de València, 2014'].join('\n');
    expect(parseSections(labelled).work?.map((job) => [job.name, job.highlights])).toEqual([
      ['Levante Cerámica S.L.', ['Took the plant through recertification', 'Cut complaints by 40%']],
    ]);
  });

  it('stays the job\'s own label when the job\'s summary, wrapped over lines, stands between its dates and the label, and the next job follows', () => {
    const summarised = [
      'Tomasz Wrona', 'tomasz.wrona@example.pl', 'WORK', 'Maintenance Lead, Baltic Foods Sp. z o.o.', 'Mar 2019 – Present',
      'Runs a team of six technicians across two canning lines', 'and the plant\'s compressed-air system.', 'Highlights', '• Cut unplanned downtime by a third',
      'Maintenance Technician, Pomorskie Mleczarnie S.A.', 'Jun 2014 – Feb 2019', 'Highlights', '• Rebuilt the pasteuriser controls',
      'EDUCATION', 'BEng Mechatronics, Gdańsk University of Technology, 2014',
    ].join('\n');
    expect(parseSections(summarised).work?.map((job) => [job.name, job.startDate, job.highlights])).toEqual([
      ['Baltic Foods Sp. z o.o.', '2019-03', ['Cut unplanned downtime by a third']],
      ['Pomorskie Mleczarnie S.A.', '2014-06', ['Rebuilt the pasteuriser controls']],
    ]);
  });
});
