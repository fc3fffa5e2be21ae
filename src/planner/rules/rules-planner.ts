import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { PlannerOutput } from '../decision.ts';
import type { Planner, PlannerInput } from '../planner.ts';
import { type Answers, createAnswers, summarizeTurn } from './answers.ts';
import { parseRequest, type ParsedRequest, pendingReference, type RequestedStep, withoutLead } from './parse-request.ts';
import { createPhrasebook, type Phrasebook } from './phrasebook.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { createPlannerOutputBuilder, type PlannerOutputBuilder } from './planner-output.ts';
import { trackProgress } from './track-progress.ts';
import { type ClassifierReader, type ClassifierReading, createClassifierReader, namesJobOnly } from '../nlu/classifier-reader.ts';
import type { IntentModel } from '../nlu/intent-model.ts';
import { loadIntentModel } from '../nlu/load-intent-model.ts';
import { makeClause } from './read-clause.ts';
import { correctSpellingWithChanges, eitherOf } from './correct-spelling.ts';
import { withOwnWords } from './own-words.ts';
import { readNewsInPassing, withoutScene } from './read-news-in-passing.ts';
import { type AdviceFinder, adviceVocabulary, createAdviceFinder, isAdviceQuestion } from '../advice/find-advice.ts';
import { adviceAnswer, adviceTopics } from '../advice/advice-topics.ts';
import { adviceFirst } from './advice-first.ts';
import { asksAboutInterviewAtKnownJob, asksAboutJobInPlay, pointsAtListed, settleJob, withJobNamed } from './settle-job.ts';
import { makeLastRequest } from './last-request.ts';
import { detailTaken, fillSlots } from './fill-slots.ts';
import { excludedKind, exclusionOf } from '../../actions/phrasing/find-exclusion.ts';
import { saidBeside, withoutRestatedSteps } from './said-beside.ts';
import { settleResume } from './settle-resume.ts';
import { readRepeat } from './read-repeat.ts';
import { readAnswer } from './read-answer.ts';
import { type PendingRequest, readReply } from './read-reply.ts';
import type { ChatMessage } from '../../protocol/chat-message.ts';
import { RESPOND } from '../decision.ts';
import { readPointing } from './read-pointing.ts';
import { readDetailElsewhere } from './read-detail-elsewhere.ts';
import { knownJobs } from '../../actions/phrasing/known-jobs.ts';
import { placeWords } from '../../jobs/regions.ts';
import { expandSeveral } from './expand-several.ts';
import { addNamedJobs } from './add-named-jobs.ts';
import { asksAbilitiesAfterIntroduction } from './read-introduction.ts';
import { asksToKeepPreference } from './read-standing-preference.ts';
import { featureAskedAbout } from './feature-asked.ts';
import { holdsForeignWord, otherLanguageIn, withEnglishWords } from './read-other-language.ts';
import { withTimeTakenBack } from './time-taken-back.ts';
import { pastDayWords } from '../../time/past-day.ts';
import { foreignScheduleWordsIn } from '../../alerts/schedule-from-words.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import { readPositionAgain } from './read-position-again.ts';

/** The most pieces of one message read for a step's details told apart ("… in Perth? min A$95k"). */
const maxDetailPieces = 12;
/** Every word of the advice base's answers: English spelled as meant, never taken for a slip (its questions' words are `adviceVocabulary`). */
const adviceAnswerWords = () => adviceTopics.flatMap(({ answer }) => answer.toLowerCase().match(/[a-z]+/g) ?? []);

/** Which reply wins when a message says several non-actionable things ("hi, what's 2+2?"). */
const replyPriority = [
  'reply',
  'negated',
  'unknown',
  'help',
  'greeting',
  'thanks',
  'farewell',
  'acknowledgement',
] as const;

/** The classifier's intents of chit-chat, which a question beside them outranks. */
const social = new Set(['greeting', 'thanks', 'farewell', 'help']);

export interface RulesPlannerOptions {
  registry: ActionRegistry;
  /** App names configured as allowed (`JOBPILOT_ALLOWED_APPS`): naming one says "app". */
  allowedApps?: readonly string[];
  /**
   * The intent classifier that reads what no pattern does; default the one shipped in
   * data/intent-model.json, `null` for patterns only.
   */
  intentModel?: IntentModel | null;
}

/**
 * The built-in planner: deterministic intent parsing, no model, no I/O. It reads each
 * clause with the phrasing every registered action brings (walking the registry, never
 * naming an action), chains compound requests one step at a time, resolves references to
 * earlier turns, and says plainly what it cannot do.
 *
 * @example
 * const planner = createRulesPlanner({ registry: createActions(career) });
 * await planner.decide({ goal: 'open github', messages: [], observations: [], references: {}, stepsLeft: 8 });
 * // { decision: { action: 'open_website', reason: '…', args: { url: 'https://github.com' } } }
 */
export function createRulesPlanner({ registry, allowedApps = [], intentModel = loadIntentModel() }: RulesPlannerOptions): Planner {
  const phrasebook = createPhrasebook(registry);
  const answers = createAnswers(registry, phrasebook);
  const advice = createAdviceFinder();
  const classifier = intentModel ? createClassifierReader({ registry, model: intentModel, replies: answers, advice }) : undefined;
  // (Words of career questions and feelings are words, never slips: "fired" is no slip of "hired".
  // They are no targets either: "living" is no slip of "giving".)
  // Places too ("britain", "scotland"): a place one edit from a word an example spells (a name) is no slip.
  const adviceWords = new Set([...adviceVocabulary(), ...adviceAnswerWords(), ...placeWords()]);
  const tools = { output: createPlannerOutputBuilder(), answers, phrasebook, allowedApps, classifier, registry, advice, adviceWords };
  return {
    kind: 'rules',
    label: 'rules (built-in)',
    async decide(input, options) {
      options?.signal?.throwIfAborted();
      return decide(input, tools);
    },
  };
}

