import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { adminKeyFile, artifactsDir, type Config } from './config.ts';
import { chatModelBindingOf } from './model/chat-model-binding-of.ts';
import { createModelClient } from './model/create-model-client.ts';
import { CHECKPOINT_SCHEMA, type Database, openDatabase } from './db/database.ts';
import { createCheckpointWrites, fenceCheckpoints } from './db/fence-checkpoints.ts';
import { createThreadLocks } from './db/thread-locks.ts';
import { ensurePrivateDirectory, readOrCreateSecretFile } from './db/private-files.ts';
import { apiTokensRepository } from './db/repositories/api-tokens.ts';
import { DEFAULT_OWNER } from './protocol/owners.ts';
import { threadsRepository } from './db/repositories/threads.ts';
import { transcriptRepository } from './db/repositories/transcript.ts';
import { usageRepository } from './db/repositories/usage.ts';
import { stepAttemptsRepository } from './db/repositories/step-attempts.ts';
import { buildGraph, type JobpilotGraph } from './graph/build-graph.ts';
import { makeExecutorNode } from './graph/nodes/executor-node.ts';
import { makePlannerNode } from './graph/nodes/planner-node.ts';
import { makeReceptionNode } from './graph/nodes/reception-node.ts';
import { createGraphState } from './graph/state.ts';
import { createConfiguredModelClient, createPlanner } from './planner/create-planner.ts';
import type { Planner } from './planner/planner.ts';
import { createRunService } from './runs/run-service.ts';
import { deleteThread } from './runs/delete-thread.ts';
import type { ActionRegistry } from './actions/action-registry.ts';
import { createActions } from './actions/create-actions.ts';
import { knownData } from './career/known-data.ts';
import type { CareerDependencies } from './career/career-dependencies.ts';
import { jobsRepository } from './db/repositories/jobs.ts';
import { savedJobsRepository } from './db/repositories/saved-jobs.ts';
import { claimDueReminders, type ReminderRecord, remindersRepository } from './db/repositories/reminders.ts';
import { resumesRepository } from './db/repositories/resumes.ts';
import { documentsRepository } from './db/repositories/documents.ts';
import { undoableChangesRepository } from './db/repositories/undoable-changes.ts';
import { createJobSearch } from './jobs/job-search.ts';
import { type BoardCall, observeSource } from './jobs/observed-source.ts';
import { createJobSources } from './jobs/create-job-sources.ts';
import { createHttpClient } from './jobs/http-client.ts';
import { parseSourceSettings } from './jobs/source-settings.ts';

export interface JobpilotOptions {
  config: Config;
  /**
   * A LangChain chat model to decide and write with instead of the configured provider
   * (`JOBPILOT_PLANNER` and its keys are then not used for model calls): Anthropic,
   * Bedrock, Ollama's own class, Azure, or a `ChatOpenAI` you configured yourself. Every
   * call still goes through `createModelClient` (timeouts, cancellation, retries, usage).
   * Give it `maxRetries: 0`; jobpilot retries itself, only while nothing has streamed.
   */
  chatModel?: BaseChatModel;
  /** Replaces the configured planner (tests use scripted planners). */
  planner?: Planner;
  /** Replaces the action registry (tests pass `createActions` of fake dependencies); by default `createActions(career)`. */
  registry?: ActionRegistry;
  log?: (message: string, details?: Record<string, unknown>) => void;
  /** Told of every job-board call (board, outcome, duration): the metrics. */
  observeBoardCall?: (call: BoardCall) => void;
  /** The clock reminders are read against and fall due by; tests pass a controllable one. */
  now?: () => Date;
}

/**
 * Assembles the service's parts: database, planner, graph and run service. Reads no env.
 *
 * @example
 * const jobpilot = await createJobpilot({ config: loadConfig() });
 * // or with any LangChain chat model:
 * const withClaude = await createJobpilot({ config: loadConfig(), chatModel: new ChatAnthropic({ model: 'claude-sonnet-4-5', maxRetries: 0 }) });
 * await jobpilot.close();
 */
