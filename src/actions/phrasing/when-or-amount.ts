/** Month names and their short forms: "march", "mar", "sept." (whole: "Octave" and "Marble" are programs, not months). */
const monthName = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])`;
const weekday = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?`;
const currency = String.raw`(?:[$€£₹]|(?:eur|usd|gbp|nok|sek|dkk|chf|pln|zł|zl|cad|aud|nzd|inr|czk|huf|ron)(?![a-z]))`;

/** Said with digits and nothing that names a thing: "01.03.2027", "9am", "3:30", "52k", "€500", "NOK 680 000", "the 4th". */
const withDigits = new RegExp(
  String.raw`^(?:(?:on|from|at|by|the|of|in)\s+)*(?:${currency}\s?)?\d[\d\s.,:/-]*(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|h|hrs?|k|m|%)?(?:\s*(?:${currency}|of\s+${monthName}|${monthName}(?:\s+\d{2,4})?))?$`,
  'i',
);
/** Days and dates said in words: "monday", "next week", "tomorrow morning", "1 march", "march 3rd", "asap". */
const inWords = new RegExp(
  String.raw`^(?:(?:on|from|at|by|the|this|next|coming|in|early|late|mid)\s+)*(?:${weekday}|today|tonight|tomorrow|tmrw|tmr|yesterday|week|month|year|weekend|morning|afternoon|evening|asap|immediately|right\s+away|${monthName}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}(?:\s+\d{4})?)(?:\s+(?:morning|afternoon|evening|night|week))?$`,
  'i',
);

/**
 * Whether a phrase is a day, a date, a time, a number or an amount, and so never the name of
 * a program or a site: "start 01.03.2027" after an offer is when the job starts, and "start
 * monday" is no app called "monday" (trial s50 #37).
 *
 * @example
 * isWhenOrAmount('01.03.2027'); // true
 * isWhenOrAmount('next monday'); // true
 * isWhenOrAmount('spotify'); // false
 */
export function isWhenOrAmount(phrase: string): boolean {
  const said = phrase.trim().replace(/[.!?,;:]+$/, '');
  if (!said) return false;
  return (/\d/.test(said) && withDigits.test(said)) || inWords.test(said);
}
