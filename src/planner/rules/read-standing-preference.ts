/**
 * A preference asked to be kept for later requests ("I don't want internships or B2B contracts,
 * remember that", "keep in mind I never want call centre jobs", "from now on, no agencies"):
 * jobpilot keeps none between requests, so the message is answered, never read as a search for
 * its words or as "save that" (session 42's trial: it searched for "night" and saved the very
 * night-shift job she had just ruled out, with the note "that").
 */

/** Asks for something to be kept in mind from now on. */
const keepInMind = /\b(?:remember(?:\s+(?:that|this))?\s*[:,.!]?\s*$|remember\s*(?::|that\s+i\b|i\b)|please\s+remember|keep\s+(?:that\s+|this\s+)?in\s+mind|bear\s+(?:that\s+|this\s+)?in\s+mind|from\s+now\s+on|going\s+forward|for\s+future\s+(?:searches|reference)|don'?t\s+forget\s+(?:that\s+)?i\b)/i;

/** States what the person wants or does not want in general. */
const preference =
  /\b(?:i\s+(?:do\s+not|don'?t|dont|never|would\s+rather\s+not|'d\s+rather\s+not)\s+(?:want|like|do|take|apply|consider|work)|i\s+(?:only|just)\s+want|i\s+prefer|i'?m\s+not\s+interested\s+in|(?:no|nothing|not)\s+[\p{L}][\p{L}-]*)/iu;

/** Names a job of its own ("remember that job", "keep the second one in mind"): a save, not a preference. */
const namesJob = /\b(?:this|that|the|these|those|first|second|third|last)\s+(?:\w+\s+)?(?:one|ones|job|jobs|posting|postings|role|roles|position|listing)\b(?!\s+(?:with|that|where|which))/i;

/** Asks for something to be done now: then the words are that request's, and its own reader keeps what it can. */
const requestNow = /\b(?:find|search|look(?:ing)?\s+for|show|get\s+me|save|bookmark|alert|notify|tell\s+me|email\s+me|remind\s+me|write|apply)\b/i;

/**
 * Whether `message` only asks jobpilot to keep a preference for later requests.
 *
 * @example
 * asksToKeepPreference("I don't want internships or night shifts, remember that"); // true
 * asksToKeepPreference('remember that job'); // false
 * asksToKeepPreference('from now on find me remote jobs only'); // false (a search, now)
 */
export function asksToKeepPreference(message: string): boolean {
  return keepInMind.test(message) && preference.test(message) && !namesJob.test(message) && !requestNow.test(message);
}
