/** Shorter than this, a message names a job rather than pasting one. */
const shortestPosting = 70;

/** "how well do I fit?", "am I a good match for this?", "what are my chances", said at the end (or the start) of a paste. */
const fitQuestion =
  /(?:how\s+(?:well\s+|good\s+|closely\s+)?(?:do|would|will|might)\s+(?:i|my\s+(?:resume|cv|profile))\s+(?:fit|match|stack\s+up|do|measure\s+up|score)|(?:do|would|could|can)\s+i\s+(?:fit|match|qualify|suit|stand\s+a\s+chance|be\s+(?:a\s+)?(?:good\s+|strong\s+)?(?:fit|match|candidate))|am\s+i\s+(?:a\s+|an\s+)?(?:good\s+|great\s+|strong\s+|decent\s+|the\s+right\s+)?(?:fit|match|candidate|qualified)|(?:is|would)\s+(?:this|it|that)\s+(?:be\s+)?a\s+(?:good\s+|decent\s+)?(?:fit|match)(?:\s+for\s+me)?|what\s+(?:are|r)\s+my\s+(?:chances|odds)|how\s+(?:good|strong|close)\s+(?:a\s+|of\s+a\s+)?(?:fit|match)\s+(?:am\s+i|is\s+(?:it|this|my\s+(?:resume|cv)))|(?:score|rate|check|match)\s+(?:me|my\s+(?:resume|cv))(?:\s+(?:against|for|on|to|with)\s+(?:this|it|that)(?:\s+(?:one|job|posting|ad))?)?|(?:my\s+)?(?:fit|match)\s+score)\b(?:\s+(?:for|with|to|on|against|at|in))?(?:\s+(?:this|it|that|here|the\s+(?:job|role|posting|ad|one)))?(?:\s+(?:one|job|role|posting|position|ad|advert|listing|opening|gig))?(?:\s+(?:at\s+all|tho|though|lol|honestly|really|please|pls|then|here|for\s+(?:it|this)))*\s*[?.!]*/i;

/**
 * What postings are made of: at least two of these said in the text. English words, the French,
 * Spanish and German ones a posting pasted from those boards carries ("Salaire", "requis",
 * "2 ans d'expérience"), and pay written either way round ("$90k", "90 000 $").
 */
const postingWords =
  /(?<![\p{L}\p{N}])(?:requirements?|required|requires|qualifications?|responsibilities|duties|experience|years?|yrs|certifi\p{L}*|licen[cs]\p{L}*|skills?|must\s+have|needs?|benefits|salary|per\s+hour|an\s+hour|hourly|full[- ]time|part[- ]time|apply|hiring|seeking|we\s+are\s+looking|looking\s+for|preferred|knowledge\s+of|salaire|requise?s?|exig\p{L}*|expérience|ans|années|compétences?|poste|temps\s+(?:plein|partiel)|salario|requisitos?|experiencia|años|gehalt|anforderungen|erfahrung|jahre)(?![\p{L}\p{N}])|\/\s?(?:hr|hour|yr|year)\b|[$€£]\s?\d|\d\s?(?:[$€£]|k\b)/giu;

/** A paste set off in quotes ("…", “…”, «…»): the quotes alone say it is quoted text, not words to the planner. */
const quotedPaste = /^["“«„'‘]\s*(?<text>[\s\S]+?)\s*["”»“'’]?\s*[?.!]*$/u;

/** "here's a job I found on a flyer:", "saw this one at the union hall -": the lead-in before a paste. */
const leadIn =
  /^(?:(?:ok|okay|so|hey|hi|hello|um|hmm)[\s,]+)*(?:here'?s|here\s+is|this\s+is|i\s+(?:found|saw|got|came\s+across|have)|found|saw|got|check\s+(?:out\s+)?this|what\s+about|look\s+at|(?=(?:the\s+)?(?:job|posting|ad|advert|listing|vacancy|role)\s*:))\b[^:\n]{0,80}?(?:[:\n]|\s[-–—]\s)\s*/i;

/**
 * A job posting pasted into the chat with a question about fit ("Service Electrician,
 * Ridgeline Mechanical … 4+ years … how well do I fit?"): the posting's text, its title on
 * the first line, or undefined when the message is no such paste.
 *
 * @example
 * pastedPosting("here's one: Line Cook, Bistro 9, $19/hr, 2 years experience required. do i fit?");
 * // 'Line Cook\nBistro 9, $19/hr, 2 years experience required.'
 */
export function pastedPosting(message: string): string | undefined {
  const text = message.trim();
  if (text.length < shortestPosting) return undefined;
  const question = lastFitQuestion(text);
  if (!question) return undefined;
  // The question ends the paste or opens it ("how well do I fit this one: …").
  const before = text.slice(0, question.index).trim();
  const after = text.slice(question.index + question.length).trim().replace(/^[:\s-–—]+/, '');
  const chosen = (before.length >= after.length ? before : after).replace(leadIn, '').replace(/[\s,;:-]+$/, '').trim();
  const quoted = quotedPaste.exec(chosen)?.groups?.text;
  const posting = quoted ?? chosen;
  if (posting.length < shortestPosting / 2) return undefined;
  const signals = new Set((posting.match(postingWords) ?? []).map((word) => word.toLowerCase().replace(/\s+/g, ' ')));
  // Quoted at length, it is a paste even in words this list lacks; one signal is enough then.
  if (signals.size < (quoted && posting.length >= shortestPosting ? 1 : 2)) return undefined;
  return withTitleLine(posting);
}

function lastFitQuestion(text: string): { index: number; length: number } | undefined {
  const pattern = new RegExp(fitQuestion.source, 'gi');
  let last: { index: number; length: number } | undefined;
  for (const match of text.matchAll(pattern)) {
    // (Only a question that ends the message, or opens the paste before a colon or a new line,
    // or opens the message as a sentence of its own: "how well do i fit? Baker, Crumb & Co, …".)
    const rest = text.slice(match.index + match[0].length);
    const opens = /^(?:(?:ok|okay|so|hey|hi|hello|um|hmm)[\s,]+)*$/i.test(text.slice(0, match.index)) && /[?.!]\s*$/.test(match[0]);
    if (/^\s*$|^\s*[:\n]|^\s*[-–—]\s/.test(rest) || opens) last = { index: match.index, length: match[0].length };
  }
  return last;
}

/** A posting on one line gets its first piece ("Service Electrician") as the title line, as pasted postings have. */
function withTitleLine(posting: string): string {
  if (posting.includes('\n')) return posting;
  const title = /^(?<title>[^,.;|–—]{3,80}?)\s*(?:[,.;|–—]|\s-\s)\s*/.exec(posting);
  return title?.groups?.title ? `${title.groups.title.trim()}\n${posting.slice(title[0].length)}` : posting;
}
