// Regression tests for the session 46 trial (issue 13, findings #11, #67, #12, #58, #31, #14): a
// mandatory German C1 missing still scored 86 with "3/3 required" beside "counts as missing"; a
// one-step language gap sank a posting to 38 when it was the only requirement read, while a
// two-step mandatory gap barely counted beside three tools; engineering words outside software
// (ISO 26262, ASPICE, GT-SUITE, DVP&R, Thermomanagement) were not read, so matches were built from
// one word. The people and postings here are written for this file, in several disciplines.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { fitReason } from '../../src/alerts/fit-reason.ts';
import { formatMatch } from '../../src/present/format-match.ts';
import { fitCell, fitLabel, matchFigure } from '../../src/present/fit-label.ts';
import { matchResume } from '../../src/career/resumes/match-resume.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';

const now = new Date('2026-12-07T00:00:00Z');

// A process engineer in pharma, Dutch at A2.
const process: JsonResume = {
  basics: { name: 'Meera Iyer', label: 'Process Engineer' },
  work: [
    {
      name: 'Helix Biologics',
      position: 'Senior Process Engineer',
      startDate: '2017-02',
      highlights: ['Wrote P&IDs and led HAZOP studies for two fill-finish lines', 'Ran IQ/OQ/PQ for a new bioreactor suite under GMP', 'Modelled solvent recovery in Aspen HYSYS'],
    },
    { name: 'Sunpharm', position: 'Process Engineer', startDate: '2012-07', endDate: '2017-01', highlights: ['Root cause analysis and CAPA for batch deviations'] },
  ],
  education: [{ institution: 'ICT Mumbai', studyType: 'M.Tech', area: 'Chemical Engineering' }],
  languages: [
    { language: 'English', fluency: 'C2' },
    { language: 'Dutch', fluency: 'A2' },
  ],
};

// An automation engineer, German at B2, writing his tools as Germans do.
const automation: JsonResume = {
  basics: { name: 'Luca Bianchi', label: 'Automatisierungsingenieur' },
  work: [
    {
      name: 'Kessler Anlagenbau GmbH',
      position: 'Senior Automation Engineer',
      startDate: '2016-04',
      highlights: ['SPS-Programmierung in TIA Portal (Simatic S7-1500) for packaging lines', 'HMI screens and SCADA alarms for 40 machines', 'Circuit diagrams in EPLAN Electric P8'],
    },
    { name: 'Fratelli Automazione', position: 'Automation Engineer', startDate: '2011-09', endDate: '2016-03', highlights: ['Commissioned PLC cabinets on site in Italy and Poland'] },
  ],
  languages: [
    { language: 'Italian', fluency: 'Native' },
    { language: 'German', fluency: 'B2' },
    { language: 'English', fluency: 'C1' },
  ],
};

// A battery engineer whose resume names the automotive words a posting will ask for.
const battery: JsonResume = {
  basics: { name: 'Kwame Boateng', label: 'Battery Engineer' },
  work: [
    {
      name: 'Nordvolt Packs AB',
      position: 'Battery Pack Engineer',
      startDate: '2019-01',
      highlights: ['Designed liquid cooling plates for a 96s HV battery; thermal management validated in GT-SUITE', 'Owned DVP&R and the ISO 26262 safety case of the pack', 'Wrote BMS requirements in DOORS; ASPICE level 2 audit passed'],
    },
    { name: 'Aurora Motors', position: 'Powertrain Engineer', startDate: '2013-05', endDate: '2018-12', highlights: ['e-axle housing design in CATIA V5; DFMEA'] },
  ],
  languages: [{ language: 'English', fluency: 'Native' }],
};

const pharmaPosting = (dutch: string) => ({
  title: 'Process Engineer (Fill-Finish)',
  description: `Requirements:\n- 5+ years as a process engineer in pharma\n- P&IDs and HAZOP\n- Equipment qualification (IQ/OQ/PQ) under GMP\n- ${dutch}`,
});

