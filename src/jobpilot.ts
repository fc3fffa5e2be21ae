import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { adminKeyFile, artifactsDir, childEnvironment, type Config } from './config.ts';
import { chatModelBindingOf } from './model/chat-model-binding-of.ts';
import { createModelClient } from './model/create-model-client.ts';
import { createCheckpointMemory } from './db/checkpoint-memory.ts';
import { CHECKPOINT_SCHEMA, type Database, openDatabase } from './db/database.ts';
import type { EmbeddedDatabase } from './db/embedded-postgres.ts';
import { createCheckpointWrites, fenceCheckpoints } from './db/fence-checkpoints.ts';
import { createThreadLocks } from './db/thread-locks.ts';
import { ensurePrivateDirectory, readOrCreateSecretFile } from './db/private-files.ts';
import { apiTokensRepository } from './db/repositories/api-tokens.ts';
import { cachedApiTokens } from './db/cached-api-tokens.ts';
import { DEFAULT_OWNER } from './protocol/owners.ts';
import { calendarFeedKey } from './server/calendar-feed-key.ts';
import { threadsRepository } from './db/repositories/threads.ts';
import { transcriptRepository } from './db/repositories/transcript.ts';
import { usageRepository } from './db/repositories/usage.ts';
import { stepAttemptsRepository } from './db/repositories/step-attempts.ts';
import { runEventsRepository } from './db/repositories/run-events.ts';
import { createRunNotices } from './db/run-notices.ts';
import { buildGraph, type JobpilotGraph } from './graph/build-graph.ts';
import { makeExecutorNode } from './graph/nodes/executor-node.ts';
import { makePlannerNode } from './graph/nodes/planner-node.ts';
import { makeReceptionNode } from './graph/nodes/reception-node.ts';
import { createGraphState } from './graph/state.ts';
import { usePlainRunContexts } from './graph/plain-run-context.ts';
import { createConfiguredModelClient, createPlanner } from './planner/create-planner.ts';
import type { Planner } from './planner/planner.ts';
import { deferredPlanner } from './planner/deferred-planner.ts';
import { createRunService } from './runs/run-service.ts';
import { releaseSlotWhileModelStreams } from './runs/release-slot-while-model-streams.ts';
import { createTurnSlots } from './runs/turn-slots.ts';
import { deleteThread } from './runs/delete-thread.ts';
import type { ActionRegistry } from './actions/action-registry.ts';
import { createActions } from './actions/create-actions.ts';
import { knownData } from './career/known-data.ts';
import { knownNamesRepository } from './db/repositories/known-names.ts';
import type { CareerDependencies } from './career/career-dependencies.ts';
import { jobsRepository, POSTINGS_OWNER } from './db/repositories/jobs.ts';
import { postingPreparer } from './resume/match.ts';
import { loadSkillVocabulary } from './resume/skill-vocabulary.ts';
import { savedJobsRepository } from './db/repositories/saved-jobs.ts';
import { claimDueReminders, type ReminderRecord, remindersRepository } from './db/repositories/reminders.ts';
import { resumesRepository } from './db/repositories/resumes.ts';
import { documentsRepository } from './db/repositories/documents.ts';
import { undoableChangesRepository } from './db/repositories/undoable-changes.ts';
import { createJobSearch } from './jobs/job-search.ts';
import { type BoardCall, observeSource } from './jobs/observed-source.ts';
import { createJobSources } from './jobs/create-job-sources.ts';
import { createHttpClient } from './jobs/http-client.ts';
import type { StillOpenDependencies } from './jobs/check-still-open.ts';
import { jobChecksRepository } from './db/repositories/job-checks.ts';
import { recheckSavedJobs } from './career/jobs/recheck-saved-jobs.ts';
import { notifyDueReminders, ownersPursuingJobs, recheckAndNotify } from './career/hunt-chores.ts';
import { parseSourceSettings } from './jobs/source-settings.ts';
import { alertsRepository } from './db/repositories/alerts.ts';
import { createAlertScheduler } from './alerts/alert-scheduler.ts';
import { createAlertService } from './alerts/alert-service.ts';
import { createNotificationFeed } from './notifications/notification-feed.ts';
import { createNotificationService, type NotificationChannel } from './notifications/notification-service.ts';
import { desktopNotifier } from './notifications/desktop-notifier.ts';
import { emailNotifier } from './notifications/email-notifier.ts';

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
  /**
   * The embedded Postgres of `config.dataDir`, started before this was called (`jobpilot
   * serve` starts it while the server's modules load). Owned from here: stopped when
   * start-up fails.
   */
  embeddedPostgres?: Promise<EmbeddedDatabase>;
  /** The clock alerts are scheduled and run by, and reminders read against and fall due by; tests pass one they move. */
  now?: () => Date;
  /**
   * Leave the alert scheduler stopped: the caller starts it with `startScheduler()`. The server
   * does once it listens, so `/readyz` does not wait for graphile-worker's start.
   */
  deferScheduler?: boolean;
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
  embeddedPostgres,
  now = () => new Date(),
  deferScheduler = false,
}: JobpilotOptions) {
  // Start-up that fails before the database is open stops the Postgres started for it.
  const { sourceSettings, sources, trustedHosts, model: modelClient, adminKey } = await prepare(config, chatModel, observeBoardCall).catch(
    async (error: unknown) => {
      await embeddedPostgres?.then((db) => db.stop(), () => {});
      throw error;
    },
  );
  // Beyond this many turns at work, the next wait their turn; a turn waiting on the model holds no slot.
  const slots = config.turnSlots > 0 ? createTurnSlots(config.turnSlots) : undefined;
  const model = slots && modelClient ? releaseSlotWhileModelStreams(modelClient, slots) : modelClient;
  const database: Database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    avoidPorts: [config.port],
    log: (message) => log(message),
    embedded: embeddedPostgres,
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
  // A thread's latest checkpoint, when this process wrote it and admission finds it still the latest, is read from memory.
  const checkpointMemory = createCheckpointMemory(threadLocks);
  const saver = checkpointMemory.over(fenceCheckpoints(database.saver, threadLocks, checkpointWrites));
  const transcript = transcriptRepository(database.pool);
  const usage = usageRepository(database.pool);
  const attempts = stepAttemptsRepository(database.pool);
  // The index of postings is shared: boards' and imports' postings carry nothing of the person.
  // Each posting stored is prepared for fit scores once, and the form kept with it.
  const jobs = jobsRepository(database.pool, POSTINGS_OWNER, { preparer: postingPreparer(loadSkillVocabulary()) });
  // A board request may take as long as the search gives each board (JOBPILOT_JOB_TIMEOUT_MS), no less.
  // Its short cache and rate limit keep the service's clock (an alert run a day later is asked afresh).
  const http = createHttpClient({ trustedHosts, timeoutMs: config.jobs.timeoutMs, now: () => now().getTime() });
  const approval = { mode: config.approval, allowedApps: config.allowedApps };
  // Notifications: stored, streamed to every process's clients (the feed), and sent to the
  // desktop and by e-mail when those are turned on.
  const email = config.notifications.email ? emailNotifier(config.notifications.email) : undefined;
  const channels: NotificationChannel[] = [
    ...(config.notifications.desktop ? [{ name: 'desktop', send: desktopNotifier({ env: childEnvironment('desktop') }) }] : []),
    ...(email ? [{ name: 'e-mail', send: email.send }] : []),
  ];
  const notifications = createNotificationService({ pool: database.pool, channels, now, log });
  const notificationFeed = createNotificationFeed(database.pool, { log });
  // "open the calendar feed": the address `GET /v1/calendar` answers, with the server's own address when it is known before listening.
  const calendarFeedOf = (owner: string) => {
    const path = `/v1/calendar.ics?key=${encodeURIComponent(calendarFeedKey(adminKey, owner))}`;
    const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
    return { path, url: config.port > 0 ? `http://${host}:${config.port}${path}` : undefined };
  };
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
      alerts: createAlertService({
        alerts: alertsRepository(database.pool, owner),
        timeZone: config.timeZone,
        now,
        runNow: (runId, signal) => alertScheduler.runNow(runId, signal),
      }),
      notifications: notifications.inbox(owner),
      // E-mail and the desktop are the installation's own person's (named tokens' news stays in their inbox).
      delivery: { email: owner === DEFAULT_OWNER && email !== undefined, desktop: owner === DEFAULT_OWNER && config.notifications.desktop },
      calendarFeed: calendarFeedOf(owner),
    };
  };
  const checks = jobChecksRepository(database.pool);
  // The still-open checks ask the ATS endpoints through the same overrides the searches use.
  const checkOrigins = Object.fromEntries(
    sourceSettings.flatMap(({ board, origin }) => (origin ? [[board, origin]] : [])),
  ) as StillOpenDependencies['origins'];
  const recheckOwner = (owner: string = DEFAULT_OWNER, signal: AbortSignal = new AbortController().signal) =>
    recheckSavedJobs({ saved: careerFor(owner).saved, jobs, checks, http, signal, origins: checkOrigins });
  // Alerts run on their schedules in whichever process's worker takes them (graphile-worker);
  // so do the chores: due reminders told each minute, saved postings re-checked every 6 hours.
  const alertScheduler = createAlertScheduler({
    pool: database.pool,
    careerFor: (owner) => careerFor(owner),
    notify: (input) => notifications.createNotification(input),
    now,
    log,
    chores: [
      {
        name: 'reminders_due',
        cron: '* * * * *',
        atStart: true,
        run: async () => {
          await notifyDueReminders({ claimDue: () => claimDueReminders(database.pool, now()), notifications });
        },
      },
      {
        name: 'saved_jobs_recheck',
        cron: '23 */6 * * *',
        run: async () =>
          recheckAndNotify({ owners: await ownersPursuingJobs(database.pool), recheck: (owner) => recheckOwner(owner), notifications }),
      },
    ],
  });
  const career = makeCareer(DEFAULT_OWNER);
  const registry = givenRegistry ?? createActions(career);
  // Built once from the actions' descriptions and utterances, the same for every owner.
  // The rules planner is built once the server listens (`warmPlanner`) or by the first turn: its
  // phrasings and advice vectors were ~30% of a start's CPU before /readyz. A model planner is cheap.
  const deferred = givenPlanner || model ? undefined : deferredPlanner({ kind: 'rules', label: 'rules (built-in)' }, () => createPlanner(config, registry));
  // A model planner's prompt budget too small for its actions is a ConfigError: the database opened for it is closed.
  const planner: Planner =
    givenPlanner ??
    deferred ??
    (await createPlanner(config, registry, model, log).catch(async (error: unknown) => {
      await notificationFeed.close();
      await threadLocks.close().catch(() => {});
      await database.close().catch(() => {});
      throw error;
    }));
  // LangChain's context around each node and channel write: no LangSmith run tree when nothing traces.
  usePlainRunContexts();
  /** A graph whose actions reach `owner`'s data only: one per owner, over the shared checkpointer. */
  const makeGraph = (owner: string, ownerCareer: CareerDependencies, ownerRegistry: ActionRegistry) => {
    const names = knownNamesRepository(database.pool, owner);
    return buildGraph(
      createGraphState({ windowSize: config.windowSize }),
      {
        planner: makePlannerNode({
          planner,
          registry: ownerRegistry,
          retries: config.plannerRetries,
          stepBudget: config.stepBudget,
          recordUsage: usage.record,
          // Only the built-in planner reads names from the person's data; a model planner would pay a query a step for nothing.
          known: planner.kind === 'rules' ? (references) => knownData(names, references) : undefined,
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
  };
  const graph = makeGraph(DEFAULT_OWNER, career, registry);
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
      graphs.set(owner, (found = makeGraph(owner, ownerCareer, givenRegistry ?? createActions(ownerCareer))));
    }
    return found;
  };
  // Every run's events are kept for joins; a cancel asked in any process reaches the one running the run.
  let cancelHere: (runId: string) => void = () => {};
  // Token lookups (every request) are answered from memory while the notices session hears every change to the tokens.
  const tokens = cachedApiTokens(apiTokensRepository(database.pool));
  const notices = createRunNotices(database.pool, {
    onCancel: (runId) => cancelHere(runId),
    onTokensChanged: tokens.forget,
    onListening: tokens.listening,
    log,
  });
  await notices.start().catch((error: unknown) => log('run notices: not listening yet', { error: String(error) }));
  const runs = createRunService({
    graphFor,
    threads,
    threadLocks,
    transcript,
    usage,
    attempts,
    checkpointWrites,
    checkpointMemory,
    log,
    events: { store: runEventsRepository(database.pool), notices, ...config.runEvents },
    slots,
  });
  cancelHere = runs.cancelHere;
  try {
    await notificationFeed.ready();
    if (!deferScheduler) await alertScheduler.start();
  } catch (error) {
    await alertScheduler.stop().catch(() => {});
    await notificationFeed.close();
    await threadLocks.close();
    await database.close().catch(() => {});
    throw error;
  }
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
    /** The bound on turns at work at once and its queue (`JOBPILOT_TURN_SLOTS`); absent when unbounded. */
    turnSlots: slots,
    /** Stores and sends notifications: `notifications.createNotification({ owner?, kind, title, body, data? })`. */
    notifications,
    /** New notifications as any process stores them, per owner (the SSE endpoint). */
    notificationFeed,
    /** The alert scheduler: `sweep()` queues due runs (each minute, and at start). */
    alertScheduler,
    /** Builds the planner now if its building was deferred (the rules planner): a server calls it once it listens. */
    warmPlanner: async (): Promise<void> => {
      await deferred?.warm();
    },
    /** Starts the alert scheduler when `deferScheduler` left it stopped (a failure: the caller closes this). */
    startScheduler: () => alertScheduler.start(),
    /**
     * Removes a thread no run holds, with its transcript and checkpoints, in one transaction
     * and holding the thread meanwhile. `threadId` is the thread's key (`threadKey(owner, id)`).
     */
    deleteThread: (threadId: string): Promise<'deleted' | 'busy' | 'missing'> =>
      deleteThread({ threads, threadLocks, checkpointMemory }, threadId, CHECKPOINT_SCHEMA),
    /**
     * Re-checks an owner's saved and applied jobs against their postings' ATS endpoints and
     * stores what each answered (GET /v1/saved-jobs shows it); `news` marks the ones that just
     * closed or changed. What the scheduler runs (alerts).
     */
    recheckSavedJobs: recheckOwner,
    /** Cancels runs in flight (they release their threads), frees the rest, then closes the database. */
    async close() {
      await alertScheduler.stop();
      await notificationFeed.close();
      email?.close();
      await runs.close();
      await notices.close();
      await threadLocks.close();
      await database.close();
    },
  };
}

export type Jobpilot = Awaited<ReturnType<typeof createJobpilot>>;

/** What start-up reads and checks before the database opens: boards, the model, private files. */
async function prepare(config: Config, chatModel: BaseChatModel | undefined, observeBoardCall: JobpilotOptions['observeBoardCall']) {
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
  return { sourceSettings, sources, trustedHosts, model, adminKey };
}
