import type { RunRequest } from '../../protocol/api.ts';
import { ApiClient } from '../api-client.ts';
import { ApiError } from '../api-error.ts';
import { askApproval } from '../ask-approval.ts';
import type { Context, LineReader } from '../context.ts';
import { describeError } from '../describe-error.ts';
import { formatMessages, formatPendingApproval, formatThreadTable } from '../format-thread.ts';
import { loadInputHistory, saveInputHistory } from '../input-history.ts';
import { createPainter } from '../render.ts';
import { createRunPrinter } from '../run-printer.ts';
import { reconnectedLine, runTurn } from '../run-turn.ts';
import { defaultThreadId, newThreadId, rememberDefaultThread } from '../state.ts';

export interface ChatOptions {
  /** Talk in this thread instead of the remembered default one. */
  threadId: string | undefined;
}

type ChatContext = Pick<
  Context,
  'stdout' | 'stderr' | 'isTTY' | 'color' | 'fetch' | 'config' | 'createLineReader'
>;

/** How many messages of the thread to show when the chat starts. */
const recentMessages = 6;

const helpText = `Commands:
  /help      this list
  /new       start a new thread (it becomes the default)
  /threads   list your threads
  /exit      leave (or Ctrl-D; Ctrl-C at an empty prompt)
Ctrl-C while jobpilot works cancels that turn.
`;

/**
 * `jobpilot chat`: an interactive conversation in one thread. Shows the thread's last
 * messages, streams each turn, asks before actions that need approval, and keeps the
 * input history in the config dir. Ctrl-C cancels the running turn, not the program.
 *
 * @example
 * await chatCommand(context, { threadId: undefined });
 */
export async function chatCommand(context: ChatContext, options: ChatOptions): Promise<number> {
  const { stdout, stderr, config } = context;
  const paint = createPainter(context.color);
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const printer = createRunPrinter({ stdout, stderr, paint, animate: context.isTTY.stdout });
  let threadId = options.threadId ?? (await defaultThreadId(config.configDir));

  async function turn(reader: LineReader, request: RunRequest): Promise<void> {
    const controller = new AbortController();
    const stopListening = reader.onInterrupt(() => controller.abort());
    try {
      await runTurn({
        api,
        threadId,
        request,
        onEvent: (event) => printer.print(event),
        decide: async (approval) => {
          printer.finish();
          const approved = await askApproval(reader, paint, approval);
          if (approved === undefined)
            stdout.write(
              `${paint.dim('(still waiting for your approval; answer it next time)')}\n`,
            );
          return approved;
        },
        signal: controller.signal,
        onReconnect: (afterId) => stderr.write(`${reconnectedLine(afterId)}\n`),
      });
    } catch (error) {
      printer.finish();
      stderr.write(`${describeError(error)}\n`);
    } finally {
      stopListening();
      printer.finish();
    }
  }

  /** Shows where the conversation stands and answers a pending approval. */
  async function openThread(reader: LineReader): Promise<void> {
    stdout.write(`${paint.dim(`thread ${threadId}`)}\n`);
    let thread: Awaited<ReturnType<ApiClient['getThread']>>;
    try {
      thread = await api.getThread(threadId, { limit: recentMessages });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'THREAD_NOT_FOUND') {
        stdout.write(`${paint.dim('A new conversation. Type /help for commands.')}\n`);
        return;
      }
      throw error;
    }
    if (thread.next_before)
      stdout.write(`${paint.dim(`… earlier messages: jobpilot threads show ${threadId}`)}\n`);
    if (thread.messages.length > 0) stdout.write(`${formatMessages(paint, thread.messages)}\n`);
    if (thread.pending_approval) {
      stdout.write(formatPendingApproval(paint, thread.pending_approval));
      const approved = await askApproval(reader, paint, thread.pending_approval);
      if (approved !== undefined) await turn(reader, { resume: { approved } });
    }
  }

  /** Runs a slash command; false means leave. */
  async function command(name: string): Promise<boolean> {
    switch (name) {
      case '/exit':
      case '/quit':
        return false;
      case '/help':
        stdout.write(helpText);
        return true;
      case '/new':
        threadId = newThreadId();
        await rememberDefaultThread(config.configDir, threadId);
        stdout.write(`New thread ${paint.bold(threadId)} (now the default).\n`);
        return true;
      case '/threads':
        try {
          stdout.write(formatThreadTable(paint, await api.listThreads()));
          stdout.write(`${paint.dim(`current: ${threadId}`)}\n`);
        } catch (error) {
          stderr.write(`${describeError(error)}\n`);
        }
        return true;
      default:
        stdout.write(`Unknown command ${name}. ${paint.dim('Type /help for the list.')}\n`);
        return true;
    }
  }

  const reader = context.createLineReader({ history: await loadInputHistory(config.configDir) });
  try {
    await openThread(reader);
    for (;;) {
      const line = await reader.read(`${paint.cyan('you›')} `);
      if (line === null) break;
      const text = line.trim();
      if (!text) continue;
      if (text.startsWith('/')) {
        if (!(await command(text.split(/\s+/)[0] ?? text))) break;
        continue;
      }
      await turn(reader, { message: text });
    }
  } finally {
    reader.close();
    await saveInputHistory(config.configDir, reader.history()).catch(() => {});
  }
  return 0;
}
