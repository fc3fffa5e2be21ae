import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { ActionRegistry } from '../tools/registry.ts';
import type { ChatMessage, Observation, PlannerInput } from './planner.ts';

const identity =
  'You are jobpilot, a job-hunting assistant running on the user’s own machine. You search job ' +
  'boards, keep and tailor the user’s resume, write cover letters and interview-prep packs, and ' +
  'act on the desktop (open websites and apps, take screenshots).';

/** Observation data is a handful of facts; anything longer is cut so the prompt stays bounded. */
const maxDataCharacters = 600;

/**
 * The messages for one planner decision: the rules, the action catalogue, what this turn
 * has done so far, the conversation window and, on a re-ask, the rejected answer and why.
 *
 * @example
 * const messages = decisionMessages(input, registry);
 * await model.invoke(messages);
 */
export function decisionMessages(input: PlannerInput, registry: ActionRegistry): BaseMessage[] {
  const system = [
    identity,
    'Work one action at a time: choose exactly one action to run now, or respond. You will see ' +
      'its result before choosing the next one. Never invent results of actions you did not run.',
    `Actions you can run:\n${registry.describe()}`,
    `Things earlier steps produced, for when the user refers back to them:\n${describeReferences(input.references)}`,
    `Steps already run this turn:\n${describeObservations(input.observations)}`,
    input.stepsLeft > 0
      ? `Steps left this turn: ${input.stepsLeft}.`
      : 'No steps are left this turn: respond now.',
    'To act: type "act", the action name in "action", its arguments in "args" (arguments it does ' +
      'not take are empty strings) and an empty "answer". When the goal is met or nothing more can ' +
      'be done, respond: type "respond", action "none", and the reply in "answer" (or an empty ' +
      '"answer" to have the reply written from the results). Always give a short "reason".',
  ].join('\n\n');
  const messages = [new SystemMessage(system), ...conversation(input)];
  if (input.retry) {
    messages.push(
      new AIMessage(outputText(input.retry.output)),
      new HumanMessage(
        `That decision was rejected: ${input.retry.error}\nReply again with a corrected decision that follows the schema.`,
      ),
    );
  }
  return messages;
}

/**
 * The messages for writing the user-facing answer from the conversation and this turn's
 * results.
 *
 * @example
 * for await (const chunk of await model.stream(answerMessages(input))) process.stdout.write(chunk.text);
 */
export function answerMessages(input: PlannerInput): BaseMessage[] {
  const system = [
    identity,
    'Write the reply to the user’s latest message. Base it on the conversation and on the ' +
      'results of the steps below; do not claim anything a step did not do, and say plainly ' +
      'when a step failed.',
    `Steps run this turn:\n${describeObservations(input.observations)}`,
    `Things earlier steps produced:\n${describeReferences(input.references)}`,
    'Answer the user concisely, in plain text.',
  ].join('\n\n');
  return [new SystemMessage(system), ...conversation(input)];
}

/**
 * What the model said, for `parseDecision`: the JSON it wrote when it is JSON (code fences
 * tolerated), else the text itself, so a malformed answer is reported and re-asked
 * rather than thrown.
 *
 * @example
 * readDecisionOutput(new AIMessage('{"type":"respond"}')); // { type: 'respond' }
 */
export function readDecisionOutput(message: BaseMessage): unknown {
  const text = message.text.trim();
  const unfenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(text)?.[1] ?? text;
  try {
    return JSON.parse(unfenced);
  } catch {
    return text;
  }
}

/** The window as chat messages, ending with this turn's goal. */
function conversation(input: PlannerInput): BaseMessage[] {
  const window: ChatMessage[] = [...input.messages];
  const last = window.at(-1);
  if (last?.role !== 'user' || last.content !== input.goal) {
    window.push({ role: 'user', content: input.goal });
  }
  // Providers want turns to alternate; a turn that ended without an answer leaves two user
  // messages in a row, so neighbours from the same side are joined.
  const merged: ChatMessage[] = [];
  for (const message of window) {
    const previous = merged.at(-1);
    if (previous?.role === message.role) previous.content += `\n\n${message.content}`;
    else merged.push({ ...message });
  }
  return merged.map((message) =>
    message.role === 'user' ? new HumanMessage(message.content) : new AIMessage(message.content),
  );
}

function describeObservations(observations: readonly Observation[]): string {
  if (observations.length === 0) return 'None yet.';
  return observations
    .map((observation) => {
      const outcome = observation.ok ? 'ok' : 'failed';
      const data = observation.data ? ` Data: ${truncate(JSON.stringify(observation.data))}` : '';
      return `${observation.index + 1}. ${observation.action} ${JSON.stringify(observation.args)} → ${outcome}: ${observation.summary}${data}`;
    })
    .join('\n');
}

function describeReferences(references: Readonly<Record<string, string>>): string {
  const entries = Object.entries(references);
  if (entries.length === 0) return 'None yet.';
  return entries.map(([name, value]) => `- ${name}: ${value}`).join('\n');
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output || '(an empty reply)';
  return JSON.stringify(output) ?? String(output);
}

function truncate(text: string): string {
  return text.length > maxDataCharacters ? `${text.slice(0, maxDataCharacters)}…` : text;
}
