// The jobpilot command: the only place that reads process.argv and exits the process.
import packageJson from '../../package.json' with { type: 'json' };
import { loadClientConfig, loadConfig } from '../config.ts';
import { ConnectionLostError, connectionLostExitCode } from './api-error.ts';
import { CliError, UsageError } from './cli-error.ts';
import type { Context } from './context.ts';
import { describeError } from './describe-error.ts';
import { createReadlineLineReader } from './line-reader.ts';
import { type CommandLine, parseCommandLine } from './parse-command-line.ts';
import { terminalOutput } from './terminal-output.ts';
import { usage, usageFor } from './usage.ts';

function createContext(): Context {
  const config = loadClientConfig();
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  const color = config.color && stdoutIsTTY;
  // Everything the commands print passes here: text from outside cannot drive the terminal.
  return {
    stdout: terminalOutput(process.stdout, { terminal: stdoutIsTTY, columns: config.columns }),
    stderr: terminalOutput(process.stderr, { terminal: stdoutIsTTY }),
    stdin: process.stdin,
    isTTY: { stdin: Boolean(process.stdin.isTTY), stdout: stdoutIsTTY },
    color,
    fetch: globalThis.fetch,
    createLineReader: (options = {}) =>
      createReadlineLineReader(
        process.stdin,
        options.promptOnStderr ? process.stderr : process.stdout,
        options,
      ),
    config,
    loadServerConfig: () => loadConfig(),
    version: packageJson.version,
    onInterrupt: (handler) => {
      process.once('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}

/** Each command's modules load only when it runs: `serve` starts Postgres before anything else loads. */
async function run(commandLine: CommandLine): Promise<number> {
  switch (commandLine.command) {
    case 'help':
      process.stdout.write((commandLine.topic === undefined ? undefined : usageFor(commandLine.topic)) ?? usage);
      return 0;
    case 'version':
      process.stdout.write(`jobpilot ${packageJson.version}\n`);
      return 0;
    case 'serve':
      return (await import('./commands/serve.ts')).serveCommand();
    case 'chat':
      return (await import('./commands/chat.ts')).chatCommand(createContext(), { threadId: commandLine.threadId });
    case 'ask':
      return (await import('./commands/ask.ts')).askCommand(createContext(), commandLine);
    case 'threads':
      return (await import('./commands/threads.ts')).threadsCommand(createContext(), commandLine.options);
    case 'jobs':
      return (await import('./commands/jobs.ts')).jobsCommand(createContext(), commandLine.options);
    case 'resume':
      return (await import('./commands/resume.ts')).resumeCommand(createContext(), commandLine.options, process.cwd());
    case 'docs':
      return (await import('./commands/docs.ts')).docsCommand(createContext(), commandLine.options, process.cwd());
    case 'token':
      return (await import('./commands/token.ts')).tokenCommand(createContext(), commandLine.options);
    case 'alerts':
      return (await import('./commands/alerts.ts')).alertsCommand(createContext(), commandLine.options);
    case 'inbox':
      return (await import('./commands/inbox.ts')).inboxCommand(createContext(), commandLine.options);
    case 'reminders':
      return (await import('./commands/reminders.ts')).remindersCommand(createContext(), commandLine.options);
    case 'eval': {
      // The planner and its tokenizer load only for `eval`: every other command starts fast.
      const { evalCommand } = await import('./commands/eval.ts');
      return evalCommand(createContext(), commandLine);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  let commandLine: CommandLine;
  try {
    commandLine = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // A known command used wrongly: the error and where its usage is; else the whole usage.
    const command = argv[0];
    const known = command !== undefined && usageFor(command) !== undefined;
    process.stderr.write(known ? `jobpilot: ${error.message}\nsee \`jobpilot help ${command}\`\n` : `jobpilot: ${error.message}\n\n${usage}`);
    return 2;
  }
  try {
    return await run(commandLine);
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    if (error instanceof ConnectionLostError) return connectionLostExitCode;
    return error instanceof CliError ? error.exitCode : 1;
  }
}

// `jobpilot … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2));
// Let buffered output reach a pipe before leaving.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
