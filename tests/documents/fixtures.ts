import { readFileSync } from 'node:fs';
import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url), 'utf8'));

/** A full resume (Jane Müller, backend engineer) and a posting it mostly matches (Acme Corp). */
export const engineerResume: WriterResume = read('resume.json');
export const engineerPosting: WriterPosting = read('posting.json');

/** A different field altogether, to show nothing from the engineering templates leaks in. */
export const designerResume: WriterResume = read('designer-resume.json');
export const designerPosting: WriterPosting = read('designer-posting.json');

/** All the text a writer may draw facts from. */
export const sourcesOf = (resume: WriterResume, posting: WriterPosting) => `${JSON.stringify(resume)}\n${JSON.stringify(posting)}`;

export const letterDate = new Date('2026-11-22T10:00:00Z');
