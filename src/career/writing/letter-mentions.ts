import { mentionedFact, type SupportedFact } from '../../documents/cover-letter/mentioned-fact.ts';
import type { WriterResume } from '../../documents/writer-input.ts';

/** What became of the facts a person asked a letter to mention. */
export interface LetterMentions {
  /** Facts the resume supports, to be written in. */
  supported: SupportedFact[];
  /** For a model writer: what to add, worded from the resume; undefined when nothing is. */
  focus?: string;
  /** For the person: which facts were left out and why (empty when none). */
  note: string;
}

/**
 * Checks the facts a person asked to mention ("mention I'm bilingual") against the resume:
 * supported ones go into the letter, the rest are refused in words.
 *
 * @example
 * letterMentions(["I'm bilingual"], resume).note; // ' I left out "I\'m bilingual": your resume lists no language besides English. …'
 */
export function letterMentions(facts: readonly string[] | undefined, resume: WriterResume): LetterMentions {
  const checked = (facts ?? []).map((fact) => mentionedFact(fact, resume));
  const supported = checked.filter((fact): fact is SupportedFact => fact.supported);
  const refused = checked.filter((fact) => !fact.supported);
  const note = refused
    .map((fact) => ` I left out "${fact.fact}": ${fact.supported ? '' : fact.reason}. If it is true, add it to your resume first and I will include it.`)
    .join('');
  const mentions: LetterMentions = { supported, note };
  if (supported.length > 0) mentions.focus = `also state, in the letter's own tone: ${supported.map((fact) => fact.formal).join(' ')}`;
  return mentions;
}
