/**
 * Letters and prep packs a tradesperson would send (issue 13, the session-50 trial's classes #19
 * #20 #25 #31 #44 #45 #55). People, postings and wording written for this file: a pipe welder
 * and inspector, an electrician, a care worker, a chef, an HGV driver. Never a trial's text.
 */
import { describe, expect, it } from 'vitest';
import { mentionedFact } from '../../src/documents/cover-letter/mentioned-fact.ts';
import { withOpening } from '../../src/documents/cover-letter/kept-opening.ts';
import { claimOf } from '../../src/documents/cover-letter/letter-parts.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { shortTitle, statedResult } from '../../src/documents/interview-prep/star-stories.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { coverLetterTones, type WriterPosting } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import { describeChanges } from '../../src/present/describe-changes.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const date = new Date('2026-12-07T00:00:00Z');

const welder: JsonResume = {
  basics: { name: 'Tomasz Kowal', label: 'Pipe welder and welding inspector' },
  work: [
    {
      name: 'Nordhavn Yard',
      position: 'Welding Supervisor',
      startDate: '2023-02',
      highlights: [
        'Supervising crew of 9 welders on hull sections',
        'Checking welder qualification records and WPS compliance; liaison with class surveyors (DNV, Lloyd’s)',
        'Visual inspection (VT) of fillet and butt welds to EN ISO 5817 level B',
      ],
    },
    {
      name: 'Baltic Pipe Services',
      position: 'Pipe Welder-Fitter',
      startDate: '2016-04',
      endDate: '2023-01',
      highlights: ['Welded carbon and duplex pipe spools in 6G position (141 root, 135 fill)', 'Worked offshore rotations 2/2 on North Sea platforms for 4 years'],
    },
    { name: 'Stocznia Remontowa', position: 'Welder', startDate: '2012-09', endDate: '2016-03', highlights: ['MAG welding (135, 136) of hull blocks and deck sections'] },
  ],
  skills: [{ name: 'Welding', keywords: ['TIG welding', 'MAG welding', 'Pipe welding', 'Visual inspection'] }],
  // The reader stored the inspector's certificate twice, from two boxes of the CV.
  certificates: [{ name: 'CSWIP 3.1 Welding Inspector' }, { name: 'CSWIP 3.1  Welding Inspector' }, { name: 'EN ISO 9606-1 135 P BW' }, { name: 'BOSIET with CA-EBS' }],
  languages: [{ language: 'Polish', fluency: 'Native' }, { language: 'English', fluency: 'B2' }, { language: 'German', fluency: 'A2' }],
};

const inspectorPosting: WriterPosting = {
  title: 'Welding Inspector',
  company: 'Fjordline Fabrication',
  location: 'Haugesund, Norway',
  description: 'We need a welding inspector for our module yard.\nRequirements:\n- CSWIP 3.1 Welding Inspector (required)\n- Review of NDT reports\n- Experience with EN ISO 5817 acceptance criteria\n- QA/QC documentation',
};
const germanWelderPosting: WriterPosting = {
  title: 'Schweißer (m/w/d)',
  company: 'Elbe Metallbau GmbH',
  location: 'Bremen, Germany',
  description: 'Wir suchen Schweißer für den Stahlbau.\nIhr Profil:\n- Schweißerprüfung nach DIN EN ISO 9606-1 (135)\n- Deutsch B1 erforderlich',
};
const rotationPosting: WriterPosting = {
  title: 'Offshore Pipe Welder – Rotation 3/3',
  company: 'Tidewater Energy Services',
  location: 'Aberdeen, UK',
  description:
    'Responsibilities:\n- Weld pipework to WPS on offshore installations\n- Work 12-hour night shifts on a 3/3 rotation\n- Valid BOSIET/FOET and offshore medical (OGUK)\nRequirements:\n- Pipe welding on 6G coupons\n- 5+ years pipe welding',
};

