// Regression tests for a posting's layout read as requirements (issue 13, session 48's trial,
// findings #10, #15 and #32): Workday's header fields (`<b>Union:</b> …<br><b>Site:</b> …`) and
// the section titles of boards' templates ("Position Summary", "Company Description",
// "Additional Information", "Essential criteria") became required skills the resume "lacked",
// with advice to add "Site: …" to one's skills; and clinical words a resume writes the British
// way ("medicines management", "EPR", "NEWS2") did not meet the North American ones
// ("medication administration", "EHR", "early warning score"), finding #12. Each class on
// postings and people written for this file, in several trades and professions.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { htmlToPlainText } from '../../src/jobs/html-to-plain-text.ts';
import { analyzeMatch, preparePosting, type JobPosting } from '../../src/resume/match.ts';
import { isPostingFieldLine, sectionTitlePart } from '../../src/resume/match/posting-labels.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

// Everything a posting asks for, as a person reads it in the breakdown and the advice.
const asked = (posting: JobPosting): string[] => {
  const prepared = preparePosting(posting, vocabulary);
  return [...prepared.requiredSkills, ...prepared.niceToHaveSkills, ...prepared.requirementLines].map((requirement) => requirement.label);
};

const respiratoryTherapist: JsonResume = {
  basics: { name: 'Noor Haddad', label: 'Registered Respiratory Therapist' },
  work: [
    {
      name: 'Lakeshore General Hospital',
      position: 'Registered Respiratory Therapist',
      startDate: '2016-03',
      highlights: ['Ventilator management and arterial blood gas sampling in a 20-bed ICU', 'Airway management at rapid responses and codes'],
    },
  ],
  skills: [{ name: 'Clinical', keywords: ['Ventilator management', 'Arterial blood gases', 'Airway management', 'BLS', 'ACLS'] }],
};

