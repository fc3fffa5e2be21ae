/**
 * "… with a note: referral from Ana", "…, note: recruiter is Maria", "… (note: sent via
 * referral)", "… and put a note "backup option"" (or "pis", Québec French's "and then"): a note
 * the person wants kept, split from the rest of the request.
 */
const notePattern =
  /(?:,?\s+(?:(?:and|pis|puis|then|&)\s+)?(?:with|add|adding|plus|put|putting|leave|write|include|stick|attach)\s+(?:a|the|this)?\s*notes?(?:\s+(?:on|to|with)\s+(?:it|that|this))?\s*(?::|saying|that says|that reads|reading|that|-|—)?\s*|,?\s+(?:(?:and|pis|puis|then|&)\s+)?note\s*(?=["“«])|,?\s+notes?\s*(?::|-|—)\s*|\s*\(\s*notes?\s*:\s*)(?<note>.+?)\)?$/i;

/**
 * Splits a trailing note off a request.
 *
 * @example
 * splitNote('save it with a note: referral from Ana'); // { rest: 'save it', note: 'referral from Ana' }
 */
export function splitNote(text: string): { rest: string; note: string | undefined } {
  const match = notePattern.exec(text);
  const note = match?.groups?.note?.trim().replace(/^["'“«]\s*|\s*["'”»]$/g, '');
  if (!match || !note) return { rest: text, note: undefined };
  return { rest: text.slice(0, match.index).trim(), note };
}
