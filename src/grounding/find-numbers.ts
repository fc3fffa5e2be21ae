/**
 * Numbers as claims: "300%", "$2M", "£50m", "10x", "1,500 nodes", "2.5 million users",
 * "12 engineers". Years (1950–2099 without a unit) are dates, not numbers.
 */

export type NumberUnit = 'percent' | 'currency' | 'multiple' | 'plain';

export interface NumberMention {
  text: string;
  start: number;
  end: number;
  /** The value with its magnitude applied: "$2M" → 2000000, "50k" → 50000. */
  value: number;
  unit: NumberUnit;
  /** The word right after the number, lower case ("years", "engineers"). */
  noun?: string;
}

const numberPattern =
  /(?<![\p{L}\p{N}./:+#])([$€£¥])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(%|percent\b|per cent\b|x\b|×|k\b|m\b|mm\b|bn\b|b\b|million\b|billion\b|thousand\b))?(?![\p{L}\p{N}/]|\.\d)(?:\s*\+)?(?:\s+([\p{L}][\p{L}-]*))?/giu;
const magnitudes: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/**
 * Finds the numbers in text.
 *
 * @example
 * findNumbers('grew revenue 300% and cut costs by $2M').map((number) => [number.value, number.unit]);
 * // [[300, 'percent'], [2000000, 'currency']]
 */
export function findNumbers(text: string): NumberMention[] {
  const numbers: NumberMention[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [, currency, digits = '', suffix, noun] = match;
    const base = Number(digits.replace(/,/g, ''));
    const unitWord = suffix?.toLowerCase();
    const isYear = !currency && !unitWord && /^(?:19[5-9]\d|20\d\d)$/.test(digits);
    if (isYear || Number.isNaN(base)) continue;
    let unit: NumberUnit = 'plain';
    if (currency) unit = 'currency';
    else if (unitWord === '%' || unitWord === 'percent' || unitWord === 'per cent') unit = 'percent';
    else if (unitWord === 'x' || unitWord === '×') unit = 'multiple';
    const value = base * (unitWord ? (magnitudes[unitWord] ?? 1) : 1);
    const end = match.index + match[0].length - (noun ? noun.length : 0);
    const mention: NumberMention = { text: text.slice(match.index, end).trim(), start: match.index, end, value, unit };
    if (noun) mention.noun = noun.toLowerCase();
    numbers.push(mention);
  }
  return numbers;
}
