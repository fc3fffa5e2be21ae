/**
 * Schools set side by side in a grid: the page's text reads across the row, one cell of each
 * school a line; the reader reads down each column instead.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { entriesSideBySide } from '../../src/resume/sections/entries-side-by-side.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

describe('schools side by side', () => {
  it('are read one column after another', () => {
    const resume = parseSections(
      [
        'Ama Oke',
        'ama.oke@example.org',
        'EDUCATION',
        'University of Calabar\tLagos Business School',
        'Jan 2011 - Jan 2015\tJan 2016 - Jan 2017',
        'Bachelor of Science - Statistics\tMaster of Science - Finance',
      ].join('\n'),
    );
    expect(resume.education).toEqual([
      { institution: 'University of Calabar', studyType: 'Bachelor of Science', area: 'Statistics', startDate: '2011-01', endDate: '2015-01' },
      { institution: 'Lagos Business School', studyType: 'Master of Science', area: 'Finance', startDate: '2016-01', endDate: '2017-01' },
    ]);
  });

  it('leave a school beside its dates, and a lone row, as they are', () => {
    const lines = toResumeLines('University of Calabar\t2011 - 2015\nBSc Statistics\nCity College\tState Institute');
    expect(entriesSideBySide(lines).map((line) => line.text)).toEqual(['University of Calabar | 2011 - 2015', 'BSc Statistics', 'City College | State Institute']);
  });
});
