import { createInterface } from 'node:readline';
import type { LineReader, LineReaderOptions } from './context.ts';
import { historySize } from './input-history.ts';

/**
 * A `LineReader` over readline. Lines that arrive before they are asked for (a pipe) are
 * queued, not lost; when the input is not a terminal each answer is echoed after its
 * prompt so a piped session still reads as a transcript.
 *
 * @example
 * const reader = createReadlineLineReader(process.stdin, process.stdout, { history: [] });
 * const line = await reader.read('› ');
 */
export function createReadlineLineReader(
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream,
  options: LineReaderOptions = {},
): LineReader {
  const terminal = Boolean(input.isTTY);
  const rl = createInterface({
    input,
    output,
    terminal,
    history: [...(options.history ?? [])],
    historySize,
    removeHistoryDuplicates: true,
  });
  const queue: string[] = [];
  const pipedHistory = [...(options.history ?? [])];
  const interruptHandlers = new Set<() => void>();
  let waiting: ((line: string | null) => void) | undefined;
  let closed = false;

  rl.on('line', (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      if (!terminal) output.write(`${line}\n`);
      resolve(line);
    } else queue.push(line);
  });
  rl.on('close', () => {
    closed = true;
    const resolve = waiting;
    waiting = undefined;
    if (resolve) {
      output.write('\n');
      resolve(null);
    }
  });
  const interrupt = () => {
    if (waiting) {
      if (rl.line.length > 0) {
        // Ctrl-C on a half-typed line clears it, like a shell.
        rl.write(null, { ctrl: true, name: 'e' });
        rl.write(null, { ctrl: true, name: 'u' });
        return;
      }
      const resolve = waiting;
      waiting = undefined;
      output.write('\n');
      resolve(null);
      return;
    }
    for (const handler of interruptHandlers) handler();
  };
  rl.on('SIGINT', interrupt);
  // Without a terminal, Ctrl-C arrives as a signal rather than a keypress.
  if (!terminal) process.on('SIGINT', interrupt);

  function next(prompt: string): Promise<string | null> {
    const queued = queue.shift();
    if (queued !== undefined) {
      output.write(`${prompt}${queued}\n`);
      return Promise.resolve(queued);
    }
    if (closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      waiting = resolve;
      rl.setPrompt(prompt);
      rl.prompt();
    });
  }

  return {
    async read(prompt, readOptions) {
      const line = await next(prompt);
      if (line === null || !line.trim()) return line;
      const history = terminal ? (rl as unknown as { history: string[] }).history : pipedHistory;
      if (readOptions?.remember === false) {
        // Answers to y/N questions are not worth recalling with the arrow keys.
        if (terminal && history[0] === line) history.shift();
      } else if (!terminal && history[0] !== line) {
        // readline keeps history only for terminals; keep a piped session's too.
        history.unshift(line);
      }
      return line;
    },
    onInterrupt(handler) {
      interruptHandlers.add(handler);
      return () => interruptHandlers.delete(handler);
    },
    history: () => [
      ...(terminal ? (rl as unknown as { history: string[] }).history : pipedHistory),
    ],
    close() {
      if (!terminal) process.off('SIGINT', interrupt);
      rl.close();
    },
  };
}
