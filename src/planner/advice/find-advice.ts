import { type AdviceTopic, adviceTopics } from './advice-topics.ts';

/** A topic a message asks about, and how close the nearest of its questions is (cosine, 0–1). */
export interface AdviceMatch {
  topic: AdviceTopic;
  similarity: number;
}

export interface AdviceFinder {
  /**
   * The topic a message asks about, or `undefined` when none is close enough (`least`: the
   * least similarity, default the finder's threshold; lower when the message is surely advice).
   */
  find(message: string, least?: number): AdviceMatch | undefined;
}

/**
 * Questions that ask for advice or knowledge ("how do I find jobs in Berlin?", "what should I
 * say…?"): whatever they are about, answering them is a language model's work, so the
 * classifier never turns one into an action.
 */
const adviceQuestion =
  /^(?:how\s+(?:do|can|could|should|would|does|did)\s+(?:i|you|one|we|people|someone)|how\s+to|how\s+(?:long|many|much|soon|often)\s+(?:should|do|does|is|are|can|after|before)|what\s+(?:[\w-]+\s+){0,2}(?:should|would|do|can)\s+(?:i|you|we)\s+(?:say|do|tell|write|wear|ask|put|include|bring|expect|answer|mention)|what\s+(?:i|we)\s+(?:should|must|can|need\s+to)\s+(?:say|do|tell|write|wear|ask|put|include|bring|expect|answer|mention)|what(?:'s|\s+is|\s+are)\s+the\s+differences?\s+between|what(?:'s|\s+is|\s+are)\s+(?:the\s+|a\s+)?(?:best|right|ideal|normal|usual)|is\s+it\s+(?:ok|okay|bad|normal|fine|worth|wise|too|better|rude)|do\s+i\s+(?:need|have)\s+to|do\s+(?:you|people|we|they|employers|companies|recruiters)\s+(?:really\s+|usually\s+|still\s+)?(?:need|use|write|send|expect|want|read)\b|(?:is|are)\s+(?:(?:it|they|a|an|the|cover|letters?|photos?|references?|\w+)\s+){0,3}(?:really\s+|still\s+)?(?:necessary|needed|required|expected|mandatory|obligatory|customary|usual|standard)\b|do\s+i\s+(?:really\s+|rly\s+|actually\s+|even\s+|still\s+|absolutely\s+)?(?:put|include|mention|list|add|need|wear|bring)\b|[\w-]+\s+(?:tips|pointers)\b|is\s+(?:\d+|it)\s+too\s+(?:old|late|young)\b|am\s+i\s+(?:too|overqualified|underqualified|allowed|expected|supposed|required|obliged)\b|any\s+(?:tips|advice|pointers|suggestions|hints|ideas)|(?:tips|pointers|advice)\s+(?:for|on)|can\s+i\s+(?:still\s+|just\s+)?(?:leave|omit|skip|mention|list|put|include)\b(?=.*\b(?:on|off|out\s+of|from|in)\s+(?:my|a|the)\s+(?:cv|resume|résumé|cover\s+letter)\b)|should\s+(?:i|my|we|one)|(?:is|are)\s+(?:[\w-]+\s+){1,3}(?:ok|okay|fine|acceptable|appropriate|too\s+much|too\s+casual|too\s+formal|overkill)|why)\b/i;

/**
 * Whether a message asks for advice or knowledge rather than for something to be done.
 *
 * @example
 * isAdviceQuestion('how long should a cover letter be?'); // true
 * isAdviceQuestion('write a cover letter for the Acme job'); // false
 */
export function isAdviceQuestion(message: string): boolean {
  return adviceQuestion.test(message.trim());
}

/**
 * A message that asks for something to be done ("write a cover letter for…", "could you phone
 * the recruiter?"): no advice answers it. ("Can you tell me …", "could you explain …" ask for words.)
 */
const request =
  /^(?:(?:no+|nope|nah|wait|oops|whoops|ugh|argh|hold\s+on)[\s,!.]+)*(?:undo|revert|go\s+back|roll\s+(?:it|that)\s+back|(?:put|take|change)\s+(?:it|that|them)\s+back)\b|^(?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)?(?:write|draft|make|create|find|search|look|open|show|save|tailor|prepare|prep|export|list|compose|generate|send|book|get|give|do(?!\s+(?:i|you|u|we|people|they|employers|companies|recruiters|most|interviewers)\b))\b|^(?:please\s+|pls\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!tell|explain|advise|suggest|help|recommend|give\s+me\s+(?:some\s+)?(?:advice|tips))\w+/i;

/**
 * Whether a message, or any sentence of it, asks for something to be done ("write a cover
 * letter for…", "could you phone the recruiter?"): no advice answers it.
 *
 * @example
 * asksForSomething("I'm exhausted. Find me some remote jobs"); // true
 * asksForSomething('can you tell me how long a cover letter should be?'); // false
 */
export function asksForSomething(message: string): boolean {
  return message.split(/(?<=[.!?;])\s+|,\s*/).some((sentence) => request.test(sentence.trim()));
}

