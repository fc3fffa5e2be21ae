/**
 * Skill groups as a label over a row of tags, where a theme sets one label's tags a line apart
 * (no level line under it): the label is still the group's, even when it is also a section's
 * name ("Licences", "Certifications").
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

describe('a skill label with its tags a line apart', () => {
  it('heads its tags, inside the Skills section', () => {
    const text = [
      'Dario Okonkwo-Lindahl',
      'dario.ol@example.org',
      'Skills',
      'Welding',
      'Expert',
      'TIG\tMIG\tStick welding',
      'Licences',
      '',
      'Forklift licence\tConfined space entry',
      'Inspection',
      'Ultrasonic testing\tDye penetrant testing',
      'Experience',
      'Harrowgate Steel Ltd',
      'Welder',
      '2018 - 2023',
    ].join('\n');
    const resume = parseSections(text);
    expect(resume.skills).toEqual([
      { name: 'Welding', level: 'Expert', keywords: ['TIG', 'MIG', 'Stick welding'] },
      { name: 'Licences', keywords: ['Forklift licence', 'Confined space entry'] },
      { name: 'Inspection', keywords: ['Ultrasonic testing', 'Dye penetrant testing'] },
    ]);
    expect(resume.certificates).toBeUndefined();
  });
});
