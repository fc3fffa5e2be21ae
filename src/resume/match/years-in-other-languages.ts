/**
 * Years of experience asked in the languages postings near English ones are written in:
 * "min. 3 jaar ervaring", "5 Jahre Berufserfahrung", "mindestens 4 Jahre", "3 ans
 * d'expérience", "experiencia mínima de 2 años", "3 anos de experiência", "almeno 3 anni di
 * esperienza", "co najmniej 3 lata doświadczenia". A number of years is asked only beside a
 * word of experience or of a minimum, as in English ("3+ years"): "wij bestaan 50 jaar" and
 * "24 uur per week" are not.
 */

/** Years as those languages write them, after the number: "jaar", "Jahre(n)", "ans", "años", "anos", "anni", "lat(a)". */
export const otherYearWords = String.raw`(?:jaar|jaren|jahre?n?|ans|années|años|anos|anni|lata?)`;

const wordNumbers: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6,
  ein: 1, einem: 1, zwei: 2, drei: 3, fünf: 5, sechs: 6,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
  dois: 2, três: 3, quatro: 4,
  due: 2, tre: 3, quattro: 4,
  dwa: 2, trzy: 3, cztery: 4, pięć: 5,
};
const numberWord = Object.keys(wordNumbers).sort((a, b) => b.length - a.length).join('|');

const yearsPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2}|${numberWord})\s*\+?\s*(?:(?:-|–|tot|bis|à|a|do)\s*\d{1,2}\s*\+?\s*)?${otherYearWords}(?![\p{L}])`,
  'giu',
);
// Experience in those languages, a compound too ("werkervaring", "Berufserfahrung", "Führungserfahrung").
const experience = /(?:\p{L}*ervaring|\p{L}*erfahrung|exp[ée]rience|experiencia|experiência|esperienz[ae]|doświadczeni\p{L}*|praxis)(?![\p{L}])/iu;
// A minimum said before the number: "min. 3 jaar", "mindestens 4 Jahre", "au moins 3 ans", "mínimo 2 años".
const minimumBefore = /(?:min\.?|minimum|minimaal|minstens|ten minste|mindestens|wenigstens|au moins|al menos|mínimo|mínima|pelo menos|almeno|co najmniej|minimalnie|minimo)\s*(?:de\s+|van\s+|von\s+|di\s+)?$/iu;
// Words that make the number something else: an age, a company's years, a contract's length.
const notExperience = /(?:alt|oud|âgée?s?|edad|idade|età|wiek|bestaan|existieren|existe|contrat|contract|vertrag|contrato|contratto|garantie|garantía)(?![\p{L}])/iu;

/** One number of years a sentence asks for, with where it is written. */
export interface YearsFound {
  years: number;
  offset: number;
  end: number;
}

/**
 * The years a sentence in another language asks for: a number of years with a word of
 * experience within its clause (before or after it) or a minimum just before it.
 *
 * @example
 * otherLanguageYears('min. 3 jaar ervaring in planning'); // [{ years: 3, offset: 5, end: 11 }]
 * otherLanguageYears('Wij bestaan al 50 jaar'); // []
 */
export function otherLanguageYears(sentence: string): YearsFound[] {
  const found: YearsFound[] = [];
  for (const match of sentence.matchAll(yearsPattern)) {
    const raw = (match[1] ?? '').toLowerCase();
    const value = wordNumbers[raw] ?? Number(raw);
    if (!(value > 0 && value <= 20)) continue;
    const end = match.index + match[0].length;
    const before = sentence.slice(Math.max(0, match.index - 45), match.index);
    const after = sentence.slice(end, end + 60);
    // The clause the number sits in: a comma or a semicolon ends what belongs to it.
    const clauseBefore = before.slice(before.search(/[^,;]*$/));
    const clauseAfter = after.split(/[;,]/)[0] ?? '';
    if (notExperience.test(clauseBefore) || notExperience.test(clauseAfter)) continue;
    if (!(minimumBefore.test(before) || experience.test(clauseAfter) || experience.test(clauseBefore))) continue;
    found.push({ years: value, offset: match.index, end });
  }
  return found;
}

/** Quick test for a sentence that may ask for years in another language (most do not name any). */
export const mayNameOtherYears = new RegExp(String.raw`(?<![\p{L}])${otherYearWords}(?![\p{L}])`, 'iu');