/** A situation told first ("in my country we don't…", "I have an offer but…"): what the question after it is about. */
const toldSituation = /^(?:i|i'm|im|i've|ive|we|my|our|in\s+my|where\s+i|back\s+home|at\s+home|here|people|they|in\s+\w+|got|just|have|had|been|after|since|so)\b/i;

/**
 * The career question a message asks: the whole message, or, after a situation told
 * first, its last sentence or clause asked as a question ("in my country we don't write
 * cover letters, is it necessary in the UK?", "I have an offer but the pay is low. How do
 * I negotiate?").
 *
 * @example
 * adviceQuestionIn("i have an offer but it's low. how do i negotiate?"); // 'how do i negotiate?'
 */
export function adviceQuestionIn(message: string): string | undefined {
  const trimmed = message.trim();
  if (isAdviceQuestion(trimmed)) return trimmed;
  if (!toldSituation.test(trimmed)) return undefined;
  // Asked with "?", or a how-to-cope question at the end ("I always freeze in interviews, how do I calm down";
  // not "…on Friday, how do I prepare", which asks for the prep itself).
  const questionMark = /\?\s*$/.test(trimmed);
  // The first piece after the situation asked as a question ("got an interview at a bank. what I should wear? are jeans ok?").
  const pieces = trimmed.split(/(?<=[.!?;])\s+|,\s*|\s+but\s+|\s+so\s+/i).filter(Boolean).slice(1).map((piece) => piece.replace(/^(?:and|but|so|also|then)\s+/i, ''));
  // (A norm asked without its subject, "is necessary in UK?", is a question as much as "is it necessary…".)
  const askedAs = (piece: string) => piece.replace(/^(is|are)\s+(necessary|needed|required|expected|mandatory|usual|normal|common)\b/i, '$1 it $2');
  const asked = pieces.find((piece) => isAdviceQuestion(askedAs(piece)));
  if (!asked) return undefined;
  // Without "?", only a question by its words: how to cope, or what to say ("…, what do i tell the next employer");
  // not "…on Friday, how do I prepare", which asks for the prep itself.
  return questionMark || sayOrCope.test(askedAs(asked)) ? asked : undefined;
}

/** A question by its words even without "?": how to cope with a feeling, or what to say or wear. */
const sayOrCope =
  /^(?:how\s+(?:do|can|should)\s+i\s+(?:calm|cope|deal|stop|relax|handle|manage|get\s+over|stay\s+(?:calm|positive|motivated))|what\s+(?:do|should|can|would)\s+i\s+(?:say|tell|answer|wear|put|mention|write))\b/i;

/**
 * Every word of the topics' questions, lower case: words people use about their search
 * ("fired", "redundant"), which the spelling corrector must not take for slips.
 *
 * @example
 * adviceVocabulary().has('fired'); // true
 */
export function adviceVocabulary(topics: readonly AdviceTopic[] = adviceTopics): Set<string> {
  return new Set(topics.flatMap(({ questions }) => questions.flatMap((question) => question.toLowerCase().match(/[a-z]+/g) ?? [])));
}

type Vector = Map<string, number>;

/** Words that say nothing about the topic: "how do I…", "should I…", pronouns, fillers. */
const stopWords = new Set(
  `a an the and or but if so to of in on at for from with by about as into than then
  i me my mine myself you your yours we our us they them their he she his her it its this that these those
  is am are was were be been being do does did doing have has had having will would shall should can could may might must
  what when where which who whom whose why how there here just really very quite also too much many any some
  not no yes ok okay please hey hi um uh like well actually basically any anyone someone something
  get got getting go going want wanted need know tell say said think make way thing things good best better
  jobpilot advice tips tip help
  today tomorrow yesterday tonight now soon later week weeks month months year years day days morning evening
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`.split(/\s+/),
);

/**
 * Places a message on the nearest advice topic by TF-IDF over content words and their
 * character 3–5-grams, with common synonyms made one (so "resum", "cover leter" and "negotiating" still land), comparing
 * with each topic's questions and keeping the closest; below `threshold` it is no topic.
 *
 * @example
 * createAdviceFinder().find('how many pages should my CV be?')?.topic.id; // 'resume_length'
 * createAdviceFinder().find('what is the weather in Oslo'); // undefined
 */
