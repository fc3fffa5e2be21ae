import { postingLanguage } from '../../resume/posting-language.ts';
import type { WriterResume } from '../../documents/writer-input.ts';

/**
 * What the answer says about a letter's language when the posting or the resume is written in
 * another: the letter is in English throughout, and the person decides whether that suits the
 * employer; lines quoted from a resume in another language are named as such. Empty when both
 * are in English.
 *
 * @example
 * letterLanguageNote('Deine Aufgaben: Du entwickelst Webanwendungen mit React und TypeScript.', resume);
 * // ' The posting is written in German; this letter is in English throughout (I do not write letters in German). …'
 */
export function letterLanguageNote(description: string, resume?: WriterResume): string {
  const language = postingLanguage(description);
  const bullets = (resume?.work ?? []).flatMap((entry) => [entry.summary ?? '', ...(entry.highlights ?? [])]).join('\n');
  const resumeLanguage = bullets ? postingLanguage(bullets) : undefined;
  const notes: string[] = [];
  if (language) {
    notes.push(
      `The posting is written in ${language}; this letter is in English throughout (I do not write letters in ${language}). If the employer expects ${language}, have it translated, or ask whether an English application is welcome.`,
    );
  }
  if (resumeLanguage) notes.push(`Your resume is written in ${resumeLanguage}: any line the letter quotes from it is in ${resumeLanguage}, so read it through before sending.`);
  return notes.map((note) => ` ${note}`).join('');
}
