import { describe, expect, it } from 'vitest';
import { importResume, labelFromFileName } from '../../src/career/resumes/import-resume.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

describe('the label of an imported resume', () => {
  it('is the file name without its extension, numbered when it is already taken', () => {
    expect(labelFromFileName('mateo-lindgren.pdf')).toBe('mateo-lindgren');
    expect(labelFromFileName('mateo-lindgren.pdf', ['mateo-lindgren'])).toBe('mateo-lindgren (2)');
    expect(labelFromFileName('CV.docx', ['cv', 'cv (2)', 'backend'])).toBe('CV (3)');
    expect(labelFromFileName('.md', ['resume'])).toBe('resume (2)');
  });

  it('differs for three imports of the same file (issue 13)', async () => {
    const { resumes } = fakeCareerDependencies();
    const bytes = new TextEncoder().encode('# Mateo Lindgren\nmateo@example.se\n\n## Skills\nGo, Rust\n');
    const labels: string[] = [];
    for (let version = 0; version < 3; version++) labels.push((await importResume(resumes, { bytes, filename: 'cv.md' })).label);
    expect(labels).toEqual(['cv', 'cv (2)', 'cv (3)']);
    // A label the person gives is theirs, as given.
    expect((await importResume(resumes, { bytes, filename: 'cv.md', label: 'cv' })).label).toBe('cv');
  });
});
