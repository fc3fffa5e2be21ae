import { inflateSync } from 'node:zlib';

/** Samples per pixel for each PNG colour type: grey, RGB, palette, grey + alpha, RGBA. */
const channelsOf: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

/**
 * The one colour a PNG is painted in from edge to edge ("black", "white" or "#1e1e2e"), or
 * undefined when it shows anything else, or cannot be read (interlaced or malformed files are
 * never called blank). A screenshot in one colour shows nothing: a screen that is off or locked,
 * a display with no window on it, a browser that never appeared. Reads the file itself (zlib and
 * the PNG filters), row by row, stopping at the first pixel that differs.
 *
 * @example
 * blankColour(await readFile('screenshot.png')); // 'black' for an empty X display
 */
export function blankColour(png: Buffer): string | undefined {
  try {
    const read = readChunks(png);
    if (!read || read.header.interlaced) return undefined;
    const { header, palette, data } = read;
    const channels = channelsOf[header.colourType];
    if (channels === undefined) return undefined;
    const bitsPerPixel = channels * header.bitDepth;
    const rowBytes = Math.ceil((header.width * bitsPerPixel) / 8);
    // Filters look this many bytes back: a whole pixel, or one byte for pixels smaller than a byte.
    const step = Math.max(1, bitsPerPixel / 8);
    const pixels = inflateSync(data);
    if (pixels.length < header.height * (rowBytes + 1)) return undefined;
    let previous: Uint8Array = new Uint8Array(rowBytes);
    let first: number[] | undefined;
    for (let row = 0; row < header.height; row++) {
      const start = row * (rowBytes + 1);
      const current = unfilter(pixels[start] ?? 0, pixels.subarray(start + 1, start + 1 + rowBytes), previous, step);
      if (!current) return undefined;
      for (let column = 0; column < header.width; column++) {
        const pixel = pixelAt(current, column, channels, header.bitDepth);
        first ??= pixel;
        if (!samePixel(pixel, first)) return undefined;
      }
      previous = current;
    }
    return first ? colourName(first, header, palette) : undefined;
  } catch {
    return undefined;
  }
}

function readChunks(png: Buffer): { header: Header; palette: Buffer | undefined; data: Buffer } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 8 || !png.subarray(0, 8).equals(signature)) return undefined;
  let header: Header | undefined;
  let palette: Buffer | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8] ?? 0, colourType: body[9] ?? 0, interlaced: body[12] === 1 };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  return header && data.length > 0 ? { header, palette, data: Buffer.concat(data) } : undefined;
}

/** One row with its filter undone (PNG's five filters), or undefined for an unknown filter. */
function unfilter(filter: number, row: Uint8Array, previous: Uint8Array, step: number): Uint8Array | undefined {
  const out = new Uint8Array(row.length);
  for (let index = 0; index < row.length; index++) {
    const left = index >= step ? (out[index - step] ?? 0) : 0;
    const up = previous[index] ?? 0;
    const upLeft = index >= step ? (previous[index - step] ?? 0) : 0;
    const raw = row[index] ?? 0;
    let predicted: number;
    if (filter === 0) predicted = 0;
    else if (filter === 1) predicted = left;
    else if (filter === 2) predicted = up;
    else if (filter === 3) predicted = (left + up) >> 1;
    else if (filter === 4) predicted = paeth(left, up, upLeft);
    else return undefined;
    out[index] = (raw + predicted) & 0xff;
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** A pixel's samples (a 16-bit sample as its two bytes; a pixel under a byte as its bits). */
function pixelAt(row: Uint8Array, column: number, channels: number, bitDepth: number): number[] {
  if (bitDepth < 8) {
    const bit = column * bitDepth;
    const byte = row[bit >> 3] ?? 0;
    return [(byte >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1)];
  }
  const size = (channels * bitDepth) / 8;
  return Array.from(row.subarray(column * size, column * size + size));
}

function samePixel(one: number[], other: number[]): boolean {
  return one.length === other.length && one.every((value, index) => value === other[index]);
}

/** "black", "white", or the colour as #rrggbb (alpha left out). */
function colourName(pixel: number[], header: Header, palette: Buffer | undefined): string {
  const sample = (index: number): number => {
    if (header.bitDepth === 16) return pixel[index * 2] ?? 0;
    if (header.bitDepth < 8) return Math.round(((pixel[index] ?? 0) * 255) / ((1 << header.bitDepth) - 1));
    return pixel[index] ?? 0;
  };
  let rgb: number[];
  if (header.colourType === 3) {
    const entry = (pixel[0] ?? 0) * 3;
    rgb = [palette?.[entry] ?? 0, palette?.[entry + 1] ?? 0, palette?.[entry + 2] ?? 0];
  } else if (header.colourType === 0 || header.colourType === 4) rgb = [sample(0), sample(0), sample(0)];
  else rgb = [sample(0), sample(1), sample(2)];
  if (rgb.every((value) => value <= 8)) return 'black';
  if (rgb.every((value) => value >= 247)) return 'white';
  return `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}
