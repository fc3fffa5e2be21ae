import { describe, expect, it } from 'vitest';
import { isGenderMarkerWord, withoutGenderMarker } from '../../src/resume/match/gender-marker.ts';
import { termStem } from '../../src/resume/match/salient-terms.ts';
import { tokenizeSkillText } from '../../src/resume/skill-tokens.ts';

describe('gender notes in job titles', () => {
  it.each([
    ['Lagerlogistiker (m/w/d)', 'Lagerlogistiker'],
    ['Data Engineer (m/f/d)', 'Data Engineer'],
    ['Chef de projet H/F', 'Chef de projet'],
    ['Product Owner (all genders)', 'Product Owner'],
    ['Backend Developer - w/m/d', 'Backend Developer'],
    ['Analityk (k/m)', 'Analityk'],
    ['Projektleiter (gn)', 'Projektleiter'],
  ])('%s → %s', (title, bare) => {
    expect(withoutGenderMarker(title)).toBe(bare);
  });

  it.each(['Engineer (Go/Rust)', 'CI/CD Engineer', 'Finance (AP/AR) Clerk', 'Senior Engineer, Payments'])('leaves %s as it is', (title) => {
    expect(withoutGenderMarker(title)).toBe(title);
  });

  it('is never a word the posting asks a resume to repeat', () => {
    expect(isGenderMarkerWord('m/w/d')).toBe(true);
    expect(isGenderMarkerWord('a/b')).toBe(false);
    const terms = tokenizeSkillText('Disponent (m/w/d) for end to end planning').map(termStem).filter(Boolean);
    expect(terms).toEqual(['disponent', 'plann']);
  });
});
