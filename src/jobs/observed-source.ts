import type { JobSource } from './job-source.ts';
import { SourceError } from './source-error.ts';

/** One call to a job board, as metrics count it. */
export interface BoardCall {
  /** The source's stable name ("remotive", "greenhouse:stripe"). */
  board: string;
  ok: boolean;
  /** Why it failed (TIMEOUT, NETWORK, HTTP_STATUS, …, CANCELLED, INTERNAL); absent when ok. */
  code?: string;
  seconds: number;
}

/** The code a board's failure counts under. */
function codeOf(error: unknown, signal: AbortSignal | undefined): string {
  if (error instanceof SourceError) return error.code;
  // The search's deadline aborts with the TIMEOUT SourceError as its reason.
  if (signal?.aborted) return signal.reason instanceof SourceError ? signal.reason.code : 'CANCELLED';
  return 'INTERNAL';
}

/**
 * A source that reports each of its calls (board, outcome, duration) to `report`, and is
 * otherwise the same source: what it answers or throws passes through untouched.
 *
 * @example
 * const sources = createJobSources(settings).map((source) => observeSource(source, metrics.boardCall));
 */
export function observeSource(source: JobSource, report: (call: BoardCall) => void): JobSource {
  return {
    name: source.name,
    label: source.label,
    kind: source.kind,
    ...(source.company === undefined ? {} : { company: source.company }),
    async search(query, context) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const postings = await source.search(query, context);
        report({ board: source.name, ok: true, seconds: seconds() });
        return postings;
      } catch (error) {
        report({ board: source.name, ok: false, code: codeOf(error, context.signal), seconds: seconds() });
        throw error;
      }
    },
  };
}