interface Tools {
  output: PlannerOutputBuilder;
  answers: Answers;
  phrasebook: Phrasebook;
  allowedApps: readonly string[];
  classifier: ClassifierReader | undefined;
  registry: ActionRegistry;
  advice: AdviceFinder;
  /** Words of the advice base and of place names: left as typed by the spelling corrector. */
  adviceWords: ReadonlySet<string>;
  /** Set when reading an earlier message again (what jobpilot's question was about): no reply to a question is read then. */
  earlier?: boolean;
  /** Set when the message's sentences in another language were already set apart. */
  languageRead?: boolean;
}

function decide(message: PlannerInput, tools: Tools): PlannerOutput {
  const { output, answers, phrasebook, allowedApps, classifier, registry, advice, adviceWords } = tools;
  // Regression (session 40): "mach es kürzer" was thanked, "Was kannst du?" offered an undo: a sentence in another
  // language is answered once, honestly; the English beside it ("hi, I'm Tobias. …") is read as ever.
  // (Not a text pasted in to work on: a German posting and "how well do I fit?" is read whole.)
  const other = tools.earlier || tools.languageRead ? undefined : otherLanguageIn(message.goal);
  if (other && !phrasebook.readWhole(message.goal, conversationContext(message, allowedApps, phrasebook))) {
    // ("necesito trabajo de camarero en Madrid": a step read whole with no word of the other language in it stands.)
    // ("Was gibt's Neues seit gestern?": a time said in the language, kept as said for the action's own reader of it, is no misreading.)
    const standsWhole = ({ decision }: PlannerOutput) =>
      decision.action !== RESPOND &&
      !Object.entries('args' in decision ? (decision.args ?? {}) : {}).some(([name, value]) => name !== 'since' && typeof value === 'string' && holdsForeignWord(value));
    const whole = decide(message, { ...tools, languageRead: true });
    if (standsWhole(whole)) return whole;
    // Regression (session 41): "quelles sont mes alertes?" ran list_alerts, then answered only "I only understand English
    // so far": once the step read whole has run, the answer is its result. One or the other, never both.
    if (message.observations.length > 0 && standsWhole(decide({ ...message, observations: [] }, { ...tools, languageRead: true }))) return whole;
    const rest = other.english ? decide(withGoal(message, other.english), { ...tools, languageRead: true }) : undefined;
    if (rest && (rest.decision.action !== RESPOND || message.observations.length > 0)) return rest;
    return output.respond(answers.otherLanguage(other.foreign, other.language), 'A message in a language the rules planner does not read.');
  }
  // "the Frontend Entwickler Stelle", "a German Lebenslauf": a German word in an English request says what it means.
  // ("every Monday, no wait, Tuesday at 8": a time taken back in the same breath is no part of the request.)
  const input = withGoal(message, withTimeTakenBack(withEnglishWords(message.goal)));
  const context = withJobNamed(conversationContext(input, allowedApps, phrasebook), input.goal);
  // Slips in the words the phrasings key on ("tailer", "leter") are read as meant.
  // (Nor are words the advice base spells, "pages", "notice", "fired": correctly spelled words the phrasings happen not to use.)
  // (Nor are the labels of the person's resumes; a people's adjective, "the dutch one", is left as typed by the corrector itself.)
  // (The advice base's words and the places, thousands, are looked up where they are, never copied per message.)
  const names = eitherOf(adviceWords, new Set([
    // ("I sent it hier soir": the French for yesterday evening dates the step; never "corrected" to English.)
    ...pastDayWords,
    // ("todas las mañanas", "jeden Montag": a schedule said in another language is read by the alert's own reader, never "corrected".)
    ...foreignScheduleWordsIn(input.goal),
    ...knownJobs(context).flatMap(({ title, company }) => `${title} ${company}`.toLowerCase().match(/[a-z]+/g) ?? []),
    ...(context.known?.resumes ?? []).flatMap(({ label }) => label.toLowerCase().match(/[a-z]+/g) ?? []),
  ]));
  const { text: goal, changes: spellingChanges } = correctSpellingWithChanges(input.goal, phrasebook.vocabulary, names, phrasebook.leadingWords, phrasebook.spelledWords);
  // A plain career question ("what should I ask at the end of an interview?") is answered, not read as the request its words resemble.
  // (So is one asked after the situation it is about: "I have an offer but it's low. How do I negotiate?")
  // A text pasted in to work on ("<a posting> … how well do I fit?") is read whole: its commas and full stops are its own.
  const pasted = phrasebook.readWhole(input.goal, context);
  // Regression (session 37): "hiya, im a nurse in dublin tryin to get into clinical informatics, what can you do for me?"
  // answered "I can't tell" (and "hey, my name is Tom, …, how can you help me?" corrected the resume's name): an
  // introduction that asks for nothing, then "what can you do?", is answered with what jobpilot can do.
  if (!pasted && !tools.earlier && input.observations.length === 0 && asksAbilitiesAfterIntroduction(goal, phrasebook.leadingWords)) {
    return output.respond(answers.helpAbout(goal), 'An introduction, then a question about what jobpilot can do.');
  }
  // "how do these alerts actually work, do they email me or what?": a question about a feature, answered with its help
  // (never the alerts listed, nor "run" watched for).
  const feature = !tools.earlier && input.observations.length === 0 ? featureAskedAbout(input.goal) : undefined;
  if (feature) return output.respond(answers.helpOn(feature), `A question about how a feature of jobpilot works (${feature}).`);
  // Regression (session 42): "I don't want internships, night shifts or B2B contracts, remember that" searched for
  // "night" and saved the night-shift job it had just been told to rule out: a preference to keep is answered honestly.
  if (!pasted && !tools.earlier && input.observations.length === 0 && asksToKeepPreference(input.goal)) {
    return output.respond(answers.preferenceNotKept, 'A preference to keep for later requests: jobpilot keeps none between requests.');
  }
  // "the port operations one" after "Several alerts match …. Which one?", "thursday at 10" after "When should I remind you?":
  // the answer to jobpilot's own question, for the request it asked about.
  const replied = pasted || tools.earlier ? undefined : readReply(goal, context, phrasebook, registry, (text, before) => pendingOf(text, before, input, tools));
  // ("how much is the salary for number 2" asks about a job of the list, not about salaries.)
  // (Nor "how much does it pay and where is it?" with one job in play: a question about that job.)
  // (Nor "interview tips for the Brightwell job": the interview for a job the person named is that job's prep pack.)
  const aboutListed = pointsAtListed(goal, context) || asksAboutJobInPlay(goal, context) || asksAboutInterviewAtKnownJob(goal, context);
  const topic = !replied && !pasted && input.observations.length === 0 && !aboutListed ? adviceFirst(goal, advice, classifier) : undefined;
  if (topic) return output.respond(adviceAnswer(topic.topic, input.known, goal), `A career question about ${topic.topic.id}.`);
  // News told in passing ("…, oh and Globex turned me down") is recorded before the rest.
  const news = pasted ? { steps: [], rest: '' } : readNewsInPassing(goal, phrasebook, context);
  let classified: string | undefined;
  // A piece the classifier is sure asks for another action is never read as the step before's tail.
  const asksForAnother = classifier ? (text: string, action: string) => surelyAnother(classifier, text, action, phrasebook) : undefined;
  const parsed = pasted
    ? { steps: [{ action: pasted.action, args: pasted.args, text: input.goal }], others: [] }
    : news.rest
      ? parseRequest(news.rest, phrasebook, context, { asksForAnother })
      : { steps: [], others: [] };
  let request = replied
    ? { steps: [replied], others: [] }
    : lastWords(withoutRetracted(newsSettingTheScene(withNewsFirst(news.steps, withoutScene(parsed, goal, phrasebook)), phrasebook, context), phrasebook, context), phrasebook, goal);
  // "the 2nd?" after "what does the first one pay", "next" after "tell me about the first one": the last request, for that job.
  const again = replied || pasted ? undefined : readPositionAgain(goal, context, phrasebook, registry);
  if (again) request = { steps: [again], others: [] };
  // "one for the Acme job too": the last request again, for another job.
  // "yep" after "Want me to save it?", "the petrichor one" after "which job is it for?": an answer to jobpilot's last message.
  // "no, not that one, the other one", "the one in Tromsø": a job pointed at, and the last job request again for it.
  const repeated =
    request.steps.length === 0 && !replied
      ? (readAnswer(goal, context, phrasebook, registry) ?? readRepeat(goal, context, phrasebook, registry) ?? readPointing(goal, context, phrasebook, registry))
      : undefined;
  if (repeated && 'reply' in repeated) return output.respond(repeated.reply, 'The message points at a job without saying which, or what to do.');
  if (repeated) request = { steps: [repeated], others: [] };
  // "The agency only accepts Word documents. Could you export the letter?": the detail one clause lacks, from another.
  const detailed = readDetailElsewhere(request, news.rest, phrasebook, context, registry, classifier);
  if (detailed) request = { steps: [detailed], others: request.others.filter((intent) => intent.kind !== 'reply' && intent.kind !== 'unknown') };
  // No pattern placed the message: the classifier decides, on what the patterns left unread
  // ("hi, what's 2+2?" is about the sum; "load my cv, it's at ~/cv.pdf" is read whole).
  // Regression (session 40): "ok forget it. what's new in my inbox?" answered "Okay, I won't do that": a request said
  // after calling the last one off is read as the request.
  const retracted = leadingReply(request.others) === 'negated' && askedAfterRetraction(request.others);
  if (classifier && request.steps.length === 0 && (leadingReply(request.others) === 'unknown' || retracted)) {
    const unread = request.others.flatMap((intent) => (intent.kind === 'unknown' ? [intent.text] : [])).join(', ');
    const clause = makeClause(unread, phrasebook.leadingWords);
    const whole = clause ? classifier.read(unread, clause, context) : undefined;
    // Two requests in separate sentences ("rate me vs the Acme one. and also a letter if it's good"):
    // when the whole reads as no step, the first piece that does is the request, and the rest are what they are.
    // (Not a message plainly about one career topic or feeling: "I'm exhausted, 40 applications and nothing back".)
    const aboutTopic = (advice.find(unread)?.similarity ?? 0) >= 0.5 || (whole?.kind === 'answer' && whole.intent.intent === 'advice' && whole.intent.probability >= 0.5);
    const piece = whole?.kind === 'step' || aboutTopic ? undefined : firstClassifiedPiece(request.others, classifier, phrasebook, context);
    const reading = piece?.reading ?? whole;
    if (piece) {
      request = { steps: [{ action: piece.reading.action, args: piece.reading.args, text: piece.text }], others: request.others.filter((intent) => intent.kind !== 'unknown' || intent.text !== piece.text) };
      classified = `The classifier read "${piece.text}" as ${piece.reading.action} (p=${piece.reading.intent.probability.toFixed(2)}).`;
    } else if (reading?.kind === 'step') {
      request = { steps: [{ action: reading.action, args: reading.args, text: unread }], others: [] };
      classified = `The classifier read the message as ${reading.action} (p=${reading.intent.probability.toFixed(2)}).`;
    } else if (reading && input.observations.length === 0 && !retracted) {
      // Regression (session 36): "olá! hi, what can you do for me?" said goodbye. A greeting, or words
      // jobpilot cannot place, beside "what can you do?": the question is what is answered.
      const chat = reading.intent.intent === 'out_of_scope' || social.has(reading.intent.intent);
      const answer = chat && request.others.some((intent) => intent.kind === 'help') ? answers.helpAbout(goal) : reading.answer === answers.help ? answers.helpAbout(goal) : reading.answer;
      return output.respond(askedHowItIs(answer, goal, answers), `No pattern read the message; the classifier read it as ${reading.intent.intent} (p=${reading.intent.probability.toFixed(2)}).`);
    }
  }
  // Two requests in one where the patterns read one ("can it be more formal and then export to
  // pdf"): an unread clause the classifier is sure of takes its place among the steps.
  if (classifier && request.steps.length > 0) request = lastWords(withoutScene(withClassifiedClauses(request, goal, classifier, phrasebook, context), goal, phrasebook), phrasebook, goal);
  // "hi, my name is Tomas, find me welder jobs": an introduction beside a request is no step of its own.
  request = withoutAsides(request, phrasebook);
  // "save it pls and also the first one": the same request for a job named alone after it.
  const several = addNamedJobs(request, goal, context);
  const namedApart = several !== request;
  request = several;
  // "save both", "mark all three as applied": one step for each job of the list.
  const expanded = expandSeveral(request, context);
  if ('reply' in expanded) {
    if (input.observations.length === 0) return output.respond(expanded.reply, 'The message is about several jobs, and the list holds another number of them.');
  } else request = expanded;
  // The first step, settled against the whole message the same way on every call of the turn
  // (so the observation of it matches it): its job, the details said elsewhere, its resume.
  const said = request.steps[0];
  // (With a job of its own for each step, "it" is the job in play, not the one named for the next step.)
  // Regression (session 42): "save it and also save the lisbon one" saved the Lisbon job twice: a later step that
  // names its own job keeps that job to itself, as one added after it does.
  // (Only when this step's own job is a pronoun: "I withdrew from larkspur, the pay was too low" keeps its note.)
  const saysIt = typeof said?.args.job === 'string' && ownPronoun.test(said.args.job.trim());
  const othersNameJobs = saysIt && request.steps.slice(1).some((step) => typeof step.args.job === 'string' && !ownPronoun.test(step.args.job.trim()));
  const settled = said ? settleStep(said, namedApart || othersNameJobs ? said.text : goal, context, registry) : undefined;
  if (settled && 'reply' in settled && input.observations.length === 0) return output.respond(settled.reply, settled.reason);
  if (settled && !('reply' in settled)) request = { ...request, steps: [settled, ...request.steps.slice(1)] };
  // "data jobs in Leeds or remote": a step that asks for either of two things, one step for each (once settled, so
  // the details said elsewhere do not join both).
  request = withEither(request, phrasebook);
  // Regression (session 38): "switch to my pdf cv and write a letter for the housing trust one, warm tone" wrote a
  // professional letter: a later step takes the details the message adds too, from what no other step said.
  request = { ...request, steps: request.steps.map((step, index) => (index === 0 ? step : fillSlots(step, saidApartFrom(goal, request.steps, step), context, registry))) };
  request = withOwnWords(request, spellingChanges, input.goal, phrasebook.keyWords);
  // "…, mark it please" after the status news: the same request said again, not a second step.
  request = { ...request, steps: withoutRestatedSteps(request.steps) };
  const { steps } = request;
  // A career question said beside a request is answered after it rather than left out.
  // Regression (session 38): "…, change it", "the contract one, the £250/day one", "…, i dont fancy a grad scheme tbh"
  // were listed as left out: a restatement, the job pointed at again or a reason, said beside the steps, asks nothing more;
  // "nothing graduate-y pls" is said to be not left out rather than listed as unread.
  // (A filter told in a piece of its own that a step took, "… in adelaide? min A$90k", was read too; each distinct piece
  // is read once, and only the first few: a message of a thousand pieces is no list of details.)
  const unknownTexts = [...new Set(request.others.flatMap((intent) => (intent.kind === 'unknown' ? [intent.text] : [])))];
  const taken = new Set(unknownTexts.slice(0, maxDetailPieces).filter((text) => steps.some((step) => detailTaken(step, text, context, registry))));
  const pieces = request.others.flatMap((intent) => (intent.kind === 'unknown' && !saidBeside(intent.text, steps) && !taken.has(intent.text) ? [intent.text] : []));
  // A level or type kept out that a step leaves out ("nothing graduate-y" → exclude_seniority) needs no word.
  const leftOutByStep = (kind: string) => {
    const filter = exclusionOf(kind);
    return filter !== undefined && steps.some((step) => Array.isArray(step.args[filter.field]));
  };
  // ("find non-senior jobs": a kind kept out inside a step's own words is said to be not left out too, unless the step leaves it out.)
  const keptInSteps = steps.flatMap((step) => phrasebook.phrasingOf(step.action)?.keptOut?.(step.text) ?? []);
  const excluded = [...new Set([...keptInSteps, ...(steps.length > 0 ? pieces.flatMap((text) => excludedKind(text) ?? []) : [])])].filter(
    (kind) => !leftOutByStep(kind),
  );
  const unread = pieces.filter((text) => steps.length === 0 || excludedKind(text) === undefined);
  const advised = unread.map((text) => ({ text, topic: isAdviceQuestion(withoutLead(text)) ? advice.find(text) : undefined }));
  // "… and also write a letter if it's good": offered once the first has run, not run unasked.
  const offers = classifier ? advised.flatMap(({ text, topic }) => (!topic && conditional.test(text) ? offerOf(text, classifier, phrasebook) : [])) : [];
  const leftOut = advised.flatMap(({ text, topic }) => (topic || offers.some((offer) => offer.text === text) ? [] : [text]));
  const notes = [
    ...withoutRepeats(request.others.flatMap((intent) => (intent.kind === 'reply' ? [intent.reply] : []))),
    ...advised.flatMap(({ text, topic }) => (topic ? [adviceAnswer(topic.topic, input.known, text)] : [])),
    ...offers.map(({ offer }) => offer),
    ...(excluded.length > 0 ? [answers.notExcluded(excluded)] : []),
    // ("… within 100 km of Ulm", "hybrid …": what a step's words ask that it cannot do is said, never dropped in silence.)
    ...notAppliedIn(steps, phrasebook, answers),
  ];

  if (input.observations.length > 0) {
    const progress = trackProgress(steps, input.observations, (step) => standsAlone(step, registry));
    const budgetSpent = progress.next !== undefined && input.stepsLeft <= 0;
    if (progress.next && !budgetSpent) {
      return output.act(progress.next, `Next step the user asked for: ${answers.describe(progress.next.action, progress.next.args)}.`);
    }
    const answer = summarizeTurn(
      { observations: input.observations, remaining: progress.remaining, leftOut, notes, budgetSpent },
      answers,
    );
    return output.respond(answer, endOfTurnReason(progress.failure !== undefined, budgetSpent));
  }

  const first = steps[0];
  if (!first) {
    const reply = replyTo(request.others, answers);
    // ("what can you do with my resume?": the lines about resumes in full.)
    return output.respond(askedHowItIs(reply === answers.help ? answers.helpAbout(goal) : reply, goal, answers), 'Nothing to run: answering directly.');
  }
  if (input.stepsLeft <= 0) return output.respond(answers.noStepsLeft, 'No steps left this turn.');
  return output.act(first, classified ?? `You asked to ${answers.describe(first.action, first.args)}.`);
}

