/**
 * A test's own grounding check: every number and every capitalised word a writer outputs must
 * come from the resume or the posting, or be one of the template's own plain-English words.
 */

/** Markdown without its syntax, and without list numbers (structure, not claims). */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^\s*\d+\.\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/^#+\s+/gm, '')
    .replace(/\\([\\*_`[\]])/g, '$1')
    .replace(/\*+/g, '');
}

/** Every number as written: "40", "1,200", "3", "60". */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** Numbers in the output that appear in none of the sources and are not explicitly allowed. */
export function ungroundedNumbers(output: string, sources: string, allowed: readonly string[] = []): string[] {
  const known = new Set([...numbersIn(sources), ...allowed]);
  return numbersIn(proseOf(output)).filter((number) => !known.has(number));
}

/** Capitalised words in the output that appear in none of the sources and are not template words. */
export function ungroundedNames(output: string, sources: string, templateWords: ReadonlySet<string>): string[] {
  const sourceWords = new Set(sources.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.+#'’-]*/gu) ?? []);
  const words = proseOf(output).match(/\p{Lu}[\p{L}\p{N}.+#'’-]*/gu) ?? [];
  return [...new Set(words)]
    .map((word) => word.replace(/[.'’-]+$/, ''))
    .filter((word) => !templateWords.has(word) && !sourceWords.has(word.toLowerCase()));
}
