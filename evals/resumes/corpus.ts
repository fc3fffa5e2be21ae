/**
 * Where the corpus lives and how it is described: the people (truth), the generated files
 * (listed in files/manifest.json) and the held-out split (split.json).
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonResumeSchema, type JsonResume } from '../../src/protocol/json-resume.ts';

export const corpusDirectory = dirname(fileURLToPath(import.meta.url));
export const peopleDirectory = join(corpusDirectory, 'people');
export const filesDirectory = join(corpusDirectory, 'files');
export const manifestPath = join(filesDirectory, 'manifest.json');
export const splitPath = join(corpusDirectory, 'split.json');

export interface CorpusFile {
  /** The person's id: their file name in people/ without `.json`. */
  person: string;
  /** Relative to evals/resumes/. */
  path: string;
  format: 'pdf' | 'docx' | 'md' | 'txt';
  /** How it was written: `theme-even`, `sidebar`, `markdown-headings`, `text-caps`, … */
  style: string;
  /** The npm theme behind an HTML-derived file, or null for the corpus's own renderers. */
  theme: string | null;
}

export interface Split {
  heldOutPeople: string[];
  heldOutStyles: string[];
}

export async function readPeople(): Promise<Map<string, JsonResume>> {
  const people = new Map<string, JsonResume>();
  for (const name of (await readdir(peopleDirectory)).filter((file) => file.endsWith('.json')).sort()) {
    const resume = jsonResumeSchema.parse(JSON.parse(await readFile(join(peopleDirectory, name), 'utf8')));
    people.set(name.replace(/\.json$/, ''), resume);
  }
  return people;
}

export async function readManifest(): Promise<CorpusFile[]> {
  return JSON.parse(await readFile(manifestPath, 'utf8')) as CorpusFile[];
}

export async function readSplit(): Promise<Split> {
  return JSON.parse(await readFile(splitPath, 'utf8')) as Split;
}

/** A file is held out when its person or its style is. */
export function isHeldOut(file: CorpusFile, split: Split): boolean {
  return split.heldOutPeople.includes(file.person) || split.heldOutStyles.includes(file.style);
}