/**
 * What an earlier message asked for, read as it was then: the step it planned, or, when it
 * was answered with a question, the action the question was about.
 */
function pendingOf(text: string, before: readonly ChatMessage[], input: PlannerInput, tools: Tools): PendingRequest | undefined {
  const messages = [...before, { role: 'user' as const, content: text }];
  const { decision } = decide({ ...input, goal: text, messages, observations: [], stepsLeft: 1 }, { ...tools, earlier: true });
  if (decision.action !== RESPOND) return { action: decision.action, ...('args' in decision && decision.args ? { args: decision.args } : {}) };
  const context = conversationContext({ ...input, goal: text, messages }, tools.allowedApps, tools.phrasebook);
  const asked = parseRequest(text, tools.phrasebook, context).others.find((other) => other.kind === 'reply');
  if (asked && 'action' in asked && typeof asked.action === 'string') return { action: asked.action };
  const [top] = tools.classifier?.classify(text) ?? [];
  return top && top.probability >= 0.5 && tools.registry.get(top.intent) ? { action: top.intent } : undefined;
}

/**
 * A step that only reads and names what it is about itself ("what's the salary of the Staff one", "show me java
 * jobs"): never "it" or a place in a list, which a failed step before it may have been meant to leave behind.
 */
function standsAlone(step: RequestedStep, registry: ActionRegistry): boolean {
  if (registry.get(step.action)?.readsOnly !== true) return false;
  return Object.values(step.args).every((value) => typeof value !== 'string' || (!pointsBack.test(value.trim()) && positionOf(value) === undefined));
}

