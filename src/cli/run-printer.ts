import type { RunEvent } from '../protocol/events.ts';
import type { TextOutput } from './context.ts';
import { createSpinner, formatApprovalStep, formatStep, type Painter, stepResultLine } from './render.ts';
import { cliHints } from './route-hints.ts';

export interface RunPrinter {
  print(event: RunEvent): void;
  /** Stops any spinner and ends the current line. */
  finish(): void;
}

/**
 * Renders a run for people: the answer streamed as it arrives, each step as a spinner
 * that becomes a one-line ✓/✗ status, errors on stderr. A step's summary is shown once,
 * in the answer that reports it; only a run that fails before answering prints the
 * summaries of its steps, so no result is lost.
 *
 * @example
 * const printer = createRunPrinter({ stdout, stderr, paint, animate: isTTY.stdout });
 * for await (const event of events) printer.print(event);
 * printer.finish();
 */
export function createRunPrinter(options: {
  stdout: TextOutput;
  stderr: TextOutput;
  paint: Painter;
  animate: boolean;
}): RunPrinter {
  const { stdout, stderr, paint } = options;
  const spinner = createSpinner(stdout, { animate: options.animate, paint });
  let atLineStart = true;
  let streamed = false;
  let answered = false;
  /** Each step's arguments by index (and the last approval's by action), for its status line. */
  const stepArgs = new Map<number | string, Record<string, unknown>>();
  /** This run's finished steps, shown in full only when the run ends with no answer. */
  let finished: string[] = [];
  const write = (text: string) => {
    if (text.length === 0) return;
    stdout.write(text);
    atLineStart = text.endsWith('\n');
  };
  const line = (text: string) => {
    spinner.stop();
    if (!atLineStart) write('\n');
    write(`${text}\n`);
  };

  return {
    print(event) {
      switch (event.type) {
        case 'run-start':
          streamed = false;
          answered = false;
          finished = [];
          stepArgs.clear();
          spinner.start(paint.dim('thinking…'));
          return;
        case 'plan':
          stepArgs.set(event.index, event.args);
          spinner.start(paint.dim(`planning ${event.action}…`));
          return;
        case 'tool-call-start':
          stepArgs.set(event.index, event.args);
          spinner.start(formatStep(event.action, event.args));
          return;
        case 'tool-progress':
          // A long step's own output (a letter as it is written), dimmed like a step.
          spinner.stop();
          write(paint.dim(event.text));
          return;
        case 'tool-call-end':
          line(stepResultLine(paint, { ...event, args: stepArgs.get(event.index) ?? stepArgs.get(event.action) }));
          finished.push(event.summary);
          spinner.start(paint.dim('thinking…'));
          return;
        case 'approval-request':
          stepArgs.set(event.action, event.args);
          line(
            `${paint.yellow('?')} ${paint.bold(formatApprovalStep(event))} needs your approval — ${event.reason}`,
          );
          return;
        case 'message-delta':
          spinner.stop();
          streamed = true;
          answered = true;
          write(event.text);
          return;
        case 'message-end':
          spinner.stop();
          if (!streamed) write(event.text);
          if (!atLineStart) write('\n');
          streamed = false;
          answered = true;
          return;
        case 'error':
          spinner.stop();
          if (!atLineStart) write('\n');
          stderr.write(`${paint.red('error:')} ${cliHints(event.message)} (${event.code})\n`);
          return;
        case 'run-end':
          spinner.stop();
          if (event.status === 'failed' && !answered) for (const summary of finished) line(summary);
          if (event.status === 'cancelled') line(paint.dim('(cancelled)'));
          return;
      }
    },
    finish() {
      spinner.stop();
      if (!atLineStart) write('\n');
    },
  };
}
