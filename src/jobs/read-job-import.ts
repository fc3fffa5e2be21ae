/**
 * Reads an import (CSV or JSON) from a stream, with two caps checked as it arrives: bytes
 * (the route's body limit) and postings (`maxImportRows`). Postings are split out one by one
 * and the reading stops at the first one past the cap; the rest of the body is only counted,
 * never parsed, so a 5 MiB file of millions of tiny rows is refused after 10,001 of them (a
 * second or two of parsing, in turns of a few milliseconds) and a few hundred kilobytes of
 * memory, instead of minutes and gigabytes.
 */
import { parse, type Options as CsvParseOptions } from 'csv-parse';
import { JobpilotError } from '../errors.ts';
import { maxJsonDepth, nestsDeeperThan, tooDeep } from '../protocol/json-depth.ts';
import {
  csvOptions,
  csvRows,
  csvUnreadable,
  guessDelimiter,
  type CsvRecord,
  type ImportProblem,
  type ImportRowInput,
  maxImportRows,
} from './import-jobs.ts';
import { turnTaker } from './event-loop-turns.ts';
import { JsonArrayRows, JsonSyntaxError } from './json-array-rows.ts';

/** The postings read from an import file, not validated yet, and any problem of the file or of a row's shape. */
export interface ImportRows {
  /** Each posting's fields as read (a JSON value, or a CSV row keyed by its header). */
  postings: unknown[];
  /** For CSV, the line each posting starts on. */
  lines?: number[];
  problems: ImportProblem[];
  /** How many postings the file has. */
  count: number;
}

/**
 * The postings of an import as rows to validate, each with its number and line.
 *
 * @example
 * await validateImportRows(importRowInputs(read));
 */
export function importRowInputs(read: ImportRows): ImportRowInput[] {
  return read.postings.map((value, index) => {
    const line = read.lines?.[index];
    return line === undefined ? { row: index + 1, value } : { row: index + 1, line, value };
  });
}

export interface ImportLimits {
  /** Bytes of body at most; past it, `PAYLOAD_TOO_LARGE`. */
  maxBytes: number;
  /** Postings at most; past it, `IMPORT_TOO_LARGE`. Defaults to `maxImportRows`. */
  maxRows?: number;
}

type Chunks = AsyncIterable<Uint8Array | string>;

/** The header is looked for in this much of the file at most (the delimiter is guessed from it). */
const headerSniffBytes = 64 * 1024;
/**
 * CSV is handed to the parser in slices between these sizes. csv-parse's cost per byte varies
 * a hundredfold: a row with fewer cells than the header costs it an error object (~0.1 ms), so
 * 4 KiB of "a\n" rows held the loop 200–700 ms while 4 KiB of ordinary rows takes 1–2 ms. The
 * slice starts small and doubles while the parser is fast, halves while it is slow.
 */
const csvSlice = { minBytes: 32, startBytes: 256, maxBytes: 16 * 1024 } as const;
/** A slice that took longer than this is too big; one under a quarter of it could be bigger. */
const sliceTargetMs = 4;
/** JSON is handed to the splitter in slices of this many characters. */
const jsonSliceCharacters = 8 * 1024;

/**
 * Reads CSV postings (a header row, then one posting per record) from a stream.
 *
 * @throws JobpilotError `PAYLOAD_TOO_LARGE` past `maxBytes`, `IMPORT_TOO_LARGE` past `maxRows`.
 * @example
 * const { postings, problems } = await readCsvImport(request.raw, { maxBytes: importBodyLimit });
 */
export async function readCsvImport(chunks: Chunks, limits: ImportLimits): Promise<ImportRows> {
  const maxRows = limits.maxRows ?? maxImportRows;
  const records: CsvRecord[] = [];
  let failure: unknown;
  let parser: ReturnType<typeof parse> | undefined;
  let head: Buffer[] = [];
  let headBytes = 0;

  // A socket chunk (64 KiB) can hold 30,000 tiny rows: the parser is fed slices sized by how long
  // it takes over them, the count is checked after each, and the event loop gets a turn every few
  // milliseconds (`turnTaker`), so no request waits on the parser for long.
  let sliceBytes: number = csvSlice.startBytes;
  const pause = turnTaker();
  const writeSlices = async (target: ReturnType<typeof parse>, chunk: Buffer): Promise<'more' | 'stop'> => {
    for (let offset = 0; offset < chunk.length; ) {
      await pause();
      const started = performance.now();
      target.write(chunk.subarray(offset, offset + sliceBytes));
      offset += sliceBytes;
      const took = performance.now() - started;
      if (took > sliceTargetMs) sliceBytes = Math.max(csvSlice.minBytes, sliceBytes / 2);
      else if (took < sliceTargetMs / 4) sliceBytes = Math.min(csvSlice.maxBytes, sliceBytes * 2);
      // The header is a record too.
      if (records.length > maxRows + 1 || failure !== undefined) return 'stop';
    }
    return 'more';
  };

  const start = (): ReturnType<typeof parse> => {
    const text = Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, '');
    const options: CsvParseOptions = {
      ...csvOptions(guessDelimiter(text)),
      // Called as each record is parsed, inside `write`: the records are kept here, none queued in
      // the stream. With `info: true` a record comes as `{record, info}`.
      on_record: (record) => {
        if (records.length <= maxRows + 1) records.push(record as unknown as CsvRecord);
        return null;
      },
    };
    const created = parse(options);
    created.on('error', (error) => {
      failure ??= error;
    });
    return created;
  };

  await readCapped(chunks, limits.maxBytes, async (chunk) => {
    if (failure !== undefined) return 'stop';
    if (!parser) {
      head.push(chunk);
      headBytes += chunk.length;
      // The delimiter is guessed from the first non-blank line: wait for it (within reason).
      if (!/\S[^\n]*\n/.test(Buffer.concat(head).toString('utf8')) && headBytes < headerSniffBytes) return 'more';
      parser = start();
      const buffered = Buffer.concat(head);
      head = [];
      return writeSlices(parser, buffered);
    }
    return writeSlices(parser, chunk);
  });
  if (!parser) {
    parser = start();
    await writeSlices(parser, Buffer.concat(head));
  }
  if (records.length > maxRows + 1) throw importTooLarge(maxRows);
  if (failure === undefined) {
    parser.end();
    await new Promise<void>((resolve) => {
      parser?.once('end', resolve).once('error', () => resolve()).resume();
    });
  }
  if (failure !== undefined) return { postings: [], problems: [csvUnreadable(failure)], count: 0 };
  const { rows, problems, count } = csvRows(records);
  return { postings: rows.map((row) => row.value), lines: rows.map((row) => row.line ?? 0), problems, count };
}