const electrician: JsonResume = {
  basics: { name: 'Joost Verhagen' },
  work: [{ name: 'Spark Installaties', position: 'Electrician', startDate: '2015-03', highlights: ['Wired 40 new-build homes to NEN 1010', 'Fault-finding on three-phase distribution boards'] }],
  skills: [{ name: 'Electrical', keywords: ['Three-phase installation', 'Fault finding'] }],
  languages: [{ language: 'Dutch', fluency: 'native' }, { language: 'English', fluency: 'fluent' }, { language: 'Danish (B1)' }],
};
const danishPosting: WriterPosting = {
  title: 'Electrician',
  company: 'Kronborg El',
  location: 'Copenhagen, Denmark',
  description: 'Requirements:\n- Three-phase installation\n- Danish at B2 level or better\n- Fault finding',
};

const carer: JsonResume = {
  basics: { name: 'Grace Mensah' },
  work: [
    {
      name: 'Willow Lodge',
      position: 'Senior Care Assistant',
      startDate: '2019-05',
      highlights: ['Personal care for 12 residents living with dementia; medication rounds', 'Trained 6 new carers in moving and handling'],
    },
  ],
  skills: [{ name: 'Care', keywords: ['Dementia care', 'Moving and handling', 'Medication administration'] }],
  languages: [{ language: 'English', fluency: 'native' }, { language: 'French', fluency: 'A2' }],
};
const frenchCarePosting: WriterPosting = {
  title: 'Care Assistant',
  company: 'Maison Bellevue',
  location: 'Jersey',
  description: 'Requirements:\n- Dementia care\n- Conversational French is an advantage (B1)\n- Moving and handling',
};

const chef: JsonResume = {
  basics: { name: 'Dario Russo' },
  work: [
    { name: 'Trattoria Sole', position: 'Sous Chef', startDate: '2020-01', highlights: ['Running the pass for 180 covers a night', 'Costing the seasonal menu; supplier calls'] },
  ],
  skills: [{ name: 'Kitchen', keywords: ['Pastry', 'Menu costing', 'Allergen management'] }],
  certificates: [{ name: 'Level 3 Food Hygiene' }, { name: 'Level 3 Food Hygiene' }],
};
const chefPosting: WriterPosting = {
  title: 'Head Chef',
  company: 'The Anchor',
  location: 'Whitby, UK',
  description: 'Requirements:\n- Menu costing and GP control\n- Level 3 Food Hygiene\n- Allergen management',
};

const driver: JsonResume = {
  basics: { name: 'Kerry Doyle' },
  work: [{ name: 'Northway Freight', position: 'HGV Class 1 Driver', startDate: '2017-06', highlights: ['Trunking 600 miles a week between Leeds and Glasgow', 'Walkaround checks; defect reports'] }],
  skills: [{ name: 'Driving', keywords: ['Tachograph', 'Load securing', 'ADR'] }],
  certificates: [{ name: 'HGV Class 1 (C+E) licence' }, { name: 'Driver CPC' }],
};
const driverPosting: WriterPosting = {
  title: 'Class 1 Night Trunker',
  company: 'Pennine Haulage',
  location: 'Wakefield, UK',
  description: 'Requirements:\n- Class 1 (C+E) licence and Driver CPC\n- Tachograph\n- Load securing',
};

const letter = (resume: JsonResume, posting: WriterPosting, tone: (typeof coverLetterTones)[number]) => writeCoverLetter({ resume, posting, tone, date });