/** Words that point back at what the conversation or a step before left in play. */
const pointsBack = /^(?:it|that|this|them|they|those|these|its|their|(?:that|this|the\s+same)\s+(?:one|job|role|posting))$/i;

/** Each step that asks for either of two things its action does one at a time, made one step for each (`either`). */
function withEither(request: ParsedRequest, phrasebook: Phrasebook): ParsedRequest {
  const steps = request.steps.flatMap((step) => phrasebook.phrasingOf(step.action)?.either?.(step.args, step.text)?.map((args) => ({ ...step, args })) ?? [step]);
  return steps.length === request.steps.length ? request : { ...request, steps };
}

/** A job said by a pronoun only: no job of its own. */
const ownPronoun = /^(?:it|that|this|them|(?:that|this|the same) one)$/i;

/** The message without what the other steps said: where the details of one step of several are read. */
function saidApartFrom(goal: string, steps: readonly RequestedStep[], step: RequestedStep): string {
  let rest = goal;
  for (const other of steps) {
    if (other === step || !other.text) continue;
    const at = rest.toLowerCase().indexOf(other.text.toLowerCase());
    if (at >= 0) rest = `${rest.slice(0, at)} ${rest.slice(at + other.text.length)}`;
  }
  return rest;
}

/** A step settled against the whole message, or the question to ask instead of running it. */
function settleStep(
  step: RequestedStep,
  goal: string,
  context: PhrasingContext,
  registry: ActionRegistry,
): RequestedStep | { reply: string; reason: string } {
  // (A resume's own jobs are not the thread's: "my second job" is counted on the resume.)
  const withJob = registry.get(step.action)?.phrasing?.jobOnResume ? step : settleJob(step, goal, context);
  if ('reply' in withJob) return { reply: withJob.reply, reason: 'The step needs a job that the message does not settle.' };
  const withResume = settleResume(fillSlots(withJob, goal, context, registry), context);
  return 'reply' in withResume ? { reply: withResume.reply, reason: 'The resume named could be several.' } : withResume;
}

