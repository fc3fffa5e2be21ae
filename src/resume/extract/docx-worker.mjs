// The DOCX reader's worker thread: unzipping (within its inflation budget), mammoth's XML parse
// and HTML, and the text built from it run here, off the server's event loop, so a document built
// to keep them busy only keeps this thread busy, and the parent can end it (`terminate`) at its
// deadline or when the request is cancelled. The reader itself is TypeScript
// (`extract-docx-text.ts`), compiled beside this file in dist/; where this thread runs from the
// sources and cannot load .ts as it is (vitest, plain node), it registers tsx first, as
// bin/jobpilot.js does.
//
// Posts { ready: true } once loaded. In (one message a file): { bytes: Uint8Array, filename: string }
// Out: { ok: true, text: { text, links, skillGroups } } or { ok: false, error: { code?, name, message } }
// (`code` for a JobpilotError, whose message is written for a person).
import { existsSync } from 'node:fs';
import { URL } from 'node:url';
import { parentPort } from 'node:worker_threads';

// A failed import stays failed (the module map keeps it), so the retry asks for another URL.
async function load(path) {
  try {
    return await import(path);
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    return import(`${path}?tsx`);
  }
}

const compiled = new URL('./extract-docx-text.js', import.meta.url);
const { extractDocxText } = await load(existsSync(compiled) ? compiled.href : './extract-docx-text.ts');

parentPort.on('message', ({ bytes, filename }) =>
  extractDocxText(bytes, filename).then(
    (text) => parentPort.postMessage({ ok: true, text }),
    (error) =>
      parentPort.postMessage({
        ok: false,
        error: { code: typeof error?.code === 'string' ? error.code : undefined, name: error?.name ?? 'Error', message: error?.message ?? String(error) },
      }),
  ),
);
parentPort.postMessage({ ready: true });
