import type { CheckpointMemory } from '../db/checkpoint-memory.ts';
import type { CheckpointWrites } from '../db/fence-checkpoints.ts';
import type { StepAttemptsRepository } from '../db/repositories/step-attempts.ts';
import type { ThreadsRepository } from '../db/repositories/threads.ts';
import type { TranscriptRepository } from '../db/repositories/transcript.ts';
import type { UsageRepository } from '../db/repositories/usage.ts';
import type { ThreadLocks } from '../db/thread-locks.ts';
import type { JobpilotGraph } from '../graph/build-graph.ts';

/** What a run needs, with the run service's defaults already applied. */
export interface RunDependencies {
  graph: JobpilotGraph;
  threads: ThreadsRepository;
  /** One run per thread, across processes: the thread's lock, freed by Postgres when its holder's session ends. */
  threadLocks: ThreadLocks;
  /** Written by the run alone: the user's message, the answer, or the note of an unfinished turn. */
  transcript: TranscriptRepository;
  /** When given, `run-end` reports the run's model usage. */
  usage?: UsageRepository | undefined;
  /** The at-most-once journal: steps a dead run had started are reported when the next turn starts. */
  attempts?: StepAttemptsRepository | undefined;
  /** The checkpoint writes in flight: a stopped turn waits for its own before it is read and closed. */
  checkpointWrites?: CheckpointWrites | undefined;
  /** Threads' latest checkpoints as this process wrote them: admission says which may be read from memory. */
  checkpointMemory?: Pick<CheckpointMemory, 'holds' | 'admit'> | undefined;
  log: (message: string, details?: Record<string, unknown>) => void;
}
