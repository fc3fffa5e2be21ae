import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { isoDate } from '../../src/actions/correct-resume/index.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';

const context = (): ActionContext => ({ signal: new AbortController().signal, artifactsDir: '/nonexistent' });

/** A reading with the classic misread: the title glued to the company, no position. */
async function misreadResume() {
  const career = fakeCareerDependencies();
  const stored = await career.resumes.add({
    label: 'ana',
    format: 'pdf',
    filename: 'ana.pdf',
    rawText: 'Ana Ortiz\nSenior Software Engineer, Loomwave Ltd\n2019 – present\nSoftware Engineer, Brightwell GmbH\n2015 – 2019',
    resume: {
      basics: { name: 'Ana Ortz', email: 'ana@example.org' },
      work: [
        { name: 'Senior Software Engineer, Loomwave Ltd', startDate: '2020' },
        { name: 'Brightwell GmbH', position: 'Software Engineer', startDate: '2015', endDate: '2019' },
      ],
    },
  });
  return { career, actions: createActions(career), stored };
}

describe('correct_resume', () => {
  it('corrects the name, a job by ordinal and a job by company, recording each change', async () => {
    const { career, actions, stored } = await misreadResume();
    const correct = actions.get('correct_resume');
    const name = await correct?.run({ name: 'Ana Ortiz' }, context());
    expect(name).toMatchObject({ ok: true, data: { resume_id: stored.id } });
    expect(name?.summary).toContain('- name: "Ana Ortz" → "Ana Ortiz"');

    const company = await correct?.run({ job: 'first', company: 'Loomwave Ltd', position: 'Senior Software Engineer' }, context());
    expect(company?.summary).toContain('- job 1 company: "Senior Software Engineer, Loomwave Ltd" → "Loomwave Ltd"');
    expect(company?.summary).toContain('- job 1 title: (empty) → "Senior Software Engineer"');

    const dates = await correct?.run({ job: 'Loomwave', start_date: 'March 2019' }, context());
    expect(dates?.summary).toContain('- job 1 start: "2020" → "2019-03"');
    const title = await correct?.run({ job: 'brightwell', position: 'Backend Engineer' }, context());
    expect(title?.summary).toContain('- job 2 title: "Software Engineer" → "Backend Engineer"');

    const after = await career.resumes.get(stored.id);
    expect(after?.resume.basics?.name).toBe('Ana Ortiz');
    expect(after?.resume.work?.[0]).toMatchObject({ name: 'Loomwave Ltd', position: 'Senior Software Engineer', startDate: '2019-03' });
    expect(after?.raw_text).toBe(stored.raw_text);
    expect(after?.corrections).toHaveLength(5);
    for (const result of [name, company, dates, title]) expect(punctuatedReferences(result?.summary ?? '')).toEqual([]);
  });

  it('says which jobs there are when the job is unknown or not named, and changes nothing', async () => {
    const { career, actions, stored } = await misreadResume();
    const correct = actions.get('correct_resume');
    const unknown = await correct?.run({ job: 'Initech', start_date: '2019' }, context());
    expect(unknown).toMatchObject({ ok: false });
    expect(unknown?.summary).toMatch(/No job "Initech".*1\. Senior Software Engineer, Loomwave Ltd; 2\. Software Engineer — Brightwell GmbH/);
    const unnamed = await correct?.run({ position: 'Staff Engineer' }, context());
    expect(unnamed?.summary).toMatch(/^Which job\?/);
    const badDate = await correct?.run({ job: '1', start_date: 'sometime' }, context());
    expect(badDate?.summary).toMatch(/work\.0\.startDate: must be a date/);
    expect((await career.resumes.get(stored.id))?.corrections).toEqual([]);
  });

  it('corrects one skill cut short by the reader, by the name it extends, its name now or its place, and adds one it missed', async () => {
    const career = fakeCareerDependencies();
    const stored = await career.resumes.add({
      label: 'welder',
      format: 'pdf',
      filename: 'welder.pdf',
      rawText: 'Skills: TIG Welding, Blueprint, Forklift, Crane Signalling',
      resume: { basics: { name: 'Rhys Pugh' }, skills: [{ name: 'TIG Welding', level: 'Expert' }, { name: 'Blueprint' }, { name: 'Forklift' }, { name: 'Crane Signalling' }] },
    });
    const correct = createActions(career).get('correct_resume');
    const extended = await correct?.run({ skill: 'Blueprint Reading' }, context());
    expect(extended).toMatchObject({ ok: true });
    expect(extended?.summary).toContain('"Blueprint Reading"');
    const byName = await correct?.run({ skill: 'Forklift Licence (Counterbalance)', skill_was: 'forklift' }, context());
    expect(byName).toMatchObject({ ok: true });
    const byPlace = await correct?.run({ skill: 'Crane Signalling (CPCS)', skill_was: 'last' }, context());
    expect(byPlace).toMatchObject({ ok: true });
    const added = await correct?.run({ skill: 'MIG Welding' }, context());
    expect(added).toMatchObject({ ok: true });
    const after = await career.resumes.get(stored.id);
    expect(after?.resume.skills).toEqual([
      { name: 'TIG Welding', level: 'Expert' },
      { name: 'Blueprint Reading' },
      { name: 'Forklift Licence (Counterbalance)' },
      { name: 'Crane Signalling (CPCS)' },
      { name: 'MIG Welding' },
    ]);
    expect(after?.corrections).toHaveLength(4);

    const unknown = await correct?.run({ skill: 'Scaffolding', skill_was: 'Rigging' }, context());
    expect(unknown).toMatchObject({ ok: false });
    expect(unknown?.summary).toMatch(/No skill "Rigging".*1\. TIG Welding; 2\. Blueprint Reading/);
    expect((await career.resumes.get(stored.id))?.corrections).toHaveLength(4);
  });

  it('reads dates as people say them', () => {
    expect(['2019', 'March 2019', 'Sept. 2016', '03/2019', '2019-03', 'present', 'since 2018'].map(isoDate)).toEqual([
      '2019',
      '2019-03',
      '2016-09',
      '2019-03',
      '2019-03',
      '',
      '2018',
    ]);
  });

  it('after an import, asks whether the reading is right and says how to correct it', async () => {
    const { actions } = await misreadResume();
    const imported = await actions.get('import_resume')?.run({ path: new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url).pathname }, context());
    expect(imported?.summary).toMatch(/This is what I read:\n/);
    expect(imported?.summary).toMatch(/Is this right\? If anything is misread, tell me, e\.g\. "my title at .+ was …"/);
    expect(imported?.summary).toMatch(/jobpilot resume set res_\w+ work\.0\.position/);
    expect(imported?.summary).toMatch(/^- .+ — .+/m);
    expect(punctuatedReferences(imported?.summary ?? '')).toEqual([]);
  });
});