/** A request made on a condition the first step's result settles: "… if it's good", "if I'm a decent match". */
const conditional =
  /\b(?:if|when|once)\s+(?:(?:it|that|this|the\s+(?:score|match|fit|result))(?:'s|\s+is|\s+looks|\s+seems|\s+comes\s+back)?|its|i'?m|i\s+am|im|i\s+(?:match|fit|score))\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:good|decent|high|ok|okay|fine|great|worth\s+it|strong|promising|match|fit|above)\b|\bif\s+(?:good|decent|worth\s+it|so|yes|promising)\b/i;

/** The offer to do what a conditional clause asks, when the classifier is sure which action it is. */
function offerOf(text: string, classifier: ClassifierReader, phrasebook: Phrasebook): Array<{ text: string; offer: string }> {
  // (The request without its condition: "if it's good" says nothing about which action.)
  const request = withoutLead(text).replace(/^(?:if|when|once)\b[^,]*,\s*|[\s,]*\b(?:if|when|once)\b.*$/i, '');
  const [top] = classifier.classify(request || text);
  const phrasing = top && top.probability >= 0.5 ? phrasebook.phrasingOf(top.intent) : undefined;
  return phrasing ? [{ text, offer: `If it looks good, I can ${phrasing.capability} next: just ask.` }] : [];
}

