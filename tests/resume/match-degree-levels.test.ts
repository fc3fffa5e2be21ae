// Regression tests for the session 46 trial (issue 13, findings 10 and 58): a bachelor's of
// engineering written "B.E." was shown as meeting "Master's degree in …", and a German posting's
// "Studium … (Diplom oder Master)" was not read at all. Degree abbreviations from India, Germany
// and Brazil are read at their level, a lower degree never meets a higher one, and the reason is
// said. People and postings written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { matchResume } from '../../src/career/resumes/match-resume.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import { formatMatch } from '../../src/present/format-match.ts';
import { analyzeMatch, type MatchResult } from '../../src/resume/match.ts';

const now = new Date('2026-12-05T00:00:00Z');

const engineer = (studyType: string, area = 'Electrical Engineering', years = 3): JsonResume => ({
  basics: { name: 'Ravi Kulkarni', label: 'Power Electronics Engineer' },
  work: [{ name: 'Veltrix Drives', position: 'Power Electronics Engineer', startDate: `${2026 - years}-01`, highlights: ['Designed inverter gate drivers in Altium'] }],
  education: [{ institution: 'Anna University', studyType, area }],
  skills: [{ name: 'Engineering', keywords: ['Altium', 'MATLAB', 'Simulink'] }],
});

const education = (result: MatchResult) => result.conditions.filter((condition) => condition.kind === 'education');
const match = (resume: JsonResume, description: string, title = 'Power Electronics Engineer') => analyzeMatch({ resume, posting: { title, description }, now });

describe('degree abbreviations are read at their level', () => {
  const masters = "Requirements:\nMaster's degree in Electrical Engineering or Physics.\nAltium and MATLAB.";
  it.each([
    ['B.E.', null],
    ['B.Tech', null],
    ['BEng', null],
    ['Bacharelado', null],
    ['M.E.', 'M.E. — Electrical Engineering — Anna University'],
    ['M.Tech', 'M.Tech — Electrical Engineering — Anna University'],
    ['Dipl.-Ing.', 'Dipl.-Ing. — Electrical Engineering — Anna University'],
    ['Diplom-Ingenieur', 'Diplom-Ingenieur — Electrical Engineering — Anna University'],
    ['Dr.-Ing.', 'Dr.-Ing. — Electrical Engineering — Anna University'],
  ])("a %s against a master's", (studyType, shownBy) => {
    expect(education(match(engineer(studyType), masters))[0]?.shownBy ?? null).toBe(shownBy);
  });

  it.each(['B.E.', 'B.Tech', 'Licenciatura'])("a %s meets a bachelor's", (studyType) => {
    const result = match(engineer(studyType), "Requirements:\nBachelor's degree in Electrical Engineering.\nAltium.");
    expect(education(result)[0]?.shownBy).toBe(`${studyType} — Electrical Engineering — Anna University`);
  });
});

describe('a lower degree is said to be lower, not just missing', () => {
  it("a B.E. against a master's names the entry, its level and a recruiter's view", () => {
    const result = match(engineer('B.E.'), "Requirements:\nMaster's degree in Electrical Engineering.\nAltium and MATLAB.");
    expect(education(result)[0]).toMatchObject({ shownBy: null, degreeBelow: "B.E. — Electrical Engineering — Anna University (a bachelor's)" });
    expect(result.explanation.join('\n')).toContain("your resume lists B.E. — Electrical Engineering — Anna University (a bachelor's), below the level asked, so it counts as missing.");
    expect(result.missing.join(' ')).not.toMatch(/master/i);
    expect(result.advice.join('\n')).toContain('a lower degree, so it is not met');
  });

  it('"or equivalent experience" is met by enough years, and said to soften it when there are too few', () => {
    const line = "Requirements:\nMaster's degree in Electrical Engineering or equivalent experience.\n5+ years of power electronics design.\nAltium.";
    expect(education(match(engineer('B.E.', 'Electrical Engineering', 9), line))[0]?.shownBy).toMatch(/years in/);
    const short = match(engineer('B.E.', 'Electrical Engineering', 2), line);
    expect(education(short)[0]).toMatchObject({ shownBy: null, orExperience: true });
    expect(short.explanation.join('\n')).toContain('the posting accepts equivalent experience instead');
  });
});

describe('the match as people read it', () => {
  it('marks a lower degree ✗ with the entry and its level, never "met"', () => {
    const record = { id: 'res_1', resume: engineer('B.Tech', 'Electrical Engineering', 2), raw_text: '' } as unknown as ResumeRecord;
    const posting = { title: 'Power Electronics Engineer', description: "Requirements:\nMaster's degree in Electrical Engineering or equivalent experience.\n6+ years of power electronics design.\nAltium." };
    const text = formatMatch(matchResume(record, posting), 'Power Electronics Engineer at Halden Drives');
    expect(text).toContain(
      "✗ Master's degree in Electrical Engineering or equivalent experience: your resume lists B.Tech — Electrical Engineering — Anna University (a bachelor's), a lower degree (counts as missing); the posting accepts equivalent experience instead",
    );
  });
});

describe('German postings ask for a degree with their own words', () => {
  it.each([
    ['Abgeschlossenes Studium der Elektrotechnik (Diplom oder Master)', 'B.Tech', null],
    ['Abgeschlossenes Studium der Elektrotechnik (Diplom oder Master)', 'M.Sc.', 'M.Sc. — Electrical Engineering — Anna University'],
    ['Hochschulstudium im Bereich Elektrotechnik oder einer vergleichbaren Fachrichtung', 'B.E.', 'B.E. — Electrical Engineering — Anna University'],
    ['Bachelor oder Master in Elektrotechnik', 'BEng', 'BEng — Electrical Engineering — Anna University'],
    ['Master oder Diplom im Bereich Elektrotechnik', 'B.E.', null],
  ])('%s, for a %s', (line, studyType, shownBy) => {
    const posting = `Ihr Profil:\n${line}\nErfahrung mit Altium und MATLAB\nSehr gute Englischkenntnisse`;
    const [asked] = education(match(engineer(studyType), posting, 'Entwicklungsingenieur Leistungselektronik (m/w/d)'));
    expect(asked?.requirement).toBe(line);
    expect(asked?.shownBy ?? null).toBe(shownBy);
  });

  it('a sentence about studies that names no subject is not a degree asked', () => {
    const posting = 'Ihr Profil:\nDas Studium ist kein Muss, Erfahrung zählt.\nErfahrung mit Altium';
    expect(education(match(engineer('B.E.'), posting, 'Entwicklungsingenieur (m/w/d)'))).toEqual([]);
  });
});
