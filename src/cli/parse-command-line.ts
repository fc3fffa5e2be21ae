import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { z } from 'zod';
import {
  documentFormatSchema,
  documentIdSchema,
  documentKindSchema,
  jobIdSchema,
  type JobSeniority,
  jobSeniorityLevels,
  type JobStatus,
  jobStatusSchema,
  resumeIdSchema,
  threadIdSchema,
} from '../protocol/api.ts';
import { UsageError } from './cli-error.ts';
import type { DocsOptions } from './commands/docs.ts';
import type { RemindersOptions } from './commands/reminders.ts';
import type { JobsOptions } from './commands/jobs.ts';
import type { ResumeOptions } from './commands/resume.ts';
import { correctionOfField } from '../protocol/resume-correction.ts';
import { readYearlyPay, yearlyPayHint } from '../protocol/posting.ts';
import { readPayFloor } from '../actions/search-jobs/read-pay-floor.ts';
import type { ThreadsOptions } from './commands/threads.ts';
import type { TokenOptions } from './commands/token.ts';
import type { AlertsOptions } from './commands/alerts.ts';
import type { InboxOptions } from './commands/inbox.ts';
import { alertIdSchema } from '../protocol/alerts.ts';
import { employmentTypes } from '../protocol/posting.ts';
import { tokenNameSchema } from '../protocol/owners.ts';

/** What the command line asks for, validated. */
export type CommandLine =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'serve' }
  | { command: 'chat'; threadId: string | undefined }
  | {
      command: 'ask';
      message: string | undefined;
      threadId: string | undefined;
      json: boolean;
      yes: boolean;
    }
  | { command: 'threads'; options: ThreadsOptions }
  | { command: 'jobs'; options: JobsOptions }
  | { command: 'resume'; options: ResumeOptions }
  | { command: 'docs'; options: DocsOptions }
  | { command: 'reminders'; options: RemindersOptions }
  | { command: 'token'; options: TokenOptions }
  | { command: 'alerts'; options: AlertsOptions }
  | { command: 'inbox'; options: InboxOptions }
  | { command: 'eval'; file: string; json: boolean; concurrency: number | undefined };

type Options = NonNullable<ParseArgsConfig['options']>;

const helpOption: Options = { help: { type: 'boolean', short: 'h' } };
const jsonOption: Options = { json: { type: 'boolean' } };
const threadOption: Options = { thread: { type: 'string' } };

