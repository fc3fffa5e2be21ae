import { describe, expect, it } from 'vitest';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { shortTitle } from '../../src/documents/interview-prep/star-stories.ts';
import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';

// Issue 13, classes 3, 4 and 5: a prep pack's gaps include what the fit score found unmet
// beyond skills; a person who led people is never described as an individual contributor;
// STAR story titles end at whole words and whole phrases.
const section = (pack: string, heading: string) => pack.split(`## ${heading}`)[1]?.split(/\n## /)[0] ?? '';

const nurse: WriterResume = {
  basics: { name: 'Aoife Byrne', label: 'Staff Nurse' },
  work: [
    {
      name: "St James's Hospital",
      position: 'Staff Nurse',
      startDate: '2022-01',
      highlights: ['Led a team of 6 healthcare assistants on night shifts across two surgical wards in the west wing', 'Wound care and IV therapy for post-operative patients'],
    },
  ],
  skills: [{ name: 'Clinical', keywords: ['Wound Care', 'IV Therapy'] }],
};
const wardPosting: WriterPosting = {
  title: 'Staff Nurse',
  company: 'Kingsmead Hospital',
  description: 'Requirements:\n- 5+ years of nursing experience\n- NMC registration\n- Wound care\n- Fluent Welsh\n- Right to work in the UK',
  requiredSkills: ['Wound Care', 'Phlebotomy'],
  matchedSkills: ['Wound Care'],
  missingSkills: ['Phlebotomy'],
  unmetConditions: [
    { kind: 'years', requirement: '5+ years of experience', optional: false, yearsShown: 3.4 },
    { kind: 'licence', requirement: 'NMC registration', optional: false },
    { kind: 'language', requirement: 'Welsh', optional: false },
    { kind: 'right to work', requirement: 'Right to work in the UK', optional: false },
    { kind: 'education', requirement: 'Degree in nursing', optional: true },
  ],
};

describe('prep pack: gaps beyond skills', () => {
  it('plans for every unmet condition the fit score reported, required first, after the missing skills', () => {
    const pack = writeInterviewPrep({ resume: nurse, posting: wardPosting });
    const gaps = section(pack, 'Skill gaps to prepare');
    expect(gaps.match(/^### .+$/gm)).toEqual([
      '### Phlebotomy',
      '### Experience: 5+ years of experience',
      '### NMC registration',
      '### Welsh',
      '### Right to work in the UK',
    ]);
    expect(gaps).toContain('Your resume shows 3 years in this field against the 5+ years of experience asked.');
    expect(gaps).toContain('If you hold NMC registration, add it to your resume');
    expect(gaps).toContain('If you speak Welsh, add it to your resume with your level');
    expect(gaps).toContain('Be ready to state your right to work plainly (Right to work in the UK)');
    expect(section(pack, 'The role at a glance')).toContain('- **To prepare:** Phlebotomy, 5+ years of experience, NMC registration, Welsh and Right to work in the UK');
  });

  it('no longer says nothing is missing when only conditions are', () => {
    const pack = writeInterviewPrep({ resume: nurse, posting: { ...wardPosting, missingSkills: [], matchedSkills: ['Wound Care', 'Phlebotomy'], unmetConditions: [{ kind: 'driving licence', requirement: 'Full UK driving licence', optional: false }] } });
    const gaps = section(pack, 'Skill gaps to prepare');
    expect(gaps).not.toContain('found no skill the posting asks for missing');
    expect(gaps).toContain('### Full UK driving licence');
  });
});

describe('prep pack: people led', () => {
  it('quotes the bullet that shows people led, and never calls the person an individual contributor', () => {
    const pack = writeInterviewPrep({ resume: nurse, posting: wardPosting });
    expect(pack).not.toMatch(/individual contributor/i);
    expect(section(pack, 'The role at a glance')).toContain('- **People you have led:** “Led a team of 6 healthcare assistants on night shifts across two surgical wards in the west wing” (from your resume)');
    expect(section(pack, 'Likely questions')).toContain('### On leading people');
  });

  it('reads a role that manages people from its text, not only its title', () => {
    const posting: WriterPosting = { title: 'Senior Software Engineer', company: 'Loomwave', description: 'You will manage a team of 6 engineers and run their performance reviews.\nRequirements:\n- Go' };
    const pack = writeInterviewPrep({ resume: { work: [{ name: 'Acme', position: 'Software Engineer', startDate: '2019-01', highlights: ['Built Go services'] }] }, posting });
    expect(section(pack, 'The role at a glance')).toContain('- **Level of the role, from its title and text:** management');
    expect(section(pack, 'Likely questions')).toContain('### For a management role');
  });
});

describe('STAR story titles', () => {
  const highlights = [
    'Cut p99 latency by 60% across 40 services by rewriting the cache layer in Rust',
    'Led a team of 6 engineers to rebuild the billing platform, cutting invoice errors by 80%',
    'Introduced Kafka for ledger events, cutting reconciliation time from days to minutes',
    'Managed the night shift of the 30-bed surgical ward and the handover of patients to the day team',
    'Trained and mentored new graduate nurses on the unit sepsis protocol and documentation standards',
    'Wrote and maintained the HACCP plan of the hotel kitchen and its two cafeterias, and passed every inspection',
    'Served billing reports from a cache at 35 million lookups a day.',
  ];

  it('end at a whole word and a whole phrase: a prefix of the bullet, never on "of", "the", "and" or a cut figure', () => {
    for (const highlight of highlights) {
      const title = shortTitle(highlight).replace(/…$/, '');
      expect(highlight.startsWith(title), title).toBe(true);
      expect(/[\p{L}\p{N}]/u.test(highlight.charAt(title.length)), `${title} is cut mid-word`).toBe(false);
      expect(title.split(' ').length, title).toBeLessThanOrEqual(10);
      expect(title, title).not.toMatch(/\s(?:a|an|the|of|and|or|to|in|on|for|with|by|from|at|its|their)$/i);
    }
    expect(highlights.map(shortTitle)).toEqual([
      'Cut p99 latency by 60% across 40 services',
      'Led a team of 6 engineers',
      'Introduced Kafka for ledger events',
      'Managed the night shift of the 30-bed surgical ward',
      'Trained and mentored new graduate nurses',
      'Wrote and maintained the HACCP plan of the hotel kitchen',
      'Served billing reports from a cache',
    ]);
  });
});
