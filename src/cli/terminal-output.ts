import { stripControlCharacters } from '../protocol/control-characters.ts';
import type { TextOutput } from './context.ts';

/** The CLI's own sequences: colours (SGR) and the spinner's "back to the start, erase the line". */
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const ownSequence = /(\r\u001b\[2K|\u001b\[[0-9;]*m)/;

/**
 * Text made safe for a terminal: every control character and escape sequence removed (tab
 * and newline kept), except, when writing to a `terminal`, colours and the erase-line the
 * CLI draws itself (its spinner). A posting's `ESC]0;…BEL` (retitle), `ESC[2J` (clear), OSC 52 (clipboard)
 * or bare CR (overwrite the line) never reaches the terminal.
 *
 * @example
 * safeForTerminal('\u001b]0;pwned\u0007Engineer', { terminal: false }); // 'Engineer'
 */
export function safeForTerminal(text: string, options: { terminal: boolean }): string {
  if (!options.terminal) return stripControlCharacters(text);
  // split with a capture group: the CLI's own sequences sit at the odd indexes.
  return text
    .split(ownSequence)
    .map((part, index) => (index % 2 === 1 ? part : stripControlCharacters(part)))
    .join('');
}

/**
 * `output` with every write passed through `safeForTerminal`: the one place the CLI's
 * printing (ask, chat, threads, jobs, resumes, docs) goes through. Its width is the
 * terminal's, or `columns` (`COLUMNS`) when it is not a terminal (a pipe, a file).
 *
 * @example
 * const stdout = terminalOutput(process.stdout, { terminal: true });
 */
export function terminalOutput(output: TextOutput, options: { terminal: boolean; columns?: number | undefined }): TextOutput {
  return {
    write: (text: string) => output.write(safeForTerminal(text, options)),
    get columns() {
      return output.columns ?? options.columns;
    },
  };
}
