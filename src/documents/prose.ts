import { loadReaderVocabulary, phraseKey } from '../resume/skill-vocabulary.ts';

/** Small wording helpers shared by the writers. */

/**
 * A count of years as said: "1 year", "11 years".
 *
 * @example
 * yearsText(1); // '1 year'
 */
export function yearsText(count: number): string {
  return `${count} year${count === 1 ? '' : 's'}`;
}

/**
 * Joins items as English does: "A", "A and B", "A, B and C".
 *
 * @example
 * joinWords(['TypeScript', 'Node.js', 'PostgreSQL']); // 'TypeScript, Node.js and PostgreSQL'
 */
export function joinWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

const irregularPastVerbs = new Set(
  'built led ran wrote made grew cut drove won took set began brought taught sold held kept found gave chose rewrote rebuilt oversaw drew undertook spun shipped'.split(' '),
);
const presentVerbs = new Set(
  (
    'build lead run write own design develop manage maintain drive ship mentor architect create deliver coordinate support implement operate plan teach partner ' +
    // The work of most other jobs, as resumes write it in the present: "Prepare social security declarations …".
    'prepare process train answer handle keep file schedule book check audit reconcile review monitor track organise organize negotiate resolve advise assess ' +
    'treat serve cook install repair inspect test draft report analyse analyze forecast order purchase dispatch route load pick pack invoice calculate record ' +
    'update respond greet supervise hire recruit onboard administer liaise arrange oversee ensure improve reduce increase compile submit issue approve chair ' +
    'present produce source price quote clean coach assist help collaborate communicate launch close clear declare book care nurse fit wire weld replace ' +
    'calibrate diagnose service prescribe dispense counsel interview coach collect verify'
  ).split(' '),
);

// What follows a verb in a resume bullet and never a noun that starts one: "Process the …", "Train two …".
const objectStart = /^(?:the|a|an|all|every|each|our|their|its|his|her|new|monthly|weekly|daily|up|over|more|\d[\d,.%+]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds)$/;

const notVerbs = new Set('over under about around nearly almost top best first only some all both every each more most less the our their with for from into during across through within zero one two three four five six seven eight nine ten twelve twenty'.split(' '));

/**
 * Whether a highlight starts with an action verb ("Led…", "Designed…", "Build…", "Process the
 * monthly payroll…", "Train two assistants…"), so "I " can precede it.
 */
export function startsWithActionVerb(text: string): boolean {
  const [first = '', second = ''] = text.trim().toLowerCase().split(/\s+/);
  // "Fault-find on three-phase motors", "Co-ordinate deliveries": a hyphenated verb, by its last part.
  const hyphenated = /^[a-z]+-([a-z]+)$/.exec(first);
  if (hyphenated) return isActionVerb(hyphenated[1] ?? '') || (first.startsWith('co-') && (hyphenated[1] ?? '').length > 3);
  if (!/^[a-z]+$/.test(first)) return false;
  if ((first.length > 3 && first.endsWith('ed')) || irregularPastVerbs.has(first) || presentVerbs.has(first)) return true;
  // A bare verb before its object: a noun phrase does not start "Payroll the …" or "Process two …" unless the word is a verb.
  return first.length > 2 && !first.endsWith('s') && !first.endsWith('ing') && !notVerbs.has(first) && objectStart.test(second.replace(/[,;:]$/, ''));
}

