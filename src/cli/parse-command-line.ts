import { type ParseArgsConfig, parseArgs } from 'node:util';
import { threadIdSchema } from '../protocol/api.ts';
import { UsageError } from './cli-error.ts';
import type { ThreadsOptions } from './commands/threads.ts';

/** What the command line asks for, validated. */
export type CommandLine =
  | { command: 'help' }
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
    case undefined:
    case 'help':
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
