/**
 * Skills styled as tags, in a Word document: each tag a shaded or highlighted run, the tags set
 * apart by plain spaces (what LibreOffice makes of a theme's chips, or a writer's own shading).
 * The text alone runs the tags together; the reader keeps them apart.
 */
import { Document, HeadingLevel, Packer, Paragraph, ShadingType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { docxTagRows } from '../../src/resume/extract/docx-tag-rows.ts';
import { readZipEntry } from '../../src/resume/extract/read-zip-entry.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Tag = { text: string; mark: 'shading' | 'highlight' };

function tagRow(tags: readonly Tag[]): Paragraph {
  return new Paragraph({
    children: tags.flatMap(({ text, mark }) => [
      new TextRun(mark === 'shading' ? { text, color: 'FFFFFF', shading: { type: ShadingType.CLEAR, fill: '2F4F6F', color: 'auto' } } : { text, highlight: 'yellow' }),
      new TextRun(' '),
    ]),
  });
}

async function resumeDocx(): Promise<Uint8Array> {
  const shaded = (text: string): Tag => ({ text, mark: 'shading' });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Oriel Vantongeren')] }),
          new Paragraph('oriel.v@example.org'),
          new Paragraph('Plain sentence with shading nowhere in it'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Skills')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Kitchen')] }),
          tagRow([shaded('Menu costing'), shaded('Sous vide'), shaded('Allergen control'), shaded('Stock rotation')]),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Office')] }),
          tagRow([{ text: 'Rota planning', mark: 'highlight' }, { text: 'Supplier talks', mark: 'highlight' }]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('DOCX rows of shaded tags', () => {
  it('reads one entry of the document out of its ZIP archive', async () => {
    const xml = new TextDecoder().decode(readZipEntry(await resumeDocx(), 'word/document.xml', 1 << 20));
    expect(xml).toContain('Menu costing');
    expect(readZipEntry(await resumeDocx(), 'word/no-such-part.xml', 1 << 20)).toBeUndefined();
  });

  it('gives up on an entry that inflates past its byte bound, without inflating the rest', async () => {
    const bytes = await resumeDocx();
    const size = readZipEntry(bytes, 'word/document.xml', 1 << 20)!.byteLength;
    expect(readZipEntry(bytes, 'word/document.xml', size - 1)).toBeUndefined();
    expect(docxTagRows(bytes, size - 1).size).toBe(0);
  });

  it('finds the rows of shaded or highlighted runs and no other paragraph', async () => {
    const rows = docxTagRows(await resumeDocx(), 1 << 20);
    expect([...rows.values()]).toEqual(['Menu costing\tSous vide\tAllergen control\tStock rotation', 'Rota planning\tSupplier talks']);
  });

  it('keeps the tags apart in the text, so each is a skill of its group', async () => {
    const { text } = await extractDocxText(await resumeDocx(), 'tags.docx');
    expect(text).toContain('Menu costing\tSous vide\tAllergen control\tStock rotation');
    const skills = parseSections(text).skills ?? [];
    expect(skills.find((skill) => skill.name === 'Kitchen')?.keywords).toEqual(['Menu costing', 'Sous vide', 'Allergen control', 'Stock rotation']);
    expect(skills.find((skill) => skill.name === 'Office')?.keywords).toEqual(['Rota planning', 'Supplier talks']);
  });
});
