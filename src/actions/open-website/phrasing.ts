import { createRequire } from 'node:module';
import type psl from 'psl';
import type { z } from 'zod';
import { findUrls, sameAddress } from '../phrasing/find-urls.ts';
import { isWhenOrAmount } from '../phrasing/when-or-amount.ts';
import { withoutReason } from '../phrasing/without-reason.ts';
import { jobInPlay, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, leadingVerb, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import { positionOf, readPronoun, recency } from '../phrasing/references.ts';
import type { openWebsiteArgs } from './args.ts';
import { findKnownSite } from './known-sites.ts';
import { openWebsiteUtterances } from './utterances.ts';

type Args = z.input<typeof openWebsiteArgs>;

/** How a verb leans: "visit" means a website; "open" could be anything; "launch" an app. */
type Leaning = 'site' | 'neutral' | 'app';

const verbs: Readonly<Record<string, Leaning>> = {
  'go to': 'site',
  'go back to': 'site',
  'go on': 'site',
  goto: 'site',
  visit: 'site',
  revisit: 'site',
  browse: 'site',
  'browse to': 'site',
  'navigate to': 'site',
  'nav to': 'site',
  'take me to': 'site',
  'bring me to': 'site',
  'get me to': 'site',
  'head to': 'site',
  'head over to': 'site',
  'hop on': 'site',
  'hop over to': 'site',
  'jump to': 'site',
  'surf to': 'site',
  'point me to': 'site',
  'direct me to': 'site',
  load: 'site',
  'log into': 'site',
  'log in to': 'site',
  'sign into': 'site',
  'sign in to': 'site',
  open: 'neutral',
  'open up': 'neutral',
  'pop open': 'neutral',
  'pop up': 'neutral',
  reopen: 'neutral',
  're-open': 'neutral',
  'pull up': 'neutral',
  'bring up': 'neutral',
  'show me': 'neutral',
  show: 'neutral',
  see: 'neutral',
  check: 'neutral',
  'check out': 'neutral',
  'look at': 'neutral',
  launch: 'app',
  start: 'app',
  'fire up': 'app',
};
/** Verbs that open a job's posting rather than show its details here. */
const postingVerbs = /^(?:open|open up|reopen|re-open|visit|go to|goto|take me to|bring me to|navigate to|load|go back to|head to|head over to|browse to)$/;

const explicitUrl = /\b(?:https?|ftp|file):\/\/\S+/i;
/** A scheme ("javascript:…", "file:…"), a dotted domain, or localhost; paths and ports allowed. */
const addressLike =
  /^(?:[a-z][a-z0-9+.-]*:\S+|(?:[a-z0-9-]+\.)+(?!(?:pdf|docx?|md|markdown|txt|rtf|odt|pages|csv|json|png|jpe?g|gif|zip)(?![a-z]))[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?|localhost(?::\d+)?(?:[/?#]\S*)?)$/i;
/** A degree written with dots, as people write it after their name: "B.Sc.", "M.Ed", "Ph.D." (case as typed). */
const degreeAbbreviation = /^(?:[A-Z][a-z]{0,2}\.){1,2}[A-Z][a-z]{0,3}\.?$/;

/**
 * An address to open: a scheme, localhost, or a dotted name whose last part is a real top-level domain on the
 * Public Suffix List ("github.com", "praca.pl"), never a degree ("B.Ed.", "M.Sc") or "node.js".
 */
/**
 * psl, loaded on the first address read (from a turn, or the rules planner's building after the
 * server listens): its import builds the Public Suffix List's tree, ~0.3 s of a loaded start's CPU.
 */
let publicSuffixes: typeof psl | undefined;
const loadPublicSuffixes = (): typeof psl => (publicSuffixes ??= createRequire(import.meta.url)('psl') as typeof psl);

function isAddressLike(text: string): boolean {
  if (!addressLike.test(text) || degreeAbbreviation.test(text)) return false;
  const host = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?=$|[:/?#])/i.exec(text)?.[0];
  return host === undefined || loadPublicSuffixes().isValid(host.toLowerCase());
}
const browserNamed =
  /(?<!\s)\s+(?:in|on|with|using|via|through)\s+(?:(?:the|a|my)\s+)?(?:new\s+)?(?:browser|web browser|tab|window|firefox|mozilla firefox|chrome|google chrome|chromium|safari|edge|microsoft edge|brave|opera|vivaldi)(?:\s+(?:tab|window|browser))?$/i;
const leadingFiller = /^(?:(?:the|a|an|my|our|your|up)\s+)+/i;
/** "the github website", "my linkedin profile": a page of a site is the site. */
const siteSuffix =
  /(?<!\s)\s+(?:website|web site|site|web page|webpage|page|homepage|home page|url|dot com|\.com|profile|account|feed|dashboard|messages|notifications|portal)$/;
const appSuffix = /(?<!\s)\s+(?:desktop app|app|application|program)$/;
/** "the Stripe one", "the acme posting": a job from the results, not a site. */
const jobNoun = /(?<!\s)\s+(?:one|job|posting|listing|job posting|job ad|ad|role|position|opening)$/;
/** "the second one on the list": where the job was seen, not which. */
const seenIn = /(?<!\s)\s+(?:on|from|in|of)\s+(?:the|that|this|those|these|my|your|ur)\s+(?:list|results|search(?:\s+results)?)$/i;
/** "on their site", "on the web", "online": where to open it, not what. */
const onlineSuffix =
  /(?<!\s)\s+(?:on|at|in)\s+(?:(?:the|their|its|his|her|the company'?s|the company)\s+)?(?:web|internet|site|website|web ?site|web ?page|page|careers? (?:site|page)|browser)$|(?<!\s)\s+online$/;
/** "the listing for #3", "the website for it": a page named for a job. */
const pageForJob =
  /^(?:(?:original|actual|real|full|official)\s+)?(?:(?:job\s+)?(?:posting|listing|ad|advert|post|page|site|link)|(?:application|apply(?:ing)?|careers?)\s+(?:page|link|form|site)|website|web ?site|web ?page|url)\s+(?:for|of|about|to)\s+(?<job>.+)$/;
/** "that role's website", "the second one's apply page": a page named by its job's possessive. */
const jobsPage =
  /^(?<job>.+?)(?:'s|’s)\s+(?:(?:job|application|apply(?:ing)?|careers?)\s+)?(?:posting|listing|ad|advert|post|page|site|website|web ?site|web ?page|link|url|form)$/;
/** "the acme job page", "the kestrel listing page": a job named before its page. */
const jobBeforePage =
  /^(?<job>.+?)\s+(?:job\s+(?:page|site|link|listing|posting|ad|post)|(?:listing|posting)\s+(?:page|link|site)|(?:application|apply(?:ing)?)\s+(?:page|link|form))$/;
const careersPage =
  /^(?:(?<company>.+?)(?<possessive>'s|’s|s')?\s+(?<kind>careers?|jobs|job openings|openings|job board|job (?:page|site|portal))(?:\s+(?:page|site|board|portal))?|(?:careers?|jobs?)(?:\s+(?:page|site|board|portal))?\s+(?:for|of|at|on)\s+(?<other>.+))$/;
/** Words that show a phrase is a sentence, not the name of a site. */
const functionWords =
  /\b(?:for|to|with|about|on|of|in|at|from|me|it|this|that|their|its|his|her|our|new|some|all|and|or|is|are|be|if|how|what|why|job|jobs|resume|letter|settings)\b/;
const brandWord = /^[a-z0-9][a-z0-9-]{0,40}$/;

/**
 * How people ask to open a web page: by address, by a site's name ("youtube", "my gmail"),
 * a company's careers page, a search on a site we know how to search, a job posting from
 * the results ("open the second one"), or what was opened before ("that site again").
 */
export const openWebsitePhrasing = definePhrasing<Args>({
  priority: 50,
  utterances: openWebsiteUtterances,
  readSentence: (clause, context) => {
    // Only an address written out: a bare word is never turned into a website.
    const [url] = findUrls(clause.text);
    if (url) return { args: { url } };
    // "I'd like to apply, can you get me the application page for the second one": a job's page, said anywhere.
    return jobInPlay(context.references) ? jobPageIn(clause.lower.replace(browserNamed, ''), context) : null;
  },
  capability: 'open websites',
  describe: ({ url, job }) => (job ? `open the posting of ${job}` : `open ${url ?? 'the website'}`),
  produces: ['last_url'],
  intents: [
    {
      // "github.com", "https://example.com/careers": an address alone is a request to open it.
      pattern: /^(?<target>\S+)$/,
      confidence: 'certain',
      read: ({ groups }) => (isAddress(groups.target ?? '') ? { args: { url: groups.target } } : null),
    },
    {
      // "Glassdoor", "linkedin?", "um indeed": a job board named alone, with no verb at all, is asked about like "open indeed".
      // ("remote ok" typed in lower case alone may be a reply, not the board.)
      pattern: /^(?<target>[a-z][a-z .-]{1,30}?)\s*[?!.]*$/,
      questions: true,
      read: ({ groups, clause }) => {
        const site = findKnownSite(groups.target ?? '');
        const lowerCase = !/^\p{Lu}/u.test(clause.text);
        if (!site?.board || (lowerCase && /\s/.test(groups.target ?? ''))) return null;
        return { reply: askOpenOrSearch(site.board, site.url) };
      },
    },
    {
      // "search indeed for typescript jobs", "find react jobs on linkedin"
      pattern: /^(?:search|look up|look|find|browse)\s+(?:on\s+)?(?<site>[\w .-]+?)\s+for\s+(?<query>.+)$/,
      confidence: 'certain',
      read: ({ groups }) => searchOn(groups.site, groups.query),
    },
    {
      pattern:
        /^(?:search(?:\s+for)?|look\s+(?:up|for)|find(?:\s+me)?|browse|show\s+me)\s+(?<query>.+?)\s+(?:on|at|in|from)\s+(?<site>[\w .-]+)$/,
      confidence: 'certain',
      read: ({ groups }) => searchOn(groups.site, groups.query),
    },
    {
      // "search there for data jobs", "look for python jobs on there": on the job board jobpilot just asked about.
      pattern: /^(?:search|look|find|browse)(?:\s+(?:there|on\s+there|on\s+it|it))?\s+(?:for\s+)?(?<query>.+?)(?:\s+(?:there|on\s+there|on\s+it))?$/,
      confidence: 'certain',
      read: ({ groups, clause }, context) => {
        if (!/\b(?:there|on\s+it|search\s+it)\b/.test(clause.lower)) return null;
        const asked = context.history.at(-1);
        const board = asked?.role === 'assistant' ? findUrls(asked.content).map((url) => findKnownSite(siteName(url))).find((site) => site?.board) : undefined;
        return board?.searchUrl && groups.query ? { args: { url: board.searchUrl + encodeURIComponent(groups.query) } } : null;
      },
    },
    {
      // "just the site", "the website please", "in my browser": the first choice of the board question jobpilot just asked.
      pattern: /^(?:(?:just|only|yes|yeah|ok(?:ay)?)\s*,?\s+)?(?:open\s+)?(?:(?:the|its|their)\s+)?(?:site|website|web\s+site|homepage|home\s+page|first(?:\s+one)?|browser|(?:in\s+)?(?:the|my)\s+browser)(?:\s+(?:please|pls|thanks|is\s+fine))?$/,
      confidence: 'certain',
      read: (_reading, context) => {
        const asked = context.history.at(-1);
        if (asked?.role !== 'assistant' || !asked.content.includes('in your browser, or search jobs there?')) return null;
        const board = findUrls(asked.content).map((url) => findKnownSite(siteName(url))).find((site) => site?.board);
        return board ? { args: { url: board.url } } : null;
      },
    },
    {
      pattern: /^google\s+(?<query>.+)$/,
      read: ({ groups }) => {
        const query = groups.query ?? '';
        if (findKnownSite(`google ${query}`) || /^(?:chrome|it)$/.test(query)) return null;
        return { args: { url: `https://www.google.com/search?q=${encodeURIComponent(query)}` } };
      },
    },
    {
      pattern: leadingVerb(Object.keys(verbs)),
      read: ({ groups, original }, context) =>
        readTarget(original('target') ?? groups.target ?? '', groups.verb ?? 'open', context),
    },
  ],
  examples: [
    { say: 'open github', args: { url: 'github.com' } },
    { say: 'pls open youtube thx', args: { url: 'youtube.com' } },
    { say: 'go to news.ycombinator.com', args: { url: 'news.ycombinator.com' } },
    { say: 'visit https://example.org/jobs', args: { url: 'https://example.org/jobs' } },
    { say: 'navigate to glassdoor', args: { url: 'glassdoor.com' } },
    { say: 'take me to linkedin', args: { url: 'linkedin.com' } },
    { say: 'could you pull up stack overflow for me?', args: { url: 'stackoverflow.com' } },
    { say: "I'd like to visit hacker news", args: { url: 'news.ycombinator.com' } },
    { say: 'open gitlab in firefox', args: { url: 'gitlab.com' } },
    { say: 'check my email', args: { url: 'mail.google.com' } },
    { say: 'open google sheets', args: { url: 'sheets.google.com' } },
    { say: "pull up stripe's careers page", args: { url: 'stripe.com/jobs' } },
    { say: 'go to the slack website', args: { url: 'slack.com' } },
    { say: 'search indeed for typescript jobs', args: { url: 'indeed.com/jobs?q=typescript' } },
    { say: 'example.com/careers', args: { url: 'example.com/careers' } },
    { say: 'open that site again', args: { url: 'https://github.com/' }, references: { last_url: 'https://github.com/' } },
    {
      say: 'open the second one',
      args: { job: 'the second one', url: null },
      references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a', last_url: 'https://github.com/' },
    },
    {
      say: 'open the 2nd link',
      args: { url: 'wellfound.com' },
      history: [{ role: 'assistant', content: 'Try https://remoteok.com or https://wellfound.com.' }],
    },
    { say: 'open it', args: { job: 'it' }, references: { last_job_id: '3f9a1c0b7d2e' } },
  ],
  counterExamples: ['open frobnicator', 'what is github?', 'is linkedin worth paying for?', 'open slack', 'take me to the display settings'],
});

/**
 * The job a page is named for: "listing for #3" → "#3", "website for it" → "it",
 * "corvid job page" → "corvid job"; undefined when the phrase names no job's page.
 */
function jobPageOf(target: string): string | undefined {
  const before = jobBeforePage.exec(target)?.groups?.job;
  // "the linkedin job page" is a site's page; "the acme job page" a posting's.
  const owner = jobsPage.exec(target)?.groups?.job;
  const named = pageForJob.exec(target)?.groups?.job ?? (before && !findKnownSite(before) ? before : undefined) ?? (owner && !findKnownSite(owner) ? owner : undefined);
  if (!named) return undefined;
  // "the original listing": what follows the noun names the job, what precedes it only describes.
  const job = named.replace(/^(?:the\s+)?(?:original|actual|real|full|official)\s+/, '');
  return positionOf(job) !== undefined || readPronoun(job) || /\s(?:one|job|role|position|opening)$/.test(job) ? job : `${job} job`;
}

const pageWords = '(?:(?:job|application|apply(?:ing)?)\\s+)?(?:posting|listing|page|link|form|website|site)';
const pageForSaid = new RegExp(`\\b${pageWords}\\s+(?:for|of)\\s+(?<job>.+)$`);
const pageOfSaid = new RegExp(`(?<owner>(?:\\S+\\s+){0,3}\\S+)(?:'s|’s)\\s+${pageWords}\\b`);

/** A job's page said anywhere in a sentence: "… the application page for #3", "… that role's website …". */
function jobPageIn(sentence: string, context: PhrasingContext): Reading<Args> | null {
  const after = pageForSaid.exec(sentence)?.groups?.job;
  if (after) return readPosting(clean(after), context);
  const owner = pageOfSaid.exec(sentence)?.groups?.owner?.split(/\s+/) ?? [];
  // The shortest run of words before "'s" that names a job: "that job", "the second one", "the Acme one".
  for (let length = 1; length <= owner.length; length++) {
    const reading = readPosting(owner.slice(-length).join(' '), context);
    if (reading) return reading;
  }
  return null;
}

/** Regression (issue 14): "load my cv, it's at ~/cv.docx" opened https://cv.com. A document is no site. */
const documentWord = /^(?:cv|cvs|resume|resumes|résumé|letter|letters|profile|documents?|docs?|files?|pdf|docx|lists?|results|tracker|notes|stuff|things|questions|applications|matches|jobs|prep)$/;

/** "search indeed for X" on a site whose search we know; null for others (a company, say). */
function searchOn(siteName: string | undefined, query: string | undefined): Reading<Args> | null {
  const site = findKnownSite((siteName ?? '').replace(/^the\s+/, ''));
  if (!site?.searchUrl || !query) return null;
  return { args: { url: site.searchUrl + encodeURIComponent(query) } };
}

/** jobpilot's own calendar feed said as a thing to open: "the calendar feed", "my reminders feed", "the ics link". */
const ownCalendarFeed = /\b(?:calendar|reminders?|ical|ics|interviews?)\s+(?:feed|subscription|link|url|address)\b|\.ics\b/;

function readTarget(said: string, verb: string, context: PhrasingContext): Reading<Args> | null {
  const leaning = verbs[verb.replace(/\s+/g, ' ')] ?? 'neutral';
  const url = explicitUrl.exec(said)?.[0];
  if (url) return { args: { url }, confidence: 'certain' };
  const asSaid = clean(said.replace(browserNamed, '').replace(seenIn, ''));
  // "github to see the repo": the reason says why, not which (a job's page keeps it: "the flutter job so i can read it" is a look).
  const named = clean(withoutReason(asSaid));
  const cleaned = named !== asSaid && (findKnownSite(named.toLowerCase()) || isAddressLike(named)) ? named : asSaid;
  if (!cleaned) return null;
  // ("start 01.03.2027", "open 10.30": a day, a date, a time or an amount is never an address; trial s50 #37.)
  if (isWhenOrAmount(cleaned)) return null;
  if (isAddressLike(cleaned)) return { args: { url: cleaned }, confidence: 'certain' };
  let target = cleaned.toLowerCase();
  // "open the calendar feed", "my ics link": jobpilot's own feed of reminders (list_reminders), never a calendar website.
  if (ownCalendarFeed.test(target)) return null;

  const pronoun = readPronoun(target);
  // "the last page" is the page opened last; "the last one" after a list is a position.
  if (pronoun?.noun && /^(?:site|website|web site|page|web ?page|link|url|address)$/.test(pronoun.noun)) {
    return readReference(pronoun, context);
  }
  const position = positionOf(target);
  if (position !== undefined) {
    // After a job search, "the second one" is a job: opened as a posting, or shown by another action.
    const asSaid = said.replace(browserNamed, '').replace(seenIn, '').trim().toLowerCase();
    if (context.references.last_job_ids) return postingVerbs.test(verb) ? readPosting(asSaid, context) : null;
    // (An address of the thread is opened only when the words ask for a page: "open the 2nd link", never "show me the second one".)
    if (!asksForPage(verb, asSaid)) return null;
    const nth = nthUrl(position, context);
    return nth ? { args: { url: nth } } : { reply: nothingListed };
  }
  if (pronoun) {
    const reading = readReference(pronoun, context);
    // "show me it" is about the job's details; only "open it" opens its posting.
    if (reading && 'args' in reading && reading.args.job && !postingVerbs.test(verb)) return null;
    // Regression (session 36): "show it" after the resume opened the GitHub address the resume lists.
    // An address jobpilot or the person wrote earlier is opened only when this message asks to open a page.
    return reading && 'args' in reading && reading.args.url && !asksForPage(verb, target) ? null : reading;
  }
  // "… on their site", "… on the web": the page itself, whatever the verb.
  const onTheWeb = onlineSuffix.test(target);
  if (onTheWeb) target = clean(target.replace(onlineSuffix, ''));
  // ("pull up the listing for #2 in my browser": a browser named asks for the page, whatever the verb.)
  const opensPage = onTheWeb || postingVerbs.test(verb) || browserNamed.test(said.trim());
  const posting = jobPageOf(target);
  // "bring up the apply page for #2": a page to apply on or a website is opened whatever the verb.
  const webPage = /\b(?:(?:apply(?:ing)?|application)\s+(?:page|link|form|site)|website|web ?site|web ?page)\b/.test(target);
  if (posting && jobInPlay(context.references) && (opensPage || webPage)) return readPosting(posting, context);
  if (jobNoun.test(target) && jobInPlay(context.references) && opensPage) {
    return readPosting(target, context);
  }

  // "take me to the audio settings", "go to bluetooth settings": a page inside the computer's settings, which no address opens.
  if (leaning === 'site' && settingsPage.test(target)) return { reply: askSettings };
  let hint: 'site' | undefined;
  if (appSuffix.test(target)) return null;
  if (siteSuffix.test(target)) {
    hint = 'site';
    target = clean(target.replace(siteSuffix, ''));
  }
  // "take me to their site", "its website": the site of the job in play, never an address made of "their".
  if (hint === 'site' && /^(?:their|its|his|her|(?:the|that|this) (?:company|employer)(?:'s)?)$/i.test(target)) {
    return jobInPlay(context.references) ? readPosting('it', context) : null;
  }
  const careers = leaning === 'app' ? null : careersPage.exec(target)?.groups;
  if (careers) {
    const reading = careersStep(careers);
    // "jobs at netflix" may as well be a job search; "netflix's careers page" is a page.
    const pageNamed = /\b(?:careers?|page|site|board|portal)\b/.test(target) || careers.possessive !== undefined;
    return reading && !pageNamed ? { ...reading, confidence: 'guess' } : reading;
  }
  const site = findKnownSite(target);
  // "open indeed": a job board named alone with a verb that may mean either is asked about (the site, or a job search there);
  // "go to indeed", "the indeed website", "open indeed in chrome" open it.
  if (site?.board && leaning === 'neutral' && hint === undefined && !browserNamed.test(said.trim())) return { reply: askOpenOrSearch(site.board, site.url) };
  // "open outlook": a site that is also a desktop app is the app, unless a site verb, "the website" or a browser says otherwise.
  if (site?.desktopApp && leaning === 'neutral' && hint === undefined && !browserNamed.test(said.trim())) return null;
  if (site) return { args: { url: site.url } };
  if (isAddressLike(target)) return { args: { url: target }, confidence: 'certain' };
  // Guessing "<word>.com" is only safe for a single brand-like word that something calls a site.
  if (!brandWord.test(target) || functionWords.test(target) || documentWord.test(target)) return null;
  if (hint === 'site') return { args: { url: `${target}.com` } };
  // "open monzo", "go to stepstone": no site we know, no configured app. Ask rather than guess an address.
  return leaning === 'neutral' || leaning === 'site' ? { reply: askWhichOpen(cleaned), confidence: 'guess' } : null;
}

/** "https://www.indeed.com/jobs" → "indeed": the name a known site is listed under. */
const siteName = (url: string): string => url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split(/[./]/)[0] ?? '';

/** "the audio settings", "my display preferences", "settings": a part of the computer's own settings. */
const settingsPage = /^(?:(?:the|my|this|computer'?s?|system|pc|laptop)\s+)*(?:[a-z-]+\s+){0,2}(?:settings|preferences|control\s+panel)$/;

/** The short question for a page of the computer's settings: jobpilot launches the Settings app, it does not go inside it. */
const askSettings = 'Do you want me to launch the Settings app? I can open it ("open settings"), but not go to a page inside it.';

/** The short question for a job board named alone: its site, or a job search on it. */
const askOpenOrSearch = (board: string, url: string): string =>
  `Do you want me to open ${board} (${url.replace(/^https:\/\/(?:www\.)?/, '')}) in your browser, or search jobs there? For a search, say what for, e.g. "search ${board.toLowerCase()} for python jobs".`;

/** The short question for a bare name that may be a website or an app. */
const askWhichOpen = (name: string): string =>
  `Which do you mean by "${name}": the website ${name.toLowerCase()}.com, or an app (add it to JOBPILOT_ALLOWED_APPS first)?`;

/** "it", "that site again", "the same page": the job in play, or the last page opened. */
function readReference(
  pronoun: { noun: string | undefined; again: boolean },
  context: PhrasingContext,
): Reading<Args> | null {
  const noun = pronoun.noun ?? 'one';
  if (/^(?:app|application|program|document|doc|letter|cover letter)$/.test(noun)) return null;
  const wantsJob = /^(?:job|posting|listing|role|position|opening)$/.test(noun);
  const wantsSite = !wantsJob && noun !== 'one';
  const lastUrl = context.references.last_url;
  const mentioned = recency(context.history, (content) => findUrls(content).length > 0);
  const page = mentioned < Number.POSITIVE_INFINITY ? pageIn(context, lastUrl) : lastUrl;
  const job = jobInPlay(context.references);
  // A job in play counts as mentioned just before the last exchange: a page named in the
  // last exchange wins over it, one named earlier does not.
  if (job && !wantsSite && (wantsJob || (!pronoun.again && mentioned > 1) || !page)) {
    return { args: { job: 'it' }, recency: 2 };
  }
  if (wantsJob) return { reply: noJob };
  if (page) return { args: { url: page }, recency: mentioned };
  return { reply: nothingOpened, confidence: 'guess' };
}

function readPosting(target: string, context: PhrasingContext): Reading<Args> | null {
  const reading = readJob(target, context);
  if (!reading) return null;
  return 'job' in reading ? { args: { job: reading.job } } : { reply: reading.reply };
}

/** The page of the newest message with an address: the last one opened if it is among them. */
function pageIn(context: PhrasingContext, lastUrl: string | undefined): string | undefined {
  for (let index = context.history.length - 1; index >= 0; index--) {
    const urls = findUrls(context.history[index]?.content ?? '');
    if (urls.length === 0) continue;
    return lastUrl && urls.some((url) => sameAddress(url, lastUrl)) ? lastUrl : urls[0];
  }
  return lastUrl;
}

/**
 * Whether the words ask to open a page: a verb that opens ("open", "visit", "go to") or a
 * page named ("that link", "the site"); "show it", "check the second one" do not.
 */
function asksForPage(verb: string, target: string): boolean {
  return postingVerbs.test(verb.replace(/\s+/g, ' ')) || verbs[verb.replace(/\s+/g, ' ')] === 'site' || pageNoun.test(target);
}

/** A word that names a web page: "that link", "the 2nd site", "their url". */
const pageNoun = /\b(?:link|links|site|website|web\s?site|web\s?page|page|url|address)\b/;

/**
 * "the second one" of the newest message that lists that many addresses: a list (two or
 * more), never the one address a message happens to hold.
 */
function nthUrl(position: number | 'last', context: PhrasingContext): string | undefined {
  for (let index = context.history.length - 1; index >= 0; index--) {
    const urls = findUrls(context.history[index]?.content ?? '');
    if (urls.length < 2) continue;
    const url = position === 'last' ? urls.at(-1) : urls[position - 1];
    if (url) return url;
  }
  return undefined;
}

/** "stripe's careers page" → stripe.com/jobs; unknown companies only with an explicit "careers". */
function careersStep(groups: Record<string, string | undefined>): Reading<Args> | null {
  const company = clean(groups.company ?? groups.other ?? '');
  if (!company) return null;
  const site = findKnownSite(company);
  if (site) return { args: { url: site.jobsUrl ?? site.url } };
  if (isAddressLike(company)) return { args: { url: `${company.replace(/\/+$/, '')}/careers` } };
  const explicitlyCareers = groups.other !== undefined || /^careers?$/.test(groups.kind ?? '');
  if (!explicitlyCareers && !groups.possessive) return null;
  if (!/^[a-z0-9][a-z0-9 -]{0,40}$/.test(company) || functionWords.test(company) || company.split(/\s+/).length > 3) {
    return null;
  }
  return { args: { url: `https://${company.replace(/[\s-]+/g, '')}.com/careers` } };
}

function clean(text: string): string {
  let cleaned = text.trim().replace(/[.!?,;:]+$/, '');
  let previous: string;
  do {
    previous = cleaned;
    cleaned = cleaned.replace(leadingFiller, '').replace(/(?<!\s)\s+(?:for me|please|now|right now|real quick|quickly)$/i, '').trim();
  } while (cleaned !== previous);
  return cleaned;
}

/**
 * Whether a whole phrase is just an address ("https://x.org/jobs", "github.com").
 *
 * @example
 * isAddress('news.ycombinator.com'); // true
 */
export function isAddress(text: string): boolean {
  const trimmed = text.trim();
  return isAddressLike(trimmed) || (explicitUrl.exec(trimmed)?.[0] ?? '') === trimmed;
}

const nothingOpened =
  'Which site do you mean? Nothing has been opened in this conversation yet: name it, e.g. "open github.com".';
const nothingListed =
  'Which one do you mean? Nothing in this conversation lists links or jobs to count from (a number counts the last list I showed you): name it, e.g. "open github.com", search for jobs first, or say "show my saved jobs".';
const noJob = 'Which job do you mean? No job has come up in this conversation yet: search first, or name the site.';
