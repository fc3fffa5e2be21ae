/**
 * Remote work said to be allowed as well, never asked for alone: "remote is also ok",
 * "remote also fine", "make it remote also", "remote works too", "open to remote". Indian
 * and British English say "also" where a filter would say "only"; a search or an alert
 * that hears it widens (the place or any job, and remote ones too), it never narrows to
 * remote work only.
 */
const remoteToo = new RegExp(
  [
    // "remote is also ok", "remote also fine", "remote is fine too", "remote would be ok as well", "wfh ok"
    String.raw`\b(?:remote(?:ly)?|wfh|work(?:ing)?\s+from\s+home)\s+(?:(?:is|are|would\s+be|will\s+be|also|too)\s+)*(?:ok(?:ay)?|fine|good|welcome|acceptable|alright|allowed|possible|works?|no\s+problem)\b`,
    // "make it remote also", "remote too", "remote as well", "include remote also"
    String.raw`\b(?:remote(?:ly)?|wfh)\s+(?:also|too|as\s+well)\b`,
    // "also remote ones", "open to remote", "remote welcome"
    String.raw`\b(?:open\s+to|happy\s+with|fine\s+with|ok(?:ay)?\s+with)\s+(?:(?:a|fully)\s+)?remote\b`,
    // Let in as well: "also allow remote", "let remote ones in too", "include remote jobs as well", "add remote", "open it up to
    // remote", "throw in remote ones" (trial s49: read as remote only). Allowing is never requiring.
    String.raw`\b(?:allow(?:ing)?|includ(?:e|ing)|add(?:ing)?|accept(?:ing)?|let(?:ting)?(?:\s+in)?|throw\s+in|open\s+(?:it\s+|them\s+)?(?:up\s+)?to)\s+(?:the\s+)?(?:fully\s+)?(?:remote(?:ly)?|wfh)\b(?!\s+only)`,
  ].join('|'),
  'i',
);

/** Whether a message allows remote work as well as what else it asks for (see {@link remoteToo}). */
export function saysRemoteToo(message: string): boolean {
  return remoteToo.test(message) && !/\bremote\s+only\b|\bonly\s+remote\b/i.test(message);
}

/** Whether a message says a place or remote work, either will do: "Leeds or remote", "remote or in Leeds", "leeds or wfh". */
export function saysPlaceOrRemote(place: string, message: string): boolean {
  const where = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const remote = '(?:(?:fully\\s+)?remote(?:ly)?|from\\s+home|wfh|work(?:ing)?\\s+from\\s+home)';
  return new RegExp(`\\b${where}\\s*(?:,\\s*)?(?:or|/)\\s+(?:(?:a|an)\\s+)?${remote}\\b|\\b${remote}\\s*(?:,\\s*)?(?:or|/)\\s+(?:(?:based\\s+)?in\\s+|near\\s+)?${where}\\b`, 'i').test(message);
}