function parse(args: string[], options: Options) {
  try {
    return parseArgs({
      args,
      options: { ...helpOption, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains well ("Unknown option '--x'"); drop its advice about `--`.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
}

function threadId(value: unknown, what = 'thread id'): string {
  const parsed = threadIdSchema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(`invalid ${what} "${String(value)}": ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const optionalThreadId = (value: unknown) => (value === undefined ? undefined : threadId(value));

function positiveInteger(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${name} must be a positive whole number (got "${String(value)}")`);
  return number;
}

function noPositionals(command: string, positionals: string[]) {
  if (positionals.length > 0)
    throw new UsageError(`${command} takes no arguments (got "${positionals.join(' ')}")`);
}

function parseThreads(args: string[]): CommandLine {
  const [action, ...rest] = args;
  switch (action) {
    case 'list':
    case 'ls': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      noPositionals('threads list', positionals);
      return { command: 'threads', options: { action: 'list', json: Boolean(values.json) } };
    }
    case 'show': {
      const { values, positionals } = parse(rest, {
        ...jsonOption,
        limit: { type: 'string' },
        before: { type: 'string' },
      });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('threads show needs one thread id');
      return {
        command: 'threads',
        options: {
          action: 'show',
          threadId: threadId(positionals[0]),
          json: Boolean(values.json),
          limit: positiveInteger(values.limit, '--limit'),
          before: values.before === undefined ? undefined : String(values.before),
        },
      };
    }
    case 'delete':
    case 'rm': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('threads delete needs one thread id');
      return {
        command: 'threads',
        options: {
          action: 'delete',
          threadId: threadId(positionals[0]),
          json: Boolean(values.json),
        },
      };
    }
    case undefined:
      throw new UsageError('threads needs a subcommand: list, show ID or delete ID');
    default:
      throw new UsageError(`unknown threads subcommand "${action}" (list, show ID, delete ID)`);
  }
}

function tokenName(value: unknown): string {
  const parsed = tokenNameSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`invalid token name "${String(value)}": ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function parseToken(args: string[]): CommandLine {
  const [action, ...rest] = args;
  const token = (options: TokenOptions): CommandLine => ({ command: 'token', options });
  switch (action) {
    case 'create': {
      const { values, positionals } = parse(rest, { ...jsonOption, name: { type: 'string' } });
      if (values.help) return { command: 'help' };
      noPositionals('token create', positionals);
      if (values.name === undefined) throw new UsageError('token create needs --name NAME');
      return token({ action: 'create', name: tokenName(values.name), json: Boolean(values.json) });
    }
    case 'list':
    case 'ls': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      noPositionals('token list', positionals);
      return token({ action: 'list', json: Boolean(values.json) });
    }
    case 'revoke': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('token revoke needs one token name');
      return token({ action: 'revoke', name: tokenName(positionals[0]), json: Boolean(values.json) });
    }
    case undefined:
      throw new UsageError('token needs a subcommand: create --name NAME, list, revoke NAME');
    default:
      throw new UsageError(`unknown token subcommand "${action}" (create --name NAME, list, revoke NAME)`);
  }
}

function jobId(value: unknown): string {
  const parsed = jobIdSchema.safeParse(String(value ?? '').trim().toLowerCase());
  if (!parsed.success)
    throw new UsageError(`invalid job id "${String(value)}": ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function jobStatus(value: unknown): JobStatus {
  const parsed = jobStatusSchema.safeParse(String(value ?? '').trim().toLowerCase());
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid status');
  return parsed.data;
}

const optionalText = (value: unknown) => (value === undefined ? undefined : String(value));

/** The least a yearly pay floor can be in any currency: a smaller figure is pay by the hour or the day, said without it. */
const leastYearlyFloor = 1_000;

/**
 * `--min-salary 100000`, `100k`, `120,000`, `35.000`, `550 000`: a yearly amount; `38/h`, `€24/h`, `200/day`,
 * `3000 a month`: made yearly as chat makes "€24/h" (2080 hours, 260 days, 12 months). A bare figure under 1,000 is
 * refused with the way to say it: "38" is an hourly habit, never 38 a year (regression, trial s50 #48: no filter at all).
 */
function yearlySalary(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const amount = readYearlyPay(text);
  if (amount !== undefined && amount < leastYearlyFloor) {
    const hourly = readPayFloor(`at least ${amount}/h`)?.floor;
    throw new UsageError(
      `--min-salary ${text} would mean ${text} a year, which leaves no posting out: for pay by the hour write "${text}/h" (${hourly?.toLocaleString('en') ?? ''} a year), by the day "${text}/day", or the yearly amount (35000, 35k)`,
    );
  }
  if (amount !== undefined) return amount;
  const said = `at least ${text.toLowerCase()}`;
  const floor = readPayFloor(said);
  // (Only a floor read from the whole of it: "35k and stuff" is no amount.)
  if (floor && floor.index === 0 && floor.length === said.length && floor.floor >= leastYearlyFloor) return floor.floor;
  throw new UsageError(`--min-salary is ${yearlyPayHint}, or pay by the hour, day, week or month as "38/h", "200/day", "3000 a month" (got "${text}")`);
}

const seniorityAliases: Readonly<Record<string, JobSeniority>> = { 'entry-level': 'junior', entry: 'junior', staff: 'lead' };

/** `--seniority senior`; "entry-level" is junior and "staff" is lead, as titles say. */
function seniority(value: unknown): JobSeniority | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().toLowerCase();
  const level = seniorityAliases[text] ?? jobSeniorityLevels.find((name) => name === text);
  if (!level) throw new UsageError(`--seniority is one of ${jobSeniorityLevels.join(', ')} (got "${String(value)}")`);
  return level;
}

const jobsSubcommands = 'search QUERY, show ID, saved, save ID, status ID STATUS, import FILE';

function parseJobs(args: string[]): CommandLine {
  const [action, ...rest] = args;
  const jobs = (options: JobsOptions): CommandLine => ({ command: 'jobs', options });
  switch (action) {
    case 'search': {
      const { values, positionals } = parse(rest, {
        ...jsonOption,
        location: { type: 'string' },
        remote: { type: 'boolean' },
        limit: { type: 'string' },
        company: { type: 'string' },
        sort: { type: 'string' },
        'min-salary': { type: 'string' },
        seniority: { type: 'string' },
      });
      if (values.help) return { command: 'help' };
      const sort = optionalText(values.sort);
      if (sort !== undefined && sort !== 'relevance' && sort !== 'recent' && sort !== 'fit') {
        throw new UsageError('--sort is relevance, recent or fit');
      }
      return jobs({
        action: 'search',
        sort,
        query: positionals.join(' '),
        location: optionalText(values.location),
        remote: Boolean(values.remote),
        limit: positiveInteger(values.limit, '--limit'),
        company: optionalText(values.company),
        minSalary: yearlySalary(values['min-salary']),
        seniority: seniority(values.seniority),
        json: Boolean(values.json),
      });
    }
    case 'show': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('jobs show needs one job id');
      return jobs({ action: 'show', jobId: jobId(positionals[0]), json: Boolean(values.json) });
    }
    case 'saved': {
      const { values, positionals } = parse(rest, { ...jsonOption, status: { type: 'string' } });
      if (values.help) return { command: 'help' };
      noPositionals('jobs saved', positionals);
      return jobs({
        action: 'saved',
        status: values.status === undefined ? undefined : jobStatus(values.status),
        json: Boolean(values.json),
      });
    }
    case 'save': {
      const { values, positionals } = parse(rest, { ...jsonOption, note: { type: 'string' } });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('jobs save needs one job id');
      return jobs({
        action: 'save',
        jobId: jobId(positionals[0]),
        note: optionalText(values.note),
        json: Boolean(values.json),
      });
    }
    case 'status': {
      const { values, positionals } = parse(rest, { ...jsonOption, note: { type: 'string' } });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 2)
        throw new UsageError('jobs status needs a job id and a status, e.g. jobs status 3f9a1c0b7d2e applied');
      return jobs({
        action: 'status',
        jobId: jobId(positionals[0]),
        status: jobStatus(positionals[1]),
        note: optionalText(values.note),
        json: Boolean(values.json),
      });
    }
    case 'import': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('jobs import needs one file (.json or .csv)');
      return jobs({ action: 'import', file: positionals[0] as string, json: Boolean(values.json) });
    }
    case undefined:
      throw new UsageError(`jobs needs a subcommand: ${jobsSubcommands}`);
    default:
      throw new UsageError(`unknown jobs subcommand "${action}" (${jobsSubcommands})`);
  }
}