describe("a posting's header fields are where and on what terms, never requirements", () => {
  // Workday sends the fields as bold labels and line breaks; the board reader makes them "Label: value" lines.
  const workday = htmlToPlainText(
    '<p><b>Union:</b> Health Sciences Association<br><b>Site:</b> Eastbrook Regional Hospital<br><b>Department:</b> Critical Care, 4 West<br>' +
      '<b>Work Schedule:</b> Rotating days and nights, 12-hour shifts<br><b>Reports to:</b> Manager, Respiratory Services<br><b>Job ID:</b> 55120</p>' +
      '<p><b>Position Summary</b></p><p>Provide respiratory care to adult critical care patients.</p>' +
      '<p><b>Qualifications</b></p><ul><li>Ventilator management</li><li>Arterial blood gas sampling</li><li>Current ACLS</li></ul>',
  );
  const posting = { title: 'Registered Respiratory Therapist', company: 'Eastbrook Health', description: workday };

  it('no header field, nor the title above the summary, is asked for, missing or advised on', () => {
    const result = analyzeMatch({ resume: respiratoryTherapist, posting, now });
    const said = [...asked(posting), ...result.missing, ...result.matched, ...result.advice].join('\n');
    for (const label of ['Union', 'Site', 'Department', 'Work Schedule', 'Reports to', 'Position Summary', 'Eastbrook Regional']) expect(said).not.toContain(label);
    expect(result.matched).toEqual(expect.arrayContaining(['ACLS']));
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('a field still names the conditions it states: the shift pattern of days and nights', () => {
    expect(preparePosting(posting, vocabulary).conditions.map((condition) => condition.label)).toContain('days and nights');
  });

  it('a skill named in a field is where the job sits, not a skill asked (a software posting from the same board)', () => {
    const software = { title: 'Backend Engineer', description: 'Department: Data Engineering\nLocation: Remote\nRequirements:\n- Go\n- PostgreSQL' };
    expect(preparePosting(software, vocabulary).requiredSkills.map((requirement) => requirement.label)).toEqual(['Go', 'PostgreSQL']);
  });

  it('fields in German postings, and fields written as markdown or bullets', () => {
    const german = { title: 'Elektroniker für Betriebstechnik', description: 'Standort: Kassel\nAbteilung: Instandhaltung\nArbeitszeit: Vollzeit, Schichtdienst\nIhr Profil\nAbgeschlossene Ausbildung als Elektroniker\nSPS-Kenntnisse' };
    const said = asked(german).join('\n');
    for (const label of ['Standort', 'Abteilung', 'Arbeitszeit', 'Kassel']) expect(said).not.toContain(label);
    expect(isPostingFieldLine('**Site:** Northgate Depot')).toBe(true);
    expect(isPostingFieldLine('• Hiring Manager: Dana Pruitt')).toBe(true);
  });

  it('a label that asks for something is still read: "Certification:", "Licence:"', () => {
    expect(isPostingFieldLine('Certification: BLS')).toBe(false);
    expect(isPostingFieldLine('Licence: Full UK driving licence')).toBe(false);
    const result = analyzeMatch({ resume: respiratoryTherapist, posting: { title: 'Respiratory Therapist', description: 'Site: Riverbend Clinic\nCertification: NRP' }, now });
    expect(result.missing.join(' ')).toContain('NRP');
  });
});

describe('section titles of boards and templates are headings, and head the lines under them', () => {
  it("SmartRecruiters' section titles: the company's and the small print's lines ask for nothing", () => {
    // The SmartRecruiters reader writes each `jobAd.sections` entry under its title.
    const description = [
      'Company Description',
      'Harbourview Pharmacy runs 40 community pharmacies and values teamwork.',
      'Job Description',
      'Dispense prescriptions and support the pharmacist with medicines checks.',
      'Qualifications',
      'Pharmacy technician registration',
      'Accuracy checking',
      'Additional Information',
      'All colleagues receive a staff discount.',
    ].join('\n');
    const said = asked({ title: 'Pharmacy Technician', description }).join('\n');
    for (const title of ['Company Description', 'Job Description', 'Additional Information', 'teamwork', 'staff discount']) expect(said).not.toContain(title);
    expect(said).toContain('Accuracy checking');
  });

  it('"Essential criteria" heads what is required and "Desirable criteria" what is preferred', () => {
    const posting = { title: 'Healthcare Assistant', description: 'Essential criteria\nCare Certificate\nDesirable criteria\nPhlebotomy' };
    const prepared = preparePosting(posting, vocabulary);
    expect(prepared.requiredSkills.map((requirement) => requirement.label)).toEqual(['Care Certificate']);
    expect(prepared.niceToHaveSkills.map((requirement) => requirement.label)).toEqual(['Phlebotomy']);
    expect(asked(posting).join('\n')).not.toMatch(/criteria/i);
  });

  it('reads titles by their words, not by a list of whole titles', () => {
    expect(sectionTitlePart('Job Summary')).toBe('role');
    expect(sectionTitlePart('Role Overview:')).toBe('role');
    expect(sectionTitlePart('Organisation Overview')).toBe('other');
    expect(sectionTitlePart('Other Important Information')).toBe('other');
    expect(sectionTitlePart('Essential Selection Criteria')).toBe('required');
    expect(sectionTitlePart('Preferred Criteria')).toBe('nice');
    // A requirement written as a short line is no title.
    expect(sectionTitlePart('Information governance')).toBeUndefined();
    expect(sectionTitlePart('Telemetry monitoring')).toBeUndefined();
  });
});

describe('clinical words written the British and the North American way meet each other', () => {
  const wardNurse: JsonResume = {
    basics: { name: 'Ciara Walsh', label: 'Staff Nurse' },
    work: [
      {
        name: 'Royal Infirmary',
        position: 'Staff Nurse, Acute Medical Unit',
        startDate: '2015-09',
        highlights: ['Medicines management for 12 patients a shift, including controlled drug checks', 'Recorded observations and escalated on NEWS2 triggers'],
      },
    ],
    // "EPR" alone is also other things (a packaging levy, a lab method): it counts in a skills list or beside other skills.
    skills: [{ name: 'Systems', keywords: ['EPR', 'e-Rostering'] }],
  };

  it('a North American posting asks in its own words and the resume meets them', () => {
    const posting = { title: 'Registered Nurse, Medical Unit', description: 'Requirements\n• Medication administration\n• EHR documentation\n• Early warning score recognition and escalation' };
    const result = analyzeMatch({ resume: wardNurse, posting, now });
    expect(result.missing).toEqual([]);
    expect(result.matched).toEqual(expect.arrayContaining(['Medication Administration', 'Electronic Health Records', 'Vital Signs']));
  });

  it('and the other way round: a British posting met by a North American resume', () => {
    const rn: JsonResume = {
      basics: { name: 'Jordan Pike', label: 'Registered Nurse' },
      work: [{ name: 'St. Clare Medical Center', position: 'Registered Nurse, Med-Surg', startDate: '2018-01', highlights: ['Med passes for 6 patients; charted in Epic'] }],
    };
    const posting = { title: 'Staff Nurse', description: 'Essential criteria\nMedicines management\nExperience of an electronic patient record' };
    const result = analyzeMatch({ resume: rn, posting, now });
    expect(result.matched).toEqual(expect.arrayContaining(['Medication Administration', 'Electronic Health Records']));
  });

  it('"EMR" and "EPR" on their own are other things too (an emergency medical responder): they count only beside other skills', () => {
    const responder = { title: 'Emergency Medical Responder', description: 'Requirements\n• Valid EMR licence with the provincial college\n• Class 4 driving licence' };
    expect(preparePosting(responder, vocabulary).requiredSkills.map((requirement) => requirement.label)).not.toContain('Electronic Health Records');
  });
});