/** The first unread piece, of several and on no condition, that the classifier surely reads as a step. */
function firstClassifiedPiece(
  others: ParsedRequest['others'],
  classifier: ClassifierReader,
  phrasebook: Phrasebook,
  context: PhrasingContext,
): { text: string; reading: Extract<ClassifierReading, { kind: 'step' }> } | undefined {
  const texts = others.flatMap((intent) => (intent.kind === 'unknown' ? [intent.text] : []));
  if (texts.length < 2) return undefined;
  for (const text of texts) {
    // "the Hull job looks decent, save it": an opinion of a job asks for nothing; the request is in another piece.
    if (asksForNothing.test(withoutLead(text).trim()) || namesJobOnly.test(withoutLead(text).trim())) continue;
    const clause = conditional.test(text) ? undefined : makeClause(withoutLead(text), phrasebook.leadingWords);
    const reading = clause ? classifier.read(withoutLead(text), clause, context) : undefined;
    // (Surely: a piece alone says less than the whole, "40 applications and nothing back" is no request.)
    if (reading?.kind === 'step' && reading.intent.probability >= clauseThreshold) return { text, reading };
  }
  return undefined;
}

/**
 * A piece that only judges a job ("the Oslo one looks good", "that posting seems decent tbh"), tells where a file
 * is ("I put my CV on the desktop", "my cv is in downloads") or only holds on ("hold on"): no request of its own.
 */
