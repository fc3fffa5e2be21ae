import { type Child, h } from './dom.ts';

/** `**bold**`, `*em*`, `` `code` `` and links written as plain URLs, as DOM nodes (never HTML). */
function inline(text: string): Child[] {
  const parts: Child[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index));
    if (match[1] !== undefined) parts.push(h('strong', {}, match[1]));
    else if (match[2] !== undefined) parts.push(h('em', {}, match[2]));
    else if (match[3] !== undefined) parts.push(h('code', {}, match[3]));
    else if (match[4] !== undefined && match[5] !== undefined) parts.push(h('a', { href: match[5], rel: 'noreferrer noopener', target: '_blank' }, match[4]));
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/**
 * The Markdown jobpilot writes (headings, paragraphs, bullet and numbered lists, bold), as
 * elements. Anything else shows as the text it is.
 *
 * @example
 * container.append(renderMarkdown('# Dear Acme\n\nI build **TypeScript** services.'));
 */
export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let list: HTMLElement | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) fragment.append(h('p', {}, ...paragraph.flatMap((line, index) => [index ? h('br') : null, ...inline(line)])));
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      flush();
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = h(tag);
        fragment.append(list);
      }
      list.append(h('li', {}, ...inline((bullet ?? numbered)?.[1] ?? '')));
      continue;
    }
    list = null;
    if (heading) {
      flush();
      const level = Math.min(4, (heading[1]?.length ?? 1) + 1) as 2 | 3 | 4;
      fragment.append(h(`h${level}`, {}, ...inline(heading[2] ?? '')));
    } else if (line === '') flush();
    else paragraph.push(line);
  }
  flush();
  return fragment;
}
