/**
 * What a new user's trade and kitchen resumes showed (trial of 2026-12-05, issue 13): a name
 * with a nickname in it, "Title, Company — City, ST / Sept 2017 to Dec 2020" job lines, an
 * apprenticeship and a trade school among the schools, a skill wrapped onto the next line,
 * licence numbers, several certificates on one line, and certificates set by hand with their
 * dates. Every resume here is written for the test.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { correctResume } from '../../src/career/resumes/correct-resume.ts';
import { correctionOfField } from '../../src/protocol/resume-correction.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseCertificate } from '../../src/resume/sections/parse-certificates.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const read = (...lines: string[]) => parseSections(lines.join('\n'));
const jobs = (...lines: string[]) =>
  (read('Dana Whitfield', 'dana@example.org', '', 'EXPERIENCE', ...lines).work ?? []).map((job) => [job.name, job.position, job.location, job.startDate, job.endDate]);
const schools = (...lines: string[]) =>
  (read('Dana Whitfield', 'dana@example.org', '', 'EDUCATION', ...lines).education ?? []).map((school) => [school.institution, school.studyType, school.area, school.startDate, school.endDate]);

describe('a name with a nickname in it', () => {
  it('is read as the name, nickname and all, in quotes or in brackets', () => {
    for (const name of ['Tomasz "Tom" Wiśniewski', 'Robert (Bob) Smith', 'Li "Lily" Wang', 'Marguerite “Daisy” Okonkwo', "Siobhán 'Shiv' Doyle"]) {
      expect(read(name, 'Boston, MA | cook@example.org | (617) 555-0142').basics?.name, name).toBe(name);
    }
  });

  it('is read from capitals with each word capitalised, the nickname too', () => {
    expect(read('TOMASZ "TOM" WIŚNIEWSKI', 'cook@example.org').basics?.name).toBe('Tomasz "Tom" Wiśniewski');
  });

  it('is read when a large name wraps after the nickname, the surname on the next line', () => {
    expect(read('Halina "Hala"', 'Grzybowska', 'Line Cook', 'cook@example.org').basics?.name).toBe('Halina "Hala" Grzybowska');
    expect(read('EAMON (NED)', 'FARQUHARSON', 'cook@example.org').basics?.name).toBe('Eamon (Ned) Farquharson');
  });

  it('is read whole where it is printed twice on the first line, the first copy wrapped', () => {
    expect(read('Halina "Hala"\tHalina "Hala" Grzybowska', 'Grzybowska', 'Line Cook', 'cook@example.org').basics?.name).toBe('Halina "Hala" Grzybowska');
  });

  it('is no name when the words around the brackets are not one', () => {
    expect(read('Kitchen (Line) Manager', 'cook@example.org').basics?.name).toBeUndefined();
  });
});

describe('"Title, Company — City, ST / dates" job lines', () => {
  it('splits title and company at the comma, the place after the dash, the dates after the slash', () => {
    expect(
      jobs(
        'Head Chef, Harbor & Vine — Boston, MA / Jan 2021 to Present',
        '- Ran a brigade of 14 across two services',
        '',
        'Sous Chef, The Copper Pot Bistro — Boston, MA / Sept 2017 to Dec 2020',
        '- Wrote the seasonal menus',
        '',
        'Line Cook, Fenway Grill — Cambridge, MA / June 2013 to Aug 2017',
        '- Grill and sauté stations',
      ),
    ).toEqual([
      ['Harbor & Vine', 'Head Chef', 'Boston, MA', '2021-01', undefined],
      ['The Copper Pot Bistro', 'Sous Chef', 'Boston, MA', '2017-09', '2020-12'],
      ['Fenway Grill', 'Line Cook', 'Cambridge, MA', '2013-06', '2017-08'],
    ]);
  });

  it('reads the same jobs without bullets', () => {
    expect(
      jobs(
        'Lead Journeyman Electrician, Buckeye Power Services — Columbus, OH / March 2016 to Present',
        'Lead a crew of 4–6 on commercial fit-outs',
        'Apprentice Electrician, Lakeshore Electric Co. — Dublin, OH / Sept 2012 to Feb 2016',
        'Pulled wire and bent conduit on school builds',
      ).map(([name, position]) => [name, position]),
    ).toEqual([
      ['Buckeye Power Services', 'Lead Journeyman Electrician'],
      ['Lakeshore Electric Co.', 'Apprentice Electrician'],
    ]);
  });

  it('never copies the company of the job before to a job whose line names none', () => {
    expect(
      jobs('Head Chef — Harbor & Vine, Jan 2021 – Present', '• Ran the pass', '', 'Prep Cook, 2011 – 2013', '• Knife work').map(([name, position]) => [name, position]),
    ).toEqual([
      ['Harbor & Vine', 'Head Chef'],
      [undefined, 'Prep Cook'],
    ]);
  });

  it('still gives each role the employer printed once above them', () => {
    expect(
      jobs('Harbor & Vine', 'Head Chef', 'Jan 2021 – Present', '• Ran the pass', 'Sous Chef', 'Mar 2018 – Dec 2020', '• Wrote the menus').map(([name, position]) => [name, position]),
    ).toEqual([
      ['Harbor & Vine', 'Head Chef'],
      ['Harbor & Vine', 'Sous Chef'],
    ]);
  });
});

describe('apprenticeships, trade schools and certificate programmes among the schools', () => {
  it('keeps a JATC apprenticeship in a Markdown list, each school with its own dates', () => {
    const resume = read(
      '# Dale Kowalczyk',
      'dale@example.org',
      '',
      '## Education',
      '',
      '- **Central Ohio Electrical JATC** — Electrical Apprenticeship Program, 2012–2016',
      '- **Columbus State Community College** — Associate of Applied Science, Electrical Engineering Technology, 2010–2012',
    );
    expect((resume.education ?? []).map((school) => [school.institution, school.studyType, school.startDate, school.endDate])).toEqual([
      ['Central Ohio Electrical JATC', 'Apprenticeship Program', '2012', '2016'],
      ['Columbus State Community College', 'Associate of Applied Science', '2010', '2012'],
    ]);
  });

  it('keeps one in plain text, under a school whose dates are elsewhere', () => {
    expect(schools('Central Ohio Electrical JATC — Electrical Apprenticeship Program, 2012–2016', 'Columbus State Community College', 'Associate of Applied Science, Electrical Engineering Technology, 2010–2012')).toEqual([
      ['Central Ohio Electrical JATC', 'Apprenticeship Program', 'Electrical', '2012', '2016'],
      ['Columbus State Community College', 'Associate of Applied Science', 'Electrical Engineering Technology', '2010', '2012'],
    ]);
  });

  it('reads a trade school\'s certificate programme with its field', () => {
    expect(schools('Wexford Trade School — Certificate Program, Welding (2009)')).toEqual([['Wexford Trade School', 'Certificate Program', 'Welding', undefined, '2009']]);
  });

  it('never moves the dates of a school it does not know onto the school above', () => {
    expect(schools('Columbus State Community College', 'Associate of Applied Science, Electrical Engineering Technology', 'Harlow Joint Pipe Trades Board — Pipefitting, 2012–2016')).toEqual([
      ['Columbus State Community College', 'Associate of Applied Science', 'Electrical Engineering Technology', undefined, undefined],
      ['Harlow Joint Pipe Trades Board', undefined, undefined, '2012', '2016'],
    ]);
  });
});

/** A PDF whose skills paragraph pdfkit wraps after `firstLine` (the column is just that wide). */
function skillsPdf(skills: string, firstLine: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ margin: 50 });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
    document.font('Helvetica-Bold').fontSize(18).text('Dale Kowalczyk');
    document.font('Helvetica').fontSize(10).text('dale@example.org | (614) 555-0187');
    document.moveDown().font('Helvetica-Bold').fontSize(13).text('SKILLS');
    document.font('Helvetica').fontSize(10);
    document.text(skills, { width: document.widthOfString(firstLine) + 15 });
    document.moveDown().font('Helvetica-Bold').fontSize(13).text('EDUCATION');
    document.font('Helvetica').fontSize(10).text('Columbus State Community College');
    document.end();
  });
}