const resumeSubcommands = 'import FILE, list, show [ID], use ID, delete ID, set [ID] FIELD VALUE, match JOB_ID';

/** A schema-checked argument, or a usage error with the schema's reason. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(String(value ?? '').trim());
  if (!parsed.success) throw new UsageError(`invalid ${what} "${String(value)}": ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const optionalResumeId = (value: unknown) => (value === undefined ? undefined : checked(resumeIdSchema, value, 'resume id'));

function parseResume(args: string[]): CommandLine {
  const [action, ...rest] = args;
  const resume = (options: ResumeOptions): CommandLine => ({ command: 'resume', options });
  switch (action) {
    case 'import': {
      const { values, positionals } = parse(rest, { ...jsonOption, label: { type: 'string' } });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('resume import needs one file: jobpilot resume import cv.pdf');
      const label = optionalText(values.label)?.trim();
      if (label === '') throw new UsageError('--label is empty');
      return resume({ action: 'import', file: positionals[0] as string, label, json: Boolean(values.json) });
    }
    case 'list':
    case 'ls': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      noPositionals('resume list', positionals);
      return resume({ action: 'list', json: Boolean(values.json) });
    }
    case 'show': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length > 1) throw new UsageError('resume show takes at most one resume id');
      return resume({ action: 'show', resumeId: optionalResumeId(positionals[0]), json: Boolean(values.json) });
    }
    case 'delete': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('resume delete needs one resume id (see `jobpilot resume list`), e.g. jobpilot resume delete res_3f9a1c0b7d');
      return resume({ action: 'delete', resumeId: checked(resumeIdSchema, positionals[0], 'resume id'), json: Boolean(values.json) });
    }
    case 'use': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('resume use needs one resume id (see `jobpilot resume list`), e.g. jobpilot resume use res_3f9a1c0b7d');
      return resume({ action: 'use', resumeId: checked(resumeIdSchema, positionals[0], 'resume id'), json: Boolean(values.json) });
    }
    case 'set': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length < 2 || positionals.length > 3) {
        throw new UsageError('resume set needs a field and a value, e.g. resume set work.0.position "Staff Engineer" (an id first for another version)');
      }
      const [field, value] = positionals.slice(-2) as [string, string];
      const correction = correctionOfField(field, value);
      if (!correction.ok) throw new UsageError(`can't set ${field}: ${correction.error}`);
      return resume({
        action: 'set',
        resumeId: positionals.length === 3 ? optionalResumeId(positionals[0]) : undefined,
        field,
        correction: correction.correction,
        json: Boolean(values.json),
      });
    }
    case 'match': {
      const { values, positionals } = parse(rest, { ...jsonOption, resume: { type: 'string' } });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('resume match needs one job id, e.g. resume match 3f9a1c0b7d2e');
      return resume({
        action: 'match',
        jobId: jobId(positionals[0]),
        resumeId: optionalResumeId(values.resume),
        json: Boolean(values.json),
      });
    }
    case undefined:
      throw new UsageError(`resume needs a subcommand: ${resumeSubcommands}`);
    default:
      throw new UsageError(`unknown resume subcommand "${action}" (${resumeSubcommands})`);
  }
}

const docsSubcommands = 'list, show ID, export ID --format pdf|docx|md';

function parseDocs(args: string[]): CommandLine {
  const [action, ...rest] = args;
  const docs = (options: DocsOptions): CommandLine => ({ command: 'docs', options });
  switch (action) {
    case 'list':
    case 'ls': {
      const { values, positionals } = parse(rest, { ...jsonOption, kind: { type: 'string' } });
      if (values.help) return { command: 'help' };
      noPositionals('docs list', positionals);
      const kind = values.kind === undefined ? undefined : checked(documentKindSchema, values.kind, 'kind');
      return docs({ action: 'list', kind, json: Boolean(values.json) });
    }
    case 'show': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('docs show needs one document id');
      return docs({ action: 'show', documentId: checked(documentIdSchema, positionals[0], 'document id'), json: Boolean(values.json) });
    }
    case 'export': {
      const { values, positionals } = parse(rest, { format: { type: 'string' }, out: { type: 'string', short: 'o' } });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('docs export needs one document id');
      if (values.format === undefined) throw new UsageError('docs export needs --format pdf, docx or md');
      return docs({
        action: 'export',
        documentId: checked(documentIdSchema, positionals[0], 'document id'),
        format: checked(documentFormatSchema, String(values.format).toLowerCase(), 'format'),
        out: optionalText(values.out),
      });
    }
    case undefined:
      throw new UsageError(`docs needs a subcommand: ${docsSubcommands}`);
    default:
      throw new UsageError(`unknown docs subcommand "${action}" (${docsSubcommands})`);
  }
}

/** What an alert leaves out, as `alerts add` and `alerts edit` take it: "--exclude-level senior,lead", "--exclude-type contract", "--no-agencies". */
const exclusionOptions = {
  'exclude-level': { type: 'string' },
  'exclude-type': { type: 'string' },
  'no-agencies': { type: 'boolean' },
} as const;

