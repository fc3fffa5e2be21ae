/**
 * Resumes from warehouses, depots and yards, as a new user pastes or prints them: every job as
 * "Title" / "Employer, Town" / dates (or the employer first), a section of its own for the driving
 * licence, and a two-column PDF whose "Title — Employer" line wraps inside the employer's name.
 * One layout in a file is read one way, whether or not the reader knows the town.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseLocation } from '../../src/resume/sections/parse-location.ts';

const jobs = (text: string) => parseSections(text).work?.map(({ name, position, location }) => ({ name, position, location }));

describe('stacked headers with the town after the employer', () => {
  const expected = [
    { name: 'Brightmoor Freight Services', position: 'Shift Leader', location: 'Leeds' },
    { name: 'Harlow+Finch', position: 'Crew Leader', location: 'Wakefield' },
    { name: 'Pennine Parcels', position: 'Stock Controller', location: 'Halifax' },
  ];

  it('reads "Title" / "Employer, Town" / dates the same way for every job', () => {
    const text = [
      'Sofia Almeida',
      'sofia.almeida@example.org',
      '',
      'EXPERIENCE',
      'Shift Leader',
      'Brightmoor Freight Services, Leeds',
      '2020-01 - present',
      '- Ran the night shift of 20 pickers',
      '',
      'Crew Leader',
      'Harlow+Finch, Wakefield',
      '2017-04 - 2019-12',
      '- Loaded 30 trailers a shift',
      '',
      'Stock Controller',
      'Pennine Parcels, Halifax',
      '2015-02 - 2017-03',
      '- Weekly cycle counts',
    ].join('\n');
    expect(jobs(text)).toEqual(expected);
  });

  it('reads "Employer, Town" / "Title" / dates the same way for every job', () => {
    const text = [
      'Sofia Almeida',
      'sofia.almeida@example.org',
      '',
      'EXPERIENCE',
      'Brightmoor Freight Services, Leeds',
      'Shift Leader',
      '2020-01 - present',
      '- Ran the night shift of 20 pickers',
      '',
      'Harlow+Finch, Wakefield',
      'Crew Leader',
      '2017-04 - 2019-12',
      '- Loaded 30 trailers a shift',
      '',
      'Pennine Parcels, Halifax',
      'Stock Controller',
      '2015-02 - 2017-03',
      '- Weekly cycle counts',
    ].join('\n');
    expect(jobs(text)).toEqual(expected);
  });

  it('keeps the words after a comma in the name where no employer of the file shows a town there', () => {
    const text = [
      'Sofia Almeida',
      'sofia.almeida@example.org',
      '',
      'EXPERIENCE',
      'Buyer',
      'Northwind Traders, Retail Division',
      '2019-01 - present',
      '- Bought seasonal stock',
    ].join('\n');
    expect(jobs(text)).toEqual([{ name: 'Northwind Traders, Retail Division', position: 'Buyer', location: undefined }]);
  });
});

describe('a section of its own for the driving licence', () => {
  it('is one licence with its categories, not a certificate per line', () => {
    const text = [
      'Tomasz Wrona',
      'tomasz.wrona@example.org',
      '',
      'CERTIFICATES',
      'Reach truck licence (2018)',
      'First Aid at Work (2021)',
      '',
      'DRIVING LICENCE',
      'Category B',
    ].join('\n');
    expect(parseSections(text).certificates).toEqual([
      { name: 'Reach truck licence', date: '2018' },
      { name: 'First Aid at Work', date: '2021' },
      { name: 'Driving licence B' },
    ]);
  });

  it('keeps several categories together, under an English or a German heading', () => {
    const english = ['Lena Vogt', 'lena.vogt@example.org', '', "Driver's licence", 'Cat. C', 'CE'].join('\n');
    expect(parseSections(english).certificates).toEqual([{ name: 'Driving licence C and CE' }]);
    const german = ['Lena Vogt', 'lena.vogt@example.org', '', 'Führerschein', 'Klasse B, C1'].join('\n');
    expect(parseSections(german).certificates).toEqual([{ name: 'Driving licence B and C1' }]);
  });
});

describe('a two-column PDF whose "Title — Employer" line wraps', () => {
  it('keeps the first words of the employer on the line above', () => {
    const text = [
      'Dev Malhotra',
      'dev.malhotra@example.org',
      '',
      'EXPERIENCE',
      'Transport Planner — Harbourgate',
      'Distribution Services, Manchester',
      '04.2021 – now',
      'Planned 60 routes a day',
      'Cut empty miles by 12%',
      'Forklift Operator — XPO',
      'Logistics, Sheffield',
      '01.2018 – 03.2021',
      'Loaded 25 trailers a shift, no damage claims',
    ].join('\n');
    expect(jobs(text)).toEqual([
      { name: 'Harbourgate Distribution Services', position: 'Transport Planner', location: 'Manchester' },
      { name: 'XPO Logistics', position: 'Forklift Operator', location: 'Sheffield' },
    ]);
  });

  it('keeps skills on lines of their own apart', () => {
    const text = [
      'Dev Malhotra',
      'dev.malhotra@example.org',
      '',
      'SKILLS',
      'Route planning',
      'Excel',
      'FIFO, Gemba, Andon',
      'Returns handling',
      'Yard management',
    ].join('\n');
    expect(parseSections(text).skills?.map((skill) => skill.name)).toEqual(['Route planning', 'Excel', 'FIFO', 'Gemba', 'Andon', 'Returns handling', 'Yard management']);
  });
});

describe("an Australian state's code after a town", () => {
  it('is a place, with the postcode Australia writes after it', () => {
    const text = [
      'Priya Nair',
      'priya.nair@example.org',
      '',
      'EXPERIENCE',
      'Dispatch Coordinator',
      'Southern Cross Haulage, Parramatta, NSW',
      '2019-06 - present',
      '- Booked 80 deliveries a day',
    ].join('\n');
    expect(jobs(text)).toEqual([{ name: 'Southern Cross Haulage', position: 'Dispatch Coordinator', location: 'Parramatta, NSW' }]);
    expect(parseLocation('Geelong, VIC 3220')).toEqual({ city: 'Geelong', region: 'VIC', countryCode: 'AU', postalCode: '3220' });
  });
});
