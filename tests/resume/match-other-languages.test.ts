// Issue 13, session 35: the fit score on a stranger's profession, written in their own
// languages. Each class is checked on people and postings written for this file (a Spanish
// nurse, a German electrician, a French pastry chef, a Polish warehouse lead, a pastry chef
// moving into food-safety work), not on the trial's strings.
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../src/career/resumes/posting-of.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { jobFieldOf } from '../../src/resume/match/job-field.ts';
import { languagesIn, spokenLanguages } from '../../src/resume/spoken-languages.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

describe('languages by their own names', () => {
  it.each([
    [[{ language: 'Español', fluency: 'nativo' }, { language: 'Inglés', fluency: 'B2' }], ['Spanish', 'English']],
    [[{ language: 'Deutsch', fluency: 'Muttersprache' }, { language: 'Englisch', fluency: 'fließend' }], ['German', 'English']],
    [[{ language: 'Français', fluency: 'langue maternelle' }, { language: 'Anglais', fluency: 'courant' }], ['French', 'English']],
    [[{ language: 'Polski', fluency: 'ojczysty' }, { language: 'Angielski', fluency: 'B2' }], ['Polish', 'English']],
    [[{ language: 'Italiano', fluency: 'madrelingua' }, { language: 'Português', fluency: 'fluente, C1' }], ['Italian', 'Portuguese']],
  ])('%j are %j', (languages, expected) => {
    expect(spokenLanguages({ languages })).toEqual(expected);
  });

  it('reads a language named in a sentence, accents and all, but not a surname or a dish', () => {
    expect(languagesIn('Hablo español e inglés; FRANÇAIS courant')).toEqual(['Spanish', 'English', 'French']);
    expect(languagesIn('Reported to Frances Russo, head of pastry')).toEqual([]);
  });

  const nurse: JsonResume = {
    basics: { name: 'Lucía Ferrer', label: 'Enfermera / Staff Nurse' },
    work: [{ name: 'Hospital Clínico de Valencia', position: 'Staff Nurse', startDate: '2017-03', highlights: ['Cared for 8 patients a shift on an acute medical ward'] }],
    education: [{ institution: 'Universitat de València', studyType: 'Grado', area: 'Enfermería', endDate: '2017' }],
    skills: [{ name: 'Clinical', keywords: ['Patient Care', 'Medication Administration', 'Triage'] }],
    languages: [
      { language: 'Español', fluency: 'Nativo' },
      { language: 'Inglés', fluency: 'C1' },
    ],
  };

  it('a posting’s "Spanish and English" is two languages she speaks, never a skill to learn', () => {
    const posting = {
      title: 'Staff Nurse, Acute Medicine',
      description: 'Requirements:\n- 2+ years on an acute ward\n- Patient care and medication administration\n- Spanish and English',
    };
    const match = analyzeMatch({ resume: nurse, posting, now });
    expect(match.missing.join(' ')).not.toMatch(/Spanish|English/);
    expect(match.conditions).toContainEqual(expect.objectContaining({ kind: 'language', requirement: 'Spanish', shownBy: 'Spanish' }));
    expect(match.advice.join(' ')).not.toMatch(/Spanish|English/);
  });

  it('"Fluent Spanish and English" in a sentence is met by "Español (nativo)"', () => {
    const posting = { title: 'Staff Nurse', description: 'Fluent Spanish and English; night shifts; patient care.' };
    const match = analyzeMatch({ resume: nurse, posting, now });
    // "Fluent" asks a level (session 39): what meets it says the level the resume states.
    expect(match.conditions.find((condition) => condition.kind === 'language')?.shownBy).toBe('Spanish (Nativo)');
    expect(match.advice.join(' ')).not.toMatch(/Spanish speakers|add it to your skills/);
  });

  it('a language the person does not speak is a requirement to resolve, never a course or a skill', () => {
    const electrician: JsonResume = {
      work: [{ name: 'Elektro Hansen GmbH', position: 'Elektriker', startDate: '2015-01', highlights: ['Installed distribution boards in 40 flats'] }],
      languages: [{ language: 'Deutsch', fluency: 'Muttersprache' }],
    };
    const posting = { title: 'Electrician', description: 'Requirements:\n- 5+ years as an electrician\n- Distribution boards\n- Dutch and English' };
    const match = analyzeMatch({ resume: electrician, posting, now });
    const advice = match.advice.join(' ');
    expect(advice).toMatch(/requires Dutch speakers/);
    expect(advice).not.toMatch(/course[^.]*Dutch|Dutch[^.]*course|add it to your skills[^.]*Dutch/);
  });
});

