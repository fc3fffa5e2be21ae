/**
 * How people state the least they want to be paid: "paying over 100k", "at least $120,000",
 * "100k+", "€80k or more", "paying 90-120k" (the bottom of a range is the floor), "$60 an
 * hour or more", "between 20 and 25k", "six figures". Amounts are read as written; the currency
 * said with them is kept ("at least 450k NOK": NOK), never converted; pay by the hour, day, week
 * or month is made yearly (2080 hours, 260 days, 52 weeks, 12 months), as `min_salary` compares it.
 */
import { maxYearlyPay, payFloorCurrency } from '../../protocol/posting.ts';

/**
 * The codes of the currencies people are paid in, as written before or after an amount ("GHS 120,000",
 * "50,000,000 KRW", "15000 zł"): the ISO codes of the world's common currencies.
 */
const currencyCodes = [
  'usd eur gbp chf cad aud nzd inr jpy cny rmb hkd twd sgd krw sek nok dkk isk pln czk huf ron bgn uah rub ils',
  'aed sar qar kwd bhd omr egp mad tnd ngn ghs kes ugx tzs rwf etb zar zmw xof xaf brl mxn ars clp cop pen uyu',
  'php idr myr thb vnd pkr bdt lkr npr',
].join(' ').split(' ').join('|');
/** The currencies' names and signs said after an amount: "100k dollars", "9 million won", "120,000 cedis". */
const currencyNames = String.raw`dollars?|euros?|pounds?|quid|bucks|rupees|yen|won|yuan|cedis?|naira|shillings?|rand|pesos?|reais|zlotys?|złotych|zł|kr|dong|baht|ringgit|rupiah|lira|forints?|dirhams?|riyals?|francs?|[$€£¥₹₩₦₵₫₱₺₴₽₪]`;

/**
 * "CA$", "A$", "R$", "US$", "GH₵", "¥", "₹", "Rs", "INR ", "GHS ": the signs and codes before an amount; and the South
 * African rand's "R" written against its number ("R600k", "R45 000").
 */
const sign = String.raw`(?:(?:ca|us|au|a|nz|c|r|s|hk|mx|sg|gh)?[$€£¥₹₩₦₵₫₱₺₴₽₪]|rs\.?|(?<![a-z0-9])r(?=\d)|(?:${currencyCodes})\s?)`;
/**
 * Units: thousands (also in the words of other languages: "40 mil", "60 tausend", "35 mila", "45 mille"),
 * millions, and India's lakh (100,000) and crore (10 million).
 */
const thousandWords = String.raw`k|thousand|mil|tausend|mila|mille`;
const unit = String.raw`(?:${thousandWords}|m|million|lakhs?|lacs?|lpa|crores?|cr)\b`;
/**
 * Gross and net in the languages people mix into English ("€40k brutos", "45k lordi", "70k brutto", "3.000 € líquidos",
 * "2500 netto"): words that say an amount is pay. A floor said net is kept as said (gross is never less).
 */
const grossOrNet = String.raw`gross|brut(?:o|os|a|as|to|tto|ts?)?|lord[io]|net(?:to|tos?|os?)?|l[ií]quid[oa]s?|before\s+tax|after\s+tax|pre-?tax`;
const currencyAfter = String.raw`(?:\s*(?:${currencyCodes}|${currencyNames})(?![a-z]))?`;
/**
 * Thousands grouped by a space, as much of Europe and the SI write them ("NOK 550 000", "45 000 zł", "€ 3 500"): a
 * plain, no-break, narrow no-break or thin space between groups of exactly three digits.
 */