describe('a language is claimed at the level the resume shows (trial s50 #31)', () => {
  it('says German at A2 and that it is improving, never "I speak German", when the posting asks B1, in every tone', () => {
    for (const tone of coverLetterTones) {
      const text = letter(welder, germanWelderPosting, tone);
      expect(text, tone).toMatch(/I speak German at A2 level, and I(?: am|'m) improving it/);
      expect(text, tone).not.toMatch(/I speak German(?! at A2)/);
      expect(text, tone).not.toMatch(/fluent in German|German (?:fluently|natively)/);
    }
  });

  it('says a CEFR level below C1 with the language even when the posting asks none, and a level below the ask as being improved', () => {
    const danish = letter(electrician, danishPosting, 'professional');
    expect(danish).toContain('I speak Danish at B1 level, and I am improving it.');
    const french = letter(carer, frenchCarePosting, 'warm');
    expect(french).toContain("I speak French at A2 level, and I'm improving it.");
    const rotation = letter(welder, { ...rotationPosting, description: `${rotationPosting.description}\n- German an advantage` }, 'concise');
    expect(rotation).toContain('I speak German at A2 level');
    expect(rotation).not.toMatch(/improving/);
  });

  it('refuses a mention that says more than the resume ("say I\'m fluent in German" at A2), and words a plain one at its level', () => {
    const fluent = mentionedFact("I'm fluent in German", welder);
    expect(fluent.supported).toBe(false);
    expect(fluent.supported ? '' : fluent.reason).toBe('your resume gives your German as A2');
    const plain = mentionedFact('I speak German', welder);
    expect(plain.supported ? plain.formal : '').toBe('I speak German at A2 level.');
  });
});

describe('what a letter says the role lists, the certificates it names, and the sentences it makes (trial s50 #19)', () => {
  it('never says "which the role also lists" of a skill the posting names only by a broader word', () => {
    for (const tone of coverLetterTones) {
      const inspector = letter(welder, inspectorPosting, tone);
      expect(inspector, tone).not.toMatch(/TIG/);
      const german = letter(welder, germanWelderPosting, tone);
      expect(german, tone).not.toMatch(/TIG/);
    }
    // A skill the posting does name stays: "pipe welding" is in the rotation posting's own words.
    expect(letter(welder, rotationPosting, 'professional')).toMatch(/I have worked with pipe welding/);
  });

  it('names a certificate the resume lists twice once', () => {
    const inspector = letter(welder, inspectorPosting, 'professional');
    expect(inspector.match(/CSWIP 3\.1/g)).toHaveLength(1);
    const kitchen = letter(chef, chefPosting, 'warm');
    expect(kitchen.match(/Level 3 Food Hygiene/g)).toHaveLength(1);
  });

  it('says a bullet as a sentence: the gerund as the deed, a semicolon note never pasted after it', () => {
    const supervising = { text: 'Supervising crew of 9 welders on hull sections', current: true, skills: [], source: 'highlight' as const, employer: 'Nordhavn Yard' };
    expect(claimOf(supervising)).toBe('I supervised a crew of 9 welders on hull sections');
    const checking = { ...supervising, text: 'Checking welder qualification records and WPS compliance; liaison with class surveyors' };
    expect(claimOf(checking)).toBe('my work includes checking welder qualification records and WPS compliance');
    const walkaround = { ...supervising, text: 'Walkaround checks; defect reports' };
    expect(claimOf(walkaround) ?? '').not.toContain(';');
    // Two deeds joined by a semicolon are said as two deeds.
    const deeds = { ...supervising, text: 'Planned the weekly rota for 14 carers; cut agency shifts by 30%', current: false };
    expect(claimOf(deeds)).toBe('I planned the weekly rota for 14 carers and cut agency shifts by 30%');
    for (const tone of coverLetterTones) {
      for (const [resume, posting] of [[welder, inspectorPosting], [chef, chefPosting], [driver, driverPosting], [carer, frenchCarePosting]] as const) {
        expect(letter(resume, posting, tone), `${tone} ${posting.title}`).not.toMatch(/;\s*(?:liaison|supplier|defect|medication)/i);
      }
    }
  });
});

describe('evidence chosen from what this posting asks (trial s50 #55)', () => {
  it('tells the inspection work to an inspector posting and the welding to a welder posting, from any job on the resume', () => {
    const inspector = letter(welder, inspectorPosting, 'professional');
    expect(inspector).toContain('visual inspection (VT) of fillet and butt welds to EN ISO 5817 level B');
    expect(inspector).not.toContain('supervised a crew');
    const german = letter(welder, germanWelderPosting, 'professional');
    expect(german).toMatch(/welding|welded/);
    expect(german).not.toContain('visual inspection');
  });
});

describe('a removal the person can act on, and a letter that still opens (trial s50 #20 #44)', () => {
  const posting: WriterPosting = { title: 'Night Trunker', company: 'Pennine Haulage', location: 'Wakefield, UK', description: 'Requirements:\n- Class 1 (C+E) licence\n- Tachograph' };
  const draft = [
    '# Cover letter: Night Trunker at Pennine Haulage',
    '',
    'Dear Pennine Haulage team,',
    '',
    'Having driven 2 million accident-free miles, I would like to apply for the Night Trunker job.',
    '',
    'At Northway Freight, I trunk 600 miles a week between Leeds and Glasgow.',
    '',
    'Best regards,  ',
    'Kerry Doyle',
    '',
  ].join('\n');
  const grounded = groundDocument(draft, { resume: driver, rawText: '', posting });

  it('quotes the sentence taken out and says why, never only "2 million (number)"', () => {
    expect(grounded.changes.map((change) => change.sentence)).toContain('Having driven 2 million accident-free miles, I would like to apply for the Night Trunker job.');
    const note = describeChanges(grounded.changes);
    expect(note).toContain('took out 1 sentence');
    expect(note).toContain('“Having driven 2 million accident-free miles, I would like to apply for the Night Trunker job.” (2 million appears in neither the resume nor the posting)');
    expect(note).not.toMatch(/\(number\)/);
    expect(note).toContain('correct it first, then ask again');
  });

  it('gives a letter whose opening went a plain opening instead of starting on its second paragraph', () => {
    const text = withOpening(draft, grounded, posting);
    expect(text).toMatch(/Dear Pennine Haulage team,\n\nI am writing to apply for the Night Trunker position at Pennine Haulage\.\n\nAt Northway Freight/);
    // A letter that kept its opening is left as the check returned it.
    const plain = draft.replace('Having driven 2 million accident-free miles, I', 'I');
    const kept = groundDocument(plain, { resume: driver, rawText: '', posting });
    expect(withOpening(plain, kept, posting)).toBe(kept.text);
  });
});

describe('prep packs for inspection, welding and rotation roles (trial s50 #25 #45)', () => {
  it('asks an inspector about standards, rejected defects, NDT and reports, never lock-out or service calls', () => {
    const pack = writeInterviewPrep({ resume: welder, posting: inspectorPosting });
    expect(pack).toContain('### Inspection and the standards');
    expect(pack).toMatch(/acceptance standards/);
    expect(pack).toMatch(/a defect you rejected/);
    expect(pack).toMatch(/NDT methods/);
    expect(pack).not.toMatch(/lock out|new installs|service calls|vehicles/);
    expect(pack).not.toMatch(/Your strongest matches:.*TIG/);
  });

  it('asks a rotation welder about coded processes, crew change and nights; a certificate asked is no duty; no bare "night"', () => {
    const posting = { ...rotationPosting, unmetConditions: [{ kind: 'hours', requirement: 'night', optional: false }] } as unknown as WriterPosting;
    const pack = writeInterviewPrep({ resume: welder, posting });
    expect(pack).toMatch(/Which processes and positions are you coded for/);
    expect(pack).toMatch(/crew change/);
    expect(pack).toMatch(/night shifts/);
    expect(pack).toContain('Do you hold valid BOSIET/FOET and offshore medical (OGUK), and when do they run out?');
    expect(pack).not.toMatch(/The role includes valid/);
    expect(pack).not.toMatch(/To prepare:\*\* night(?! shifts)/);
    expect(pack).toMatch(/To prepare:\*\* night shifts/);
    expect(pack).not.toMatch(/lock out|new installs|service calls/);
  });

  it('never cuts a story title or a result inside brackets ("(135, 136)"), nor leads a result with a process number', () => {
    expect(shortTitle('MAG welding (135, 136) of hull blocks and deck sections on the new-build ferry line')).not.toMatch(/\([^)]*$/);
    expect(statedResult('MAG welding (135, 136) of hull blocks and deck sections')).toBeUndefined();
    expect(statedResult('Welded carbon and duplex pipe spools in 6G position (141 root, 135 fill)')).toBeUndefined();
    expect(statedResult('Rebuilt the weld bay layout, cutting repair rates by 40%')).toBe('cutting repair rates by 40%');
    const pack = writeInterviewPrep({ resume: welder, posting: rotationPosting });
    expect(pack).not.toMatch(/### [^\n]*\((?:135|141)[^)\n]*\(/);
    expect(pack).not.toMatch(/Lead with the outcome your resume states: “(?:136\)|135 fill\))/);
  });
});
