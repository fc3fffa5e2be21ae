import { asksWhatItCanDo } from './read-clause.ts';

/** Where a message's pieces break: after a sentence's end, at commas, at a dash between spaces. */
const pieceBreak = /(?<=[.!?;:]) | ?, ?| [-–—]+ /;

/** Jobpilot named in the question: what it can do, not a plea for help with what was told. */
const itself = /\b(?:you|u|ya|this|jobpilot|app|bot|tool)\b/i;

/**
 * A piece that asks for something: a request verb first (after a greeting or filler), or a
 * request said politely anywhere ("could you look for…", "pls save it").
 */
const request =
  /^(?:(?:ok(?:ay)?|so|and|now|then|also|just|hey|hi|hello)\s+)*(?:find|search|look\s+(?:for|up|at)|save|write|draft|open|show|list|mark|tailor|optimi[sz]e|improve|compare|import|upload|load|use|switch|export|download|undo|remind|set\s+up|cancel|delete|remove|unsave|track|update|send|make|get|give|tell\s+me|check|analy[sz]e|rate|score|prep(?:are)?|create|take|launch|start)\b|\b(?:can|could|would|will)\s+(?:you|u)\s+(?!help\b)\w+|\b(?:please|pls|plz)\s+\w+/i;

/**
 * Whether a message is an introduction followed by "what can you do?": "hiya, im a nurse in
 * dublin tryin to get into clinical informatics, what can you do for me?", "hey! my name is
 * Tom, I teach maths in Leeds. how can you help me?". The question is what is answered; the
 * introduction before it asks for nothing (no piece is a request), so nothing is run from it.
 *
 * @example
 * asksAbilitiesAfterIntroduction('hi, im a chef in Porto, what can you do?', new Set()); // true
 * asksAbilitiesAfterIntroduction('find chef jobs in Porto, what else can you do?', new Set()); // false
 */
export function asksAbilitiesAfterIntroduction(message: string, leadingWords: ReadonlySet<string>): boolean {
  // (Runs of spaces made one first: the breaks' spaces either side would be tried at every space of a long run.)
  const pieces = message
    .replace(/\s+/g, ' ')
    .split(pieceBreak)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const last = pieces.at(-1);
  // (A bare "help" after news is a plea about the news: "interview w quillfeather on friday, help".)
  if (!last || pieces.length < 2 || !asksWhatItCanDo(last, leadingWords) || !itself.test(last)) return false;
  return pieces.slice(0, -1).every((piece) => !request.test(piece));
}
