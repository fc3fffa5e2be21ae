import type { PendingApproval } from '../../protocol/api.ts';
import { ApiClient } from '../api-client.ts';
import { askApproval } from '../ask-approval.ts';
import type { Context } from '../context.ts';
import { createPainter, formatApprovalStep } from '../render.ts';
import { createRunPrinter } from '../run-printer.ts';
import { reconnectedLine, runTurn } from '../run-turn.ts';
import { defaultThreadId } from '../state.ts';

export interface AskOptions {
  /** The message; read from stdin when absent and stdin is not a terminal. */
  message: string | undefined;
  threadId: string | undefined;
  json: boolean;
  yes: boolean;
}

type AskContext = Pick<
  Context,
  'stdout' | 'stderr' | 'stdin' | 'isTTY' | 'color' | 'fetch' | 'config' | 'createLineReader' | 'onInterrupt'
>;

async function readAll(stdin: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
  return chunks.join('');
}

/**
 * `jobpilot ask "…"`: one turn, the answer streamed to stdout. With `--json`, stdout gets
 * every event as one JSON line and nothing else. Approvals: `--yes` approves, a terminal
 * asks, otherwise they are declined and a line says so (stderr in `--json` mode).
 * Returns 1 when the run failed, 2 for a usage error, 0 otherwise.
 *
 * @example
 * const code = await askCommand(context, { message: 'open github.com', threadId: undefined, json: true, yes: false });
 */
export async function askCommand(context: AskContext, options: AskOptions): Promise<number> {
  const { stdout, stderr, isTTY, config } = context;
  let message = options.message?.trim() ?? '';
  if (!message && !isTTY.stdin) message = (await readAll(context.stdin)).trim();
  if (!message) {
    stderr.write(
      'jobpilot: ask needs a message: jobpilot ask "open github.com" (or pipe one in)\n',
    );
    return 2;
  }
  const paint = createPainter(context.color && !options.json);
  const notices = options.json ? stderr : stdout;
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const threadId = options.threadId ?? (await defaultThreadId(config.configDir));
  const printer = createRunPrinter({
    stdout,
    stderr,
    paint,
    animate: isTTY.stdout && !options.json,
  });

  async function decide(approval: PendingApproval): Promise<boolean | undefined> {
    const step = formatApprovalStep(approval);
    if (options.yes) {
      if (!options.json) notices.write(`${paint.green('✓')} Approved ${step} (--yes)\n`);
      return true;
    }
    if (!isTTY.stdin) {
      notices.write(`Declined ${step}: no terminal to ask (pass --yes to approve).\n`);
      return false;
    }
    printer.finish();
    const reader = context.createLineReader({ promptOnStderr: options.json });
    try {
      return await askApproval(reader, paint, approval);
    } finally {
      reader.close();
    }
  }

  // Ctrl-C cancels the run on the server (it would otherwise go on: the CLI asks runs to
  // continue through a dropped connection), then the command ends.
  const controller = new AbortController();
  const stopListening = context.onInterrupt?.(() => controller.abort()) ?? (() => {});
  const outcome = await runTurn({
    api,
    threadId,
    request: { message },
    signal: controller.signal,
    onReconnect: (afterId) => stderr.write(`${reconnectedLine(afterId)}\n`),
    onEvent: (event) => {
      if (options.json) stdout.write(`${JSON.stringify(event)}\n`);
      else printer.print(event);
    },
    decide,
  }).finally(stopListening);
  printer.finish();
  if (controller.signal.aborted) return 130;
  return outcome === 'failed' ? 1 : 0;
}
