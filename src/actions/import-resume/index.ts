import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { JobpilotError } from '../../errors.ts';
import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { recordResumeChange } from '../../career/changes/record-change.ts';
import { importResumeFile } from '../../career/resumes/import-resume.ts';
import { RESUME_REFERENCE } from '../../career/resumes/resolve-resume.ts';
import { readingWarnings } from '../../career/resumes/reading-warnings.ts';
import { confirmReading, describeKept, describeResume, describeWarnings } from '../../present/describe-resume.ts';
import { importResumeArgs } from './args.ts';
import { importResumePhrasing } from './phrasing.ts';

/** `~/cv.pdf` and relative paths are read from the home directory, the one place both sides agree on. */
export const expandPath = (path: string): string => {
  const trimmed = path.trim().replace(/^["']|["']$/g, '');
  if (trimmed === '~' || trimmed.startsWith('~/')) return resolve(homedir(), trimmed.slice(2));
  return isAbsolute(trimmed) ? trimmed : resolve(homedir(), trimmed);
};

/**
 * `import_resume`: reads a resume file from disk (PDF, DOCX, Markdown, text or JSON
 * Resume), parses it without AI and stores it as a new version, which becomes active.
 * It reads from the disk, so it asks first.
 *
 * @example
 * registry line: makeImportResumeAction(dependencies)
 */
export const makeImportResumeAction = (dependencies: Pick<CareerDependencies, 'resumes' | 'changes'>) =>
  defineAction({
    name: 'import_resume',
    description: 'Import the user’s resume from a file on this machine (PDF, DOCX, Markdown, text or JSON Resume).',
    args: importResumeArgs,
    phrasing: importResumePhrasing,
    approval: () => 'ask',
    preview: async ({ path, label }) => ({
      ok: true,
      text: `read the file ${expandPath(path)} and make it your active resume${label ? ` (labelled "${label}")` : ''}`,
    }),
    async run(args, context) {
      const path = expandPath(args.path);
      try {
        const before = await dependencies.resumes.active();
        const stored = await importResumeFile(dependencies.resumes, path, args.label, context.signal);
        await recordResumeChange(dependencies, context, { before: before?.id ?? null, after: stored, description: `imported "${stored.label}" and made it the active resume` });
        const warnings = describeWarnings(readingWarnings(stored), 'chat');
        return {
          ok: true,
          summary: [
            `Imported ${path} as "${stored.label}" [${stored.id}], now the active resume. This is what I read:\n${describeResume(stored)}`,
            describeKept(stored.kept),
            warnings,
            confirmReading(stored),
          ]
            .filter(Boolean)
            .join('\n'),
          data: { resume_id: stored.id, format: stored.format },
          references: { [RESUME_REFERENCE]: stored.id },
        };
      } catch (error) {
        // A bad file is something the person can fix: an observation, not a crash.
        if (error instanceof JobpilotError) return { ok: false, summary: error.message, data: { code: error.code } };
        throw error;
      }
    },
  });
