import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { resumeTooLarge } from '../../resume/resume-too-large.ts';
import { maxResumeFileBytes } from '../../protocol/api.ts';
import { ApiClient } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { defaultTableWidth } from '../format-jobs.ts';
import { formatMatchResponse, formatResume, formatResumeTable } from '../format-resumes.ts';
import { cellText, terminalText } from '../format-table.ts';
import { confirmReading, describeKept, describeWarnings } from '../../present/describe-resume.ts';
import { describeResumeChanges } from '../../present/describe-resume-changes.ts';
import type { ResumeCorrection } from '../../protocol/resume-correction.ts';
import { createPainter } from '../render.ts';

export type ResumeOptions =
  | { action: 'import'; file: string; label?: string | undefined; json: boolean }
  | { action: 'list'; json: boolean }
  | { action: 'show'; resumeId?: string | undefined; json: boolean }
  | { action: 'use'; resumeId: string; json: boolean }
  | { action: 'delete'; resumeId: string; json: boolean }
  | { action: 'set'; resumeId?: string | undefined; field: string; correction: ResumeCorrection; json: boolean }
  | { action: 'match'; jobId: string; resumeId?: string | undefined; json: boolean };

const contentTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * The resume file's bytes, checked here first (it exists, is a file, is at most 10 MB) so a
 * wrong path is explained without a round trip and a huge file is never sent.
 *
 * @example
 * const file = await readResumeForUpload('cv.pdf', process.cwd());
 */
export async function readResumeForUpload(
  file: string,
  cwd: string,
): Promise<{ bytes: Uint8Array; filename: string; contentType: string }> {
  const path = resolve(cwd, file);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      throw new CliError(`No file at "${file}". Check the path and try again.`);
    }
    throw new CliError(`can't read "${file}": ${error.code === 'EACCES' ? 'permission denied' : error.message}`);
  });
  if (info.isDirectory()) throw new CliError(`"${file}" is a directory; name the resume file inside it.`);
  if (!info.isFile()) throw new CliError(`"${file}" is not a regular file.`);
  const filename = basename(path);
  if (info.size > maxResumeFileBytes) {
    throw new CliError(resumeTooLarge(`"${filename}"`, info.size).message);
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`can't read "${file}": ${error.code === 'EACCES' ? 'permission denied' : error.message}`);
  });
  return {
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    filename,
    contentType: contentTypes[extname(filename).toLowerCase()] ?? 'application/octet-stream',
  };
}

/**
 * `jobpilot resume import | list | show | set | match`: the server parses and stores the file and
 * scores matches; this prints them, or with `--json` the server's JSON as it is.
 * Relative paths are read from `cwd`.
 *
 * @example
 * await resumeCommand(context, { action: 'import', file: 'cv.pdf', json: false }, process.cwd());
 */
export async function resumeCommand(
  context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>,
  options: ResumeOptions,
  cwd: string,
): Promise<number> {
  const { stdout, config } = context;
  const paint = createPainter(context.color && !options.json);
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const print = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
  switch (options.action) {
    case 'import': {
      const file = await readResumeForUpload(options.file, cwd);
      const resume = await api.uploadResume(file.bytes, { ...file, label: options.label });
      if (options.json) print(resume);
      else {
        const replaced = resume.replaced_active
          ? ` (instead of "${cellText(resume.replaced_active.label)}" [${resume.replaced_active.id}]: \`jobpilot resume use ${resume.replaced_active.id}\` to go back)`
          : '';
        stdout.write(`Imported ${cellText(file.filename)} as "${cellText(resume.label)}" [${resume.id}], now the active resume${replaced}.\n`);
        stdout.write(formatResume(paint, resume));
        const kept = describeKept(resume.kept_corrections ?? []);
        if (kept) stdout.write(`${terminalText(kept)}\n`);
        const warnings = describeWarnings(resume.warnings ?? [], 'terminal');
        if (warnings) stdout.write(`${terminalText(warnings)}\n`);
        stdout.write(`${confirmReading(resume)}\n`);
      }
      return 0;
    }
    case 'set': {
      const resumeId = options.resumeId ?? (await api.listResumes()).find((resume) => resume.active)?.id;
      if (!resumeId) throw new CliError('No resume yet: import one with `jobpilot resume import FILE`.');
      const corrected = await api.correctResume(resumeId, options.correction);
      if (options.json) print(corrected);
      else if (corrected.changes.length === 0) stdout.write(`Nothing changed: ${options.field} already says that.\n`);
      else {
        stdout.write(`Corrected "${cellText(corrected.label)}" [${corrected.id}]:\n${terminalText(describeResumeChanges(corrected.changes))}\n`);
        stdout.write(formatResume(paint, corrected));
        const still = describeWarnings(corrected.warnings ?? [], 'terminal');
        if (still) stdout.write(`${terminalText(still)}\n`);
        // A person fixing "their resume" expects matches and letters to use the fixed one.
        if (!corrected.active) {
          const active = (await api.listResumes()).find((resume) => resume.active);
          const using = active ? `"${cellText(active.label)}" [${active.id}]` : 'another version';
          stdout.write(`Note: this is not your active resume; matches and letters use ${using}. \`jobpilot resume use ${corrected.id}\` to use this one.\n`);
        }
      }
      return 0;
    }
    case 'use': {
      const chosen = await api.activateResume(options.resumeId);
      if (options.json) print(chosen);
      else stdout.write(`"${cellText(chosen.label)}" [${chosen.id}] is now the active resume: matches, letters and prep packs use it.\n`);
      return 0;
    }
    case 'delete': {
      const removed = await api.deleteResume(options.resumeId);
      if (options.json) print(removed);
      else {
        const active = removed.active ? (await api.listResumes()).find((resume) => resume.active) : undefined;
        const now = !removed.active ? '' : active ? ` "${cellText(active.label)}" [${active.id}] is the active resume now.` : ' You have no resume now: import one with `jobpilot resume import FILE`.';
        stdout.write(`Deleted "${cellText(removed.label)}" [${removed.id}]; letters and prep packs written from it stay.${now}\n`);
      }
      return 0;
    }
    case 'list': {
      if (options.json) print(await api.listResumesAnswer());
      else {
        const resumes = await api.listResumes();
        const width = stdout.columns && stdout.columns > 0 ? stdout.columns : defaultTableWidth;
        stdout.write(formatResumeTable(paint, resumes, width));
      }
      return 0;
    }
    case 'show': {
      const resumeId = options.resumeId ?? (await api.listResumes()).find((resume) => resume.active)?.id;
      if (!resumeId) throw new CliError('No resume yet: import one with `jobpilot resume import FILE`.');
      const resume = await api.getResume(resumeId);
      if (options.json) print(resume);
      else stdout.write(formatResume(paint, resume));
      return 0;
    }
    case 'match': {
      const match = await api.match({ job_id: options.jobId, ...(options.resumeId ? { resume_id: options.resumeId } : {}) });
      if (options.json) {
        print(match);
        return 0;
      }
      const job = await api.getJob(options.jobId);
      stdout.write(formatMatchResponse(match, `"${cellText(job.title)}" at ${cellText(job.company)} [${job.id}]`));
      return 0;
    }
  }
}
