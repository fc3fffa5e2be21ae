import type { DocumentSummary } from '../../src/protocol/api.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { api, streamRun } from './api.ts';
import { h } from './dom.ts';
import { describeProblem, remedyFor } from './problems.ts';
import { firstParagraph } from './for-people.ts';

/**
 * The conversation the web app's buttons use for what only a turn can do (writing a letter
 * or a prep pack, choosing the active resume): it shows in the Chat list like any other.
 */
export const actionsThread = 'web-app-actions';

/** What a button's turn came to: its answer, and whether every step went well. */
export interface ActionOutcome {
  ok: boolean;
  answer: string;
  events: RunEvent[];
}

/**
 * Runs one request as a turn on the actions thread, showing its steps and the text they write
 * in `panel` as they stream, and the answer (or the problem, in words) at the end.
 *
 * @example
 * await runAction(`write a cover letter for job ${job.id}`, panel);
 */
export async function runAction(message: string, panel: HTMLElement): Promise<ActionOutcome> {
  const events: RunEvent[] = [];
  const status = h('p', { class: 'muted', role: 'status' }, 'Working…');
  const progress = h('pre', { class: 'progress', hidden: true });
  panel.replaceChildren(status, progress);
  let answer = '';
  let ok = true;
  try {
    const { ended } = await streamRun(
      actionsThread,
      { message },
      (event) => {
        events.push(event);
        if (event.type === 'tool-call-start') status.textContent = `Running ${event.action.replace(/_/g, ' ')}…`;
        if (event.type === 'tool-progress') {
          progress.hidden = false;
          progress.textContent = (progress.textContent ?? '') + event.text;
        }
        if (event.type === 'tool-call-end' && !event.ok) ok = false;
        if (event.type === 'message-end') answer = event.text;
        if (event.type === 'error') {
          ok = false;
          panel.append(h('div', { class: 'problem', role: 'alert' }, event.message, h('p', { class: 'remedy' }, remedyFor(event.code))));
        }
        if (event.type === 'approval-request') ok = false;
      },
      new AbortController().signal,
    );
    if (!ended) {
      ok = false;
      panel.append(h('div', { class: 'problem', role: 'alert' }, 'The connection dropped before this finished. Check that jobpilot is running, then try again.'));
    }
  } catch (error) {
    ok = false;
    const problem = describeProblem(error);
    // The approval that blocks this thread is answered in Chat.
    const remedy = problem.code === 'APPROVAL_PENDING' ? h('a', { href: `#/chat/${actionsThread}` }, 'Answer the approval waiting in its conversation first.') : problem.remedy;
    panel.append(h('div', { class: 'problem', role: 'alert' }, problem.message, h('p', { class: 'remedy' }, remedy)));
  }
  progress.hidden = true;
  // Regression (session 41): a letter written from a job card showed whole, as one run-on paragraph with its Markdown
  // heading inline: the panel says what was done in a line; the letter itself opens on Documents (the link after it).
  status.textContent = firstParagraph(answer) || (ok ? 'Done.' : 'It did not work.');
  return { ok, answer, events };
}

/** The newest document of a kind written for a job, after a turn wrote one. */
export async function newestDocument(kind: DocumentSummary['kind'], jobId: string): Promise<DocumentSummary | undefined> {
  const { documents } = await api<{ documents: DocumentSummary[] }>(`/v1/documents?kind=${kind}&limit=50`);
  return documents.find((document) => document.job_id === jobId);
}

/** Buttons that write a cover letter or an interview-prep pack for a job, then open it on the Documents screen. */
export function writingButtons(jobId: string, panel: HTMLElement): HTMLElement[] {
  const write = (kind: 'cover_letter' | 'interview_prep', message: string) => async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    button.disabled = true;
    const outcome = await runAction(message, panel);
    button.disabled = false;
    if (!outcome.ok) return;
    const written = await newestDocument(kind, jobId).catch(() => undefined);
    if (written) panel.append(h('p', {}, h('a', { href: `#/documents/${written.id}` }, `Open “${written.title}”`)));
  };
  return [
    h('button', { type: 'button', onclick: write('cover_letter', `write a cover letter for job ${jobId}`) }, 'Write cover letter'),
    h('button', { type: 'button', onclick: write('interview_prep', `prepare me for the interview for job ${jobId}`) }, 'Interview prep'),
  ];
}