/** A highlight as the middle of a sentence: first letter lowered (not acronyms, not a product's name: "Tableau", "Power BI"), end punctuation dropped. */
export function asClause(text: string): string {
  const trimmed = text.trim().replace(/[.;!]+$/, '');
  return /^[A-Z][a-z]/.test(trimmed) && !startsWithName(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

// Trades, care and ways of working are named by common nouns ("Forklift", "Triage", "Agile"); the other fields' single words are products and languages.
const commonNounFields = new Set(['leadership', 'methodology', 'care', 'healthcare', 'culinary', 'construction', 'mechanical', 'plumbing', 'electrical', 'driving', 'logistics', 'safety']);
const abstractNoun = /(?:ing|ity|ics|ship|tion|sion|ism|ment|ness|ure|ices)$/i;

/**
 * Whether a text starts with a name the vocabulary spells with a capital: a product or a language
 * ("Tableau attendance dashboard", "Power BI reports", "Python scripts"), never a common noun a
 * skills list capitalises ("Forklift", "Leadership", "Statistics").
 *
 * @example
 * startsWithName('Tableau attendance dashboard'); // true
 */
export function startsWithName(text: string): boolean {
  const vocabulary = loadReaderVocabulary();
  const words = text.split(/\s+/).slice(0, 3);
  for (let count = words.length; count >= 1; count -= 1) {
    const spelled = words.slice(0, count).join(' ').replace(/[,;:.]+$/, '');
    const key = phraseKey(spelled);
    const skill = vocabulary.lookup.get(key);
    if (!skill || !/^\p{Lu}/u.test(skill.name)) continue;
    // An ambiguous name ("Tableau" is also a French word) counts when spelled as the product is, and is more than a short word ("Go").
    if (vocabulary.ambiguousKeys.has(key) && (spelled !== skill.name || spelled.length < 4)) continue;
    if (count > 1 || /\p{Lu}/u.test(skill.name.slice(1))) return inSentence(skill.name) === skill.name;
    return skill.category === 'product' || (!commonNounFields.has(skill.category) && !abstractNoun.test(skill.name));
  }
  return false;
}

/** A highlight as a sentence of its own: first letter raised, ending in a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** "I led the migration …" when the highlight starts with a verb, otherwise a framed quote of it. */
export function firstPersonClaim(text: string, frame: string): string {
  return startsWithActionVerb(text) ? `I ${asClause(text)}` : `${frame}: ${asClause(text)}`;
}

/**
 * "a" or "an" before a word, by its first sound: "an Engineering Manager", "a Unix admin", and
 * for an abbreviation read letter by letter, by the letter's name: "an MSc", "an MBA", "an RN",
 * "an HR lead", "a UX designer", "a BSc", "an M.Tech".
 *
 * @example
 * article('MSc in Health Informatics'); // 'an'
 */
export function article(word: string): string {
  const first = /^[\p{L}\p{N}]+/u.exec(word.trim())?.[0] ?? '';
  // A capital with a stop after it is a letter read aloud: "an M.Tech", "a B.E.", "an M.Sc.".
  if (readLetterByLetter(first) || /^\p{Lu}\./u.test(word.trim())) return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a';
  return /^(?:[aeio]|u(?!ni|s[eu]))/i.test(first) ? 'an' : 'a';
}

// "MSc", "PhD", "RN", "NMBI", "SQL" are read as letters; "NASA" and "SAFe" as words: a short
// capital abbreviation, a mixed one with capitals inside, or one with no vowel in its first two letters.
function readLetterByLetter(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || word.length < 2) return false;
  if (/^\p{Lu}+$/u.test(word)) return word.length <= 3 || !/[AEIOU]/.test(word.slice(0, 2));
  return /^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}*$/u.test(word);
}

/**
 * A skill as it reads inside a sentence: a sentence-cased phrase ("Discharge planning") loses
 * its capital; names, brands and acronyms ("Excel", "Power BI", "SQL") keep theirs.
 *
 * @example
 * inSentence('Discharge planning'); // 'discharge planning'
 */
export function inSentence(skill: string): string {
  // A people's or a language's name keeps its capital: "Belgian payroll legislation", "Dutch customs rules".
  if (/^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese)|British|Irish|Scottish|Welsh|Swiss|Dutch|French|Flemish|Danish|Swedish|Polish|Spanish|German|English|Finnish|Turkish|Greek|Thai)\b/u.test(skill)) return skill;
  // A name and its version ("Sage 200", "Python 3") is a product's name: it keeps its capital.
  if (/^\S+(?:\s+\d[^\s]*)+$/u.test(skill)) return skill;
  // A work named by its gerund ("Budgeting", "Onboarding", "Rostering") is a common noun, unless the vocabulary knows it as a product's name.
  const gerund = /^\p{Lu}\p{Ll}+ing$/u.test(skill) && !startsWithName(skill);
  return gerund || /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}\d][^\s]*)+$/u.test(skill) ? skill.charAt(0).toLowerCase() + skill.slice(1) : skill;
}

