import { stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DocumentSummary } from '../../protocol/api.ts';
import { ApiClient } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { formatDocument, formatDocumentTable } from '../format-documents.ts';
import { defaultTableWidth } from '../format-jobs.ts';
import { createPainter } from '../render.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'md';

export type DocsOptions =
  | { action: 'list'; kind?: DocumentSummary['kind'] | undefined; json: boolean }
  | { action: 'show'; documentId: string; json: boolean }
  | { action: 'export'; documentId: string; format: DocumentFormat; out?: string | undefined };

/**
 * The file name a download should get: the `content-disposition` filename reduced to a
 * bare name of safe characters (never a path), or `fallback` when there is none.
 *
 * @example
 * downloadFileName('attachment; filename="cover-letter-acme.pdf"', 'doc_1.pdf'); // 'cover-letter-acme.pdf'
 * downloadFileName('attachment; filename="../../.bashrc"', 'doc_1.pdf'); // 'bashrc'
 */
export function downloadFileName(disposition: string | null, fallback: string): string {
  const quoted = /filename="([^"]*)"/i.exec(disposition ?? '')?.[1];
  const bare = /filename=([^;\s]+)/i.exec(disposition ?? '')?.[1];
  const name = (quoted ?? bare ?? '')
    .split(/[\\/]/)
    .pop()
    ?.replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return name || fallback;
}

/** Where an export goes: `--out` (a file, or a folder to put the server's name in), else `cwd`. */
async function exportPath(out: string | undefined, fileName: string, cwd: string): Promise<string> {
  if (out === undefined) return join(cwd, fileName);
  const target = resolve(cwd, out);
  const isDirectory = await stat(target).then(
    (info) => info.isDirectory(),
    () => false,
  );
  return isDirectory || /[\\/]$/.test(out) ? join(target, fileName) : target;
}

/**
 * `jobpilot docs list | show | export`: generated documents as a table, one document's
 * Markdown, or a PDF/DOCX/Markdown file written to disk (its path printed).
 *
 * @example
 * await docsCommand(context, { action: 'export', documentId: 'doc_3f9a1c0b7d', format: 'pdf' }, process.cwd());
 */
export async function docsCommand(
  context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>,
  options: DocsOptions,
  cwd: string,
): Promise<number> {
  const { stdout, config } = context;
  const paint = createPainter(context.color && !('json' in options && options.json));
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const print = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
  switch (options.action) {
    case 'list': {
      if (options.json) print(await api.listDocumentsAnswer({ kind: options.kind }));
      else {
        const documents = await api.listDocuments({ kind: options.kind });
        const width = stdout.columns && stdout.columns > 0 ? stdout.columns : defaultTableWidth;
        stdout.write(formatDocumentTable(paint, documents, width));
      }
      return 0;
    }
    case 'show': {
      const document = await api.getDocument(options.documentId);
      if (options.json) print(document);
      else stdout.write(formatDocument(paint, document));
      return 0;
    }
    case 'export': {
      const download = await api.exportDocument(options.documentId, options.format);
      const fileName = downloadFileName(download.disposition, `${options.documentId}.${options.format}`);
      const path = await exportPath(options.out, fileName, cwd);
      // `wx`: an export never replaces a file that is already there (your resume, say).
      await writeFile(path, download.bytes, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') {
          throw new CliError(`${path} already exists; choose another --out, or move that file first`);
        }
        throw new CliError(`can't write ${path}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
      });
      stdout.write(`${path}\n`);
      return 0;
    }
  }
}
