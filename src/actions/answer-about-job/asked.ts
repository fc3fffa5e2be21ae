import type { JobRecord } from '../../db/repositories/jobs.ts';
import { waivedLanguages } from '../../resume/match/posting-conditions.ts';
import { preparePosting } from '../../resume/match/prepare-posting.ts';
import { loadSkillVocabulary } from '../../resume/skill-vocabulary.ts';
import { languagesIn } from '../../resume/spoken-languages.ts';

/** The posting's sentences (and list items), trimmed: what an answer quotes. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/\n+|(?<=[.!?;])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.replace(/^[\s•*·–—-]+/, '').trim())
    .filter((sentence) => sentence.length > 0);

/** A quoted sentence, capped. */
export const quoted = (sentence: string) => `“${sentence.length > 200 ? `${sentence.slice(0, 200).trimEnd()}…` : sentence}”`;

/**
 * Years of experience as postings word them, in English and the languages postings near it are
 * written in: "3+ years", "min. 3 jaar ervaring", "mindestens 3 Jahre Berufserfahrung", "3 ans d'expérience".
 */
const yearsSaid = /\b\d{1,2}\s*\+?\s*(?:(?:-|–|to|tot|bis|à|a)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|jaar|jahre?n?|ans?|años|anos|anni|lat)\b/i;
const experienceWord = /\b(?:experience|experienced|ervaring|werkervaring|erfahrung|berufserfahrung|expérience|experiencia|experiência|esperienza|doświadczeni\w*)\b/i;

/**
 * The years of experience the posting asks, as the matcher reads them (the smallest number, the
 * fields they are asked in), with the posting's own sentence quoted; its sentence alone when the
 * matcher reads no number from it (a posting in Dutch: "min. 3 jaar ervaring").
 *
 * @example
 * experienceAnswer(job, 'Planner at PortLogix'); // 'Planner at PortLogix asks for at least 3 years of experience (logistics). The posting says: “…”'
 */
export function experienceAnswer(job: Pick<JobRecord, 'title' | 'company' | 'description'>, name: string): string {
  const prepared = preparePosting({ title: job.title, company: job.company, description: job.description }, loadSkillVocabulary());
  const sentence = sentencesOf(job.description).find((line) => yearsSaid.test(line) && (experienceWord.test(line) || prepared.yearsRequired !== undefined));
  const quote = sentence ? ` The posting says: ${quoted(sentence)}` : '';
  if (prepared.yearsRequired !== undefined) {
    const fields = prepared.yearsFields?.length ? ` (${prepared.yearsFields.join(' or ')})` : prepared.field ? ` (${prepared.field})` : '';
    return `${name} asks for at least ${prepared.yearsRequired} year${prepared.yearsRequired === 1 ? '' : 's'} of experience${fields}.${quote}`;
  }
  const said = sentence ? yearsSaid.exec(sentence) : null;
  if (sentence && said) {
    const least = /\b(?:min\.?|minimum|at\s+least|minstens|mindestens|au\s+moins|al\s+menos|almeno)\s*\S*$/i.test(sentence.slice(0, said.index)) || /\+/.test(said[0]);
    // "3 jaar", "2-4 Jahre": the numbers, in English years.
    const numbers = said[0].replace(/\p{L}+$/u, '').replace(/\s*\+\s*/g, '').replace(/\s*(?:-|–|to|tot|bis|à|a)\s*/, '–').trim();
    return `${name} asks for ${least ? 'at least ' : ''}${numbers} year${numbers === '1' ? '' : 's'} of experience.${quote}`;
  }
  const level = prepared.seniority ? ` It reads as a ${prepared.seniority} role (from its ${prepared.seniorityFrom === 'years' ? 'years' : 'title'}).` : '';
  return `It doesn't say: the posting for ${name} asks for no number of years of experience.${level}`;
}

