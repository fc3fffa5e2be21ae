/**
 * Bytes to text for the plain formats (text, Markdown, JSON): honours a UTF-8 or UTF-16
 * byte-order mark, prefers strict UTF-8, and falls back to Windows-1252 (the usual encoding
 * of resumes saved as .txt on Windows). Returns `undefined` for binary data.
 *
 * @example
 * decodeText(new TextEncoder().encode('Jane Doe')); // 'Jane Doe'
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeOrUndefined('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeOrUndefined('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeOrUndefined('utf-16be', bytes.subarray(2));
  if (looksBinary(bytes)) return undefined;
  return decodeOrUndefined('utf-8', bytes) ?? decodeOrUndefined('windows-1252', bytes);
}

/**
 * Whether `bytes` begins with `prefix`.
 *
 * @example
 * startsWith(bytes, [0x25, 0x50, 0x44, 0x46]); // true for a PDF
 */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

const sniffLength = 8192;

// A NUL byte, or many control characters, in the first 8 KB: not a text file.
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, sniffLength);
  let control = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > length / 20;
}

function decodeOrUndefined(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
