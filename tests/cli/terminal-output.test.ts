import { describe, expect, it } from 'vitest';
import { createPainter, createSpinner } from '../../src/cli/render.ts';
import { safeForTerminal, terminalOutput } from '../../src/cli/terminal-output.ts';

const hostile = 'Engineer\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007\rFAKE\u009b1m';

describe('safeForTerminal', () => {
  it('removes every control sequence from text printed to a pipe', () => {
    expect(safeForTerminal(`${hostile}\n`, { terminal: false })).toBe('Engineer\nFAKE\n');
  });

  it('keeps the CLI\'s own colours and spinner erase on a terminal, and nothing else', () => {
    const paint = createPainter(true);
    const line = `\r\u001b[2K${paint.green('✓')} ${paint.bold(hostile)}\n`;
    expect(safeForTerminal(line, { terminal: true })).toBe(`\r\u001b[2K${paint.green('✓')} ${paint.bold('Engineer\nFAKE')}\n`);
  });

  it('wraps an output: the spinner still draws, text from outside is cleaned', () => {
    const written: string[] = [];
    const output = terminalOutput({ write: (text: string) => written.push(text), columns: 80 }, { terminal: true });
    expect(output.columns).toBe(80);
    const spinner = createSpinner(output, { animate: true, paint: createPainter(false), intervalMs: 1_000_000 });
    spinner.start(hostile);
    spinner.stop();
    expect(written).toEqual(['\r\u001b[2K⠋ Engineer\nFAKE', '\r\u001b[2K']);
  });
});