/** A comma-separated list of a vocabulary's words ("senior,lead"); "none" or "" for an empty list. */
function wordsOf<Word extends string>(flag: string, given: unknown, vocabulary: readonly Word[]): Word[] | undefined {
  if (given === undefined) return undefined;
  const words = String(given).split(',').map((word) => word.trim().toLowerCase().replace(/-/g, '_')).filter((word) => word !== '' && word !== 'none');
  const unknown = words.find((word) => !(vocabulary as readonly string[]).includes(word));
  if (unknown) throw new UsageError(`--${flag} takes ${vocabulary.map((word) => word.replace(/_/g, '-')).join(', ')} (comma-separated, or "none"); got "${unknown}"`);
  return words as Word[];
}

/** The exclusions given on the command line, as the API's fields. */
function exclusionsGiven(values: Record<string, unknown>) {
  const levels = wordsOf('exclude-level', values['exclude-level'], jobSeniorityLevels);
  const types = wordsOf('exclude-type', values['exclude-type'], employmentTypes);
  return {
    ...(levels === undefined ? {} : { exclude_seniority: levels }),
    ...(types === undefined ? {} : { exclude_employment_type: types }),
    ...(values['no-agencies'] ? { exclude_agencies: true } : {}),
  };
}

const alertsSubcommands = 'add QUERY --schedule WHEN, list, edit ID [--schedule …] [--location …] …, pause ID, resume ID, delete ID, run ID';

