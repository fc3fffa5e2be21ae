// The match as people read it shows the posting's requirements that are not skills (a driving
// licence, the right to work), each met (with the resume line) or not shown.
import { describe, expect, it } from 'vitest';
import { matchResume } from '../../src/career/resumes/match-resume.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import { formatMatch } from '../../src/present/format-match.ts';

const record = (certificates: { name: string }[]): ResumeRecord =>
  ({
    id: 'res_1',
    resume: {
      basics: { name: 'Jo Hart', label: 'Delivery Driver' },
      work: [{ name: 'Swiftparcel', position: 'Delivery Driver', startDate: '2020-01', highlights: ['Delivered 120 parcels a day'] }],
      certificates,
    },
    raw_text: '',
  }) as unknown as ResumeRecord;

describe('formatMatch shows requirements that are not skills', () => {
  const posting = { title: 'Van Driver', description: 'Requirements:\n- Full UK driving licence\n- Right to work in the UK' };

  it('marks a held licence met with the line that shows it, and an unsaid right to work not shown', () => {
    const text = formatMatch(matchResume(record([{ name: 'Full UK driving licence' }]), posting), 'Van Driver at Kestrel');
    expect(text).toContain('Other requirements:');
    expect(text).toContain('✓ Full UK driving licence: met ("Full UK driving licence")');
    expect(text).toContain('✗ Right to work in the UK: not shown on your resume (not scored; say it if true)');
  });

  it('says a missing licence counts as missing', () => {
    const text = formatMatch(matchResume(record([]), posting), 'Van Driver at Kestrel');
    expect(text).toContain('✗ Full UK driving licence: not shown on your resume (counts as missing)');
  });
});
