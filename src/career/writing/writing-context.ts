import type { DocumentRecord } from '../../db/repositories/documents.ts';
import type { DocumentKind } from '../../protocol/vocabulary.ts';
import type { JobRecord } from '../../db/repositories/jobs.ts';
import { type ModelWriteRequest, writeWithModel } from '../../documents/write-with-model.ts';
import type { ResumeRecord } from '../../db/repositories/resumes.ts';
import type { WriterPosting } from '../../documents/writer-input.ts';
import { type GroundingChange, groundDocument } from '../../grounding/ground-document.ts';
import type { ModelUsage } from '../../model/model-client.ts';
import { analyzeMatch, type MatchResult } from '../../resume/match.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { resolveJob } from '../jobs/resolve-job.ts';
import { resolveResume } from '../resumes/resolve-resume.ts';

/** Everything a writer needs for one job: the resume, the posting, and what the match found. */
export interface WritingContext {
  resume: ResumeRecord;
  job: JobRecord;
  match: MatchResult;
  posting: WriterPosting;
}

/**
 * Resolves the job and resume a writing step names and runs the match once, so letters,
 * prep packs and tailored resumes all write to the same strengths and gaps.
 *
 * @example
 * const writing = await writingContext({ job: 'it' }, context, dependencies);
 */
export async function writingContext(
  args: { job: string; resume?: string | undefined },
  context: CareerCallContext,
  dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>,
): Promise<{ ok: true; writing: WritingContext } | { ok: false; error: string }> {
  const resume = await resolveResume(args.resume, dependencies.resumes);
  if (!resume.ok) return { ok: false, error: resume.error };
  const job = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
  if (!job.ok) return { ok: false, error: job.error };
  const match = analyzeMatch({
    resume: resume.resume.resume,
    rawText: resume.resume.raw_text,
    posting: { title: job.job.title, company: job.job.company, description: job.job.description, tags: job.job.tags },
  });
  const labels = (side: { matched: string[]; missing: string[] }) => [...side.matched, ...side.missing];
  return {
    ok: true,
    writing: {
      resume: resume.resume,
      job: job.job,
      match,
      posting: {
        title: job.job.title,
        company: job.job.company,
        ...(job.job.location ? { location: job.job.location } : {}),
        description: job.job.description,
        requiredSkills: labels(match.breakdown.skills.required),
        niceToHaveSkills: labels(match.breakdown.skills.niceToHave),
        matchedSkills: match.matched,
        missingSkills: match.missing,
      },
    },
  };
}

/** Checks a generated document against the resume and the posting; returns the repaired text and what changed. */
export function ground(markdown: string, writing: WritingContext): { text: string; changes: GroundingChange[] } {
  return groundDocument(markdown, {
    resume: writing.resume.resume,
    rawText: writing.resume.raw_text,
    posting: { title: writing.job.title, company: writing.job.company, description: writing.job.description },
  });
}

/** "; the grounding check removed 2 claims: Globex Corporation (employer), 300% (number)". */
export function describeChanges(changes: readonly GroundingChange[]): string {
  if (changes.length === 0) return '';
  const items = changes
    .slice(0, 6)
    .map((change) => `${change.claim} (${change.kind}${change.action === 'replaced' && change.replacement ? ` → ${change.replacement}` : ''})`);
  return ` The grounding check ${changes.some((change) => change.action === 'removed') ? 'removed or repaired' : 'repaired'} ${changes.length} claim${changes.length === 1 ? '' : 's'} not backed by the resume or the posting: ${items.join(', ')}${changes.length > 6 ? ', …' : ''}.`;
}

/** Records a writer call's usage with the step's thread and run. */
export const usageRecorder =
  (dependencies: Pick<CareerDependencies, 'recordUsage' | 'writer'>, context: CareerCallContext) =>
  (usage: ModelUsage) => {
    const writer = dependencies.writer;
    if (!dependencies.recordUsage || !writer || !context.threadId) return;
    dependencies
      .recordUsage({
        ...usage,
        provider: writer.provider,
        model: writer.model,
        purpose: 'writer',
        threadId: context.threadId,
        runId: context.runId ?? null,
      })
      .catch(() => {});
  };

/**
 * The writer's draft: the configured model's, streamed to the client as `tool-progress`,
 * or the deterministic writer's when there is no model.
 *
 * @example
 * const draft = await draftDocument(dependencies, context, writing, { kind: 'cover_letter', tone }, () => writeCoverLetter(…));
 */
export async function draftDocument(
  dependencies: Pick<CareerDependencies, 'writer' | 'recordUsage'>,
  context: CareerCallContext,
  writing: WritingContext,
  request: Pick<ModelWriteRequest, 'kind' | 'tone' | 'hiringManager' | 'focus'>,
  withoutModel: () => string,
): Promise<string> {
  if (!dependencies.writer) return withoutModel();
  return writeWithModel(
    dependencies.writer,
    {
      ...request,
      resume: writing.resume.resume,
      job: writing.job,
      matched: writing.match.matched,
      missing: writing.match.missing,
      date: new Date().toISOString().slice(0, 10),
    },
    { signal: context.signal, onText: context.progress, onUsage: usageRecorder(dependencies, context) },
  );
}

/**
 * Grounds a draft against the resume and the posting and stores what survives as a
 * document of the job and resume it was written for.
 *
 * @example
 * const { document, changes } = await storeGrounded(dependencies, writing, 'cover_letter', title, draft);
 */
export async function storeGrounded(
  dependencies: Pick<CareerDependencies, 'documents'>,
  writing: WritingContext,
  kind: DocumentKind,
  title: string,
  draft: string,
): Promise<{ document: DocumentRecord; text: string; changes: GroundingChange[] }> {
  const grounded = ground(draft, writing);
  const document = await dependencies.documents.add({
    kind,
    title,
    content: grounded.text,
    jobId: writing.job.id,
    resumeId: writing.resume.id,
    changes: grounded.changes,
  });
  return { document, ...grounded };
}