export async function createJobpilot({
  config,
  chatModel,
  planner: givenPlanner,
  registry: givenRegistry,
  log = () => {},
  observeBoardCall,
  now = () => new Date(),
}: JobpilotOptions) {
  // First: a bad board variable stops start-up (a ConfigError naming it) before anything opens.
  const sourceSettings = parseSourceSettings(config.jobs.boardVariables);
  const boards = createJobSources(sourceSettings);
  const sources = observeBoardCall ? boards.map((source) => observeSource(source, observeBoardCall)) : boards;
  // The person wrote these origins: only their names may resolve to this machine or the LAN.
  const trustedHosts = sourceSettings.flatMap(({ origin }) => (origin ? [new URL(origin).hostname] : []));
  const model = chatModel
    ? createModelClient(chatModelBindingOf(chatModel), config.model)
    : await createConfiguredModelClient(config);
  // The person's files: only they may enter. (The embedded Postgres sees to the data dir itself.)
  if (config.databaseUrl) await ensurePrivateDirectory(config.dataDir);
  await ensurePrivateDirectory(artifactsDir(config));
  // The key `jobpilot token` proves it runs as this user with: a private file in the data dir.
  const adminKey = await readOrCreateSecretFile(adminKeyFile(config));
  const database: Database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    log: (message) => log(message),
  });
  const threads = threadsRepository(database.pool);
  // One run per thread: locks Postgres frees when this process's session ends; a run that
  // lost its thread cannot write checkpoints (whatever saver the database made, fenced).
  const threadLocks = createThreadLocks(database.pool, { log });
  await threadLocks.ready().catch(async (error: unknown) => {
    await database.close().catch(() => {});
    throw error;
  });
  const checkpointWrites = createCheckpointWrites();
  const saver = fenceCheckpoints(database.saver, threadLocks, checkpointWrites);
  const transcript = transcriptRepository(database.pool);
  const usage = usageRepository(database.pool);
  const attempts = stepAttemptsRepository(database.pool);
  // The index of postings is shared: boards' and imports' postings carry nothing of the person.
  const jobs = jobsRepository(database.pool);
  // A board request may take as long as the search gives each board (JOBPILOT_JOB_TIMEOUT_MS), no less.
  const http = createHttpClient({ trustedHosts, timeoutMs: config.jobs.timeoutMs });
  const approval = { mode: config.approval, allowedApps: config.allowedApps };
  /** One owner's data (resumes, saved jobs, documents, undo history) and the services over it. */
  const makeCareer = (owner: string): CareerDependencies => {
    const resumes = resumesRepository(database.pool, owner);
    return {
      jobs,
      saved: savedJobsRepository(database.pool, owner),
      resumes,
      documents: documentsRepository(database.pool, owner),
      changes: undoableChangesRepository(database.pool, owner),
      reminders: remindersRepository(database.pool, owner),
      now,
      timeZone: config.timeZone,
      // Fit scores use this owner's active resume.
      searchJobs: createJobSearch({ sources, http, jobs, resumes, timeoutMs: config.jobs.timeoutMs }),
      writer: model,
      recordUsage: usage.record,
    };
  };
  const career = makeCareer(DEFAULT_OWNER);
  const registry = givenRegistry ?? createActions(career);
  // Built once from the actions' descriptions and utterances, the same for every owner.
  const planner = givenPlanner ?? (await createPlanner(config, registry, model));
  /** A graph whose actions reach `owner`'s data only: one per owner, over the shared checkpointer. */
  const makeGraph = (ownerCareer: CareerDependencies, ownerRegistry: ActionRegistry) =>
    buildGraph(
      createGraphState({ windowSize: config.windowSize }),
      {
        planner: makePlannerNode({
          planner,
          registry: ownerRegistry,
          retries: config.plannerRetries,
          stepBudget: config.stepBudget,
          recordUsage: usage.record,
          // Only the built-in planner reads names from the person's data; a model planner would pay two queries a step for nothing.
          known: planner.kind === 'rules' ? (references) => knownData(ownerCareer, references) : undefined,
          log,
        }),
        executor: makeExecutorNode({
          registry: ownerRegistry,
          artifactsDir: artifactsDir(config),
          approval,
          journal: attempts,
        }),
        reception: makeReceptionNode(),
      },
      saver,
    );
  const graph = makeGraph(career, registry);
  // Owners are few (the named tokens): each one's career and graph are made once, on first use.
  const careers = new Map<string, CareerDependencies>([[DEFAULT_OWNER, career]]);
  const graphs = new Map<string, JobpilotGraph>([[DEFAULT_OWNER, graph]]);
  const careerFor = (owner: string): CareerDependencies => {
    let found = careers.get(owner);
    if (!found) careers.set(owner, (found = makeCareer(owner)));
    return found;
  };
  const graphFor = (owner: string): JobpilotGraph => {
    let found = graphs.get(owner);
    if (!found) {
      const ownerCareer = careerFor(owner);
      // A registry given by a test is the same for everyone (its fakes have no owners).
      graphs.set(owner, (found = makeGraph(ownerCareer, givenRegistry ?? createActions(ownerCareer))));
    }
    return found;
  };
  const runs = createRunService({ graphFor, threads, threadLocks, transcript, usage, attempts, checkpointWrites, log });
  const tokens = apiTokensRepository(database.pool);
  return {
    config,
    planner,
    registry,
    /** The default owner's data (JOBPILOT_TOKEN, or no token). */
    career,
    /** An owner's data: a named token's, or the default owner's. */
    careerFor,
    tokens,
    adminKey,
    database,
    /** The clock reminders are read against. */
    now,
    /**
     * Every owner's reminders whose time has come by `at` (the clock's now by default), each
     * handed over once across every process sharing the database: what becomes a notification.
     */
    dueReminders: (at: Date = now()): Promise<ReminderRecord[]> => claimDueReminders(database.pool, at),
    threads,
    threadLocks,
    transcript,
    usage,
    graph,
    runs,
    /**
     * Removes a thread no run holds, with its transcript and checkpoints, in one transaction
     * and holding the thread meanwhile. `threadId` is the thread's key (`threadKey(owner, id)`).
     */
    deleteThread: (threadId: string): Promise<'deleted' | 'busy' | 'missing'> =>
      deleteThread({ threads, threadLocks }, threadId, CHECKPOINT_SCHEMA),
    /** Cancels runs in flight (they release their threads), frees the rest, then closes the database. */
    async close() {
      await runs.close();
      await threadLocks.close();
      await database.close();
    },
  };
}

export type Jobpilot = Awaited<ReturnType<typeof createJobpilot>>;
