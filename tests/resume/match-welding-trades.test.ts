// Trades read as a tradesperson's fit (issue 13, trial s50 #12 #13 #15 #20 #53 #54): years in a
// trade under hyphenated and foreign titles, welders' certificates per process with their expiry,
// inspection schemes asked by name, "X an advantage" after the noun, a family of languages.
// The people and postings are this file's own.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting, type JobPosting } from '../../src/resume/match.ts';
import { jobFieldOf } from '../../src/resume/match/job-field.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { yearsInPostingField } from '../../src/documents/years-of-experience.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';

const now = new Date('2026-12-07T12:00:00Z');
const vocabulary = loadSkillVocabulary();

// A pipe welder from Hungary: most of his years under a hyphenated title, one TIG certificate run out in October.
const pipeWelder: JsonResume = {
  basics: { name: 'Tamás Kerekes', label: 'Pipe welder' },
  work: [
    { name: 'Nordkap Yard AS', position: 'Welder-Fitter', startDate: '2017-02', highlights: ['Fabrication of pressure piping for offshore modules', 'TIG root and MAG fill on carbon and stainless pipe in 6G'] },
    { name: 'Danube Steel Kft.', position: 'Welder', startDate: '2010-05', endDate: '2017-01', highlights: ['Stick welding of steel frames for agricultural machinery'] },
  ],
  skills: [{ name: 'Skills', keywords: ['TIG', 'MAG', 'WPS', 'Pipe welding'] }],
  certificates: [
    { name: 'EN ISO 9606-1 135 P BW FM1 S t10 PA ss nb', expires: '2027-06' },
    { name: 'EN ISO 9606-1 141 T BW 8 S t3 D60 H-L045 ss nb', expires: '2026-10' },
  ],
  languages: [{ language: 'English', fluency: 'B2' }, { language: 'Hungarian', fluency: 'Native' }],
};

const fit = (resume: JsonResume, posting: JobPosting) => analyzeMatch({ resume, posting, now });
const said = (resume: JsonResume, posting: JobPosting) => fit(resume, posting).explanation.join('\n');

describe('a trade title joined by a hyphen or written in another language is read in its trade', () => {
  it.each([
    ['Welder-Fitter', 'mechanical'],
    ['Fitter-Welder', 'mechanical'],
    ['Plater-Welder', 'mechanical'],
    ['Electrician-Technician', 'electrical'],
    ['HGV Driver-Trainer', 'driving'],
    ['Schweißer (m/w/d)', 'mechanical'],
    ['Spawacz-monter', 'mechanical'],
    ['Soudeur tuyauteur', 'mechanical'],
    ['Boilermaker', 'mechanical'],
    ['Steel Fabrication Lead', 'mechanical'],
    ['Rohrschlosser', 'plumbing'],
    ['Back-end Developer', 'software'],
  ])('%s → %s', (title, field) => {
    expect(jobFieldOf(title, vocabulary)).toBe(field);
  });

  it('counts every welding year, the same on every welding posting, in English or German', () => {
    const english = fit(pipeWelder, { title: 'Pipe Welder', description: 'Requirements\n- 5+ years of experience as a welder' });
    const german = fit(pipeWelder, { title: 'Schweißer (m/w/d)', description: 'Ihr Profil\n- mindestens 3 Jahre Berufserfahrung' });
    expect(english.breakdown.experience.yearsShown).toBe(16.6);
    expect(german.breakdown.experience.yearsShown).toBe(16.6);
    expect(english.breakdown.experience.notRead).toEqual([]);
    expect(english.explanation.join('\n')).not.toContain('names no field');
  });

  it('counts a welder’s roles as years "in industrial fabrication", by their bullets or their trade', () => {
    const result = fit(pipeWelder, { title: 'Journeyperson Welder', description: 'Qualifications\n- 5+ years in industrial fabrication\n- Read isometric drawings' });
    expect(result.breakdown.experience.setting?.yearsShown).toBe(16.6);
    expect(result.explanation.join('\n')).toContain('Years in industrial fabrication count only in the roles in it (Welder-Fitter, Nordkap Yard AS; Welder, Danube Steel Kft.): 17 years, meeting the 5 asked.');
  });

  it('names the years of a metal trade for a letter so the grounding check reads them back in the same field', () => {
    const years = yearsInPostingField(pipeWelder.work ?? [], now, { title: 'Plater-Welder', description: 'Requirements\n- 4 years as a plater or welder' });
    expect(years).toEqual({ years: 16, field: 'welding and fabrication' });
  });
});

