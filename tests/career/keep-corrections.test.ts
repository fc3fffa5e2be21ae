import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { keepCorrections } from '../../src/career/resumes/keep-corrections.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const read: JsonResume = {
  basics: { name: 'Tomás Ruiz', email: 'tomas@example.es', phone: '600 00 00' },
  work: [
    { name: 'Head Chef', position: 'Taberna Salitre', startDate: '2020-05' },
    { name: 'Casa Lucio', position: 'Sous Chef', startDate: '2016', endDate: '2020' },
  ],
  skills: [{ name: 'Menu costing' }, { name: 'HACCP' }],
};

describe('keepCorrections', () => {
  it('finds a corrected job where it stands now, after a job above it was removed', () => {
    const { resume, kept } = keepCorrections(
      { ...read, work: [{ name: 'Banquet prep for 300 guests' }, ...(read.work ?? [])] },
      [
        {
          id: 'res_aaaaaaaaaa',
          resume: { ...read, work: [{ name: 'Taberna Salitre', position: 'Head Chef', startDate: '2020-05' }, { name: 'Casa Lucio', position: 'Sous Chef', startDate: '2016', endDate: '2020' }] },
          // Corrected at index 1, then the bullet read as job 0 removed: the job is job 0 now.
          corrections: [
            { field: 'work.1.name', from: 'Head Chef', to: 'Taberna Salitre' },
            { field: 'work.1.position', from: 'Taberna Salitre', to: 'Head Chef' },
            { field: 'work.0', from: { name: 'Banquet prep for 300 guests' }, to: null },
          ],
        },
      ],
    );
    expect(resume.work).toEqual([
      { name: 'Taberna Salitre', position: 'Head Chef', startDate: '2020-05' },
      { name: 'Casa Lucio', position: 'Sous Chef', startDate: '2016', endDate: '2020' },
    ]);
    expect(kept.map((each) => each.description)).toEqual(['company at Taberna Salitre', 'title "Head Chef" at Taberna Salitre', 'removed job "Banquet prep for 300 guests"']);
  });

  it('keeps a corrected name, e-mail or skill list only where the new file reads the old wrong value, and knows the person by name without an address', () => {
    const withoutEmail: JsonResume = { ...read, basics: { name: 'Tomás Ruiz', phone: '600 00 00' } };
    const { resume, kept } = keepCorrections(withoutEmail, [
      {
        id: 'res_bbbbbbbbbb',
        resume: { ...read, basics: { name: 'Tomás Ruiz', phone: '+34 600 00 00 00' }, skills: [{ name: 'Menu costing' }, { name: 'HACCP Level 3' }] },
        corrections: [
          { field: 'basics.phone', from: '600 00 00', to: '+34 600 00 00 00' },
          { field: 'skills', from: [{ name: 'Menu costing' }, { name: 'HACCP' }], to: [{ name: 'Menu costing' }, { name: 'HACCP Level 3' }] },
          { field: 'basics.label', from: 'Cook', to: 'Head Chef' },
        ],
      },
    ]);
    expect(resume.basics).toEqual({ name: 'Tomás Ruiz', phone: '+34 600 00 00 00' });
    expect(resume.skills).toEqual([{ name: 'Menu costing' }, { name: 'HACCP Level 3' }]);
    // The headline is not read "Cook" this time: what the new file says stands.
    expect(kept.map((each) => each.field)).toEqual(['basics.phone', 'skills']);
  });

  it('adds again a school the person added where none was read, when the new file is read without it again (finding 46)', () => {
    const earlier = {
      id: 'res_bbbbbbbbbb',
      resume: { ...read, education: [{ institution: 'Escuela de Hostelería de Madrid', studyType: 'Técnico Superior', endDate: '2015' }] },
      corrections: [
        { field: 'education.0.institution', from: null, to: 'Escuela de Hostelería de Madrid' },
        { field: 'education.0.studyType', from: null, to: 'Técnico Superior' },
        { field: 'education.0.endDate', from: null, to: '2015' },
      ],
    };
    const again = keepCorrections(read, [earlier]);
    expect(again.resume.education).toEqual([{ institution: 'Escuela de Hostelería de Madrid', studyType: 'Técnico Superior', endDate: '2015' }]);
    expect(again.kept.map((each) => each.description)).toEqual([
      'school at Escuela de Hostelería de Madrid',
      'degree "Técnico Superior" at Escuela de Hostelería de Madrid',
      'end date "2015" at Escuela de Hostelería de Madrid',
    ]);
    // A new file that reads a school now is taken as read: the person's school is not added beside it.
    const readNow = keepCorrections({ ...read, education: [{ institution: 'CIFP Hostelería Madrid', endDate: '2015' }] }, [earlier]);
    expect(readNow.resume.education).toEqual([{ institution: 'CIFP Hostelería Madrid', endDate: '2015' }]);
    // A school's field corrected where one was read is kept too, the school found by its degree.
    const graded = keepCorrections(
      { ...read, education: [{ institution: '74.6%', studyType: 'B.E.', area: 'Mechanical' }] },
      [{ id: 'res_cccccccccc', resume: { ...read, education: [{ institution: 'PICT Pune', studyType: 'B.E.', area: 'Mechanical' }] }, corrections: [{ field: 'education.0.institution', from: '74.6%', to: 'PICT Pune' }] }],
    );
    expect(graded.resume.education).toEqual([{ institution: 'PICT Pune', studyType: 'B.E.', area: 'Mechanical' }]);
  });

  it('carries nothing to another person, or from a version with no corrections', () => {
    const other = { id: 'res_cccccccccc', resume: { basics: { name: 'Ana Ortiz', email: 'ana@example.org' } }, corrections: [{ field: 'basics.phone', from: '600 00 00', to: '1' }] };
    expect(keepCorrections(read, [other]).kept).toEqual([]);
    expect(keepCorrections(read, [{ id: 'res_dddddddddd', resume: read, corrections: [] }]).kept).toEqual([]);
  });
});

