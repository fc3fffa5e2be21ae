import type { FontStyle } from './pdf-fonts.ts';

/** The PDF export's typography; the fonts themselves are in `pdf-fonts.ts`. */
export const pdfTheme = {
  pageSize: 'A4',
  margins: { top: 62, bottom: 62, left: 66, right: 66 },
  colors: { text: '#222222', heading: '#17324d', muted: '#5f6368', link: '#1a5fa8', rule: '#c9d1d9' },
  body: { size: 10.5, lineGap: 3.2, paragraphGap: 8 },
  title: { size: 18, after: 4 },
  headings: {
    1: { size: 15, before: 14, after: 6 },
    2: { size: 13, before: 14, after: 5 },
    3: { size: 11.5, before: 10, after: 4 },
  },
  contact: { nameSize: 11.5, detailSize: 9, after: 14 },
  list: { indent: 12, markerGap: 6, itemGap: 3 },
  footer: { size: 8 },
} as const;

/** The registered font for a run's style. */
export function fontFor(style: { bold?: boolean; italic?: boolean }): FontStyle {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  return style.italic ? 'italic' : 'regular';
}
