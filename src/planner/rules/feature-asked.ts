/**
 * How one of jobpilot's features works, asked of the feature and not of one alert or reminder: "how do job alerts
 * work?", "how do these alerts actually work, do they email me or what?", "can an alert run every other week?", "what's
 * the difference between pausing an alert and deleting it?". The help about that feature answers; nothing is listed, set
 * up or changed (dev alerts5 #83, alerts13 #108 #110, alerts14 #118, alerts15 #113: each listed the alerts, set one up
 * for "run", or asked which job).
 */

/** The feature asked about, said as people name it: "alerts", "these job alerts", "the reminder thing". */
const feature = String.raw`(?:(?:the|these|those|your|job|e-?mail|daily)\s+)*(?<feature>alerts?|reminders?|notifications?)(?:\s+(?:thing|things|feature|system))?`;
/** A few words people open a question with: "so", "ok", "quick question". */
const opener = String.raw`^(?:(?:so|and|ok|okay|hey|hi|um|quick\s+question)[\s,]+)*`;

const asked = new RegExp(
  [
    String.raw`${opener}how\s+(?:exactly\s+)?(?:do|does|would|will)\s+${feature}\s+(?:actually\s+|even\s+|exactly\s+|really\s+)?work\b`,
    String.raw`${opener}(?:what'?s|whats|what\s+is)\s+the\s+difference\s+between\b.*?\b(?<between>alerts?|reminders?)\b`,
    // ("can an alert run every other week?": of any alert, said with "an"; "can the teacher one be thursday" is an edit.)
    String.raw`${opener}(?:can|could|does|do|will)\s+(?:an?\s+|job\s+)(?:job\s+)?(?<one>alerts?)\s+(?:run|go\s+off|check|fire|be\s+set|e-?mail|text|ping|send)\b`,
  ].join('|'),
);

/**
 * The feature a message asks the working of ("alerts", "reminder"), or undefined when it asks no such thing.
 *
 * @example
 * featureAskedAbout('how do these alerts actually work, do they email me or what?'); // 'alerts'
 * featureAskedAbout('how does my Berlin alert look'); // undefined
 */
export function featureAskedAbout(message: string): string | undefined {
  const groups = asked.exec(message.toLowerCase())?.groups;
  return groups ? (groups.feature ?? groups.between ?? groups.one) : undefined;
}