describe('the field of a trade the vocabulary does not know', () => {
  it.each([
    ['Food Safety Auditor', 'quality'],
    ['Quality Assurance Technician – Bakery', 'quality'],
    ['Técnica de Calidad y Seguridad Alimentaria', 'quality'],
    ['Responsable Qualité Hygiène', 'quality'],
    ['Financial Auditor', 'finance'],
    ['IT Auditor', 'software'],
    ['Clinical Auditor', 'healthcare'],
    ['Software Quality Assurance Engineer', 'software'],
    ['QA Engineer', 'software'],
  ])('%s → %s', (title, field) => {
    expect(jobFieldOf(title, vocabulary)).toBe(field);
  });

  it('"Auditor" alone names no field rather than a wrong one', () => {
    expect(jobFieldOf('Internal Auditor', vocabulary)).toBeUndefined();
    expect(jobFieldOf('Auditor', vocabulary)).toBeUndefined();
  });

  const pastryChef: JsonResume = {
    basics: { name: 'Camille Roux', label: 'Cheffe pâtissière' },
    work: [
      {
        name: 'Pâtisserie Lumière',
        position: 'Head Pastry Chef',
        startDate: '2016-09',
        highlights: ['Wrote and ran the HACCP plan for the lab and two shops', 'Led a team of 7 pastry cooks', 'Cut allergen complaints to zero with a traceability sheet per batch'],
      },
      { name: 'Hôtel des Quais', position: 'Commis Pâtissier', startDate: '2012-09', endDate: '2016-08', highlights: ['Kept the daily temperature records and cleaning logs'] },
    ],
    skills: [{ name: 'Compétences', keywords: ['HACCP', 'Food Safety', 'Allergen Management'] }],
    languages: [{ language: 'Français', fluency: 'langue maternelle' }, { language: 'Anglais', fluency: 'courant' }],
  };

  it('years of HACCP and hygiene work in a kitchen count for a quality posting, and the level is the same on every posting', () => {
    const quality = { title: 'Quality Assurance Supervisor – Bakery', description: 'Requirements:\n- 5+ years in food safety or quality\n- HACCP\n- Lead a team of 4 technicians' };
    const auditor = { title: 'Food Safety Auditor', description: 'Requirements:\n- 3+ years in food production, catering or quality\n- HACCP' };
    const first = analyzeMatch({ resume: pastryChef, posting: quality, now });
    const second = analyzeMatch({ resume: pastryChef, posting: auditor, now });
    expect(first.breakdown.experience.field).toBe('food safety and quality');
    expect(first.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(9);
    expect(first.explanation.join(' ')).not.toMatch(/finance|engineering/);
    expect(first.breakdown.seniority.resume).toBe(second.breakdown.seniority.resume);
    expect(first.breakdown.seniority.resume).not.toBe('junior');
  });

  it('a chef with no food-safety work has no quality years', () => {
    const cook: JsonResume = { work: [{ name: 'Trattoria Sole', position: 'Line Cook', startDate: '2018-01', highlights: ['Ran the grill station on busy weekends'] }] };
    const match = analyzeMatch({ resume: cook, posting: { title: 'Food Safety Auditor', description: 'Requirements:\n- 3+ years in quality\n- HACCP' }, now });
    expect(match.breakdown.experience.yearsShown).toBe(0);
  });

  it('a posting pasted as one run of text has no title to mirror', () => {
    const posting = postingFromText('Auditor de calidad: APPCC, ISO 22000, IFS Food. Español fluido y carné de conducir.');
    expect(posting.title).toBe('');
    expect(postingFromText('Pastry Chef de Partie\nLamination, viennoiserie, HACCP').title).toBe('Pastry Chef de Partie');
    const match = analyzeMatch({ resume: pastryChef, posting, now });
    expect(match.advice.join(' ')).not.toMatch(/Mirror the job title/);
  });
});

describe('requirements that are not skills', () => {
  const technologist: JsonResume = {
    work: [{ name: 'Molenaar Bakkerij', position: 'Quality Technician', startDate: '2018-01', highlights: ['Ran internal audits and customer audits for the bread line', 'Closed CAPA actions after each audit'] }],
    education: [{ institution: 'Wageningen University', studyType: 'MSc', area: 'Food Technology', endDate: '2017' }],
    skills: [{ name: 'Quality', keywords: ['HACCP', 'CAPA', 'Internal audits'] }],
  };

  it('"customer and certification audits (BRC, IFS)" is one requirement, never a skill "Customer"', () => {
    const posting = preparePosting({ title: 'QA Lead', description: '- Experience with customer and certification audits (BRC, IFS), root cause analysis and CAPA' }, vocabulary);
    const labels = [...posting.requiredSkills.map((each) => each.label), ...posting.requirementLines.map((each) => each.label)];
    expect(labels).not.toContain('Customer');
    expect(labels.some((label) => /^IFS\)?$/.test(label) || /\(BRC$/.test(label))).toBe(false);
  });

  it('a degree asked for is matched against education, and met by a neighbouring subject when the posting says "or similar"', () => {
    const posting = { title: 'QA Manager – Food', description: 'Requirements:\n- 5+ years in quality\n- Degree in microbiology, food science or similar' };
    const match = analyzeMatch({ resume: technologist, posting, now });
    expect(match.missing.join(' ')).not.toMatch(/Degree/);
    expect(match.conditions).toContainEqual(expect.objectContaining({ kind: 'education', shownBy: expect.stringContaining('Food Technology') }));
  });

  it('a degree not shown is advised as education, never "add it to your skills"', () => {
    const cook: JsonResume = { work: [{ name: 'Bar Centrale', position: 'Cook', startDate: '2019-01' }], education: [{ institution: 'Scuola Alberghiera', studyType: 'Course', area: 'Cucina' }] };
    const posting = { title: 'QA Manager', description: 'Requirements:\n- HACCP\n- BSc in Microbiology or equivalent' };
    const match = analyzeMatch({ resume: cook, posting, now });
    const advice = match.advice.join(' ');
    expect(advice).toMatch(/Education section/);
    expect(advice).not.toMatch(/Microbiology[^.]*add it to your skills/);
  });
});
