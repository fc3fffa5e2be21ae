/**
 * How well a language is spoken, on the CEFR scale (A1 = 1 … C2 = 6; a native speaker is 6),
 * as postings ask for it and resumes state it, in English and in the languages postings near
 * English ones are written in: "Vloeiend Nederlands", "verhandlungssicheres Deutsch",
 * "Deutsch auf C1-Niveau", "français courant", "Dutch – B1", "Polish (native)".
 */

/** A level of a spoken language: its CEFR rank and the words that said it. */
export interface LanguageLevel {
  /** 1 (A1) to 6 (C2 or native). */
  rank: number;
  /** As written: "vloeiend", "C1", "native". */
  said: string;
}

const cefr = /(?<![\p{L}\p{N}])([ABC])\s?([12])(?:[+-])?(?![\p{L}\p{N}])/u;
const cefrRank = (letter: string, digit: string) => ({ A: 0, B: 2, C: 4 })[letter.toUpperCase() as 'A' | 'B' | 'C'] + Number(digit);

// Words of a level, highest first, as a posting asks it. "Fluent" is CEFR's B2 ("interact with
// a degree of fluency"); a language to negotiate in ("verhandlungssicher", "business fluent") is C1.
const askedWords: readonly (readonly [number, RegExp])[] = [
  [6, /(?<![\p{L}])(?:native|mother[- ]tongue|muttersprach\p{L}*|moedertaal|langue maternelle|nativ[oa]|lengua materna|língua materna|madrelingua|ojczyst\p{L}*)(?![\p{L}])/iu],
  [5, /(?<![\p{L}])(?:verhandlungssicher\p{L}*|business[- ]fluent|business[- ]level|full professional|near[- ]native|perfect\p{L}*|perfekt\p{L}*|parfait\p{L}*|uitstekend\p{L}*|excellent\p{L}*|exzellent\p{L}*|excelente|ottim[oa])(?![\p{L}])/iu],
  [4, /(?<![\p{L}])(?:fluent(?:ly)?|fluency|vloeiend\p{L}*|flie(?:ß|ss)end\p{L}*|courant\p{L}*|couramment|fluid[oa]|fluidez|fluente|flu[êe]ncia|biegł\p{L}*|płynn\p{L}*|sehr gute?\p{L}*|zeer goed\p{L}*|very good|strong|goede beheersing|good command|professional working|upper[- ]intermediate)(?![\p{L}])/iu],
  [3, /(?<![\p{L}])(?:good|gute?\p{L}*|goede?|bonne|buen[oa]?|conversational|working knowledge|intermediate|gevorderd\p{L}*)(?![\p{L}])/iu],
  [2, /(?<![\p{L}])(?:basic|grundkenntnisse|basiskennis|notions?|elementary|beginner|básico|basico)(?![\p{L}])/iu],
];

// Words of a level as a resume states it: "bilingual" and "proficient" are the speaker's own word for their best.
const statedWords: readonly (readonly [number, RegExp])[] = [
  [6, /(?<![\p{L}])(?:native|bilingual|mother[- ]tongue|first language|muttersprach\p{L}*|moedertaal|langue maternelle|nativ[oa]|lengua materna|língua materna|madrelingua|ojczyst\p{L}*)(?![\p{L}])/iu],
  [5, /(?<![\p{L}])(?:fluent|fluently|full professional|proficient|proficiency|advanced|near[- ]native|verhandlungssicher\p{L}*|vloeiend|flie(?:ß|ss)end|courant|fluido|fluente|biegł\p{L}*|płynn\p{L}*)(?![\p{L}])/iu],
  [4, /(?<![\p{L}])(?:professional working|upper[- ]intermediate|business|very good|sehr gut)(?![\p{L}])/iu],
  [3, /(?<![\p{L}])(?:intermediate|conversational|limited working|good|gut|goed|moyen|intermedio|intermédiaire)(?![\p{L}])/iu],
  [2, /(?<![\p{L}])(?:basic|elementary|beginner|grundkenntnisse|basis|notions?|básico|basico|débutant)(?![\p{L}])/iu],
];

/**
 * The level a posting asks a language at, read near its name in the sentence: a CEFR level
 * right beside it ("Deutsch auf C1-Niveau", "Dutch (B2)"), else a word of level in the sentence.
 *
 * @example
 * levelAsked('Vloeiend Nederlands in woord en geschrift is vereist', 9); // { rank: 4, said: 'Vloeiend' }
 */
export function levelAsked(sentence: string, at: number): LanguageLevel | undefined {
  // The clause the name is in: "Dutch is a plus, fluent English required" asks English fluent, not Dutch.
  const start = Math.max(...[',', ';', ' / '].map((stop) => sentence.lastIndexOf(stop, at)), -1) + 1;
  const stops = [',', ';', ' / '].map((stop) => sentence.indexOf(stop, at)).filter((index) => index >= 0);
  const clauseEnd = stops.length > 0 ? Math.min(...stops) : sentence.length;
  const clause = sentence.slice(start, clauseEnd);
  // "Português fluente e English C1": a level written beside one language of a pair is that one's;
  // a level said once for the pair ("Fluent Spanish and English") is both's.
  const joins = [...clause.matchAll(/\s(?:and|e|y|et|und|en|i|oraz)\s/giu)].map((join) => start + join.index);
  const partStart = Math.max(start, ...joins.filter((index) => index < at));
  const partEnd = Math.min(clauseEnd, ...joins.filter((index) => index >= at));
  const part = sentence.slice(partStart, partEnd);
  const own = cefr.exec(part);
  if (own) return { rank: cefrRank(own[1] ?? 'A', own[2] ?? '1'), said: `${own[1]}${own[2]}` };
  const ownWord = firstLevel(part, askedWords);
  if (ownWord) return ownWord;
  // A CEFR level elsewhere in the clause belongs to another language when the clause names two.
  const level = joins.length === 0 ? cefr.exec(clause) : null;
  if (level) return { rank: cefrRank(level[1] ?? 'A', level[2] ?? '1'), said: `${level[1]}${level[2]}` };
  return firstLevel(clause.replace(new RegExp(cefr.source, 'gu'), ' '), askedWords);
}

/**
 * The level a resume states for one language (its `fluency`, or the words around its name), or
 * undefined when it states none.
 *
 * @example
 * levelStated('B1'); // { rank: 3, said: 'B1' }
 * levelStated('Native speaker'); // { rank: 6, said: 'Native' }
 */
export function levelStated(text: string): LanguageLevel | undefined {
  const level = cefr.exec(text);
  if (level) return { rank: cefrRank(level[1] ?? 'A', level[2] ?? '1'), said: `${level[1]}${level[2]}` };
  return firstLevel(text, statedWords);
}

function firstLevel(text: string, words: readonly (readonly [number, RegExp])[]): LanguageLevel | undefined {
  for (const [rank, pattern] of words) {
    const match = pattern.exec(text);
    if (match) return { rank, said: match[0] };
  }
  return undefined;
}

/** The CEFR name of a rank: 4 → "B2". */
export function cefrName(rank: number): string {
  return ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'][Math.min(6, Math.max(1, rank)) - 1] ?? 'C2';
}
