import { describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { maxImportRows } from '../../src/jobs/import-jobs.ts';
import { JsonArrayRows, JsonSyntaxError } from '../../src/jobs/json-array-rows.ts';
import { readCsvImport, readJsonImport } from '../../src/jobs/read-job-import.ts';

/** A text in pieces of `size` bytes, as a request body arrives. */
async function* pieces(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

/** Counts the pieces taken from a source, to show the reader stopped parsing but read to the end. */
function counted(source: AsyncIterable<Uint8Array>): { source: AsyncIterable<Uint8Array>; taken: () => number } {
  let taken = 0;
  return {
    source: (async function* () {
      for await (const piece of source) {
        taken += piece.length;
        yield piece;
      }
    })(),
    taken: () => taken,
  };
}

async function refusal(promise: Promise<unknown>): Promise<JobpilotError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(JobpilotError);
  return error as JobpilotError;
}

const limits = { maxBytes: 5 * 1024 * 1024 };

describe('JsonArrayRows', () => {
  const split = (text: string, size: number) => {
    const rows: unknown[] = [];
    const splitter = new JsonArrayRows((row) => rows.push(JSON.parse(row)));
    for (let offset = 0; offset < text.length; offset += size) splitter.push(text.slice(offset, offset + size));
    return { rows, kind: splitter.finish() };
  };

  it('splits an array and a search answer into postings however the text is cut', () => {
    const postings = [{ title: 'A "quoted" ], title', tags: ['x', '{'] }, 7, 'text', null, [1, [2]], { nested: { deep: '\\' } }];
    const answer = { note: 'jobs: [1]', jobs: postings, errors: [{ jobs: [9] }], offline: null };
    for (const size of [1, 2, 3, 5, 64, 10_000]) {
      expect(split(JSON.stringify(postings, null, size % 2 ? 2 : undefined), size)).toEqual({ rows: postings, kind: 'array' });
      expect(split(JSON.stringify(answer), size)).toEqual({ rows: postings, kind: 'jobs' });
    }
    expect(split('[]', 1)).toEqual({ rows: [], kind: 'array' });
    expect(split(' [ ] ', 1)).toEqual({ rows: [], kind: 'array' });
  });

  it('says when there is no array of postings', () => {
    expect(split('{"postings": [{"title": "A"}]}', 4)).toEqual({ rows: [], kind: 'other' });
    expect(split('{"jobs": 5}', 4).kind).toBe('other');
    expect(split('"title,company,url"', 4).kind).toBe('other');
    expect(split('42', 4).kind).toBe('other');
  });

  it('refuses what is not JSON', () => {
    for (const bad of ['[1,,2]', '[,1]', '[1,]', '[{"title": ', '[1] 2', '[1]]', '{"jobs": [1], "note": tru}', '', '[1 2]']) {
      expect(() => split(bad, 3), bad).toThrow(bad === '[1 2]' ? SyntaxError : JsonSyntaxError);
    }
  });
});

describe('readCsvImport', () => {
  it('reads postings in pieces, with the line each starts on', async () => {
    const csv = 'title;company;url\n\n"Data; Analytics";Csvco;https://csvco.example/7\nQA;"Acme\nLtd";https://acme.example/4\n';
    const read = await readCsvImport(pieces(csv, 3), limits);
    expect(read.postings).toEqual([
      { title: 'Data; Analytics', company: 'Csvco', url: 'https://csvco.example/7' },
      { title: 'QA', company: 'Acme\nLtd', url: 'https://acme.example/4' },
    ]);
    expect(read.lines).toEqual([3, 4]);
    expect(read.problems).toEqual([]);
  });

  it('names a broken file, a missing column and an empty file as problems of the file', async () => {
    expect((await readCsvImport(pieces('title,company,url\n"unterminated,Acme,https://a.example/1\n'), limits)).problems[0]?.message).toMatch(/not readable as CSV/);
    expect((await readCsvImport(pieces('name,employer\nx,y\n'), limits)).problems[0]?.message).toMatch(/no title, company, url column/);
    expect((await readCsvImport(pieces(''), limits)).problems).toEqual([{ row: null, message: 'the CSV is empty' }]);
  });

  it('stops parsing at the first row past the cap of 10,000 and refuses the file (issue 15: 2.6 M rows ran out of heap)', async () => {
    // 5 MiB of one-character rows: 2.6 million postings.
    const csv = `title,company,url\n${'a\n'.repeat(2_600_000)}`;
    const body = counted(pieces(csv, 64 * 1024));
    const started = performance.now();
    const error = await refusal(readCsvImport(body.source, limits));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toMatch(/more than 10,000 postings; nothing was imported\. Split the file/);
    // The rest of the body was read to its end (so the client gets the answer) but not parsed.
    expect(body.taken()).toBe(Buffer.byteLength(csv));
    // Parsing 10,001 rows, not 2.6 million: well under a second on an idle machine (minutes and an out-of-heap crash before).
    expect(elapsed).toBeLessThan(10_000);
  });

  it('takes exactly 10,000 rows', async () => {
    const csv = `title,company,url\n${'Engineer,Acme,https://acme.example/1\n'.repeat(maxImportRows)}`;
    const read = await readCsvImport(pieces(csv, 64 * 1024), limits);
    expect(read.postings).toHaveLength(maxImportRows);
  });

  it('refuses more bytes than the cap, whatever the length said', async () => {
    const error = await refusal(readCsvImport(pieces(`title,company,url,description\n${'x'.repeat(2000)}`, 100), { maxBytes: 1000 }));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('readJsonImport', () => {
  it('reads an array and a search answer', async () => {
    const posting = { title: 'A', company: 'B', url: 'https://b.example/1' };
    expect((await readJsonImport(pieces(JSON.stringify([posting, posting])), limits)).postings).toEqual([posting, posting]);
    expect((await readJsonImport(pieces(JSON.stringify({ jobs: [posting], note: 'x' })), limits)).postings).toEqual([posting]);
    expect((await readJsonImport(pieces('{"postings": []}'), limits)).problems[0]?.message).toMatch(/expected a JSON array of postings/);
  });

  it('refuses malformed JSON as a bad request', async () => {
    for (const bad of ['[{"title": ', '[1,,2]', 'title,company,url', '']) {
      const error = await refusal(readJsonImport(pieces(bad), limits));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/not valid JSON/);
    }
  });

  it('stops parsing at the first posting past the cap (issue 15: 1.75 M rows held the event loop 35 s)', async () => {
    const json = `[${'{},'.repeat(1_700_000)}{}]`;
    const body = counted(pieces(json, 64 * 1024));
    const started = performance.now();
    const error = await refusal(readJsonImport(body.source, limits));
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(body.taken()).toBe(json.length);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
