import type { DocumentRecord, DocumentsRepository } from '../../db/repositories/documents.ts';

/** Thread reference to the document the conversation last produced or dealt with. */
export const DOCUMENT_REFERENCE = 'last_document_id';

/**
 * The document a person means: its id; "it"/nothing for the conversation's last one; "the
 * cover letter"/"the prep pack"/"the tailored resume" for the newest of that kind; else a
 * search of titles and content.
 *
 * @example
 * await resolveDocument(undefined, references, documents);
 */
export async function resolveDocument(
  reference: string | undefined,
  references: Readonly<Record<string, string>>,
  documents: DocumentsRepository,
): Promise<{ ok: true; document: DocumentRecord } | { ok: false; error: string }> {
  const phrase = (reference ?? '').trim();
  const last = references[DOCUMENT_REFERENCE];
  if (!phrase || /^(?:it|that|this|that one|this one|the document|the doc|the file)$/i.test(phrase)) {
    const document = last ? await documents.get(last) : (await documents.list({ limit: 1 }))[0];
    return document
      ? { ok: true, document }
      : { ok: false, error: 'No document yet: write one first, e.g. "write a cover letter for the second job".' };
  }
  const byId = await documents.get(phrase);
  if (byId) return { ok: true, document: byId };
  const kind = /cover|letter/i.test(phrase)
    ? 'cover_letter'
    : /prep|interview/i.test(phrase)
      ? 'interview_prep'
      : /resume|cv/i.test(phrase)
        ? 'resume'
        : undefined;
  const rest = phrase.replace(/\b(?:the|my|a|cover|letter|interview|prep|pack|resume|cv|tailored|document|for|one|version)\b/gi, ' ').trim();
  // "the formal letter", "the enthusiastic one": a letter named only by its tone is the newest letter in that tone.
  const tone = toneNamed(rest);
  if (tone) {
    const inTone = (await documents.list({ kind: kind ?? 'cover_letter', limit: 50 })).find((document) => document.tone === tone);
    if (inTone) return { ok: true, document: inTone };
  }
  const found = (await documents.list({ kind, query: rest || undefined, limit: 1 }))[0] ?? (kind ? (await documents.list({ kind, limit: 1 }))[0] : undefined);
  return found ? { ok: true, document: found } : { ok: false, error: `No document matches "${phrase}"; "list my documents" shows them.` };
}

/** The tone a letter is named by, when its words are only a tone ("formal", "the warm one"): as stored. */
const toneNames: ReadonlyArray<[RegExp, string]> = [
  [/^(?:formal|professional|polished)$/i, 'professional'],
  [/^(?:enthusiastic|excited|upbeat|energetic|keen)$/i, 'enthusiastic'],
  [/^(?:warm|warmer|friendly|friendlier|casual|informal)$/i, 'warm'],
  [/^(?:confident|bold|assertive|punchy)$/i, 'confident'],
  [/^(?:concise|short|shorter|brief)$/i, 'concise'],
];
const toneNamed = (words: string): string | undefined => toneNames.find(([pattern]) => pattern.test(words.trim()))?.[1];