describe('a skill wrapped onto the next line', () => {
  it('keeps "Crew Leadership" whole when the PDF wraps "Leadership" onto a line of its own', async () => {
    const skills = 'PLC Wiring, VFDs, Motor Controls, Thermal Imaging, Blueprint Reading, Crew Leadership';
    const bytes = await skillsPdf(skills, 'PLC Wiring, VFDs, Motor Controls, Thermal Imaging, Blueprint Reading, Crew');
    const { rawText, resume } = await parseResumeBytes(bytes, 'dale.pdf');
    expect(rawText).toMatch(/Crew\s*\n\s*Leadership/);
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['PLC Wiring', 'VFDs', 'Motor Controls', 'Thermal Imaging', 'Blueprint Reading', 'Crew Leadership']);
  });

  it('does not take a Leadership heading with lines under it for the end of the list above', () => {
    const resume = read('Dale Kowalczyk', 'dale@example.org', '', 'SKILLS', 'PLC Wiring, Motor Controls', 'Leadership', 'Crew scheduling, Apprentice training', '', 'EDUCATION', 'Columbus State Community College');
    const names = (resume.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
    expect(names).toContain('Motor Controls');
    expect(names).not.toContain('Motor Controls Leadership');
  });
});

describe('certificates and licences', () => {
  const certificates = (...lines: string[]) => read('Dale Kowalczyk', 'dale@example.org', '', 'CERTIFICATIONS', ...lines).certificates;

  it('keeps a licence number in the name, never as the issuer', () => {
    expect(certificates('Journeyman Electrician License, #EL.48213, State of Ohio', 'Electrical Contractor License — Lic. No. 12345', 'Microsoft Certified: Power BI, PL-300')).toEqual([
      { name: 'Journeyman Electrician License, #EL.48213', issuer: 'State of Ohio' },
      { name: 'Electrical Contractor License — Lic. No. 12345' },
      { name: 'Microsoft Certified: Power BI, PL-300' },
    ]);
  });

  it('reads "A (2024); B (2023)" as two certificates, each with its date', () => {
    expect(certificates('ServSafe Manager (2024); Allergen Awareness (2023)')).toEqual([
      { name: 'ServSafe Manager', date: '2024' },
      { name: 'Allergen Awareness', date: '2023' },
    ]);
  });

  it('keeps the dates of certificates set by hand', async () => {
    expect(parseCertificate('ServSafe Manager (2024)')).toEqual({ name: 'ServSafe Manager', date: '2024' });
    expect(parseCertificate('Microsoft Certified: Power BI, PL-300')).toEqual({ name: 'Microsoft Certified: Power BI, PL-300' });
    const career = fakeCareerDependencies();
    const stored = await career.resumes.add({ label: 'tom', format: 'txt', filename: 'tom.txt', rawText: 'Tom', resume: { basics: { name: 'Tom' } } });
    const parsed = correctionOfField('certificates', 'ServSafe Manager (2024); Allergen Awareness');
    if (!parsed.ok) throw new Error(parsed.error);
    const { record } = await correctResume(career.resumes, stored.id, parsed.correction);
    expect(record.resume.certificates).toEqual([{ name: 'ServSafe Manager', date: '2024' }, { name: 'Allergen Awareness' }]);
  });
});