describe('a mandatory language not met is a knock-out', () => {
  it('caps the score and says why first, whatever else fits', () => {
    const match = analyzeMatch({ resume: process, posting: pharmaPosting('Vloeiend Nederlands (C1) is verplicht'), now });
    expect(match.knockOuts).toEqual(['Dutch (c1)']);
    expect(match.score).toBeLessThanOrEqual(35);
    expect(match.explanation[0]).toMatch(/^Knock-out: the posting makes Dutch \(c1\) mandatory and your resume lists Dutch at A2, so the score is at most 35/);
    // The advice leads with it.
    expect(match.advice[0]).toMatch(/mandatory .*knock-out/);
  });

  it('"zwingend", "must" and "required" make a language mandatory; a plain "fluent German" does not', () => {
    const posting = (german: string) => ({ title: 'Automation Engineer', description: `Your profile:\n- TIA Portal and SCADA\n- 5+ years commissioning packaging lines\n- ${german}` });
    for (const said of ['Deutsch C1 (zwingend)', 'You must speak German at C1 level', 'German C1 required']) {
      expect(analyzeMatch({ resume: automation, posting: posting(said), now }).knockOuts, said).toHaveLength(1);
    }
    const plain = analyzeMatch({ resume: automation, posting: posting('German C1'), now });
    expect(plain.knockOuts).toEqual([]);
    expect(plain.score).toBeLessThanOrEqual(75);
    expect(plain.score).toBeGreaterThan(45);
  });

  it('orders gaps as a recruiter would: a nice-to-have one step short above a plain one step short above a mandatory two steps short', () => {
    const nice = analyzeMatch({ resume: process, posting: pharmaPosting('Dutch B1 is a plus'), now }).score;
    const plain = analyzeMatch({ resume: process, posting: pharmaPosting('Dutch B1'), now }).score;
    const knockOut = analyzeMatch({ resume: process, posting: pharmaPosting('Dutch B2 is mandatory'), now }).score;
    expect(nice).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(knockOut);
    expect(nice - knockOut).toBeGreaterThanOrEqual(30);
  });

  it('weighs a language gap the same however many skills the posting happens to name', () => {
    const few = { title: 'Automation Engineer', description: 'Requirements:\n- TIA Portal\n- German C2' };
    const many = { title: 'Automation Engineer', description: 'Requirements:\n- TIA Portal\n- SCADA\n- HMI\n- EPLAN\n- PLC commissioning\n- German C2' };
    const [short, long] = [few, many].map((posting) => analyzeMatch({ resume: automation, posting, now }));
    // Both meet every tool and are two steps short in German: the same cap says so in both.
    expect(short?.score).toBe(60);
    expect(long?.score).toBe(60);
  });

  it('counts the language in the bars and names the knock-out beside the number', () => {
    const record = { id: 'r1', label: 'process', resume: process, raw_text: '' } as unknown as ResumeRecord;
    const shown = formatMatch(matchResume(record, pharmaPosting('Dutch C1 is mandatory')), 'Process Engineer at Helix');
    expect(shown).toMatch(/: \d+\/100 — knock-out: Dutch \(c1\) mandatory, not met/);
    // Four requirements met, the language not: never "4/4 required" beside "counts as missing".
    expect(shown).toMatch(/skills .* 4\/5 required/);
    expect(shown).toMatch(/✗ Dutch \(c1\): your resume lists Dutch at A2, below the level asked \(mandatory: a knock-out\)/);
  });

  it('names the knock-out first in an alert reason', () => {
    const match = analyzeMatch({ resume: process, posting: pharmaPosting('Dutch C1 is mandatory'), now });
    expect(fitReason({ ...match, knock_outs: match.knockOuts })).toMatch(/^knock-out: Dutch \(c1\) is mandatory and not met; matches/);
  });
});

describe('engineering words outside software are read in postings and resumes', () => {
  it('reads standards, tools and German words both ways, so a match rests on more than one word', () => {
    const posting = {
      title: 'Battery Systems Engineer (m/w/d)',
      description:
        'Ihr Profil:\n- Erfahrung im Thermomanagement von Hochvoltbatterien\n- 1D-Simulation mit GT-SUITE\n- Funktionale Sicherheit nach ISO 26262\n- DVP&R und Anforderungsmanagement in DOORS\n- CATIA V5',
    };
    const match = analyzeMatch({ resume: battery, posting, now });
    expect(match.matched).toEqual(expect.arrayContaining(['Thermal Management', 'GT-SUITE', 'ISO 26262', 'DVP&R', 'DOORS', 'CATIA']));
    expect(match.score).toBeGreaterThanOrEqual(75);
  });

  it('does not give a full score for one shared tool when the posting asks for the domain too', () => {
    const posting = { title: 'Battery Engineer', description: 'Requirements:\n- CATIA\n- BMS development\n- ASPICE\n- HIL testing with dSPACE\n- AUTOSAR' };
    const onlyCatia: JsonResume = {
      basics: { name: 'Priti Shah' },
      work: [{ name: 'Metalform', position: 'Design Engineer', startDate: '2015-01', highlights: ['Sheet metal brackets in CATIA'] }],
    };
    expect(analyzeMatch({ resume: onlyCatia, posting, now }).score).toBeLessThan(50);
  });

  it('reads automation tools as a German resume writes them (SPS, Simatic, EPLAN)', () => {
    const posting = { title: 'PLC Engineer', description: 'Requirements:\n- Siemens TIA Portal\n- PLC programming\n- EPLAN\n- SCADA' };
    const match = analyzeMatch({ resume: automation, posting, now });
    expect(match.missing).toEqual([]);
  });
});

describe('a posting with nothing to compare reads "not scored" in every list', () => {
  it('says so in a list line, a table cell, a figure and an alert reason, never 0', () => {
    const thin = analyzeMatch({ resume: battery, posting: { title: 'Mechanical Engineer', description: 'We are growing! Join our team in Gothenburg. Apply now.' }, now });
    expect(thin.scored).toBe(false);
    const fit = { score: thin.score, scored: thin.scored, knock_outs: thin.knockOuts };
    expect(fitLabel(fit)).toBe('not scored (the posting states no requirements)');
    expect(fitCell(fit)).toBe('not scored');
    expect(matchFigure(fit)).toBe('not scored: the posting states no requirements');
    expect(fitReason({ ...thin, knock_outs: thin.knockOuts })).toBe('not scored: the posting states no requirements to compare');
    expect(fitLabel({ score: 35, knock_outs: ['German (c1)'] })).toBe('fit 35, knock-out: German (c1)');
  });
});
