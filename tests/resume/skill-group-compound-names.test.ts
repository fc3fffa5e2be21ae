/**
 * A skill group named with a word that also names a section ("Safety & Leadership"), alone over
 * its list or beside another group's label as the heads of two columns.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const top = ['Sam Ode', 'sam.ode@example.org', 'Skills'];
const after = ['Experience', 'Ridgeway Electric', 'Electrician\tJun 2020 - Present'];

describe('a skill group named "X & Leadership"', () => {
  it('is one more group over its list', () => {
    const resume = parseSections([...top, 'Wiring', 'Panel upgrades, Conduit runs', 'Safety & Leadership', 'Arc flash drills, Crew briefings', ...after].join('\n'));
    expect(resume.skills).toEqual([
      { name: 'Wiring', keywords: ['Panel upgrades', 'Conduit runs'] },
      { name: 'Safety & Leadership', keywords: ['Arc flash drills', 'Crew briefings'] },
    ]);
    expect(resume.work?.[0]?.name).toBe('Ridgeway Electric');
  });

  it('heads a column beside another label, not a section of its own', () => {
    const resume = parseSections(
      [...top, 'Wiring\tSafety & Leadership', 'Panel upgrades ·\tArc flash drills ·', 'Conduit runs\tCrew briefings', ...after].join('\n'),
    );
    const keywords = resume.skills?.flatMap((skill) => skill.keywords ?? [skill.name]);
    expect(keywords).toEqual(expect.arrayContaining(['Panel upgrades', 'Conduit runs', 'Arc flash drills', 'Crew briefings']));
    expect(resume.work?.[0]?.name).toBe('Ridgeway Electric');
  });
});
