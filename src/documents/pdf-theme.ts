/** The PDF export's typography: standard fonts only, so nothing is embedded or fetched. */
export const pdfTheme = {
  pageSize: 'A4',
  margins: { top: 62, bottom: 62, left: 66, right: 66 },
  fonts: {
    regular: 'Helvetica',
    bold: 'Helvetica-Bold',
    italic: 'Helvetica-Oblique',
    boldItalic: 'Helvetica-BoldOblique',
  },
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

/** The standard font for a run's style. */
export function fontFor(style: { bold?: boolean; italic?: boolean }): string {
  const { fonts } = pdfTheme;
  if (style.bold && style.italic) return fonts.boldItalic;
  if (style.bold) return fonts.bold;
  return style.italic ? fonts.italic : fonts.regular;
}
