import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { createAlertArgs } from './args.ts';
import { readAlertRequest, scheduleSaid } from './read-alert-request.ts';
import { createAlertUtterances } from './utterances.ts';

type Args = z.input<typeof createAlertArgs>;

/** Said of a request that keeps going: a schedule, "new", "when … appear". */
const ongoing = /\b(?:every|each|daily|weekly|hourly|nightly|weekdays?|new|fresh|whenever|when|as\s+soon\s+as|appear|show\s+up|posted|alert)\b/;

/**
 * Said only of a request that recurs, wherever it stands: a schedule ("each morning", "mondays",
 * "once a week", "every couple hours"), "whenever", "notified", "lmk when", "subscribe me",
 * "digest", "heads up", "keep an eye on", or a fit floor with "new".
 */
const recurring = new RegExp(
  [
    String.raw`\b(?:every|each)\s+(?:(?:couple|few|\d{1,2}|other)\s+(?:of\s+)?)?(?:hours?|days?|mornings?|afternoons?|evenings?|nights?|weeks?|weekdays?|work(?:ing)?\s*days?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b`,
    String.raw`\b(?:daily|weekly|hourly|nightly)\b`,
    String.raw`\b(?:once|twice)\s+a\s+(?:day|week)\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
    String.raw`\bwhenever\b`,
    String.raw`\bnotified\b`,
    String.raw`\blmk\s+(?:when|if|about)\b`,
    String.raw`\b(?:ping|tell|notify|email|text|message)\s+me\s+(?:when|if|as\s+soon\s+as)\b.*\bnew\b`,
    String.raw`\bsubscribe\s+me\b`,
    String.raw`\bdigest\b`,
    String.raw`\bheads\s+up\b`,
    String.raw`\bkeep\s+(?:an\s+eye|watch|tabs)\b`,
    String.raw`\bwatch(?:ing)?\s+(?:out\s+)?for\b`,
    String.raw`\b(?:alert|alret)\s+(?:for|me|about|on)\b`,
    String.raw`\bnew\b.*\bfit\b.*\d`,
  ].join('|'),
);
/** Said of an alert already there, or of a reminder: never a new alert. */
const notNew = /\b(?:remind(?:er)?s?|pause|mute|stop|delete|remove|cancel|resume|unpause|turn|switch|kill|unsubscribe|reactivate|restart|snooze|bin|scrap|disable|enable)\b|\balerts?\s+(?:on|off|again)\b|\b(?:my|the)\s+\w+(?:\s+\w+)?\s+alerts?\b/;
/** What leads into the search in a recurring request: "i want to get notified about", "lmk when", "check for". */
const leadIn = /^.*?\b(?:notified|notify\s+me|send\s+me|tell\s+me|email\s+me|ping\s+me|text\s+me|show\s+me|give\s+me|lmk|let\s+me\s+know|know|check|look|watch(?:ing)?|subscribe\s+me|heads\s+up|keep\s+(?:an\s+eye(?:\s+out)?|watch|tabs)|alert(?:\s+me)?|alret|digest|updates?)\b(?:\s+(?:to|on|for|about|of|when(?:ever)?|if|as\s+soon\s+as))?\s*[:,-]?\s+/i;

/** A recurring request said any way: the schedule and fit read from the whole, the search from what follows the lead-in. */
function readRecurring(text: string) {
  const lower = text.toLowerCase();
  if (!recurring.test(lower) || notNew.test(lower)) return null;
  const whole = readAlertRequest(text);
  const inner = readAlertRequest(text.replace(leadIn, ''));
  const args = inner ?? whole;
  if (!args) return null;
  const schedule = whole?.schedule ?? scheduleSaid(` ${lower} `);
  if (schedule) args.schedule = schedule;
  if (whole?.min_fit !== undefined) args.min_fit = whole.min_fit;
  return { args };
}

const read = (rest: string) => {
  const args = readAlertRequest(rest);
  return args ? { args } : null;
};

/**
 * How people ask to be told of new openings: "tell me every morning about new remote
 * TypeScript jobs", "set up an alert for rust jobs in Berlin", "let me know when new data
 * engineer jobs at Stripe appear".
 */
export const createAlertPhrasing = definePhrasing<Args>({
  priority: 36,
  utterances: createAlertUtterances,
  readSentence: (clause) => readRecurring(clause.text) ?? (ongoing.test(clause.lower) ? read(clause.text.replace(/^.*?\b(?:about|for|of|on|when(?:ever)?)\s+/i, '')) : null),
  capability: 'watch the job boards for you on a schedule (alerts)',
  describe: ({ query, schedule }) => `set up an alert for new ${query} jobs${schedule ? `, ${schedule}` : ', every morning at 8'}`,
  intents: [
    {
      // "tell me every morning about new remote TypeScript jobs", "let me know when new rust jobs appear"
      pattern: /^(?:(?:can|could|will|would)\s+you\s+)?(?:please\s+)?(?:tell|notify|alert|ping|email|e-mail|message|update|let)\s+me(?:\s+know)?\s+(?<target>.+)$/,
      questions: true,
      confidence: 'certain',
      read: ({ groups, original }) => (ongoing.test(groups.target ?? '') ? read(original('target') ?? '') : null),
    },
    {
      // "every morning at 7 tell me about new kotlin jobs": the schedule said first.
      pattern: /^(?<when>(?:every|each|daily|weekly|hourly|nightly|on\s+weekdays|weekdays)\b.*?),?\s+(?:tell|notify|alert|ping|email|e-mail|message|send|update)\s+me\s+(?<target>.+)$/,
      confidence: 'certain',
      read: ({ original }) => read(`${original('target') ?? ''} ${original('when') ?? ''}`),
    },
    {
      // "let me know when new rust jobs appear": the planner strips "let me" as filler, leaving "know when …".
      pattern: /^know\s+(?<target>(?:when(?:ever)?|if|as\s+soon\s+as|about|of)\s+.+)$/,
      confidence: 'certain',
      read: ({ groups, original }) => (ongoing.test(groups.target ?? '') ? read(original('target') ?? '') : null),
    },
    {
      // "set up an alert for rust jobs in Berlin every weekday", "create a job alert: remote go jobs"
      pattern: /^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:set\s+up|setup|create|make|add|start|save|give\s+me)\s+(?:an?\s+|a\s+new\s+|me\s+an?\s+)?(?:daily\s+|weekly\s+|new\s+)?(?:job\s+)?(?:alert|notification|watch)\s*(?:for|about|on|:)?\s+(?<target>.+)$/,
      questions: true,
      confidence: 'certain',
      read: ({ original }) => read(original('target') ?? ''),
    },
    {
      // "keep an eye out for new Go jobs at Stripe", "watch for remote react jobs every morning"
      pattern: /^(?:please\s+)?(?:keep\s+an\s+eye\s+out|keep\s+watch|watch|look\s+out|keep\s+looking)\s+(?:for\s+)?(?<target>.+)$/,
      read: ({ groups, original }) => (ongoing.test(groups.target ?? '') ? read(original('target') ?? '') : null),
    },
    {
      // "mondays, send me new ux designer jobs", "lmk when theres new electrician jobs in denver",
      // "i want to get notified about new warehouse jobs in Phoenix": a recurring request said any way.
      pattern: /^(?<target>.+)$/,
      read: ({ original }) => readRecurring(original('target') ?? ''),
    },
    {
      // "send me new remote typescript jobs every morning"
      pattern: /^(?:please\s+)?(?:send|email|e-mail|show)\s+me\s+(?<target>.+?\b(?:every|each|daily|weekly|hourly)\b.*)$/,
      read: ({ original }) => read(original('target') ?? ''),
    },
  ],
  examples: [
    { say: 'tell me every morning about new remote TypeScript jobs', args: { query: 'TypeScript', remote: true, schedule: 'every morning' } },
    { say: 'set up an alert for rust jobs in Berlin', args: { query: 'rust', location: 'Berlin' } },
    { say: 'let me know when new data engineer jobs at Stripe appear', args: { query: 'data engineer', company: 'Stripe' } },
    { say: 'notify me every weekday at 9 about new python jobs in London', args: { query: 'python', location: 'London', schedule: 'every weekday at 9' } },
    { say: 'send me new react jobs every monday', args: { query: 'react', schedule: 'every monday' } },
    { say: 'every morning at 7 tell me about new kotlin jobs', args: { query: 'kotlin', schedule: 'every morning at 7' } },
  ],
  counterExamples: ['find remote typescript jobs', 'tell me about the second one', 'what is new since yesterday?'],
});
