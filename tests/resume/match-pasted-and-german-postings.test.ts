// Issue 13, session 40: postings pasted whole from a board's page, and postings written in German.
// The page's own lines (the employer and its place, the terms as chips, "Posted …", an id, buttons)
// ask for nothing; a gender note is no part of the role; German sections, language asks and levels
// are read as their English counterparts are. People and postings written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { isBoardPageLine } from '../../src/resume/match/board-page-lines.ts';
import { blankGenderMarkers, withoutGenderMarker } from '../../src/resume/match/gender-marker.ts';
import { findSkills } from '../../src/resume/skill-tokenizer.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-12-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

describe("a board's page lines pasted with the posting", () => {
  it.each([
    ['Siemens Energy AG · Erlangen, Bayern, Deutschland', true],
    ['Northwind Ltd, Leeds (Hybrid)', true],
    ['Vollzeit | Hybrid | Berufserfahren', true],
    ['Part-time · On-site · Entry level', true],
    ['Reposted 1 week ago · Over 200 applicants', true],
    ['Vor 5 Tagen veröffentlicht', true],
    ['Req ID: R-00451', true],
    ['Stellen-ID 88213', true],
    ['Easy Apply', true],
    ['Jetzt bewerben', true],
    ['About the job', true],
    ['Stellenbeschreibung', true],
    ['Experience with SolidWorks and GD&T', false],
    ['Valid CSCS card', false],
    ['Apply statistical methods to production data', false],
  ])('%s → %s', (line, expected) => {
    expect(isBoardPageLine(line, false) || isBoardPageLine(line, true)).toBe(expected);
  });

  it('a place line counts only at the top of the paste, before the posting starts', () => {
    expect(isBoardPageLine('Gdańsk, Pomorskie, Poland', true)).toBe(true);
    expect(isBoardPageLine('Gdańsk, Pomorskie, Poland', false)).toBe(false);
  });

  const pasted = [
    'Kessler Fördertechnik GmbH, Neu-Ulm (Bayern)',
    'Full-time · On-site · Mid-Senior level',
    'Reposted 6 days ago · 38 applicants',
    'Req ID: KF-2291',
    'Easy Apply   Save',
    'About the job',
    'Maintenance Technician',
    '',
    'Requirements:',
    '- Completed apprenticeship as an industrial mechanic',
    '- Hydraulics and pneumatics',
    '- Forklift licence',
  ].join('\n');

  it('none of them is a requirement, a skill or a keyword; the posting\'s own lines still are', () => {
    const posting = preparePosting({ title: 'Maintenance Technician', description: pasted }, vocabulary);
    const asked = [...posting.requiredSkills.map((requirement) => requirement.label), ...posting.requirementLines.map((line) => line.label), ...posting.conditions.map((condition) => condition.label)];
    expect(asked.join(' | ')).not.toMatch(/Kessler|Neu-Ulm|Full-time|Reposted|applicants|Req ID|Easy Apply|About the job/i);
    expect(asked.join(' | ')).toMatch(/industrial mechanic/i);
    expect(posting.keywords.map((term) => term.word)).not.toContain('reposted');
  });

  it('a list of skills at the top is still asked for', () => {
    const posting = preparePosting({ title: 'Platform Engineer', description: 'Terraform, Kubernetes, Prometheus\nWe run a payments platform.' }, vocabulary);
    expect(posting.requiredSkills.map((requirement) => requirement.label)).toEqual(expect.arrayContaining(['Terraform', 'Kubernetes', 'Prometheus']));
  });

  it('the same posting scores the same with or without the page around it', () => {
    const resume: JsonResume = {
      basics: { name: 'Tomasz Wójcik', label: 'Industrial Maintenance Technician' },
      work: [{ name: 'Brennwerk Logistik', position: 'Maintenance Technician', startDate: '2018-03', highlights: ['Serviced hydraulics and pneumatics on 40 conveyors', 'Forklift licence holder'] }],
      education: [{ institution: 'IHK Schwaben', studyType: 'Apprenticeship', area: 'Industrial mechanic' }],
    };
    const bare = pasted.split('\n').slice(7).join('\n');
    const whole = analyzeMatch({ resume, posting: { title: 'Maintenance Technician', description: pasted }, vocabulary, now });
    const alone = analyzeMatch({ resume, posting: { title: 'Maintenance Technician', description: bare }, vocabulary, now });
    expect(whole.score).toBe(alone.score);
    expect(whole.missing).toEqual(alone.missing);
  });
});

