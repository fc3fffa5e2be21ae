import { definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import { undoUtterances } from './utterances.ts';

type Args = Record<string, never>;

const what =
  "(?:it|that|this|the\\s+(?:last|previous)\\s+(?:change|thing|step|one|action)|my\\s+last\\s+(?:change|action)|the\\s+change|what\\s+(?:you|i)\\s+just\\s+did|(?:your|my)\\s+last\\s+(?:step|move))";

/** The undo shortcut said as keys: "ctrl+z", "cmd-z", "⌘Z", "control z". */
const undoKeys = '(?:ctrl|control|cmd|command|⌘)\\s*[+-]?\\s*z';

/**
 * A step told as a mistake, then undone: "i didnt mean to save that, undo", "accidentally
 * unsaved the bakery one - undo pls", "saved the wrong one by mistake, revert it". The
 * mistaken step is no request of its own (news said with "undo" is the news instead: "oops, I
 * withdrew from X, undo that", `yieldsToNews`).
 */
const mistakeThenUndo = new RegExp(
  `^(?:(?:oops|whoops|ugh|argh|sorry|no+|nope|wait|ah|oh)[\\s,!.]+)*(?:i\\s+)?(?:(?:didn'?t|did\\s+not|never)\\s+(?:mean|meant|want(?:ed)?)\\s+(?:to\\s+)?[^.!?]{0,80}?|(?:accidentally|mistakenly)\\s+[^.!?]{0,80}?|[^.!?]{0,80}?\\s+by\\s+(?:mistake|accident))[\\s,.!;:–—-]+(?:(?:pls|please|can\\s+(?:you|u)|could\\s+(?:you|u)|just)\\s+)?(?:undo|revert|reverse|take\\s+(?:it|that)\\s+back)(?:\\s+(?:it|that|this))?(?:\\s+(?:pls|please))?[\\s.!]*$`,
  'i',
);

/**
 * "Revert" as Indian (and much business) English uses it: reply, get back to someone ("kindly revert
 * with the best one", "please revert by tomorrow", "revert back to me"). Never an undo: that would
 * take back a change nobody asked to take back, silently.
 */
const revertAsReply =
  /\brevert(?:ing)?\s+(?:back\s+)?(?:with|to\s+(?:me|us)\b|by\b|asap\b|soon\b|at\s+the\s+earliest|on\s+(?:this|that|it|the|my|our)\b|within\b|when\b|once\b|after\b|if\b|today\b|tomorrow\b|tmrw\b|(?:on\s+)?(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\b)|\brevert\s+back\s*$/i;

/**
 * "undo" said right after jobpilot undid something: an undo is not itself undone, and another undo
 * would take back the change before it, which the person may not mean (they may want the undone change
 * back). Asked, unless they said to go on ("undo again", "that one too") or the answer offered it
 * ('Say "undo" again to …').
 */
function undoOrAsk(lower: string, context: PhrasingContext): Reading<Args> {
  const last = context.history.findLast((message) => message.role === 'assistant')?.content ?? '';
  const undone = /^Undid your last change \((?<what>[^)]*(?:\([^)]*\)[^)]*)*)\)/.exec(last)?.groups?.what;
  if (!undone || /say\s+"undo"\s+again/i.test(last) || /\b(?:again|too|as\s+well|also|another|one\s+more|before|further|earlier|previous)\b/.test(lower)) return { args: {} };
  return {
    reply: `I just undid your last change (${undone}). An undo can't be undone: to have that back, ask for it again. To take back the change before it too, say "undo again".`,
  };
}

/** How people take back what was just done: "undo", "undo that", "put it back", "revert the last change". */
export const undoPhrasing = definePhrasing<Args>({
  priority: 40,
  utterances: undoUtterances,
  // "oops no, I withdrew from Acme, undo that": one correction, not a status change and then its undoing.
  yieldsToNews: true,
  readWhole: (message) => (mistakeThenUndo.test(message.trim()) ? { args: {}, confidence: 'certain' } : null),
  // The classifier's reading: any sentence it places here is an undo, unless "revert" means "reply".
  readSentence: (clause, context) =>
    revertAsReply.test(clause.lower)
      ? { reply: 'If "revert" means "get back to you": I answer as soon as you ask, so just tell me what you need (for example "which of these fits me best?"). If you meant to take back your last change, say "undo that".' }
      : undoOrAsk(clause.lower, context),
  capability: 'undo the last change to your saved jobs or active resume',
  describe: () => 'undo the last change',
  intents: [
    {
      pattern: new RegExp(`^(?:oops\\s+|whoops\\s+|oh\\s+no\\s+|no\\s+wait\\s+|wait\\s+)?(?:undo|un-do|revert|reverse|roll\\s*back|${undoKeys})(?:\\s+${what})?(?:\\s+(?:please|again|too|as\\s+well))?$`),
      confidence: 'certain',
      read: (match, context) => undoOrAsk(match.clause.lower, context),
    },
    {
      pattern: new RegExp(
        `^(?:put|change|switch|set|turn)\\s+(?:it|that|them|things|everything)\\s+back(?:\\s+(?:the\\s+way\\s+it\\s+was|how\\s+it\\s+was|as\\s+it\\s+was))?$|^(?:take|bring)\\s+(?:it|that)\\s+back$|^(?:go\\s+back|back\\s+up)\\s+one\\s+step$|^restore\\s+(?:it|that|the\\s+previous\\s+(?:one|state))$`,
      ),
      read: (match, context) => undoOrAsk(match.clause.lower, context),
    },
    {
      // "go back to the previous version of the letter", "can we revert to the earlier draft": the last change taken back.
      pattern:
        /^(?:(?:can|could)\s+(?:we|you|u)\s+)?(?:please\s+|pls\s+|just\s+)?(?:(?:go|switch|change\s+(?:it|that)|put\s+(?:it|that)|roll\s+(?:it|that))\s+back|revert(?:\s+back)?)\s+to\s+(?:the|my)\s+(?:previous|old|older|earlier|original|last|other)\s+(?:version|draft|wording|one)(?:\s+of\s+(?:the|my|that)\s+[\w-]+(?:\s+letter)?)?(?:\s+(?:please|pls|instead))?$/,
      questions: true,
      read: (match, context) => undoOrAsk(match.clause.lower, context),
    },
    {
      // "no no no go back", "nope, undo undo": a bare "go back" after a no is taking back the last change.
      pattern: /^(?:(?:no+|nope|nah|wait|oops|whoops|ugh|argh)[\s,!.]+)+(?:go\s+back|undo(?:\s+undo)*)(?:\s+(?:please|pls|now))?$/,
      read: (match, context) => undoOrAsk(match.clause.lower, context),
    },
    {
      pattern: /^(?:can|could)\s+you\s+(?:undo|revert|reverse)\s+(?:that|it|the\s+last\s+(?:change|thing))$|^(?:i\s+)?didn'?t\s+mean\s+(?:to\s+do\s+)?that(?:,?\s+undo(?:\s+it)?)?$/,
      questions: true,
      read: (match, context) => undoOrAsk(match.clause.lower, context),
    },
  ],
  examples: [
    { say: 'undo that' },
    { say: 'put it back' },
    { say: 'oops, undo the last change' },
    { say: 'revert that please' },
  ],
  counterExamples: ['put it on my list', 'switch back to my pdf resume'],
});
