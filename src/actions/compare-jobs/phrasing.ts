import type { z } from 'zod';
import { definePhrasing, type Reading } from '../phrasing/phrasing.ts';
import type { compareJobsArgs } from './args.ts';
import { compareJobsUtterances } from './utterances.ts';
import { readPayFloor } from '../search-jobs/read-pay-floor.ts';

type Args = z.input<typeof compareJobsArgs>;
type By = Args['by'];

/**
 * The one to choose, asked of the person's own chances: "best one for me?", "which would I be
 * best at", "which one would you pick", "top pick?". Without a model, fit is what tells them apart.
 */
const choiceForMe =
  /\b(?:(?:best|better|right|ideal)\s+(?:one\s+|job\s+|choice\s+|option\s+)?for\s+me|(?:i(?:'d|\s+would)|would\s+i)\s+be\s+(?:best|better|the\s+best)\s+(?:at|in|for)|(?:would|should|do)\s+(?:you|i)\s+(?:pick|choose|go\s+for|recommend)|top\s+pick|most\s+(?:likely|chance)\s+(?:to\s+get|of\s+getting))\b/;
/** "which suits my background", "which would fit my experience": how well a job fits the person, asked with no superlative. */
const suitsMe = /\b(?:suits?|suited\s+to|fits?|matche?s?|(?:is|are)\s+(?:a\s+)?(?:good|right|best)\s+(?:fit|match)\s+for)\s+(?:me|my\s+(?:background|profile|experience|skills?|cv|resume|résumé|career|qualifications?))\b/;
/** "which …", "… of these": the jobs listed, not jobs in general ("what jobs would suit me?" is a career question). */
const amongListed = /\bwhich\b|\b(?:these|them|those|the\s+(?:results|list|ones|bunch|lot))\b/;
/**
 * "which job is best", "which one's the best?" ("for me" was taken as politeness), "what is the best option": the one to
 * choose, with nothing else named to judge by, is the best fit (trial s50 #50).
 */
const bestAlone = /\b(?:which|what)\b(?:\s+(?:one|ones|job|jobs|role|roles|option|options|of\s+(?:them|these|those|the\s+\w+)))*\s*(?:'s|s|\s+is|\s+are|\s+would\s+be|\s+will\s+be)\s+(?:the\s+|my\s+)?(?:best|better|right\s+one|ideal)(?:\s+(?:one|job|option|choice|pick|bet|match|fit))?(?:\s+(?:of\s+(?:them|these|those|all)|here|there|overall))?$/;
const superlative = /\b(?:most|best|highest|top|biggest|largest|greatest|more|better|max(?:imum)?)\b/;
const criteria: ReadonlyArray<[By, (text: string) => boolean]> = [
  ['pay', (text) => /\b(?:best|highest|top|better)[-\s](?:paid|paying)\b/.test(text) || (/\b(?:pays?|paid|paying|salary|salaries|money|cash|earn|earnings|compensation|comp|wage|wages)\b/.test(text) && superlative.test(text))],
  ['fit', (text) => /\b(?:best|closest|top|better)\s+(?:fit|match)(?:es)?\b/.test(text) || (/\b(?:fits?|suits?|suited|matche?s?|matching|fit\s+for\s+me)\b/.test(text) && superlative.test(text)) || choiceForMe.test(text) || (suitsMe.test(text) && amongListed.test(text)) || bestAlone.test(text)],
  // ("which is more new", "the most new one": a learner's comparative.)
  ['recent', (text) => /\b(?:newest|latest|most\s+recent(?:ly\s+posted)?|(?:more|most)\s+(?:new|fresh)|newer|freshest|youngest|posted\s+(?:most\s+)?recently|(?:newly|recently)\s+posted|posted\s+last)\b/.test(text)],
  ['remote', (text) => /\b(?:remote(?:ly)?|(?:work(?:ed)?|done|do)\s+from\s+home|wfh|from\s+anywhere)\b/.test(text)],
];
/** What a "by …" names: "sort them by salary", "rank these by date". */
const byWords: ReadonlyArray<[RegExp, By]> = [
  [/^(?:pay|salary|salaries|money|compensation|comp|wage|wages|how much (?:they|it) pays?)\b/, 'pay'],
  [/^(?:fit|match|match score|score|how well (?:i|they) (?:fit|match))\b/, 'fit'],
  // ("by how recently they were posted", "by when they went up": the date said as a question.)
  [/^(?:date|recency|newest|posting date|date posted|how (?:new|recent(?:ly)?|long ago)|when (?:they|it) (?:was|were|went|got) (?:posted|up|listed|advertised))\b/, 'recent'],
  [/^(?:remote|remoteness|location|whether (?:they are|it is|it's) remote)\b/, 'remote'],
];
const savedWords = /\b(?:saved|my\s+list|shortlist|tracker|bookmark(?:ed|s)?|pipeline)\b/;
/** A single job named in the question ("the third job", "the Stripe one", "it") makes it a question about that job. */
const oneJob = /\b(?:(?:is|does|did|was|will|would|can)\s+it|it\s+(?:is|pays?|offers?|remote)|the\s+(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+(?:one|job|posting|role)|the\s+\w+\s+(?:one|job|role|posting)\s+(?:pay|remote))\b|#\d/;

const among = (text: string): Args['among'] => (savedWords.test(text) ? 'saved' : undefined);

/** Words that name the whole list, not some jobs of it: "compare them", "compare all of these". */
const wholeList = /^(?:them|these|those|all|both|everything|(?:all\s+)?(?:the\s+)?(?:results|jobs|ones|options|list)|(?:all\s+)?(?:of\s+)?(?:them|these|those)|my\s+saved(?:\s+jobs)?|saved(?:\s+jobs)?)$/;

/** A comparison of the jobs "compare X, Y and Z …" names, when it names some rather than the list. */
function withNamed(reading: Reading<Args> | null, lower: string): Reading<Args> | null {
  const named = /^(?:compare|weigh\s+up|contrast)\s+(?<what>.+)$/.exec(lower)?.groups?.what;
  const jobs = named ? jobsNamed([named]) : undefined;
  return reading && 'args' in reading && jobs ? { ...reading, args: { ...reading.args, jobs } } : reading;
}

/**
 * The jobs a comparison names, each as a reference of its own: "the toronto and calgary ones" → "the toronto one",
 * "the calgary one"; "the 1st, the 3rd and the Acme one"; undefined when the words name the whole list ("them").
 * What follows the last name ("… by pay", "on salary") is no part of it.
 *
 * @example
 * jobsNamed(['the toronto', 'calgary ones by pay']); // ['the toronto one', 'the calgary one']
 */
function jobsNamed(sides: readonly string[]): string[] | undefined {
  const cut = (side: string) => side.replace(/\s+(?:by|on|in\s+terms\s+of|for|based\s+on|according\s+to)\s+.*$/, '').replace(/[?!.]+$/, '').trim();
  const parts = sides
    .map(cut)
    .flatMap((side) => side.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or|vs\.?|versus|with|to|against)\s+/))
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.some((part) => wholeList.test(part))) return undefined;
  // "the toronto and calgary ones": the noun said once, after the last name, is every name's.
  const noun = /\s+(ones|jobs|roles|positions|postings)$/.exec(parts.at(-1) ?? '')?.[1];
  const singular = noun ? noun.replace(/s$/, '') : undefined;
  return parts.map((part) => {
    const bare = part.replace(/\s+(?:ones|jobs|roles|positions|postings)$/, '').replace(/^(?:the|both)\s+/, '');
    if (/^#?\d+$/.test(bare)) return `#${bare.replace('#', '')}`;
    if (/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last)$/.test(bare)) return `the ${bare} one`;
    return singular || /\s(?:one|job|role|position|posting)$/.test(part) ? `the ${bare.replace(/\s+(?:one|job|role|position|posting)$/, '')} ${singular ?? 'one'}` : bare;
  });
}

/** The jobs in question: "which …" always chooses among some; "what …" must say it is about jobs. */
const aboutJobs = /\bwhich\b|\b(?:one|ones|jobs?|roles?|positions?|postings?|posted|listings?|options?|openings?|these|them|those|results|saved|pick|bunch|lot|list)\b/;

function question(text: string): Reading<Args> | null {
  const by = criteria.find(([, test]) => test(text))?.[0];
  if (!by || !aboutJobs.test(text)) return null;
  // "which ones are remote" compares; "is it remote" asks about one job.
  if (oneJob.test(text.replace(/\b(?:of\s+)?(?:them|these|those)\b/g, ''))) return null;
  return { args: { by, among: among(text) } };
}

/**
 * The comparison a superlative said alone asks for ("best fit", "highest paying"), among the
 * results. Only pay and fit: "remote only", "newest first" alone are as likely a search's filters.
 */
function superlativeAlone(text: string): Reading<Args> | null {
  const by = criteria.find(([, test]) => test(text))?.[0];
  return by === 'pay' || by === 'fit' ? { args: { by, among: among(text) } } : null;
}

/**
 * A comparison the classifier placed, read by what it names after "by", "on" or "in terms
 * of" anywhere ("compare the two by salary", "put them side by side on pay").
 */
function compareBy(text: string): Reading<Args> | null {
  const named = [...text.matchAll(/\b(?:by|on|in terms of|for|based on|according to)\s+(?:the\s+|their\s+|its\s+)?(?=(?<what>.+)$)/g)].map((match) => match.groups?.what ?? '');
  const by = named.flatMap((what) => byWords.find(([words]) => words.test(what))?.[1] ?? [])[0];
  return by ? { args: { by, among: among(text) } } : null;
}

/**
 * A question about which listed (or saved) jobs ask for something: "which jobs need german", "is there any job
 * asking NX", "do any of them require a driving licence", "which of my saved jobs mention SAP". The thing is `term`.
 */
const requirementQuestion =
  /^(?:(?:is|are)\s+there\s+|(?:do|does|did)\s+)?(?:any|which|what)(?:\s+(?:one|ones|jobs?|roles?|postings?|positions?|openings?|of\s+(?:them|these|those|the\s+(?:jobs|results|ones|postings)|my\s+saved(?:\s+(?:jobs|ones))?)))*(?:\s+(?:that|which|where))?(?:\s+(?:do|does|will|would))?\s+(?:needs?|needing|requires?|requiring|asks?(?:\s+for)?|asking(?:\s+for)?|wants?(?:\s+for)?|wanting|mentions?|mentioning|lists?|expects?|demands?)\s+(?<term>.+)$/;

/** The thing asked for, without its article and the words after it: "a driving licence at all" → "driving licence". */
function requirementTerm(said: string): string | undefined {
  const term = said
    .replace(/[?!.]+$/, '')
    .replace(/^(?:a|an|the|some|any)\s+/i, '')
    .replace(/\s+(?:at\s+all|also|too|as\s+well|skills?|knowledge|experience|language)$/i, '')
    .trim();
  // ("which jobs need me to relocate", "any that require it": no thing named.)
  return term && term.split(/\s+/).length <= 4 && !/^(?:me|it|them|that|this|to)\b/i.test(term) ? term : undefined;
}

/** "which of my jobs pay that?", "do any of them pay at least that much", "which ones pay over 90k": pay asked against a floor. */
const payFloorQuestion =
  /\b(?:which|what|any|do\s+any|does\s+any|are\s+there\s+any)\b(?:\s+(?:of\s+)?(?:my|the|these|those|them|saved|jobs?|ones?|roles?|postings?|openings?|results))*(?:\s+(?:that|which|would|will|do|does|can|could|actually))*\s+(?:pays?|paying|offers?|reach(?:es)?|meets?|gets?\s+(?:me\s+)?to)\b/;

/**
 * A floor said anywhere in the message with a question of which jobs pay it ("I'm looking for
 * 95 000 $ minimum, which of my jobs pay that?"): the comparison by pay against that floor.
 * Thousands spaced the French way ("95 000 $") are read as one amount.
 */
function payFloorReading(message: string): Reading<Args> | null {
  const lower = message.toLowerCase().replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '');
  if (!payFloorQuestion.test(lower)) return null;
  const floor = readPayFloor(lower.replace(/\b(?:minimum|min)\b/, 'or more')) ?? readPayFloor(lower);
  return floor ? { args: { by: 'pay', at_least: floor.floor, among: among(lower) ?? (/\bmy\s+(?:jobs|ones|list)\b/.test(lower) ? 'saved' : undefined) }, confidence: 'certain' } : null;
}

/**
 * How people compare jobs: "which one pays the most?", "which of these fits me best?",
 * "which is the newest?", "which ones are remote?", "sort my saved jobs by salary".
 */
export const compareJobsPhrasing = definePhrasing<Args>({
  priority: 31,
  utterances: compareJobsUtterances,
  readSentence: (clause, context) =>
    question(clause.lower) ??
    withNamed(compareBy(clause.lower), clause.lower) ??
    // "highest salary?", "best match pls" right after a list: a few words, the list is what they are about.
    (context.references.last_job_ids && clause.lower.split(/\s+/).length <= 4 ? superlativeAlone(clause.lower) : null),
  readWhole: (message) => payFloorReading(message),
  capability: 'compare jobs by pay, fit, date or remote',
  describe: ({ by, among: where, term, at_least: floor, jobs }) =>
    jobs && jobs.length > 0
      ? `compare ${jobs.join(' and ')} by ${by}`
      : floor !== undefined
      ? `check which of ${where === 'saved' ? 'your saved jobs' : 'the results'} pay ${floor.toLocaleString('en-US')} a year or more`
      : by === 'mentions' ? `check which of ${where === 'saved' ? 'your saved jobs' : 'the results'} mention ${term ?? 'it'}` : `compare ${where === 'saved' ? 'your saved jobs' : 'the results'} by ${by}`,
  intents: [
    {
      // "which jobs need german?", "is there any job asking NX?", "do any of them require a driving licence":
      // the postings that ask for a skill, language or requirement.
      pattern: requirementQuestion,
      questions: true,
      confidence: 'certain',
      read: ({ original, clause }) => {
        const term = requirementTerm(original('term') ?? '');
        return term ? { args: { by: 'mentions', term, among: among(clause.lower) } } : null;
      },
    },
    {
      // "which one pays the most", "what's the highest paying job", "which of my saved jobs fits me best",
      // scoped first ("of my saved jobs, which pays best") or asked indirectly ("I wonder which …")
      pattern: /^(?:(?:of|among|out\s+of|from|between)\s+[^,]{1,60}?,?\s+)?(?:(?:i\s+wonder|tell\s+me|do\s+you\s+know|any\s+idea|i'?d\s+(?:like|love)\s+to\s+know|i\s+(?:want|need)\s+to\s+know|can\s+you\s+tell\s+me|let\s+me\s+know)\s+)?(?:which|what|who)(?:'s|s|\s+is|\s+are|\s+one|\s+ones|\s+of|\s+job|\s+jobs|\s+role|\s+roles|\s+would|\s+has|\s+pays|\s+offers|\s+fits|\s+matches|\s+suits|\s+was|\s+were|\s+can)\b.*$/,
      questions: true,
      confidence: 'certain',
      read: ({ clause }) => question(clause.lower),
    },
    {
      // "are any of them remote?", "do any of these pay the most", "is any of the results remote"
      pattern: /^(?:are|is|do|does|can|could|will|would)\s+(?:any|some|all)(?:\s+of)?\s+(?:them|these|those|the\s+(?:results|jobs|ones)|my\s+saved(?:\s+jobs)?)\b.*$/,
      questions: true,
      read: ({ clause }) => question(clause.lower),
    },
    {
      // "sort them by salary", "rank my saved jobs by fit", "compare these by date"
      pattern: /^(?:sort|rank|order|compare|arrange|re-?order|re-?sort)\s+(?<what>them|these|those|the\s+(?:results|jobs|ones|list)|(?:my\s+)?saved(?:\s+jobs)?|my\s+(?:list|shortlist|saved\s+jobs)|(?:these|those|the|my)\s+(?:jobs|roles|postings|options)|the\s+(?:jobs|roles)\s+i\s+saved)\s+(?:by|on|according\s+to|in\s+terms\s+of)\s+(?<by>.+)$/,
      confidence: 'certain',
      read: ({ groups }) => {
        const by = byWords.find(([pattern]) => pattern.test(groups.by ?? ''))?.[1];
        return by ? { args: { by, among: among(groups.what ?? '') } } : null;
      },
    },
    {
      // "put them in order of pay", "line them up by how well i match", "order these from highest pay"
      pattern: /^(?:put|line|get|have)\s+(?<what>them|these|those|the\s+(?:results|jobs|ones|list)|(?:my\s+)?saved(?:\s+jobs)?|my\s+(?:list|shortlist|saved\s+jobs))\s+(?:up\s+)?(?:in\s+order\s+)?(?:of|by|on|according\s+to|in\s+terms\s+of)\s+(?<by>.+)$/,
      confidence: 'certain',
      read: ({ groups }) => {
        const by = byWords.find(([pattern]) => pattern.test(groups.by ?? ''))?.[1];
        return by ? { args: { by, among: among(groups.what ?? '') } } : null;
      },
    },
    {
      // "any remote ones in there?", "are they remote", "r these wfh": the list, asked whole.
      pattern: /^(?:any\s+(?:remote|wfh|work\s+from\s+home)\s+(?:ones?|jobs?|roles?)\s+(?:in\s+there|there|among\s+(?:them|these|those)|of\s+(?:them|these|those)|in\s+(?:the|this|that)\s+(?:list|lot|bunch))|(?:are|r)\s+(?:they|these|those)(?:\s+all)?\s+(?:remote|wfh))$/,
      questions: true,
      confidence: 'certain',
      read: (_match, context) => ((context.references.last_job_ids?.split(',').length ?? 0) >= 2 ? { args: { by: 'remote' } } : null),
    },
    {
      // "compare cairnbrook and shannonside", "how do the first two stack up", "1 vs 3?": two jobs of the list, by what is not said, so ask.
      pattern: /^(?:compare|weigh\s+up|contrast)\s+(?<first>.+?)\s+(?:and|with|to|vs\.?|versus|against)\s+(?<second>.+)$|^(?<first2>.+?)\s+(?:vs\.?|versus)\s+(?<second2>.+)$|^how\s+do\s+(?:the\s+)?(?:first|last|top)\s+(?:two|three|2|3)(?:\s+ones)?\s+(?:stack\s+up|compare)$/,
      questions: true,
      read: ({ groups, clause }, context) => {
        if (!context.references.last_job_ids) return null;
        const sides = [groups.first ?? groups.first2, groups.second ?? groups.second2].filter((side): side is string => side !== undefined);
        // (Not the person against a job: "compare my resume with the Acme posting" scores the fit.)
        if (sides.some((side) => /\b(?:me|my|mine|i|resume|cv|skills|profile|experience)\b/.test(side))) return null;
        const said = compareBy(clause.lower) ?? question(clause.lower);
        // Regression (trial s48 #38): "compare the toronto and calgary ones by pay" ranked the whole list: only the jobs named.
        const named = jobsNamed(sides);
        if (said && 'args' in said) return named ? { ...said, args: { ...said.args, jobs: named } } : said;
        if (said) return said;
        // (Surer than either name read alone as a job to show: "shepherd vs ranger?".)
        return { reply: 'How should I compare them: by pay, by how well they fit your resume, by date posted, or by which are remote?', confidence: 'certain' };
      },
    },
    {
      // "can you compare them", "compare these for me", "rank my saved jobs": nothing says by what, so ask.
      pattern: /^(?:compare|rank|sort|order|weigh\s+up|contrast)\s+(?<what>them|these|those|(?:them|these|those)\s+(?:two|three|four|jobs|roles|ones)|the\s+(?:results|jobs|ones|options|two|three|roles)|(?:my\s+)?saved(?:\s+jobs)?|my\s+(?:list|shortlist|saved\s+jobs|options))(?:\s+(?:for\s+me|please|pls|with\s+each\s+other|against\s+each\s+other|side\s+by\s+side))*$/,
      questions: true,
      read: ({ groups }, context) => {
        const saved = among(groups.what ?? '') === 'saved';
        if (!saved && !context.references.last_job_ids) {
          return { reply: 'Which jobs should I compare? There are no results in this conversation yet: search first, or say "compare my saved jobs by pay".' };
        }
        return { reply: `How should I compare ${saved ? 'your saved jobs' : 'them'}: by pay, by how well they fit your resume, by date posted, or by which are remote?` };
      },
    },
    {
      // Said without a question word: "highest paying one?", "best fit?", "the newest one?", "remote ones only"
      // ("the remote one" is one job told apart by a detail, not a comparison)
      pattern: /^(?:(?:the\s+|ur\s+|your\s+)?(?:best|top)\s+(?:one|pick|choice|option|bet)(?:\s+for\s+me)?|(?:the\s+)?(?:(?:best|highest|top)[-\s](?:paid|paying)|(?:best|top|closest)\s+(?:fit|match)|newest|latest|most\s+recent|remote(?!\s+(?:one|job|role|option)(?:\s|$)))(?:\s+(?:one|ones|job|jobs|role|roles|option))?(?:\s+(?:only|please|of\s+(?:them|these)))?)$/,
      questions: true,
      // "best fit?" said bare right after a list: the list is what it is about.
      // "best one?", "top pick" (its "for me" taken as politeness): the one to choose is the best fit.
      read: ({ clause }, context) =>
        question(clause.lower) ??
        (context.references.last_job_ids ? (superlativeAlone(clause.lower) ?? (/^(?:the\s+|ur\s+|your\s+)?(?:best|top)\s+(?:one|pick|choice|option|bet)$/.test(clause.lower) ? { args: { by: 'fit' } } : null)) : null),
    },
  ],
  examples: [
    { say: 'which one pays the most?', args: { by: 'pay' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'which of these fits me best?', args: { by: 'fit' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'which is the newest?', args: { by: 'recent' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'which ones are remote?', args: { by: 'remote' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'sort my saved jobs by salary', args: { by: 'pay', among: 'saved' } },
    { say: 'which jobs need German?', args: { by: 'mentions', term: 'german' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'which of my saved jobs pays best', args: { by: 'pay', among: 'saved' } },
    { say: 'I want at least 80k, which of my saved jobs pay that?', args: { by: 'pay', at_least: 80_000, among: 'saved' } },
    { say: 'compare the leeds and york ones by pay', args: { by: 'pay', jobs: ['the leeds one', 'the york one'] }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a,5d2e8f1a9c3b' } },
  ],
  counterExamples: ['what does the third job pay?', 'is it remote?', 'find remote jobs', "what's the best way to negotiate salary?"],
});
