import { stripFiller } from './strip-filler.ts';
import { isOneEditAway } from './correct-spelling.ts';
import type { ActionReading, Phrasebook } from './phrasebook.ts';
import type { Clause, PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { answeredAbout } from '../../actions/phrasing/listed-last.ts';

/** What one clause of a message says. */
export type ClauseIntent =
  | ActionReading
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'farewell' }
  | { kind: 'acknowledgement' }
  | { kind: 'help'; all?: true }
  /** "don't open github": nothing to do, but say so. */
  | { kind: 'negated' }
  /** Filler with no meaning of its own ("please"). */
  | { kind: 'none' }
  /** Something no phrasing reads: open-ended, a language model's job. */
  | { kind: 'unknown'; text: string };

const acknowledgement =
  /^(?:(?:oops|whoops|oh no|my bad|sorry|wait)(?: no| sorry| wait)?|no wait|okay|k|kk|cool|great|nice|perfect|got it|sounds good|alright|all right|sure|yes|yep|yeah|no|nope|nah|fine|awesome|done|all good|nothing else|never ?mind|that'?s (?:all|it|great|fine|perfect))(?: for (?:now|today))?$/;
// (Hello in the languages people greet in before switching to English: "olá! hi, what can you do?".)
const greeting =
  /^(?:hi|hello|hey|heya|hiya|howdy|yo|hola|ol[aá]|oi|hallo|hall[oå]j|hej|hei|moin|servus|bonjour|salut|coucou|ciao|salve|buongiorno|buenas|buenos d[ií]as|bom dia|boa tarde|boa noite|namaste|namaskar|merhaba|selam|salaam|salam|shalom|privet|zdravo|ahoj|cze[sś][cć]|dzie[nń] dobry|guten (?:morgen|tag)|goedemorgen|konnichiwa|ni ?hao|annyeong|sawubona|jambo|habari|greetings|good (?:morning|afternoon|evening|day)|what'?s up|sup)(?:\s+(?:there|jobpilot|friend|buddy|bot|again|all|everyone|pilot))*$/;
// ("well done", "ta", "God bless": thanks as people say it in Nigerian, British and other Englishes.)
const thanks = /^(?:thanks|thank you|thank u|thx|thnx|ty|ta|cheers|many thanks|much appreciated|appreciate it|well done|nice one|good job|(?:god )?bless you|god bless)\b/;
/**
 * "still yet to hear back", "no reply so far", "haven't heard anything": waiting told, with no one named and nothing to
 * do, never a request left out (regression, trial s48 #31).
 */
const stillWaiting =
  /^(?:(?:but|and|so|still|i'?m|i’m|i am|im|i|have|haven'?t|havent|not|nothing|no|yet)\s+)*(?:(?:yet\s+to|waiting\s+to|waiting\s+for\s+them\s+to)\s+hear\s+(?:back|anything)|heard\s+(?:back|anything|nothing)|(?:word|reply|response|answer|news)(?:\s+from\s+them)?\s+(?:yet|so\s+far))(?:\s+(?:yet|so\s+far|from\s+them|o))*$/;
const farewell = /^(?:bye|goodbye|good bye|bye bye|see you|see ya|cya|later|good night)\b/;
// ("never done big4", "never had one": experience told, not a request taken back. "stop the
// Berlin alert", "don't need the php alert anymore": a request. "cancel the Northwind reminder", "don't remind me about Acme": a
// reminder to cancel, an action of its own.)
// ("i didn't mean to save that": the earlier request taken back, not asked again.)
const negation = /^(?:(?:i\s+)?(?:didn'?t|didnt|did\s+not)\s+(?:mean|want)\s+to\b|(?:don'?t|do not|dont)(?!\s+(?:really\s+)?(?:need|want)\s+(?:the|my|that|this|these|those|all|any\s+of\s+(?:my|the))\b[^.]*\balerts?\b)|never(?!\s+(?:done|did|been|had|worked|applied|used|heard|seen|interviewed|got|gotten|made|written|tried|needed|learned|learnt|studied|held|managed|led|was|were)\b)|no need to|(?:stop|cancel)(?![^.]*\b(?:alerts?\b|alerting\b|notifications?\b|alert_|(?:sending|emailing|texting|pinging|notifying|messaging)\s+me\b|(?:e-?mails?|pings?|digests?|texts?)\s+(?:about|of|on|for|with)\b))|forget it|nevermind)\b(?!.*\b(?:remind(?:er|ers|ing)?|rem_[0-9a-f]{3,12})\b)(?!\s+let\s+me\s+forget\b)/;
/** "cancel the friday one", "stop the leeds one": a cancel that names what, not "cancel", "stop that", "cancel it". */
const cancelNamed = /^(?:cancel|stop|delete|remove|scrap|drop)\s+(?!(?:it|that|this|them|everything|all(?:\s+(?:of\s+)?(?:it|that))?|that\s+then|it\s+then|please|pls)$)\S/;
/** "you", "u", "this thing", "jobpilot": jobpilot itself, as people name it when they ask what it does. */
const itself = '(?:you|u|ya|this(?:\\s+(?:thing|app|bot|tool|program))?|it|jobpilot|the\\s+(?:app|bot|tool))';
const everything =
  /^(?:(?:ok|so|and|then|please|pls)[\s,]+)*(?:(?:list|show|give|tell)(?:\s+me)?\s+)?(?:everything(?:\s+you\s+(?:can|could)\s+do)?|(?:the\s+)?(?:full|whole|complete)\s+list\s+of\s+(?:what\s+you\s+(?:can|could)\s+do|(?:your\s+)?(?:commands|actions|abilities|features|capabilities)))(?:\s+(?:please|pls))?[\s.!?]*$/;
const help = new RegExp(
  '^(?:so\\s+|and\\s+|ok\\s+|then\\s+)?(?:help|help me|i need help|\\?|what can i (?:do|say|ask)|commands|menu|usage|options|who are you|what are you|what is (?:this|jobpilot)' +
    // "what can you do for me", "what else are you able to do", "what do you do exactly", "what can this thing do"
    `|what\\s+(?:else\\s+)?(?:can|could|do|does|are|is)\\s+${itself}\\s+(?:do|able\\s+to\\s+(?:do|help(?:\\s+(?:me\\s+)?with)?)|good\\s+(?:at|for)|for|offer|help(?:\\s+me)?\\s+with|help\\s+with)` +
    // "how can you help me", "how could u help", "how does this work", "how do i use this"
    `|how\\s+(?:can|could|do|would|will)\\s+${itself}\\s+help(?:\\s+me)?|how\\s+(?:does|do)\\s+${itself}\\s+work|how\\s+do\\s+(?:i|you)\\s+use\\s+${itself}` +
    '|what are (?:your|the) (?:commands|capabilities|skills|features|options|actions|abilities)|(?:list|show|tell)(?: me)? (?:your |the |what )?(?:commands|actions|capabilities|options|abilities|features|you can do))' +
    // ("… for a chef like me", "… for someone like me": who asks, not what.)
    '(?:\\s+(?:for me|exactly|here|then|anyway|again|actually|now|to help me|to help|for (?:someone|people|(?:a|an) [a-z-]+(?: [a-z-]+)?) like me))*$',
);
const interrogative =
  /^(?:what|what'?s|whats|who|who'?s|whose|why|when|where|which|how|is|isn'?t|are|aren'?t|am|does|do|did|should|shall|was|were|will|would|have i|has|can i|could i|may i)\b/;
const trailingPunctuation = /(?<![\s.!?])[\s.!?]+$/;

/** "help", "pls help me", "i need help", "sos": a plea with no request of its own. */
const plea = /^(?:(?:please|pls|plz|so|ugh|omg)\s+)?(?:help|halp|sos|help\s+me(?:\s+out)?|i\s+need\s+(?:some\s+)?help|need\s+(?:some\s+)?help|(?:can|could)\s+(?:you|u)\s+help(?:\s+me)?(?:\s+out)?)(?:\s+(?:pls|please|plz|asap))*[\s!?.]*$/i;

/**
 * Whether a piece of a message is a bare plea for help, which asks for whatever the situation
 * told beside it needs ("interview w Acme on friday, help").
 *
 * @example
 * isPlea('pls help!'); // true
 */
export const isPlea = (text: string): boolean => plea.test(text.trim());

/**
 * Reads one clause: a social remark, a step or reply from the surest phrasing, or unknown.
 *
 * @example
 * readClause('pls open youtube thx', phrasebook, context); // { kind: 'step', action: 'open_website', … }
 */
export function readClause(raw: string, phrasebook: Phrasebook, context: PhrasingContext): ClauseIntent {
  const text = raw.replace(/\s+/g, ' ').replace(trailingPunctuation, '').trim();
  if (!text) return { kind: 'none' };
  const lower = text.toLowerCase();
  if (acknowledgement.test(lower)) return { kind: 'acknowledgement' };
  if (greeting.test(lower)) return { kind: 'greeting' };
  if (thanks.test(lower)) return { kind: 'thanks' };
  if (farewell.test(lower)) return { kind: 'farewell' };
  if (stillWaiting.test(lower)) return { kind: 'none' };

  const clause = makeClause(text, phrasebook.leadingWords);
  if (!clause) return { kind: 'none' };
  if (negation.test(clause.lower)) {
    // "cancel the friday one" right after a list of reminders: that reminder, read by its action.
    // ("cancel it" right after jobpilot answered about reminders: that reminder, or which of them; regression, trial s42 #53.)
    if (!cancelNamed.test(clause.lower)) return (answeredAbout(context) === 'reminders' && phrasebook.read(clause, context)) || { kind: 'negated' };
    // Read by no action: asked which, never answered as if an approval were declined (none waits when the planner reads).
    return (
      phrasebook.read(clause, context) ?? {
        kind: 'reply',
        action: 'cancel_reminder',
        confidence: 'certain',
        reply: `Which one should I cancel? I couldn't place "${text.slice(0, 80)}": name it, e.g. "cancel the Northwind reminder" or "stop the Berlin alert", or say "list my reminders" and then "cancel the second one".`,
      }
    );
  }
  // "list everything", "the full list": every action, not the short answer.
  if (everything.test(clause.lower)) return { kind: 'help', all: true };
  if (help.test(clause.lower)) return { kind: 'help' };
  const reading = phrasebook.read(clause, context);
  if (reading) return reading;
  // Only words as typed that mean nothing are taken for typos: "oepn gmail", not "star it"
  // (nor "same job but more formal": a word the phrasings use is that word, not a slip of "save").
  const first = clause.lower.split(' ')[0] ?? '';
  const corrected = phrasebook.vocabulary.has(first) && !phrasebook.leadingWords.has(first) ? undefined : correctTypo(clause, phrasebook.leadingWords);
  return (corrected && phrasebook.read(corrected, context)) || { kind: 'unknown', text };
}

/**
 * Whether a piece of a message asks what jobpilot can do ("what can you do for me", "how can u
 * help me?", "what are you able to do").
 *
 * @example
 * asksWhatItCanDo('what can you do for me?', new Set()); // true
 */
export function asksWhatItCanDo(text: string, leadingWords: ReadonlySet<string>): boolean {
  const clause = makeClause(text.replace(/\s+/g, ' ').replace(trailingPunctuation, '').trim(), leadingWords);
  return clause !== undefined && help.test(clause.lower);
}

/**
 * A clause ready for phrasings: filler stripped, and a gerund after "would you mind" made
 * a verb again when the examples know the verb.
 *
 * @example
 * makeClause('would you mind opening github?', new Set(['open']))?.lower; // 'open github'
 */
export function makeClause(text: string, leadingWords: ReadonlySet<string>): Clause | undefined {
  const stripped = stripFiller(text);
  if (!stripped) return undefined;
  return withFirstWord(stripped, (word) => (word.endsWith('ing') ? verbOf(word, leadingWords) : undefined)) ?? clauseOf(stripped);
}

/**
 * The clause with its first word corrected to the one request word it is a slip of
 * ("oepn" → "open"), or undefined when there is none.
 *
 * @example
 * correctTypo(clauseOf('oepn gmail'), new Set(['open']))?.lower; // 'open gmail'
 */
export function correctTypo(clause: Clause, vocabulary: ReadonlySet<string>): Clause | undefined {
  return withFirstWord(clause.text, (word) => {
    if (vocabulary.has(word) || !/^[a-z]{4,}$/.test(word)) return undefined;
    const near = [...vocabulary].filter((known) => known.length >= 4 && known[0] === word[0] && isOneEditAway(word, known));
    return near.length === 1 ? near[0] : undefined;
  });
}

function withFirstWord(text: string, replace: (word: string) => string | undefined): Clause | undefined {
  const [first = '', ...rest] = text.split(' ');
  const replaced = replace(first.toLowerCase());
  return replaced ? clauseOf([replaced, ...rest].join(' ')) : undefined;
}

const clauseOf = (text: string): Clause => {
  const lower = text.toLowerCase();
  return { text, lower, question: interrogative.test(lower) };
};

/** The request word a gerund stands for ("opening" → "open", "taking" → "take"). */
function verbOf(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find((candidate) => vocabulary.has(candidate));
}
