/**
 * Reads an import (CSV or JSON) from a stream, with two caps checked as it arrives: bytes
 * (the route's body limit) and postings (`maxImportRows`). Postings are split out one by one
 * and the reading stops at the first one past the cap; the rest of the body is only counted,
 * never parsed, so a 5 MiB file of millions of tiny rows is refused within milliseconds and
 * a few hundred kilobytes of memory instead of minutes and gigabytes.
 */
import { parse, type Options as CsvParseOptions } from 'csv-parse';
import { JobpilotError } from '../errors.ts';
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
/** CSV is handed to the parser in slices of this size at most. */
const csvSliceBytes = 4 * 1024;
/** Between two turns of the event loop, at most this much is parsed. */
const bytesPerTurn = 256 * 1024;

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

  // A socket chunk (64 KiB) can hold 30,000 tiny rows, and csv-parse slows down the more records
  // one write holds: it is fed small slices, and the count is checked after each.
  // A turn of the event loop between slices: csv-parse takes its time over thousands of tiny rows.
  const writeSlices = async (target: ReturnType<typeof parse>, chunk: Buffer): Promise<'more' | 'stop'> => {
    for (let offset = 0; offset < chunk.length; offset += csvSliceBytes) {
      if (offset > 0) await nextTurn();
      target.write(chunk.subarray(offset, offset + csvSliceBytes));
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
    if (postings.length <= maxRows) postings.push(JSON.parse(text) as unknown);
  });
  const feed = (text: string) => {
    try {
      splitter.push(text);
    } catch (error) {
      failure ??= error;
    }
  };
  await readCapped(chunks, limits.maxBytes, (chunk) => {
    if (failure !== undefined) return 'stop';
    feed(decoder.decode(chunk, { stream: true }));
    return postings.length > maxRows ? 'stop' : 'more';
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
 * Every `bytesPerTurn` it lets the event loop run, so other requests are answered meanwhile.
 */
async function readCapped(chunks: Chunks, maxBytes: number, take: (chunk: Buffer) => 'more' | 'stop' | Promise<'more' | 'stop'>): Promise<void> {
  let bytes = 0;
  let sinceTurn = 0;
  let taking = true;
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    bytes += chunk.length;
    if (bytes > maxBytes) {
      throw new JobpilotError('PAYLOAD_TOO_LARGE', `The import is over ${(maxBytes / 1024 / 1024).toFixed(0)} MiB; split the file.`);
    }
    if (!taking) continue;
    taking = (await take(chunk)) === 'more';
    sinceTurn += chunk.length;
    if (sinceTurn >= bytesPerTurn) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function importTooLarge(maxRows: number): JobpilotError {
  return new JobpilotError(
    'IMPORT_TOO_LARGE',
    `The import holds more than ${maxRows.toLocaleString('en-US')} postings; nothing was imported. Split the file into parts of at most ${maxRows.toLocaleString('en-US')}.`,
    { details: { limit: maxRows } },
  );
}
