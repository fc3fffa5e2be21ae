/**
 * Where a reason starts after the thing named: "so I can …", "because …", "i need to check …",
 * "to see if …", "my interview starts soon", " - …". What follows says why, never which.
 */
const reasonStart =
  /(?<=\S)(?:\s*[,;:–—-]\s+|\s+)(?:so(?:\s+that)?\s|because\s|cause\s|cuz\s|coz\s|cos\s|since\s|as\s+(?:i|we)\s|(?:i|we)\s+(?:need|have|want|gotta|got|must|should|will|wanna|am|was)\b|i['’]?(?:ve|m|ll|d)\s|im\s|to\s+(?:check|see|look|read|reply|answer|join|send|write|message|call|find|do|prep|get|make)\b|my\s+\S+\s+(?:is|are|starts?|begins?|was)\b|there['’]?s\s|they\s|need\s+to\s|gotta\s).*$/i;

/**
 * A desktop target without the reason said after it: "outlook i need to check if they
 * emailed back" → "outlook", "slack so i can message the recruiter" → "slack".
 *
 * @example
 * withoutReason('teams my interview starts soon'); // 'teams'
 */
export function withoutReason(target: string): string {
  return target.replace(reasonStart, '');
}
