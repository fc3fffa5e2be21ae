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

  it("takes the gaps from the match, and never claims an upstream match the resume cannot back", () => {
    const match = matchSkills(engineerResume, { ...engineerPosting, matchedSkills: ['Kubernetes'], missingSkills: ['Go'] });
    expect(match.matched).not.toContain('Kubernetes');
    // The match is the one source of truth for gaps: what it matched is never called a gap.
    expect(match.missing).toEqual(['Go']);
  });

  it('never calls a language the resume lists a gap', () => {
    const resume = { ...engineerResume, languages: [{ language: 'Portuguese', fluency: 'Native' }] };
    expect(matchSkills(resume, { ...engineerPosting, matchedSkills: [], missingSkills: ['Portuguese', 'Go'] }).missing).toEqual(['Go']);
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
