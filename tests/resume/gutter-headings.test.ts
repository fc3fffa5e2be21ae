/**
 * Headings in a left gutter, printed on the line of their section's first entry: a PDF's text
 * sets them apart from that entry by the gutter's gap only ("EXPERIENCE⇥Acme | Engineer⇥dates").
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const gutterResume = [
  'Tomasina Ekwueme, Laboratory Technician',
  'tomasina.ek@example.net\t|\t+44 7700 900312\t|\tBristol, UK',
  'PROFILE\tLab technician who keeps the samples moving and the records straight.',
  'EXPERIENCE\tHarbourline Diagnostics | Senior Laboratory Technician\tMar 2020 — Present',
  'Ran the overnight haematology bench for a team of four',
  'Cut sample turnaround from 30 to 18 hours',
  'Westmere Clinic | Laboratory Assistant\tJan 2017 — Feb 2020',
  'Logged and stored 400 samples a week',
  'SKILLS\tLab work: Phlebotomy, Centrifugation, Microscopy',
  'Software: LIMS, Excel',
  'EDUCATION\tUniversity of the West Country\tSep 2013 — Jun 2016',
  'BSc - Biomedical Science',
].join('\n');

describe('headings in a left gutter', () => {
  it('open their section on the line of its first entry', () => {
    const resume = parseSections(gutterResume);
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate])).toEqual([
      ['Harbourline Diagnostics', 'Senior Laboratory Technician', '2020-03'],
      ['Westmere Clinic', 'Laboratory Assistant', '2017-01'],
    ]);
    expect(resume.skills).toEqual([
      { name: 'Lab work', keywords: ['Phlebotomy', 'Centrifugation', 'Microscopy'] },
      { name: 'Software', keywords: ['LIMS', 'Excel'] },
    ]);
    expect(resume.education?.map((school) => [school.institution, school.studyType, school.area])).toEqual([
      ['University of the West Country', 'BSc', 'Biomedical Science'],
    ]);
  });

  it('leave labels side by side over columns as they were', () => {
    const resume = parseSections(['Skills', 'LANGUAGES\tTOOLS', 'Python\tGit', 'Rust\tDocker'].join('\n'));
    expect(resume.work).toBeUndefined();
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [skill.name])).toEqual(expect.arrayContaining(['Python', 'Git']));
  });
});
