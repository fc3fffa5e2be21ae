import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { JobStatus } from '../arguments/job-status.ts';
import type { listSavedJobsArgs } from './args.ts';
import { listSavedJobsUtterances } from './utterances.ts';
import { findStatus } from '../phrasing/find-status.ts';

type Args = z.input<typeof listSavedJobsArgs>;

const things =
  '(?:saved\\s+jobs?|saved\\s+(?:roles|positions|postings|listings)|saved|bookmarks|bookmarked\\s+jobs|shortlist|(?:job\\s+|application\\s+)?tracker|pipeline|applications|job\\s+applications|interviews|offers|rejections|withdrawn\\s+(?:jobs|applications)|jobs?\\s+i\\s+saved\\s+but\\s+(?:have\\s+not|haven[’\']?t|did\\s+not|didn[’\']?t)\\s+(?:applied|apply)\\s+(?:to|for)(?:\\s+yet)?|jobs?\\s+(?:(?:which|that)\\s+)?i(?:\\s+have|\'ve)?\\s+(?:saved|bookmarked|kept|keeped|stored|put\\s+aside|applied\\s+(?:to|for)|am\\s+interviewing\\s+(?:for|with)|withdrew\\s+from))';
const listVerb = '(?:show|list|view|see|display|get|give|pull\\s+up|bring\\s+up|open|check|go\\s+over|review)';

/** Which stage a question is about: "applied", "interviewing", …; none for "saved jobs". */
function statusIn(text: string): JobStatus | undefined {
  // A stage the applications reached wins over the word "applications" itself ("which of my applications got to interview").
  if (/\binterview/.test(text)) return 'interviewing';
  if (/\boffers?\b/.test(text)) return 'offer';
  if (/\breject|\bturned\s+(?:me\s+)?down\b/.test(text)) return 'rejected';
  if (/\bwithdr[ae]w|\b(?:pull(?:ed)?|back(?:ed)?|drop(?:ped)?)\s+out\b/.test(text)) return 'withdrawn';
  if (/\bappl(?:ied|ications?|y)\b/.test(text)) return 'applied';
  // Any other wording of a stage the applications reached ("said no", "got back to me with an offer").
  const told = findStatus(text);
  return told === 'saved' || told === 'applied' ? undefined : told;
}

const byStatus = (text: string): { args: Args } => {
  const saved = /\b(?:not|haven[’']?t|didn[’']?t|never)\s+(?:yet\s+)?(?:applied|apply)\b|\b(?:not|haven[’']?t|didn[’']?t)\s+(?:sent|submitted)\s+(?:an?\s+|my\s+)?application/.test(text);
  return { args: { status: saved ? 'saved' : statusIn(text) } };
};

