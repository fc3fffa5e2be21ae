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

/** A reading with one of every doubtful thing the importer can say. */
const misread: JsonResume = {
  basics: { phone: '+353 1 555 0100' },
  work: [
    { name: 'Clinical Nurse Manager', position: "St. James's Hospital", startDate: '2021-04' },
    { name: 'Senior Staff Nurse, Beacon Hospital', startDate: '2017-02' },
    { name: 'Mater Misericordiae University Hospital', position: 'Staff Nurse', startDate: '2014-09', endDate: '2012-06' },
    { name: 'Tallaght University Hospital', position: 'Healthcare Assistant' },
    { name: 'Kerry General Hospital' },
  ],
  skills: [{ name: 'Epic' }, { name: 'Managed a ward of 28 beds on nights with a team of nine nurses.' }, { name: 'IV cannulation' }],
};

// What a person types where the correction says "…": a name, an address, a title, dates.
const filled = (text: string, field: string): string => {
  const values = field.endsWith('name') && field.startsWith('basics') ? ['Aoife Byrne'] : field.endsWith('email') ? ['aoife.byrne@example.ie'] : field.endsWith('position') ? ['Healthcare Assistant'] : /Date$/.test(field) ? ['2018', '2020'] : ['Staff Nurse'];
  let next = 0;
  return text.replace(/…/g, () => values[Math.min(next++, values.length - 1)] ?? '');
};
const filledValue = (value: unknown, field: string): unknown => JSON.parse(filled(JSON.stringify(value), field)) as unknown;

/** The words of a shell command as a POSIX shell splits them (plain words and single quotes). */
const shellWords = (command: string): string[] =>
  [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) => (match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : (match[2] ?? '')));

function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    const before = target[key];
    target[key] = value && typeof value === 'object' && before && typeof before === 'object' ? deepMerge({ ...(before as Record<string, unknown>) }, value as Record<string, unknown>) : value;
  }
  return target;
}

async function stored() {
  const career = fakeCareerDependencies();
  const record = await career.resumes.add({ label: 'aoife', format: 'pdf', filename: 'aoife.pdf', rawText: 'Aoife', resume: structuredClone(misread) });
  return { career, record };
}

const codesAt = (warnings: readonly ResumeWarning[]) => warnings.map(({ code, field }) => `${code} ${field}`);

describe('what the importer says looks misread', () => {
  it('names each doubtful field by a stable code, with its correction in chat, CLI and PATCH form', () => {
    const warnings = readingWarnings({ id: 'res_0123456789', resume: misread });
    expect(codesAt(warnings)).toEqual([
      'no_name basics.name',
      'no_email basics.email',
      'company_looks_like_title work.0.name',
      'company_looks_like_title work.1.name',
      'dates_out_of_order work.2.startDate',
      'job_without_dates work.3.startDate',
      'job_without_title work.4.position',
      'job_without_dates work.4.startDate',
      'overlapping_current_jobs work.1.endDate',
      'skill_is_sentence skills.1',
    ]);
    // A title and its employer swapped, or joined: both values are known, so the correction is exact.
    const swapped = warnings.find((warning) => warning.field === 'work.0.name');
    expect(swapped?.correction).toEqual({
      chat: "the company of my first job is St. James's Hospital and my title there was Clinical Nurse Manager",
      command: "jobpilot resume set res_0123456789 work.0.name 'St. James'\\''s Hospital' && jobpilot resume set res_0123456789 work.0.position 'Clinical Nurse Manager'",
      patch: { work: { '0': { name: "St. James's Hospital", position: 'Clinical Nurse Manager' } } },
    });
    expect(warnings.find((warning) => warning.field === 'work.1.name')?.correction.patch).toEqual({ work: { '1': { name: 'Beacon Hospital', position: 'Senior Staff Nurse' } } });
    for (const warning of warnings) expect(resumeCorrectionSchema.safeParse(filledValue(warning.correction.patch, warning.field)).success).toBe(true);
  });

  it('finds nothing to ask about in a clean reading', () => {
    const clean: JsonResume = {
      basics: { name: 'Aoife Byrne', email: 'aoife@example.ie' },
      work: [
        { name: "St. James's Hospital", position: 'Clinical Nurse Manager', startDate: '2021-04' },
        { name: 'Beacon Hospital', position: 'Senior Staff Nurse', startDate: '2017-02', endDate: '2021-03' },
      ],
      skills: [{ name: 'Epic' }, { name: 'IV cannulation' }],
    };
    expect(readingWarnings({ id: 'res_0123456789', resume: clean })).toEqual([]);
  });

  it('each chat correction, said with its values, is read by the built-in planner and clears its warning', async () => {
    const { career, record } = await stored();
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
    expect(readingWarnings(corrected)).toEqual([]);
    // The swapped job reads right: both of its fields were said in one sentence.
    expect(corrected.resume.work?.[0]).toMatchObject({ name: "St. James's Hospital", position: 'Clinical Nurse Manager' });
    expect(corrected.resume.skills?.map((skill) => skill.name)).toEqual(['Epic', 'IV cannulation']);
  });

  it('each CLI command parses to the PATCH body, and the PATCH body clears its warning', async () => {
    const { career, record } = await stored();
    for (const warning of readingWarnings(record)) {
      const commands = filled(warning.correction.command, warning.field).split(' && ');
      const patch = filledValue(warning.correction.patch, warning.field);
      const parsed = commands.map((command) => parseCommandLine(shellWords(command).slice(1)));
      for (const line of parsed) expect(line).toMatchObject({ command: 'resume', options: { action: 'set', resumeId: record.id } });
      if (warning.code !== 'skill_is_sentence') {
        // (Several commands set the fields of one entry that the PATCH body sets at once.)
        const merged = parsed.reduce<Record<string, unknown>>((all, line) => deepMerge(all, (line as { options: { correction: Record<string, unknown> } }).options.correction), {});
        expect(merged, warning.correction.command).toEqual(patch);
      }
      const { record: after } = await correctResume(career.resumes, record.id, resumeCorrectionSchema.parse(patch));
      expect(codesAt(readingWarnings(after)), JSON.stringify(patch)).not.toContain(`${warning.code} ${warning.field}`);
    }
  });
});
