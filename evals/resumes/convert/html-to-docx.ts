/** HTML → DOCX with LibreOffice, as a person would "Save as Word" from a web page. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts one HTML document. Each call uses its own LibreOffice profile so it never
 * collides with another soffice running on the machine. A conversion killed at its two
 * minutes (LibreOffice on a loaded machine; it stopped whole builds) is tried once more
 * with five before the build stops on it.
 */
export async function htmlToDocx(html: string, soffice = '/usr/bin/soffice'): Promise<Buffer> {
  try {
    return await convertOnce(html, soffice, 120_000);
  } catch (error) {
    if ((error as { killed?: boolean }).killed !== true) throw error;
    process.stderr.write('LibreOffice took longer than 120 s; trying once more with 300 s\n');
    return convertOnce(html, soffice, 300_000);
  }
}

async function convertOnce(html: string, soffice: string, timeout: number): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), 'corpus-docx-'));
  try {
    const input = join(directory, 'resume.html');
    await writeFile(input, html);
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(directory, 'profile')).href}`,
        '--headless',
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        directory,
        input,
      ],
      { timeout },
    );
    return await readFile(join(directory, 'resume.docx'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