/**
 * A stated name that ends in a full stop ("Baltic Freight Sp. z o.o.", "Acme Inc.") takes no
 * second one where a template closes its sentence; an ellipsis stays.
 *
 * @example
 * oneFullStop('Walk me through your work at Acme S.A..'); // 'Walk me through your work at Acme S.A.'
 */
export function oneFullStop(text: string): string {
  return text.replace(/(?<!\.)\.\.(?=\s|$)/g, '.');
}

const irregularPast: Record<string, string> = {
  run: 'ran', lead: 'led', build: 'built', rebuild: 'rebuilt', write: 'wrote', rewrite: 'rewrote', teach: 'taught', keep: 'kept', make: 'made',
  take: 'took', find: 'found', hold: 'held', give: 'gave', drive: 'drove', bring: 'brought', sell: 'sold', buy: 'bought', set: 'set',
  cut: 'cut', put: 'put', oversee: 'oversaw', undertake: 'undertook', grow: 'grew', draw: 'drew', speak: 'spoke', win: 'won', begin: 'began',
  choose: 'chose', get: 'got', pay: 'paid', send: 'sent', spend: 'spent', meet: 'met', tell: 'told', shut: 'shut', spin: 'spun', lay: 'laid',
  feed: 'fed', sit: 'sat', stand: 'stood', understand: 'understood', see: 'saw', do: 'did', have: 'had', go: 'went', is: 'was', are: 'were',
};
// One-syllable verbs that double their last consonant: "plan" → "planned", "ship" → "shipped".
const doubling = new Set('plan ship stop drop map log tag scan chat step trim slip flag prep plot spot skim jog pin fit wrap rig dig chip clip grab'.split(' '));

/**
 * A present-tense verb in the past, as a resume of an earlier job says it: "train" → "trained",
 * "run" → "ran", "plan" → "planned", "fault-find" → "fault-found"; a past form stays.
 *
 * @example
 * pastTense('coach'); // 'coached'
 */
export function pastTense(verb: string): string {
  const hyphen = verb.lastIndexOf('-');
  if (hyphen > 0) return `${verb.slice(0, hyphen + 1)}${pastTense(verb.slice(hyphen + 1))}`;
  const lower = verb.toLowerCase();
  if (irregularPastVerbs.has(lower) || (lower.length > 3 && lower.endsWith('ed'))) return verb;
  const irregular = irregularPast[lower];
  if (irregular) return irregular;
  if (doubling.has(lower)) return `${verb}${verb.slice(-1)}ed`;
  if (lower.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/**
 * A bullet written in the present ("Coach three planners …", "Test and certify installations …")
 * told in the past, for a job the person has left: "Coached three planners …", "Tested and
 * certified installations …". Anything that does not start with a verb is returned as it is.
 *
 * @example
 * inPastTense('Train two new assistants on payroll'); // 'Trained two new assistants on payroll'
 */
export function inPastTense(text: string): string {
  if (!startsWithActionVerb(text)) return text;
  const match = /^(\S+?)((?:,?\s+(?:and|&)\s+|\/)(\S+))?(?=\s|$)/.exec(text.trim());
  if (!match) return text;
  const [whole, first = '', joiner, second] = match;
  const keepCase = (original: string, changed: string) => (/^\p{Lu}/u.test(original) ? changed.charAt(0).toUpperCase() + changed.slice(1) : changed);
  const firstPast = keepCase(first, pastTense(first.toLowerCase()));
  // "Test and certify …": both verbs move; "Plan and budget" too. A noun after "and" ("Plan and build logs") is rare in a bullet's first three words.
  const secondIsVerb = second !== undefined && (presentVerbs.has(second.toLowerCase()) || irregularPast[second.toLowerCase()] !== undefined || /(?:ify|ise|ize|ate)$/i.test(second));
  const rest = text.trim().slice(whole.length);
  if (joiner && secondIsVerb) return `${firstPast}${joiner.slice(0, -second.length)}${pastTense(second)}${rest}`;
  return `${firstPast}${text.trim().slice(first.length)}`;
}

/**
 * Whether a word is a verb a bullet may start with, in any form the writers tell: "plan",
 * "planned", "fault-find".
 */
export function isActionVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  return presentVerbs.has(last) || irregularPastVerbs.has(last) || irregularPast[last] !== undefined || (last.length > 3 && last.endsWith('ed'));
}
