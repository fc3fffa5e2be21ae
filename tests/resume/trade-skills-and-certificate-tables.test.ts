/**
 * A tradesman's CV as a new user brought it (trial s50 #2 #5), each class with its own invented person: no skills
 * section, the trade's skills named only in the summary and the bullets ("TIG/MIG welding of stainless pipe",
 * "processes 135/141"); a bilingual certificate table whose header row names its columns in both languages
 * ("Uprawnienie / Certificate ⇥ Rok / Year"); a driving licence given as "kat. B, C" under a bilingual heading or on
 * a certificate line of its own. None is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { isCertificateTableHeader, isColumnLabelRow } from '../../src/resume/sections/column-label-rows.ts';
import { skillsFromExperience } from '../../src/resume/sections/skills-from-experience.ts';
import { loadReaderVocabulary } from '../../src/resume/skill-vocabulary.ts';

const welder = [
  'Marek Dąbrowski',
  'Spawacz / Welder',
  'marek.dabrowski@example.pl | +48 601 234 567 | Szczecin, Poland',
  '',
  'Podsumowanie / Summary',
  'Pipe welder, processes 135/141, nine years on ship repair.',
  '',
  'Doświadczenie / Experience',
  '03.2019 – obecnie / now\tSpawacz / Welder',
  'Przykładowa Stocznia Sp. z o.o., Szczecin',
  '• TIG/MIG welding of stainless pipe to drawings',
  '• Flux-cored welding of deck plates; forklift driving in the yard',
  '',
  'Uprawnienia / Certificates',
  'Uprawnienie / Certificate\tRok / Year',
  'EN ISO 9606-1 141 T BW\t2022',
  'EN ISO 9606-1 135 P FW\t2021',
  '',
  'Prawo jazdy / Driving licence',
  'kat. B, C',
].join('\n');

describe('a trade CV with no skills section', () => {
  it("reads the trade's skills from the summary and the bullets, each once", () => {
    const resume = parseSections(welder);
    const keywords = resume.skills?.flatMap((skill) => skill.keywords ?? []) ?? [];
    expect(keywords).toEqual(expect.arrayContaining(['TIG Welding', 'MIG/MAG Welding', 'Flux-Cored Arc Welding', 'Forklift']));
    expect(new Set(keywords).size).toBe(keywords.length);
  });

  it('reads a welding process by its number only where the line says it is one', () => {
    const vocabulary = loadReaderVocabulary();
    expect(skillsFromExperience(['Qualified in processes 111 and 136'], vocabulary)?.keywords).toEqual(['MMA Welding', 'Flux-Cored Arc Welding']);
    expect(skillsFromExperience(['Root and cap welds on stainless (141)'], vocabulary)?.keywords).toEqual(['TIG Welding']);
    // A count of joints is no process.
    expect(skillsFromExperience(['Welded 135 joints a month on the new line'], vocabulary)?.keywords ?? []).not.toContain('MIG/MAG Welding');
    expect(skillsFromExperience(['Kept the yard tidy'], vocabulary)).toBeUndefined();
  });

  it('leaves a resume that has a skills section with the skills it lists', () => {
    const listed = parseSections(['Ana Lima', 'ana.lima@example.com', '', 'Experience', '2020 – 2023\tWelder', 'Example Metal Ltd', '• TIG welding of handrails', '', 'Skills', 'Blueprint reading'].join('\n'));
    expect(listed.skills?.flatMap((skill) => skill.keywords ?? [skill.name])).not.toContain('TIG Welding');
  });
});

describe('a bilingual certificate table and a driving licence by its categories', () => {
  it("drops the table's header row and reads each row as one certificate with its year", () => {
    const resume = parseSections(welder);
    expect(resume.certificates?.map((certificate) => [certificate.name, certificate.date])).toEqual([
      ['EN ISO 9606-1 141 T BW', '2022'],
      ['EN ISO 9606-1 135 P FW', '2021'],
      ['Driving licence B and C', undefined],
    ]);
  });

  it('knows a header row named in two languages, and a row of certificates is none', () => {
    expect(isCertificateTableHeader('Uprawnienie / Certificate\tRok / Year')).toBe(true);
    expect(isCertificateTableHeader('Certificate | Issuer | Valid until')).toBe(true);
    expect(isCertificateTableHeader('EN ISO 9606-1 141 T BW\t2022')).toBe(false);
    expect(isCertificateTableHeader('Forklift licence | 2019')).toBe(false);
    expect(isColumnLabelRow('Okres / Period | Pracodawca, stanowisko / Employer, position')).toBe(true);
    expect(isColumnLabelRow('2019 – 2022 | Spawacz / Welder')).toBe(false);
  });

  it('reads "Prawo jazdy kat. B, C" on a line among the certificates as one licence', () => {
    const resume = parseSections(
      ['Jana Nováková', 'jana.novakova@example.cz', '', 'Certificates', 'Forklift licence, 2019', 'Prawo jazdy kat. B, C', 'Driving licence: cat. C+E'].join('\n'),
    );
    expect(resume.certificates?.map((certificate) => certificate.name)).toEqual(['Forklift licence', 'Driving licence B and C', 'Driving licence C+E']);
  });
});
