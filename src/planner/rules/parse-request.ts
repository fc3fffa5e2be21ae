import { classifyClause } from './classify-clause.ts';
import type { ConversationContext, ParsedRequest } from './intents.ts';
import { splitClauses } from './split-clauses.ts';

/**
 * Reads a whole message: the steps it asks for, in order, and everything else it says.
 * A bare follow-up reuses the previous verb: "open linkedin, indeed and glassdoor".
 *
 * @example
 * parseRequest('open github and take a screenshot', { references: {}, history: [] }).steps.length; // 2
 */
export function parseRequest(message: string, context: ConversationContext): ParsedRequest {
  const request: ParsedRequest = { steps: [], others: [] };
  let previousVerb = '';
  for (const clause of splitClauses(message)) {
    let intent = classifyClause(clause, context);
    if (intent.kind === 'unknown' && previousVerb) {
      const continued = classifyClause(`${previousVerb} ${clause}`, context);
      if (continued.kind === 'step') intent = continued;
    }
    if (intent.kind === 'step') {
      request.steps.push({ ...intent.step, text: clause });
      previousVerb = intent.verb;
    } else {
      request.others.push(intent);
      if (intent.kind !== 'none') previousVerb = '';
    }
  }
  return request;
}
