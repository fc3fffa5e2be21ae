/**
 * Skill groups in a sidebar rated as marks ("4/5") with a name the column wrapped inside its
 * brackets, and a school attended for coursework only: habits of strangers' CVs the tuning
 * people showed (a food-safety engineer's sidebar, a technician's unfinished degree).
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

describe('sidebar skill groups rated as marks, a name wrapped inside its brackets', () => {
  it('reads each group with its mark as the level and joins the wrapped name', () => {
    const text = [
      'Tomás Aguilar',
      'Process Engineer',
      'Summary',
      'Process engineer for cereal and snack lines.',
      'Experience',
      'Cerealia S.A.\t03/2018 - Present',
      'Process Engineer',
      'Ran the line trials of two extruders',
      'About',
      'Guadalajara MX',
      'tomas.aguilar@example.mx',
      '+52 33 5550 1234',
      'Processing',
      '5/5',
      'Extrusion\tHACCP',
      'Spray drying',
      'Data',
      '3/5',
      'Minitab\tJMP',
      'Excel (macros,',
      'Power Pivot)',
    ].join('\n');
    expect(parseSections(text).skills).toEqual([
      { name: 'Processing', level: '5/5', keywords: ['Extrusion', 'HACCP', 'Spray drying'] },
      { name: 'Data', level: '3/5', keywords: ['Minitab', 'JMP', 'Excel (macros, Power Pivot)'] },
    ]);
  });
});

describe('a school attended for coursework only', () => {
  const schools = (entry: string) =>
    parseSections(['Jo Park', 'jo@example.com', '', 'EDUCATION', 'B.S., Physics — Ohio State University', '2010 - 2014', entry, '2008 - 2009', 'Relevant coursework: Optics, Thermodynamics'].join('\n')).education?.map(
      ({ institution, studyType, area, courses }) => ({ institution, studyType, area, courses }),
    );

  it('reads "Coursework in X" or "Coursework, X" as the study, and "Relevant coursework:" still as courses', () => {
    for (const entry of ['Coursework in Chemistry — UC Davis', 'Coursework, Chemistry — UC Davis']) {
      expect(schools(entry), entry).toEqual([
        { institution: 'Ohio State University', studyType: 'B.S.', area: 'Physics', courses: undefined },
        { institution: 'UC Davis', studyType: 'Coursework', area: 'Chemistry', courses: ['Optics', 'Thermodynamics'] },
      ]);
    }
  });
});

describe('a school name wrapped with no joining word at the cut', () => {
  it('joins capitalised words around a small word, and the letters in brackets, to the name above', () => {
    const text = [
      'Ana Solís',
      'ana.solis@example.mx',
      '',
      'Education',
      'Instituto Politécnico y de Estudios',
      'Avanzados de Occidente',
      'Maestría in Food Science',
      'Aug 2019 – Jun 2021',
      '',
      'Universidad Técnica',
      'Autónoma de Jalisco (UTAJ)',
      'Licenciatura in Chemistry',
      'Aug 2012 – May 2017',
    ].join('\n');
    expect(parseSections(text).education?.map(({ institution, studyType }) => ({ institution, studyType }))).toEqual([
      { institution: 'Instituto Politécnico y de Estudios Avanzados de Occidente', studyType: 'Maestría' },
      { institution: 'Universidad Técnica Autónoma de Jalisco (UTAJ)', studyType: 'Licenciatura' },
    ]);
  });
});