const spaceGrouped = String.raw`\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])`;
/** The digits of an amount: space-grouped thousands, else digits with "," and "." as written. */
const digits = String.raw`(?:${spaceGrouped}|\d[\d,.]*)`;
const money = String.raw`(?:${sign}\s*)?${digits}(?:\s*${unit})?${currencyAfter}`;
/** An amount that can only be money: with a currency sign, a "k", or five digits or more. */
const markedMoney = String.raw`(?:${sign}\s*${digits}(?:\s*${unit})?|\d[\d,.]*\s*${unit}|\d{1,3}(?:[,.]\d{3})+|${spaceGrouped}|\d{5,})${currencyAfter}`;
const range = (first: string) => String.raw`(?<amount>${first})(?:\s*(?:-|–|—|to)\s*(?<top>${money}))?`;
/** "between 20 and 25k", "somewhere between €18 and €22 an hour": a range said in words, marked at either end. */
const between = String.raw`(?<![\w$€£])between\s+(?:(?<amount>${markedMoney})\s+and\s+(?<top>${money})|(?<bare>${money})\s+and\s+(?<markedTop>${markedMoney}))`;
/** "20-25k", "18 to 22k": a bare bottom whose top is marked as money. */
const markedRange = String.raw`(?<![\w$€£.,])(?<amount>\d{1,3}(?:[.,]\d+)?)\s*(?:-|–|—|to)\s*(?<top>${markedMoney})`;
/** "at least" in the languages people mix into English: "pelo menos", "no mínimo", "al menos", "mindestens", "au moins", "almeno". */
const atLeastElsewhere = String.raw`pelo\s+menos|no\s+m[ií]nimo|al\s+menos|como\s+m[ií]nimo|mindestens|au\s+moins|almeno|m[ií]nimo`;
const comparator = String.raw`(?:${atLeastElsewhere}|(?:won'?t|will\s+not|don'?t|do\s+not|can'?t|cannot)\s+(?:take|accept|go|settle\s+for|work\s+for)\s+(?:anything\s+)?(?:less\s+than|lower\s+than|under|below)|(?:no|not)\s+(?:less|lower)\s+than|not\s+(?:under|below)|nothing\s+(?:under|below|less\s+than|lower\s+than)|over|above|beyond|exceeding|greater\s+than|at\s+least|more\s+than|upwards\s+of|north\s+of|from|of|starting\s+(?:at|from)|min(?:imum|\.)?(?:\s+of)?|>=?)`;
/** A month or a year in the languages people mix into English: "por mês", "per maand", "pro Monat", "al año", "/mês". */
const elsewherePeriod = String.raw`(?:(?:por|per|pro|par|al|im|a|\/)\s*(?:(?<month>m[eê]s|maand|monat|mois|mese)|(?<year>ano|año|jahr|an|anno|jaar))|(?<monthly>mensais|mensal|mensuales?|monatlich|mensuel|mensili?|maandelijks)|(?<yearly>anuais|anual(?:es)?|j[aä]hrlich|annuel|annui|jaarlijks))(?![a-zà-ÿ])`;
const period = String.raw`(?:\s*(?:(?:an?|per)\s+(?<period>hour|day|week|month|year|annum)|\/\s*(?<short>hour|hr|h|day|week|wk|month|mo|yr|year)\b|(?<adverb>hourly|daily|weekly|monthly|annually|yearly)|${elsewherePeriod}))`;
const periodAhead = String.raw`\s*(?:(?:an?|per)\s+(?:hour|day|week|month|year|annum)|\/\s*(?:hour|hr|h|day|week|wk|month|mo|yr|year)\b|hourly|daily|weekly|monthly|annually|yearly|${elsewherePeriod.replace(/\?<\w+>/g, '?:')})`;
const more = String.raw`(?:\s*(?:\+|or\s+(?:more|above|higher|better)|and\s+(?:up|above)|plus|minimum|min(?![a-z])|at\s+least))`;
const trailers = String.raw`(?:${period}|${more}|\s*(?:${grossOrNet}|base|salary|total\s+comp(?:ensation)?)(?![a-zà-ÿ])|\s*(?:${currencyCodes}|${currencyNames})(?![a-z]))*`;
const payLead = String.raw`(?:(?:that|which|who)\s+)?(?:pay(?:s|ing)?|earn(?:s|ing)?|making|offering|(?:with\s+(?:a\s+)?)?(?:salary|salaries|pay|compensation|comp|base)(?:\s+(?:of|from|is))?)`;


/** Each form, most specific first; all are matched against lower-case text. */
const forms: readonly RegExp[] = [
  new RegExp(String.raw`\b${payLead}\s+(?:${comparator}\s+)?${range(money)}${trailers}`),
  new RegExp(String.raw`(?<![\w$€£])${comparator}\s+${range(markedMoney)}${trailers}`),
  // "at least 25 an hour": a bare number is pay when a period follows it.
  new RegExp(String.raw`(?<![\w$€£])${comparator}\s+${range(money)}(?=${periodAhead})${trailers}`),
  new RegExp(String.raw`${between}${trailers}`),
  new RegExp(String.raw`${markedRange}${trailers}`),
  // "100k+", "€80k or more": a marked amount said to be a minimum by what follows it.
  new RegExp(String.raw`(?<![\w$€£])${range(markedMoney)}${trailers}`),
  // "1200 a month minimum", "14/hr min": a bare number made pay by its period and a minimum by what follows.
  new RegExp(String.raw`(?<![\w$€£.,])${range(money)}(?=${periodAhead})${trailers}`),
];
/** The forms that are a floor only when a minimum is said after the amount ("… or more", "… minimum"). */
const saidAsMinimum = new Set([forms.length - 2, forms.length - 1]);
const minimumAfter = new RegExp(`${more}`);
/** "€40k brutos", "45k gross": an amount said to be gross or net is the pay asked for, a floor unless hedged before it. */
const payWordAfter = new RegExp(String.raw`^\s*(?:${currencyCodes}|${currencyNames})?\s*(?:${grossOrNet})(?![\p{L}])`, 'u');
const hedgedBefore = /\b(?:around|about|approx(?:imately)?|roughly|circa|ca\.?|up\s+to|max(?:imum)?|under|below|less\s+than|at\s+most|no\s+more\s+than|~)\s*$/;
// Captures inside the repeated trailers keep only their last round, so the period is read again.
const periodAfter = new RegExp(period);
/** What every floor needs: a digit (each form's amount), or "figure" ("six figures"). */
const mayStatePay = /[0-9]|figure/;
const sixFigures = /\b(?:(?:paying|that\s+pays?|with|earning|making)\s+)?(?:a\s+)?(?:six|6)[- ]figures?(?:\s+(?:salary|pay))?(?:\s+or\s+more)?/;

