import type { ClientConfig, Config } from '../config.ts';

/** Somewhere text goes: `process.stdout`, `process.stderr`, or a test buffer. */
export interface TextOutput {
  write(text: string): unknown;
  /** The terminal's width, when it is one (tables fit it). */
  readonly columns?: number | undefined;
}

/** A source of input lines: readline over stdin in the real CLI, a script in tests. */
export interface LineReader {
  /**
   * Shows `prompt` and resolves with the next line, or `null` at the end of input
   * (Ctrl-D, a closed pipe) or on Ctrl-C at an empty line.
   */
  read(prompt: string, options?: { remember?: boolean }): Promise<string | null>;
  /** Calls `handler` on Ctrl-C while no `read` is waiting; returns the unsubscribe. */
  onInterrupt(handler: () => void): () => void;
  /** The input history, newest first (what readline keeps). */
  history(): string[];
  close(): void;
}

export interface LineReaderOptions {
  /** Earlier input, newest first, for the arrow keys. */
  history?: string[];
  /** Show the prompt on stderr (keeps stdout clean for `--json`). */
  promptOnStderr?: boolean;
}

/**
 * Everything a command may touch, injected so commands run the same against a terminal
 * and in tests. Commands take only the slice they need (`Pick<Context, …>`).
 */
export interface Context {
  stdout: TextOutput;
  stderr: TextOutput;
  /** Raw stdin, for `ask` reading its message from a pipe. */
  stdin: AsyncIterable<string | Buffer>;
  isTTY: { stdin: boolean; stdout: boolean };
  /** Whether to paint output: stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  fetch: typeof fetch;
  createLineReader: (options?: LineReaderOptions) => LineReader;
  config: ClientConfig;
  /** The service configuration, for the commands that run locally (`eval`). */
  loadServerConfig: () => Config;
  version: string;
  /** Calls `handler` on Ctrl-C (SIGINT) instead of the process dying at once; returns the unsubscribe. */
  onInterrupt?: (handler: () => void) => () => void;
}