describe('import_resume after a correction', () => {
  let directory: string | undefined;
  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('says in chat which corrections it kept', async () => {
    directory = await mkdtemp(join(tmpdir(), 'jobpilot-keep-'));
    const path = join(directory, 'tomas.json');
    await writeFile(path, JSON.stringify(read));
    const career = fakeCareerDependencies();
    const actions = createActions(career);
    const context = { signal: new AbortController().signal, artifactsDir: directory };
    const first = await actions.get('import_resume')?.run({ path }, context);
    expect(first?.summary).toContain(`Job 1: the company reads "Head Chef", which looks like a job title. Say "the company of my first job is Taberna Salitre and my title there was Head Chef".`);
    await actions.get('correct_resume')?.run({ job: '1', company: 'Taberna Salitre', position: 'Head Chef' }, context);
    const second = await actions.get('import_resume')?.run({ path }, context);
    expect(second?.summary).toContain('Kept your corrections from the earlier version, read the same way again: company at Taberna Salitre; title "Head Chef" at Taberna Salitre.');
    expect(second?.summary).not.toContain('looks like a job title');
  });
});

describe('corrections made on several earlier versions (trial 46 #56)', () => {
  // Mehmet's Word CV read its contact table's next label as his city and split his languages; he corrected both
  // on that version, then corrected a job on the PDF's version. Reading the Word file again keeps all three.
  const wordReading: JsonResume = {
    basics: { name: 'Mehmet Yıldız', email: 'm.yildiz@example.de', location: { city: 'Telefon' } },
    work: [{ name: 'Elektrische Antriebe', position: 'Teamleiter', startDate: '2020-04' }],
    languages: [{ language: 'Türkisch' }, { language: 'Muttersprache' }, { language: 'Deutsch', fluency: 'C1' }],
  };
  const languages = [{ language: 'Türkisch', fluency: 'Muttersprache' }, { language: 'Deutsch', fluency: 'C1' }];
  const wordVersion = {
    id: 'res_aaaaaaaaa1',
    resume: { ...wordReading, basics: { ...wordReading.basics, location: { city: 'Mannheim' } }, languages },
    corrections: [
      { field: 'basics.location.city', from: 'Telefon', to: 'Mannheim' },
      { field: 'languages', from: wordReading.languages, to: languages },
    ],
  };
  const pdfVersion = {
    id: 'res_aaaaaaaaa2',
    resume: { ...wordReading, work: [{ name: 'Rheintal Antriebstechnik GmbH', position: 'Teamleiter – Elektrische Antriebe', startDate: '2020-04' }] },
    corrections: [
      { field: 'work.0.name', from: 'Elektrische Antriebe', to: 'Rheintal Antriebstechnik GmbH' },
      { field: 'work.0.position', from: 'Teamleiter', to: 'Teamleiter – Elektrische Antriebe' },
    ],
  };

  it('keeps the corrections of every version, the newest first, and says what each field is now', () => {
    const { resume, kept } = keepCorrections(wordReading, [pdfVersion, wordVersion]);
    expect(resume.basics?.location).toEqual({ city: 'Mannheim' });
    expect(resume.languages).toEqual(languages);
    expect(resume.work).toEqual([{ name: 'Rheintal Antriebstechnik GmbH', position: 'Teamleiter – Elektrische Antriebe', startDate: '2020-04' }]);
    expect(kept.map((each) => [each.description, each.corrected_on])).toEqual([
      ['company at Rheintal Antriebstechnik GmbH', 'res_aaaaaaaaa2'],
      ['title "Teamleiter – Elektrische Antriebe" at Rheintal Antriebstechnik GmbH', 'res_aaaaaaaaa2'],
      ['city Mannheim', 'res_aaaaaaaaa1'],
      ['languages (Türkisch Muttersprache, Deutsch C1)', 'res_aaaaaaaaa1'],
    ]);
  });

  it('takes a field from the newest version that corrected the same wrong reading', () => {
    const later = { id: 'res_aaaaaaaaa3', resume: wordReading, corrections: [{ field: 'basics.location.city', from: 'Telefon', to: 'Heidelberg' }] };
    const { resume, kept } = keepCorrections(wordReading, [later, wordVersion]);
    expect(resume.basics?.location).toEqual({ city: 'Heidelberg' });
    expect(kept.filter((each) => each.field === 'basics.location.city').map((each) => each.corrected_on)).toEqual(['res_aaaaaaaaa3']);
  });
});
