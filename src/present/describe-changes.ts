import type { DocumentDetail } from '../protocol/api.ts';

type Change = DocumentDetail['changes'][number];

/** A removed sentence as quoted in a note: whole when short, else its start and end around "…". */
function quoted(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= 24 ? words.join(' ') : `${words.slice(0, 12).join(' ')} … ${words.slice(-8).join(' ')}`;
}

/** Why, in the person's words: "the resume shows less than a year in X, not 7", without the check's own bookkeeping. */
function why(change: Change): string {
  return change.reason.replace(/;\s*(?:the sentence was removed|removed from the list)\s*$/i, '');
}

/**
 * What the grounding check changed, as sentences to append to a summary; empty when nothing.
 * A sentence taken out is quoted with why (never only the claim, "7 (number)", which says
 * nothing a person can act on), and what to do when the resume is the one that is wrong.
 *
 * @example
 * describeChanges(changes);
 * // ' The grounding check took out 1 sentence the resume and the posting do not back: “I have 7 years in welding.” (the resume shows 5 years in welding, not 7). …'
 */
export function describeChanges(changes: DocumentDetail['changes']): string {
  if (changes.length === 0) return '';
  const sentences = new Map<string, Change[]>();
  const repairs: Change[] = [];
  for (const change of changes) {
    if (change.action === 'removed' && change.sentence) sentences.set(change.sentence, [...(sentences.get(change.sentence) ?? []), change]);
    else repairs.push(change);
  }
  const parts: string[] = [];
  if (sentences.size > 0) {
    const items = [...sentences].slice(0, 4).map(([sentence, reasons]) => `“${quoted(sentence)}” (${[...new Set(reasons.map(why))].join('; ')})`);
    parts.push(
      `The grounding check took out ${sentences.size} sentence${sentences.size === 1 ? '' : 's'} the resume and the posting do not back: ${items.join('; ')}${sentences.size > 4 ? '; …' : ''}.`,
    );
  }
  if (repairs.length > 0) {
    const items = repairs
      .slice(0, 6)
      .map((change) => (change.action === 'replaced' && change.replacement ? `${change.claim} → ${change.replacement} (${why(change)})` : `${change.claim} (${change.kind}: ${why(change)}${change.action === 'removed' ? ', taken out of its list' : ''})`));
    parts.push(`${parts.length > 0 ? 'It also repaired' : 'The grounding check repaired'} ${repairs.length} claim${repairs.length === 1 ? '' : 's'}: ${items.join(', ')}${repairs.length > 6 ? ', …' : ''}.`);
  }
  if (sentences.size > 0) parts.push('If your resume is what is wrong or missing there, correct it first, then ask again.');
  return ` ${parts.join(' ')}`;
}