describe('a welder’s certificate is asked per process and met by the resume’s certificate for it', () => {
  it('reads "135 and 141 certificates" as two requirements, and an expired 141 as not held', () => {
    const posting = { title: 'Pipe Welder', description: 'Requirements\n- Must hold valid EN ISO 9606-1 135 and 141 certificates' };
    const result = fit(pipeWelder, posting);
    expect(preparePosting(posting, vocabulary).conditions.map((condition) => condition.label)).toEqual(['EN ISO 9606-1 135 (MAG)', 'EN ISO 9606-1 141 (TIG)']);
    expect(result.knockOuts).toEqual(['EN ISO 9606-1 141 (TIG)']);
    const text = result.explanation.join('\n');
    expect(text).toContain('"EN ISO 9606-1 135 (MAG)" (mandatory, counted with the skills) is shown: "EN ISO 9606-1 135 P BW FM1 S t10 PA ss nb".');
    expect(text).toContain('expired October 2026, so it counts as missing');
    expect(text).not.toContain('141 certificates');
  });

  it('reads a German list in brackets as one certificate per process, never as a skill to learn', () => {
    const result = fit(pipeWelder, { title: 'Schweißer (m/w/d)', description: 'Ihr Profil\n- Gültige Schweißerprüfung nach DIN EN ISO 9606-1 (135, 141)' });
    expect(result.conditions.map((condition) => [condition.requirement, condition.shownBy !== null])).toEqual([
      ['EN ISO 9606-1 135 (MAG)', true],
      ['EN ISO 9606-1 141 (TIG)', false],
    ]);
    expect(result.missing.join('\n')).not.toContain('Schweißerprüfung');
  });

  it.each([
    ['Certificate EN ISO 9606-1 (135 and/or 136)', 'EN ISO 9606-1 135 (MAG) or 136 (flux-cored)'],
    ['ISO 9606-1 tickets for 136/135', 'EN ISO 9606-1 136 (flux-cored) or 135 (MAG)'],
    ['135 or 138 coded to EN ISO 9606-1', 'EN ISO 9606-1 135 (MAG) or 138 (metal-cored)'],
  ])('%j is one requirement any of its processes meets', (line, label) => {
    const result = fit(pipeWelder, { title: 'Welder', description: `Requirements\n- ${line}` });
    expect(result.conditions).toMatchObject([{ requirement: label, shownBy: 'EN ISO 9606-1 135 P BW FM1 S t10 PA ss nb' }]);
  });

  it('does not take a process the resume holds under another standard or none', () => {
    const mmaOnly: JsonResume = { ...pipeWelder, certificates: [{ name: 'MMA 111 course, Budapest welding school' }] };
    const result = fit(mmaOnly, { title: 'Welder', description: 'Requirements\n- EN ISO 9606-1 111 required' });
    expect(result.knockOuts).toEqual(['EN ISO 9606-1 111 (MMA)']);
  });
});

describe('inspection and trade schemes asked by name', () => {
  const inspector: JsonResume = {
    basics: { name: 'Grace Otieno' },
    work: [{ name: 'Coastline NDT Ltd', position: 'Welding Inspector', startDate: '2018-04', highlights: ['Visual inspection of butt welds to EN ISO 5817'] }],
    certificates: [{ name: 'CSWIP 3.2 Senior Welding Inspector', issuer: 'TWI' }],
  };

  it('meets "CSWIP 3.1 … (or IWI-S) required" by a CSWIP 3.2', () => {
    const result = fit(inspector, { title: 'Welding Inspector', description: 'Requirements\n- CSWIP 3.1 Welding Inspector (or IWI-S) required\n- 3+ years as a welding inspector' });
    expect(result.knockOuts).toEqual([]);
    expect(result.conditions).toMatchObject([{ requirement: 'CSWIP 3.1 Welding Inspector or IWI-S', shownBy: 'CSWIP 3.2 Senior Welding Inspector — TWI', mandatory: true }]);
  });

  it('reads "Red Seal or a provincial journeyperson ticket" as one requirement either meets', () => {
    const electrician: JsonResume = {
      basics: { name: 'Luc Tremblay' },
      work: [{ name: 'Volt Bros', position: 'Journeyperson Electrician', startDate: '2015-01' }],
      certificates: [{ name: 'Manitoba journeyperson electrician ticket' }],
    };
    const result = fit(electrician, { title: 'Industrial Electrician', description: 'Requirements\n- Red Seal or Manitoba journeyperson ticket required' });
    expect(result.knockOuts).toEqual([]);
    expect(result.conditions[0]?.requirement).toBe('Red Seal or Manitoba journeyperson ticket');
    expect(result.conditions[0]?.shownBy).toBe('Manitoba journeyperson electrician ticket');
  });
});

describe('"X an advantage" after the noun, and a family of languages', () => {
  it('never caps the score on a language that is only an advantage', () => {
    const text = said(pipeWelder, { title: 'Welding Inspector', description: 'Requirements\n- English fluent; Norwegian an advantage\n- 3+ years in welding' });
    expect(text).toContain('"Norwegian" (nice to have, weighed as a language)');
    expect(text).not.toContain('so the score is at most 60');
  });

  it('reads "Norwegian or Scandinavian language is a plus" as one optional language any of the family meets', () => {
    const swede: JsonResume = { ...pipeWelder, languages: [{ language: 'Swedish', fluency: 'C1' }] };
    const result = fit(swede, { title: 'Pipe Welder', description: 'Requirements\n- Good English, Norwegian or Scandinavian language is a plus' });
    expect(result.conditions).toMatchObject([{ requirement: 'Norwegian or Swedish or Danish', optional: true, shownBy: 'Swedish' }]);
    expect(result.missing).toEqual([]);
  });

  it('keeps "a big advantage" optional and out of the requirement’s name', () => {
    const result = fit(pipeWelder, { title: 'Pipe Welder', description: 'Requirements\n- BOSIET a big advantage\n- Pastry experience an advantage' });
    expect(result.breakdown.skills.required.missing).toEqual([]);
    expect(result.missing).toContain('BOSIET');
  });
});

