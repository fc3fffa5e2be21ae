import { deflateSync } from 'node:zlib';

/** A PDF of the given objects (1 is the catalog), with a correct cross-reference table. */
function pdfOf(objects: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, index) => {
    offsets.push(length);
    const body = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.from(object), Buffer.from('\nendobj\n')]);
    parts.push(body);
    length += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

function stream(content: string): Buffer {
  const deflated = deflateSync(Buffer.from(content), { level: 9 });
  return Buffer.concat([Buffer.from(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`), deflated, Buffer.from('\nendstream')]);
}

/**
 * A PDF whose page tree lists the same page `times` times (issue 15: 20,000 times in 120 KB
 * kept PDF.js busy for 17 s on the event loop).
 *
 * @example
 * const pdf = pdfRepeatingOnePage(20_000);
 */
export function pdfRepeatingOnePage(times: number): Buffer {
  const kids = Array.from({ length: times }, () => '3 0 R').join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${times} /Kids [${kids}] >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    font,
    stream('BT /F1 12 Tf 72 720 Td (Jane Doe, Senior Engineer at Acme Corp since 2019) Tj ET'),
  ]);
}
