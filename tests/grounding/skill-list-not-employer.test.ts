// A list of skills written in capitals ("Blueprint Reading and Fire Alarm Systems") reads like an
// organisation's name; when the resume names every item, it is not an invented employer and the
// sentence stays (2026-12-05 trial, item 15). An invented employer is still caught.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/grounding/find-claims.ts';
import { groundDocument, type GroundingSources } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const resume: JsonResume = {
  basics: { name: 'Ana Ruiz', label: 'Site Electrician' },
  work: [
    { name: 'Brightline Electrical', position: 'Site Electrician', startDate: '2018-02', highlights: ['Ran cable tray and trench shoring on hospital builds'] },
    { name: 'Delta Builders', position: 'Labourer', startDate: '2015-01', endDate: '2018-01' },
  ],
  skills: [{ name: 'Site', keywords: ['Trench Shoring', 'Cable Tray Systems', 'Temporary Lighting', 'Fire Alarm Systems', 'Blueprint Reading'] }],
};
const rawText = 'Ana Ruiz\nSite Electrician\nSkills: Trench Shoring, Cable Tray Systems, Temporary Lighting, Fire Alarm Systems, Blueprint Reading';
const sources: GroundingSources = { resume, rawText, posting: { title: 'Electrician', company: 'Northgate Hospital', description: 'Commercial electrician.' }, now: new Date('2025-06-01T00:00:00Z') };

describe('a list of skills is not an employer', () => {
  it.each([
    'I would bring Trench Shoring and Cable Tray Systems from six years on hospital sites.',
    'Ask about Temporary Lighting, Trench Shoring and Cable Tray Systems on live wards.',
    'My strongest areas are Blueprint Reading and Fire Alarm Systems.',
  ])('%s', (sentence) => {
    const result = groundDocument(sentence, sources);
    expect(result.changes).toEqual([]);
    expect(result.text).toBe(sentence);
  });

  it('the capitalised list would read as an employer without the resume behind it', () => {
    const kinds = findClaims('I would bring Trench Shoring and Cable Tray Systems from six years on site.', loadSkillVocabulary()).map((claim) => claim.kind);
    expect(kinds).toContain('employer');
  });

  it('still removes an employer the resume does not name, in a list or alone', () => {
    const result = groundDocument('I wired wards for Globex Systems and Cable Tray Systems. I like hospitals.', sources);
    expect(result.text).not.toContain('Globex');
    expect(result.text).toContain('I like hospitals.');
    expect(result.changes.map((change) => [change.kind, change.claim])).toEqual([['employer', 'Globex Systems and Cable Tray Systems']]);
  });
});
