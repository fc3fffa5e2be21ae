import type { LineReader } from '../../src/cli/context.ts';

/** A `LineReader` that answers from a script and records the prompts it showed. */
export function scriptedLineReader(
  lines: Array<string | null>,
  output: { write(text: string): unknown },
) {
  const prompts: string[] = [];
  const interruptHandlers = new Set<() => void>();
  const history: string[] = [];
  let closed = false;
  const reader: LineReader = {
    async read(prompt, options) {
      prompts.push(prompt);
      const line = lines.length > 0 ? (lines.shift() ?? null) : null;
      output.write(`${prompt}${line ?? ''}\n`);
      if (line !== null && options?.remember !== false) history.unshift(line);
      return line;
    },
    onInterrupt(handler) {
      interruptHandlers.add(handler);
      return () => interruptHandlers.delete(handler);
    },
    history: () => [...history],
    close() {
      closed = true;
    },
  };
  return {
    reader,
    prompts,
    /** Presses Ctrl-C while no read is waiting. */
    interrupt: () => {
      for (const handler of interruptHandlers) handler();
    },
    get closed() {
      return closed;
    },
  };
}
