/**
 * What a letter should say, as people ask for it: the verb and the fact after it. Verbs that
 * only mean "put this in" take any fact ("mention the 5 years at DHL", "talk about my dementia
 * care experience", "highlight that i coached football"); verbs of another use too ("say",
 * "add", "include", "put in") take a fact about the person only ("say i love coffee", "include
 * my NVQ level 3", "add that i drive").
 *
 * Sources to build patterns from: `mentionVerbThenFact` has one named group, `fact`.
 *
 * @example
 * new RegExp(`^${mentionVerbThenFact}$`, 'iu').exec('talk about my care work')?.groups?.fact; // 'my care work'
 */
export const mentionVerbThenFact =
  "(?:(?:mention|highlight|stress|emphasi[sz]e|bring\\s+up|talk\\s+about|point\\s+out|note|say|add|include|put\\s+in)\\s+(?:in\\s+(?:it|the\\s+(?:cover\\s+)?letter)\\s+)?that\\s+|(?:mention|highlight|stress|emphasi[sz]e|bring\\s+up|talk\\s+about|point\\s+out|note)\\s+(?:in\\s+(?:it|the\\s+(?:cover\\s+)?letter)\\s+)?(?=(?:my|the|how|i)\\b)|(?:say|add|include|put\\s+in)\\s+(?:in\\s+(?:it|the\\s+(?:cover\\s+)?letter)\\s+)?(?=(?:i\\s*['’]?m|im|i\\s+\\p{L}+|i['’](?:ve|d)|my)\\b))(?<fact>(?:i\\s*['’]?m|im|i\\s+\\p{L}+|i['’](?:ve|d)|my|the|how|that)\\b.*?)";
