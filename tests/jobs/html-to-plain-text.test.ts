import { describe, expect, it } from 'vitest';
import {
  capText,
  escapedHtmlToPlainText,
  htmlToInlineText,
  htmlToPlainText,
  tidyPlainText,
} from '../../src/jobs/html-to-plain-text.ts';

describe('htmlToPlainText', () => {
  it('keeps paragraphs and headings, lists as bullets, links and images as their text', () => {
    const html =
      '<h2>About <b>us</b></h2><p>We&nbsp;build <a href="https://x.example">tools</a>.<img src="x.png" alt="logo"></p>' +
      '<ul><li>TypeScript</li><li>Node.js &amp; Postgres</li></ul><ol><li>Apply</li></ol>';
    expect(htmlToPlainText(html)).toBe(
      'About us\n\nWe build tools.\n\n• TypeScript\n• Node.js & Postgres\n\n 1. Apply',
    );
  });

  it('collapses runs of blank lines and is empty for nothing', () => {
    expect(htmlToPlainText('<p>a</p><br><br><br><br><p>b</p>')).toBe('a\n\nb');
    expect(htmlToPlainText('')).toBe('');
    expect(htmlToPlainText(null)).toBe('');
  });

  it('caps long descriptions at a word boundary', () => {
    const text = htmlToPlainText(`<p>${'word '.repeat(100)}</p>`, { maxLength: 42 });
    expect(text.length).toBeLessThanOrEqual(42);
    expect(text).toMatch(/^(word )+word…$/);
  });

  it('does not run scripts or styles into the text', () => {
    expect(htmlToPlainText('<style>p{}</style><script>alert(1)</script><p>Hello</p>')).toBe('Hello');
  });
});

describe('escapedHtmlToPlainText', () => {
  it("decodes Greenhouse's entity-escaped HTML before converting it", () => {
    expect(
      escapedHtmlToPlainText(
        '&lt;div class=&quot;intro&quot;&gt;&lt;p&gt;R&amp;amp;D at Stripe&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;&lt;/div&gt;',
      ),
    ).toBe('R&D at Stripe\n\n• Go');
  });
});

describe('htmlToInlineText', () => {
  it('flattens markup to one line', () => {
    expect(htmlToInlineText('<strong>Node.js</strong> Developer &amp;\n Mentor')).toBe('Node.js Developer & Mentor');
  });
});

describe('tidyPlainText', () => {
  it('unifies line endings, trims line ends and collapses blank runs', () => {
    expect(tidyPlainText('Hello  \r\n\r\n\r\n\r\nWorld\rAgain  ')).toBe('Hello\n\nWorld\nAgain');
  });
});

describe('capText', () => {
  it('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(capText('short', 10)).toBe('short');
    expect(capText('one two three', 8)).toBe('one two…');
    expect(capText('abcdefghijklmnop', 5)).toBe('abcd…');
  });
});
