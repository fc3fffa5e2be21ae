import type { SavedJobResponse } from '../../../src/protocol/api.ts';
import { type JobStatus, jobStatuses } from '../../../src/protocol/vocabulary.ts';
import { writingButtons } from '../actions.ts';
import { api } from '../api.ts';
import { announce, formatDate, h, replace } from '../dom.ts';
import { newestOnly } from '../newest-only.ts';
import { learnTimeZone } from '../time-zone.ts';
import { problemBox } from './jobs.ts';

const statusNames: Record<JobStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/**
 * The Tracker screen: saved jobs as a board (saved → applied → interviewing → offer, then
 * rejected and withdrawn). Each card moves by its menu, with an optional note, and shows its
 * dated history and notes; cards can also be dragged between columns.
 */
export function trackerView(root: HTMLElement): () => void {
  const board = h('div', { class: 'board' });
  const message = h('div', { role: 'status' });
  replace(root, h('h1', {}, 'Tracker'), message, board);

  async function move(job: SavedJobResponse, status: JobStatus, note: string) {
    try {
      await api<SavedJobResponse>(`/v1/saved-jobs/${job.job_id}`, { method: 'PATCH', body: note ? { status, note } : { status } });
      announce(`Moved ${job.title} to ${statusNames[status]}`);
      await load(job.job_id);
    } catch (error) {
      replace(message, problemBox(error));
    }
  }

  const card = (job: SavedJobResponse) => {
    const select = h('select', { 'aria-label': `Move ${job.title} to` }, jobStatuses.map((status) => h('option', { value: status }, statusNames[status])));
    select.value = job.status;
    const note = h('input', { type: 'text', placeholder: 'Note (optional)', 'aria-label': `Note for ${job.title}`, maxlength: 2000 });
    const moveButton = h('button', { type: 'submit' }, 'Move');
    const form = h('form', { class: 'inline-form move' }, select, note, moveButton);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Moved once, with its note once, however often Move is pressed while it is on its way.
      if (moveButton.disabled) return;
      moveButton.disabled = true;
      void move(job, select.value as JobStatus, note.value.trim()).finally(() => {
        moveButton.disabled = false;
      });
    });
    const remove = h('button', { type: 'button', class: 'danger' }, 'Remove');
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      try {
        await api(`/v1/saved-jobs/${job.job_id}`, { method: 'DELETE' });
        announce(`Removed ${job.title}`);
        await load();
      } catch (error) {
        remove.disabled = false;
        replace(message, problemBox(error));
      }
    });
    const panel = h('div', { class: 'panel' });
    const item = h(
      'li',
      { class: 'card saved-job', draggable: 'true', 'data-job-id': job.job_id },
      h('h3', {}, h('a', { href: job.url, target: '_blank', rel: 'noreferrer noopener' }, job.title)),
      h('p', { class: 'meta' }, [job.company, job.location].filter(Boolean).join(' · ')),
      job.notes ? h('p', { class: 'notes' }, h('strong', {}, 'Notes: '), job.notes) : null,
      h(
        'details',
        {},
        h('summary', {}, `History (${job.history.length})`),
        h('ol', { class: 'history' }, job.history.map((event) => h('li', {}, h('time', { datetime: event.at }, formatDate(event.at, true)), ` — ${statusNames[event.status]}`, event.note ? `: ${event.note}` : ''))),
      ),
      form,
      h('div', { class: 'buttons' }, h('a', { href: `#/resume/match/${job.job_id}` }, 'Match'), h('a', { href: `#/reminders/${job.job_id}` }, 'Set a reminder'), ...writingButtons(job.job_id, panel), remove),
      panel,
    );
    item.addEventListener('dragstart', (event) => event.dataTransfer?.setData('text/plain', job.job_id));
    return item;
  };

  // Read again after each move: two moves close together each read the board, and the first
  // read may answer last; it is dropped rather than put the second job back where it was.
  const beginLoad = newestOnly();
  async function load(focusJob?: string) {
    const current = beginLoad();
    try {
      const { saved_jobs: jobs, time_zone: timeZone } = await api<{ saved_jobs: SavedJobResponse[]; time_zone?: string }>('/v1/saved-jobs');
      learnTimeZone(timeZone);
      if (!current()) return;
      replace(message, jobs.length === 0 ? h('p', { class: 'muted' }, 'Nothing saved yet: save jobs from the ', h('a', { href: '#/jobs' }, 'Jobs'), ' screen.') : null);
      replace(
        board,
        jobStatuses.map((status) => {
          const inColumn = jobs.filter((job) => job.status === status);
          const column = h(
            'section',
            { class: 'column', 'data-status': status, 'aria-label': statusNames[status] },
            h('h2', {}, statusNames[status], h('span', { class: 'muted' }, String(inColumn.length))),
            h('ul', {}, inColumn.map(card)),
          );
          column.addEventListener('dragover', (event) => event.preventDefault());
          column.addEventListener('drop', (event) => {
            event.preventDefault();
            const jobId = event.dataTransfer?.getData('text/plain');
            const job = jobs.find((candidate) => candidate.job_id === jobId);
            if (job && job.status !== status) void move(job, status, '');
          });
          return column;
        }),
      );
      if (focusJob) board.querySelector<HTMLElement>(`[data-job-id="${focusJob}"] select`)?.focus();
    } catch (error) {
      if (current()) replace(message, problemBox(error));
    }
  }

  void load();
  return () => {};
}
