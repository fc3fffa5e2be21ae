/**
 * Classes found on tuning-only themes added in session 37 (issue 13): a school's field written before
 * its degree in brackets ("Marine Biology (MSc)"), and an employer or school whose name ends in a full
 * stop set tight against its years ("Holdings Ltd.2020 - Present"). Every resume here is written for
 * the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const resume = (...lines: string[]) => parseSections(['Maren Calloway', 'maren.calloway@example.org', ...lines].join('\n'));

describe('a field written before its degree in brackets', () => {
  it.each([
    ['Marine Biology (MSc)', 'MSc', 'Marine Biology'],
    ['Finance and Risk (MBA)', 'MBA', 'Finance and Risk'],
    ['Accountancy (Chartered Accountant (CA))', 'Chartered Accountant (CA)', 'Accountancy'],
    ['Mechanical Engineering (B.Eng.)', 'B.Eng.', 'Mechanical Engineering'],
  ])('reads %s as the degree and its field', (line, studyType, area) => {
    const [school] = resume('Education', 'Northgate University\t2014 - 2018', line).education ?? [];
    expect(school).toMatchObject({ institution: 'Northgate University', studyType, area });
  });

  it('keeps a degree with its field in brackets after it as before', () => {
    const [school] = resume('Education', 'Northgate University\t2014 - 2018', 'Bachelor of Engineering (Software)').education ?? [];
    expect(school).toMatchObject({ studyType: 'Bachelor of Engineering', area: 'Software' });
  });
});

describe('a name that ends in a full stop set tight against its years', () => {
  it('splits an employer from the range after it', () => {
    const [job] = resume('Experience', 'Harrowgate Holdings Ltd.2020 - Present', 'Operations Analyst', 'Cut stock-outs by a fifth').work ?? [];
    expect(job).toMatchObject({ name: 'Harrowgate Holdings Ltd.', position: 'Operations Analyst', startDate: '2020' });
  });

  it('splits an employer from a year that ends its line', () => {
    const jobs = resume(
      'Experience',
      'Harrowgate Holdings Ltd.\t2020 - Present',
      'Operations Analyst',
      'Cut stock-outs by a fifth',
      'Quintal Logística S.A.2016 - 2020',
      'Planner',
      'Planned deliveries for 300 stores',
    ).work;
    expect(jobs?.[1]).toMatchObject({ name: 'Quintal Logística S.A.', position: 'Planner', startDate: '2016', endDate: '2020' });
  });

  it('leaves a version or a code with a year in it alone', () => {
    expect(resume('Skills', 'Windows Server 2019, ISO 9001:2015').skills?.map((skill) => skill.name)).toEqual(['Windows Server 2019', 'ISO 9001:2015']);
  });
});
