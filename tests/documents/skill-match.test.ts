import { describe, expect, it } from 'vitest';
import { matchSkills, mentionsSkill, skillKey } from '../../src/documents/skill-match.ts';
import { engineerPosting, engineerResume } from './fixtures.ts';

describe('skillKey', () => {
  it.each([
    ['Node.js', 'nodejs'],
    ['PostgreSQL', 'Postgres'],
    ['ReactJS', 'React'],
    ['k8s', 'Kubernetes'],
    ['Golang', 'Go'],
    ['TypeScript', 'typescript'],
  ])('folds %s and %s together', (left, right) => {
    expect(skillKey(left)).toBe(skillKey(right));
  });

  it('keeps different skills apart', () => {
    expect(skillKey('C')).not.toBe(skillKey('C++'));
    expect(skillKey('C#')).not.toBe(skillKey('C'));
    expect(skillKey('Java')).not.toBe(skillKey('JavaScript'));
  });
});

describe('mentionsSkill', () => {
  it('finds whole-word mentions under any alias', () => {
    expect(mentionsSkill('Built APIs on node.js and Postgres', 'PostgreSQL')).toBe(true);
    expect(mentionsSkill('Built APIs on node.js and Postgres', 'Node.js')).toBe(true);
    expect(mentionsSkill('Shipped C++ services', 'C++')).toBe(true);
  });

  it('does not match inside other words or other skills', () => {
    expect(mentionsSkill('JavaScript everywhere', 'Java')).toBe(false);
    expect(mentionsSkill('Wrote C++', 'C')).toBe(false);
    expect(mentionsSkill('Ready to go live', 'Go')).toBe(false);
    expect(mentionsSkill('Services in Go', 'Go')).toBe(true);
  });
});

describe('matchSkills', () => {
  it("splits the posting's skills by evidence in the resume, required first", () => {
    expect(matchSkills(engineerResume, engineerPosting)).toEqual({
      matched: ['TypeScript', 'Node.js', 'PostgreSQL', 'Python'],
      missing: ['Kubernetes', 'Terraform'],
      required: ['TypeScript', 'Node.js', 'PostgreSQL', 'Kubernetes'],
    });
  });

  it("drops an upstream match the resume cannot back and keeps its gap", () => {
    const match = matchSkills(engineerResume, { ...engineerPosting, matchedSkills: ['Kubernetes'], missingSkills: ['Go'] });
    expect(match.matched).not.toContain('Kubernetes');
    expect(match.missing).toEqual(['Kubernetes', 'Terraform', 'Go']);
  });

  it("without listed skills, matches the resume's own skills that the description mentions", () => {
    const posting = { title: 'Engineer', company: 'Initech', description: 'We use Python and postgres daily.' };
    expect(matchSkills(engineerResume, posting)).toEqual({ matched: ['PostgreSQL', 'Python'], missing: [], required: [] });
  });

  it('finds skills stated only in highlights', () => {
    const resume = { work: [{ highlights: ['Ran Kubernetes clusters'] }] };
    expect(matchSkills(resume, { ...engineerPosting, requiredSkills: ['Kubernetes'], niceToHaveSkills: [] }).matched).toEqual(['Kubernetes']);
  });
});
