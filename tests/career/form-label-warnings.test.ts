/**
 * What a form's labels leave in a reading, said as warnings with their corrections (issue 13,
 * session 39): a title that starts with its label, a company that is a label, a bullet that is a
 * table row or the next employer's line, no education under an education heading.
 */
import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { correctResume } from '../../src/career/resumes/correct-resume.ts';
import { readingWarnings } from '../../src/career/resumes/reading-warnings.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
import { parseDecision } from '../../src/planner/decision.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import type { ResumeWarning } from '../../src/protocol/api.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { resumeCorrectionSchema } from '../../src/protocol/resume-correction.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

/** A form-shaped CV read by an older reader: labels kept, rows glued onto jobs, no schools. */
const misread: JsonResume = {
  basics: { name: 'Imran Shaikh', email: 'imran.shaikh@example.in' },
  work: [
    { name: 'Period', position: 'Designation: Quality Engineer', startDate: '2018-02', highlights: ['Ran PPAP for 30 suppliers.', '2) Sundram Fasteners Ltd., Chennai'] },
    {
      name: 'Sundram Fasteners Ltd.',
      position: 'Role - Trainee Engineer',
      startDate: '2015-07',
      endDate: '2018-01',
      highlights: ['Kept SPC charts for the bolt line.', 'Diploma | MSBTE | Government Polytechnic, Nagpur | 2015 | 78 %'],
    },
  ],
};
const rawText = 'Imran Shaikh\nWORK EXPERIENCE\n1) Bosch Ltd., Nashik\nACADEMIC QUALIFICATIONS\nDiploma | MSBTE | Government Polytechnic, Nagpur | 2015 | 78 %';

const codesAt = (warnings: readonly ResumeWarning[]) => warnings.map(({ code, field }) => `${code} ${field}`);
// What a person types where the correction says "…": the employer, or the school, degree, field and year.
const filled = (text: string, code?: ResumeWarning['code']) => {
  const values = code === 'no_education' ? ['Government Polytechnic', 'Diploma', 'Mechanical Engineering', '2015'] : ['Bosch Ltd'];
  let next = 0;
  return text.replace(/…/g, () => values[Math.min(next++, values.length - 1)] ?? '');
};
const shellWords = (command: string): string[] =>
  [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) => (match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : (match[2] ?? '')));

async function stored() {
  const career = fakeCareerDependencies();
  const record = await career.resumes.add({ label: 'imran', format: 'docx', filename: 'imran.docx', rawText, resume: structuredClone(misread) });
  return { career, record };
}

describe("what a form's labels leave in a reading", () => {
  it('names each by its code and field', () => {
    expect(codesAt(readingWarnings({ id: 'res_0123456789', resume: misread, raw_text: rawText }))).toEqual([
      'position_has_label work.0.position',
      'company_is_label work.0.name',
      'highlight_looks_like_entry work.0.highlights',
      'position_has_label work.1.position',
      'highlight_looks_like_entry work.1.highlights',
      'no_education education',
    ]);
    const titled = readingWarnings({ id: 'res_0123456789', resume: misread }).find((warning) => warning.field === 'work.1.position');
    expect(titled?.correction).toEqual({
      chat: 'my title at Sundram Fasteners Ltd. was Trainee Engineer',
      command: "jobpilot resume set res_0123456789 work.1.position 'Trainee Engineer'",
      patch: { work: { '1': { position: 'Trainee Engineer' } } },
    });
  });

  it('says nothing of a clean reading, or of a resume with no education heading', () => {
    const clean: JsonResume = {
      basics: { name: 'Imran Shaikh', email: 'imran.shaikh@example.in' },
      work: [{ name: 'Bosch Ltd', position: 'Quality Engineer', startDate: '2018-02', highlights: ['Ran PPAP for 30 suppliers.', 'Cut scrap from 2.1% to 0.8% | audited by TÜV'] }],
    };
    expect(readingWarnings({ id: 'res_0123456789', resume: clean, raw_text: 'Imran Shaikh\nExperience\nBosch Ltd' })).toEqual([]);
  });

  it('each chat correction is read by the built-in planner and clears its warning', async () => {
    const { career, record } = await stored();
    const actions = createActions(career);
    const planner = createRulesPlanner({ registry: actions });
    for (const warning of readingWarnings(record).filter((each) => each.code !== 'no_education')) {
      const current = (await career.resumes.get(record.id)) ?? record;
      const still = readingWarnings(current).find((each) => each.code === warning.code && each.field === warning.field);
      if (!still) continue;
      const said = filled(still.correction.chat);
      const decision = parseDecision(await planner.decide({ goal: said, messages: [{ role: 'user', content: said }], observations: [], references: {}, stepsLeft: 8 }), actions);
      expect(decision.ok && decision.decision.type === 'act' ? decision.decision.step.action : decision, said).toBe('correct_resume');
      if (!decision.ok || decision.decision.type !== 'act') continue;
      const result = await actions.get('correct_resume')?.run(decision.decision.step.args, { signal: new AbortController().signal, artifactsDir: '/nonexistent' });
      expect(result?.ok, `${said}: ${result?.summary}`).toBe(true);
      const after = (await career.resumes.get(record.id)) ?? record;
      expect(codesAt(readingWarnings(after)), said).not.toContain(`${warning.code} ${warning.field}`);
    }
    const corrected = (await career.resumes.get(record.id)) ?? record;
    expect(corrected.resume.work?.[0]).toMatchObject({ name: 'Bosch Ltd', position: 'Quality Engineer', highlights: ['Ran PPAP for 30 suppliers.'] });
    expect(corrected.resume.work?.[1]?.highlights).toEqual(['Kept SPC charts for the bolt line.']);
  });

  it('each CLI command parses to the PATCH body, and the PATCH body clears its warning', async () => {
    const { career, record } = await stored();
    for (const warning of readingWarnings(record)) {
      const patch = JSON.parse(filled(JSON.stringify(warning.correction.patch), warning.code)) as unknown;
      const parsed = filled(warning.correction.command, warning.code)
        .split(' && ')
        .map((command) => parseCommandLine(shellWords(command).slice(1)));
      for (const line of parsed) expect(line).toMatchObject({ command: 'resume', options: { action: 'set', resumeId: record.id } });
      if (warning.code === 'no_education') expect(parsed.map((line) => (line as { options: { correction: unknown } }).options.correction)).toEqual(
        ['institution', 'studyType', 'area', 'endDate'].map((key, index) => ({ education: { '0': { [key]: ['Government Polytechnic', 'Diploma', 'Mechanical Engineering', '2015'][index] } } })),
      );
      const { record: after } = await correctResume(career.resumes, record.id, resumeCorrectionSchema.parse(patch));
      expect(codesAt(readingWarnings(after)), JSON.stringify(patch)).not.toContain(`${warning.code} ${warning.field}`);
    }
  });
});
