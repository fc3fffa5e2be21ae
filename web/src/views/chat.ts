import type { PendingApproval, ThreadDetail, ThreadSummary } from '../../../src/protocol/api.ts';
import type { RunEvent } from '../../../src/protocol/events.ts';
import { api, ApiError, streamRun } from '../api.ts';
import { announce, formatDate, h, replace, zoneLabel } from '../dom.ts';
import { serverTimeZone } from '../time-zone.ts';
import { renderMarkdown } from '../markdown.ts';
import { forPeople } from '../for-people.ts';
import { newestOnly } from '../newest-only.ts';
import { describeProblem, remedyFor } from '../problems.ts';

/** Words for each action's running step, for people. */
const actionLabel = (action: string) => action.replace(/_/g, ' ');

/** Ids this page made for new conversations that have no turn yet: the server knows none of them. */
const notYetOnServer = new Set<string>();

/** A new conversation's id: readable, unique enough for one person's threads. */
export const newThreadId = (): string => {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const id = `web-${day}-${random}`;
  notYetOnServer.add(id);
  return id;
};

const problemBox = (message: string, remedy: string) =>
  h('div', { class: 'problem', role: 'alert' }, h('strong', {}, 'Problem: '), message, remedy ? h('p', { class: 'remedy' }, remedy) : null);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Chat screen: the conversation list (new, rename, delete) beside one conversation, whose
 * turns stream in token by token with each step as it runs, approval cards, Stop, and
 * errors in words. A dropped connection reloads the conversation from the server.
 */
