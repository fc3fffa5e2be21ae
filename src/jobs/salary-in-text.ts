import type { Salary, SalaryPeriod } from '../protocol/posting.ts';
import { readAmount, unstatedPeriod } from './parse-salary.ts';

/**
 * Pay stated only in a posting's text ("Scála tuarastail: €48,000–€58,000", "£55k-65k DOE",
 * "up to 70.000 € brutto", "$120,000 - $140,000 a year"), in the languages postings here are
 * written in. A number counts as pay only when money says so: a currency at the amount, or a
 * pay word before it ("Salary: 48000–58000"). Years, team sizes, counts and funding rounds
 * ("raised $20M", "a €2m budget") are not pay, and neither is an amount no salary could be.
 */

// Longest first: "CA$" is Canadian before "$" is read as US dollars.
const currencySigns: ReadonlyArray<readonly [string, string]> = [
  ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['US$', 'USD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['¥', 'JPY'], ['zł', 'PLN'],
];
const currencyNames: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:eur|euros?|euro)$/i, 'EUR'], [/^(?:usd|dollars?)$/i, 'USD'], [/^(?:gbp|pounds?(?:\s+sterling)?)$/i, 'GBP'],
  [/^(?:pln|złotych|zł)$/i, 'PLN'], [/^chf$/i, 'CHF'], [/^(?:sek|nok|dkk|cad|aud|nzd|czk|huf|inr|sgd)$/i, ''],
];
const currencyToken = String.raw`R\$|CA\$|C\$|AU\$|A\$|NZ\$|US\$|\$|€|£|₹|¥|zł|(?<![\p{L}])(?:EUR|USD|GBP|PLN|CHF|SEK|NOK|DKK|CAD|AUD|NZD|CZK|HUF|INR|SGD|[Ee]uros?|dollars?|pounds|złotych)(?![\p{L}])`;
const number = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d{1,2})?`;
/**
 * Thousands and millions written after the number: "55k", "2M", and German "60 T€", "55 TEUR",
 * "65 Tsd. €", "70 Tausend Euro" (T for Tausend, glued to the currency or not), and the "mil"
 * (thousand) of Portuguese and Spanish pay: "R$ 12 mil", "45 mil euros".
 */
const magnitude = String.raw`mil(?![\p{L}])|[kKmM](?![\p{L}])|T(?=\s?(?:€|EUR|Euro))|(?:Tsd|TSD|tsd)\.?(?![\p{L}])|Tausend(?![\p{L}])`;
/** One amount with its currency on either side: "€48,000", "55k", "70.000 €", "EUR 50/hour", "60 T€". */
const money = String.raw`(?:(?<before>${currencyToken})\s?)?(?<digits>${number})(?:\s?(?<suffix>${magnitude}))?(?:\s?(?<after>${currencyToken}|(?<=\dT|\sT)(?:EUR|Euro)(?![\p{L}])))?`;
const moneyPattern = new RegExp(money, 'gu');
/**
 * What joins the two ends of a range: "-", "to", "bis", "à", "a", "go", "tot", "do"; and pay
 * that grows: "£30,500 rising to £34,000", "increasing to", "steigend auf".
 */
const rangeJoin = /^\s*(?:-|–|—|to|bis|à|a|y|até|go|tot|do|and|und|et|e|,?\s*(?:rising|increasing|progressing|going\s+up)\s+to|(?:,\s*)?steigend\s+auf)\s*$/iu;

/** Words that say a number is pay, before it: "Salary", "Scála tuarastail", "Gehalt", "salaire", "pay". */
const payBefore =
  /(?:salary|salaries|pay(?:ing|s)?|compensation|comp|remuneration|wages?|rate|base|package|ote|earn(?:ings)?|tuarastal|tuarastail|pá|gehalt|vergütung|bruttojahresgehalt|jahresgehalt|lohn|salaire|rémunération|salario|sueldo|remuneración|salário|remuneração|stipendio|retribuzione|ral|salaris|wynagrodzenie|pensja)\b[^.\n]{0,40}$/iu;
/** Words that say a number is pay, after it: "DOE", "brutto", "gross", "per annum". */
const payAfter = /^[^.\n]{0,20}?(?:doe|brutto|gross|net|bruto|brut|lordo|ote|base|salary|per\s+annum|p\.?a\.?(?![\p{L}]))/iu;
/** Words that say an amount is money of another kind: funding, revenue, budgets, prices. */
const notPayNear =
  /(?:raised|rais(?:e|ing)|funding|funded|series\s+[a-f]|seed|valuation|valued|revenue|arr|mrr|turnover|budgets?|invest\p{L}*|grants?|worth|sales|market|spend|savings?|saved|cost|price|fine|prize|donat\p{L}*|fundraising|umsatz|finanzierung|chiffre\s+d'affaires|financement|facturación|financiación|fatturato)/iu;

const periodWords: ReadonlyArray<readonly [SalaryPeriod, RegExp]> = [
  ['hour', /^(?:an?\s+|per\s+|\/\s*|pro\s+|im\s+|par\s+|por\s+|all'|(?:de\s+|à\s+)?l['’]\s*|sa\s+|in\s+aghaidh\s+na\s+)?(?:hour|hr|h|hourly|stunde|heure|hora|ora|uur|godzin\p{L}*|huaire|uair)(?![\p{L}])/iu],
  ['day', /^(?:an?\s+|per\s+|\/\s*|pro\s+|im\s+|par\s+|por\s+|al\s+|sa\s+)?(?:day|daily|tag|jour|día|dia|giorno|dag|dzień|lá)(?![\p{L}])/iu],
  ['week', /^(?:an?\s+|per\s+|\/\s*|pro\s+|im\s+|par\s+|por\s+|a\s+la\s+|sa\s+)?(?:week|weekly|wk|woche|semaine|semana|settimana|tydzień|seachtain)(?![\p{L}])/iu],
  ['month', /^(?:an?\s+|per\s+|\/\s*|pro\s+|im\s+|par\s+|por\s+|al\s+|sa\s+|in\s+aghaidh\s+na\s+)?(?:month|monthly|mo|monat|monatlich|mois|mensuel(?:le)?|mes|mensual|mês|mensal|mese|mensile|maand|maandelijks|miesiąc|miesięcznie|mhí|mí)(?![\p{L}])/iu],
  ['year', /^(?:an?\s+|per\s+|\/\s*|pro\s+|im\s+|par\s+|por\s+|al\s+|sa\s+|in\s+aghaidh\s+na\s+)?(?:year|yearly|yr|annum|annual(?:ly)?|p\.?\s?a\.?|jahr|jährlich|an|annuel(?:le)?|año|anual|ano|anno|annuo|lordi\s+annui|jaar|jaarlijks|rok|rocznie|bliain|bhliain)(?![\p{L}])/iu],
];
/** The plausible yearly pay; an amount outside it (a count, a price, a funding round) is not a salary. */
const yearlyRange = { min: 5_000, max: 1_500_000 };
const perYear: Readonly<Record<SalaryPeriod, number>> = { hour: 2080, day: 230, week: 52, month: 12, year: 1 };

interface Amount {
  value: number;
  currency: string | null;
  start: number;
  end: number;
  suffix: string | undefined;
  /** A bare "$", whose country a code after the amount may name ("75 000 $ – 90 000 $ CAD"). */
  bareDollar: boolean;
}

function currencyOf(token: string | undefined, after = false): string | null {
  if (!token) return null;
  // "95 000 $": French Canada writes its dollars after the amount; the US and others before it.
  if (after && token === '$') return 'CAD';
  const sign = currencySigns.find(([symbol]) => symbol === token);
  if (sign) return sign[1];
  const named = currencyNames.find(([pattern]) => pattern.test(token));
  if (named) return named[1] || token.toUpperCase();
  return null;
}

/** The pay period said just after the amount: "a year", "per hour", "/h", "pro Jahr", "sa bhliain". */
function periodAfter(text: string): SalaryPeriod | null {
  const after = text.replace(/^\s*(?:(?:gross|brutto|bruto|brut|lordo|net|doe|base|salary)\s*)*/iu, '').replace(/^[\s,]*/, '');
  for (const [period, pattern] of periodWords) if (pattern.test(after)) return period;
  return null;
}

/** Every amount in a sentence, with the currency written at it. */
function amountsIn(sentence: string): Amount[] {
  return [...sentence.matchAll(moneyPattern)].map((match) => {
    const groups = match.groups ?? {};
    return {
      value: readAmount(groups.digits ?? '', groups.suffix),
      // "$135,000 CAD": a code after the amount names the dollars its sign leaves open.
      currency: (groups.before === '$' && /^[A-Z]{3}$/.test(groups.after?.trim() ?? '') ? currencyOf(groups.after?.trim()) : null) ?? currencyOf(groups.before) ?? currencyOf(groups.after?.trim(), true),
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      suffix: groups.suffix,
      bareDollar: (groups.before === '$' && !/^[A-Z]{3}$/.test(groups.after?.trim() ?? '')) || groups.after?.trim() === '$',
    };
  });
}

/** "up to", "from", "starting at" and the same in other languages, just before an amount. */
const payBound = /(?:up\s+to|max(?:imum)?|bis\s+zu|jusqu'à|hasta|até|from|starting\s+(?:at|from)|min(?:imum)?|ab|à\s+partir\s+de|desde|a\s+partir\s+de)\s*$/iu;

/** One salary from one sentence, or null when it states no pay. */
function salaryInSentence(sentence: string): Salary | null {
  const amounts = amountsIn(sentence);
  for (let index = 0; index < amounts.length; index++) {
    const first = amounts[index] as Amount;
    const next = amounts[index + 1];
    const isRange = next !== undefined && rangeJoin.test(sentence.slice(first.end, next.start));
    const last = isRange && next ? next : first;
    const before = sentence.slice(Math.max(0, first.start - 60), first.start);
    const after = sentence.slice(last.end, last.end + 40);
    const dollarCode = first.bareDollar ? /^\s*\(?(USD|CAD|AUD|NZD|SGD|HKD|MXN)(?![\p{L}])/u.exec(after)?.[1] : undefined;
    // "$110,000 - $135,000 CAD": a code at either end names the dollars a bare "$" leaves open.
    const rangeCode = isRange && next && !next.bareDollar && first.bareDollar ? next.currency : null;
    const currency = dollarCode ?? rangeCode ?? first.currency ?? (isRange ? (next?.currency ?? null) : null);
    const payWord = payBefore.test(before) || payAfter.test(after);
    // Money of another kind near the amount: "raised $20M", "a €2m budget", "$5M ARR".
    if (notPayNear.test(before.slice(-30)) || notPayNear.test(after.slice(0, 25))) {
      if (isRange) index++;
      continue;
    }
    // "Up to 80k", "from 60k a year": a bound on thousands that ends the sentence or names a
    // period is pay even with no currency or pay word ("up to 10k users" goes on, so it is not).
    const boundInThousands = /^[kK]$/.test(last.suffix ?? '') && payBound.test(before) && (/^\s*[.!)]?\s*$/.test(after) || periodAfter(after) !== null);
    if (currency === null && !payWord && !boundInThousands) continue;
    let low = first.value;
    let high = isRange && next ? next.value : first.value;
    // "£55-65k": the k written once applies to both ends.
    if (isRange && !first.suffix && next?.suffix && low < 1_000) low = readAmount(String(first.value), next.suffix);
    const period = periodAfter(after) ?? unstatedPeriod(Math.max(low, high), currency);
    if (low > high) [low, high] = [high, low];
    const yearly = high * perYear[period ?? 'year'];
    // "5 years", "a team of 12", "40 hospitals": not an amount anyone is paid.
    if (!(low > 0) || yearly < yearlyRange.min || yearly > yearlyRange.max) {
      if (isRange) index++;
      continue;
    }
    if (!isRange && /(?:up\s+to|max(?:imum)?|bis\s+zu|jusqu'à|hasta|até|fino\s+a|tot|do|suas\s+le)\s*$/iu.test(before)) {
      return { min: null, max: low, currency, period };
    }
    if (!isRange && (/(?:from|starting\s+(?:at|from)|min(?:imum)?|ab|à\s+partir\s+de|desde|a\s+partir\s+de|da|vanaf|od|ó)\s*$/iu.test(before) || /^\s*\+/.test(after))) {
      return { min: low, max: null, currency, period };
    }
    return { min: low, max: high, currency, period };
  }
  return null;
}

/**
 * The salary a posting's text states, or null when it states none. Sentences with a pay word
 * are read first, so "Salary €55,000 – €65,000" is found before "€5M raised" would be weighed.
 *
 * @example
 * salaryInText('Conradh 12 mhí. Scála tuarastail: €48,000–€58,000.');
 * // { min: 48000, max: 58000, currency: 'EUR', period: 'year' }
 * salaryInText('We raised $20M and are a team of 40.'); // null
 */
export function salaryInText(text: string | null | undefined): Salary | null {
  if (!text || !/\d/.test(text)) return null;
  const sentences = text.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u).filter((sentence) => /\d/.test(sentence));
  const withPayWord = sentences.filter((sentence) => payBefore.test(sentence.replace(/\d[\s\S]*$/, '')) || /(?:salary|tuarastal|gehalt|salaire|salario|salário|stipendio|salaris|wynagrodzenie|pay)/iu.test(sentence));
  for (const sentence of [...withPayWord, ...sentences.filter((sentence) => !withPayWord.includes(sentence))]) {
    const salary = salaryInSentence(sentence);
    if (salary) return salary;
  }
  return null;
}

/**
 * A posting's salary: the board's, else the one its text states (for postings stored before
 * their text was read, and boards that give pay as words only).
 *
 * @example
 * statedSalary({ salary: null, description: 'Salary €55,000 – €65,000 DOE' }); // { min: 55000, max: 65000, … }
 */
export function statedSalary<S extends object>(posting: { salary: S | null; description: string }): S | Salary | null {
  return posting.salary ?? salaryInText(posting.description);
}
