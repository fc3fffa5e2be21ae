import type { PendingApproval } from '../protocol/api.ts';
import type { LineReader } from './context.ts';
import { formatApprovalStep, type Painter } from './render.ts';

/**
 * Asks `Allow <action> <args>? [y/N]`: true for y/yes, false for anything else, undefined
 * when the input ended (Ctrl-D, Ctrl-C) and the approval stays pending.
 *
 * @example
 * const approved = await askApproval(reader, paint, { action: 'take_screenshot', args: {}, reason: '…' });
 */
export async function askApproval(
  reader: LineReader,
  paint: Painter,
  approval: PendingApproval,
): Promise<boolean | undefined> {
  const answer = await reader.read(
    `${paint.yellow('?')} Allow ${paint.bold(formatApprovalStep(approval))}? [y/N] `,
    {
      remember: false,
    },
  );
  if (answer === null) return undefined;
  return /^\s*y(es)?\s*$/i.test(answer);
}
