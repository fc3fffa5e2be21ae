import { crc32, deflateSync } from 'node:zlib';

/** PNG's Paeth predictor, as the encoder below applies it. */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A real PNG file, as an encoder writes it: `rows` are the unfiltered scanlines, each written with the filter `filters`
 * gives it in turn (0 none, 1 sub, 2 up, 3 average, 4 Paeth), so a reader must undo every filter.
 *
 * @example
 * encodePng({ width: 2, bitDepth: 8, colourType: 2, rows: [[0, 0, 0, 255, 255, 255]] }); // one black, one white pixel
 */
export function encodePng(options: {
  width: number;
  bitDepth: number;
  colourType: number;
  rows: number[][];
  filters?: number[];
  palette?: number[];
  idatParts?: number;
}): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[options.colourType] as number;
  const step = Math.max(1, (channels * options.bitDepth) / 8);
  const filters = options.filters ?? [0];
  const scanlines: number[] = [];
  options.rows.forEach((row, index) => {
    const filter = filters[index % filters.length] as number;
    const previous = options.rows[index - 1] ?? row.map(() => 0);
    scanlines.push(filter);
    row.forEach((value, at) => {
      const left = at >= step ? (row[at - step] as number) : 0;
      const up = previous[at] as number;
      const upLeft = at >= step ? (previous[at - step] as number) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] as number;
      scanlines.push((value - predicted) & 0xff);
    });
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(options.width, 0);
  header.writeUInt32BE(options.rows.length, 4);
  header[8] = options.bitDepth;
  header[9] = options.colourType;
  const data = deflateSync(Buffer.from(scanlines));
  // Encoders split the image data over several IDAT chunks: the reader joins them.
  const parts = options.idatParts ?? 1;
  const size = Math.ceil(data.length / parts);
  const idats = Array.from({ length: parts }, (_, part) => chunk('IDAT', data.subarray(part * size, (part + 1) * size)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(options.palette ? [chunk('PLTE', Buffer.from(options.palette))] : []),
    ...idats,
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
