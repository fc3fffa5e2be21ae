import { describe, expect, it } from 'vitest';
import { alertNotification } from '../../src/alerts/run-alert.ts';
import type { AlertRecord } from '../../src/db/repositories/alerts.ts';
import { type Block, type Inline, parseMarkdown } from '../../web/src/markdown-blocks.ts';

const plain = (line: Inline[]) => line.map((part) => (part.kind === 'link' ? `<${part.href}>` : part.text)).join('');
const lists = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === 'list' ? [block] : []));

describe("the web app's Markdown", () => {
  // An alert's notification as the server writes it, inside a "what's new" answer.
  const alert = { id: 'alert_0123456789', name: 'dispatcher jobs in Gdańsk' } as AlertRecord;
  const match = (n: number) => ({ job_id: `job${n}`, title: `Dispatcher ${n}`, company: 'Baltic Road', location: 'Gdańsk', url: `https://jobs.example/${n}`, fit: 90 - n, reason: 'matches 3 of your 4 core skills' });
  const notification = alertNotification(alert, 'run1', { status: 'succeeded', matches: [match(1), match(2), match(3)], failedBoards: [], error: null });
  const answer = `2 notifications unread:\n• ${notification.title} (Sat 5 Dec, 08:00)\n${notification.body}\n• Follow up with Nordport (Sat 5 Dec, 09:00)\nDue today.`;

  it("keeps an alert's openings in one numbered list, each with its address as a link", () => {
    const blocks = parseMarkdown(answer);
    const numbered = lists(blocks).filter((list) => list.ordered);
    expect(numbered).toHaveLength(1);
    expect(numbered[0]?.start).toBe(1);
    expect(numbered[0]?.items.map((item) => item.map(plain))).toEqual(
      [1, 2, 3].map((n) => [`Dispatcher ${n} at Baltic Road, Gdańsk · fit ${90 - n}: matches 3 of your 4 core skills`, `<https://jobs.example/${n}>`]),
    );
    expect(lists(blocks).filter((list) => !list.ordered).flatMap((list) => list.items.map((item) => plain(item[0] ?? [])))).toEqual([
      '3 new openings for dispatcher jobs in Gdańsk (Sat 5 Dec, 08:00)',
      'Follow up with Nordport (Sat 5 Dec, 09:00)',
    ]);
  });

  it('links a plain address without the punctuation after it, and reads bold, code and headings', () => {
    const [paragraph, heading] = parseMarkdown('Saved to https://x.example/a_b-1. Use **jobpilot** `inbox`.\n\n## Next');
    expect(paragraph).toEqual({
      kind: 'paragraph',
      lines: [
        [
          { kind: 'text', text: 'Saved to ' },
          { kind: 'link', text: 'https://x.example/a_b-1', href: 'https://x.example/a_b-1' },
          { kind: 'text', text: '. Use ' },
          { kind: 'strong', text: 'jobpilot' },
          { kind: 'text', text: ' ' },
          { kind: 'code', text: 'inbox' },
          { kind: 'text', text: '.' },
        ],
      ],
    });
    expect(heading).toEqual({ kind: 'heading', level: 3, line: [{ kind: 'text', text: 'Next' }] });
  });

  it('keeps the first number of a list that starts after other lines', () => {
    expect(lists(parseMarkdown('and then:\n4. four\n5. five')).map((list) => [list.start, list.items.length])).toEqual([[4, 2]]);
  });
});