const perYear: Readonly<Record<string, number>> = {
  hour: 2080, hr: 2080, h: 2080, hourly: 2080,
  day: 260, daily: 260,
  week: 52, wk: 52, weekly: 52,
  month: 12, mo: 12, monthly: 12,
  year: 1, annum: 1, yr: 1, annually: 1, yearly: 1,
};

/** The digits of an amount, and a figure said in thousands ("45k", "60 tausend"): built once, for `amountOf`. */
const writtenDigits = new RegExp(digits);
const thousandsSaid = new RegExp(String.raw`\d\s*(?:${thousandWords})\b`);

/** "120,000" → 120000, "100k" → 100000, "1.2m" → 1200000, "100.000" and "100 000" → 100000. */
function amountOf(text: string): { value: number; scale: number } | null {
  const lower = text.toLowerCase();
  const written = writtenDigits.exec(lower)?.[0] ?? '';
  // "550 000": space-grouped thousands are a whole number.
  if (/\s/.test(written)) return { value: Number(written.replace(/\s/g, '')), scale: 1 };
  // A separator followed by exactly three digits groups thousands; otherwise it is a decimal point
  // ("4,5k", "12,50 an hour": the decimal comma of much of Europe, never "45k").
  const plain = /^\d{1,3}(?:[,.]\d{3})+$/.test(written)
    ? written.replace(/[,.]/g, '')
    : /^\d+,\d{1,2}$/.test(written)
      ? written.replace(',', '.')
      : written.replace(/,/g, '');
  const number = Number(plain);
  if (!Number.isFinite(number) || number <= 0) return null;
  const scale = thousandsSaid.test(lower)
    ? 1_000
    : /\d\s*(?:m|million)\b/.test(lower)
      ? 1_000_000
      : /\d\s*(?:lakhs?|lacs?|lpa)\b/.test(lower)
        ? 100_000
        : /\d\s*(?:crores?|cr)\b/.test(lower)
          ? 10_000_000
          : 1;
  return { value: number * scale, scale };
}

/**
 * The yearly pay floor a request states, with where it was said (so the words can be taken
 * out of the search terms). Null when it states none.
 *
 * @example
 * readPayFloor('senior typescript jobs paying 90-120k'); // { floor: 90000, index: 25, length: 17 }
 * readPayFloor('welder jobs paying at least 450k nok'); // { floor: 450000, index: 12, length: 24, currency: 'NOK' }
 */
export function readPayFloor(lower: string): { floor: number; index: number; length: number; currency?: string } | null {
  // (Every form reads digits, and "six figures" its word: without either no floor is said.)
  if (!mayStatePay.test(lower)) return null;
  const figures = sixFigures.exec(lower);
  if (figures && /figure/.test(figures[0])) return { floor: 100_000, index: figures.index, length: figures[0].length };
  for (const [position, form] of forms.entries()) {
    const match = form.exec(lower);
    const groups = match?.groups;
    const bottom = groups?.amount ?? groups?.bare;
    if (!match || !groups || !bottom) continue;
    const after = match[0].slice(match[0].indexOf(bottom) + bottom.length);
    const payWord = payWordAfter.test(after) && !hedgedBefore.test(lower.slice(0, match.index));
    if (saidAsMinimum.has(position) && !minimumAfter.test(match[0].slice(bottom.length)) && !payWord) continue;
    const amount = amountOf(bottom);
    if (!amount) continue;
    // "90-120k": the "k" of the top applies to the bottom too.
    const topSaid = groups.top ?? groups.markedTop;
    const top = topSaid ? amountOf(topSaid) : null;
    const value = amount.scale === 1 && top && top.scale > 1 && amount.value < 1_000 ? amount.value * top.scale : amount.value;
    const said = periodAfter.exec(match[0].slice(match[0].indexOf(bottom) + bottom.length))?.groups;
    const per = said?.period ?? said?.short ?? said?.adverb ?? (said?.month || said?.monthly ? 'month' : said?.year || said?.yearly ? 'year' : undefined);
    // ("pelo menos 3.000 € líquidos", "at least €2,500": a figure under 10,000 with no period is a month's pay; no one
    // asks for a yearly salary that small, and much of the world states pay by the month.)
    const monthly = !per && amount.scale === 1 && value >= 1_000 && value < 10_000;
    const floor = Math.round(value * (per ? (perYear[per] ?? 1) : monthly ? 12 : 1));
    // A bare small number is not pay ("top 5"): a yearly floor under 1,000 was something else.
    if (floor < 1_000) continue;
    // The currency is read from the amount on: "won't take less than" names no won.
    const currency = payFloorCurrency(match[0].slice(match[0].indexOf(bottom)));
    return { floor: Math.min(floor, maxYearlyPay), index: match.index, length: match[0].length, ...(currency ? { currency } : {}) };
  }
  return null;
}
