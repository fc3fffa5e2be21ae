/**
 * Regression tests for the error classes of docs/resume-accuracy.md that the section parser
 * owns. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const skillNames = (text: string) => (parseSections(text).skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);

describe('skills one per line under category sub-headings (class 3)', () => {
  const resume = [
    'Priya Raman',
    'priya@example.org',
    'Skills',
    'Languages',
    '• Rust',
    '• TypeScript',
    'Storage',
    '• MongoDB',
    '• Cassandra',
    'Habits',
    '• Pair Programming',
    'Education',
    'University of Leeds',
    'BSc Physics, 2010 – 2013',
  ].join('\n');

  it('reads each sub-heading as a category and its bullets as keywords', () => {
    expect(parseSections(resume).skills).toEqual([
      { name: 'Languages', keywords: ['Rust', 'TypeScript'] },
      { name: 'Storage', keywords: ['MongoDB', 'Cassandra'] },
      { name: 'Habits', keywords: ['Pair Programming'] },
    ]);
  });

  it('does not read the "Languages" sub-heading as a section of spoken languages', () => {
    expect(parseSections(resume).languages).toBeUndefined();
  });

  it('still reads a Languages section of spoken languages after a filled Skills section', () => {
    const parsed = parseSections(['Tom Ek', 'Skills', 'Rust, Docker', 'Languages', 'Swedish (native), English (fluent)'].join('\n'));
    expect(parsed.languages).toEqual([
      { language: 'Swedish', fluency: 'native' },
      { language: 'English', fluency: 'fluent' },
    ]);
    expect(skillNames(['Tom Ek', 'Skills', 'Rust, Docker', 'Languages', 'Swedish (native), English (fluent)'].join('\n'))).toEqual(['Rust', 'Docker']);
  });

  it('reads a sidebar "Languages" list of tools with no Skills heading as skills', () => {
    const names = skillNames(['Ana Lima', 'Languages', 'Rust', 'Kotlin', 'Tools', 'Docker', 'MongoDB', 'Summary', 'I build things.'].join('\n'));
    expect(names).toEqual(expect.arrayContaining(['Rust', 'Kotlin', 'Docker', 'MongoDB']));
  });
});

describe('degree names and institutions (class 8)', () => {
  const education = (lines: string[]) => parseSections(['Lena Fischer', 'Education', ...lines].join('\n')).education ?? [];

  it('keeps a degree named after a faculty whole when the field follows it', () => {
    expect(education(['Carleton University', 'Master of Economics, Econometrics, 2014 – 2016'])[0]).toMatchObject({
      studyType: 'Master of Economics',
      area: 'Econometrics',
    });
    expect(education(['Bachelor of Engineering in Mechatronics | Monash University | 2009 - 2013'])[0]).toMatchObject({
      studyType: 'Bachelor of Engineering',
      area: 'Mechatronics',
    });
  });

  it('still splits "Bachelor of Science in X" into degree and field', () => {
    expect(education(['Bachelor of Science in Chemistry, Rice University, 2001 – 2005'])[0]).toMatchObject({
      studyType: 'Bachelor of Science',
      area: 'Chemistry',
      institution: 'Rice University',
    });
  });

  it('recognises degrees named in their own language', () => {
    expect(education(['Universität Heidelberg | Staatsexamen, Chemistry and Biology | 2004 - 2010'])[0]).toMatchObject({
      institution: 'Universität Heidelberg',
      studyType: 'Staatsexamen',
      area: 'Chemistry and Biology',
    });
    expect(education(['Politecnico di Torino', 'Laurea magistrale, Architecture, 2011 – 2013'])[0]).toMatchObject({ studyType: 'Laurea magistrale', area: 'Architecture' });
  });

  it('keeps the campus after the comma in "University of X, Campus"', () => {
    expect(education(['University of Wisconsin, Madison', 'Bachelor of Arts, History, 1998 – 2002'])[0]?.institution).toBe('University of Wisconsin, Madison');
  });

  it('does not glue the town where a university is onto its name', () => {
    expect(education(['University of Leeds, Leeds', 'BSc Physics, 2010 – 2013'])[0]?.institution).toBe('University of Leeds');
    expect(education(['University of Ottawa, Ottawa, ON', 'BSc Biology, 2010 – 2013'])[0]?.institution).toBe('University of Ottawa');
  });
});

describe('work entries (classes 5 and 6)', () => {
  const jobs = (text: string) => (parseSections(`Jo Marsh\nExperience\n${text}`).work ?? []).map((job) => [job.name, job.position, job.startDate]);

  it('keeps a company whose dotted legal form ends the line (class 5)', () => {
    expect(jobs('Platform Engineer\tApr 2020 – Present\nNordwind Sp. z o.o.\n• Ran the clusters\nDeveloper\tJan 2017 – Mar 2020\nVerbund e.V.\n• Wrote the site')).toEqual([
      ['Nordwind Sp. z o.o.', 'Platform Engineer', '2020-04'],
      ['Verbund e.V.', 'Developer', '2017-01'],
    ]);
  });

  it('does not read a sentence ending in an abbreviation as a company', () => {
    expect(jobs('Analyst\tApr 2020 – Present\nOrbis Ltd\n• Opened six offices and hired forty people across the U.S.')).toEqual([['Orbis Ltd', 'Analyst', '2020-04']]);
  });

  it('reads "Freelance" as the employer, not a title borrowing the previous company (class 6)', () => {
    expect(jobs('**Kelvin GmbH** | Developer | 01/2019 - 08/2021\n- Shipped\n\n**Freelance** | Illustrator | 09/2016 - 12/2018\n- Drew')).toEqual([
      ['Kelvin GmbH', 'Developer', '2019-01'],
      ['Freelance', 'Illustrator', '2016-09'],
    ]);
  });
});
