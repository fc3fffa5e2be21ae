/**
 * The Markdown jobpilot writes, read into blocks and inline pieces: no DOM here, so the server's
 * tests read it as the page does (web/src/markdown.ts draws the blocks).
 */

/** A piece of a line: text, `**bold**`, `*em*`, `` `code` ``, or a link. */
export type Inline =
  | { kind: 'text' | 'strong' | 'em' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

/** A block: a paragraph (its lines), a heading, or a list whose items are lines. */
export type Block =
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'heading'; level: 2 | 3 | 4; line: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][][] };

/** `**bold**`, `*em*`, `` `code` ``, `[text](url)` and plain http(s) URLs. */
function inline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;
  let last = 0;
  const addText = (value: string) => {
    if (value !== '') parts.push({ kind: 'text', text: value });
  };
  for (const match of text.matchAll(pattern)) {
    addText(text.slice(last, match.index));
    if (match[1] !== undefined) parts.push({ kind: 'strong', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'em', text: match[2] });
    else if (match[3] !== undefined) parts.push({ kind: 'code', text: match[3] });
    else if (match[4] !== undefined && match[5] !== undefined) parts.push({ kind: 'link', text: match[4], href: match[5] });
    else if (match[6] !== undefined) parts.push({ kind: 'link', text: match[6], href: match[6] });
    last = (match.index ?? 0) + match[0].length;
  }
  addText(text.slice(last));
  return parts;
}

/**
 * The Markdown jobpilot writes (headings, paragraphs, bullet and numbered lists, bold, links) as
 * blocks. An indented line under a list item goes on with that item ("1. Planner at Acme" /
 * "   https://…"); a numbered list that starts after other lines keeps its first number.
 *
 * @example
 * parseMarkdown('1. Planner at Acme\n   https://acme.example/1');
 * // [{ kind: 'list', ordered: true, start: 1, items: [[[text 'Planner at Acme'], [link]]] }]
 */
export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let list: Extract<Block, { kind: 'list' }> | null = null;
  let paragraph: Inline[][] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      flush();
      const ordered = !bullet;
      if (!list || list.ordered !== ordered) {
        list = { kind: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
        blocks.push(list);
      }
      list.items.push([inline((bullet?.[1] ?? numbered?.[2]) ?? '')]);
      continue;
    }
    const item = list?.items.at(-1);
    if (item && /^\s+\S/.test(line)) {
      item.push(inline(line.trim()));
      continue;
    }
    list = null;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: Math.min(4, (heading[1]?.length ?? 1) + 1) as 2 | 3 | 4, line: inline(heading[2] ?? '') });
    } else if (line === '') flush();
    else paragraph.push(inline(line));
  }
  flush();
  return blocks;
}