/** An option's text, or undefined when it is not given, empty or "none" (nothing to set). */
function givenText(value: unknown): string | undefined {
  const text = value === undefined ? '' : String(value).trim();
  return text === '' || text.toLowerCase() === 'none' ? undefined : text;
}

function parseAlerts(args: string[]): CommandLine {
  const [action, ...rest] = args;
  const alerts = (options: AlertsOptions): CommandLine => ({ command: 'alerts', options });
  switch (action) {
    case 'add': {
      const { values, positionals } = parse(rest, {
        ...jsonOption,
        schedule: { type: 'string' },
        location: { type: 'string' },
        remote: { type: 'boolean' },
        'remote-too': { type: 'boolean' },
        company: { type: 'string' },
        'min-fit': { type: 'string' },
        'min-salary': { type: 'string' },
        'time-zone': { type: 'string' },
        ...exclusionOptions,
      });
      if (values.help) return { command: 'help' };
      const query = positionals.join(' ').trim();
      if (!query) throw new UsageError('alerts add needs what to look for, e.g. alerts add "typescript" --remote --schedule "every morning at 8"');
      const minFit = values['min-fit'] === undefined ? undefined : Number(values['min-fit']);
      if (minFit !== undefined && (!Number.isInteger(minFit) || minFit < 0 || minFit > 100)) {
        throw new UsageError(`--min-fit is a whole number from 0 to 100 (got "${String(values['min-fit'])}")`);
      }
      return alerts({
        action: 'add',
        json: Boolean(values.json),
        alert: {
          query,
          schedule: optionalText(values.schedule) ?? 'every morning at 8',
          ...(givenText(values.location) === undefined ? {} : { location: givenText(values.location) }),
          ...(values.remote ? { remote: true } : {}),
          ...(values['remote-too'] ? { remote_too: true } : {}),
          ...(givenText(values.company) === undefined ? {} : { company: givenText(values.company) }),
          ...(minFit === undefined ? {} : { min_fit: minFit }),
          ...(values['min-salary'] === undefined ? {} : { min_salary: yearlySalary(values['min-salary']) }),
          ...(values['time-zone'] === undefined ? {} : { time_zone: String(values['time-zone']) }),
          ...exclusionsGiven(values),
        },
      });
    }
    case 'edit':
    case 'change': {
      const { values, positionals } = parse(rest, {
        ...jsonOption,
        query: { type: 'string' },
        schedule: { type: 'string' },
        location: { type: 'string' },
        remote: { type: 'boolean' },
        'not-remote': { type: 'boolean' },
        'remote-too': { type: 'boolean' },
        'not-remote-too': { type: 'boolean' },
        company: { type: 'string' },
        'min-fit': { type: 'string' },
        'min-salary': { type: 'string' },
        'time-zone': { type: 'string' },
        ...exclusionOptions,
        agencies: { type: 'boolean' },
      });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError('alerts edit needs one alert id (see alerts list), e.g. alerts edit alert_3f9a1c0b7d --schedule "weekdays at 7"');
      const alertId = checked(alertIdSchema, positionals[0], 'alert id');
      if (values.remote && values['not-remote']) throw new UsageError('give --remote or --not-remote, not both');
      // "" or "none" (any case) clears a place, a company, the fit or the pay floor (trial 46 #29:
      // `--location none` was kept as a place called "none").
      const cleared = <T>(value: unknown, read: (text: string) => T): T | null | undefined => {
        if (value === undefined) return undefined;
        const text = String(value).trim();
        return text === '' || text.toLowerCase() === 'none' ? null : read(text);
      };
      const minFit = cleared(values['min-fit'], (text) => {
        const fit = Number(text);
        if (!Number.isInteger(fit) || fit < 0 || fit > 100) throw new UsageError(`--min-fit is a whole number from 0 to 100, or "none" (got "${text}")`);
        return fit;
      });
      const minSalary = cleared(values['min-salary'], yearlySalary);
      const change = {
        ...(values.query === undefined ? {} : { query: String(values.query) }),
        ...(values.schedule === undefined ? {} : { schedule: String(values.schedule) }),
        ...(values.location === undefined ? {} : { location: cleared(values.location, String) }),
        ...(values.remote ? { remote: true } : values['not-remote'] ? { remote: false } : {}),
        ...(values['remote-too'] ? { remote_too: true } : values['not-remote-too'] ? { remote_too: false } : {}),
        ...(values.company === undefined ? {} : { company: cleared(values.company, String) }),
        ...(minFit === undefined ? {} : { min_fit: minFit }),
        ...(minSalary === undefined ? {} : { min_salary: minSalary }),
        ...(values['time-zone'] === undefined ? {} : { time_zone: String(values['time-zone']) }),
        ...exclusionsGiven(values),
        // ("--agencies": agencies' postings welcome again.)
        ...(values.agencies ? { exclude_agencies: false } : {}),
      };
      if (Object.keys(change).length === 0) {
        throw new UsageError(
          'alerts edit needs something to change: --query, --schedule, --location, --remote/--not-remote, --remote-too/--not-remote-too, --company, --min-fit, --min-salary, --time-zone, --exclude-level, --exclude-type or --no-agencies/--agencies ("" or none clears location, company, min fit, min salary and what is left out)',
        );
      }
      return alerts({ action: 'edit', alertId, change, json: Boolean(values.json) });
    }
    case 'list':
    case 'ls': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      noPositionals('alerts list', positionals);
      return alerts({ action: 'list', json: Boolean(values.json) });
    }
    case 'pause':
    case 'resume':
    case 'delete':
    case 'rm':
    case 'run': {
      const { values, positionals } = parse(rest, jsonOption);
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1) throw new UsageError(`alerts ${action} needs one alert id (see alerts list)`);
      const alertId = checked(alertIdSchema, positionals[0], 'alert id');
      return alerts({ action: action === 'rm' ? 'delete' : action, alertId, json: Boolean(values.json) });
    }
    case undefined:
      throw new UsageError(`alerts needs a subcommand: ${alertsSubcommands}`);
    default:
      throw new UsageError(`unknown alerts subcommand "${action}" (${alertsSubcommands})`);
  }
}

