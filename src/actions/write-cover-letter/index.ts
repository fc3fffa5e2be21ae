import { writeCoverLetter } from '../../documents/cover-letter-writer.ts';
import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { DOCUMENT_REFERENCE } from '../../career/writing/resolve-document.ts';
import { writeDocument } from '../../career/writing/write-document.ts';
import { letterMentions } from '../../career/writing/letter-mentions.ts';
import { letterLanguageNote } from '../../career/writing/letter-language-note.ts';
import { writingContext } from '../../career/writing/writing-context.ts';
import { describeChanges } from '../../present/describe-changes.ts';
import { personToday } from '../../time/time-zone.ts';
import { writeCoverLetterArgs } from './args.ts';
import { writeCoverLetterPhrasing } from './phrasing.ts';

/**
 * `write_cover_letter`: a letter for one job from the person's real resume. With a model,
 * the letter streams to the client as it is written (`tool-progress`); without one, a
 * deterministic writer composes it in the chosen tone. Either way the grounding check
 * removes what neither the resume nor the posting backs, and the letter is stored.
 *
 * @example
 * registry line: makeWriteCoverLetterAction(dependencies)
 */
export const makeWriteCoverLetterAction = (dependencies: CareerDependencies) =>
  defineAction({
    name: 'write_cover_letter',
    description: 'Write a cover letter for a job from the user’s resume, in a chosen tone, and store it.',
    args: writeCoverLetterArgs,
    phrasing: writeCoverLetterPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const prepared = await writingContext(args, context, dependencies);
      if (!prepared.ok) return { ok: false, summary: prepared.error, ...(prepared.references ? { references: prepared.references } : {}) };
      const { writing } = prepared;
      const tone = args.tone ?? 'professional';
      const { job } = writing;
      const mentions = letterMentions(args.mention, writing.resume.resume);
      const { document, text, changes } = await writeDocument(
        dependencies,
        context,
        writing,
        { kind: 'cover_letter', tone, hiringManager: args.hiring_manager, focus: mentions.focus, title: `Cover letter — ${writing.posting.title} at ${job.company}` },
        () =>
          writeCoverLetter({
            resume: writing.resume.resume,
            posting: writing.posting,
            tone,
            ...(args.hiring_manager ? { hiringManager: args.hiring_manager } : {}),
            date: personToday(dependencies),
            mentions: mentions.supported,
          }),
      );
      return {
        ok: true,
        summary: `${toneNote(args.tone_asked, tone)}Wrote ${/^[aeiou]/.test(tone) ? 'an' : 'a'} ${tone} cover letter for "${job.title}" at ${job.company} [${document.id}]; say "export it as PDF" for a file.${letterLanguageNote(writing.posting.description, writing.resume.resume)}${mentions.note}${describeChanges(changes)}\n\n${text}`,
        data: { document_id: document.id, changes: changes.length },
        references: { [DOCUMENT_REFERENCE]: document.id, [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });

/** What each tone sounds like, for saying why it is the closest to one asked for. */
const toneSounds: Readonly<Record<string, string>> = {
  warm: 'plain, calm words, no boasting and no exclamation marks',
  professional: 'formal, no contractions',
  confident: 'direct and sure of your record',
  concise: 'short and to the point',
  enthusiastic: 'upbeat, with exclamation marks',
};

/**
 * A tone asked for in words the writer has no tone for, said aloud before the letter: "I don't
 * have a humble tone; I wrote a warm one, the closest: …".
 *
 * @example
 * toneNote('humble', 'warm'); // "I don't have a humble tone; I wrote a warm one, the closest: plain, calm words, … "
 */
export function toneNote(asked: string | undefined, tone: string): string {
  if (!asked || asked.toLowerCase() === tone) return '';
  const a = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
  return `I don't have ${a(asked)} ${asked} tone; I wrote ${a(tone)} ${tone} one, the closest: ${toneSounds[tone] ?? tone}. Say another tone (professional, enthusiastic, confident, concise or warm) to change it. `;
}
