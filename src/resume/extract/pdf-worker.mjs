// The PDF reader's worker thread: PDF.js (through unpdf) runs here, off the server's event loop,
// so a PDF built to keep it busy (one page listed 20,000 times, a content stream of millions of
// runs) only keeps this thread busy, and the parent can end it (`terminate`) at its deadline or
// when the request is cancelled. Plain JavaScript so it starts the same under tsx, vitest and node.
// One worker reads one PDF at a time and is kept for the next (loading PDF.js is most of a small
// PDF's cost); the parent never sends a second before the first is answered.
//
// Posts { ready: true } once PDF.js is loaded (the parent's deadline starts then).
// In (one message a PDF): { bytes: Uint8Array, maxPages: number, maxRuns: number }
// Out: { ok: true, pageCount, pages: [{ runs: [{ str, transform, width, height, hasEOL }], annotations: [{ subtype, url, rect }] }] }
//   or { ok: false, error: { name, message }, pageCount? }.
import { parentPort } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';

async function read({ bytes, maxPages, maxRuns }) {
  const document = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false });
  try {
    const pageCount = document.numPages;
    if (pageCount > maxPages) return { ok: false, pageCount, error: { name: 'TooManyPages', message: `${pageCount} pages` } };
    const pages = [];
    let runCount = 0;
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        if (++runCount > maxRuns) return { ok: false, pageCount, error: { name: 'TooManyRuns', message: `more than ${maxRuns} runs of text` } };
        runs.push({ str: item.str, transform: item.transform, width: item.width, height: item.height, hasEOL: item.hasEOL });
      }
      // Links only add to the text: a page whose annotations cannot be read still has its text.
      const annotations = (await page.getAnnotations().catch(() => [])).map((annotation) => ({
        subtype: annotation.subtype,
        url: typeof annotation.url === 'string' ? annotation.url : undefined,
        rect: Array.isArray(annotation.rect) ? [...annotation.rect] : undefined,
      }));
      pages.push({ runs, annotations });
      page.cleanup();
    }
    return { ok: true, pageCount, pages };
  } finally {
    await document.destroy();
  }
}

parentPort.on('message', (request) =>
  read(request).then(
    (result) => parentPort.postMessage(result),
    (error) => parentPort.postMessage({ ok: false, error: { name: error?.name ?? 'Error', message: error?.message ?? String(error) } }),
  ),
);
parentPort.postMessage({ ready: true });
