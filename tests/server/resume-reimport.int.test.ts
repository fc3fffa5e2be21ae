import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { resumeCorrectionResponseSchema, resumeDetailSchema, resumeUploadResponseSchema } from '../../src/protocol/api.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { testConfig } from '../helpers/test-database.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
});

/** A JSON Resume is stored as it is read, so each upload here is exactly the reading under test. */
const upload = async (resume: JsonResume, filename: string) => {
  const response = await fetch(`${server.url}/v1/resumes?${new URLSearchParams({ filename })}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(resume),
  });
  expect(response.status).toBe(201);
  return resumeUploadResponseSchema.parse(await response.json());
};
const patch = async (id: string, body: unknown) => {
  const response = await fetch(`${server.url}/v1/resumes/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return resumeCorrectionResponseSchema.parse(await response.json());
};

/** Aoife's resume as the importer misread it: title and employer swapped, a title misspelt, a bullet taken for a job. */
const misread = (overrides: { secondTitle?: string; email?: string } = {}): JsonResume => ({
  basics: { name: 'Aoife Byrne', email: overrides.email ?? 'aoife.byrne@example.ie' },
  work: [
    { name: 'Clinical Nurse Manager', position: "St. James's Hospital", startDate: '2021-04' },
    { name: 'Supervised 12 nurses on nights', startDate: '2020' },
    { name: 'Beacon Hospital', position: overrides.secondTitle ?? 'Senoir Staff Nurse', startDate: '2017-02', endDate: '2021-03' },
  ],
  skills: [{ name: 'Epic' }, { name: 'IV cannulation' }],
});

describe('re-importing a corrected resume', () => {
  it('keeps each correction whose field reads the same wrong value again, takes a field read differently from the new file, and says so', async () => {
    const first = await upload(misread(), 'aoife-v1.json');
    expect(first.kept_corrections).toEqual([]);
    expect(first.warnings.map(({ code, field }) => `${code} ${field}`)).toEqual([
      'company_looks_like_title work.0.name',
      'job_without_title work.1.position',
      'overlapping_current_jobs work.1.endDate',
    ]);
    // The person makes the corrections the import proposed, fixes a spelling, and drops the bullet read as a job.
    const swap = first.warnings[0]?.correction.patch;
    await patch(first.id, swap);
    await patch(first.id, { work: { '2': { position: 'Senior Staff Nurse' } } });
    const fixed = await patch(first.id, { work: { '1': null } });
    expect(fixed.warnings).toEqual([]);

    // The next version is read with the same swap and the same phantom job, but the title is read differently.
    const second = await upload(misread({ secondTitle: 'Staff Nurse' }), 'aoife-v2.json');
    expect(second.kept_corrections.map((kept) => kept.description)).toEqual([
      "company at St. James's Hospital",
      `title "Clinical Nurse Manager" at St. James's Hospital`,
      'removed job "Supervised 12 nurses on nights"',
    ]);
    expect(second.kept_corrections.every((kept) => kept.corrected_on === first.id)).toBe(true);
    expect(second.resume.work).toEqual([
      { name: "St. James's Hospital", position: 'Clinical Nurse Manager', startDate: '2021-04' },
      // Read differently this time: the new file's value, not the old correction.
      { name: 'Beacon Hospital', position: 'Staff Nurse', startDate: '2017-02', endDate: '2021-03' },
    ]);
    expect(second.warnings).toEqual([]);
    expect(second.corrected_at).not.toBeNull();

    // Stored as data on the new version: a third import finds them there.
    const stored = resumeDetailSchema.parse(await (await fetch(`${server.url}/v1/resumes/${second.id}`)).json());
    expect(stored.resume.work?.[0]?.position).toBe('Clinical Nurse Manager');
    const third = await upload(misread({ secondTitle: 'Staff Nurse' }), 'aoife-v3.json');
    expect(third.kept_corrections.map((kept) => [kept.description, kept.corrected_on])).toEqual([
      ["company at St. James's Hospital", second.id],
      [`title "Clinical Nurse Manager" at St. James's Hospital`, second.id],
      ['removed job "Supervised 12 nurses on nights"', second.id],
    ]);
  });

  it("never carries one person's corrections to another person's resume", async () => {
    const someoneElse = await upload({ ...misread({ email: 'niamh.walsh@example.ie' }), basics: { name: 'Niamh Walsh', email: 'niamh.walsh@example.ie' } }, 'niamh.json');
    expect(someoneElse.kept_corrections).toEqual([]);
    expect(someoneElse.resume.work?.[0]).toMatchObject({ name: 'Clinical Nurse Manager', position: "St. James's Hospital" });
    expect(someoneElse.warnings.map((warning) => warning.code)).toContain('company_looks_like_title');
  });
});
