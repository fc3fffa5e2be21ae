/**
 * What a re-import says about the corrections it carried over (trial s48 #8): a value misread again is
 * "read the same way again"; what the person added where the earlier file was read with nothing there
 * (certificates typed by hand) is said as added again, which the new file does not show either.
 */
import { describe, expect, it } from 'vitest';
import { keepCorrections } from '../../src/career/resumes/keep-corrections.ts';
import { describeKept } from '../../src/present/describe-resume.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const read: JsonResume = {
  basics: { name: 'Ruth Okonkwo', email: 'ruth.okonkwo@example.org' },
  work: [{ name: 'Staff Nurse', position: 'Leeds General Infirmary', startDate: '2020-03' }],
};
const earlier = (corrections: { field: string; from: unknown; to: unknown }[]) => [
  { id: 'res_docx000001', resume: { ...read, work: [{ name: 'Leeds General Infirmary', position: 'Staff Nurse', startDate: '2020-03' }] }, corrections },
];

describe('describeKept', () => {
  it('says a misread value corrected before was read the same way again', () => {
    const misread: JsonResume = { ...read, basics: { ...read.basics, label: 'Leeds General Infirmary' } };
    const { kept } = keepCorrections(misread, earlier([{ field: 'basics.label', from: 'Leeds General Infirmary', to: 'Staff Nurse' }]));
    expect(describeKept(kept)).toBe('Kept your correction from the earlier version, read the same way again: label Staff Nurse.');
  });

  it('says certificates added by hand to another file’s version were added again, not read the same way', () => {
    const certificates = [{ name: 'NMC Registered Nurse (Adult)' }, { name: 'Immediate Life Support', date: '2026-05' }];
    const { resume, kept } = keepCorrections(read, earlier([{ field: 'certificates', from: null, to: certificates }]));
    expect(resume.certificates).toEqual(certificates);
    const said = describeKept(kept);
    expect(said).toBe('Added again what you added to the earlier version, which this file does not show either (say so if it no longer holds): certificates.');
    expect(said).not.toContain('read the same way again');
  });

  it('says both when both happened, and nothing when nothing was kept', () => {
    const said = describeKept([
      { description: 'city Leeds', corrected_on: 'res_docx000001', from: 'Leeds General' },
      { description: 'certificates', corrected_on: 'res_docx000001', from: [] },
    ]);
    expect(said).toBe(
      'Kept your correction from the earlier version, read the same way again: city Leeds. Added again what you added to the earlier version, which this file does not show either (say so if it no longer holds): certificates.',
    );
    expect(describeKept([])).toBe('');
  });
});