/** How people ask about their tracker: "show my saved jobs", "what have I applied to?", "any offers yet?". */
export const listSavedJobsPhrasing = definePhrasing<Args>({
  priority: 32,
  utterances: listSavedJobsUtterances,
  readSentence: (clause) => byStatus(clause.lower),
  capability: 'track your applications',
  describe: ({ status, company }) => `${status ? `list the jobs at status ${status}` : 'list your saved jobs'}${company ? ` at ${company}` : ''}`,
  intents: [
    {
      // "status of my Brenner applications", "how are my applications with Kelvo going", "where am I with the Acme applications":
      // the tracker's jobs at one company (a job of the thread or of the tracker is named the same way by other readings).
      pattern:
        /^(?:(?:what'?s|what\s+is|whats)\s+(?:the\s+)?status\s+(?:of|on)\s+|status\s+(?:of|on)\s+|how\s+(?:are|r)\s+|where\s+(?:am\s+i|are\s+we|do\s+i\s+stand)\s+(?:with|on)\s+|show\s+(?:me\s+)?|list\s+)(?:my|the|all\s+my|all\s+the)\s+(?:(?<before>[\p{L}\p{N}][\p{L}\p{N}&.' -]{0,40}?)\s+)?(?:applications|apps|jobs\s+i\s+applied\s+(?:to|for))(?:\s+(?:at|with|to|for)\s+(?<after>[\p{L}\p{N}][\p{L}\p{N}&.' -]{0,40}?))?(?:\s+(?:going|doing|looking))?$/u,
      questions: true,
      confidence: 'certain',
      read: ({ original }) => {
        const company = (original('before') ?? original('after') ?? '').trim();
        // ("my job applications", "all my recent applications": no company named.)
        if (!company || /^(?:job|recent|open|current|pending|active|old|other|saved|last|latest|new|remaining)$/i.test(company)) return null;
        return { args: { company } };
      },
    },
    {
      // ("give me list of jobs i kept": a list of them asked for in a learner's words.)
      pattern: new RegExp(`^(?:${listVerb}(?:\\s+me)?\\s+)?(?:(?:a|the|my)\\s+)?(?:list\\s+of\\s+)?(?:all\\s+)?(?:of\\s+)?(?:(?:my|the)\\s+)?(?<what>${things})(?:\\s+(?:so far|list|status|before|earlier|already|previously|last time))?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => byStatus(groups.what ?? ''),
    },
    {
      // "show me all the ones that said no", "the companies that turned me down": the jobs at a stage, told in any wording.
      pattern: new RegExp(`^(?:${listVerb}(?:\\s+me)?\\s+)?(?:all\\s+)?(?:of\\s+)?(?:the\\s+|my\\s+)?(?:saved\\s+)?(?:ones|jobs|companies|places|applications|roles)\\s+(?:that|which|who|where)\\s+(?<what>.+)$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => {
        const reading = byStatus(groups.what ?? '');
        return reading.args?.status ? reading : null;
      },
    },
    {
      // "which places have turned me down?", "which ones did I pull out of?", "which of my applications have got to the interview stage?"
      pattern:
        /^(?:which|what)\s+(?:of\s+(?:my|the)\s+)?(?:(?:ones|jobs|companies|places|employers|applications|roles|firms)\s+(?:(?:have|has|did|are|were)\s+)?|(?:have|has|did|are|were)\s+)(?<what>.+)$/,
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => {
        const what = groups.what ?? '';
        // About the person's own applications, not about a job ("which ones have a remote option").
        if (!/\b(?:i|me|my)\b|\b(?:got|made\s+it|reached|moved)\s+(?:to|through)\b|\bstage\b/.test(what)) return null;
        const reading = byStatus(what);
        return reading.args?.status ? reading : null;
      },
    },
    {
      // "what have I applied to?", "which ones am I interviewing for", "what jobs have I saved?", "(remind me) what jobs I saved"
      pattern:
        /^(?:what|which|where|how\s+many)(?:\s+(?:jobs|ones|roles|positions|companies|places|applications))?\s+(?:(?:have|did|am|are|was|were|do)\s+i|i(?:'ve|\s+have)?)\s+(?:already\s+|got\s+|been\s+)?(?<what>saved?|bookmark(?:ed)?|appl(?:ied|y)(?:\s+(?:to|for|at))?|interviewing(?:\s+(?:for|with|at))?|interviewed(?:\s+(?:for|with|at))?|rejected(?:\s+(?:from|by|at))?|withdr[ae]wn?(?:\s+from)?|got\s+(?:offers?|rejected)(?:\s+from)?)(?:\s+(?:so far|yet|to|for))?$/,
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => byStatus(groups.what ?? ''),
    },
    {
      pattern:
        /^(?:(?:do\s+i\s+have|have\s+i\s+(?:got|had)|got|any)\s+)(?:any\s+)?(?<what>offers?|interviews?|rejections?|applications?|saved\s+jobs)(?:\s+(?:so far|yet|lined up|coming up|pending|at the moment|right now|currently|now|on the table|in))*$/,
      questions: true,
      read: ({ groups }) => byStatus(groups.what ?? ''),
    },
    {
      // "remind me what I saved", "what did I save?", "what's on my list"
      pattern:
        /^(?:remind\s+me\s+(?:of\s+)?what\s+i(?:\s+have|'ve)?\s+(?:saved|bookmarked|shortlisted|applied\s+(?:to|for))|what\s+did\s+i\s+(?:save|bookmark|shortlist|apply\s+(?:to|for))|what(?:'s|\s+is)\s+on\s+my\s+(?:list|shortlist|saved\s+list))(?:\s+(?:so far|again|earlier|before|yesterday|last time))?$/,
      questions: true,
      read: ({ clause }) => byStatus(/\bappl/.test(clause.lower) ? 'applied' : ''),
    },
    {
      pattern: /^(?:how(?:'s|\s+is)\s+my\s+(?:job\s+(?:hunt|search)|pipeline|tracker)(?:\s+going)?|(?:what'?s|what\s+is)\s+the\s+status\s+of\s+(?:my|all\s+my)\s+(?:applications|job\s+applications|saved\s+jobs)|where\s+do\s+my\s+applications\s+stand|(?:what'?s|what\s+is)\s+(?:in\s+)?my\s+(?:pipeline|tracker|shortlist))$/,
      questions: true,
      read: () => ({ args: {} }),
    },
  ],
  examples: [
    { say: 'pull up my saved jobs', args: { status: null } },
    { say: 'what have I applied to?', args: { status: 'applied' } },
    { say: 'which companies am I interviewing with', args: { status: 'interviewing' } },
    { say: 'do I have any offers yet?', args: { status: 'offer' } },
    { say: 'list the jobs I saved but haven’t applied to', args: { status: 'saved' } },
    { say: 'remind me what I saved', args: { status: null } },
  ],
  counterExamples: ['should I accept their offer?', 'why was my application rejected?'],
});
