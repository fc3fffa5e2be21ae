/**
 * Skill groups set side by side as columns: a PDF's text reads them row by row, each group's
 * label in the first row and its keywords in the rows under it, the shorter columns ending first.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

// What a reader of the list would check: every skill is read on its own, under any group.
const found = (text: string) => (parseSections(text).skills ?? []).flatMap((skill) => [skill.name ?? '', ...(skill.keywords ?? [])]);

describe('skill groups in columns', () => {
  it('reads a row of labels naming "skills" as the columns\' labels, not as a section', () => {
    const text = [
      'Lorna Pettigrew',
      'lorna.p@example.com',
      'SKILLS',
      'Data tools\tPeople skills',
      'Excel\tConflict handling',
      'Power BI\tStaff rotas',
      'SQL',
    ].join('\n');
    expect(found(text)).toEqual(expect.arrayContaining(['Excel', 'Conflict handling', 'Power BI', 'Staff rotas', 'SQL']));
  });

  it('never takes a row inside the grid for the labels of more columns', () => {
    const text = [
      'Lorna Pettigrew',
      'lorna.p@example.com',
      'SKILLS',
      'Modelling\tLanguages',
      'Rhino 3D\tFrench',
      'AutoCAD\tDutch',
      'Revit\tSwahili',
      'SketchUp',
    ].join('\n');
    expect(found(text)).toEqual(expect.arrayContaining(['Rhino 3D', 'French', 'AutoCAD', 'Dutch', 'Revit', 'Swahili', 'SketchUp']));
    expect(found(text).filter((name) => name.includes(' / '))).toEqual([]);
  });
});