const asksForNothing =
  /^(?:hold\s+on|hang\s+on|wait|one\s+sec(?:ond)?|um+|uh+|hmm+)[.!]*$|^(?:my|the)\s+(?:\p{L}+\s+)?(?:cv|resume|résumé|file|document|doc)\s+(?:is|'s)\s+(?:in|on|under)\b.*$|^i(?:'ve|\s+have)?\s+(?:put|saved|stored|left|placed|dropped|moved|copied)\s+(?:it|(?:my|the)\s+(?:\p{L}+\s+)?(?:cv|resume|résumé|file|document|doc))\s+(?:on|in|into|under|to)\b.*$|^(?:(?:the|that|this)\s+)?[\p{L}\p{N}&' -]{1,40}?\s+(?:looks?|seems?|sounds?)\s+(?:(?:really|very|pretty|quite|so|kinda|actually)\s+)?(?:good|great|decent|nice|promising|interesting|ok|okay|fine|solid|cool|perfect|legit|amazing|alright)(?:\s+(?:tbh|honestly|to me|lol))?[.!]*$/iu;

/** How sure the classifier must be of a clause of a message whose other clauses the patterns read. */
const clauseThreshold = 0.6;

/** Whether the classifier is sure an unread piece asks for an action other than `action`. */
function surelyAnother(classifier: ClassifierReader, text: string, action: string, phrasebook: Phrasebook): boolean {
  if (!makeClause(text, phrasebook.leadingWords)) return false;
  // (The request without its condition: "if it's good" says nothing about which action.)
  const request = withoutLead(text).replace(/^(?:if|when|once)\b[^,]*,\s*|[\s,]*\b(?:if|when|once)\b.*$/i, '');
  const [top] = classifier.classify(request || text);
  return top !== undefined && top.intent !== action && top.probability >= clauseThreshold && phrasebook.phrasingOf(top.intent) !== undefined;
}

/**
 * The request with each unread clause the classifier reads, surely, as an action no other
 * clause asks for, in the order the message says them.
 */
function withClassifiedClauses(
  request: ParsedRequest,
  goal: string,
  classifier: ClassifierReader,
  phrasebook: Phrasebook,
  context: PhrasingContext,
): ParsedRequest {
  const lower = goal.toLowerCase();
  const at = (text: string) => {
    const index = lower.indexOf(text.toLowerCase());
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  };
  const placed = request.steps.map((step) => ({ at: at(step.text), step }));
  const others: ParsedRequest['others'] = [];
  for (const intent of request.others) {
    // (A request on a condition the steps settle waits for their result: it is offered, not run.)
    // (An opinion of a job beside the request, "the Hull one looks decent, save it", asks for nothing.)
    const clause =
      intent.kind === 'unknown' && !conditional.test(intent.text) && !asksForNothing.test(withoutLead(intent.text).trim()) && !namesJobOnly.test(withoutLead(intent.text).trim()) ? makeClause(intent.text, phrasebook.leadingWords) : undefined;
    // What the steps said before it will leave behind ("search rust jobs and a letter for the first one").
    const before = intent.kind === 'unknown' ? placed.filter((step) => step.at < at(intent.text)) : [];
    const reading = clause && intent.kind === 'unknown' ? classifier.read(intent.text, clause, withPending(context, before.map(({ step }) => step), phrasebook)) : undefined;
    // (Of an action a step already asks for, only the same job's later word: "X offered me the role but I said no".)
    const sure =
      reading?.kind === 'step' &&
      reading.intent.probability >= clauseThreshold &&
      (!request.steps.some((step) => step.action === reading.action) || lastWordOfSameJob(reading.action, reading.args, phrasebook));
    if (sure && reading?.kind === 'step' && intent.kind === 'unknown') {
      placed.push({ at: at(intent.text), step: { action: reading.action, args: reading.args, text: intent.text } });
    } else {
      others.push(intent);
    }
  }
  if (placed.length === request.steps.length) return request;
  return { steps: placed.sort((left, right) => left.at - right.at).map(({ step }) => step), others };
}

/** The context with placeholders for what `steps` will leave behind that is not in play yet. */
function withPending(context: PhrasingContext, steps: readonly RequestedStep[], phrasebook: Phrasebook): PhrasingContext {
  const produced = steps.flatMap((step) => phrasebook.phrasingOf(step.action)?.produces ?? []).filter((key) => !context.references[key]);
  if (produced.length === 0) return context;
  return { ...context, references: { ...context.references, ...Object.fromEntries(produced.map((key) => [key, pendingReference])) } };
}

/** A sentence a person tells about themselves: "I'm no longer interested in …", "I've got an interview …". */
const aboutOneself = /^(?:(?:so|well|ok|okay|um|hmm|actually|honestly|update)[\s,:]+)*(?:i|i'?m|im|i'?ve|ive|i'?d|we|we'?re|my)\b/i;

/** "it", "that one": a job referred back to, not named. */
const referredBack = /^(?:it|that|this|that one|this one|them|that job|this job)$/i;

/**
 * News about a job told just before a request about "it" ("I have an interview with Acme
 * next week. Can you help me prepare?", "I'm no longer interested in the Acme job. Take it
 * off my list") sets the scene: the request is what is asked, for that job, and runs first;
 * the news runs after it, or not at all when the request makes it moot (`supersedesNews`).
 */
function newsSettingTheScene(request: ParsedRequest, phrasebook: Phrasebook, context: PhrasingContext): ParsedRequest {
  const steps = [...request.steps];
  for (let index = 0; index + 1 < steps.length; index++) {
    const [told, asked] = [steps[index], steps[index + 1]];
    if (!told || !asked || told.action === asked.action) continue;
    const job = told.args.job;
    if (typeof job !== 'string' || referredBack.test(job) || typeof asked.args.job !== 'string' || !referredBack.test(asked.args.job)) continue;
    // Told, not commanded: news as the phrasing reads it in passing, or a sentence about oneself.
    const clause = makeClause(told.text, phrasebook.leadingWords);
    const inPassing = clause ? phrasebook.phrasingOf(told.action)?.readInPassing?.(clause, context) : undefined;
    if (!inPassing && !aboutOneself.test(told.text)) continue;
    const bound = { ...asked, args: { ...asked.args, job } };
    steps.splice(index, 2, ...(phrasebook.phrasingOf(asked.action)?.supersedesNews ? [bound] : [bound, told]));
  }
  return { ...request, steps };
}

/**
 * The request without the steps that only retract the last change when the message tells
 * the news that corrects it ("oops no, I withdrew from Acme, undo that"): the news is the
 * correction (`yieldsToNews`).
 */
function withoutRetracted(request: ParsedRequest, phrasebook: Phrasebook, context: PhrasingContext): ParsedRequest {
  const isNews = (step: RequestedStep) => {
    const clause = makeClause(step.text, phrasebook.leadingWords);
    return (clause !== undefined && Boolean(phrasebook.phrasingOf(step.action)?.readInPassing?.(clause, context))) || aboutOneself.test(step.text);
  };
  const yields = (step: RequestedStep) => phrasebook.phrasingOf(step.action)?.yieldsToNews === true;
  if (!request.steps.some(yields) || !request.steps.some((step) => !yields(step) && isNews(step))) return request;
  return { ...request, steps: request.steps.filter((step) => !yields(step)) };
}

/** The request without the steps that are only asides beside another action's request (`asideBeside`). */
function withoutAsides(request: ParsedRequest, phrasebook: Phrasebook): ParsedRequest {
  const aside = (step: RequestedStep) => phrasebook.phrasingOf(step.action)?.asideBeside?.(step.text) === true;
  const asides = request.steps.filter(aside);
  if (asides.length === 0 || !request.steps.some((step) => !aside(step) && asides.every((other) => other.action !== step.action))) return request;
  return { ...request, steps: request.steps.filter((step) => !aside(step)) };
}

/**
 * The request with a step dropped when the next step is of the same action, about the same
 * job (named again, or "it"/"they"), and that action's last word wins (`lastWordWins`): "they
 * called me back… they gave me the job" is the offer. (News read in passing runs first, so
 * of two such steps the one said later in the message wins, whichever comes first: "sent my
 * cv to X on monday and today the recruiter rang about an interview" is the interview.)
 */
function lastWords(request: ParsedRequest, phrasebook: Phrasebook, goal: string): ParsedRequest {
  const at = (step: RequestedStep) => goal.toLowerCase().indexOf(step.text.toLowerCase());
  const dropped = new Set<number>();
  request.steps.forEach((step, index) => {
    const next = request.steps[index + 1];
    if (!next || next.action !== step.action || !phrasebook.phrasingOf(step.action)?.lastWordWins) return;
    const [job, later] = [step.args.job, next.args.job];
    if (typeof job !== 'string' || typeof later !== 'string') return;
    if (job.toLowerCase() === later.toLowerCase() || sameJobAgain.test(later)) dropped.add(index);
    // (The later words, read first as news, say "it" of the job the next step names: the next step was said first.)
    else if (sameJobAgain.test(job) && at(next) >= 0 && at(step) > at(next)) dropped.add(index + 1);
  });
  return dropped.size === 0 ? request : { ...request, steps: request.steps.filter((_, index) => !dropped.has(index)) };
}

/** Whether a step is the later word of an action whose last word wins, about the job just told of ("it"). */
function lastWordOfSameJob(action: string, args: Record<string, unknown>, phrasebook: Phrasebook): boolean {
  return Boolean(phrasebook.phrasingOf(action)?.lastWordWins) && typeof args.job === 'string' && sameJobAgain.test(args.job);
}

/** The job just told about, said again without its name. */
const sameJobAgain = /^(?:it|they|them|that|that one|this one|the same one)$/i;

/** The news steps, then the rest of the request, each step once. */
function withNewsFirst(news: readonly RequestedStep[], rest: ParsedRequest): ParsedRequest {
  return { steps: [...news, ...rest.steps], others: rest.others };
}

function endOfTurnReason(failed: boolean, budgetSpent: boolean): string {
  if (failed) return 'A step did not succeed; reporting instead of retrying.';
  if (budgetSpent) return 'The step budget ran out.';
  return 'Every step asked for has run.';
}

/** Whether words no pattern read come after calling something off ("forget it. what's new?"): a new request. */
function askedAfterRetraction(others: ParsedRequest['others']): boolean {
  const called = others.findIndex((intent) => intent.kind === 'negated');
  return called >= 0 && others.slice(called + 1).some((intent) => intent.kind === 'unknown');
}

/**
 * Replies without one that says the same first sentence as another ("I can't change the languages
 * … yet", said of two clauses about languages): the last, said of the later clause, is kept.
 */
/** What the steps' own words ask that they cannot do, said once ("I searched without a radius …"); none when all is done. */
function notAppliedIn(steps: readonly RequestedStep[], phrasebook: Phrasebook, answers: Answers): string[] {
  const limits = [...new Set(steps.flatMap((step) => phrasebook.phrasingOf(step.action)?.notApplied?.(step.text) ?? []))];
  return limits.length > 0 ? [answers.notApplied(limits)] : [];
}

function withoutRepeats(replies: readonly string[]): string[] {
  const opening = (reply: string) => reply.split(/(?<=[.!?])\s/)[0] ?? reply;
  return replies.filter((reply, index) => !replies.some((other, at) => at > index && opening(other) === opening(reply)));
}

/** The kind of remark that decides the reply when nothing is to be run. */
const leadingReply = (others: ParsedRequest['others']) =>
  replyPriority.find((candidate) => others.some((intent) => intent.kind === candidate));

function replyTo(others: ParsedRequest['others'], answers: Answers): string {
  const kind = leadingReply(others);
  switch (kind) {
    case 'reply':
      return withoutRepeats(others.flatMap((intent) => (intent.kind === 'reply' ? [intent.reply] : []))).join(' ');
    case 'negated':
      return answers.negated;
    case 'unknown':
      return answers.cannotDo;
    case 'help':
      return others.some((intent) => intent.kind === 'help' && intent.all) ? answers.everything : answers.help;
    case 'greeting':
      return answers.greeting;
    case 'thanks':
      return answers.thanks;
    case 'farewell':
      return answers.farewell;
    default:
      return answers.acknowledgement;
  }
}

/** "how are you?" in a greeting gets an answer before the hello. */
function askedHowItIs(answer: string, goal: string, answers: Answers): string {
  const asked = /\bhow\s+(?:are|r)\s+(?:you|u|ya)\b|\bhow(?:'s|\s+is)\s+(?:it\s+going|everything|life)\b|\bhow\s+(?:are\s+)?things\b|\bhow\s+you\s+doing\b/i;
  return answer === answers.greeting && asked.test(goal) ? `I'm doing well, thanks for asking! ${answer}` : answer;
}

/** The input with another goal, and the message that said it said so too. */
function withGoal(input: PlannerInput, goal: string): PlannerInput {
  if (goal === input.goal) return input;
  const last = input.messages.at(-1);
  const messages = last?.role === 'user' && last.content === input.goal ? [...input.messages.slice(0, -1), { ...last, content: goal }] : input.messages;
  return { ...input, goal, messages };
}

/** Earlier messages only: the window ends with this turn's message, which is the goal itself. */
function conversationContext(input: PlannerInput, allowedApps: readonly string[], phrasebook: Phrasebook): PhrasingContext {
  const last = input.messages.at(-1);
  const history =
    last?.role === 'user' && last.content === input.goal ? input.messages.slice(0, -1) : input.messages;
  const context = { references: input.references, allowedApps, known: input.known };
  return { ...context, history, lastRequest: makeLastRequest(history, phrasebook, context) };
}
