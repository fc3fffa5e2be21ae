import { describe, expect, it } from 'vitest';
import { matchSkills } from '../../src/documents/skill-match.ts';
import { engineerPosting, engineerResume } from './fixtures.ts';

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
