import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One file of the web app: its bytes and content type. */
export interface WebAsset {
  body: Buffer;
  type: string;
}

/** The web app's files by name (`index.html`, `app.js`, `app.css`). */
export type WebAssets = ReadonlyMap<string, WebAsset>;

/** `web/` beside `src/` (and beside `dist/`, which mirrors `src/`). */
export const webSourceDirectory = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Builds the web app from `web/` into memory: `web/src/main.ts` bundled by esbuild into one
 * script, with the page and the style sheet beside it. Runs at start-up, once the server
 * listens (a few hundred milliseconds; `/readyz` does not wait for it), offline, so the page
 * always matches the sources and nothing is written to disk. esbuild (loaded only here) and its helper process stop once it is built.
 *
 * @example
 * const assets = await bundleWebApp();
 * assets.get('app.js')?.type; // 'text/javascript; charset=utf-8'
 */
export async function bundleWebApp(directory: string = webSourceDirectory): Promise<WebAssets> {
  const { build, stop } = await import('esbuild');
  const [script, page, styles] = await Promise.all([
    build({
      entryPoints: [`${directory}src/main.ts`],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    }),
    readFile(`${directory}index.html`),
    readFile(`${directory}app.css`),
  ]).finally(() => stop());
  const bundled = script.outputFiles[0];
  if (!bundled) throw new Error('esbuild produced no output for web/src/main.ts');
  return new Map<string, WebAsset>([
    ['index.html', { body: page, type: 'text/html; charset=utf-8' }],
    ['app.js', { body: Buffer.from(bundled.contents), type: 'text/javascript; charset=utf-8' }],
    ['app.css', { body: styles, type: 'text/css; charset=utf-8' }],
  ]);
}
