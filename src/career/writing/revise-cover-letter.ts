import type { DocumentRecord } from '../../db/repositories/documents.ts';
import { writeCoverLetter } from '../../documents/cover-letter-writer.ts';
import { type CoverLetterTone, coverLetterTones } from '../../documents/writer-input.ts';
import type { GroundingChange } from '../../grounding/ground-document.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { personToday } from '../../time/time-zone.ts';
import { DOCUMENT_REFERENCE, resolveDocument } from './resolve-document.ts';
import { letterMentions } from './letter-mentions.ts';
import { writeDocument } from './write-document.ts';
import { writingContext } from './writing-context.ts';

export type LetterChange = 'shorter' | 'longer' | 'more_formal' | 'less_formal' | 'mention';

/**
 * What each change asks of a model, and the tone the deterministic writer moves to for it
 * (none: it keeps the letter's tone, "shorter" writes less in the same tone).
 */
const changes: Readonly<Record<LetterChange, { instruction: string; words: string; tone?: CoverLetterTone; already: string }>> = {
  shorter: { instruction: 'make it noticeably shorter (about half the length), keeping the strongest facts and the same tone', words: 'shorter', already: 'the shortest letter' },
  longer: { instruction: 'make it longer, with more of the resume’s relevant experience tied to the posting', words: 'longer', tone: 'professional', already: 'the longest letter' },
  more_formal: { instruction: 'make it more formal: no contractions, a conventional greeting and close', words: 'more formal', tone: 'professional', already: 'the most formal letter' },
  less_formal: {
    instruction: 'make it less formal: plain, warm, everyday words, contractions welcome, still respectful; not excited: no exclamation marks, no gushing',
    words: 'less formal',
    tone: 'warm',
    already: 'the least formal letter',
  },
  mention: { instruction: 'add what the person asked to mention, and change nothing else', words: 'revised', already: 'the same letter' },
};

/** The sign-off each deterministic tone ends with: how a letter stored before tones were kept tells its tone. */
const signOffs: ReadonlyArray<[RegExp, CoverLetterTone]> = [
  [/\n\s*Warm regards,/, 'enthusiastic'],
  [/\n\s*Best regards,/, 'confident'],
  [/\n\s*Thanks,/, 'concise'],
  [/\n\s*All the best,/, 'warm'],
  [/\n\s*Sincerely,/, 'professional'],
];

/** A letter's tone: as stored, else read from its sign-off, else professional (the default). */
export function toneOf(letter: Pick<DocumentRecord, 'tone' | 'content'>): CoverLetterTone {
  const stored = coverLetterTones.find((tone) => tone === letter.tone);
  return stored ?? signOffs.find(([pattern]) => pattern.test(letter.content))?.[1] ?? 'professional';
}

export type Revision =
  | { ok: true; letter: DocumentRecord; from: DocumentRecord; tone: CoverLetterTone; text: string; changes: GroundingChange[]; words: string; note: string }
  | { ok: false; error: string };

/**
 * A new version of a cover letter, made shorter, longer, more or less formal (or in another
 * tone), through the same writing service `write_cover_letter` uses: with a model, the model
 * revises the earlier draft; without one, the deterministic writer rewrites it in the tone
 * that change leads to. Either way the grounding check runs and the revision is stored as a
 * new document that points at the one it revises; the earlier letter is kept.
 *
 * @example
 * const revision = await reviseCoverLetter({ change: 'shorter' }, dependencies, context);
 */