describe('a letter keeps the years a welder has, in the words it named them', () => {
  const sources = {
    resume: pipeWelder,
    rawText: ['Tamás Kerekes', 'Pipe welder', 'Welder-Fitter, Nordkap Yard AS, 2017 - present', 'Welder, Danube Steel Kft., 2010 - 2017'].join('\n'),
    posting: { title: 'Pipe Welder', company: 'Fjordline', description: 'Requirements\n- 5+ years as a welder' },
    now,
  };

  it.each([
    'I bring 16 years in welding and fabrication to your yard.',
    'I bring 16 years in mechanical and maintenance work to your yard.',
    'I have 16 years of experience in mechanical trades and maintenance.',
  ])('%j is backed, never "less than a year in engineering"', (sentence) => {
    const grounded = groundDocument(sentence, sources);
    expect(grounded.changes).toEqual([]);
    expect(grounded.text).toBe(sentence);
  });

  it('still repairs years the resume does not show', () => {
    expect(groundDocument('I bring 20 years in welding and fabrication.', sources).text).toBe('I bring 16 years in welding and fabrication.');
  });
});

describe('welding processes by any of their names', () => {
  it.each([
    ['Weld carbon pipe with GTAW root and SMAW cap', ['TIG Welding', 'MMA Welding']],
    ['Flux-cored (FCAW) and GMAW on structural steel', ['Flux-Cored Arc Welding', 'MIG/MAG Welding']],
    ['Erfahrung im WIG-Schweißen und MAG-Schweißen', ['TIG Welding', 'MIG/MAG Welding']],
  ])('%j asks for %j', (line, skills) => {
    const posting = preparePosting({ title: 'Welder', description: `Requirements\n- ${line}` }, vocabulary);
    expect(posting.requiredSkills.flatMap((requirement) => requirement.anyOf)).toEqual(skills);
  });

  it('meets a GTAW ask by a resume that says TIG, and a plain "Welding" ask by any process', () => {
    const result = fit(pipeWelder, { title: 'Welder', description: 'Requirements\n- GTAW on stainless pipe\n- Welding experience' });
    expect(result.breakdown.skills.required.missing).toEqual([]);
    expect(result.matched).toEqual(expect.arrayContaining(['TIG Welding', 'Welding']));
  });

  it('does not take a resume’s MIG for a TIG ask', () => {
    const migOnly: JsonResume = { ...pipeWelder, work: [{ name: 'Trailer Works', position: 'Welder', startDate: '2019-01', highlights: ['MIG welding of trailer chassis'] }], skills: [] };
    expect(fit(migOnly, { title: 'Welder', description: 'Requirements\n- TIG welding of stainless' }).breakdown.skills.required.missing).toEqual(['TIG Welding']);
  });
});

describe('section titles are never requirements', () => {
  it('leaves a German board’s titles and its company text out of what is asked', () => {
    const result = fit(pipeWelder, {
      title: 'Schweißer (m/w/d)',
      description:
        'Unternehmensbeschreibung\nWir bauen Hallen und Brücken aus Stahl.\n\nStellenbeschreibung\nSchweißen von Bauteilen nach WPS.\n\nQualifikationen\n- Gültige Schweißerprüfung nach DIN EN ISO 9606-1 (135)\n\nZusätzliche Informationen\nUnbefristeter Vertrag.',
    });
    expect(result.missing).toEqual([]);
    expect(result.explanation.join('\n')).not.toMatch(/Unternehmensbeschreibung|Zusätzliche Informationen|Qualifikationen/);
  });

  it.each(['What we ask', 'What we expect from you', 'What you offer'])('reads a list titled %j as what is asked', (heading) => {
    const posting = preparePosting({ title: 'Welder', description: `${heading}\n- TIG welding in 6G\n\nWhat we offer\n- Housing` }, vocabulary);
    expect(posting.requirementLines.map((line) => line.label)).not.toContain(heading);
    expect(posting.requiredSkills.map((requirement) => requirement.label)).toContain('TIG Welding');
  });

  it('names a shift pattern as one, never as a requirement named "night", and keeps nights one must work', () => {
    const pattern = fit(pipeWelder, { title: 'Offshore Welder', description: 'Offshore rotation 2/2, 12-hour shifts (day and night).' });
    expect(pattern.conditions.map((condition) => [condition.requirement, condition.weighs])).toEqual([['days and nights', false]]);
    expect(pattern.explanation.join('\n')).not.toMatch(/[“"]night[”"]/);
    const asked = fit(pipeWelder, { title: 'Offshore Welder', description: 'Requirements\n- Willing to work nights' });
    expect(asked.conditions.map((condition) => condition.requirement)).toEqual(['nights']);
  });
});
