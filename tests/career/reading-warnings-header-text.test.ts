import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { readingWarnings } from '../../src/career/resumes/reading-warnings.ts';
import { parseDecision } from '../../src/planner/decision.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import type { ResumeWarning } from '../../src/protocol/api.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { resumeCorrectionSchema } from '../../src/protocol/resume-correction.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

/**
 * A form-shaped CV (a photo's table cell beside the name, tables headed "Period | Employer, position")
 * read with the name lost and the tables' labels in the fields: what the importer says about it.
 */
const formMisread: JsonResume = {
  basics: { name: 'Shift Supervisor Outbound', email: 'ilse.vermeulen@example.be' },
  work: [
    { name: 'Brugse Distributie NV', position: 'Period', startDate: '2020-02' },
    { name: 'Employer, position', position: 'Shift Supervisor Outbound', startDate: '2016-05', endDate: '2020-01' },
  ],
};

const codesAt = (warnings: readonly ResumeWarning[]) => warnings.map(({ code, field }) => `${code} ${field}`);
// What a person types where the correction says "…".
const filled = (text: string, field: string): string =>
  text.replace(/…/g, field === 'basics.name' ? 'Ilse Vermeulen' : field.endsWith('.position') ? 'Warehouse Team Leader' : 'Gentse Logistiek BV');

describe('a reading that holds header text where values belong', () => {
  it('says the name reads as a job title and each column label read as a title or employer', () => {
    const warnings = readingWarnings({ id: 'res_0123456789', resume: formMisread });
    expect(codesAt(warnings)).toEqual(['name_looks_like_title basics.name', 'value_is_column_label work.0.position', 'value_is_column_label work.1.name']);
    expect(warnings[1]?.correction).toEqual({
      chat: 'my title at Brugse Distributie NV was …',
      command: "jobpilot resume set res_0123456789 work.0.position '…'",
      patch: { work: { '0': { position: '…' } } },
    });
    for (const warning of warnings) expect(resumeCorrectionSchema.safeParse(JSON.parse(filled(JSON.stringify(warning.correction.patch), warning.field))).success).toBe(true);
  });

  it('leaves alone names that are also trade words and employers named like a column only in part', () => {
    const clean: JsonResume = {
      basics: { name: 'Jane Porter', email: 'jane@example.org' },
      work: [
        { name: 'Period Homes Ltd', position: 'Site Carpenter', startDate: '2019-01' },
        { name: 'Northgate Primary School', position: 'Caretaker', startDate: '2014-01', endDate: '2018-12' },
      ],
    };
    expect(readingWarnings({ id: 'res_0123456789', resume: clean })).toEqual([]);
    expect(codesAt(readingWarnings({ id: 'res_0123456789', resume: { ...clean, basics: { name: 'Site Carpenter', email: 'jane@example.org' } } }))).toEqual(['name_looks_like_title basics.name']);
  });

  it('each chat correction, said with its values, is read by the built-in planner and clears its warning', async () => {
    const career = fakeCareerDependencies();
    const record = await career.resumes.add({ label: 'ilse', format: 'docx', filename: 'ilse.docx', rawText: 'Ilse', resume: structuredClone(formMisread) });
    const actions = createActions(career);
    const planner = createRulesPlanner({ registry: actions });
    for (const warning of readingWarnings(record)) {
      const current = (await career.resumes.get(record.id)) ?? record;
      const still = readingWarnings(current).find((each) => each.code === warning.code && each.field === warning.field);
      if (!still) continue;
      const said = filled(still.correction.chat, still.field);
      const decision = parseDecision(await planner.decide({ goal: said, messages: [{ role: 'user', content: said }], observations: [], references: {}, stepsLeft: 8 }), actions);
      expect(decision.ok && decision.decision.type === 'act' ? decision.decision.step.action : decision, said).toBe('correct_resume');
      if (!decision.ok || decision.decision.type !== 'act') continue;
      const result = await actions.get('correct_resume')?.run(decision.decision.step.args, { signal: new AbortController().signal, artifactsDir: '/nonexistent' });
      expect(result?.ok, `${said}: ${result?.summary}`).toBe(true);
      const after = (await career.resumes.get(record.id)) ?? record;
      expect(codesAt(readingWarnings(after)), said).not.toContain(`${warning.code} ${warning.field}`);
    }
    const corrected = (await career.resumes.get(record.id)) ?? record;
    expect(corrected.resume.basics?.name).toBe('Ilse Vermeulen');
    expect(readingWarnings(corrected)).toEqual([]);
  });
});