export function chatView(root: HTMLElement, threadId: string | undefined, go: (hash: string) => void): () => void {
  const current = threadId ?? newThreadId();
  let running: AbortController | null = null;
  let disposed = false;

  const list = h('ul', { class: 'thread-list', 'aria-label': 'Conversations' });
  const header = h('div', { class: 'thread-header' });
  const transcript = h('div', { class: 'transcript', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const input = h('textarea', {
    id: 'message',
    rows: 2,
    placeholder: 'Ask jobpilot… (Enter sends, Shift+Enter for a new line)',
    'aria-label': 'Message',
  });
  const sendButton = h('button', { type: 'submit', class: 'primary' }, 'Send');
  const stopButton = h('button', { type: 'button', class: 'danger', hidden: true }, 'Stop');
  const composer = h('form', { class: 'composer' }, input, h('div', { class: 'composer-buttons' }, sendButton, stopButton));

  replace(
    root,
    h(
      'div',
      { class: 'chat' },
      h('aside', { class: 'threads' }, h('button', { type: 'button', class: 'primary new-thread', onclick: () => go(`#/chat/${newThreadId()}`) }, 'New conversation'), list),
      h('section', { class: 'conversation', 'aria-label': 'Chat' }, header, transcript, composer),
    ),
  );

  const setRunning = (controller: AbortController | null) => {
    running = controller;
    sendButton.disabled = controller !== null;
    stopButton.hidden = controller === null;
    if (controller) stopButton.focus();
  };

  // The list is read again after each turn and each rename: an older read that answers late is not drawn over a newer one.
  const beginThreads = newestOnly();
  async function loadThreads(): Promise<ThreadSummary[]> {
    const newest = beginThreads();
    try {
      const { threads } = await api<{ threads: ThreadSummary[] }>('/v1/threads?limit=100');
      if (!newest()) return threads;
      replace(
        list,
        threads.length === 0 ? h('li', { class: 'muted' }, 'No conversations yet.') : null,
        threads.map((thread) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: `#/chat/${encodeURIComponent(thread.thread_id)}`, 'aria-current': thread.thread_id === current ? 'page' : undefined },
              h('span', { class: 'thread-title' }, thread.title || thread.thread_id),
              thread.status !== 'idle' ? h('span', { class: `badge ${thread.status}` }, thread.status === 'busy' ? 'running' : 'needs approval') : null,
            ),
          ),
        ),
      );
      return threads;
    } catch (error) {
      const problem = describeProblem(error);
      if (newest()) replace(list, h('li', {}, problemBox(problem.message, problem.remedy)));
      return [];
    }
  }

  function renderHeader(thread: ThreadSummary | null) {
    const title = h('h2', { id: 'thread-title' }, thread?.title || (thread ? thread.thread_id : 'New conversation'));
    if (!thread) {
      replace(header, title);
      return;
    }
    const rename = h('button', { type: 'button' }, 'Rename');
    const remove = h('button', { type: 'button', class: 'danger' }, 'Delete');
    const tools = h('div', { class: 'thread-tools' }, rename, remove);
    rename.addEventListener('click', () => {
      const field = h('input', { type: 'text', value: thread.title || thread.thread_id, 'aria-label': 'New title', maxlength: 200, required: true });
      const save = h('button', { type: 'submit', class: 'primary' }, 'Save');
      const form = h('form', { class: 'inline-form' }, field, save, h('button', { type: 'button', onclick: () => renderHeader(thread) }, 'Cancel'));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        // Enter twice, or Enter then a click: renamed once.
        if (save.disabled) return;
        save.disabled = true;
        try {
          const renamed = await api<ThreadSummary>(`/v1/threads/${encodeURIComponent(thread.thread_id)}`, { method: 'PATCH', body: { title: field.value } });
          renderHeader(renamed);
          announce(`Renamed to ${renamed.title}`);
          await loadThreads();
        } catch (error) {
          const problem = describeProblem(error);
          form.append(problemBox(problem.message, problem.remedy));
        } finally {
          save.disabled = false;
        }
      });
      replace(header, form);
      field.focus();
      field.select();
    });
    remove.addEventListener('click', () => {
      const confirmDelete = h('button', { type: 'button', class: 'danger' }, 'Delete it');
      const question = h(
        'div',
        { class: 'inline-form', role: 'group', 'aria-label': 'Confirm deletion' },
        h('span', {}, 'Delete this conversation and its history? Saved jobs, resumes and documents stay.'),
        confirmDelete,
        h('button', { type: 'button', onclick: () => renderHeader(thread) }, 'Cancel'),
      );
      confirmDelete.addEventListener('click', async () => {
        confirmDelete.disabled = true;
        try {
          await api(`/v1/threads/${encodeURIComponent(thread.thread_id)}`, { method: 'DELETE' });
          announce('Conversation deleted');
          // Left meanwhile (another screen or conversation): the person stays where they went.
          if (!disposed) go(`#/chat/${newThreadId()}`);
        } catch (error) {
          confirmDelete.disabled = false;
          const problem = describeProblem(error);
          question.append(problemBox(problem.message, problem.remedy));
        }
      });
      replace(header, question);
      confirmDelete.focus();
    });
    replace(header, title, tools, zoneLabel() ? h('p', { class: 'muted zone-label' }, zoneLabel()) : null);
  }

  function messageBubble(role: 'user' | 'assistant', content: string, at?: string) {
    return h(
      'article',
      { class: `message ${role}` },
      h('header', {}, role === 'user' ? 'You' : 'jobpilot', at ? h('time', { datetime: at, title: zoneLabel() || null }, formatDate(at, true)) : null),
      h('div', { class: 'content' }, role === 'assistant' ? renderMarkdown(forPeople(content)) : content),
    );
  }

  function approvalCard(approval: Pick<PendingApproval, 'action' | 'args' | 'reason' | 'what'>, turn: HTMLElement) {
    const approve = h('button', { type: 'button', class: 'primary' }, 'Approve');
    const decline = h('button', { type: 'button' }, 'Decline');
    const card = h(
      'div',
      { class: 'approval', role: 'group', 'aria-label': 'Approval needed' },
      h('h3', {}, `Approve: ${actionLabel(approval.action)}?`),
      approval.what ? h('p', {}, approval.what) : null,
      h('p', { class: 'reason' }, approval.reason),
      // What the step will be given, as "name: value" lines for a person; folded away when the sentence above says it.
      Object.keys(approval.args).length
        ? h(
            'details',
            { class: 'args', open: approval.what ? undefined : true },
            h('summary', {}, 'Details'),
            h(
              'dl',
              {},
              Object.entries(approval.args).flatMap(([name, value]) => [h('dt', {}, name.replace(/_/g, ' ')), h('dd', {}, typeof value === 'string' ? value : JSON.stringify(value))]),
            ),
          )
        : null,
      h('div', { class: 'buttons' }, approve, decline),
    );
    const answer = (approved: boolean) => {
      approve.disabled = true;
      decline.disabled = true;
      card.classList.add('answered');
      card.append(h('p', { class: 'muted' }, approved ? 'Approved.' : 'Declined.'));
      // The card shows as soon as the run asks; the run still holds the conversation until its
      // end arrives, and a resume sent before that is refused (THREAD_BUSY). Sent after it.
      void lastRun.then(() => run({ resume: { approved } }, turn));
    };
    approve.addEventListener('click', () => answer(true));
    decline.addEventListener('click', () => answer(false));
    setTimeout(() => approve.focus(), 0);
    return card;
  }

  /** One turn's events drawn into `turn` as they arrive. */
  function drawEvents(turn: HTMLElement) {
    const steps = new Map<number, HTMLElement>();
    let answer: HTMLElement | null = null;
    let answerText = '';
    const stepsList = (turn.querySelector('ol.steps') as HTMLOListElement | null) ?? turn.appendChild(h('ol', { class: 'steps', 'aria-label': 'Steps' }));
    const step = (index: number, action: string) => {
      // After an approval the same step goes on in a second stream: find the line the first one drew.
      let item = steps.get(index) ?? stepsList.querySelector<HTMLElement>(`li[data-index="${index}"]`) ?? undefined;
      if (!item) {
        item = h('li', { class: 'step planned', 'data-index': index }, h('span', { class: 'step-name' }, actionLabel(action)), h('span', { class: 'step-state' }, 'planned'));
        stepsList.append(item);
      }
      steps.set(index, item);
      return item;
    };
    const setState = (item: HTMLElement, state: string, words: string) => {
      item.className = `step ${state}`;
      const label = item.querySelector('.step-state');
      if (label) label.textContent = words;
    };
    return (event: RunEvent) => {
      switch (event.type) {
        case 'plan': {
          const item = step(event.index, event.action);
          if (event.reason) item.title = event.reason;
          break;
        }
        case 'tool-call-start':
          setState(step(event.index, event.action), 'running', 'running…');
          announce(`Running ${actionLabel(event.action)}`);
          break;
        case 'tool-progress': {
          const item = step(event.index, event.action);
          const progress = item.querySelector('.progress') ?? item.appendChild(h('div', { class: 'progress' }));
          progress.textContent = (progress.textContent ?? '') + event.text;
          break;
        }
        case 'tool-call-end': {
          const item = step(event.index, event.action);
          setState(item, event.ok ? 'done' : event.declined ? 'declined' : 'failed', event.ok ? 'done' : event.declined ? 'declined' : 'failed');
          item.querySelector('.progress')?.remove();
          // The answer that follows reports the step in full (as the CLI does): a person reads each
          // result once; the step keeps it as its tooltip.
          item.title = event.summary;
          break;
        }
        case 'approval-request':
          turn.append(approvalCard(event, turn));
          announce(`Approval needed: ${actionLabel(event.action)}`);
          break;
        case 'message-delta':
          answerText += event.text;
          answer ??= turn.appendChild(h('div', { class: 'content streaming' }));
          answer.textContent = forPeople(answerText);
          break;
        case 'message-end':
          answer ??= turn.appendChild(h('div', { class: 'content' }));
          answer.classList.remove('streaming');
          replace(answer, renderMarkdown(forPeople(event.text)));
          break;
        case 'error':
          turn.append(problemBox(event.message, remedyFor(event.code)));
          break;
        case 'run-end':
          turn.dataset.status = event.status;
          if (event.status === 'cancelled') turn.append(h('p', { class: 'muted' }, 'This turn was cancelled.'));
          break;
        default:
          break;
      }
      transcript.scrollTop = transcript.scrollHeight;
    };
  }

  /** The newest turn's stream, settled once it has ended (whatever way). */
  let lastRun: Promise<void> = Promise.resolve();
  function run(body: { message: string } | { resume: { approved: boolean } }, turn: HTMLElement): Promise<void> {
    const done = streamTurn(body, turn);
    lastRun = done.catch(() => {});
    return done;
  }

  async function streamTurn(body: { message: string } | { resume: { approved: boolean } }, turn: HTMLElement) {
    const controller = new AbortController();
    setRunning(controller);
    let stopped = false;
    const stop = () => {
      stopped = true;
      controller.abort();
    };
    stopButton.onclick = stop;
    try {
      const { ended } = await streamRun(current, body, drawEvents(turn), controller.signal, () => {
        turn.querySelector('.notice.rejoined')?.remove();
        turn.append(h('p', { class: 'notice rejoined', role: 'status' }, 'The connection dropped; joined the run again where it left off (nothing missed).'));
      });
      if (!ended && stopped) {
        turn.dataset.status = 'cancelled';
        turn.append(h('p', { class: 'muted' }, 'Stopped: the turn was cancelled.'));
        announce('Stopped');
      } else if (!ended) {
        await reconnect(turn);
      }
    } catch (error) {
      if (stopped) {
        turn.dataset.status = 'cancelled';
        turn.append(h('p', { class: 'muted' }, 'Stopped: the turn was cancelled.'));
      } else if (error instanceof ApiError && error.code === 'NETWORK') {
        await reconnect(turn);
      } else {
        const problem = describeProblem(error);
        turn.append(problemBox(problem.message, problem.remedy));
        if (error instanceof ApiError && error.code === 'NO_PENDING_APPROVAL') await loadThread();
      }
    } finally {
      setRunning(null);
      if (!disposed) await loadThreads();
    }
  }

  /**
   * After a connection that dropped and could not be joined again (the server was away
   * longer, or restarted): the conversation is read again once the server answers (tries
   * again for a while), and the page says so.
   */
  async function reconnect(turn: HTMLElement) {
    const notice = h('p', { class: 'notice', role: 'status' }, 'The connection dropped before this turn finished. Reconnecting…');
    turn.append(notice);
    for (let attempt = 0; !disposed; attempt += 1) {
      try {
        await api(`/v1/threads/${encodeURIComponent(current)}?limit=1`);
        break;
      } catch (error) {
        if (error instanceof ApiError && error.code !== 'NETWORK' && error.code !== 'DATABASE_UNAVAILABLE') break;
        notice.textContent = `The connection dropped; the server cannot be reached yet. Trying again (attempt ${attempt + 2})…`;
        await wait(Math.min(30_000, 1000 * 2 ** attempt));
      }
    }
    if (disposed) return;
    await loadThread();
    transcript.append(h('p', { class: 'notice', role: 'status' }, 'Reconnected: the conversation was reloaded from the server. Send the message again if its turn did not finish.'));
  }

  async function loadThread(before?: string) {
    let thread: ThreadDetail | null = null;
    // Times in the server's zone, as Alerts and Reminders show them (asked once, alongside).
    const zoneKnown = serverTimeZone();
    try {
      // A conversation this page just made is not asked for (the answer would be a 404).
      if (!notYetOnServer.has(current)) thread = await api<ThreadDetail>(`/v1/threads/${encodeURIComponent(current)}?limit=100${before ? `&before=${before}` : ''}`);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'THREAD_NOT_FOUND')) {
        const problem = describeProblem(error);
        if (before) {
          // An earlier page that failed costs the person nothing already on screen: the
          // problem above the button, the button ready to try again.
          transcript.querySelector('.load-earlier-problem')?.remove();
          const button = transcript.querySelector<HTMLButtonElement>('.load-earlier');
          const box = problemBox(problem.message, problem.remedy);
          box.classList.add('load-earlier-problem');
          if (button) {
            button.disabled = false;
            button.before(box);
          } else transcript.prepend(box);
          return;
        }
        replace(transcript, problemBox(problem.message, problem.remedy));
        return;
      }
    }
    await zoneKnown;
    renderHeader(thread);
    const older = thread?.next_before
      ? h(
          'button',
          {
            type: 'button',
            class: 'load-earlier',
            // Clicked twice, the earlier page would be put in twice.
            onclick: (event: Event) => {
              (event.currentTarget as HTMLButtonElement).disabled = true;
              void loadThread(thread?.next_before ?? undefined);
            },
          },
          'Load earlier messages',
        )
      : null;
    const messages = (thread?.messages ?? []).map((message) => messageBubble(message.role, message.content, message.created_at));
    if (before) {
      transcript.querySelector('.load-earlier')?.remove();
      transcript.querySelector('.load-earlier-problem')?.remove();
      transcript.prepend(older ?? '', ...messages);
      return;
    }
    replace(
      transcript,
      older,
      messages.length === 0 ? h('p', { class: 'muted empty' }, 'Ask for jobs ("find remote TypeScript jobs"), your match, a cover letter, or interview prep.') : null,
      messages,
    );
    if (thread?.pending_approval) {
      const turn = h('article', { class: 'message assistant turn' }, h('header', {}, 'jobpilot'));
      turn.append(approvalCard(thread.pending_approval, turn));
      transcript.append(turn);
    }
    transcript.scrollTop = transcript.scrollHeight;
  }

  // The conversation as stored, read once as the screen opens. A message sent before it is
  // drawn waits for it: drawing the history replaces the transcript, and would take the new
  // turn (and the approval card it is about to show) with it.
  const firstLoad = loadThread().catch(() => undefined);
  let sending = false;
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || running || sending) return;
    input.value = '';
    sending = true;
    void firstLoad.then(() => {
      sending = false;
      if (!disposed) send(text);
    });
  });

  function send(text: string) {
    transcript.querySelector('.empty')?.remove();
    transcript.append(messageBubble('user', text));
    const turn = h('article', { class: 'message assistant turn' }, h('header', {}, 'jobpilot'));
    transcript.append(turn);
    notYetOnServer.delete(current);
    void run({ message: text }, turn).then(async () => {
      if (!disposed && header.querySelector('.thread-tools') === null) {
        const threads = await api<{ threads: ThreadSummary[] }>('/v1/threads?limit=100').catch(() => ({ threads: [] as ThreadSummary[] }));
        const summary = threads.threads.find((thread) => thread.thread_id === current);
        if (summary) renderHeader(summary);
      }
    });
  }
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  void loadThreads();
  input.focus();
  return () => {
    disposed = true;
    // Leaving the screen does not cancel a run the person started: only Stop does.
  };
}
