import { describe, expect, it } from 'vitest';
import { resolveResume } from '../../src/career/resumes/resolve-resume.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

/** Three versions of one person's resume, imported from files that share a name: PDF, then DOCX, then Markdown. */
async function threeVersions() {
  const { resumes } = fakeCareerDependencies();
  const add = (label: string, filename: string) => resumes.add({ label, format: 'pdf', filename, rawText: '', resume: {} });
  const pdf = await add('ines-duarte-cv', 'ines-duarte-cv.pdf');
  const docx = await add('ines-duarte-cv (2)', 'ines-duarte-cv.docx');
  const markdown = await add('markdown', 'ines-duarte-cv.md');
  return { resumes, pdf, docx, markdown };
}

describe('resolveResume', () => {
  it('takes the version labelled exactly so, even when file names and newer labels contain the name', async () => {
    const { resumes, pdf, docx } = await threeVersions();
    expect(await resolveResume('my ines-duarte-cv resume', resumes)).toMatchObject({ ok: true, resume: { id: pdf.id } });
    expect(await resolveResume('ines-duarte-cv (2)', resumes)).toMatchObject({ ok: true, resume: { id: docx.id } });
  });

  it('takes a file name, with or without its extension, when no label is that name', async () => {
    const { resumes, markdown } = await threeVersions();
    expect(await resolveResume('ines-duarte-cv.md', resumes)).toMatchObject({ ok: true, resume: { id: markdown.id } });
  });

  it('asks which one when a partial name fits versions with different labels', async () => {
    const { resumes } = await threeVersions();
    const result = await resolveResume('duarte', resumes);
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    for (const label of ['"markdown"', '"ines-duarte-cv (2)"', '"ines-duarte-cv"']) expect(error).toContain(label);
    expect(error).toMatch(/say which by its label or id/);
  });

  it('reads words that name no resume in particular as the active one, even beside a version labelled "resume"', async () => {
    const { resumes, docx } = await threeVersions();
    // An upload sent without a file name is labelled "resume"; the person chose another version since.
    await resumes.add({ label: 'resume', format: 'pdf', filename: null, rawText: '', resume: {} });
    await resumes.choose(docx.id);
    for (const phrase of ['resume', 'my resume', 'CV', 'my current resume', 'the one i am using now', 'which resume am I using?', 'active', '']) {
      expect(await resolveResume(phrase, resumes), phrase).toMatchObject({ ok: true, resume: { id: docx.id } });
    }
    expect(await resolveResume('markdown', resumes)).toMatchObject({ ok: true, resume: { label: 'markdown' } });
  });

  it('still takes an id', async () => {
    const { resumes, docx } = await threeVersions();
    expect(await resolveResume(docx.id, resumes)).toMatchObject({ ok: true, resume: { id: docx.id } });
  });
});
