import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { createAlertArgs } from './args.ts';
import { readAlertRequest } from './read-alert-request.ts';
import { createAlertUtterances } from './utterances.ts';

type Args = z.input<typeof createAlertArgs>;

/** Said of a request that keeps going: a schedule, "new", "when … appear". */
const ongoing = /\b(?:every|each|daily|weekly|hourly|nightly|weekdays?|new|fresh|whenever|when|as\s+soon\s+as|appear|show\s+up|posted|alert)\b/;

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
  readSentence: (clause) => (ongoing.test(clause.lower) ? read(clause.text.replace(/^.*?\b(?:about|for|of|on|when(?:ever)?)\s+/i, '')) : null),
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
