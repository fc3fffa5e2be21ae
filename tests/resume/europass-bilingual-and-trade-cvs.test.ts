/**
 * A tradesman's CVs as a new user brought them (trial s50 #1 #4 #5 #6), each class with its own invented person:
 * a Europass PDF whose section labels wrap in the narrow label column ("EDUCATION AND" / the entry's date line /
 * "TRAINING"), the first entry's date line read above its label; a bilingual CV whose current job ends "obecnie /
 * now" or "danas / today" and whose languages and levels are each written in both languages; a Markdown CV whose
 * contact line is prose ("Pipe welder. Klaipėda, Lithuania. a@b.lt, +370 …") above a certificate named by its
 * standard ("EN ISO 9606-1 141, 111"), whose number is no phone number. None is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { joinWrappedSectionLabels } from '../../src/resume/sections/wrapped-section-labels.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

// The text a Europass PDF gives when its labels wrap in their column beside each section's first entry.
const europassPdf = [
  'Halvard Moen',
  'Email address: halvard.moen@example.no',
  'Phone number: +47 912 34 567',
  'Address: Haugesund, Norway',
  'ABOUT ME\tPlater and fitter on offshore modules, now leading a night crew.',
  '04/2020 – CURRENT Haugesund, Norway',
  'WORK',
  'FOREMAN PLATER – KVINESDAL STAALBYGG AS',
  'EXPERIENCE',
  '• Leads a crew of nine platers on the night shift',
  '• Checks fit-up against the WPS before welding',
  '08/2014 – 03/2020',
  'PLATE WELDER – SUNNHORDLAND VERFT',
  '• Cut and fitted deck plates on supply vessels',
  '08/2011 – 06/2014',
  'EDUCATION AND',
  'Fagbrev, Platearbeiderfaget',
  'TRAINING',
  'Karmsund videregående skole',
  'JOB-RELATED\tPlate work: Fit-up, Flame cutting, Bending',
  'SKILLS',
  'DRIVING LICENCE\tDriving Licence: B',
].join('\n');

describe('Europass section labels wrapped in their column', () => {
  it('reads every job under WORK EXPERIENCE and the school under EDUCATION AND TRAINING, none of them a certificate', () => {
    const resume = parseSections(europassPdf);
    expect(resume.work?.map((job) => [job.position?.toLowerCase(), job.name, job.startDate, job.endDate])).toEqual([
      ['foreman plater', 'Kvinesdal Staalbygg AS', '2020-04', undefined],
      ['plate welder', 'Sunnhordland Verft', '2014-08', '2020-03'],
    ]);
    expect(resume.education?.[0]).toMatchObject({ institution: 'Karmsund videregående skole', startDate: '2011-08', endDate: '2014-06' });
    expect(resume.certificates?.map((certificate) => certificate.name) ?? []).not.toContain('Karmsund videregående skole');
    expect(resume.basics?.summary).toBe('Plater and fitter on offshore modules, now leading a night crew.');
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual(expect.arrayContaining(['Fit-up', 'Flame cutting', 'Bending']));
  });

  it('joins a label whose halves are apart by the entry line between them, and moves the date line under it', () => {
    const lines = joinWrappedSectionLabels(toResumeLines(['2019 – 2022 Bergen', 'EDUCATION AND', 'Fagskole, Sveiseteknikk', 'TRAINING'].join('\n')));
    expect(lines.map((line) => line.text)).toEqual(['EDUCATION AND TRAINING', '2019 – 2022 Bergen', 'Fagskole, Sveiseteknikk']);
  });

  it('leaves two headings alone when together they name no section, and a label never joins across a blank line', () => {
    const apart = ['SKILLS', 'Welding', 'LANGUAGES'];
    expect(joinWrappedSectionLabels(toResumeLines(apart.join('\n'))).map((line) => line.text)).toEqual(apart);
    const blank = ['WORK', '', 'EXPERIENCE'];
    expect(joinWrappedSectionLabels(toResumeLines(blank.join('\n'))).map((line) => line.text)).toEqual(blank);
  });
});

describe('bilingual CVs', () => {
  const bilingual = [
    'Ivana Horvat',
    'ivana.horvat@example.hr | +385 98 765 4321 | Rijeka, Croatia',
    '',
    'Radno iskustvo / Work experience',
    '06.2022 – danas / today\tPredradnik / Foreman',
    'Viktor Lenac d.d., Rijeka',
    '• Runs the repair crew on tanker hulls',
    '01.2017 – 05.2022\tBravar / Fitter',
    'Brodogradilište Kraljevica, Kraljevica',
    '• Fitted frames and bulkheads',
    '',
    'Jezici / Languages',
    'Hrvatski / Croatian – materinski / native; Engleski / English – B1; Talijanski / Italian – A2',
  ].join('\n');

  it('reads "danas / today" as the end of the current job, the employer the line under the title', () => {
    const resume = parseSections(bilingual);
    expect(resume.work?.[0]).toMatchObject({ name: expect.stringMatching(/^Viktor Lenac d\.d\./), startDate: '2022-06' });
    expect(resume.work?.[0]?.endDate).toBeUndefined();
    expect(resume.work?.map((job) => job.name)).not.toContain('today');
  });

  it('reads "obecnie / now" and "heute / today" the same way', () => {
    const polish = parseSections(['Jan Nowak', 'jan@example.pl', 'Experience', '03.2023 – obecnie / now\tSpawacz / Welder', 'Stocznia Remontowa, Gdańsk'].join('\n'));
    expect(polish.work?.[0]).toMatchObject({ name: 'Stocznia Remontowa', startDate: '2023-03' });
    const german = parseSections(['Jan Nowak', 'jan@example.pl', 'Experience', '2021 – heute / today\tSchweißer / Welder', 'Meyer Werft, Papenburg'].join('\n'));
    expect(german.work?.[0]).toMatchObject({ name: expect.stringMatching(/^Meyer Werft/), startDate: '2021' });
  });

  it('names each language once, in English, with its level in English, never a language called "native"', () => {
    const resume = parseSections(bilingual);
    expect(resume.languages).toEqual([
      { language: 'Croatian', fluency: 'native' },
      { language: 'English', fluency: 'B1' },
      { language: 'Italian', fluency: 'A2' },
    ]);
  });
});

describe('a Markdown CV with a prose contact line and welding certificates', () => {
  const markdown = [
    '# Jonas Petrauskas',
    '',
    'Pipe welder. Klaipėda, Lithuania. jonas.petrauskas@example.lt, +370 612 34567',
    '',
    '## Experience',
    '',
    '### Pipe welder — Vakarų laivų gamykla, Klaipėda',
    '2019 – now',
    '',
    '- TIG and MMA welding of stainless pipe spools in 6G',
    '',
    '## Certificates',
    '',
    '- EN ISO 9606-1 141, 111',
    '- EN ISO 9606-1 135 P BW 1.2 S t10 PB ml, 2024',
  ].join('\n');

  it('takes the phone and the city from the contact line, never a standard\'s number further down', () => {
    const resume = parseSections(markdown);
    expect(resume.basics).toMatchObject({ email: 'jonas.petrauskas@example.lt', phone: '+370 612 34567', location: { city: 'Klaipėda' } });
  });

  it('never takes a phone number from a standard even where the file has no other', () => {
    const resume = parseSections(['# Ona Kazlauskė', 'ona@example.lt', '', '## Certificates', '', '- EN ISO 9606-1 135 141'].join('\n'));
    expect(resume.basics?.phone).toBeUndefined();
  });

  it('keeps the processes a welding certificate was passed in as part of its name, never its issuer', () => {
    const resume = parseSections(markdown);
    expect(resume.certificates).toEqual([
      { name: 'EN ISO 9606-1 141, 111' },
      { name: 'EN ISO 9606-1 135 P BW 1.2 S t10 PB ml', date: '2024' },
    ]);
  });
});
