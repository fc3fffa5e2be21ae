import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/documents/escape-markdown.ts';
import { parseMarkdownBlocks } from '../../src/documents/markdown-blocks.ts';
import { parseInlineRuns, plainText } from '../../src/documents/markdown-inline.ts';

describe('parseMarkdownBlocks', () => {
  it('reads headings, paragraphs, lists and page breaks in order', () => {
    const blocks = parseMarkdownBlocks(
      '# Title\n\nFirst line\ncontinues here.\n\n## Section\n\n- one\n* two\n\n1. first\n2. second\n\n---\n\n### Deeper ####\n\n###### Deepest',
    );
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'list', 'list', 'page-break', 'heading', 'heading']);
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, runs: [{ text: 'Title' }] });
    expect(blocks[1]).toEqual({ type: 'paragraph', runs: [{ text: 'First line continues here.' }] });
    expect(blocks[3]).toEqual({ type: 'list', ordered: false, start: 1, items: [[{ text: 'one' }], [{ text: 'two' }]] });
    expect(blocks[4]).toMatchObject({ type: 'list', ordered: true, start: 1, items: [[{ text: 'first' }], [{ text: 'second' }]] });
    expect(blocks[6]).toEqual({ type: 'heading', level: 3, runs: [{ text: 'Deeper' }] });
    expect(blocks[7]).toMatchObject({ level: 3 });
  });

  it('keeps hard line breaks (two spaces or a backslash)', () => {
    const [block] = parseMarkdownBlocks('I led the migration of forty services to TypeScript,  \nand it worked\\\nwell for the whole company and everyone in it.');
    expect(block).toEqual({
      type: 'paragraph',
      runs: [
        { text: 'I led the migration of forty services to TypeScript,' },
        { text: '\n' },
        { text: 'and it worked' },
        { text: '\n' },
        { text: 'well for the whole company and everyone in it.' },
      ],
    });
  });

  // Issue 13: "Stripe" and "Europe, UK" came out as "Stripe Europe, UK" in the PDF and DOCX.
  it('keeps the lines of an address or a sign-off apart without hard breaks, and joins wrapped prose', () => {
    const text = (markdown: string) => plainText((parseMarkdownBlocks(markdown)[0] as { runs: Parameters<typeof plainText>[0] }).runs);
    expect(text('Hiring Manager\nStripe\nEurope, UK')).toBe('Hiring Manager\nStripe\nEurope, UK');
    expect(text('Best regards,\nJane Müller\njane@example.org')).toBe('Best regards,\nJane Müller\njane@example.org');
    expect(text('4 Market Street\nLeeds LS1 6DT')).toBe('4 Market Street\nLeeds LS1 6DT');
    expect(text('First line\ncontinues here.')).toBe('First line continues here.');
    expect(text('I have run payments infrastructure for nine years\nand led the move of forty services to TypeScript.')).toBe(
      'I have run payments infrastructure for nine years and led the move of forty services to TypeScript.',
    );
  });

  it('starts a numbered list at its first number', () => {
    expect(parseMarkdownBlocks('3. three\n4. four')[0]).toMatchObject({ ordered: true, start: 3 });
  });

  it('folds continuation lines and loose items into their list', () => {
    const [list, paragraph] = parseMarkdownBlocks('- one\n  more of one\n\n- two\nlazy line\n\nAfter the list.');
    expect(list).toEqual({ type: 'list', ordered: false, start: 1, items: [[{ text: 'one more of one' }], [{ text: 'two lazy line' }]] });
    expect(paragraph).toEqual({ type: 'paragraph', runs: [{ text: 'After the list.' }] });
  });

  it('ends a list when a different kind begins', () => {
    const blocks = parseMarkdownBlocks('- bullet\n1. number');
    expect(blocks).toHaveLength(2);
    expect(blocks.map((block) => block.type === 'list' && block.ordered)).toEqual([false, true]);
  });

  it('treats CRLF like LF and ignores blank input', () => {
    expect(parseMarkdownBlocks('# A\r\n\r\nB')).toHaveLength(2);
    expect(parseMarkdownBlocks('\n\n  \n')).toEqual([]);
  });
});

describe('parseInlineRuns', () => {
  it('reads bold, italic and both', () => {
    expect(parseInlineRuns('a **b** *c* ***d*** __e__ _f_')).toEqual([
      { text: 'a ' },
      { text: 'b', bold: true },
      { text: ' ' },
      { text: 'c', italic: true },
      { text: ' ' },
      { text: 'd', bold: true, italic: true },
      { text: ' ' },
      { text: 'e', bold: true },
      { text: ' ' },
      { text: 'f', italic: true },
    ]);
  });

  it('nests italic inside bold', () => {
    expect(parseInlineRuns('**Why *it* fits:** text')).toEqual([
      { text: 'Why ', bold: true },
      { text: 'it', bold: true, italic: true },
      { text: ' fits:', bold: true },
      { text: ' text' },
    ]);
  });

  it('leaves unmatched or spaced markers, snake_case and escapes literal', () => {
    expect(plainText(parseInlineRuns('2 * 3 = 6, a*b, snake_case_name, \\*not\\*, **open'))).toBe('2 * 3 = 6, a*b, snake_case_name, *not*, **open');
    expect(parseInlineRuns('snake_case_name')).toEqual([{ text: 'snake_case_name' }]);
  });

  it('reads links and code spans as text', () => {
    expect(parseInlineRuns('see [my site](https://example.dev) and `npm test`')).toEqual([
      { text: 'see ' },
      { text: 'my site', link: 'https://example.dev' },
      { text: ' and npm test' },
    ]);
  });
});

describe('escapeMarkdown', () => {
  it.each(['C*', 'snake_case', '**not bold**', 'a \\ b', '[x](y)', '`code`', 'Line\nbreak'])('round-trips %j as plain text', (text) => {
    expect(plainText(parseInlineRuns(escapeMarkdown(text)))).toBe(text.replace(/\s+/g, ' '));
  });

  it.each(['+ Plus Co', '- Dash Co', '# Hash Co', '> Quote Co', '1. Bank', '2) Bank', '---', '***'])(
    'keeps %j a plain line, even at the start of one',
    (text) => {
      expect(parseMarkdownBlocks(`Hiring Manager  \n${escapeMarkdown(text)}`)).toEqual([
        { type: 'paragraph', runs: [{ text: 'Hiring Manager' }, { text: '\n' }, { text }] },
      ]);
    },
  );
});
