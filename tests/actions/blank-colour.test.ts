import { describe, expect, it } from 'vitest';
import { blankColour } from '../../src/actions/take-screenshot/blank-colour.ts';
import { encodePng } from '../helpers/encode-png.ts';

const rgbRows = (width: number, height: number, pixel: (x: number, y: number) => number[]) =>
  Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => pixel(x, y)).flat());

describe('blankColour: a screenshot in one colour from edge to edge', () => {
  it('names black, white and any other single colour, through every PNG filter', () => {
    for (const filters of [[0], [1], [2], [3], [4], [0, 1, 2, 3, 4]]) {
      expect(blankColour(encodePng({ width: 40, bitDepth: 8, colourType: 2, filters, rows: rgbRows(40, 12, () => [0, 0, 0]) }))).toBe('black');
      expect(blankColour(encodePng({ width: 40, bitDepth: 8, colourType: 6, filters, rows: rgbRows(40, 12, () => [255, 255, 255, 255]) }))).toBe('white');
      expect(blankColour(encodePng({ width: 40, bitDepth: 8, colourType: 2, filters, rows: rgbRows(40, 12, () => [30, 30, 46]), idatParts: 3 }))).toBe('#1e1e2e');
    }
  });

  it('reads the small forms encoders choose for a one-colour picture: 1-bit grey, a palette, 16-bit samples', () => {
    // 1-bit grey: a black screen of 20 pixels a row is 3 bytes a row, the last one partly padding.
    expect(blankColour(encodePng({ width: 20, bitDepth: 1, colourType: 0, rows: Array.from({ length: 5 }, () => [0, 0, 0]) }))).toBe('black');
    expect(blankColour(encodePng({ width: 20, bitDepth: 1, colourType: 0, rows: Array.from({ length: 5 }, () => [0xff, 0xff, 0xf0]) }))).toBe('white');
    expect(
      blankColour(encodePng({ width: 6, bitDepth: 2, colourType: 3, palette: [0, 0, 0, 0x33, 0x66, 0x99], rows: Array.from({ length: 4 }, () => [0b01010101, 0b01010000]) })),
    ).toBe('#336699');
    expect(blankColour(encodePng({ width: 3, bitDepth: 16, colourType: 2, filters: [4], rows: rgbRows(3, 3, () => [0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]) }))).toBe('#12569a');
  });

  it('is not blank when a single pixel differs, anywhere', () => {
    const width = 32;
    const height = 10;
    for (const [oddX, oddY] of [[0, 0], [31, 9], [17, 4]]) {
      const rows = rgbRows(width, height, (x, y) => (x === oddX && y === oddY ? [0, 0, 1] : [0, 0, 0]));
      expect(blankColour(encodePng({ width, bitDepth: 8, colourType: 2, filters: [4, 1], rows }))).toBeUndefined();
    }
    // 1-bit grey: one white pixel in the middle of a black row.
    expect(blankColour(encodePng({ width: 20, bitDepth: 1, colourType: 0, rows: [[0, 0, 0], [0, 0b00010000, 0], [0, 0, 0]] }))).toBeUndefined();
    // The same colour with another opacity is another pixel.
    expect(blankColour(encodePng({ width: 2, bitDepth: 8, colourType: 6, rows: [[9, 9, 9, 255, 9, 9, 9, 128]] }))).toBeUndefined();
  });

  it('never calls a file it cannot read blank', () => {
    const png = encodePng({ width: 8, bitDepth: 8, colourType: 2, rows: rgbRows(8, 8, () => [0, 0, 0]) });
    expect(blankColour(Buffer.from('\x89PNG\r\n\x1a\nstand-in', 'latin1'))).toBeUndefined();
    expect(blankColour(Buffer.from('GIF89a'))).toBeUndefined();
    expect(blankColour(png.subarray(0, png.length - 30))).toBeUndefined();
    const interlaced = Buffer.from(png);
    interlaced[8 + 8 + 12] = 1;
    expect(blankColour(interlaced)).toBeUndefined();
  });
});