/**
 * Reads JSON postings (an array, or a search answer's `jobs`) from a stream.
 *
 * @throws JobpilotError `PAYLOAD_TOO_LARGE` past `maxBytes`, `IMPORT_TOO_LARGE` past `maxRows`,
 *   `BAD_REQUEST` for a body that is not well-formed JSON.
 * @example
 * const { postings, problems } = await readJsonImport(request.raw, { maxBytes: importBodyLimit });
 */
export async function readJsonImport(chunks: Chunks, limits: ImportLimits): Promise<ImportRows> {
  const maxRows = limits.maxRows ?? maxImportRows;
  const postings: unknown[] = [];
  const decoder = new TextDecoder('utf-8');
  let failure: unknown;
  const splitter = new JsonArrayRows((text) => {
    if (postings.length > maxRows) return;
    // A posting is a few levels deep: one nested past the limit is refused before it is parsed.
    if (nestsDeeperThan(text, maxJsonDepth - 2)) throw tooDeep(`Posting ${postings.length + 1}`);
    postings.push(JSON.parse(text) as unknown);
  });
  const feed = (text: string) => {
    try {
      splitter.push(text);
    } catch (error) {
      failure ??= error;
    }
  };
  // A socket chunk can hold 20,000 postings (`{},`): it is split in slices with turns between.
  const pause = turnTaker();
  await readCapped(chunks, limits.maxBytes, async (chunk) => {
    const text = decoder.decode(chunk, { stream: true });
    for (let offset = 0; offset < text.length; offset += jsonSliceCharacters) {
      await pause();
      if (failure !== undefined || postings.length > maxRows) return 'stop';
      feed(text.slice(offset, offset + jsonSliceCharacters));
    }
    return failure !== undefined || postings.length > maxRows ? 'stop' : 'more';
  });
  if (postings.length > maxRows) throw importTooLarge(maxRows);
  if (failure === undefined) feed(decoder.decode());
  let kind: ReturnType<JsonArrayRows['finish']> = 'other';
  if (failure === undefined) {
    try {
      kind = splitter.finish();
    } catch (error) {
      failure = error;
    }
  }
  if (failure instanceof JobpilotError) throw failure;
  if (failure !== undefined) {
    const reason = failure instanceof JsonSyntaxError || failure instanceof SyntaxError ? failure.message : String(failure);
    throw new JobpilotError('BAD_REQUEST', `The body is not valid JSON (${reason}); send a JSON array of postings.`, { cause: failure });
  }
  if (kind === 'other') {
    return { postings: [], problems: [{ row: null, message: 'expected a JSON array of postings ([{"title", "company", "url", …}])' }], count: 0 };
  }
  return { postings, problems: [], count: postings.length };
}

/**
 * Hands each chunk to `take` until it answers `'stop'`, then only counts the rest: the body is
 * read to its end (so the client gets the answer, not a reset) but never past `maxBytes`.
 */
async function readCapped(chunks: Chunks, maxBytes: number, take: (chunk: Buffer) => 'more' | 'stop' | Promise<'more' | 'stop'>): Promise<void> {
  let bytes = 0;
  let taking = true;
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    bytes += chunk.length;
    if (bytes > maxBytes) {
      throw new JobpilotError('PAYLOAD_TOO_LARGE', `The import is over ${(maxBytes / 1024 / 1024).toFixed(0)} MiB; split the file.`);
    }
    if (taking) taking = (await take(chunk)) === 'more';
  }
}

function importTooLarge(maxRows: number): JobpilotError {
  return new JobpilotError(
    'IMPORT_TOO_LARGE',
    `The import holds more than ${maxRows.toLocaleString('en-US')} postings; nothing was imported. Split the file into parts of at most ${maxRows.toLocaleString('en-US')}.`,
    { details: { limit: maxRows } },
  );
}
