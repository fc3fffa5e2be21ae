import { type AdviceFinder, type AdviceMatch, adviceQuestionIn, asksForSomething, isAdviceQuestion } from '../advice/find-advice.ts';
import { adviceIntent, type ClassifierReader, looseAdvice } from '../nlu/classifier-reader.ts';

/** How close an advice question must be to a topic to be answered before the patterns read it. */
const sureAdvice = 0.55;
/** The same, for a question asked after the situation it is about ("back home nobody…, is it needed here?"). */
const sureAfterSituation = 0.45;
/** The same, when the classifier is sure (this likely) the whole message is a career question or feeling. */
const surelyAdvice = 0.8;
const closeWhenSure = 0.4;
/** A feeling told plainly ("interview tomorrow, I'm freaking out") with the classifier only finding advice likely. */
const likelyAdvice = 0.5;
const plainFeeling = 0.45;
/** A feeling said in its own word. */
const feelingNamed = /\b(?:anxious|nervous|stressed|worried|scared|terrified|burn(?:ed|t)\s+out|overwhelmed|depressed|hopeless|exhausted|panicking)\b/i;

/**
 * The career topic to answer before the patterns read a message, or undefined: a plain
 * career question ("what should I ask at the end of an interview?"), one asked after the
 * situation it is about ("got an interview at a bank. what I should wear?"), or a feeling
 * told with a request's words in it ("months without work and I can't look at one more
 * listing"). Where the classifier also places the message on career advice, a looser
 * match will do; a message that asks for something to be done is never answered so.
 *
 * @example
 * adviceFirst("I have an offer but it's low. How do I negotiate?", advice, classifier)?.topic.id; // 'salary_negotiation'
 */
export function adviceFirst(goal: string, advice: AdviceFinder, classifier: ClassifierReader | undefined): AdviceMatch | undefined {
  // ("how many years welding experience I have?": the person's own record, read from the resume, never advice; trial s50 #50.)
  if (ownRecord.test(goal)) return undefined;
  const asked = adviceQuestionIn(goal);
  // (Without a question, a message that asks for something is never answered with advice (below): no need to classify it.)
  if (!asked && asksForSomething(goal)) return undefined;
  const [sense] = classifier?.classify(goal) ?? [];
  const adviceLikely = sense?.intent === adviceIntent ? sense.probability : 0;
  if (asked) {
    const whole = asked === goal.trim();
    // (The situation told first says what the question is about, so a looser match will do; the classifier agreeing, looser still.)
    const least = whole ? (adviceLikely >= surelyAdvice ? closeWhenSure : sureAdvice) : adviceLikely > 0 ? looseAdvice : sureAfterSituation;
    // (A question said first and the situation after it, "negotiation tips, they offered 45k": the question alone says the topic.)
    const leading = whole ? leadingQuestion(goal) : asked;
    const topic = best(advice.find(goal, least), leading ? advice.find(leading, Math.max(least, sureAdvice)) : undefined);
    if (topic) return topic;
  }
  // A feeling the classifier is sure of, whatever words it borrows from a request (or one it finds likely, told plainly;
  // or one named outright, "kinda anxious about interviews this week", whose "interviews this week" the classifier may hear as the calendar).
  if ((adviceLikely < likelyAdvice && !feelingNamed.test(goal)) || asksForSomething(goal)) return undefined;
  const felt = advice.find(goal, adviceLikely >= surelyAdvice ? looseAdvice : plainFeeling);
  return felt?.topic.feeling ? felt : undefined;
}

/** A question about the person's own years ("how much experience do I have in sales", "how long have I worked as a chef"). */
const ownRecord = /\bhow\s+(?:many|much)\b[^?.!]*?\b(?:experience|exp)\b[^?.!]*?\b(?:do\s+i\s+(?:really\s+)?have|i\s+(?:have|got|had)|i'?ve\s+got|have\s+i|does\s+my\s+(?:cv|resume))\b|\bhow\s+(?:many\s+years|long)\s+(?:have\s+i|i\s+have|i'?ve|did\s+i)\s+(?:been\s+)?work/i;

const best = (left: AdviceMatch | undefined, right: AdviceMatch | undefined): AdviceMatch | undefined =>
  !right || (left && left.similarity >= right.similarity) ? left : right;

/** The first piece of a message of several, when it is itself an advice question ("any tips for negotiating? they offered me 13 an hour"). */
function leadingQuestion(message: string): string | undefined {
  const [first, ...rest] = message.trim().split(/(?<=[.!?;])\s+|,\s*/);
  return first && rest.length > 0 && isAdviceQuestion(first) ? first : undefined;
}