describe('gender notes in titles', () => {
  it.each([
    ['(w/m/d) Backend Engineer', 'Backend Engineer'],
    ['Data Analyst (d/m/w) in Teilzeit', 'Data Analyst in Teilzeit'],
    ['Product Designer (all genders) – Remote', 'Product Designer – Remote'],
    ['Pflegefachkraft - m/w/d', 'Pflegefachkraft'],
    ['Ingénieur méthodes (H/F)', 'Ingénieur méthodes'],
  ])('%s → %s', (title, expected) => {
    expect(withoutGenderMarker(title)).toBe(expected);
  });

  it('keeps every offset of the text it blanks', () => {
    const text = 'Backend Engineer (alle Geschlechter) in Köln';
    expect(blankGenderMarkers(text)).toHaveLength(text.length);
    expect(blankGenderMarkers(text)).not.toMatch(/Geschlechter/);
  });

  it.each(['(w/m/d) Backend Engineer', 'Backend Engineer (all genders)', 'Backend Engineer (d/m/w) – Kotlin'])('%s is read as the role without its note', (title) => {
    const plain = preparePosting({ title: 'Backend Engineer', description: 'Requirements:\n- Kotlin and PostgreSQL' }, vocabulary);
    const noted = preparePosting({ title, description: `${title}\nRequirements:\n- Kotlin and PostgreSQL` }, vocabulary);
    expect(noted.field).toBe(plain.field);
    expect(noted.requiredSkills.map((requirement) => requirement.label)).toEqual(expect.arrayContaining(plain.requiredSkills.map((requirement) => requirement.label)));
    expect(noted.requiredSkills.map((requirement) => requirement.label)).not.toContain('D');
    expect(noted.keywords.map((term) => term.word).join(' ')).not.toMatch(/gender|w\/m|d\/m/);
  });
});

describe('postings written in German', () => {
  const posting = [
    'Deine Aufgaben:',
    '- Du betreust unsere Datenplattform',
    'Was du mitbringst:',
    '- Mindestens 2 Jahre Berufserfahrung mit Python',
    '- Verhandlungssichere Englischkenntnisse',
    '- Deutsch auf muttersprachlichem Niveau',
    'Wünschenswert:',
    '- Erfahrung mit Airflow',
    'Was wir bieten:',
    '- 30 Tage Urlaub und ein Jobticket',
    '- Betriebliche Altersvorsorge',
  ].join('\n');
  const prepared = preparePosting({ title: 'Data Engineer (m/w/d)', description: posting }, vocabulary);

  it('reads its sections by their German headings: what it offers is not asked, what is welcome is optional', () => {
    expect(prepared.requirementLines.map((line) => line.label).join(' ')).not.toMatch(/Urlaub|Altersvorsorge/);
    expect(prepared.niceToHaveSkills.map((requirement) => requirement.label)).toContain('Airflow');
    expect(prepared.requiredSkills.map((requirement) => requirement.label)).toContain('Python');
  });

  it('asks for English as for any other language, at the level it says', () => {
    const languages = prepared.conditions.filter((condition) => condition.kind === 'language');
    expect(languages.map((condition) => condition.label).sort()).toEqual(['English', 'German']);
    expect(languages.find((condition) => condition.label === 'English')?.level?.rank).toBe(5);
    expect(languages.find((condition) => condition.label === 'German')?.level?.rank).toBe(6);
  });

  it.each([
    ['Deutsch (Muttersprache)', 'English (C1)', true],
    ['German (native)', 'English - fluent', true],
    ['German (B2)', 'English (C1)', false],
  ])('German %s and %s meet it: %s', (german, english, met) => {
    const resume: JsonResume = {
      basics: { name: 'Jana Krüger', label: 'Data Engineer' },
      work: [{ name: 'Lindqvist Mobility', position: 'Data Engineer', startDate: '2021-01', highlights: ['Built Python pipelines for 3 million trips a day'] }],
      skills: [{ name: 'Python' }],
      languages: [
        { language: german.replace(/\s*[(-].*$/, ''), fluency: /\(([^)]+)\)|- (.*)$/.exec(german)?.slice(1).find(Boolean) ?? '' },
        { language: english.replace(/\s*[(-].*$/, ''), fluency: /\(([^)]+)\)|- (.*)$/.exec(english)?.slice(1).find(Boolean) ?? '' },
      ],
    };
    const result = analyzeMatch({ resume, posting: { title: 'Data Engineer (m/w/d)', description: posting }, vocabulary, now });
    const asked = result.conditions.find((condition) => condition.requirement.startsWith('German'));
    expect(asked !== undefined && asked.shownBy !== null).toBe(met);
    expect(result.conditions.find((condition) => condition.requirement.startsWith('English'))?.shownBy).not.toBeNull();
  });

  it('in a posting written in English, English goes without saying and is no requirement of its words', () => {
    const english = preparePosting({ title: 'Site Engineer', description: 'Requirements:\n- Excellent written and spoken English\n- SMSTS certificate' }, vocabulary);
    expect(english.requirementLines.map((line) => line.label).join(' ')).not.toMatch(/English/);
    expect(english.conditions.map((condition) => condition.label)).not.toContain('English');
  });
});

