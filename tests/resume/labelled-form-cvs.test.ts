/**
 * The classic Indian CV and other labelled forms (issue 13, session 39): jobs as labelled blocks
 * ("1) Employer, Town" / "Designation:" / "Duration:"), schools as a table under a header row, a
 * "Personal Details" table, a closing declaration, and "City, State, Country" headlines. Every CV
 * here is written for the test (other people, companies and labels than the trial's); the DOCX was
 * made from cv-labelled.html with LibreOffice (tests/fixtures/resume/labelled-form/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { expandApostropheYears } from '../../src/resume/sections/apostrophe-years.ts';
import { readEducationTable } from '../../src/resume/sections/education-table.ts';
import { joinLabelledJobBlocks, labelledJobField } from '../../src/resume/sections/labelled-job-blocks.ts';
import { parseLocation } from '../../src/resume/sections/parse-location.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const fixture = (name: string) => new URL(`../fixtures/resume/labelled-form/${name}`, import.meta.url).pathname;
const everything = (value: unknown) => JSON.stringify(value);

describe('jobs written as labelled blocks', () => {
  it('reads "1. Employer, Town" / "Designation :" / "Duration :" blocks as one job each, no label kept', () => {
    const resume = parseSections(
      [
        'Arjun Mehta',
        'arjun.mehta@example.in',
        'EMPLOYMENT HISTORY',
        '1. Larsen & Toubro Ltd., Vadodara',
        'Designation : Site Engineer',
        'Duration : March 2016 to Till Date',
        'Roles & Responsibilities:',
        '• Supervised piling for a 12-storey hospital block.',
        '• Checked bar bending schedules against drawings.',
        '2. Shapoorji Pallonji, Ahmedabad',
        'Designation : Junior Engineer',
        'Duration : June 2013 to February 2016',
        '• Kept the daily progress register.',
      ].join('\n'),
    );
    expect(resume.work).toEqual([
      expect.objectContaining({ name: 'Larsen & Toubro Ltd.', position: 'Site Engineer', location: 'Vadodara', startDate: '2016-03' }),
      expect.objectContaining({ name: 'Shapoorji Pallonji', position: 'Junior Engineer', location: 'Ahmedabad', startDate: '2013-06', endDate: '2016-02' }),
    ]);
    expect(resume.work?.[0]?.endDate).toBeUndefined();
    // The next employer's numbered line opens a job; it is never a highlight of the one above.
    expect(resume.work?.[0]?.highlights).toEqual(['Supervised piling for a 12-storey hospital block.', 'Checked bar bending schedules against drawings.']);
    expect(everything(resume.work)).not.toMatch(/Designation|Duration|Responsibilities/);
  });

  it('reads Organisation / Role / Period / Employer / Position / Tenure labels in any order', () => {
    const lines = joinLabelledJobBlocks(
      toResumeLines(
        [
          'Organisation: Mphasis, Bengaluru',
          'Role: Senior Analyst',
          'Period: Apr 2019 - Present',
          'Responsibilities: Owned the claims-data pipeline.',
          '• Cut the nightly batch from 5 to 2 hours.',
          'Tenure - Aug 2016 - Mar 2019',
          'Employer - Genpact',
          'Position - Process Associate',
          '• Reconciled vendor ledgers.',
        ].join('\n'),
      ),
    );
    expect(lines.map((line) => `${line.bullet ? '• ' : ''}${line.text}`)).toEqual([
      'Senior Analyst | Mphasis, Bengaluru | Apr 2019 - Present',
      '• Owned the claims-data pipeline.',
      '• Cut the nightly batch from 5 to 2 hours.',
      'Process Associate | Genpact | Aug 2016 - Mar 2019',
      '• Reconciled vendor ledgers.',
    ]);
  });

  it('takes a plain employer line over the first label, and leaves sections without labels alone', () => {
    const lines = joinLabelledJobBlocks(toResumeLines('Wipro Technologies, Hyderabad\nJob Title: Test Engineer\nDates: 2012 to 2014\n• Wrote Selenium suites.'));
    expect(lines.map((line) => line.text)).toEqual(['Test Engineer | Wipro Technologies, Hyderabad | 2012 to 2014', 'Wrote Selenium suites.']);
    const plain = toResumeLines('Senior Engineer — Acme Corp, Jan 2019 – Present\n• Led the ledger migration');
    expect(joinLabelledJobBlocks(plain)).toEqual(plain);
    expect(labelledJobField('Roles & Responsibilities:')).toBeUndefined();
    expect(labelledJobField('Current Designation: Team Lead')).toEqual({ field: 'position', value: 'Team Lead' });
  });
});

describe('education as an Indian CV prints it', () => {
  it('reads a table under its header row, one school per row, the grade never the institution', () => {
    const { entries, rest } = readEducationTable(
      toResumeLines(
        [
          'Degree / Course\tUniversity\tName of Institute\tPassing Year\tCGPA / Percentage',
          'MBA (Finance)\tUniversity of Mumbai\tK. J. Somaiya Institute of Management\t2019\t7.9 CGPA',
          'B.Com\tUniversity of Mumbai\tR. A. Podar College\t2017\tFirst Class with Distinction',
          'XII (CBSE)\tCBSE\tKendriya Vidyalaya, Colaba\t2014\t88.6 %',
        ].join('\n'),
      ),
    );
    expect(rest.filter((line) => line.text !== '')).toEqual([]);
    expect(entries).toEqual([
      { institution: 'K. J. Somaiya Institute of Management', studyType: 'MBA', area: 'Finance', endDate: '2019', score: '7.9 CGPA' },
      { institution: 'R. A. Podar College', studyType: 'B.Com', endDate: '2017', score: 'First Class with Distinction' },
      { institution: 'Kendriya Vidyalaya, Colaba', studyType: 'XII (CBSE)', endDate: '2014', score: '88.6 %' },
    ]);
  });

  it('takes "ACADEMIC QUALIFICATIONS" / "SCHOLASTIC RECORD" for the Education heading, and a board when no institute column is given', () => {
    for (const heading of ['EDUCATIONAL QUALIFICATIONS', 'Academic Details', 'SCHOLASTIC RECORD', 'Academic Qualification']) {
      const resume = parseSections(`Neha Kulkarni\nneha@example.in\n${heading}\nQualification\tBoard / University\tYear\tPercentage\nB.Sc. (Physics)\tUniversity of Pune\t2010\t71 %`);
      expect(resume.education, heading).toEqual([{ institution: 'University of Pune', studyType: 'B.Sc.', area: 'Physics', endDate: '2010', score: '71 %' }]);
    }
  });

  it("reads a compact theme's line: the school after the degree's field, marks in per cent as the score, apostrophe years", () => {
    expect(expandApostropheYears("B.Tech Civil · NIT Surat · '09 – '13 · 7.2 CGPA", new Date('2026-12-06'))).toBe('B.Tech Civil · NIT Surat · 2009 – 2013 · 7.2 CGPA');
    expect(expandApostropheYears("Rock n' roll, Jan'19, the 90's", new Date('2026-12-06'))).toBe("Rock n' roll, Jan'19, the 90's");
    const resume = parseSections(
      ['Farhan Qureshi', 'farhan@example.pk', 'EDUCATION', "M.Sc Electrical Power, UET Lahore\t'18 – '20 · CGPA 3.6", "B.E. Electrical · NED Karachi · 68.5% · '13 – '17"].join('\n'),
    );
    expect(resume.education).toEqual([
      expect.objectContaining({ institution: 'UET Lahore', studyType: 'M.Sc', area: 'Electrical Power', startDate: '2018', endDate: '2020' }),
      expect.objectContaining({ institution: 'NED Karachi', studyType: 'B.E.', area: 'Electrical', startDate: '2013', endDate: '2017', score: '68.5%' }),
    ]);
  });

  it('takes a grade alone or on its scale for the score, never the school: "8.4", "7.8/10", "72.5"', () => {
    const read = (line: string) => parseSections(`Ravi Kumar\nravi@example.in\nEducation\n${line}`).education?.[0];
    expect(read('B.E. Mechanical · 8.4 · 2012 – 2016')).toEqual({ studyType: 'B.E.', area: 'Mechanical', startDate: '2012', endDate: '2016', score: '8.4' });
    expect(read('BCA · 7.8/10 · 2015 – 2018 · Christ University')).toEqual({ institution: 'Christ University', studyType: 'BCA', startDate: '2015', endDate: '2018', score: '7.8/10' });
    expect(read('B.Sc Physics, 72.5, 2009 – 2012')).toEqual(expect.objectContaining({ studyType: 'B.Sc', area: 'Physics', score: '72.5' }));
  });

  it('keeps every grade of a line: "First Class with Distinction, 81%"', () => {
    const resume = parseSections('Meera Iyer\nmeera@example.in\nEducation\nB.Sc. Chemistry — Stella Maris College, 2014 – 2017, First Class with Distinction, 81%');
    expect(resume.education?.[0]).toEqual(expect.objectContaining({ institution: 'Stella Maris College', score: 'First Class with Distinction, 81%' }));
  });
});

describe('a Personal Details block and the declaration', () => {
  const cv = [
    'Sandeep Reddy',
    'sandeep.reddy@example.in | +91 98490 11223',
    'PERSONAL PROFILE',
    'Date of Birth: 12-05-1991',
    "Father's Name: R. Venkat Reddy",
    'Gender: Male',
    'Marital Status: Married',
    'Nationality: Indian',
    'Languages Known: Telugu, English, Hindi (conversational)',
    'Passport No.: P4455667',
    'Hobbies: Badminton, Travelling',
    'KEY SKILLS',
    'SAP MM, Vendor Management, Inventory Control',
    'Interests: Chess',
    'WORK EXPERIENCE',
    'Organisation: Dr. Reddy\'s Laboratories, Hyderabad',
    'Designation: Purchase Officer',
    'Period: May 2015 to Present',
    '• Negotiated annual contracts for API raw materials.',
    'DECLARATION',
    'I hereby declare that the information given above is true to the best of my',
    'knowledge and belief.',
    'Place: Hyderabad',
    'Date: 28/11/2026 (SANDEEP REDDY)',
  ].join('\n');
  const resume = parseSections(cv);

  it('makes "Languages Known" the languages', () => {
    expect(resume.languages?.map((language) => language.language)).toEqual(['Telugu', 'English', 'Hindi']);
  });

  it('keeps birth date, parents, marital status, passport, nationality and hobbies out of skills, jobs and summary', () => {
    const read = everything({ skills: resume.skills, work: resume.work, summary: resume.basics?.summary, label: resume.basics?.label });
    for (const personal of ['1991', 'Venkat', 'Married', 'P4455667', 'Indian', 'Badminton', 'Chess', 'Male', 'Father']) expect(read, personal).not.toContain(personal);
    expect(resume.skills?.map((skill) => skill.name)).toEqual(expect.arrayContaining(['SAP MM']));
    expect(resume.work).toEqual([expect.objectContaining({ name: "Dr. Reddy's Laboratories", position: 'Purchase Officer', startDate: '2015-05' })]);
  });

  it('drops the declaration and its "Place:" / "Date:" sign-off', () => {
    expect(everything(resume)).not.toMatch(/hereby|declare|knowledge and belief|28\/11\/2026|Place:/);
  });
});

describe('"City, State, Country" headlines', () => {
  it('reads the first part as the city and the middle one as its state', () => {
    expect(parseLocation('Kochi, Kerala, India')).toEqual({ city: 'Kochi', region: 'Kerala', countryCode: 'IN' });
    expect(parseLocation('Austin, Texas, USA')).toEqual({ city: 'Austin', region: 'Texas', countryCode: 'US' });
    expect(parseLocation('Leeds, West Yorkshire, UK')).toEqual({ city: 'Leeds', region: 'West Yorkshire', countryCode: 'GB' });
    // A quarter, then a city the place table knows: the city is the known one.
    expect(parseLocation('Salt Lake, Kolkata, India')?.city).toBe('Kolkata');
    expect(parseSections('# Kavya Rao\n\nData Analyst | Mysuru, Karnataka, India\nkavya@example.in').basics?.location).toEqual(
      expect.objectContaining({ city: 'Mysuru', region: 'Karnataka', countryCode: 'IN' }),
    );
  });
});

describe('a labelled CV typed in a word processor (DOCX made with LibreOffice)', () => {
  it('reads its jobs, its table of schools, its languages, and no personal data', async () => {
    const { resume } = await parseResumeBytes(new Uint8Array(readFileSync(fixture('cv-labelled.docx'))), 'cv-labelled.docx');
    expect(resume.work).toEqual([
      expect.objectContaining({ name: 'Hindustan Unilever Limited', position: 'Process Engineer', location: 'Chennai', startDate: '2018-06' }),
      expect.objectContaining({ name: 'Reliance Industries Ltd.', position: 'Graduate Engineer (Refinery)', location: 'Jamnagar', startDate: '2015-07', endDate: '2018-05' }),
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(2);
    expect(resume.education).toEqual([
      { institution: 'A.C. Tech, Guindy', studyType: 'B.Tech', area: 'Chemical Engineering', endDate: '2015', score: '81.2 %' },
      { institution: 'Padma Seshadri Bala Bhavan', studyType: 'HSC', endDate: '2011', score: '94.5 %' },
      { institution: 'Padma Seshadri Bala Bhavan', studyType: 'SSLC', endDate: '2009', score: '92 %' },
    ]);
    expect(resume.languages?.map((language) => language.language)).toEqual(['Tamil', 'English', 'Hindi']);
    const read = everything({ skills: resume.skills, work: resume.work, summary: resume.basics?.summary });
    for (const personal of ['1993', 'Natarajan', 'Single', 'M7654321', 'Carnatic', 'hereby']) expect(read, personal).not.toContain(personal);
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['Aspen HYSYS', 'AutoCAD', 'MATLAB', 'MS Excel']);
  });
});
