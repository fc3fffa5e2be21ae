/**
 * `npm run corpus:build`: renders every person in people/ into the files a person would
 * upload (PDF and DOCX through community JSON Resume themes, a two-column PDF, a DOCX typed
 * as in a word processor, Markdown and plain text) under files/, and lists them in
 * files/manifest.json. Needs Chromium and LibreOffice (without them, `corpus:build -- PERSON…`
 * writes only those people's Markdown, text and Word styles, and says so); the generated files are committed,
 * so the scorer and tests need neither.
 *
 * `npm run corpus:build -- PERSON…` rebuilds only those people's files and keeps every
 * other person's files and manifest entries as they are (e.g. after adding a person).
 * `--themes NAME,NAME` renders only those npm themes' files (for everyone, or for the people
 * named) and keeps every other file as it is (e.g. after adding a theme). `--styles NAME,NAME` does
 * the same for the tuning-only styles the corpus renders itself (`europass`, `text-pasted`, `word-nhs`, and `europass-pdf`, printed by Chromium). `--missing` renders only
 * the files the manifest lacks (for everyone, or for the people named) and keeps every file there is:
 * use it to finish a build that was stopped.
 *
 * The manifest is written after each file, so a build stopped part way (a deadline, a converter
 * that failed twice) keeps every file it finished and lists it.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { corpusDirectory, filesDirectory, manifestPath, readManifest, readPeople, readSplit, type CorpusFile } from './corpus.ts';
import { htmlToDocx } from './convert/html-to-docx.ts';
import { openPdfPrinter, type PdfPrinter } from './convert/html-to-pdf.ts';
import { forTheme } from './render/display-name.ts';
import { renderMarkdownHeadings, renderMarkdownPipes } from './render/markdown.ts';
import { renderSidebarHtml } from './render/sidebar-html.ts';
import { renderWordDocx } from './render/word-docx.ts';
import { renderEuropassDocx } from './render/europass-docx.ts';
import { renderEuropassHtml } from './render/europass-html.ts';
import { renderPastedText } from './render/pasted-text.ts';
import { renderNhsDocx } from './render/nhs-docx.ts';
import { renderTextCaps, renderTextColumns } from './render/text.ts';
import { loadTheme, themeNames, tuningOnlyThemes, withoutRemoteAssets, type ThemeName } from './render/themes.ts';

const textStyles = [
  { style: 'markdown-headings', format: 'md', render: renderMarkdownHeadings },
  { style: 'markdown-pipes', format: 'md', render: renderMarkdownPipes },
  { style: 'text-caps', format: 'txt', render: renderTextCaps },
  { style: 'text-columns', format: 'txt', render: renderTextColumns },
] as const;

/** Styles the corpus renders itself for the tuning people only, like the tuning-only themes. */
const tuningOnlyStyles = [
  { style: 'europass', format: 'docx', render: renderEuropassDocx },
  { style: 'text-pasted', format: 'txt', render: renderPastedText },
  { style: 'word-nhs', format: 'docx', render: renderNhsDocx },
] as const;
/** Tuning-only styles the corpus writes as HTML and Chromium prints to PDF. */
const tuningOnlyPrintedStyles = [{ style: 'europass-pdf', render: renderEuropassHtml }] as const;
const tuningOnlyStyleNames: readonly string[] = [...tuningOnlyStyles, ...tuningOnlyPrintedStyles].map(({ style }) => style);

interface Options {
  /** The people to rebuild; empty for everyone. */
  only: string[];
  /** The only themes to render, keeping every other file; null for every file. */
  onlyThemes: ThemeName[] | null;
  /** The only tuning-only styles to render, keeping every other file; null for every file. */
  onlyStyles: string[] | null;
  /** Render only the files the manifest does not list, keeping every file there is. */
  missingOnly: boolean;
}

function parseArguments(argv: string[]): Options {
  const missingOnly = argv.includes('--missing');
  const themes = listOption(argv.filter((argument) => argument !== '--missing'), '--themes', themeNames);
  const styles = listOption(themes.rest, '--styles', tuningOnlyStyleNames);
  if (missingOnly && (themes.names !== null || styles.names !== null)) throw new Error('--missing takes no --themes or --styles');
  if (themes.names === null && styles.names === null) return { only: themes.rest, onlyThemes: null, onlyStyles: null, missingOnly };
  return { only: styles.rest, onlyThemes: (themes.names ?? []) as ThemeName[], onlyStyles: styles.names ?? [], missingOnly };
}

/** `--flag a,b` taken out of the arguments, each name one of `allowed`; null names when the flag is absent. */
function listOption(argv: string[], flag: string, allowed: readonly string[]): { names: string[] | null; rest: string[] } {
  const at = argv.indexOf(flag);
  if (at === -1) return { names: null, rest: argv };
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !allowed.includes(name));
  if (names.length === 0 || unknown.length > 0) throw new Error(`${flag} takes names from: ${allowed.join(', ')}`);
  return { names, rest: argv.filter((_, index) => index !== at && index !== at + 1) };
}

