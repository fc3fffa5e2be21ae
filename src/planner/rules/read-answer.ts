import type { ActionRegistry } from '../../actions/action-registry.ts';
import { describedJob } from '../../actions/phrasing/described-job.ts';
import { findKnownJob } from '../../actions/phrasing/known-jobs.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import { parseRequest, type RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';
import { stripFiller } from './strip-filler.ts';

/** "yes", "yep please", "sure, go ahead": agreeing to what was offered. */
const agreeing =
  /^(?:(?:yes|yep|yup|yeah|ya|yea|sure|ok(?:ay)?|alright|please|pls|definitely|absolutely|of course|go (?:ahead|for it)|do it|please do|sounds good|why not|y)[\s,.!]*)+$/i;
/** "Want me to save it?", "Shall I write one?": an offer jobpilot made, the request inside it. */
const offer = /(?:(?:do\s+you\s+)?want\s+me\s+to|shall\s+i|should\s+i|would\s+you\s+like\s+me\s+to|like\s+me\s+to)\s+(?<request>[^?]+)\?\s*$/i;
/** "the petrichor one", "2nd one", "Halcyon": a job named and nothing else. */
const bareReference = /^(?:(?:the|that|this)\s+)?(?<name>[\p{L}\p{N}&'’. -]{1,40}?)(?:\s+(?:one|job|role|posting|position|listing))?$/iu;

/**
 * A message that answers jobpilot's last message rather than asking anew: "yep" after "Want
 * me to save it?" runs the offer; a job named bare ("the petrichor one", "2nd one?") after
 * "which job is it for?" runs the request that was asked about for that job, and after a
 * list, asks about that job ("what about the second one?"). Undefined when it is none of these.
 *
 * @example
 * readAnswer('the petrichor one', context, phrasebook, registry); // { action: 'write_cover_letter', args: { job: 'Petrichor' }, … }
 */
export function readAnswer(message: string, context: PhrasingContext, phrasebook: Phrasebook, registry: ActionRegistry): RequestedStep | undefined {
  const said = stripFiller(message).replace(/(?<![\s?!.])[\s?!.]+$/, '').trim();
  const last = context.history.at(-1);
  if (!said || last?.role !== 'assistant') return undefined;
  const offered = offer.exec(last.content)?.groups?.request;
  if (offered && agreeing.test(said)) return parseRequest(offered.replace(/(?<!\s)\s+for\s+(?:you|u)$/i, ''), phrasebook, context).steps[0];
  const job = namedJob(said, context);
  if (!job) return pickedOption(said, message, last.content, context, phrasebook, registry) ?? stillSeveral(said, message, last.content, context, phrasebook, registry);
  if (last.content.includes('?')) {
    const asked = askedBefore(context, phrasebook);
    if (asked && 'job' in (registry.get(asked)?.args.shape ?? {}) && registry.parseArgs(asked, { job }).ok) return { action: asked, args: { job }, text: message };
  }
  return parseRequest(`what about ${said}`, phrasebook, context).steps[0];
}

/** Words that say nothing of which option: "the retail one", "that cv". */
const pointingWords = /^(?:the|that|this|one|ones|job|role|posting|position|resume|cv|version|file|please|pls|plz|i|mean|guess|go|with|for|use|ok|okay|um|uh|hmm|er)$/i;

/**
 * An answer that picks one of the options jobpilot's question offered ("Which resume should I
 * use: 'farm' (pdf, active) or 'retail' (docx)?" → "the retail one"; "Which saved job should I
 * remove: Beekeeper at Hollowmead or Cheese Maker at Larkspur?" → "the cheese one"): the
 * request that was asked about, for that option, when the words fit exactly one.
 */
function pickedOption(
  said: string,
  message: string,
  question: string,
  context: PhrasingContext,
  phrasebook: Phrasebook,
  registry: ActionRegistry,
): RequestedStep | undefined {
  const offered = /\b(?:which|what)\b[^:?]*:\s*(?<options>[^?]+)\?\s*$/i.exec(question)?.groups?.options;
  const words = said.toLowerCase().split(/[\s,.!?]+/).filter((word) => word && !pointingWords.test(word));
  if (!offered || words.length === 0 || words.length > 3) return undefined;
  const options = offered
    .replace(/\s*\([^)]*\)/g, '')
    .split(/,\s*(?:or\s+)?|\s+or\s+/)
    .map((option) => option.replace(/['‘’"“”]/g, '').trim())
    .filter(Boolean);
  const fitting = options.filter((option) => {
    const optionWords = option.toLowerCase().split(/[\s/,-]+/);
    return words.every((word) => optionWords.some((candidate) => candidate === word || (word.length >= 4 && candidate.startsWith(word))));
  });
  const [option] = fitting;
  if (!option || fitting.length > 1) return undefined;
  const argsFor = (action: string | undefined) => {
    const shape = action ? (registry.get(action)?.args.shape ?? {}) : {};
    const args = 'job' in shape ? { job: findKnownJob(option, context) ?? option } : 'resume' in shape ? { resume: option } : undefined;
    return action && args && registry.parseArgs(action, args).ok ? { action, args, text: message } : undefined;
  };
  // The request asked about: the person's previous message, else the question's own words ("which resume should I use" → "use the retail resume").
  const asked = argsFor(askedBefore(context, phrasebook));
  if (asked) return asked;
  const verb = /\bwhich\s+(?<noun>(?:[a-z]+\s+){0,2}?)(?:should|shall)\s+i\s+(?<verb>[a-z]+(?:\s+(?:up|out|off|back))?)\b/i.exec(question)?.groups;
  if (!verb?.verb) return undefined;
  const step = parseRequest(`${verb.verb} the ${option} ${verb.noun?.trim() ?? ''}`.trim(), phrasebook, context).steps[0];
  return step ? argsFor(step.action) : undefined;
}

/** "yeah", "um", "sorry": what comes before an answer and is no part of it. */
const answerLead = /^(?:(?:yeah|yes|yep|yea|ya|ok(?:ay)?|um+|uh+|hm+|well|no|nah|sorry|oh|i\s+mean(?:t)?|i\s+said)[\s,.!]+)+/i;

/**
 * An answer to "which one?" that still fits several of the jobs listed ("the teacher one"
 * when two teacher jobs were offered): the request asked about, for those words, so that it
 * asks again which, naming them.
 */
function stillSeveral(
  said: string,
  message: string,
  question: string,
  context: PhrasingContext,
  phrasebook: Phrasebook,
  registry: ActionRegistry,
): RequestedStep | undefined {
  const phrase = said.replace(answerLead, '').trim();
  if (!question.includes('?') || !phrase || phrase.split(/\s+/).length > 5) return undefined;
  const described = describedJob(phrase, context);
  if (!described || !('reply' in described)) return undefined;
  const asked = askedBefore(context, phrasebook);
  if (!asked || !('job' in (registry.get(asked)?.args.shape ?? {})) || !registry.parseArgs(asked, { job: phrase }).ok) return undefined;
  return { action: asked, args: { job: phrase }, text: message };
}

/** A job the words name and nothing more: a position in the list shown, or a job the thread listed or the person saved. */
function namedJob(said: string, context: PhrasingContext): string | undefined {
  if (said.split(/\s+/).length > 5) return undefined;
  if (positionOf(said) !== undefined) return context.references.last_job_ids ? said.toLowerCase() : undefined;
  const name = bareReference.exec(said)?.groups?.name;
  if (!name || /^(?:other|same|first|last|remote|new|that|this|it)$/i.test(name)) return undefined;
  const known = findKnownJob(name, context);
  return known && findKnownJob(said, context) === known ? known : undefined;
}

/** The action the person's previous message asked for, read as it stood then (the step, or the request that needed a job). */
function askedBefore(context: PhrasingContext, phrasebook: Phrasebook): string | undefined {
  const index = context.history.findLastIndex((message) => message.role === 'user');
  const previous = context.history[index];
  if (!previous) return undefined;
  const request = parseRequest(previous.content, phrasebook, { ...context, history: context.history.slice(0, index) });
  return request.steps[0]?.action ?? request.others.find((other) => other.kind === 'reply')?.action;
}