function parseInbox(args: string[]): CommandLine {
  const { values, positionals } = parse(args, { ...jsonOption, unread: { type: 'boolean' }, read: { type: 'boolean' }, limit: { type: 'string' } });
  if (values.help) return { command: 'help' };
  noPositionals('inbox', positionals);
  return {
    command: 'inbox',
    options: { json: Boolean(values.json), unread: Boolean(values.unread), markRead: Boolean(values.read), limit: positiveInteger(values.limit, '--limit') },
  };
}

/**
 * Turns `process.argv.slice(2)` into a validated command; throws `UsageError` (exit 2)
 * for anything it cannot understand.
 *
 * @example
 * parseCommandLine(['ask', 'open github.com', '--json']);
 * // { command: 'ask', message: 'open github.com', threadId: undefined, json: true, yes: false }
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [command, ...args] = argv;
  switch (command) {
    case 'help':
      return args[0] === undefined ? { command: 'help' } : { command: 'help', topic: args[0] };
    case undefined:
    case '--help':
    case '-h':
      return { command: 'help' };
    case '--version':
    case '-v':
    case 'version':
      return { command: 'version' };
    case 'serve': {
      const { values, positionals } = parse(args, {});
      if (values.help) return { command: 'help' };
      noPositionals('serve', positionals);
      return { command: 'serve' };
    }
    case 'chat': {
      const { values, positionals } = parse(args, threadOption);
      if (values.help) return { command: 'help' };
      noPositionals('chat', positionals);
      return { command: 'chat', threadId: optionalThreadId(values.thread) };
    }
    case 'ask': {
      const { values, positionals } = parse(args, {
        ...threadOption,
        ...jsonOption,
        yes: { type: 'boolean', short: 'y' },
      });
      if (values.help) return { command: 'help' };
      return {
        command: 'ask',
        message: positionals.length > 0 ? positionals.join(' ') : undefined,
        threadId: optionalThreadId(values.thread),
        json: Boolean(values.json),
        yes: Boolean(values.yes),
      };
    }
    case 'threads':
      return parseThreads(args);
    case 'jobs':
      return parseJobs(args);
    case 'resume':
      return parseResume(args);
    case 'docs':
      return parseDocs(args);
    case 'token':
      return parseToken(args);
    case 'alerts':
      return parseAlerts(args);
    case 'inbox':
      return parseInbox(args);
    case 'reminders': {
      const { values, positionals } = parse(args, { ...jsonOption, all: { type: 'boolean' }, feed: { type: 'boolean' } });
      if (values.help) return { command: 'help', topic: 'reminders' };
      noPositionals('reminders', positionals);
      if (values.feed && values.all) throw new UsageError('reminders takes --feed or --all, not both');
      return { command: 'reminders', options: { json: Boolean(values.json), all: Boolean(values.all), feed: Boolean(values.feed) } };
    }
    case 'eval': {
      const { values, positionals } = parse(args, {
        ...jsonOption,
        concurrency: { type: 'string' },
      });
      if (values.help) return { command: 'help' };
      if (positionals.length !== 1)
        throw new UsageError('eval needs one file: jobpilot eval evals/planner.jsonl');
      return {
        command: 'eval',
        file: positionals[0] as string,
        json: Boolean(values.json),
        concurrency: positiveInteger(values.concurrency, '--concurrency'),
      };
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
