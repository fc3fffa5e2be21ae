/**
 * What a new user's trial (notes of session 40) found in a German Lebenslauf typed as Word tables and
 * in a GitHub-style Markdown CV, rebuilt as classes on invented text: a table row's language beside its
 * level, skill rows labelled by level in small letters, a school named for a list of fields, a
 * vocational qualification examined by a chamber, "Ausbildung zum …" as a job's title, a "Stack" of
 * code spans, flags before languages. None of the trial's files is used here.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const header = 'Miriam Vogt\nmiriam.vogt@example.de | +49 170 5550199 | Dresden\n\n';

describe('a German Lebenslauf typed as tables', () => {
  it('reads a language beside its level in a table row as one language', () => {
    const resume = parseSections(`${header}Sprachen\nDeutsch\tMuttersprache\t\nEnglisch\tverhandlungssicher (C1)\t\nPolnisch\tB1\t\n`);
    expect(resume.languages).toEqual([
      { language: 'Deutsch', fluency: 'Muttersprache' },
      { language: 'Englisch', fluency: 'verhandlungssicher (C1)' },
      { language: 'Polnisch', fluency: 'B1' },
    ]);
  });

  it('keeps two languages named in one row two languages', () => {
    const resume = parseSections(`${header}Sprachen\nDeutsch | Englisch\n`);
    expect(resume.languages).toEqual([{ language: 'Deutsch' }, { language: 'Englisch' }]);
  });

  it('reads skill rows labelled by level in small letters as a group each', () => {
    const resume = parseSections(
      `${header}Kenntnisse\nsehr gute Kenntnisse:\tAngular, RxJS, Sass\t\ngute Kenntnisse:\tPlaywright, Vitest\t\nGrundkenntnisse:\tKotlin, Terraform\t\n`,
    );
    expect(resume.skills).toEqual([
      { name: 'sehr gute Kenntnisse', keywords: ['Angular', 'RxJS', 'Sass'] },
      { name: 'gute Kenntnisse', keywords: ['Playwright', 'Vitest'] },
      { name: 'Grundkenntnisse', keywords: ['Kotlin', 'Terraform'] },
    ]);
  });

  it('keeps a school named for a list of fields whole over its commas', () => {
    const resume = parseSections(`${header}Ausbildung\n10/2012 – 09/2016\tB.Eng. Maschinenbau\nHochschule für Technik, Medien und Gestaltung Dresden (HTMG)\n`);
    expect(resume.education?.[0]).toMatchObject({ institution: 'Hochschule für Technik, Medien und Gestaltung Dresden (HTMG)', studyType: 'B.Eng.', area: 'Maschinenbau' });
    const english = parseSections(`${header}Education\nSchool of Engineering, Design and Technology, Kestrel University\nBEng Product Design, 2015 – 2019\n`);
    expect(english.education?.[0]?.institution).toBe('School of Engineering, Design and Technology, Kestrel University');
  });

  it('reads a vocational qualification with its examining chamber in brackets or after a comma', () => {
    const resume = parseSections(
      `${header}Ausbildung\n06/2012\tMechatronikerin (IHK Chemnitz)\nAbschlussnote: gut\n\n2012\tTischlerin, HWK Dresden\n\n2009\tAbitur, Gymnasium Bürgerwiese Dresden\n`,
    );
    expect(resume.education).toEqual([
      { institution: 'IHK Chemnitz', studyType: 'Mechatronikerin', endDate: '2012-06', score: 'gut' },
      { institution: 'HWK Dresden', studyType: 'Tischlerin', endDate: '2012' },
      { institution: 'Gymnasium Bürgerwiese Dresden', studyType: 'Abitur', endDate: '2009' },
    ]);
  });

  it('reads "Ausbildung zur …" beside its dates as the job’s title, and "heute" as a current job', () => {
    const resume = parseSections(
      `${header}Berufserfahrung\n03/2019 – heute\tSoftwareentwicklerin\nSachsenlogik GmbH, Dresden\n• Aufbau einer Lagerverwaltung\n\n09/2009 – 06/2012\tAusbildung zur Mechatronikerin\nElbtal Antriebe GmbH & Co. KG, Riesa\n`,
    );
    expect(resume.work).toEqual([
      { name: 'Sachsenlogik GmbH', position: 'Softwareentwicklerin', location: 'Dresden', startDate: '2019-03', highlights: ['Aufbau einer Lagerverwaltung'] },
      { name: 'Elbtal Antriebe GmbH & Co. KG', position: 'Ausbildung zur Mechatronikerin', location: 'Riesa', startDate: '2009-09', endDate: '2012-06' },
    ]);
  });

  it('keeps "Persönliche Daten" out of skills, jobs and schools', () => {
    const resume = parseSections(
      `${header}Persönliche Daten\nGeburtsdatum:\t02.03.1991\t\nFamilienstand:\tledig\t\n\nKenntnisse\nSAP PM, AutoCAD\n\nBerufserfahrung\n01/2016 – heute\tInstandhaltungsplanerin\nSachsenlogik GmbH, Dresden\n`,
    );
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['SAP PM', 'AutoCAD']);
    expect(resume.work?.map((job) => job.position)).toEqual(['Instandhaltungsplanerin']);
    expect(resume.education).toBeUndefined();
  });
});

describe('a GitHub-style Markdown CV', () => {
  it('reads a "Stack" of code spans as skills', () => {
    const resume = parseSections('# Miriam Vogt\n\nmiriam.vogt@example.de\n\n## Stack\n\n`Angular` `RxJS` `Vue 3` `Node.js` `a11y`\n');
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['Angular', 'RxJS', 'Vue 3', 'Node.js', 'a11y']);
  });

  it('reads languages with a flag before each', () => {
    const resume = parseSections('# Miriam Vogt\n\nmiriam.vogt@example.de\n\n## Languages\n\n🇩🇪 German (native) · 🇵🇱 Polish (B1)\n');
    expect(resume.languages).toEqual([
      { language: 'German', fluency: 'native' },
      { language: 'Polish', fluency: 'B1' },
    ]);
  });

  it('reads a school after its degree with the dates and a note in brackets', () => {
    const resume = parseSections('# Miriam Vogt\n\nmiriam.vogt@example.de\n\n## Education\n\n- B.Sc. Wirtschaftsinformatik, HTMG Dresden (2013–2017, part-time)\n');
    expect(resume.education).toEqual([{ institution: 'HTMG Dresden', studyType: 'B.Sc.', area: 'Wirtschaftsinformatik', startDate: '2013', endDate: '2017' }]);
  });
});
