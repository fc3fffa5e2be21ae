/**
 * A wish to return to a line of work, said with "go back": "I want to go back to logistics", "thinking
 * of getting back into nursing", "I'd love to move back to teaching". Never a request to undo the last
 * change. Said alone, it is the work the person wants ("I want to work in …", which a search reads); said
 * beside a request, it is the reason for it, the person's background ("I used to work in …"), and the
 * request is what is done. Only a wish or a plan turns it ("I want to", "thinking of", "ready to"): a bare
 * "go back to linkedin" or "go back to the previous version" is left as said.
 *
 * @example
 * asCareerWish('I want to go back to logistics'); // 'I want to work in logistics'
 * asCareerWish('I want to go back to logistics, find planner jobs in Porto'); // 'I used to work in logistics, find planner jobs in Porto'
 */
export function asCareerWish(text: string): string {
  let alone: string | undefined;
  const read = text.replace(careerReturn, (found: string, _lead: string, field: string, at: number) => {
    const rest = `${text.slice(0, at)} ${text.slice(at + found.length)}`.toLowerCase().replace(filler, ' ');
    if (/\p{L}/u.test(rest)) return `I used to work in ${field}`;
    alone = `I want to work in ${field}`;
    return found;
  });
  return alone ?? read;
}

/** What may stand beside the wish when it is said alone: "honestly", "so yeah", "I think", "now". */
const filler = /\b(?:honestly|so|yeah|yes|ok(?:ay)?|well|really|tbh|i\s+think|now|and|but|just|please|pls|hi|hey|hello|um+|uh+|i\s+guess)\b|[^\p{L}]+/gu;

/** What says the person wants or plans it: "want to", "I'd love to", "thinking of", "ready to", "hoping to", "time to". */
const wish = String.raw`(?:(?:want|wanna|would\s+like|['’]d\s+like|would\s+love|['’]d\s+love|love|hope|hoping|plan|planning|trying|try|ready|keen|looking|decided|need|time|wish)\s+(?:to\s+)?|(?:thinking|dreaming)\s+(?:of|about)\s+|considering\s+|['’]?m\s+|am\s+)`;
/** What is no line of work: a state, a step, a page, a person, a thing in the conversation. */
const notWork = String.raw`(?!(?:the|my|your|a|an|this|that|these|those|it|how|what|where|when|before|previous|earlier|old|original|last|normal|sleep|bed|you|him|her|them|me|square|start|school|uni|university|college|home|work|basics|step|one|page|list|menu|results?|search|linkedin|indeed|glassdoor)\b)`;
const careerReturn = new RegExp(
  String.raw`\b((?:i(?:\s+|(?=['’])))?(?:(?:really|so|just|actually|honestly|kinda|seriously)\s+)?(?:${wish})+)(?:go|going|get|getting|move|moving|head|heading|switch|switching)\s+back\s+(?:in)?to\s+${notWork}((?:the\s+)?[\p{L}&/-]+(?:\s+(?!(?:and|but|so|because|as|since|or|now|please|pls|again|after|then|in|at|near|if)\b)[\p{L}&/-]+){0,2})`,
  'giu',
);
