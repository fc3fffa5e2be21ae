import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import type { ChatMessage } from '../../protocol/chat-message.ts';
import { parseRequest, type RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';
import { stripFiller } from './strip-filler.ts';

/** What the person's message before jobpilot's question asked for: the step, or only the action when it was asked about. */
export interface PendingRequest {
  action: string;
  args?: Readonly<Record<string, unknown>>;
}

/** How the planner read an earlier message, with the thread as it stood then. */
export type ReadEarlier = (message: string, before: readonly ChatMessage[]) => PendingRequest | undefined;

/** One thing jobpilot's question offered: its name, what else was said of it, and its id when it was given. */
interface Option {
  name: string;
  words: string[];
  id?: string;
}

/** A question, or a failure that asks to say which ("…; say which by its number in the list."). */
const asking = /\?\s*$|\?["'”)\s]|\bsay\s+which\b|\bwhich\s+one\b/i;

/** An offer ("Want me to save it?", "Do you want me to open Indeed … or search jobs there?"): `readAnswer` reads the reply to it. */
const offering = /(?:^|[.!?]\s+)(?:do\s+you\s+want\s+me\s+to|want\s+me\s+to|shall\s+i|should\s+i|would\s+you\s+like(?:\s+me)?\s+to)\b[^?]*\?/i;

/**
 * A question that asks for nothing in particular ("You're welcome! Anything else?"): no detail is
 * awaited, so the reply is a request of its own and the earlier message is not read again for one
 * (that re-planned the message before every "thanks", doubling the rules planner's work a turn).
 */
const openEnded = /(?:^|[.!?]\s+)(?:(?:is\s+there\s+)?anything\s+else|what\s+else|(?:can|may|could)\s+i\s+help(?:\s+with\s+anything\s+else)?)[^.!?]*\?\s*$/i;

/** "yes", "no thanks": agreeing or not, no answer to which or when. */
const bareYesOrNo = /^(?:(?:yes|yep|yup|yeah|ya|sure|ok(?:ay)?|no|nope|nah|please|pls|thanks|thank\s+you|go\s+ahead|do\s+it|never\s*mind|cancel)[\s,.!]*)+$/i;

/** The arguments that say which thing an action works on, in the order they are tried. */
const whichKeys = ['alert', 'reminder', 'job', 'resume', 'document', 'path', 'file'] as const;

/** Words that say nothing of which option: "the second one", "that alert". */
const pointing =
  /^(?:the|that|this|one|ones|alert|alerts|reminder|reminders|job|role|posting|resume|cv|version|file|document|please|pls|plz|i|mean|meant|guess|go|with|for|use|ok|okay|um|uh|hmm|er|yes|yeah|yep|oh|sorry|no|nah|just|it|is|its|it's|number|no\.|#)$/i;

/** Arguments that are the detail a question asks for (when, which kind), not the subject of a request. */
const detailKeys: ReadonlySet<string> = new Set(['when', 'about', 'moved', 'schedule', 'status']);

/** Verbs that start a request of its own: a reply led by one of these is a new request, not the answer. */
const requestVerb =
  /^(?:find|search|look|show|open|save|write|draft|make|create|set|tell|list|give|get|go|take|import|load|upload|export|compare|prepare|prep|tailor|rewrite|revise|score|rate|check|analy[sz]e|help|remind|add|mark|update|apply|send|start|email|call)\b/i;

/**
 * The answer to jobpilot's own question: when its last message asked which alert, reminder,
 * job or resume of several ("Several alerts match "Rotterdam": … Which one?"), or a detail it
 * lacked ("When should I remind you?", "Where is the file?"), the next message is first read
 * as the answer — an option's name as listed, words of one option, its place ("the second",
 * "2"), or the detail — and the request that was asked about runs with it. A reply that is a
 * request of its own, led by its own verb, is not an answer. Undefined when it is none.
 *
 * @example
 * readReply('the port operations one', context, phrasebook, registry, readEarlier);
 * // { action: 'change_alert', args: { alert: 'alert_91ba1403c4', change: 'pause' }, … }
 */
export function readReply(
  message: string,
  context: PhrasingContext,
  phrasebook: Phrasebook,
  registry: ActionRegistry,
  readEarlier: ReadEarlier,
): RequestedStep | undefined {
  const said = stripFiller(message).replace(/(?<![\s?!.])[\s?!.]+$/, '').trim();
  const question = context.history.at(-1);
  if (!said || question?.role !== 'assistant' || !asking.test(question.content) || offering.test(question.content) || openEnded.test(question.content) || said.split(/\s+/).length > 10) return undefined;
  if (bareYesOrNo.test(said)) return undefined;
  const index = context.history.findLastIndex((earlier) => earlier.role === 'user');
  const previous = context.history[index];
  if (!previous) return undefined;
  const before = context.history.slice(0, index);
  const pending = readEarlier(previous.content, before);
  if (!pending || !registry.get(pending.action)) return undefined;
  let own = parseRequest(said, phrasebook, context).steps[0];
  // "delete the customs one" after "Several alerts match …": the thing asked about named, so the same request with another verb.
  const noun = whichKeys.find((key) => key in (registry.get(pending.action)?.args.shape ?? {}) && ['alert', 'reminder', 'resume'].includes(key));
  if (noun && own?.action !== pending.action) {
    const again = parseRequest(/\bone\b/.test(said) ? said.replace(/\bone\b/, noun) : `${said} ${noun}`, phrasebook, context).steps[0];
    if (again?.action === pending.action) own = again;
  }
  if (own && own.action !== pending.action && requestVerb.test(said)) return undefined;
  // Regression (trial s41 #50): "remind me to prep my portfolio lundi 9h" after "When should I remind you?" was glued to
  // the request asked about, both texts one title: a reply led by a request verb that names its own subject is new.
  if (own && own.action === pending.action && requestVerb.test(said) && Object.keys(own.args).some((key) => !detailKeys.has(key))) return undefined;
  return (
    pickedOption(said, message, question.content, pending, own, registry) ??
    chosenDetail(said, message, question.content, previous.content, before, pending, context, phrasebook) ??
    filledDetail(said, message, question.content, previous.content, before, pending, own, context, phrasebook)
  );
}

/** The pending request for the option the reply picks among those the question listed. */
function pickedOption(
  said: string,
  message: string,
  question: string,
  pending: PendingRequest,
  own: RequestedStep | undefined,
  registry: ActionRegistry,
): RequestedStep | undefined {
  const shape = registry.get(pending.action)?.args.shape ?? {};
  const key = whichKeys.find((candidate) => candidate in shape);
  const options = optionsIn(question);
  // (Which job: `readAnswer` settles it against the jobs the thread knows.)
  if (!key || key === 'job' || options.length < 2) return undefined;
  // (What the same request said again names: "customs" of "delete the customs one".)
  const named = own?.action === pending.action ? own.args[key] : undefined;
  const phrase = (typeof named === 'string' ? named : said).replace(/^(?:(?:um+|uh+|oh|ok(?:ay)?|yeah|yes|no|sorry|i\s+mean|just)[\s,]+)+/i, '').replace(/\s+(?:alert|reminder|job|resume|cv)$/i, '');
  // (A bare number answers "which one?" with its place: "2".)
  const place = /^#?\s*\d{1,2}$/.test(phrase) ? Number(phrase.replace('#', '')) : positionOf(phrase);
  // "say which by its number in the list": a place counts in the list shown before, which the action reads itself.
  if (place !== undefined && /\bnumber\s+in\s+the\s+list\b/i.test(question)) {
    const step = { action: pending.action, args: { ...pending.args, [key]: place === 'last' ? 'the last one' : `number ${place}` }, text: message };
    return registry.parseArgs(step.action, step.args).ok ? step : undefined;
  }
  const picked = place === 'last' ? options.at(-1) : place !== undefined ? options[place - 1] : fitting(phrase, options);
  // The same action said again ("delete the second one") keeps what it says (delete, not the pause asked about).
  const args = { ...pending.args, ...(own?.action === pending.action ? own.args : {}) };
  if (picked) {
    const step = { action: pending.action, args: { ...args, [key]: picked.id ?? picked.name }, text: message };
    return registry.parseArgs(step.action, step.args).ok ? step : undefined;
  }
  // Words that still fit several (two alerts of one name): the request again with them, which asks again, naming them.
  const words = contentWords(phrase);
  if (place !== undefined || words.length === 0 || options.filter((option) => fits(words, option)).length < 2) return undefined;
  const step = { action: pending.action, args: { ...args, [key]: words.join(' ') }, text: message };
  return registry.parseArgs(step.action, step.args).ok ? step : undefined;
}

/** The options a question lists: "name [id]; name [id]", "(title; title)", or "Which …: A, B or C?". */
function optionsIn(question: string): Option[] {
  const numbered = [...question.matchAll(/^\s*\d+\.\s*(?<name>[^:\n]+):[^\n]*\[(?<id>[a-z]+_[0-9a-z]{6,})\]\s*$/gim)];
  // A name may carry an aside in brackets, colons and all: "kafka jobs (weekdays at 07:00) [alert_…]".
  const withIds =
    numbered.length >= 2 ? numbered : [...question.matchAll(/(?:^|[:;]\s+)(?<name>(?:[^:;\n[\]()]|\([^()\n]*\))+?)\s*\[(?<id>[a-z]+_[0-9a-z]{6,})\]/gi)];
  if (withIds.length >= 2) {
    return withIds.map((match) => {
      const name = (match.groups?.name ?? '').replace(/^(?:and|or)\s+/i, '').trim();
      return { name, words: wordsOf(name), id: match.groups?.id ?? '' };
    });
  }
  const listed = /\((?<list>[^()]+;[^()]+)\)[^()]*\bsay\s+which\b/i.exec(question)?.groups?.list ?? /\b(?:which|what)\b[^:?]*:\s*(?<list>[^?]+)\?/i.exec(question)?.groups?.list;
  if (!listed) return [];
  return listed
    .replace(/\([^)]*\)/g, (aside) => aside.replace(/[,;]/g, ' '))
    .split(/;\s*|,\s*(?:or\s+)?|\s+or\s+/)
    .map((option) => option.trim())
    .filter(Boolean)
    .map((option) => ({ name: option.replace(/\s*\([^)]*\)/g, '').replace(/['‘’"“”]/g, '').trim(), words: wordsOf(option) }));
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a reply that can tell options apart. */
const contentWords = (said: string): string[] => wordsOf(said).filter((word) => !pointing.test(word));

function fits(words: readonly string[], option: Option): boolean {
  return words.every((word) => option.words.some((candidate) => candidate === word || (word.length >= 4 && candidate.startsWith(word))));
}

/** The one option the reply's words fit; an option named exactly as said wins among several. */
function fitting(said: string, options: readonly Option[]): Option | undefined {
  const words = contentWords(said);
  if (words.length === 0) return undefined;
  const all = options.filter((option) => fits(words, option));
  if (all.length === 1) return all[0];
  const exact = all.filter((option) => wordsOf(option.name).join(' ') === wordsOf(said.replace(/^(?:the|that)\s+/i, '')).join(' '));
  const names = new Set(exact.map((option) => option.name.toLowerCase()));
  return exact.length === 1 || (exact.length > 1 && names.size === exact.length) ? exact[0] : undefined;
}

/**
 * A detail picked among those the question offered ("Which format should I export it as: PDF,
 * DOCX (Word) or Markdown?" → "the word one", "2"): the previous request read again with it.
 */
function chosenDetail(
  said: string,
  message: string,
  question: string,
  previous: string,
  before: readonly ChatMessage[],
  pending: PendingRequest,
  context: PhrasingContext,
  phrasebook: Phrasebook,
): RequestedStep | undefined {
  const noun = /\bwhich\s+(?<noun>[a-z]+)\b/i.exec(question)?.groups?.noun?.toLowerCase();
  const options = optionsIn(question);
  if (pending.args || !noun || (whichKeys as readonly string[]).includes(noun) || options.length < 2) return undefined;
  const place = /^#?\s*\d{1,2}$/.test(said) ? Number(said.replace('#', '')) : positionOf(said);
  const picked = place === 'last' ? options.at(-1) : place !== undefined ? options[place - 1] : fitting(said, options);
  if (!picked) return undefined;
  const step = parseRequest(`${previous.replace(/[\s.!?]+$/, '')} as ${picked.name}`, phrasebook, { ...context, history: before }).steps[0];
  return step?.action === pending.action ? { ...step, text: message } : undefined;
}

/**
 * The detail the question asked for ("thursday at 10" after "When should I remind you?"): the
 * person's previous message read again with the reply after it, when that reads as the request
 * asked about with more than it had.
 */
function filledDetail(
  said: string,
  message: string,
  question: string,
  previous: string,
  before: readonly ChatMessage[],
  pending: PendingRequest,
  own: RequestedStep | undefined,
  context: PhrasingContext,
  phrasebook: Phrasebook,
): RequestedStep | undefined {
  // (Only a request that was answered with a question for what it lacked; a "which of these?" is answered by an option.)
  if (pending.args || (own && own.action !== pending.action) || /\bwhich\b/i.test(question) || optionsIn(question).length >= 2) return undefined;
  const then: PhrasingContext = { ...context, history: before };
  const had = Object.keys(pending.args ?? {}).length;
  for (const joined of [`${previous.replace(/[\s.!?]+$/, '')} ${said}`, `${previous.replace(/[\s.!?]+$/, '')}, ${said}`]) {
    const step = parseRequest(joined, phrasebook, then).steps[0];
    if (step?.action === pending.action && Object.keys(step.args).length > had) return { ...step, text: message };
  }
  return undefined;
}
