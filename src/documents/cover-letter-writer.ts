import { conciseLetter } from './cover-letter/concise-letter.ts';
import { confidentLetter } from './cover-letter/confident-letter.ts';
import { enthusiasticLetter } from './cover-letter/enthusiastic-letter.ts';
import { type LetterFacts, letterFacts } from './cover-letter/letter-facts.ts';
import { chosenHighlights } from './cover-letter/letter-parts.ts';
import type { SupportedFact } from './cover-letter/mentioned-fact.ts';
import { professionalLetter } from './cover-letter/professional-letter.ts';
import { warmLetter } from './cover-letter/warm-letter.ts';
import { oneFullStop } from './prose.ts';
import type { CoverLetterTone, WriterPosting, WriterResume } from './writer-input.ts';

/** What {@link writeCoverLetter} needs. */
export interface CoverLetterInput {
  resume: WriterResume;
  posting: WriterPosting;
  tone: CoverLetterTone;
  /** Whom to address, e.g. "Maria Rivera"; "Hiring Manager" (or the tone's equivalent) otherwise. */
  hiringManager?: string;
  /** The letter's date; also the end of a current job when counting years of experience. */
  date: Date;
  /** A shorter letter in the same tone: one stated result, no study or growth lines, two skills at most. */
  shorter?: boolean;
  /** Facts the person asked the letter to mention, already checked against the resume (see `mentionedFact`). */
  mentions?: readonly SupportedFact[];
}

/** The facts of a shorter letter: the tone's composer says less because it is given less. */
function briefer(facts: LetterFacts): LetterFacts {
  const { degree: _degree, ...rest } = facts;
  return { ...rest, highlights: chosenHighlights(facts, 1), missing: [], matched: facts.matched.slice(0, 2) };
}

const composers: Record<CoverLetterTone, (facts: LetterFacts) => string> = {
  professional: professionalLetter,
  enthusiastic: enthusiasticLetter,
  confident: confidentLetter,
  concise: conciseLetter,
  warm: warmLetter,
};

/**
 * Writes a cover letter as Markdown without a model: the resume's own facts (latest employer
 * and title, years of experience from its dates, the highlights that mention the posting's
 * skills, matched skills) arranged in the chosen tone. It never states an employer, title,
 * degree, date, number or skill that is in neither the resume nor the posting; the only
 * derived facts are the letter's date and the whole years of experience.
 *
 * @example
 * const markdown = writeCoverLetter({ resume, posting, tone: 'confident', date: new Date() });
 * // '# Cover letter: Senior Backend Engineer at Acme Corp\n\n…'
 */
export function writeCoverLetter({ resume, posting, tone, hiringManager, date, shorter, mentions = [] }: CoverLetterInput): string {
  const all = letterFacts({ resume, posting, hiringManager, date });
  const facts = shorter ? briefer(all) : all;
  const body = oneFullStop(withMentions(composers[tone](facts), tone, mentions));
  const where = facts.recruiter ? `through ${facts.recruiter}` : `at ${facts.company}`;
  return `# Cover letter: ${facts.role} ${where}\n\n${body}\n`;
}

// What the person asked to mention goes in its own short paragraph before the closing line,
// in the tone's register (no contractions in the formal tones).
function withMentions(letter: string, tone: CoverLetterTone, mentions: readonly SupportedFact[]): string {
  if (mentions.length === 0) return letter;
  const formal = tone === 'professional' || tone === 'confident';
  const paragraph = mentions.map((mention) => (formal ? mention.formal : mention.plain)).join(' ');
  const paragraphs = letter.split('\n\n');
  paragraphs.splice(Math.max(1, paragraphs.length - 2), 0, paragraph);
  return paragraphs.join('\n\n');
}
