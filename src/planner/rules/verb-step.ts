import type { ClauseIntent, ConversationContext, ReferenceTarget } from './intents.ts';
import { resolveOrdinal, resolveReference } from './resolve-reference.ts';
import { resolveTarget, type VerbLeaning } from './resolve-target.ts';

const verbLeanings: ReadonlyMap<string, VerbLeaning> = new Map<string, VerbLeaning>([
  ['go back to', 'site'],
  ['go to', 'site'],
  ['goto', 'site'],
  ['visit', 'site'],
  ['revisit', 'site'],
  ['browse to', 'site'],
  ['browse', 'site'],
  ['navigate to', 'site'],
  ['take me to', 'site'],
  ['bring me to', 'site'],
  ['head over to', 'site'],
  ['head to', 'site'],
  ['surf to', 'site'],
  ['load', 'site'],
  ['check out', 'weak-site'],
  ['check', 'weak-site'],
  ['look at', 'weak-site'],
  ['i want to look at', 'site'],
  ['i want to see', 'weak-site'],
  ['i want to visit', 'site'],
  ["i'd like to see", 'weak-site'],
  ['show me', 'weak'],
  ['open up', 'neutral'],
  ['open', 'neutral'],
  ['reopen', 'neutral'],
  ['re-open', 'neutral'],
  ['pull up', 'neutral'],
  ['bring up', 'neutral'],
  ['launch', 'app'],
  ['start up', 'app'],
  ['start', 'app'],
  ['run', 'app'],
  ['fire up', 'app'],
  ['boot up', 'app'],
  ['spin up', 'app'],
  ['i need', 'weak'],
  ['i want', 'weak'],
  ['get me', 'weak'],
  ['give me', 'weak'],
]);
const verbPhrase = new RegExp(
  `^(?<verb>${[...verbLeanings.keys()]
    .sort((left, right) => right.length - left.length)
    .map((verb) => verb.replace(/[-']/g, (character) => `\\${character}`))
    .join('|')})(?:\\s+(?<target>.+))?$`,
  'i',
);
const reopenVerbs = new Set(['reopen', 're-open', 'go back to', 'revisit']);

const referenceRepeat = /\s+(?:again|once more|one more time|from before|back up)$/i;
const referencePhrase =
  /^(?:it|that|this|them|the same(?: one)?|(?:the\s+)?(?:last|previous|latest|same|earlier|that|this)\s+(?<noun>one|site|website|web site|page|web ?page|link|url|address|app|application|program))$/i;
const ordinalPhrase =
  /^(?:the\s+)?(?<ordinal>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+(?:one|link|site|url|result|page|website|address))?$/i;
const ordinals: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};

/**
 * A request that starts with a verb ("open …", "take me to …", "launch …"): the step it
 * asks for, resolving references like "that site again" and "the second one".
 * Null when no verb leads or the thing named cannot be opened.
 *
 * @example
 * verbStep('take me to linkedin', { references: {}, history: [] });
 * // { kind: 'step', verb: 'take me to', step: { action: 'open_website', … } }
 */
export function verbStep(request: string, context: ConversationContext): ClauseIntent | null {
  const groups = verbPhrase.exec(request)?.groups;
  if (!groups?.verb) return null;
  const verb = groups.verb.toLowerCase();
  const leaning = verbLeanings.get(verb) ?? 'weak';
  const target = (groups.target ?? '').trim();
  if (!target) {
    return reopenVerbs.has(verb) ? referenceStep('any', verb, context) : null;
  }
  const withoutRepeat = target.replace(referenceRepeat, '');
  const reference = referencePhrase.exec(withoutRepeat);
  if (reference)
    return referenceStep(referenceTarget(reference.groups?.noun, leaning), verb, context);
  const ordinal = ordinalPhrase.exec(withoutRepeat)?.groups?.ordinal?.toLowerCase();
  if (ordinal) {
    const step = resolveOrdinal(ordinals[ordinal] ?? 1, context);
    return step ? { kind: 'step', verb, step } : { kind: 'unresolved-reference', target: 'site' };
  }
  const step = resolveTarget(target, leaning);
  return step ? { kind: 'step', verb, step } : null;
}

function referenceStep(
  target: ReferenceTarget,
  verb: string,
  context: ConversationContext,
): ClauseIntent {
  const step = resolveReference(target, context);
  return step ? { kind: 'step', verb, step } : { kind: 'unresolved-reference', target };
}

function referenceTarget(noun: string | undefined, leaning: VerbLeaning): ReferenceTarget {
  if (noun && /^(?:app|application|program)$/i.test(noun)) return 'app';
  if (noun && noun.toLowerCase() !== 'one') return 'site';
  if (leaning === 'app') return 'app';
  if (leaning === 'site' || leaning === 'weak-site') return 'site';
  return 'any';
}
