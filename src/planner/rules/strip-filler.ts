/**
 * Words people wrap around a request that change nothing about it: "pls", "could you",
 * "for me", "thx", "I'd like to". Stripped from both ends, repeatedly, before phrasings read.
 */
const leadingFiller = new RegExp(
  `^(?:${[
    // "please to send me …", "kindly to check …": a learner's "please to <verb>" (Polish, Hindi, Nigerian English), the verb the request.
    '(?:please|pls|plz|kindly) to(?= \\p{L})(?! (?:the|a|an|my|your|this|that|it|them|me|you|us|him|her)\\b)',
    'please',
    'pls',
    'plz',
    'kindly',
    'just',
    'ok(?:ay)?',
    'so',
    'um+',
    'uh+',
    'hm+',
    'er+m*',
    'ah+',
    'oh+',
    'ugh+',
    'argh+',
    'meh',
    'anyway(?:s)?',
    'anyhow',
    'actually',
    'btw',
    'by the way',
    'well',
    'now',
    'first(?:ly)?',
    'then',
    'next',
    'also',
    'and',
    'finally',
    'lastly',
    'after that',
    'afterwards',
    'hey(?: there)?',
    // "wait is that one in leeds", "hold on, is it remote": a pause before the request.
    'wait(?: a (?:sec|second|minute|min))?',
    'hold on',
    // "heads up, I sent my application to …", "fyi: …", "quick update -": a lead-in to news.
    'heads[- ]up',
    'fyi',
    'just so (?:you|u) know',
    '(?:quick|small|little) update',
    'yo',
    // Mood before the request: "lol ok, …", "whatever, …", "sigh …".
    'lol',
    'lmao',
    'ha(?:ha)+',
    'sigh',
    'whatever',
    'jobpilot',
    'quick(?:ly)?',
    'real quick',
    'can (?:you|u|ya)',
    'could (?:you|u|ya)',
    'would (?:you|u)(?: mind)?',
    'will (?:you|u)',
    'would you be able to',
    'are you able to',
    'i want (?:you|u) to',
    "i'?d like (?:you|u) to",
    'i would like (?:you|u) to',
    'i need (?:you|u) to',
    'go ahead and',
    "let'?s",
    'let me',
    'lemme',
    "i'?d like to",
    'i would like to',
    'i want to',
    'i wanna',
    'i need to',
    'try to',
    // "can you try finding …", "try and look for …": the try before the verb of the request ("try Porto instead",
    // "try again" are requests of their own, and "try java jobs" a search: `search_jobs` reads "try" as its verb).
    'try(?: and| to)?(?= (?:find|finding|search|searching|look|looking|get|getting|dig|digging|hunt|hunting|check|checking|pull|pulling)\\b)',
    "(?:let'?s )?see if (?:you|u) can",
    'help me to',
    // "would it be possible to find …", "is it possible for you to …": asking whether is asking.
    '(?:would|will) it be possible (?:for (?:you|u) )?to',
    'is it possible (?:for (?:you|u) )?to',
    // "remind me which ones I applied for": the question itself (not "remind me to …", a reminder).
    '(?:remind|tell) me(?: again)?(?= (?:which|what|where|who|how|when|whether|if)\\b)',
  ].join('|')})\\b[,\\s]+(?=\\S)`,
  'iu',
);
// ("… to say thanks", "send my thanks": thanks said to someone else is what to do, never filler.)
const trailingFiller = new RegExp(
  `(?<![,\\s])(?<!\\b(?:say|said|saying|send|sending|give|giving|a|my|our|big))[,\\s]+(?:${[
    'please',
    'pls',
    'plz',
    'thx',
    'thanks',
    'thank you',
    'thank u',
    'thnx',
    'ty',
    'tia',
    'cheers',
    'many thanks',
    'thanks (?:a lot|so much|a million|in advance)',
    'thank (?:you|u) (?:so much|very much|in advance)',
    'much appreciated',
    // "…, kindly", "…, please do the needful" (Indian and Nigerian English): the ask said again after it.
    'kindly',
    '(?:(?:please|pls|plz|kindly) )?do the needful',
    'for me',
    'now',
    'right now',
    'asap',
    'real quick',
    'quickly',
    'if you can',
    'if you could',
    'if possible',
    'when you can',
    // "…, it is possible?", "…, is that possible?": the same ask, said after it.
    '(?:it|this|that) (?:is|would be) possible',
    'is (?:it|this|that) possible',
    'is possible',
    // Laughter and shrugs at the end carry mood, not meaning: "undo that lol".
    'lol+',
    'lmao',
    'haha(?:ha)*',
    'hehe',
    'xd',
    'tbh',
    'ngl',
    'honestly',
    'to be honest',
    'imo',
    'i think',
    'i guess',
    // "search welder jobs in leeds again, give it a go": a try said after the request.
    '(?:and )?(?:give (?:it|that|this) a (?:try|go|shot|whirl)|have a (?:go|try)(?: at it)?)',
  ].join('|')})$`,
  'i',
);
/** Emoticons and emoji carry mood, not meaning. */
const emoticons = /(?<!\s)(?:\s*(?:[:;]'?-?[()]+|:[pP]\b|<3|\p{Extended_Pictographic}\uFE0F?)){1,8}\s*$/u;
const trailingPunctuation = /(?<![\s.!?,;:])[\s.!?,;:]+$/;
/** "can I get a screenshot", "could I have a PDF of it": asking for something, not a question. */
const askingPermission = /^(?:can|could|may)\s+i\s+(?:please\s+)?(?:get|have)\s+/i;
/** "could I see the md version", "can I have a look at my cv": asking to be shown. */
const askingToSee = /^(?:can|could|may)\s+i\s+(?:please\s+)?(?:see|view|look\s+at|(?:have|take|get)\s+a\s+(?:quick\s+)?look\s+at)\s+/i;
/** "have a look for welder jobs", "take a quick look around for …": a look for something is a search for it. */
const lookingFor = /^(?:have|take|get)\s+a\s+(?:quick\s+|little\s+|good\s+)?(?:look|search|dig)(?:\s+around)?\s+for\s+/i;
/**
 * "open for me the firefox", "find for me nurse jobs", "write me please a letter": a learner's word order, the person
 * the request is for said between the verb and its object (kept out of the object: "the firefox" is the app).
 */
const forMeFirst =
  /^(?<verb>open|launch|start|run|find|search|look\s+up|write|make|do|prepare|show|save|export|take|bring\s+up|pull\s+up|check|get)\s+(?:for\s+me|to\s+me|me)\s+(?:(?:please|pls)\s+)?(?=(?:the|a|an|my|some|all|any)\s)/i;
/**
 * Hindi question frames around English words, as Hinglish writes them: "kya ye job full time hai?" (is this job
 * full time?), "salary kitna hai (for X)" / "kitni salary hai" (what is the salary …?). Read as the English
 * question. Word by word, not by a pattern: a pattern that scans back over a long run of spaces is quadratic.
 *
 * @example
 * inEnglishFrame('kya ye job remote hai'); // 'is this job remote'
 */
export function inEnglishFrame(text: string): string {
  const words = text.split(/\s+/);
  const lower = words.map((word) => word.toLowerCase());
  const end = lower.findIndex((word) => hinglishIs.has(word));
  if (lower[0] === 'kya' && hinglishThis.has(lower[1] ?? '') && end === words.length - 1 && end > 2) return `is this ${words.slice(2, end).join(' ')}`;
  const howMuch = lower.findIndex((word) => /^kitn[aie]$/.test(word));
  if (howMuch < 0 || end < 0 || end < howMuch) return text;
  const noun = (howMuch > 0 ? words.slice(0, howMuch) : words.slice(howMuch + 1, end)).filter((word) => word.toLowerCase() !== 'the');
  if (noun.length === 0 || (howMuch > 0 && end !== howMuch + 1)) return text;
  return ['what is the', ...noun, ...words.slice(end + 1)].join(' ');
}
const hinglishThis = new Set(['ye', 'yeh', 'yah', 'ya', 'is', 'iss', 'woh', 'wo', 'vo']);
const hinglishIs = new Set(['hai', 'he', 'h', 'hain', 'hoga', 'hogi', 'milega', 'milegi']);

// (Mood said beside a request, "ok whatever.", "lol", "sigh": nothing to do and nothing to report as left out.)
const onlyFiller =
  /^(?:please|pls|plz|thx|ugh+|argh+|meh|anyway(?:s)?|anyhow|actually|btw|by the way|um+|uh+|hm+|oh+|heads[- ]up|fyi|just so (?:you|u) know|(?:quick|small|little) update|whatever|sigh|lol|lmao|ha(?:ha)+|oof|yikes|jeez|geez)$/i;

/**
 * The request inside the politeness: "pls open youtube thx" → "open youtube".
 * Case is kept; an all-filler clause becomes empty.
 *
 * @example
 * stripFiller('Could you open LinkedIn for me?'); // 'open LinkedIn'
 */
export function stripFiller(text: string): string {
  let stripped = clean(text);
  let previous: string;
  do {
    previous = stripped;
    stripped = clean(
      inEnglishFrame(stripped)
        .replace(leadingFiller, '')
        .replace(trailingFiller, '')
        .replace(askingToSee, 'show me ')
        .replace(lookingFor, 'look for ')
        .replace(askingPermission, 'get ')
        .replace(forMeFirst, '$<verb> '),
    );
  } while (stripped !== previous);
  return onlyFiller.test(stripped) ? '' : stripped;
}

const clean = (text: string): string =>
  text.replace(emoticons, '').replace(trailingPunctuation, '').replace(/^[\s,]+/, '').trim();
