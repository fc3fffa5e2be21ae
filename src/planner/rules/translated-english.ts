/**
 * English as translation software and textbook learners write it ("I desire to conserve this employment in my
 * list", "I desire the adaptation of my curriculum for the employment of Shopify", "I desire to annul the last
 * modification"), read as the plain English it means, so the request behind the formal words is read as any
 * other. Only these turns are rewritten; "employment type", "employment history" and a "curriculum developer"
 * are kept as said.
 *
 * @example
 * inPlainEnglish('I desire to conserve this employment in my list'); // 'I want to save this job in my list'
 */
export function inPlainEnglish(text: string): string {
  if (!marked.test(text)) return text;
  let read = text;
  for (const [pattern, plain] of turns) read = read.replace(pattern, plain);
  return read;
}

/** Words that mark the translated register; a message without one is left alone. */
const marked = /\b(?:desire|employments?|curriculum|conserve|annul|modifications?|adaptation|wish\s+that|receive\s+notices?|the\s+enterprise|the\s+city\s+of)\b/i;

/** What employment is when it is not a job: its type, history, dates, a gap in it. */
const notAJob = '(?!\\s+(?:type|types|history|gaps?|status|contracts?|agenc(?:y|ies)|law|dates?|record|records|terms|rights|tribunal|insurance|verification|details))';
/** A name as the person writes it: one to four words, up to the words that go on with the sentence. */
const name = "([\\p{L}\\p{N}&.'’-]+(?:\\s+(?!(?:in|at|for|from|to|with|on|of|which|that|who|and|or|is|are|be|please)\\b)[\\p{L}\\p{N}&.'’-]+){0,3}?)";
const after = '(?=\\s+(?:in|at|near|around|which|that|with|for|paying|from|on)\\b|\\s*[,.;!?]|\\s*$)';

const turns: ReadonlyArray<readonly [RegExp, string]> = (
  [
    // "I wish that the employment of the bank is eliminated from my saved list": the wish is the request.
    [`\\bI\\s+(?:wish|desire|would\\s+like)\\s+that\\s+(.+?)\\s+(?:is|be|are|gets?|were)\\s+(?:eliminated|removed|deleted|suppressed|erased|taken\\s+out|withdrawn)\\s+(from\\s+.+)$`, 'remove $1 $2'],
    ['\\bI\\s+(?:desire|wish|would\\s+desire)\\s+that\\s+you\\s+', 'please '],
    ['\\bI\\s+(?:desire|would\\s+desire)\\s+to\\b', 'I want to'],
    ['\\bI\\s+wish\\s+to\\b', 'I want to'],
    ['\\b(?:I\\s+(?:desire|want|wish|would\\s+like)\\s+)?(?:the|an?)\\s+adaptation\\s+of\\s+', 'adapt '],
    ['\\bI\\s+(?:desire|would\\s+desire)\\s+(the|an?|my)\\b', 'I want $1'],
    // "receive notice each day of new employments of X": an alert.
    ['\\b(?:I\\s+want\\s+to\\s+|to\\s+)?(?:receive|get|have)\\s+(?:a\\s+)?(?:notices?|notifications?|advices?)\\s+((?:each|every)\\s+\\w+)\\s+(?:of|about|on)\\s+', 'alert me $1 about '],
    // "the employments of data analyst", "new employments of instructional designer": jobs of that kind.
    [`\\b(?:the\\s+)?(new\\s+)?employments\\s+(?:of|as|in)\\s+${name}${after}`, '$1$2 jobs'],
    [`\\bthe\\s+employment\\s+(?:of|at|with|in)\\s+(?:the\\s+)?(?:enterprise|company|firm|society|organi[sz]ation)?\\s*${name}${after}`, 'the $1 job'],
    [`\\b(this|that|the|my|an|one|new)\\s+employment\\b${notAJob}`, '$1 job'],
    [`\\bemployments\\b${notAJob}`, 'jobs'],
    ['\\b(my|the|your|this)\\s+curriculum(?:\\s+vitae)?\\b(?!\\s+(?:developer|designer|design|development|writer|specialist|coordinator|manager|lead))', '$1 resume'],
    ['\\bcurriculum\\s+vitae\\b', 'CV'],
    ['\\bconserve\\b', 'save'],
    ['\\bannul\\b', 'undo'],
    ['\\bmodifications\\b', 'changes'],
    ['\\bmodification\\b', 'change'],
    ['\\beliminate\\b', 'remove'],
    ['\\bthe\\s+(?:enterprise|firm|society)\\s+', ''],
    ['\\b(?:in|at|of)\\s+the\\s+city\\s+of\\s+', 'in '],
    ['\\bwhich\\s+pays?\\s+(more\\s+than|at\\s+least|over|minimum)\\b', 'paying $1'],
  ] as const
).map(([source, plain]) => [new RegExp(source, 'giu'), plain] as const);