export function createAdviceFinder(topics: readonly AdviceTopic[] = adviceTopics, threshold = 0.4): AdviceFinder {
  const documents = topics.flatMap((topic) => topic.questions.map((question) => ({ topic, terms: termsOf(question) })));
  const documentFrequency = new Map<string, number>();
  for (const { terms } of documents) {
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = (term: string) => Math.log((documents.length + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
  const weigh = (terms: Vector): Vector => normalised(new Map([...terms].map(([term, count]) => [term, count * idf(term)])));
  // An inverted index: each term lists the questions that have it, so a message is compared
  // only where it shares a term.
  const postings = new Map<string, Array<{ document: number; weight: number }>>();
  documents.forEach(({ terms }, document) => {
    for (const [term, weight] of weigh(terms)) postings.set(term, [...(postings.get(term) ?? []), { document, weight }]);
  });

  return {
    find(message, least = threshold) {
      const terms = termsOf(message);
      if (terms.size === 0) return undefined;
      const scores = new Float64Array(documents.length);
      for (const [term, weight] of weigh(terms)) {
        for (const posting of postings.get(term) ?? []) scores[posting.document] = (scores[posting.document] ?? 0) + weight * posting.weight;
      }
      // A feeling is only heard in a message that says one: "what do I say about being unemployed" asks, it does not despair.
      const felt = [...terms.keys()].some((term) => feelingWords.has(term.slice(2)));
      let best: AdviceMatch | undefined;
      scores.forEach((similarity, document) => {
        const topic = documents[document]?.topic;
        if (topic && (felt || !topic.feeling) && (!best || similarity > best.similarity)) best = { topic, similarity };
      });
      return best && best.similarity >= least ? best : undefined;
    },
  };
}

/** One word for the words people use for the same thing ("cv", "résumé" → "resume"). */
const synonyms = new Map(
  Object.entries({
    cv: 'resume', résumé: 'resume', resumes: 'resume', cvs: 'resume',
    pay: 'salary', wage: 'salary', wages: 'salary', compensation: 'salary', money: 'salary', raise: 'salary',
    interviews: 'interview', interviewing: 'interview', assessment: 'interview', screening: 'interview', interviewer: 'interview', interviewers: 'interview',
    letters: 'letter', job: 'role', jobs: 'role', position: 'role', positions: 'role', roles: 'role',
    company: 'employer', companies: 'employer', employers: 'employer', recruiter: 'employer', recruiters: 'employer',
    rejected: 'rejection', rejections: 'rejection', rejecting: 'rejection', turned: 'rejection',
    negotiate: 'negotiation', negotiating: 'negotiation',
    anxious: 'nervous', anxiety: 'nervous', freaking: 'nervous', freak: 'nervous', terrified: 'nervous', dreading: 'nervous', scared: 'nervous', nerves: 'nervous', stressed: 'nervous', worried: 'nervous', stress: 'nervous', stressful: 'nervous', panicking: 'nervous', panic: 'nervous',
    low: 'sad', down: 'sad', blue: 'sad', depressed: 'sad', miserable: 'sad', hopeless: 'sad', discouraged: 'sad', demotivated: 'sad',
    demoralised: 'sad', demoralized: 'sad', gutted: 'sad', unhappy: 'sad', upset: 'sad', crap: 'sad', awful: 'sad', terrible: 'sad',
    needed: 'necessary', required: 'necessary', expected: 'necessary', mandatory: 'necessary', obligatory: 'necessary', customary: 'necessary', essential: 'necessary',
    burnt: 'tired', burned: 'tired', worn: 'tired', exhausting: 'tired', exhausted: 'tired', drained: 'tired', sick: 'tired', fed: 'tired',
    following: 'follow', followup: 'follow', chase: 'follow', chasing: 'follow', nudge: 'follow',
    fired: 'fired', sacked: 'fired', dismissed: 'fired', laid: 'fired', redundant: 'fired',
    clothes: 'wear', outfit: 'wear', dress: 'wear', suit: 'wear', blazer: 'wear', tie: 'wear', jeans: 'wear', trainers: 'wear', sneakers: 'wear', shoes: 'wear',
    irrelevant: 'unrelated',
  }),
);

/** Words that tell a feeling (after synonyms are made one): what a feeling topic needs to be heard. */
const feelingWords = new Set(
  `sad tired nervous rejection frustrated frustrating frustration hate hating awful worthless useless failure lost lonely overwhelmed
  panic panicking stuck struggling struggle killing giving give knocked confidence energy face cope coping hard tough
  motivation motivated unmotivated
  freeze blank fed bombed cry crying scared afraid fear dread dreading worry worrying feel feeling feelings`.split(/\s+/),
);

/** Content words (weight 1) and their character 3–5-grams (weight 0.15 each, words of four letters or more). */
function termsOf(text: string): Vector {
  const terms: Vector = new Map();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  const words = text.toLowerCase().replace(/[’‘`']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const spelt of words) {
    // (Numbers say how many or how old, never which topic.)
    if (stopWords.has(spelt) || spelt.length < 2 || /^\d+$/.test(spelt)) continue;
    const word = synonyms.get(spelt) ?? spelt;
    add(`w:${word}`, 1);
    if (word.length < 4) continue;
    const padded = `<${word}>`;
    for (let size = 3; size <= 5; size++) {
      for (let start = 0; start + size <= padded.length; start++) add(`c:${padded.slice(start, start + size)}`, 0.15);
    }
  }
  return terms;
}

function normalised(vector: Vector): Vector {
  let squares = 0;
  for (const value of vector.values()) squares += value * value;
  const norm = Math.sqrt(squares) || 1;
  return new Map([...vector].map(([term, value]) => [term, value / norm]));
}
