/**
 * What a browser-printed PDF does to a resume's lines (a new user's trial found each class):
 * list glyphs gone, a highlight wrapped onto a line that holds a year or starts with a figure,
 * the contact line broken after a phone's country code, the headline and the e-mail address
 * run together. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseCertificates } from '../../src/resume/sections/parse-certificates.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const header = ['Marta Kowalczyk', 'Dispatch Supervisor · Gdańsk, Poland marta.k@example.pl · +48', '501 234 567 · linkedin.com/in/marta-kowalczyk'];

describe('a highlight wrapped onto a line that holds a year', () => {
  it('stays one highlight of its job, and no job of that year is made up', () => {
    const resume = parseSections(
      [
        ...header,
        'Experience',
        'Dispatch Supervisor — Baltic Road Haulage, Gdańsk',
        'March 2019 – Present',
        'File tachograph records and driver hours reports with the',
        'compliance officer; zero fines in 2023',
        'Cut empty kilometres by 12% by pairing return loads with',
        'partner hauliers',
        'Transport Clerk — Nordport Logistics, Gdynia',
        '2016 – 2019',
        'Booked carriers for 200 loads a week',
      ].join('\n'),
    );
    expect(resume.work?.map((job) => [job.position, job.startDate, job.endDate, job.highlights?.length])).toEqual([
      ['Dispatch Supervisor', '2019-03', undefined, 2],
      ['Transport Clerk', '2016', '2019', 1],
    ]);
    expect(resume.work?.[0]?.highlights?.[0]).toBe('File tachograph records and driver hours reports with the compliance officer; zero fines in 2023');
  });

  it('takes a year alone on the next line as the end of a bulleted sentence cut after "in"', () => {
    const resume = parseSections(
      ['Ana Ruiz', 'Experience', 'Store Manager — Calle Mayor Foods', '2018 – Present', '• Opened the second shop, the best first year of the chain in', '2021', '• Hired and trained nine staff'].join('\n'),
    );
    expect(resume.work?.map((job) => job.highlights)).toEqual([['Opened the second shop, the best first year of the chain in 2021', 'Hired and trained nine staff']]);
  });

  it('joins a line that starts with a figure to the sentence it finishes, even just above the next entry', () => {
    const resume = parseSections(
      [
        'Ana Ruiz',
        'Experience',
        'Shift Lead — Calle Mayor Foods',
        '2018 – Present',
        'Ran the early shift for 30 staff; waste fell from',
        '9% to 4%',
        'Cashier — Mercado Sol',
        '2015 – 2018',
        'Served 300 customers a day',
      ].join('\n'),
    );
    expect(resume.work?.map((job) => [job.position, job.highlights])).toEqual([
      ['Shift Lead', ['Ran the early shift for 30 staff; waste fell from 9% to 4%']],
      ['Cashier', ['Served 300 customers a day']],
    ]);
  });
});

describe('the contact lines of a printed PDF', () => {
  it('keeps a phone number broken after its country code whole, and reads the place run together with the e-mail', () => {
    const basics = parseSections([...header, 'Experience', 'Dispatcher — Nordport Logistics', '2016 – 2019'].join('\n')).basics;
    expect(basics?.phone).toBe('+48 501 234 567');
    expect(basics?.email).toBe('marta.k@example.pl');
    expect(basics?.location).toEqual({ city: 'Gdańsk', countryCode: 'PL' });
  });
});

describe('a certificate whose name holds a year', () => {
  it('dates it by the year standing last on its line, and keeps the year in the name', () => {
    const read = (line: string) => parseCertificates(toResumeLines(line));
    expect(read('Incoterms 2020 course, ICC Netherlands, 2021')).toEqual([{ name: 'Incoterms 2020 course', issuer: 'ICC Netherlands', date: '2021' }]);
    expect(read('ISO 9001:2015 Lead Auditor (2019)')).toEqual([{ name: 'ISO 9001:2015 Lead Auditor', date: '2019' }]);
    expect(read('Windows Server 2019 Administration – Microsoft – Mar 2021')).toEqual([
      { name: 'Windows Server 2019 Administration', issuer: 'Microsoft', date: '2021-03' },
    ]);
    // A year the line gives once is its date, wherever it stands.
    expect(read('First Aid at Work 2022 St John Ambulance')[0]?.date).toBe('2022');
  });
});

describe('a comma list of skills wrapped inside an item', () => {
  it('joins a line going on in lower case to the item above, and keeps lists whose lines each end an item apart', () => {
    const skills = (lines: string[]) => (parseSections(['Ana Ruiz', 'Skills', ...lines].join('\n')).skills ?? []).map((skill) => skill.name);
    expect(skills(['Menu costing, HACCP, allergen', 'labelling, stock rotation, rota planning,', 'supplier negotiation'])).toEqual([
      'Menu costing',
      'HACCP',
      'allergen labelling',
      'stock rotation',
      'rota planning',
      'supplier negotiation',
    ]);
    expect(skills(['python, sql, excel', 'docker, kubernetes'])).toEqual(['python', 'sql', 'excel', 'docker', 'kubernetes']);
  });
});
