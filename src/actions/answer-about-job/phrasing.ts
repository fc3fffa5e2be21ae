import type { z } from 'zod';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, type Intent, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { answerAboutJobArgs, JobAspect } from './args.ts';
import { answerAboutJobUtterances } from './utterances.ts';
import { findJob } from '../phrasing/find-job.ts';
import { positionOf } from '../phrasing/references.ts';
import { findKnownJob } from '../phrasing/known-jobs.ts';
import { languagePattern } from '../../resume/spoken-languages.ts';
import { postingTerms, termAsked } from './posting-terms.ts';

type Args = z.input<typeof answerAboutJobArgs>;

/** The job named in a question, or the one in play ("it", "they", nothing). */
function aboutJob(phrase: string | undefined, about: JobAspect, context: PhrasingContext): Reading<Args> | null {
  const said = (phrase ?? '').trim().replace(/^(?:for|of|on|at|with|in)\s+/i, '');
  // "are any of them remote?" asks across the results: a comparison, not one job.
  if (/^(?:any|all|some|each|either|none|both|most|which|there|anything|something|anyone|anybody)\b/i.test(said)) return null;
  // "where's my resume?", "where is my letter": the person's own things are not jobs.
  if (/^(?:my|your|our)\s/i.test(said) && !/\b(?:job|role|position|posting|application|offer)s?\b/i.test(said)) return null;
  if (/\b(?:resume|résumé|cv|letter|document|doc|file|screenshot|app|website|site|page|link)s?$/i.test(said)) return null;
  // "where are the cover letters for Acme": documents made for a job are not the job.
  if (/^(?:the\s+|my\s+)?(?:cover\s+|motivation\s+|interview\s+)?(?:letters?|preps?|prep\s+\w+|documents|docs)\s+(?:for|about|on)\b/i.test(said)) return null;
  // "where's the prep stuff you made me": what jobpilot made is a document, not a job.
  if (/\b(?:you|u)(?:'ve|\s+have)?\s+(?:made|did|done|wrote|written|created|generated|drafted|prepared|put\s+together)\b/i.test(said)) return null;
  const reading = said && !/^(?:they|them|it|this|that|this one|that one)$/i.test(said) ? readJob(said, context, { bare: true }) : currentJob(context);
  if (!reading) return null;
  return 'job' in reading ? { args: { job: reading.job, about } } : { reply: reading.reply };
}

/** How the work is done: remote, hybrid, on-site, days in the office. */
const remoteWords = /\b(?:remote(?:ly)?|from home|wfh|on-?site|hybrid|in(?:\s+the)? office|office days|days in(?:\s+the)? office)\b/;

/** What a question asks about, from its words: "how much", "where", "stack", "when posted". */
function aspectIn(text: string): JobAspect | undefined {
  // Regression (trial s46 #61): "does the Ohmline job need travel?" answered with its stack, "does Voltara help with
  // relocation?" with the help menu: travel, relocation, visas, start date and hours are terms the posting states.
  // ("is the lisbon one remote or would i need to relocate?" still asks whether it is remote.)
  const term = termAsked(text);
  if (term && !((term === 'relocation' || term === 'hours') && remoteWords.test(text))) return term;
  // "years of experience", "how experienced": before "how much" (pay) reads it.
  if (/\b(?:years?\s+(?:of\s+)?(?:experience|exp)|experience|experienced|seniority)\b/.test(text)) return 'experience';
  // "dutch", "speak german", "spoken languages": a language people speak, not a programming one.
  // ("is it bilingual?": how many languages it asks for is a question about languages.)
  if (new RegExp(languagePattern.source, 'iu').test(text) || /\b(?:spoken\s+languages?|speak|fluent|fluency|(?:bi|tri|multi)lingual)\b/.test(text)) return 'languages';
  if (/\b(?:pay|pays|paid|salary|compensation|money|cash|wage|how much|package|ctc|remuneration|stipend)\b/.test(text)) return 'pay';
  if (remoteWords.test(text)) return 'remote';
  if (/\b(?:stack|tech|technolog(?:y|ies)|languages?|frameworks?|tools|skills?)\b/.test(text)) return 'stack';
  if (/\b(?:where|located|location|based|city|country)\b/.test(text)) return 'location';
  if (/\b(?:close|closes|closing|deadline|apply by|last (?:day|date) to apply|last date)\b/.test(text)) return 'closes';
  if (/\b(?:posted|listed|go up|went up|how old|when)\b/.test(text)) return 'posted';
  if (/\b(?:full[- ]time|part[- ]time|contract|permanent|freelance|temporary|job type|ir35)\b/.test(text)) return 'type';
  if (/\b(?:company|who(?:'s|\s+is)?\s+(?:actually\s+|really\s+)?hiring|employer|who posted|agency|recruiter)\b/.test(text)) return 'company';
  if (/\b(?:about|involve|description|responsibilit(?:y|ies)|duties)\b/.test(text)) return 'description';
  return undefined;
}

/** The aspects of shapes general enough that a term named in them is what they ask ("does it need travel?"). */
const overridable: ReadonlySet<JobAspect> = new Set<JobAspect>(['stack', 'description', ...postingTerms]);

/** One way of asking about one aspect; the named group `job` holds the job when the question names one. */
const ask = (about: JobAspect, pattern: RegExp): Intent<Args> => ({
  pattern,
  questions: true,
  confidence: 'certain',
  // ("does the Ohmline job need travel?" has the shape of a stack question; the term named is what it asks.)
  read: ({ original, clause }, context) => aboutJob(original('job'), (overridable.has(about) ? termAsked(clause.lower) : undefined) ?? about, context),
});

const job = '(?<job>.+?)';
/** "the polish one", "that remote job": a job pointed at by a word of its line, which is no aspect asked about. */
const pointingPhrase = /\b(?:the|that|this)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,2}?(?:one|job|role|position|posting)\b/gu;
/** A language people speak, by any name `languagesIn` reads ("dutch", "nederlands", "german"). */
const spoken = languagePattern.source.replace(/^\(\?<!\[[^\]]+\]\)\(|\)\(\?!\[[^\]]+\]\)$/g, '');
const does = "(?:does|do|did|would|will)";
const is = "(?:is|was|'s|s)";
const indirect = "(?:tell\\s+me|let\\s+me\\s+know|do\\s+you\\s+know|any\\s+idea|i\\s+wonder|i'?d\\s+like\\s+to\\s+know|i\\s+(?:want|need)\\s+to\\s+know|can\\s+you\\s+(?:tell|check)(?:\\s+me)?|check)";
/** Where the work happens when it is not remote: "on-site", "in the office", "in person". */
const workplace = '(?:on[-\\s]?site|in[-\\s]office|(?:in|at)\\s+(?:the\\s+|an\\s+)?office|in[-\\s]person)';
// ("… paying per week", "… pay an hour": the period the pay is asked for.)
const end = '(?:\\s+(?:then|exactly|roughly|approximately|like|again|actually|(?:per|a|an|by\\s+the)\\s+(?:hour|week|month|year|annum|shift|day)|hourly|weekly|monthly|yearly|annually))?';

/**
 * How people ask about one job: "what does the third job pay?", "is the Stripe one remote?",
 * "what stack do they use?", "where is it based?", "when was it posted?", "is it full-time?".
 */
export const answerAboutJobPhrasing = definePhrasing<Args>({
  priority: 29,
  utterances: answerAboutJobUtterances,
  readSentence: (clause, context) => {
    // Regression (session 39): "the polish one — how much is it in PLN?" asked about languages, "the remote one — what
    // skills do they want" about remote work: the words that point at the job say nothing of what is asked.
    const about = aspectIn(clause.lower.replace(pointingPhrase, ' ')) ?? aspectIn(clause.lower);
    if (!about) return null;
    const reading = findJob(clause.text, context);
    return 'job' in reading ? { args: { job: reading.job, about } } : { reply: reading.reply };
  },
  capability: 'answer questions about a job (pay, place, remote, stack, experience, languages, shifts, union, licence)',
  describe: ({ job: which, about }) => `answer what ${which} says about its ${about}`,
  produces: ['last_job_id'],
  intents: [
    {
      // "and how much?", "what about the salary?", "and where?": a short follow-up about the one job just talked about.
      pattern:
        /^(?:(?:and|so|ok(?:ay)?|also|oh|but|hm+|right)[\s,]+)*(?:(?:what|how)\s+about\s+)?(?:the\s+|its\s+|their\s+)?(?<aspect>how\s+much(?:\s+(?:is\s+it|does\s+it\s+pay|do\s+they\s+pay|is\s+the\s+pay))?|pay|salary|money|wage(?:s)?|rate|location|where(?:\s+is\s+it)?|(?:tech\s+)?stack|tech|when(?:\s+was\s+it\s+posted)?|contract\s+type|job\s+type|(?:pay|salary)\s+(?:band|range|scale)|(?:(?:is\s+it|are\s+they)\s+)?(?:hybrid|remote|on-?site|wfh|bilingual)(?:\s+or\s+(?:not|remote|hybrid|on-?site|in[-\s]office|in\s+person))?)(?:\s+(?:then|though|tho|on\s+(?:it|that\s+one)|for\s+(?:it|that\s+one)))?$/,
      questions: true,
      confidence: 'certain',
      read: ({ groups }, context) => {
        const about = aspectIn(groups.aspect ?? '');
        return about && context.references.last_job_id ? aboutJob(undefined, about, context) : null;
      },
    },
    {
      // "money on the last one?", "salary for #2", "location of the Dublin one", "shift pattern for the first one": the aspect, then the job it is of.
      // Asked in a learner's word order too ("where is location of the first").
      // (Regression, session 38: "what is salary of second?" showed the whole posting: asked with "what is", no article.)
      pattern: new RegExp(
        String.raw`^(?:(?:and|so|ok(?:ay)?|what\s+about|how\s+about)[\s,]+)*(?:(?:what|where|how\s+much|which)\s*(?:is|'s|s|are|was)\s+|whats\s+|tell\s+me\s+)?(?:the\s+)?(?<aspect>(?:pay|salary|wage)\s+(?:band|range|scale|bracket)|money|cash|pay|salary|wage|rate|package|ctc|location|stack|tech(?:\s+stack)?|contract\s+type|job\s+type|closing\s+date|deadline|last\s+date(?:\s+to\s+apply)?|shift\s+pattern|shifts?|rota|roster|work(?:ing)?\s+schedule|union)\s+(?:on|for|of|at|with|in)\s+(?<job>.+?)${end}$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups, original }, context) => {
        const about = aspectIn(groups.aspect ?? '');
        return about ? aboutJob(original('job'), about, context) : null;
      },
    },
    {
      // "who's actually hiring for #3, is it an agency?", "is the Dublin one through an agency": who hires.
      pattern: new RegExp(`^who(?:'s|s|\\s+is)\\s+(?:actually\\s+|really\\s+)?(?:hiring|recruiting)\\s+for\\s+${job}(?:,?\\s+(?:is|'s)\\s+(?:it|that|this)\\s+(?:an?\\s+)?(?:agency|recruiter|the\\s+company\\s+itself)(?:\\s+or\\s+.+)?)?$`),
      questions: true,
      confidence: 'certain',
      // (Only a job of the thread: "who's hiring for kotlin developers?" is a search.)
      read: ({ original }, context) => {
        const said = original('job') ?? '';
        return positionOf(said) !== undefined || findKnownJob(said, context) !== undefined || /^(?:it|that(?:\s+one)?|this(?:\s+one)?)$/i.test(said) ? aboutJob(said, 'company', context) : null;
      },
    },
    // "how much years of experience they want for the antwerp one?", "how many years do i need for #2", "what experience does it ask for?".
    // ("how much experience do I have in warehouse work" is the person's own years: `show_resume {years}`, trial s50 #50.)
    ask('experience', new RegExp(`^how\\s+(?:much|many)\\s+(?:(?:years?|yrs?)\\s+(?:of\\s+)?)?(?:experience|exp|years?|yrs?)\\s+(?:(?:do|does|would|will|did)\\s+)?(?:they|you|it|i|we)\\s+(?:want|need|require|ask\\s+for|expect|(?<!\\b(?:i|we)\\s+)have)(?:\\s+to\\s+have)?(?:\\s+(?:for|at|on|in|with)\\s+${job})?${end}$`)),
    ask('experience', new RegExp(`^how\\s+(?:much|many)\\s+(?:years?\\s+(?:of\\s+)?)?(?:experience|exp|years?)\\s+(?:(?:do|does|is|are)\\s+)?${job}\\s+(?:want|wants|need|needs|require|requires|ask\\s+for|asks\\s+for|expect|expects|needed|required|asking\\s+for|after|looking\\s+for|hoping\\s+for)${end}$`)),
    ask('experience', new RegExp(`^how\\s+(?:much|many)\\s+(?:years?\\s+(?:of\\s+)?)?(?:experience|exp)\\s+(?:is\\s+)?(?:needed|required|wanted|asked(?:\\s+for)?)(?:\\s+(?:for|at|on|in)\\s+${job})?$`)),
    ask('experience', new RegExp(`^what(?:'s|\\s+is|\\s+are)?\\s+(?:the\\s+)?(?:experience(?:\\s+level)?|years\\s+of\\s+experience|seniority(?:\\s+level)?)\\s+(?:(?:is\\s+|are\\s+)?(?:required|needed|asked|wanted)\\s+)?(?:for|of|at|on|in)\\s+${job}$`)),
    ask('experience', new RegExp(`^(?:what|how\\s+much)\\s+experience\\s+(?:do|does|would|will)\\s+${job}\\s+(?:want|need|require|ask\\s+for|expect)$`)),
    ask('experience', new RegExp(`^(?:do|does|is|are)\\s+${job}\\s+(?:need|needs|require|requires|want|wants|ask\\s+for|asks\\s+for|expect)\\s+(?:a\\s+lot\\s+of\\s+|much\\s+|any\\s+|many\\s+years\\s+(?:of\\s+)?|\\d{1,2}\\+?\\s+years?\\s+(?:of\\s+)?)?experience$`)),
    // "does the first one need dutch?", "is german required?", "is the first one need dutch language?", "do i need to speak french for #2?".
    ask('languages', new RegExp(`^(?:is|are)\\s+(?:${spoken})(?:\\s+(?:language|speaking))?\\s+(?:required|needed|necessary|a\\s+must|mandatory|essential|a\\s+requirement|important)(?:\\s+(?:for|at|on|in)\\s+${job})?$`, 'iu')),
    ask('languages', new RegExp(`^(?:do|does|is|are)\\s+${job}\\s+(?:need|needs|require|requires|want|wants|ask\\s+for|asks\\s+for|expect|expects)\\s+(?:(?:fluent|native|good|any|some|spoken|business)\\s+)?(?:${spoken})(?:\\s+(?:language|speakers?|skills))?$`, 'iu')),
    ask('languages', new RegExp(`^(?:do|will|would)\\s+i\\s+(?:need|have)\\s+to\\s+(?:speak|know)\\s+(?:${spoken})(?:\\s+(?:for|at|on|in)\\s+${job})?$`, 'iu')),
    ask('languages', new RegExp(`^(?:do|will|would)\\s+i\\s+need\\s+(?:(?:fluent|native|good)\\s+)?(?:${spoken})(?:\\s+(?:for|at|on|in)\\s+${job})?$`, 'iu')),
    // ("what languages does it need?" may ask the stack: only spoken languages, or speaking, said.)
    ask('languages', new RegExp(`^what\\s+spoken\\s+languages?\\s+(?:do|does|would|will)\\s+${job}\\s+(?:need|want|require|ask\\s+for|expect)$`, 'iu')),
    ask('languages', new RegExp(`^what\\s+languages?\\s+(?:do|does|would|will)\\s+${job}\\s+(?:need|want|require|ask\\s+for|expect)\\s+(?:me\\s+|people\\s+|you\\s+)?to\\s+speak$`, 'iu')),
    ask('languages', new RegExp(`^what\\s+(?:spoken\\s+)?languages?\\s+(?:do|would)\\s+i\\s+need\\s+to\\s+speak(?:\\s+(?:for|at|on|in)\\s+${job})?$`, 'iu')),
    // "do they want kubernetes for the platform job", "does the Acme one need a driving licence": what the job asks for.
    // ("do i need kotlin for the adyen role or is java enough?": what the person needs is what the job asks for.)
    // ("do they need german for the siemens one?": a language people speak, needed for a job, is no stack.)
    ask('languages', new RegExp(`^(?:do|does|would|will)\\s+(?:they|you|it|i)\\s+(?:want|need|require|ask\\s+for|expect)\\s+(?:(?:fluent|native|good|any|some|spoken|business)\\s+)?(?:${spoken})(?:\\s+(?:language|speakers?|skills))?\\s+(?:for|at|on|in)\\s+${job}$`, 'iu')),
    // ("do i need the right to work in the EU for the Freiburg one?": a term, before the stack question of the same shape.)
    ask('visa', new RegExp(`^(?:do|will|would)\\s+i\\s+need\\s+(?:a\\s+)?(?:visa|work\\s+permit|the\\s+right\\s+to\\s+work|blue\\s+card|sponsorship)(?:\\s+(?:in|for)\\s+(?:the\\s+)?(?:eu|uk|us|usa|[\\p{L}]+land))?(?:\\s+(?:for|at|with|in|on)\\s+${job})?$`, 'u')),
    ask('stack', new RegExp(`^(?:do|does|would|will)\\s+(?:they|you|it|i)\\s+(?:want|need|require|ask\\s+for|expect)\\s+(?:\\S+(?:\\s+\\S+){0,3})\\s+(?:for|at|on|in)\\s+${job}(?:,?\\s+or\\s+(?:is|are|will|would|do|does)\\s+.+)?$`)),
    // "does the 2nd one need java or is it more sql stuff": the job first, what it asks for after, maybe with a guess.
    ask('stack', new RegExp(`^(?:do|does)\\s+${job}\\s+(?:need|want|require|ask\\s+for|expect|use)\\s+(?:\\S+(?:\\s+\\S+){0,3})(?:\\s+or\\s+(?:is\\s+it|are\\s+they|do\\s+they)\\b.*)?$`)),
    // pay
    ask('pay', new RegExp(`^(?:what|how\\s+much)(?:\\s+(?:exactly|actually|roughly))?\\s+${does}\\s+${job}\\s+pay${end}$`)),
    ask('pay', new RegExp(`^how\\s+much(?:\\s+money)?\\s+(?:would|will|could|can|do|does|might)\\s+(?:i|you|one|someone)\\s+(?:make|earn|get|take\\s+home)\\s+(?:at|with|in|on|from)\\s+${job}${end}$`)),
    ask('pay', new RegExp(`^how\\s+much\\s+(?:is|are)\\s+${job}\\s+(?:paying|offering)${end}$`)),
    ask('pay', new RegExp(`^(?:what|how\\s+much)${is}?\\s*(?:is\\s+)?the\\s+(?:salary|pay|compensation|comp|salary\\s+range|pay\\s+range|wage|rate|money|package|ctc)(?:\\s+(?:like\\s+)?(?:for|of|on|at|in)\\s+${job})?${end}$`)),
    ask('pay', new RegExp(`^(?:what|how\\s+much)${is}\\s+${job}(?:'s|s')\\s+(?:salary|pay|compensation|salary\\s+range|pay\\s+range)${end}$`)),
    ask('pay', new RegExp(`^(?:does|do|is)\\s+${job}\\s+(?:pay\\s+well|say\\s+(?:what|how\\s+much)\\s+it\\s+pays|list\\s+(?:a|the)\\s+salary|have\\s+a\\s+salary(?:\\s+range)?|well\\s+paid)$`)),
    ask('pay', new RegExp(`^(?:is|was)\\s+(?:the\\s+)?(?:salary|pay)\\s+(?:listed|stated|mentioned|given)(?:\\s+(?:for|on|in)\\s+${job})?$`)),
    // Asked indirectly: "tell me what it pays", "do you know if the Stripe one is remote"; the asking words may be gone
    // ("remind me what the Zeiss job pays again", "remind me when the Arup one closes" reach here without "remind me").
    ask('pay', new RegExp(`^(?:${indirect}\\s+)?(?:what|how\\s+much)\\s+${job}\\s+(?:pays?|is\\s+paying|offers?)${end}$`)),
    ask('remote', new RegExp(`^${indirect}\\s+(?:if|whether)\\s+${job}\\s+(?:is|'s)\\s+(?:remote|on[-\\s]?site|hybrid)$`)),
    ask('location', new RegExp(`^(?:${indirect}\\s+)?where\\s+${job}\\s+is(?:\\s+(?:located|based))?${end}$`)),
    ask('posted', new RegExp(`^(?:${indirect}\\s+)?when\\s+${job}\\s+was\\s+(?:posted|published|listed)${end}$`)),
    // ("when does the leeds one close?" is the direct question, below.)
    ask('closes', new RegExp(`^(?:${indirect}\\s+)?when\\s+(?!(?:does|do|did|will|would|is|are|was)\\b)${job}\\s+(?:closes|close|is\\s+closing|shuts|stops\\s+taking\\s+applications)${end}$`)),
    ask('stack', new RegExp(`^${indirect}\\s+what\\s+(?:stack|tech(?:\\s+stack)?|technologies|languages)\\s+${job}\\s+(?:uses?|needs?|requires?|works?\\s+with)$`)),
    // location
    // ("where exactly is it?": a word of emphasis after "where" asks the same.)
    ask('location', new RegExp(`^where(?:\\s+(?:exactly|actually|again|abouts))?(?:\\s+is|\\s+are|'s|s)\\s+${job}(?:\\s+(?:located|based|situated))?${end}$`)),
    ask('location', new RegExp(`^where\\s+(?:is|are)\\s+(?:the\\s+)?(?:office|job|role|position|company)(?:\\s+(?:located|based))?(?:\\s+(?:for|of)\\s+${job})?$`)),
    ask('location', new RegExp(`^(?:what|which)\\s+(?:city|country|location|place)\\s+(?:is|are)\\s+${job}\\s+(?:in|at|based\\s+in)$`)),
    ask('location', new RegExp(`^what(?:'s|\\s+is)\\s+the\\s+location\\s+(?:of|for)\\s+${job}$`)),
    ask('location', new RegExp(`^what(?:'s|\\s+is)\\s+${job}(?:'s|s')\\s+location$`)),
    // remote
    ask('remote', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:fully\\s+|100%\\s+)?(?:remote|remote[-\\s]friendly|${workplace}|hybrid|wfh|work\\s+from\\s+home)(?:\\s+(?:or\\s+(?:not|${workplace}|hybrid|remote)))?$`)),
    // "is it in Toronto?": a place named; "in the office" is the remote question above.
    ask('location', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:located\\s+|based\\s+|somewhere\\s+)?(?:in|near|around|out\\s+of)\\s+(?!(?:the\\s+)?office\\b|person\\b)(?![\\p{L} .'-]*\\b(?:full[-\\s]?time|part[-\\s]?time|permanent|temporary|contract|freelance|remote|hybrid)\\b)[\\p{L}][\\p{L} .'-]{1,40}$`, 'u')),
    // "is it bilingual?", "is the Lightspeed one bilingual or not": how many languages the job asks for.
    ask('languages', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:(?:a|an)\\s+)?(?:bilingual|trilingual|multilingual)(?:\\s+(?:role|job|position|one))?(?:\\s+or\\s+not)?$`)),
    // "how many days in office for the fedex one", "how many office days at it": how much of the work is on site.
    ask('remote', new RegExp(`^how\\s+many\\s+(?:days|times)\\s+(?:a\\s+week\\s+)?(?:(?:in|at)\\s+(?:the\\s+)?office|on[-\\s]?site|in\\s+person)(?:\\s+(?:a\\s+week|per\\s+week))?(?:\\s+(?:for|at|on|with|in)\\s+${job})?${end}$`)),
    ask('remote', new RegExp(`^how\\s+many\\s+(?:office|on[-\\s]?site)\\s+days(?:\\s+(?:a|per)\\s+week)?(?:\\s+(?:for|at|on|with|in)\\s+${job})?$`)),
    // ("are you allowed to work from home on the depot one", "can staff work remotely at it": whoever is said to work there.)
    ask('remote', new RegExp(`^(?:(?:can|could)\\s+(?:i|you|we|one|people|staff)|(?:are|am|is)\\s+(?:i|you|we|one|people|staff)\\s+(?:allowed|able|permitted)\\s+to)\\s+(?:work|do\\s+(?:it|the\\s+job))\\s+(?:remotely|from\\s+home|from\\s+anywhere)(?:\\s+(?:for|at|with|in|on)\\s+${job})?$`)),
    ask('remote', new RegExp(`^(?:does|do)\\s+${job}\\s+(?:allow|offer|support)\\s+(?:remote(?:\\s+work)?|working\\s+from\\s+home|wfh)$`)),
    // stack
    ask('stack', new RegExp(`^what\\s+(?:tech(?:nology)?\\s+)?(?:stack|tech|technologies|tools|languages|frameworks|skills)\\s+${does}\\s+${job}\\s+(?:use|need|want|require|ask\\s+for|work\\s+with|expect|list|mention)${end}$`)),
    // "what tech do they use at Initech": the job named after the verb.
    ask('stack', new RegExp(`^what\\s+(?:tech(?:nology)?\\s+)?(?:stack|tech|technologies|tools|languages|frameworks)\\s+${does}\\s+(?:they|you|people|folks|we)\\s+(?:use|have|run|work\\s+with|code\\s+in|build\\s+with)\\s+(?:at|in|for|on|with|over\\s+at)\\s+${job}${end}$`)),
    ask('stack', new RegExp(`^what(?:'s|\\s+is|\\s+are)\\s+(?:the\\s+)?(?:tech(?:nology)?\\s+)?(?:stack|tech|technologies|tools|languages|frameworks|skills\\s+(?:needed|required))(?:\\s+(?:for|of|at|on|in)\\s+${job})?$`)),
    ask('stack', new RegExp(`^what(?:'s|\\s+is|\\s+are)\\s+${job}(?:'s|s')\\s+(?:tech(?:nology)?\\s+)?(?:stack|tech|technologies)$`)),
    ask('stack', new RegExp(`^what\\s+skills\\s+(?:do\\s+i\\s+need|are\\s+(?:needed|required))\\s+(?:for|at)\\s+${job}$`)),
    ask('stack', new RegExp(`^(?:does|do)\\s+${job}\\s+use\\s+(?:typescript|python|go|java|react|rust|kotlin|ruby|node(?:\\.js)?|aws|kubernetes)$`)),
    // company
    ask('company', new RegExp(`^(?:what|which)\\s+company\\s+(?:is|'s)\\s+(?:${job}\\s+)?(?:at|with|for|from)?$`)),
    ask('company', new RegExp(`^(?:who|which\\s+company)\\s+(?:is\\s+hiring\\s+for|posted|is\\s+behind|(?:is|'s)\\s+the\\s+(?:employer|company)\\s+(?:for|of))\\s+${job}$`)),
    ask('company', new RegExp(`^(?:what|which)\\s+company\\s+is\\s+it$`)),
    // posted
    ask('posted', new RegExp(`^when\\s+(?:was|were|did)\\s+${job}\\s+(?:posted|published|listed|put\\s+up|go\\s+up|come\\s+out|go\\s+live)${end}$`)),
    ask('posted', new RegExp(`^how\\s+(?:old|new|recent|fresh)\\s+(?:is|are)\\s+${job}$`)),
    ask('posted', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:still\\s+)?(?:new|recent|fresh|old|stale)$`)),
    // closes
    ask('closes', new RegExp(`^when\\s+(?:does|do|will|did)\\s+${job}\\s+close(?:\\s+for\\s+applications)?${end}$`)),
    ask('closes', new RegExp(`^(?:what|when)(?:'s|\\s+is|\\s+was)\\s+the\\s+(?:closing\\s+date|deadline|application\\s+deadline|deadline\\s+to\\s+apply)(?:\\s+(?:for|of|on)\\s+${job})?$`)),
    ask('closes', new RegExp(`^(?:how\\s+long|until\\s+when)\\s+(?:can\\s+i|do\\s+i\\s+have\\s+to)\\s+apply(?:\\s+(?:for|to)\\s+${job})?$`)),
    ask('closes', new RegExp(`^is\\s+there\\s+a\\s+(?:closing\\s+date|deadline)(?:\\s+(?:for|on)\\s+${job})?$`)),
    ask('closes', new RegExp(`^does\\s+${job}\\s+(?:have|give|say|list)\\s+a\\s+(?:closing\\s+date|deadline)$`)),
    // "when do applications close for it", "when does the application close for number 2".
    ask('closes', new RegExp(`^when\\s+(?:do|does|will|did)\\s+(?:the\\s+)?applications?\\s+close(?:\\s+(?:for|on|at|with)\\s+${job})?${end}$`)),
    // type
    ask('type', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:inside|outside)(?:\\s+or\\s+(?:inside|outside))?\\s+(?:of\\s+)?ir35$`)),
    ask('type', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:a\\s+|an\\s+)?(?:full[-\\s]?time|part[-\\s]?time|contract|freelance|permanent|temporary|temp|internship|fixed[-\\s]term)(?:\\s+(?:role|job|position|gig|one))?(?:\\s+or\\s+.+)?$`)),
    ask('type', new RegExp(`^what\\s+(?:kind|type|sort)\\s+of\\s+(?:contract|job|role|position|employment)\\s+(?:is|are)\\s+${job}$`)),
    // travel, relocation, visa, start, hours: "do they sponsor visas at Ohmline?", "does Voltara help with relocation?",
    // "is there travel involved for the first one?", "when would I start at Kestrel?", "how many hours a week is it?".
    ask('visa', new RegExp(`^(?:do|does|will|would|can|could)\\s+${job}\\s+(?:sponsor|offer|provide|give|help\\s+with|support|pay\\s+for)\\s+(?:a\\s+|the\\s+|any\\s+)?(?:visas?|work\\s+(?:visas?|permits?)|sponsorship|visa\\s+sponsorship|blue\\s+cards?|relocation(?:\\s+(?:help|support|package|costs?|assistance))?|relocating|moving(?:\\s+costs?)?|the\\s+move)$`)),
    ask('visa', new RegExp(`^(?:do|does|will|would|can|could)\\s+(?:they|you|it)\\s+(?:sponsor|offer|provide|give|help\\s+with|support|pay\\s+for)\\s+(?:a\\s+|the\\s+|any\\s+)?(?:visas?|work\\s+(?:visas?|permits?)|sponsorship|visa\\s+sponsorship|blue\\s+cards?|relocation(?:\\s+(?:help|support|package|costs?|assistance))?|relocating|moving(?:\\s+costs?)?|the\\s+move)\\s+(?:at|for|with|in|on)\\s+${job}$`)),
    ask('visa', new RegExp(`^(?:(?:is|are)\\s+(?:there\\s+)?(?:any\\s+)?|any\\s+)(?:visa\\s+sponsorship|sponsorship|relocation(?:\\s+(?:help|support|package|assistance))?|travel(?:ling)?|much\\s+travel(?:ling)?)\\s*(?:(?:offered|available|provided|included|required|needed|involved|expected)\\s*)?(?:\\s+(?:for|at|with|in|on)\\s+${job})?$`)),
    // "do they help with flights or moving over?", "will the Doha one cover housing": the help with moving a posting may state.
    ask('relocation', new RegExp(`^(?:do|does|will|would|can|could)\\s+${job}\\s+(?:help(?:\\s+(?:me|you|people|staff))?(?:\\s+out)?\\s+(?:with|towards?)|pay\\s+(?:for|towards?)|cover|provide|offer|give)\\s+(?:the\\s+|any\\s+|my\\s+)?(?:flights?|air\\s*fares?|plane\\s+tickets?|accommodation|housing|moving(?:\\s+(?:over|abroad|there|out|costs?))?)(?:\\s+(?:or|and|\\/)\\s+.+)?$`)),
    ask('relocation', new RegExp(`^(?:do|does|will|would|can|could)\\s+${job}\\s+help\\s+(?:me\\s+|you\\s+|people\\s+)?(?:to\\s+)?(?:relocate|move)(?:\\s+(?:there|here|to\\s+\\S+(?:\\s+\\S+)?))?$`)),
    // "is the second one open to people in the uk?", "are they open to applicants from abroad": who may apply is the work-rights question.
    ask('visa', new RegExp(`^(?:is|are)\\s+${job}\\s+(?:open|available)\\s+to\\s+(?:people|candidates|applicants|anyone|someone|those|foreigners|internationals?|international\\s+(?:candidates|applicants|staff|nurses|workers))(?:\\s+(?:in|from|based\\s+in|living\\s+in|outside(?:\\s+of)?)\\s+.+)?$`, 'u')),
    ask('travel', new RegExp(`^how\\s+much\\s+(?:travel(?:ling)?|time\\s+on\\s+the\\s+road)\\s+(?:is\\s+)?(?:there|involved|required|needed|expected)(?:\\s+(?:for|at|with|in|on)\\s+${job})?$`)),
    ask('travel', new RegExp(`^how\\s+much\\s+(?:travel(?:ling)?|time\\s+on\\s+the\\s+road)\\s+(?:do|does|would|will)\\s+${job}\\s+(?:need|involve|require|want|ask\\s+for|expect)$`)),
    ask('travel', new RegExp(`^(?:do|does|will|would)\\s+${job}\\s+(?:involve|need|require|mean)\\s+(?:a\\s+lot\\s+of\\s+|much\\s+|any\\s+)?(?:travel(?:ling)?|business\\s+trips)$`)),
    ask('start', new RegExp(`^(?:when|how\\s+soon)\\s+(?:would|will|does|do|can|could|should)\\s+(?:i|we)\\s+(?:start|begin|join)(?:\\s+(?:at|with|for|on|in)\\s+${job})?$`)),
    ask('start', new RegExp(`^(?:when|how\\s+soon)\\s+(?:would|will|does|do|can|could|should)\\s+${job}\\s+(?:start|begin)$`)),
    ask('start', new RegExp(`^what(?:'s|s|\\s+is)\\s+(?:the\\s+)?(?:start(?:ing)?|joining)\\s+date(?:\\s+(?:for|of|at|on|in)\\s+${job})?$`)),
    ask('start', new RegExp(`^is\\s+there\\s+a\\s+start(?:ing)?\\s+date(?:\\s+(?:for|at|on)\\s+${job})?$`)),
    ask('start', new RegExp(`^does\\s+${job}\\s+(?:have|give|say|list)\\s+a\\s+start(?:ing)?\\s+date$`)),
    ask('hours', new RegExp(`^how\\s+many\\s+hours(?:\\s+(?:a|per)\\s+(?:week|day))?\\s+(?:is|are|does|do|would|will)\\s+${job}(?:\\s+(?:need|want|require|ask\\s+for|involve|take))?$`)),
    ask('hours', new RegExp(`^how\\s+many\\s+hours(?:\\s+(?:a|per)\\s+(?:week|day))?\\s+(?:would|will|do|should)\\s+i\\s+(?:work|be\\s+working|do)(?:\\s+(?:at|for|with|in|on)\\s+${job})?$`)),
    // "what shifts is the second one", "which shift pattern does the depot job work", "what are the shifts like at it".
    ask('hours', new RegExp(`^(?:what|which)\\s+(?:shifts?|shift\\s+(?:pattern|times|rota)|rota|hours)\\s+(?:is|are|does|do|would|will|'s|s)\\s+${job}(?:\\s+(?:on|work|have|need|involve|run|use))?$`)),
    ask('hours', new RegExp(`^what\\s+(?:are|r|is|'s|s)\\s+(?:the\\s+)?(?:shifts?|shift\\s+(?:pattern|times)|rota)(?:\\s+like)?(?:\\s+(?:for|of|at|on|in|with)\\s+${job})?(?:\\s+like)?$`)),
    ask('hours', new RegExp(`^what\\s+(?:are|r)\\s+(?:the\\s+)?(?:working\\s+|work\\s+|office\\s+)?hours(?:\\s+(?:for|of|at|on|in|like\\s+(?:for|at))\\s+${job})?(?:\\s+like)?$`)),
    // description
    ask('description', new RegExp(`^what\\s+(?:does|do|would)\\s+${job}\\s+(?:involve|entail)$`)),
    ask('description', new RegExp(`^what(?:'s|\\s+is|\\s+are)\\s+(?:the\\s+)?(?:job\\s+description|responsibilities|duties|requirements)(?:\\s+(?:for|of|at|in)\\s+${job})?$`)),
    ask('description', new RegExp(`^what\\s+(?:would|will|do)\\s+i\\s+(?:(?:actually|really|even)\\s+)?(?:be\\s+doing|do)(?:\\s+(?:day[-\\s]to[-\\s]day|every\\s+day|all\\s+day|daily))?(?:\\s+(?:at|in|for|with)\\s+${job})?$`)),
  ],
  examples: [
    { say: 'what does the third job pay?', args: { job: 'third', about: 'pay' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a,51e0f7a9c3d4' } },
    { say: 'is the Stripe one remote?', args: { job: 'Stripe', about: 'remote' }, references: { last_job_ids: '3f9a1c0b7d2e' } },
    { say: 'what stack do they use?', args: { job: 'it', about: 'stack' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'where is it based?', args: { job: 'it', about: 'location' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'when was the second one posted?', args: { job: 'second', about: 'posted' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'is it full-time?', args: { job: 'it', about: 'type' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: "what's the salary for the Hotjar job?", args: { job: 'Hotjar', about: 'pay' }, references: { last_job_ids: '3f9a1c0b7d2e' } },
    { say: 'tell me what it pays', args: { job: 'it', about: 'pay' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'does the first one need dutch?', args: { job: 'first', about: 'languages' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'how many years of experience do they want for it?', args: { job: 'it', about: 'experience' }, references: { last_job_id: '3f9a1c0b7d2e' } },
  ],
  counterExamples: ['which one pays the most?', 'show me the first one', 'what can you do?', 'are any of them remote?'],
});
