import { type Child, h } from './dom.ts';
import { type Inline, parseMarkdown } from './markdown-blocks.ts';

function inlineNodes(line: Inline[]): Child[] {
  return line.map((part) => {
    if (part.kind === 'text') return part.text;
    if (part.kind === 'link') return h('a', { href: part.href, rel: 'noreferrer noopener', target: '_blank' }, part.text);
    return h(part.kind, {}, part.text);
  });
}

const linesNodes = (lines: Inline[][]): Child[] => lines.flatMap((line, index) => [index ? h('br') : null, ...inlineNodes(line)]);

/**
 * The Markdown jobpilot writes, as elements (never HTML). Anything else shows as the text it is.
 *
 * @example
 * container.append(renderMarkdown('# Dear Acme\n\nI build **TypeScript** services.'));
 */
export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of parseMarkdown(markdown)) {
    if (block.kind === 'paragraph') fragment.append(h('p', {}, ...linesNodes(block.lines)));
    else if (block.kind === 'heading') fragment.append(h(`h${block.level}`, {}, ...inlineNodes(block.line)));
    else {
      const list = h(block.ordered ? 'ol' : 'ul', {}, ...block.items.map((item) => h('li', {}, ...linesNodes(item))));
      if (block.ordered && block.start !== 1) list.setAttribute('start', String(block.start));
      fragment.append(list);
    }
  }
  return fragment;
}