async function main({ only, onlyThemes, onlyStyles, missingOnly }: Options): Promise<void> {
  const everyone = await readPeople();
  const unknown = only.filter((person) => !everyone.has(person));
  if (unknown.length > 0) throw new Error(`no such person in people/: ${unknown.join(', ')}`);
  const people = only.length === 0 ? everyone : new Map([...everyone].filter(([person]) => only.includes(person)));
  const split = await readSplit();
  // Without Chromium or LibreOffice only the styles that need neither can be written: the Markdown,
  // text and Word styles. Allowed only for people named (a new person), never for a full rebuild.
  const missing = await missingTools();
  if (missing.length > 0) {
    if (only.length === 0 || onlyThemes !== null || missingOnly) throw new Error(`${missing.join(' and ')} not found; a full or theme rebuild needs both`);
    process.stderr.write(`${missing.join(' and ')} not found: writing only the Markdown, text and Word styles for ${only.join(', ')} (no theme PDF/DOCX, no sidebar PDF)\n`);
  }
  const textOnly = missing.length > 0;
  const rendered = textOnly ? [] : (onlyThemes ?? themeNames);
  const themes = new Map(await Promise.all(rendered.map(async (name) => [name, await loadTheme(name)] as const)));
  const rebuilt = (file: CorpusFile) =>
    !missingOnly &&
    people.has(file.person) &&
    (onlyThemes === null ||
      (file.theme !== null && onlyThemes.includes(file.theme as ThemeName)) ||
      (onlyStyles !== null && onlyStyles.includes(file.style)));
  const everything = only.length === 0 && onlyThemes === null && !missingOnly;
  const kept = everything ? [] : (await readManifest()).filter((file) => !rebuilt(file));
  const listed = new Set(kept.map((file) => file.path));
  if (everything) await rm(filesDirectory, { recursive: true, force: true });
  if (onlyThemes === null && !missingOnly) for (const person of people.keys()) await rm(join(filesDirectory, person), { recursive: true, force: true });
  const manifest: CorpusFile[] = [];
  // The people in the order of people/, whoever was rebuilt.
  const order = [...everyone.keys()];
  const writeManifest = () =>
    writeFile(manifestPath, `${JSON.stringify([...kept, ...manifest].sort((a, b) => order.indexOf(a.person) - order.indexOf(b.person)), null, 2)}\n`);
  const printer = textOnly ? undefined : await openPdfPrinter();
  try {
    for (const [person, truth] of people) {
      const directory = join(filesDirectory, person);
      await mkdir(directory, { recursive: true });
      const pathOf = (style: string, format: CorpusFile['format']) => join(directory, `${style}.${format}`);
      // With --missing, a file the manifest already lists is kept as it is.
      const wanted = (style: string, format: CorpusFile['format']) => !listed.has(relative(corpusDirectory, pathOf(style, format)));
      const save = async (style: string, format: CorpusFile['format'], theme: string | null, render: () => string | Uint8Array | Promise<string | Uint8Array>) => {
        if (!wanted(style, format)) return;
        const path = pathOf(style, format);
        await writeFile(path, await render());
        manifest.push({ person, path: relative(corpusDirectory, path), format, style, theme });
        await writeManifest();
      };
      if (onlyThemes === null) for (const { style, format, render } of textStyles) await save(style, format, null, () => render(truth));
      for (const [name, render] of themes) {
        if (split.heldOutPeople.includes(person) && tuningOnlyThemes.includes(name)) continue;
        if (!wanted(`theme-${name}`, 'pdf') && !wanted(`theme-${name}`, 'docx')) continue;
        // Themes mutate what they are given (e.g. format dates in place): each gets a copy.
        const html = withoutRemoteAssets(await render(forTheme(structuredClone(truth))));
        await save(`theme-${name}`, 'pdf', name, () => (printer as PdfPrinter).print(html));
        await save(`theme-${name}`, 'docx', name, () => htmlToDocx(html));
      }
      if (onlyThemes === null) {
        if (printer) await save('sidebar', 'pdf', null, () => printer.print(renderSidebarHtml(truth)));
        await save('word', 'docx', null, () => renderWordDocx(truth));
      }
      for (const { style, format, render } of tuningOnlyStyles) {
        const asked = onlyStyles === null ? onlyThemes === null : onlyStyles.includes(style);
        if (asked && !split.heldOutPeople.includes(person)) await save(style, format, null, () => render(truth));
      }
      for (const { style, render } of tuningOnlyPrintedStyles) {
        const asked = onlyStyles === null ? onlyThemes === null : onlyStyles.includes(style);
        if (printer && asked && !split.heldOutPeople.includes(person)) await save(style, 'pdf', null, () => printer.print(render(truth)));
      }
      process.stdout.write(`${person}: ${manifest.filter((file) => file.person === person).length} files\n`);
    }
  } finally {
    await printer?.close();
  }
  await writeManifest();
  process.stdout.write(`${kept.length + manifest.length} files in ${relative(process.cwd(), filesDirectory)}\n`);
}

// The programs the PDF and DOCX conversions run (see convert/).
async function missingTools(): Promise<string[]> {
  const tools = [
    ['Chromium', '/usr/bin/chromium'],
    ['LibreOffice', '/usr/bin/soffice'],
  ] as const;
  const found = await Promise.all(tools.map(([, path]) => access(path, constants.X_OK).then(() => true, () => false)));
  return tools.filter((_, index) => !found[index]).map(([name, path]) => `${name} (${path})`);
}

await main(parseArguments(process.argv.slice(2)));