/** Words that make a language asked for, in English and the languages postings near it are written in. */
const askedWord =
  /\b(?:required|requires?|essential|mandatory|must|needed|fluent|fluency|native|proficien\w*|vereist|verplicht|vloeiend|beheersing|erforderlich|fließend|fliessend|verhandlungssicher|requis|exigé|courant|obligatoire|requerido|imprescindible|fluido|richiesto)\b/i;
const preferredWord = /\b(?:preferred|a plus|an advantage|an asset|advantageous|desirable|beneficial|nice to have|pré|pluspunt|gewenst|von vorteil|wünschenswert|un atout|souhaité|valorable|deseable|gradito)\b/i;

/**
 * The spoken languages the posting asks for, each required or preferred as it says, with its
 * sentence quoted, and against the languages the active resume shows when there is one. English
 * is named only when the posting itself asks for it.
 *
 * @example
 * languagesAnswer(job, 'Planner at PortLogix', ['English']); // 'Planner at PortLogix requires Dutch; your resume doesn't list Dutch. The posting says: “…”'
 */
export function languagesAnswer(job: Pick<JobRecord, 'title' | 'company' | 'description'>, name: string, spoken?: readonly string[]): string {
  const prepared = preparePosting({ title: job.title, company: job.company, description: job.description }, loadSkillVocabulary());
  const asked = new Map<string, { optional: boolean; said?: string }>();
  for (const condition of prepared.conditions) {
    if (condition.kind !== 'language' || condition.label === 'bilingual') continue;
    for (const language of condition.needs) asked.set(language, { optional: condition.optional });
  }
  // The posting's own sentences: the quote, and the languages a posting words in its own tongue ("Vloeiend Nederlands … vereist").
  const waived = new Map<string, string>();
  for (const sentence of sentencesOf(job.description)) {
    // "Swedish is not required": a language waived is not asked, and its sentence is quoted as saying so.
    const notAsked = waivedLanguages(sentence);
    for (const language of notAsked) if (!waived.has(language)) waived.set(language, sentence);
    const named = languagesIn(sentence).filter((language) => !notAsked.includes(language));
    if (named.length === 0 || !(askedWord.test(sentence) || preferredWord.test(sentence) || asked.size > 0)) continue;
    for (const language of named) {
      const known = asked.get(language);
      if (known) {
        known.said ??= sentence;
      } else if (askedWord.test(sentence) || preferredWord.test(sentence)) {
        if (language === 'English' && !askedWord.test(sentence)) continue;
        asked.set(language, { optional: preferredWord.test(sentence) && !/\b(?:required|vereist|erforderlich|requis|must)\b/i.test(sentence), said: sentence });
      }
    }
  }
  for (const language of waived.keys()) asked.delete(language);
  const notAsked = [...waived.entries()];
  const notAskedSaid = notAsked.length > 0 ? ` It does not require ${joinWords(notAsked.map(([language]) => language))}: ${[...new Set(notAsked.map(([, said]) => said))].slice(0, 2).map(quoted).join(' ')}` : '';
  if (asked.size === 0) return `It doesn't say: the posting for ${name} asks for no language (beyond the one it is written in).${notAskedSaid}`;
  const entries = [...asked.entries()];
  const required = entries.filter(([, how]) => !how.optional).map(([language]) => language);
  const preferred = entries.filter(([, how]) => how.optional).map(([language]) => language);
  const parts = [required.length ? `requires ${joinWords(required)}` : '', preferred.length ? `would like ${joinWords(preferred)} (preferred, not required)` : ''].filter(Boolean);
  let yours = '';
  if (spoken) {
    const missing = entries.map(([language]) => language).filter((language) => !spoken.includes(language));
    yours = missing.length === 0 ? `; your resume lists ${entries.length > 1 ? 'them' : 'it'}` : `; your resume doesn't list ${joinWords(missing)}`;
  }
  const quotes = [...new Set(entries.flatMap(([, how]) => (how.said ? [how.said] : [])))].slice(0, 2).map(quoted).join(' ');
  return `${name} ${parts.join(' and ')}${yours}.${quotes ? ` The posting says: ${quotes}` : ''}${notAskedSaid}`;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
