/**
 * Entries of a community-health worker's resume the reader once misread: a title named by the worker
 * ("Community Health Worker II", "Peer Support Worker") is the title, not the employer, though "Health"
 * reads like an organisation's word; and a school with no school's word, then the branch or campus where
 * it taught after a dash ("Eastbrook Public Libraries – Hollis Branch"), is one institution. Every resume
 * here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const read = (heading: string, lines: string[]) => parseSections(['Ana Ruiz', 'ana@example.com', heading, ...lines].join('\n'));
const jobs = (lines: string[]) => (read('Experience', lines).work ?? []).map((job) => [job.name, job.position]);
const schools = (lines: string[]) => (read('Education', lines).education ?? []).map((school) => [school.institution, school.studyType]);

describe('a title named by the worker', () => {
  it.each([
    [['### Community Health Worker II — Riverbend Health', '*Jul 2021 – Present*', '- Home visits']],
    [['Community Health Worker II, Riverbend Health', 'Jul 2021 – Present', '- Home visits']],
    [['Community Health Worker II', 'Riverbend Health', 'Jul 2021 – Present', '- Home visits']],
  ])('is the title beside an employer named with "Health" (%j)', (lines) => {
    expect(jobs(lines)).toEqual([['Riverbend Health', 'Community Health Worker II']]);
  });

  it('is read for other workers too', () => {
    expect(jobs(['Peer Support Worker, Northgate Housing Trust', 'Jan 2019 - Dec 2020'])).toEqual([['Northgate Housing Trust', 'Peer Support Worker']]);
  });
});

describe('a school and its branch after a dash', () => {
  const school = 'Eastbrook Public Libraries – Hollis Branch';
  it.each([
    [[`### GED — ${school}`, '*2013 – 2014*']],
    [[`**${school}** | GED | 2013 - 2014`]],
    [[`2013 – 2014           ${school}`, '                      GED']],
    [[school, 'GED, 2013 – 2014']],
  ])('is one institution (%j)', (lines) => {
    expect(schools(lines)).toEqual([[school, 'GED']]);
  });
});
