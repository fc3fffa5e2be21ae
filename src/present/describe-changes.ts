import type { DocumentDetail } from '../protocol/api.ts';

/**
 * What the grounding check changed, as a sentence to append to a summary; empty when nothing.
 *
 * @example
 * describeChanges(changes); // ' The grounding check removed or repaired 2 claims not backed by the resume or the posting: Globex Corporation (employer), 300% (number).'
 */
export function describeChanges(changes: DocumentDetail['changes']): string {
  if (changes.length === 0) return '';
  const items = changes
    .slice(0, 6)
    .map((change) => `${change.claim} (${change.kind}${change.action === 'replaced' && change.replacement ? ` → ${change.replacement}` : ''})`);
  return ` The grounding check ${changes.some((change) => change.action === 'removed') ? 'removed or repaired' : 'repaired'} ${changes.length} claim${changes.length === 1 ? '' : 's'} not backed by the resume or the posting: ${items.join(', ')}${changes.length > 6 ? ', …' : ''}.`;
}
