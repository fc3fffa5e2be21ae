/**
 * Skills a narrow column or a wrapped grid breaks apart: a rated skill whose versions the sidebar
 * wrapped onto a line of their own, and a group set after a grid of groups whose chips are parted by
 * middle dots. Every resume here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { isKeywordLine } from '../../src/resume/sections/find-sections.ts';

describe('rated skills in a sidebar, one name over its level', () => {
  it('keeps a name whose versions the column wrapped ("Office Suite" / "2016/2019") with them and its level', () => {
    const resume = parseSections(
      [
        'Nadia Whitcombe',
        'Systems Technician',
        'Summary',
        'Technician who keeps a county library network running.',
        'Experience',
        'Fenland Libraries\t04/2020 - Present',
        'Systems Technician',
        'Imaged 300 public computers a year',
        '',
        'About',
        'Wisbech GB',
        'nadia.whitcombe@example.org',
        '01945 555 012',
        'Juniper Junos',
        'Advanced',
        'Office Suite',
        '2016/2019',
        'Intermediate',
        'Koha ILS',
        'Intermediate',
        'Ghost imaging',
        'Beginner',
      ].join('\n'),
    );
    expect(resume.skills).toEqual([
      { name: 'Juniper Junos', level: 'Advanced' },
      { name: 'Office Suite 2016/2019', level: 'Intermediate' },
      { name: 'Koha ILS', level: 'Intermediate' },
      { name: 'Ghost imaging', level: 'Beginner' },
    ]);
  });
});

describe('a group under a grid of groups, its chips parted by middle dots', () => {
  it('takes chips parted by middle dots for keywords, as it does chips parted by commas', () => {
    expect(isKeywordLine('Stock rotation · Cellar checks · Rota ·')).toBe(true);
    expect(isKeywordLine('Ran the cellar for a pub that sold nine hundred pints every Friday night')).toBe(false);
  });

  it('reads the group a wrapped grid set on a line of its own under the rows of the groups before it', () => {
    const resume = parseSections(
      [
        'Owen Prydderch',
        'Bar Manager',
        'S K I L L S',
        'Bar\tCellar\tFront of house',
        'Cocktails · Spirits ·\tLine cleaning · Keg changes ·\tTill reconciliation',
        'Wine service\tStock rotation\tComplaint handling',
        'Management',
        'Staff rotas ·',
        'Supplier orders · Licensing ·',
        'Cash handling',
        'E X P E R I E N C E',
        'Bar Manager at The Drovers Arms\tApr 2021 - Current',
        'Run a bar of six staff that turns over £14,000 a week',
      ].join('\n'),
    );
    const keywords = (resume.skills ?? []).flatMap((skill) => skill.keywords ?? []);
    expect(keywords).toEqual(expect.arrayContaining(['Staff rotas', 'Supplier orders', 'Licensing', 'Cash handling']));
    expect(resume.work?.[0]).toMatchObject({ name: 'The Drovers Arms', position: 'Bar Manager' });
  });
});
