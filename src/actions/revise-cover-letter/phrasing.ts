import type { z } from 'zod';
import { mentionVerbThenFact } from '../phrasing/mention-fact.ts';
import { findKnownJob } from '../phrasing/known-jobs.ts';
import { findKnownDocument } from '../phrasing/known-documents.ts';
import { toneAsked } from '../phrasing/find-tone.ts';
import { type Clause, definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { reviseCoverLetterArgs } from './args.ts';
import { reviseCoverLetterUtterances } from './utterances.ts';

type Args = z.input<typeof reviseCoverLetterArgs>;
type Change = Args['change'];
type Tone = NonNullable<Args['tone']>;

/** What a word of change asks for, and the tone it names, if any. */
const hows: ReadonlyArray<[RegExp, Change, Tone?]> = [
  [/^(?:shorter|briefer|more\s+(?:concise|succinct|compact|to\s+the\s+point)|tighter|crisper|punchier|more\s+punchy|snappier|more\s+snappy|leaner|less\s+wordy|short(?:er)?\s+and\s+sweet(?:er)?)$/, 'shorter'],
  [/^(?:longer|more\s+detailed|fuller|more\s+in[-\s]depth|richer|more\s+thorough|a\s+bit\s+more\s+detailed)$/, 'longer'],
  [/^(?:more\s+(?:formal|professional|polished|businesslike)|less\s+(?:casual|chatty|informal|relaxed)|stiffer)$/, 'more_formal', 'professional'],
  [/^(?:less\s+(?:formal|stiff|corporate|professional|robotic)|more\s+(?:casual|relaxed|conversational|personal|human|informal)|friendlier|warmer|more\s+friendly|more\s+warm)$/, 'less_formal'],
  [/^(?:more\s+(?:enthusiastic|excited|upbeat|energetic|passionate))$/, 'less_formal', 'enthusiastic'],
  // ("more humble": no such tone; the warm one is the closest, and `tone_asked` keeps the words to say so.)
  [/^(?:more\s+(?:humble|modest|down-to-earth)|humbler)$/, 'less_formal', 'warm'],
];
/** "too long" → shorter, "too stiff" → less formal. */
const tooMuch: ReadonlyArray<[RegExp, Change]> = [
  [/^(?:long|wordy|verbose|wordy|much)$/, 'shorter'],
  [/^(?:short|brief|thin)$/, 'longer'],
  [/^(?:formal|stiff|corporate|robotic|dry)$/, 'less_formal'],
  [/^(?:casual|informal|chatty|relaxed)$/, 'more_formal'],
];
const degree = '(?:(?:a\\s+)?(?:bit|little|lot|touch)\\s+|much\\s+|way\\s+|slightly\\s+|even\\s+|somewhat\\s+|far\\s+)?';
/** How a letter comes across, said as a feeling: "it feels a little thin", "it reads kind of stiff". */
const feels: ReadonlyArray<[RegExp, Change]> = [
  [/^(?:thin|bare|sparse|skimpy|empty|light|short|brief|lacking|underwhelming)$/, 'longer'],
  [/^(?:long|wordy|verbose|rambly|rambling|bloated|dense|padded|heavy)$/, 'shorter'],
  [/^(?:stiff|robotic|cold|corporate|formal|dry|wooden|generic|stuffy)$/, 'less_formal'],
  [/^(?:casual|informal|chatty|sloppy|unprofessional|slangy|cheesy)$/, 'more_formal'],
];
/** A length limit the letter must keep to: "keep it under half a page", "max 200 words", "so it fits on one page". */
const lengthLimit =
  /\b(?:keep\s+(?:it|the\s+letter|the\s+cover\s+letter)\s+(?:short|brief|under|below|within|to)|(?:under|below|within|max(?:imum)?|no\s+more\s+than|not\s+more\s+than|less\s+than|at\s+most|fewer\s+than)\s+(?:half\s+a|one|a|an|\d+)\s+(?:page|pages|words|paragraphs|lines|sentences)|fits?\s+on\s+(?:one|a|half\s+a|a\s+single)\s+page)\b/;
/** A verb of change said anywhere: "could you expand on it", "trim it a bit", "loosen it up". */
const verbs: ReadonlyArray<[RegExp, Change]> = [
  [/\b(?:expand(?:\s+on)?|lengthen|extend|flesh(?:\s+\w+)?\s+out|add\s+(?:more|a\s+bit\s+more|some\s+more)|beef(?:\s+\w+)?\s+up|pad(?:\s+\w+)?\s+out)\b/, 'longer'],
  [/\b(?:shorten|trim|condense|cut(?:\s+\w+)?\s+down|cut\s+(?:some|a\s+bit|a\s+few|parts?|it)|tighten(?:\s+\w+)?\s+up|tighten|rambles?|rambling|drags?\s+on|goes\s+on\s+(?:and\s+on|forever|too\s+long))\b/, 'shorter'],
  [lengthLimit, 'shorter'],
  [/\b(?:formali[sz]e|polish(?:\s+\w+)?\s+up)\b/, 'more_formal'],
  [/\b(?:loosen(?:\s+\w+)?\s+up|loosen|tone(?:\s+\w+)?\s+down)\b/, 'less_formal'],
];
const feelingVerb = /\b(?:feels?|seems?|reads?|sounds?|looks?|comes?\s+(?:across|off)(?:\s+as)?|is|it'?s|its)\s+(?:(?:kind\s+of|kinda|sort\s+of|sorta|a\s+(?:bit|little|tad)|a\s+little\s+bit|pretty|quite|rather|really|very|super|so|too|way\s+too|bit|somewhat|slightly)\s+)*(?<how>[a-z]+)\b/g;
/**
 * Who the letter is for, said as its reader: a bank or a law firm wants it more formal, a
 * startup less ("it's for a bank", "it's going to a law firm").
 */
const audiences: ReadonlyArray<[RegExp, Change]> = [
  [/\b(?:for|to|at|with)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:bank|law\s+firm|firm|government|ministry|council|insurer|insurance\s+company|consultancy|hospital|university|embassy|regulator|court|big\s+corporate|corporation)\b/, 'more_formal'],
  [/\b(?:for|to|at|with)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:start-?up|creative\s+agency|game\s+studio|indie\s+studio|small\s+team)\b|\b(?:is|it'?s)\s+(?:a|an)\s+(?:\w+\s+)?start-?up\b/, 'less_formal'],
];
const letter = '(?:cover\\s*)?letter';
/** The letter a request names: "it", "the letter", "the Stripe letter", "the cover letter for Hotjar". */
// "the letter for X" is tried before "the letter", or "for X" would be read as the change.
const which = `(?<doc>it|that|this|that\\s+one|this\\s+one|(?:the|my)\\s+${letter}\\s+(?:for|to)\\s+(?<for>[\\p{L}\\p{N}&.' -]+?)|(?:the|my|this|that)\\s+${letter}|(?:the|my)\\s+(?<named>[\\p{L}\\p{N}&.' -]+?)\\s+${letter})`;
const how = `${degree}(?<how>[a-z -]+?)`;
/** Who it is for, said after the change: ", it's for a bank", "as it's going to a law firm". */
const audienceTail = "(?:[,;.]?\\s+(?:(?:it'?s|its|it\\s+is|is|as\\s+it'?s|since\\s+it'?s|because\\s+it'?s|cause\\s+it'?s)\\s+(?:for|going\\s+to|to)\\s+(?:a|an|the)\\s+[a-z' -]+))?";
const feelingWords = "(?:feels?|seems?|reads?|sounds?|looks?|comes?\\s+(?:across|off)(?:\\s+as)?)";
const softener = '(?:(?:kind\\s+of|kinda|sort\\s+of|sorta|a\\s+(?:bit|little|tad)|a\\s+little\\s+bit|pretty|quite|rather|really|very|super|so|way|bit|somewhat|slightly)\\s+)*';

function reading(groups: Readonly<Record<string, string | undefined>>, original: (group: string) => string | undefined, change: Change, tone: Tone | undefined, context: PhrasingContext): Reading<Args> {
  const named = original('named') ?? original('for');
  const said = named && !/^(?:last|latest|new|newest|current|same)$/i.test(named) ? named.trim() : undefined;
  // ("the Stripe letter", "the formal letter": the person's own letter by its id when the words name one.)
  const document = said && (findKnownDocument(said, context) ?? said);
  // Nothing names a letter and none is in play ("make it shorter" in a new thread): "it" could be anything, so ask.
  if (!document && !inPlay(context) && !(groups.doc && /letter/.test(groups.doc))) return { reply: noLetter };
  return { args: { document, change, tone }, confidence: 'certain' };
}

/** Whether the thread has a letter in play: the last document, or a cover letter talked about. */
const inPlay = (context: PhrasingContext): boolean =>
  Boolean(context.references.last_document_id) || context.history.some((message) => /cover letter/i.test(message.content));

const noLetter =
  'Which letter do you mean? There is no cover letter in this conversation yet: ask for one (e.g. "write a cover letter for the Stripe job"), or name the letter ("make the Stripe letter shorter").';

/** The change a few words ask for: "shorter", "a bit less formal" ("a friendly one" is a new letter's tone, not a change). */
const changeOf = (said: string | undefined): [Change, Tone | undefined] | undefined => {
  const found = hows.find(([pattern]) => pattern.test((said ?? '').trim()));
  return found ? [found[1], found[2]] : undefined;
};

/**
 * A change said as a feeling, a verb or an audience anywhere in a sentence: "it feels a
 * little thin" (longer), "could you expand on it" (longer), "is for a bank" (more formal).
 */
function changeFelt(lower: string): Reading<Args> | null {
  for (const match of lower.matchAll(feelingVerb)) {
    const felt = feels.find(([pattern]) => pattern.test(match.groups?.how ?? ''));
    if (felt) return { args: { change: felt[1] } };
  }
  if (/\blike\s+(?:a\s+)?(?:robot|machine|template|form\s+letter|ai)\b/.test(lower)) return { args: { change: 'less_formal' } };
  const verb = verbs.find(([pattern]) => pattern.test(lower));
  if (verb) return { args: { change: verb[1] } };
  const audience = audiences.find(([pattern]) => pattern.test(lower));
  return audience ? { args: { change: audience[1], ...(audience[1] === 'more_formal' ? { tone: 'professional' as const } : {}) } } : null;
}

/** A change said anywhere in a sentence: a word of change ("could it be a bit shorter", "it sounds too stiff"), a feeling, a verb or an audience. */
function changeSaid(clause: Clause): Reading<Args> | null {
  const words = clause.lower.split(/[\s,.!?]+/).filter(Boolean);
  for (let size = 4; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const phrase = words.slice(start, start + size).join(' ');
      const change = changeOf(phrase);
      if (change) return { args: { change: change[0], tone: change[1] } };
      const too = words[start - 1] === 'too' && size === 1 ? tooMuch.find(([pattern]) => pattern.test(phrase)) : undefined;
      if (too) return { args: { change: too[1] } };
    }
  }
  return changeFelt(clause.lower);
}

/**
 * How people ask to change a letter they have: "make it shorter", "less formal please",
 * "make the Stripe letter more formal", "it's too long", "shorten the cover letter".
 */
export const reviseCoverLetterPhrasing = definePhrasing<Args>({
  priority: 30,
  utterances: reviseCoverLetterUtterances,
  readSentence: (clause, context) => {
    const read = changeSaid(clause);
    // "can u make it shorter pls" with no letter in play and none named: ask which.
    return read && !inPlay(context) && !/\bletter\b/.test(clause.lower) && !letterNamedIn(clause.lower, context) ? { reply: noLetter } : read;
  },
  // "the Helix letter is way too over the top, tone it down": the letter named in another piece of the message.
  // ("make it more humble", "friendlier but firm please": a tone the writer lacks is kept in the person's words, and said.)
  slots: { document: (message, context) => letterNamedIn(message, context), tone_asked: (message) => toneAsked(message) },
  capability: 'revise cover letters',
  describe: ({ change, mention }) => (change === 'mention' ? `mention ${(mention ?? []).join(' and ')} in the letter` : `make the letter ${change.replace('_', ' ')}`),
  produces: ['last_document_id'],
  intents: [
    {
      // "the hiring manager wants it under one page", "keep it to 200 words": a length limit for the letter in play (not a new letter's).
      pattern: new RegExp(`^(?!.*\\b(?:write|draft|compose|create|generate|new)\\b).*${lengthLimit.source}.*$`),
      read: ({ groups, original }, context) => {
        const inPlay = Boolean(context.references.last_document_id) || context.history.some((message) => /cover letter/i.test(message.content));
        return inPlay ? { ...reading(groups, original, 'shorter', undefined, context), confidence: 'likely' } : null;
      },
    },
    {
      // "make it shorter", "can you make the Stripe letter a bit less formal", "rewrite the cover letter to be longer"
      pattern: new RegExp(`^(?:make|get|turn|rewrite|redo|rework|revise|edit|change|write)\\s+${which}\\s+(?:(?:to\\s+be|so\\s+(?:it|that\\s+it)(?:'s|\\s+is))\\s+)?${how}(?:\\s+(?:please|instead|now|than\\s+(?:that|before|this)))?$`, 'u'),
      questions: true,
      read: ({ groups, original }, context) => {
        const found = changeOf(groups.how);
        return found ? reading(groups, original, found[0], found[1], context) : null;
      },
    },
    {
      // "can you make it shorter?", "could you make the letter more formal"
      pattern: new RegExp(`^(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?(?:make|rewrite|get)\\s+${which}\\s+${how}$`, 'u'),
      questions: true,
      read: ({ groups, original }, context) => {
        const found = changeOf(groups.how);
        return found ? reading(groups, original, found[0], found[1], context) : null;
      },
    },
    {
      // "shorter please", "a bit less formal", "more casual"
      pattern: new RegExp(`^${how}(?:\\s+(?:please|version|one|instead))*$`),
      questions: true,
      read: ({ groups, original }, context) => {
        const found = changeOf(groups.how);
        return found ? reading(groups, original, found[0], found[1], context) : null;
      },
    },
    {
      // "write a shorter version", "give me a less formal version of the letter",
      // "can i get a more formal one for that same job" (regression, session 36: read as advice): the letter in play, changed.
      pattern: new RegExp(
        `^(?:write|give\\s+me|gimme|get(?:\\s+me)?|have|make|do|draft|how\\s+about|what\\s+about|any\\s+chance\\s+of|i\\s+(?:want|need|would\\s+like)|i'?d\\s+like)\\s+(?:a|an|another)\\s+${how}\\s+(?<noun>version|draft|one|copy|take|(?:cover\\s*)?letter)` +
          `(?:\\s+of\\s+${which}|\\s+(?:for|to)\\s+(?:it|that|this|that\\s+one|this\\s+one|the\\s+same(?:\\s+(?:job|role|one|company|position|place))?|(?:that|this)\\s+(?:same\\s+)?(?:job|role|one|company|position|place)))?` +
          `(?:\\s+(?:please|pls|instead|too))*$`,
        'u',
      ),
      questions: true,
      read: ({ groups, original }, context) => {
        const found = changeOf(groups.how);
        // ("write a shorter letter" with no letter in play is a new letter, not a change of one.)
        if (!found || (/letter/.test(groups.noun ?? '') && !inPlay(context))) return null;
        return reading(groups, original, found[0], found[1], context);
      },
    },
    {
      // "same job but more formal pls", "same one, just shorter": the letter in play again, changed (never a search for "same").
      pattern: new RegExp(`^(?:the\\s+)?same(?:\\s+(?:job|role|one|company|letter|thing|again))?,?\\s+(?:but|just|only)\\s+${how}(?:\\s+(?:please|pls|this\\s+time|instead))*$`, 'u'),
      questions: true,
      read: ({ groups, original }, context) => {
        const found = changeOf(groups.how);
        return found && inPlay(context) ? { ...reading(groups, original, found[0], found[1], context), confidence: 'certain' } : null;
      },
    },
    {
      // "can it sound more professional, it's for a bank", "could the letter be a bit warmer"
      pattern: new RegExp(`^(?:can|could|would|will)\\s+(?:you\\s+(?:please\\s+)?make\\s+)?${which}\\s+(?:sound|be|read|feel|come\\s+across(?:\\s+as)?)\\s+${how}${audienceTail}$`, 'u'),
      questions: true,
      read: ({ groups, original }, context) => {
        const found = changeOf(groups.how);
        return found ? reading(groups, original, found[0], found[1], context) : null;
      },
    },
    {
      // "it feels a little thin", "the letter reads kind of stiff", "it sounds too casual to me"
      pattern: new RegExp(`^${which}\\s+${feelingWords}\\s+${softener}(?:too\\s+)?(?<felt>[a-z]+)(?:\\s+to\\s+me)?$`, 'u'),
      read: ({ groups, original }, context) => {
        const felt = feels.find(([pattern]) => pattern.test(groups.felt ?? ''))?.[1];
        return felt ? reading(groups, original, felt, undefined, context) : null;
      },
    },
    {
      // "shorten it", "trim the letter down", "formalise the cover letter", "expand on it"
      pattern: new RegExp(`^(?<verb>shorten|trim|cut|condense|tighten|lengthen|expand(?:\\s+on)?|extend|flesh\\s+out|formali[sz]e|loosen)\\s+${which}(?:\\s+(?:down|up|a\\s+bit|a\\s+little))*$`, 'u'),
      read: ({ groups, original }, context) => {
        const verb = groups.verb ?? '';
        const change: Change = /^(?:shorten|trim|cut|condense|tighten)/.test(verb) ? 'shorter' : /^(?:lengthen|expand|extend|flesh)/.test(verb) ? 'longer' : /^formali/.test(verb) ? 'more_formal' : 'less_formal';
        return reading(groups, original, change, undefined, context);
      },
    },
    {
      // "mention that I'm bilingual", "also say I hold a forklift licence in the letter": a fact to add, when a letter is in play.
      pattern:
        new RegExp(
          `^(?:(?:also|and|oh|please|pls|can\\s+you|could\\s+you|would\\s+you)\\s+)*${mentionVerbThenFact}(?:\\s+(?:in|to)\\s+(?:it|the\\s+(?:cover\\s+)?letter))?(?:\\s+(?:too|as\\s+well|please))*$`,
          'u',
        ),
      questions: true,
      read: ({ original }, context) => {
        const fact = original('fact');
        const letterInPlay = Boolean(context.references.last_document_id) || context.history.some((message) => /cover letter/i.test(message.content));
        return fact && letterInPlay ? { args: { change: 'mention', mention: [fact] }, confidence: 'certain' } : null;
      },
    },
    {
      // "it's too long", "the letter is a bit too formal", "way too wordy"
      pattern: new RegExp(`^(?:(?:it'?s|its|it\\s+is|that'?s|that\\s+is|this\\s+is|the\\s+${letter}\\s+is|the\\s+${letter}'s)\\s+)?${degree}too\\s+(?<too>[a-z]+)$`),
      read: ({ groups, original }, context) => {
        const change = tooMuch.find(([pattern]) => pattern.test(groups.too ?? ''))?.[1];
        return change ? reading(groups, original, change, undefined, context) : null;
      },
    },
  ],
  examples: [
    { say: 'make it shorter', args: { change: 'shorter', document: null }, references: { last_document_id: 'doc_3f9a1c0b7d' } },
    { say: 'less formal please', args: { change: 'less_formal' }, references: { last_document_id: 'doc_3f9a1c0b7d' } },
    { say: 'make the Stripe letter more formal', args: { change: 'more_formal', document: 'Stripe' } },
    { say: 'make the cover letter for Hotjar longer', args: { change: 'longer', document: 'Hotjar' } },
    { say: "it's too long", args: { change: 'shorter' }, references: { last_document_id: 'doc_3f9a1c0b7d' } },
    { say: 'shorten the cover letter', args: { change: 'shorter' } },
    { say: "mention that I'm bilingual", args: { change: 'mention', mention: ["I'm bilingual"] }, references: { last_document_id: 'doc_3f9a1c0b7d' } },
    { say: 'can you make it a bit more enthusiastic?', args: { change: 'less_formal', tone: 'enthusiastic' }, references: { last_document_id: 'doc_3f9a1c0b7d' } },
  ],
  counterExamples: ['write a short cover letter for the Stripe job', 'make my resume shorter'],
});

/** "the Helix letter", "my letter for Brightwire": a letter named by its job, as said. */
const namedLetter = /\b(?:the|my|that)\s+(?<named>[\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,2}?)\s+(?:cover\s*)?letter\b|\b(?:cover\s*)?letter\s+(?:for|to)\s+(?:the\s+)?(?<for>[\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,2}?)(?=\s+(?:job|role|one|is|was|it|and|but|so|needs|sounds|feels|reads)\b|[,.;!?]|$)/u;

/**
 * The letter a message names by its job anywhere ("the Helix letter", "my letter for
 * Brightwire"): a name said capitalised, or a job the thread listed; never "the cover letter",
 * "the last letter" or "that stiff letter".
 */
function letterNamedIn(message: string, context: PhrasingContext): string | undefined {
  const groups = namedLetter.exec(message)?.groups;
  const named = (groups?.named ?? groups?.for)?.trim();
  if (!named || /^(?:cover|last|latest|new|newest|current|same|whole|original|first|second|third|old|previous|other)$/i.test(named)) return undefined;
  return findKnownDocument(named, context) ?? (/^\p{Lu}/u.test(named) || findKnownJob(named, context) !== undefined ? named : undefined);
}