describe("a job for students (trial 40: a Werkstudent job scored 100 for a senior)", () => {
  const senior: JsonResume = {
    basics: { name: 'Henrike Vogt', label: 'Senior Data Analyst' },
    work: [{ name: 'Elbwerk Energie', position: 'Senior Data Analyst', startDate: '2014-04', highlights: ['Built SQL and Python reporting for 40 plants'] }],
    education: [{ institution: 'Universität Hamburg', studyType: 'Master', area: 'Statistics', startDate: '2011-10', endDate: '2013-09' }],
    skills: [{ name: 'SQL' }, { name: 'Python' }],
  };
  const student: JsonResume = {
    ...senior,
    basics: { name: 'Malte Brandt', label: 'Statistics student' },
    work: [{ name: 'Hafen Analytics', position: 'Data Analyst (part-time)', startDate: '2025-03', highlights: ['Wrote SQL and Python reports'] }],
    education: [{ institution: 'Universität Hamburg', studyType: 'Bachelor', area: 'Statistics', startDate: '2023-10' }],
  };
  it.each([
    ['Werkstudentin Data Analytics (m/w/d)', 'Du unterstützt unser Team mit SQL und Python.'],
    ['Working Student Data Analyst', 'Requirements:\n- SQL and Python'],
    ['Data Analyst Intern', 'You must be a current university student.\nRequirements:\n- SQL and Python'],
    ['Aushilfe Datenanalyse', 'Du bist während deines Studiums 15 Stunden pro Woche bei uns.\nDas bringst du mit:\n- SQL und Python'],
  ])('%s: a senior who studies no longer scores at most 20, a student above', (title, description) => {
    const forSenior = analyzeMatch({ resume: senior, posting: { title, description }, vocabulary, now });
    const forStudent = analyzeMatch({ resume: student, posting: { title, description }, vocabulary, now });
    expect(forSenior.score).toBeLessThanOrEqual(20);
    expect(forSenior.explanation.join(' ')).toMatch(/for students/);
    expect(forStudent.score).toBeGreaterThan(forSenior.score + 30);
  });

  it('a trainee or intern title alone asks for no enrolment', () => {
    expect(preparePosting({ title: 'Graduate Trainee Engineer', description: 'Requirements:\n- A degree in engineering' }, vocabulary).forStudents).toBeUndefined();
  });

  it.each(['Werkstudent Vertrieb', 'Praktikant Marketing (w/m/d)', 'Azubi Kaufmann im Einzelhandel'])('%s reads as an intern-level role', (title) => {
    expect(preparePosting({ title, description: '' }, vocabulary).seniority).toBe('intern');
  });
});

describe('years written before a skill and an aside', () => {
  it.each([
    ['- 7+ years Java (Java 17+), Spring Boot', 7],
    ['- 4 years Kotlin (Android), Jetpack Compose', 4],
  ])('%s → %d years', (line, years) => {
    expect(preparePosting({ title: 'Backend Developer', description: `Requirements:\n${line}` }, vocabulary).yearsRequired).toBe(years);
  });
});

describe('a skill of words written joined by hyphens, as German compounds are (trial 40, #53)', () => {
  it.each([
    ['Aufbau eines Design-Systems mit React', 'Design Systems'],
    ['Erfahrung mit Pair-Programming', 'Pair Programming'],
    ['Regelmäßige Code-Reviews im Team', 'Code Review'],
  ])('%s names %s', (text, skill) => {
    expect(findSkills(text, vocabulary).map((mention) => mention.skill.name)).toContain(skill);
  });

  it('a resume in German meets the posting in English', () => {
    const resume: JsonResume = {
      basics: { name: 'Jonas Weber', label: 'Frontend-Entwickler' },
      work: [{ name: 'Lindenhof Commerce GmbH', position: 'Frontend Developer', startDate: '2019-04', highlights: ['Aufbau eines Design-Systems mit React und TypeScript'] }],
    };
    const result = analyzeMatch({ resume, posting: { title: 'Frontend Engineer', description: 'Requirements:\n- Design systems\n- React' }, vocabulary, now });
    expect(result.missing).not.toContain('Design Systems');
  });
});
