import type { TextOutput } from './context.ts';

type Paint = (text: string) => string;

export interface Painter {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

/**
 * ANSI colours when `enabled` (a terminal and no NO_COLOR), identity functions otherwise.
 *
 * @example
 * const paint = createPainter(context.color);
 * stdout.write(paint.green('✓'));
 */
export function createPainter(enabled: boolean): Painter {
  if (!enabled)
    return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    red: ansi(31, 39),
    green: ansi(32, 39),
    yellow: ansi(33, 39),
    cyan: ansi(36, 39),
  };
}

/** An action's arguments as compact JSON (`{"url":"github.com"}`), or nothing when empty. */
export function formatArgs(args: Record<string, unknown>): string {
  return Object.keys(args).length === 0 ? '' : JSON.stringify(args);
}

/** `open_website {"url":"github.com"}` — an action with its arguments. */
export const formatStep = (action: string, args: Record<string, unknown>): string =>
  [action, formatArgs(args)].filter(Boolean).join(' ');

/**
 * A step waiting for approval: what it will do in words when the server said
 * (`open_website: open https://… (Data Analyst at Acme) in your browser`), else the action and its arguments.
 */
export const formatApprovalStep = (approval: { action: string; args: Record<string, unknown>; what?: string | undefined }): string =>
  approval.what ? `${approval.action}: ${approval.what}` : formatStep(approval.action, approval.args);

/** A step line is one terminal line: longer arguments are cut with an ellipsis. */
const maxStepLine = 100;

/**
 * The one-line status of a finished step: `✓ open_website {"url":"github.com"}`, or
 * `✗ take_screenshot — failed`. The step's summary is not repeated here: the answer that
 * follows reports it in full, so a person reads each result once.
 *
 * @example
 * stepResultLine(paint, { action: 'open_website', args: { url: 'github.com' }, ok: true });
 */
export function stepResultLine(
  paint: Painter,
  step: { action: string; args?: Record<string, unknown>; ok: boolean; declined?: boolean },
): string {
  const mark = step.ok ? paint.green('✓') : step.declined ? paint.dim('–') : paint.red('✗');
  const args = formatArgs(step.args ?? {});
  const shown = args.length > maxStepLine ? `${args.slice(0, maxStepLine - 1)}…` : args;
  const outcome = step.ok ? '' : `${paint.dim('—')} ${step.declined ? 'declined, not run' : 'failed'}`;
  return [mark, paint.bold(step.action), shown, outcome].filter(Boolean).join(' ');
}

export interface Spinner {
  /** Shows `text` with a turning wheel (on a terminal); replaces any current one. */
  start(text: string): void;
  /** Clears the spinner line. */
  stop(): void;
}

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A one-line spinner drawn with `\r`; does nothing when `animate` is false (pipes, tests),
 * so the final ✓/✗ line is all a log shows.
 *
 * @example
 * const spinner = createSpinner(process.stdout, { animate: true, paint });
 * spinner.start('open_website'); … spinner.stop();
 */
export function createSpinner(
  output: TextOutput,
  options: { animate: boolean; paint: Painter; intervalMs?: number },
): Spinner {
  let timer: NodeJS.Timeout | undefined;
  let frame = 0;
  const stop = () => {
    if (!timer) return;
    clearInterval(timer);
    timer = undefined;
    output.write('\r\u001b[2K');
  };
  return {
    start(text) {
      stop();
      if (!options.animate) return;
      const draw = () => {
        output.write(
          `\r\u001b[2K${options.paint.cyan(frames[frame % frames.length] ?? '')} ${text}`,
        );
        frame += 1;
      };
      draw();
      timer = setInterval(draw, options.intervalMs ?? 80);
    },
    stop,
  };
}
