/**
 * A "Languages" group printed like the groups of the Skills section above it (a label on its own
 * line over bullets, cells or comma lists) is one more group of skills, not a section of its own;
 * a Languages section written differently from the groups stays the person's spoken languages.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const top = ['Oona Reivik', 'oona.reivik@example.org', 'Skills'];

describe('a "Languages" group under skill groups', () => {
  it('is one more group when its items are bulleted like the groups above it', () => {
    const resume = parseSections(
      [...top, 'Surveying', '• Total stations', '• Drone photogrammetry', 'Languages', '• Norwegian (native)', '• Sami (conversational)'].join('\n'),
    );
    expect(resume.skills).toContainEqual({ name: 'Languages', keywords: ['Norwegian (native)', 'Sami (conversational)'] });
    expect(resume.languages).toBeUndefined();
  });

  it('is one more group when its items are listed with commas like the groups above it', () => {
    const resume = parseSections(
      [...top, 'Surveying', 'Total stations, Drone photogrammetry', 'Mapping', 'QGIS, ArcGIS Pro', 'Languages', 'Norwegian (native), Sami (conversational)'].join('\n'),
    );
    expect(resume.skills).toContainEqual({ name: 'Languages', keywords: ['Norwegian (native)', 'Sami (conversational)'] });
  });

  it('stays a section of spoken languages when written one plain item a line', () => {
    const resume = parseSections([...top, 'Surveying', '• Total stations', '• Drone photogrammetry', 'Languages', 'Norwegian', 'Sami'].join('\n'));
    expect(resume.skills?.map((skill) => skill.name)).not.toContain('Languages');
    expect(resume.languages?.map((language) => language.language)).toEqual(['Norwegian', 'Sami']);
  });

  it('stays a section of its own when set in the section headings\' capitals over labels that are not', () => {
    const resume = parseSections(
      ['Oona Reivik', 'SKILLS', 'Surveying', '• Total stations', '• Drone photogrammetry', 'LANGUAGES', '• Norwegian', '• Sami'].join('\n'),
    );
    expect(resume.languages?.map((language) => language.language)).toEqual(['Norwegian', 'Sami']);
  });
});
