/**
 * "Degree, Field - School" wrapped inside the field: the line under the degree carries the rest of
 * the field and the start of the school's name, and the line after that the rest of the name.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

describe('"Degree, Field - School" wrapped inside the field', () => {
  it('reads the field whole and the school whole', () => {
    const resume = parseSections(
      ['Dee Kay', 'dee.kay@example.org', 'EDUCATION', 'Associate of Applied Science, Industrial', 'Maintenance Technology - Harlow Valley', 'Community College', '2010 - 2012'].join('\n'),
    );
    expect(resume.education).toEqual([
      { institution: 'Harlow Valley Community College', studyType: 'Associate of Applied Science', area: 'Industrial Maintenance Technology', startDate: '2010', endDate: '2012' },
    ]);
  });
});