export async function reviseCoverLetter(
  request: { document?: string | undefined; change: LetterChange; tone?: CoverLetterTone | undefined; tone_asked?: string | undefined; mention?: readonly string[] | undefined },
  dependencies: CareerDependencies,
  context: CareerCallContext,
): Promise<Revision> {
  const found = await findLetter(request.document, dependencies, context.references ?? {});
  if (!found.ok) return found;
  const from = found.letter;
  if (!from.job_id) return { ok: false, error: `"${from.title}" [${from.id}] is not tied to a job I still know, so I can't rewrite it for one.` };
  const prepared = await writingContext({ job: from.job_id, resume: from.resume_id ?? undefined }, context, dependencies);
  if (!prepared.ok) return prepared;
  const { writing } = prepared;
  const change = changes[request.change];
  const current = toneOf(from);
  // A letter already as informal as the writer goes (warm or enthusiastic) is not made "less formal" by turning it excited or back to plain.
  const alreadyInformal = request.change === 'less_formal' && (current === 'warm' || current === 'enthusiastic');
  const tone = request.tone ?? (dependencies.writer || alreadyInformal ? current : (change.tone ?? current));
  const shorter = request.change === 'shorter';
  const already = {
    ok: false as const,
    error: request.tone_asked
      ? `I don't have ${article(request.tone_asked)} ${request.tone_asked} tone without a language model; the closest I have is ${tone}, and "${from.title}" [${from.id}] is already ${tone}, so a new version would be the same letter. Try another tone (professional, enthusiastic, confident, concise or warm), or configure a model for free-form revisions.`
      : `"${from.title}" [${from.id}] is already ${change.already} I can write without a language model (the ${current} one), so a new version would be the same letter. Try another change or tone, e.g. "make it more enthusiastic", or configure a model for free-form revisions.`,
  };
  const mentions = letterMentions(request.mention, writing.resume.resume);
  if (request.change === 'mention' && mentions.supported.length === 0) {
    return { ok: false, error: mentions.note.trim() || 'Say what to mention, e.g. "mention that I\'m bilingual".' };
  }
  if (!dependencies.writer && tone === current && !shorter && mentions.supported.length === 0) return already;
  // The person the letter was addressed to, unless it was the writer's stock greeting.
  const hiringManager = /^(?:Dear|Hello) ([^,\n]+),/m.exec(from.content)?.[1]?.replace(/^(?:Hiring (?:Manager|Team)|.+ (?:hiring )?team|there)$/i, '') || undefined;
  const rewrite = () =>
    writeCoverLetter({ resume: writing.resume.resume, posting: writing.posting, tone, ...(hiringManager ? { hiringManager } : {}), date: personToday(dependencies), shorter, mentions: mentions.supported });
  // Without a model the same facts in the same tone write the same letter: say so rather than store a copy.
  if (!dependencies.writer && sameLetter(rewrite(), from.content)) return already;
  const { document, text, changes: grounding } = await writeDocument(
    dependencies,
    context,
    writing,
    {
      kind: 'cover_letter',
      tone,
      hiringManager,
      focus: mentions.focus,
      // A model is asked for the tone in the person's own words ("more humble", "friendlier but firm"), which it can write.
      revise: {
        draft: from.content,
        change: request.tone_asked ? `${change.instruction}, in a ${request.tone_asked} tone` : request.tone && request.tone !== current ? `${change.instruction}, in a ${request.tone} tone` : change.instruction,
      },
      title: `Cover letter — ${writing.posting.title} at ${writing.job.company} (${change.words})`,
      revisionOf: from.id,
    },
    rewrite,
  );
  return { ok: true, letter: document, from, tone, text, changes: grounding, words: change.words, note: mentions.note };
}

/** Two letters that say the same, whatever day each was dated. */
function sameLetter(a: string, b: string): boolean {
  const undated = (text: string) => text.replace(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/m, '').replace(/\s+/g, ' ').trim();
  return undated(a) === undated(b);
}

/** The named letter, else the conversation's last document when it is a letter, else the newest letter. */
async function findLetter(
  reference: string | undefined,
  dependencies: Pick<CareerDependencies, 'documents'>,
  references: Readonly<Record<string, string>>,
): Promise<{ ok: true; letter: DocumentRecord } | { ok: false; error: string }> {
  const none = 'No cover letter yet: write one first, e.g. "write a cover letter for the second job".';
  if (reference) {
    const byTone = await letterInTone(reference, dependencies);
    if (byTone) return { ok: true, letter: byTone };
    // "Stripe" names a letter here, not a prep pack for Stripe: the resolver is told the kind.
    const phrase = /^doc_|\bletter\b/i.test(reference.trim()) ? reference : `${reference} cover letter`;
    const resolved = await resolveDocument(phrase, references, dependencies.documents);
    if (!resolved.ok) return resolved;
    if (resolved.document.kind !== 'cover_letter') {
      return { ok: false, error: `"${resolved.document.title}" [${resolved.document.id}] is not a cover letter; I can revise cover letters only.` };
    }
    return { ok: true, letter: resolved.document };
  }
  const lastId = references[DOCUMENT_REFERENCE];
  const last = lastId ? await dependencies.documents.get(lastId) : null;
  if (last?.kind === 'cover_letter') return { ok: true, letter: last };
  const newest = (await dependencies.documents.list({ kind: 'cover_letter', limit: 1 }))[0];
  return newest ? { ok: true, letter: newest } : { ok: false, error: none };
}

/** Tone words a person may name a letter by: "the formal letter", "the enthusiastic one". */
const toneWords: ReadonlyArray<[RegExp, CoverLetterTone]> = [
  [/^(?:the\s+)?(?:formal|professional)(?:\s+(?:one|cover\s+letter|letter))?$/i, 'professional'],
  [/^(?:the\s+)?(?:enthusiastic|excited)(?:\s+(?:one|cover\s+letter|letter))?$/i, 'enthusiastic'],
  [/^(?:the\s+)?(?:warm|friendly|informal|casual|less\s+formal)(?:\s+(?:one|cover\s+letter|letter))?$/i, 'warm'],
  [/^(?:the\s+)?(?:confident|bold)(?:\s+(?:one|cover\s+letter|letter))?$/i, 'confident'],
  [/^(?:the\s+)?(?:concise|short|brief)(?:\s+(?:one|cover\s+letter|letter))?$/i, 'concise'],
];

/** The newest letter in the tone a phrase names ("the formal letter"), if it names one. */
async function letterInTone(reference: string, dependencies: Pick<CareerDependencies, 'documents'>): Promise<DocumentRecord | undefined> {
  const tone = toneWords.find(([pattern]) => pattern.test(reference.trim()))?.[1];
  if (!tone) return undefined;
  const letters = await dependencies.documents.list({ kind: 'cover_letter', limit: 50 });
  return letters.find((letter) => toneOf(letter) === tone);
}

/** "a" or "an" before a word. */
const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
