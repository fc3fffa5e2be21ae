import type { PendingApproval, ThreadDetail, ThreadSummary } from '../protocol/api.ts';
import { formatApprovalStep, type Painter } from './render.ts';
import { dayAndTimeIn } from '../time/time-zone.ts';

/**
 * `2026-11-21 15:04`: in `timeZone` (the server's JOBPILOT_TIME_ZONE, when an answer names it),
 * else in local time; the text as given when it is not a date.
 *
 * @example
 * formatTime('2026-12-06T01:06:00Z', 'America/Toronto'); // '2026-12-05 20:06'
 */
export function formatTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZone) return dayAndTimeIn(date, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Threads as an aligned table: id, status, last update (in the server's zone when the list names
 * it), title.
 *
 * @example
 * stdout.write(formatThreadTable(paint, threads));
 */
export function formatThreadTable(paint: Painter, threads: ReadonlyArray<ThreadSummary & { time_zone?: string }>): string {
  if (threads.length === 0) return 'No threads yet. Start one with `jobpilot chat`.\n';
  const rows = threads.map((thread) => [
    thread.thread_id,
    thread.status,
    formatTime(thread.updated_at, thread.time_zone),
    thread.title,
  ]);
  const header = ['THREAD', 'STATUS', 'UPDATED', 'TITLE'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return `${paint.bold(format(header))}\n${rows.map(format).join('\n')}\n`;
}

/** The messages of a transcript page, oldest first: `you` / `jobpilot` with the time. */
export function formatMessages(paint: Painter, messages: ThreadDetail['messages']): string {
  return messages
    .map((message) => {
      const who = message.role === 'user' ? paint.cyan('you') : paint.green('jobpilot');
      return `${who} ${paint.dim(formatTime(message.created_at))}\n${message.content}\n`;
    })
    .join('\n');
}

/** `Waiting for your approval: take_screenshot — Capturing the screen needs your OK.` */
export const formatPendingApproval = (paint: Painter, approval: PendingApproval): string =>
  `${paint.yellow('?')} Waiting for your approval: ${paint.bold(formatApprovalStep(approval))} — ${approval.reason}\n`;

/** A whole thread for `threads show`: heading, transcript page, pending approval, paging hint. */
export function formatThread(paint: Painter, thread: ThreadDetail): string {
  const heading = `${paint.bold(thread.title || thread.thread_id)}\n${paint.dim(
    `thread ${thread.thread_id} · ${thread.status} · created ${formatTime(thread.created_at)} · updated ${formatTime(thread.updated_at)}${formatUsage(thread.usage)}`,
  )}\n`;
  const parts = [heading];
  if (thread.next_before) {
    parts.push(
      paint.dim(
        `(older messages: jobpilot threads show ${thread.thread_id} --before ${thread.next_before})\n`,
      ),
    );
  }
  parts.push(
    thread.messages.length > 0
      ? formatMessages(paint, thread.messages)
      : paint.dim('(no messages)\n'),
  );
  if (thread.pending_approval) parts.push(formatPendingApproval(paint, thread.pending_approval));
  return parts.join('\n');
}

/** ` · 3 model calls, 2,410 tokens in / 312 out`, or nothing when no model was called. */
export function formatUsage(usage: ThreadDetail['usage'] | undefined): string {
  if (!usage || usage.model_calls === 0) return '';
  const number = (value: number) => value.toLocaleString('en-US');
  const calls = `${number(usage.model_calls)} model call${usage.model_calls === 1 ? '' : 's'}`;
  return ` · ${calls}, ${number(usage.input_tokens)} tokens in / ${number(usage.output_tokens)} out`;
}
