/**
 * Word terms for keyword matching, from the same tokens as skills: lower-cased, lightly
 * stemmed ("deploying", "deployed", "deploys" → "deploy"), without stop words or the words
 * every posting uses ("team", "experience", "role").
 */
import { tokenizeSkillText, type SkillToken } from '../skill-tokens.ts';
import { isGenderMarkerWord } from './gender-marker.ts';
import { cityCountries, countryCodes } from '../sections/place-names.ts';

const stopWords = new Set(
  (
    'a about above across after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each either else etc even ever every few for from further get gets getting go goes going had has have having he her here ' +
    'hers him his how however i if in into is it its itself just least less let like likely may me might more most much must my need needs ' +
    'no nor not now of off often on once one only or other our ours out over own per please plus rather really same several shall she should since so some ' +
    'such than that the their theirs them then there these they this those though through thus to too under until up upon us use used uses using very via ' +
    'want was we well were what whatever when where whether which while who whom whose why will with within without would yet you your yours ' +
    // Words every posting uses: they say nothing about this job.
    'ability able apply applicant applicants applying benefit benefits best candidate candidates career company competitive culture day days ' +
    'environment equal excellent experience experienced help hire hiring ideal include includes including job join looking love make new ' +
    'offer opportunity opportunities people plus position preferred product products required requirement requirements responsibilities ' +
    'responsibility role salary skill skills strong successful support team teams time understanding work working world year years ' +
    'great good knowledge level proven related relevant wide within across based build building help helping high highly including key ' +
    'least part range take using way ways week weeks well end professional senior junior mid-level engineer engineers developer developers us we\'re you\'ll you\'re we\'ll who\'s it\'s etc e.g i.e'
  ).split(/\s+/),
);

// Words that say how, when or where the work is done, not what it is: a resume cannot "use" them,
// and advice to put "b2b", "remote", "night" or "Lisbon" on one is no advice. Never keywords.
const termsOfEmployment = new Set(
  (
    'b2b contract contracts contractor contractors freelance freelancer freelancers self-employed permanent temporary temp fixed-term ' +
    'full-time part-time fulltime parttime internship internships intern interns trainee traineeship apprentice apprenticeship estágio ' +
    'remote remotely hybrid onsite on-site office offices relocation visa sponsorship eor invoice invoicing rate daily hourly monthly ' +
    'month months annual gross net bonus allowance allowances shift shifts night nights weekend weekends overtime rota schedule ' +
    'hours hour store stores location locations city region country countries europe eu emea worldwide anywhere timezone timezones zone zones'
  ).split(/\s+/),
);

/**
 * A word that names employment terms, a schedule or a place ("contract", "remote", "night",
 * "Lisbon"), not a skill or a domain: never a keyword to compare or to advise.
 *
 * @example
 * isEmploymentOrPlaceWord('b2b'); // true
 */
export function isEmploymentOrPlaceWord(word: string): boolean {
  const lower = word.toLowerCase();
  return termsOfEmployment.has(lower) || termsOfEmployment.has(stem(lower)) || cityCountries.has(lower) || countryCodes.has(lower);
}

const stems = new Map<string, string>();
const termStems = new Map<string, string | null>();
const stemCacheLimit = 50_000;

/**
 * A light suffix stemmer: the same on both sides is all that matters. Memoised.
 *
 * @example
 * stem('deploying'); // 'deploy'
 */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  let value = word.toLowerCase().replace(/'s$/, '');
  if (value.length > 5 && value.endsWith('ies')) value = `${value.slice(0, -3)}y`;
  else if (value.length > 5 && value.endsWith('ing')) value = value.slice(0, -3);
  else if (value.length > 4 && value.endsWith('ed')) value = value.slice(0, -2);
  else if (value.length > 3 && value.endsWith('s') && !value.endsWith('ss') && !value.endsWith('us')) value = value.slice(0, -1);
  if (stems.size >= stemCacheLimit) stems.clear();
  stems.set(word, value);
  return value;
}

/**
 * The stem of a token if it is a content word (not a stop word, a number, or one or two
 * letters long), else undefined.
 *
 * @example
 * termStem(tokenizeSkillText('Payments')[0]); // 'payment'
 */
export function termStem(token: SkillToken): string | undefined {
  const word = token.lower;
  // A posting repeats its words: each is judged once (null: not a content word).
  const known = termStems.get(word);
  if (known !== undefined) return known ?? undefined;
  let value: string | null = null;
  if (!(word.length < 3 || stopWords.has(word) || isGenderMarkerWord(word))) {
    const first = word.charCodeAt(0);
    const letter = (first >= 97 && first <= 122) || (first >= 0xc0 && /^\p{L}/u.test(word));
    if (letter) value = stem(word);
  }
  if (termStems.size >= stemCacheLimit) termStems.clear();
  termStems.set(word, value);
  return value ?? undefined;
}

export interface Term {
  /** As first written, lower case, for display. */
  word: string;
  stem: string;
}

/**
 * The content words among skill tokens, each with the index of its token (stop words,
 * numbers and one- or two-letter words dropped).
 *
 * @example
 * termsFromTokens(tokenizeSkillText('We build payment systems')).map(([term]) => term.stem); // ['payment', 'system']
 */
export function termsFromTokens(tokens: readonly SkillToken[]): [Term, number][] {
  const terms: [Term, number][] = [];
  for (const [index, token] of tokens.entries()) {
    const termStemmed = termStem(token);
    if (termStemmed !== undefined) terms.push([{ word: token.lower, stem: termStemmed }, index]);
  }
  return terms;
}

/**
 * Every stem of a text, and every pair of adjacent stems in a sentence ("distribut system").
 *
 * @example
 * termIndex('Distributed systems').has('distribut system'); // true
 */
export function termIndex(text: string): Set<string> {
  const index = new Set<string>();
  const tokens = tokenizeSkillText(text);
  let previous: string | undefined;
  let previousToken = -1;
  for (const [term, tokenIndex] of termsFromTokens(tokens)) {
    index.add(term.stem);
    const sentenceBreak = tokens.slice(previousToken + 1, tokenIndex + 1).some((token) => token.sentenceBefore);
    if (previous && !sentenceBreak) index.add(`${previous} ${term.stem}`);
    previous = term.stem;
    previousToken = tokenIndex;
  }
  return index;
}
