/** "nothing graduate-y pls", "no agency roles", "not senior ones": kinds of job to keep out of a search. */
const exclusion =
  /^(?:(?:but|and|also|oh|ok|okay|pls|please)[,\s]+)*(?:nothing|no|not|none|avoid|exclude|except|without)\s+(?:any\s+)?(?<kind>[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,2}?)(?:[-\s]?(?:y|ish|type|like|related))?(?:\s+(?:ones?|jobs?|roles?|positions?|stuff|things?|schemes?|please|pls|plz|thanks|thx|tho|though|really|ideally|for\s+me))*$/iu;

/**
 * The kind of job an unread piece asks a search to keep out ("nothing graduate-y pls" →
 * "graduate"), or undefined: the search cannot leave kinds out, so the answer says so
 * rather than listing them as if asked for.
 *
 * @example
 * excludedKind('nothing graduate-y pls'); // 'graduate'
 */
export function excludedKind(piece: string): string | undefined {
  const kind = exclusion.exec(piece.replace(/\s+/g, ' ').trim().replace(/(?<![.!,;:\s])[.!,;:\s]+$/, ''))?.groups?.kind?.replace(/[-’']+$/, '');
  if (!kind || /^(?:thanks|worries|problem|rush|need|way|more|idea|one|it|that|this|i|me)$/i.test(kind) || /^(?:the|that|this|those|these|my|your|it|them)\b/i.test(kind)) return undefined;
  return kind.replace(/-(?:y|ish)$/i, '');
}
