/** Small wording helpers shared by the writers. */

/**
 * A count of years as said: "1 year", "11 years".
 *
 * @example
 * yearsText(1); // '1 year'
 */
export function yearsText(count: number): string {
  return `${count} year${count === 1 ? '' : 's'}`;
}

/**
 * Joins items as English does: "A", "A and B", "A, B and C".
 *
 * @example
 * joinWords(['TypeScript', 'Node.js', 'PostgreSQL']); // 'TypeScript, Node.js and PostgreSQL'
 */
export function joinWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

const irregularPastVerbs = new Set(
  'built led ran wrote made grew cut drove won took set began brought taught sold held kept found gave chose rewrote rebuilt oversaw drew undertook spun shipped'.split(' '),
);
const presentVerbs = new Set(
  'build lead run write own design develop manage maintain drive ship mentor architect create deliver coordinate support implement operate plan teach partner'.split(
    ' ',
  ),
);

/** Whether a highlight starts with an action verb ("Led…", "Designed…", "Build…"), so "I " can precede it. */
export function startsWithActionVerb(text: string): boolean {
  const first = /^[A-Za-z]+/.exec(text)?.[0]?.toLowerCase() ?? '';
  if (!first) return false;
  return (first.length > 3 && first.endsWith('ed')) || irregularPastVerbs.has(first) || presentVerbs.has(first);
}

/** A highlight as the middle of a sentence: first letter lowered (not acronyms), end punctuation dropped. */
export function asClause(text: string): string {
  const trimmed = text.trim().replace(/[.;!]+$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

/** A highlight as a sentence of its own: first letter raised, ending in a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** "I led the migration …" when the highlight starts with a verb, otherwise a framed quote of it. */
export function firstPersonClaim(text: string, frame: string): string {
  return startsWithActionVerb(text) ? `I ${asClause(text)}` : `${frame}: ${asClause(text)}`;
}

/** "a" or "an" before a word, by its first letter ("an Engineering Manager", "a Unix admin"). */
export function article(word: string): string {
  return /^(?:[aeio]|u(?!ni|s[eu]))/i.test(word) ? 'an' : 'a';
}

/**
 * A skill as it reads inside a sentence: a sentence-cased phrase ("Discharge planning") loses
 * its capital; names, brands and acronyms ("Excel", "Power BI", "SQL") keep theirs.
 *
 * @example
 * inSentence('Discharge planning'); // 'discharge planning'
 */
export function inSentence(skill: string): string {
  // A name and its version ("Sage 200", "Python 3") is a product's name: it keeps its capital.
  if (/^\S+(?:\s+\d[^\s]*)+$/u.test(skill)) return skill;
  return /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}\d][^\s]*)+$/u.test(skill) ? skill.charAt(0).toLowerCase() + skill.slice(1) : skill;
}

/**
 * A stated name that ends in a full stop ("Baltic Freight Sp. z o.o.", "Acme Inc.") takes no
 * second one where a template closes its sentence; an ellipsis stays.
 *
 * @example
 * oneFullStop('Walk me through your work at Acme S.A..'); // 'Walk me through your work at Acme S.A.'
 */
export function oneFullStop(text: string): string {
  return text.replace(/(?<!\.)\.\.(?=\s|$)/g, '.');
}
