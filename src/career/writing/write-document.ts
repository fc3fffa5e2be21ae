import { recordKeptChange } from '../changes/record-change.ts';
import type { DocumentRecord } from '../../db/repositories/documents.ts';
import { type ModelWriteRequest, writeWithModel } from '../../documents/write-with-model.ts';
import { type GroundingChange, groundDocument } from '../../grounding/ground-document.ts';
import { withOpening } from '../../documents/cover-letter/kept-opening.ts';
import type { ModelUsage } from '../../model/model-client.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { dayIn } from '../../time/time-zone.ts';
import { postingOf } from '../resumes/posting-of.ts';
import type { WritingContext } from './writing-context.ts';

/** What to write: the kind, how, and the stored document's title. */
export type WriteRequest = Pick<ModelWriteRequest, 'kind' | 'tone' | 'hiringManager' | 'focus' | 'revise'> & {
  title: string;
  /** The document this one revises, stored with it. */
  revisionOf?: string | undefined;
};

/**
 * Writes a document for a job and stores it: the configured model's draft, streamed to the
 * client as `tool-progress`, or the deterministic writer's when there is no model; then
 * the grounding check removes what neither the resume nor the posting backs, and what
 * survives is stored as a document of the job and resume it was written for.
 *
 * @example
 * const { document, text, changes } = await writeDocument(dependencies, context, writing, { kind: 'cover_letter', tone, title }, () => writeCoverLetter(…));
 */
export async function writeDocument(
  dependencies: Pick<CareerDependencies, 'writer' | 'recordUsage' | 'documents' | 'now' | 'timeZone'> & Partial<Pick<CareerDependencies, 'changes'>>,
  context: CareerCallContext,
  writing: WritingContext,
  { title, revisionOf, ...request }: WriteRequest,
  withoutModel: () => string,
): Promise<{ document: DocumentRecord; text: string; changes: GroundingChange[] }> {
  const draft = dependencies.writer
    ? await writeWithModel(
        dependencies.writer,
        {
          ...request,
          resume: writing.resume.resume,
          job: writing.job,
          matched: writing.match.matched,
          missing: writing.match.missing,
          date: dayIn(dependencies.now(), dependencies.timeZone),
        },
        { signal: context.signal, onText: context.progress, onUsage: usageRecorder(dependencies, context) },
      )
    : withoutModel();
  const checked = groundDocument(draft, { resume: writing.resume.resume, rawText: writing.resume.raw_text, posting: { ...postingOf(writing.job), location: writing.job.location ?? undefined } });
  // A letter whose opening sentence was taken out opens plainly instead of on its second thought.
  const grounded = request.kind === 'cover_letter' ? { ...checked, text: withOpening(draft, checked, { title: writing.job.title, company: writing.job.company }) } : checked;
  const document = await dependencies.documents.add({
    kind: request.kind,
    title,
    content: grounded.text,
    jobId: writing.job.id,
    resumeId: writing.resume.id,
    changes: grounded.changes,
    tone: request.kind === 'cover_letter' ? (request.tone ?? null) : null,
    revisionOf: revisionOf ?? null,
  });
  // (So "undo" right after says it cannot take a document back, instead of undoing an older change.)
  const description = revisionOf ? `wrote a new version of [${revisionOf}] as "${title}" [${document.id}]` : `wrote "${title}" [${document.id}]`;
  await recordKeptChange(dependencies, context, { kind: 'document', subject: document.id, before: revisionOf ?? null, description });
  return { document, ...grounded };
}

/** Records a writer call's usage with the step's thread and run. */
const usageRecorder =
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
