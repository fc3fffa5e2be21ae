/**
 * Contact details as links side by side in one Word paragraph, set apart by single spaces
 * ("Lisbon <e-mail link> <phone link>"): each link is a field of its own.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

async function contactDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Ilse Marchetti-Boateng')] }),
          new Paragraph({
            children: [
              new TextRun('Lisbon '),
              new ExternalHyperlink({ link: 'mailto:ilse.mb@example.org', children: [new TextRun('ilse.mb@example.org')] }),
              new TextRun(' '),
              new ExternalHyperlink({ link: 'tel:+351 912 345 678', children: [new TextRun('+351\u00a0912\u00a0345\u2011678')] }),
              new TextRun(' '),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Experience')] }),
          new Paragraph('Field Technician'),
          new Paragraph('Tejo Wind Services'),
          new Paragraph('2019 - 2023'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('DOCX contact links side by side', () => {
  it('keeps each link apart from the text beside it, so the phone is read, non-breaking hyphen and all', async () => {
    const { text } = await extractDocxText(await contactDocx(), 'contact.docx');
    expect(text).toContain('Lisbon\tilse.mb@example.org\t+351');
    const basics = parseSections(text).basics;
    expect(basics?.email).toBe('ilse.mb@example.org');
    expect(basics?.phone?.replace(/[^\d+]/g, '')).toBe('+351912345678');
  });
});
