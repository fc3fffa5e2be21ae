import type { AlertMatch } from '../../../src/protocol/alerts.ts';
import type { SavedJobResponse } from '../../../src/protocol/api.ts';
import { api } from '../api.ts';
import { announce, h } from '../dom.ts';
import { problemBox } from './jobs.ts';

/** One opening an alert found (`POST /v1/alerts/{id}/run`'s `matches`, an alert notification's `data.jobs`). */
export type { AlertMatch };

/** The job ids in the tracker, so a match already saved says so. */
export async function savedJobIds(): Promise<Set<string>> {
  const { saved_jobs: saved } = await api<{ saved_jobs: SavedJobResponse[] }>('/v1/saved-jobs').catch(() => ({ saved_jobs: [] as SavedJobResponse[] }));
  return new Set(saved.map((job) => job.job_id));
}

/** Whether a notification's `data.jobs` entry is a whole match (an alert's), not just an id (a posting check's). */
export const isAlertMatch = (value: unknown): value is AlertMatch => {
  const match = value as Partial<AlertMatch> | null;
  return typeof match === 'object' && match !== null && typeof match.job_id === 'string' && typeof match.title === 'string' && typeof match.url === 'string';
};

/**
 * New openings in the order given (best fit first), each with its fit as a meter, the reason,
 * and Save (to the tracker, `POST /v1/saved-jobs`).
 *
 * @example
 * panel.append(alertMatchList(result.matches, await savedJobIds()));
 */
export function alertMatchList(matches: readonly AlertMatch[], saved: Set<string>): HTMLElement {
  if (matches.length === 0) return h('p', { class: 'muted' }, 'Nothing new: every opening it found was reported before.');
  return h(
    'ol',
    { class: 'matches', 'aria-label': 'New openings, best fit first' },
    matches.map((match) => {
      const message = h('div', { role: 'status' });
      const save = h('button', { type: 'button', class: saved.has(match.job_id) ? '' : 'primary' }, saved.has(match.job_id) ? 'Saved' : 'Save');
      save.disabled = saved.has(match.job_id);
      save.addEventListener('click', async () => {
        save.disabled = true;
        try {
          await api<SavedJobResponse>('/v1/saved-jobs', { body: { job_id: match.job_id } });
          saved.add(match.job_id);
          save.textContent = 'Saved';
          save.classList.remove('primary');
          announce(`Saved ${match.title} at ${match.company}`);
        } catch (error) {
          save.disabled = false;
          message.replaceChildren(problemBox(error));
        }
      });
      return h(
        'li',
        { class: 'card match-item', 'data-job-id': match.job_id },
        h('h4', {}, h('a', { href: match.url, target: '_blank', rel: 'noreferrer noopener' }, match.title)),
        h('p', { class: 'meta' }, [match.company, match.location].filter(Boolean).join(' · ')),
        // A posting that states nothing to compare is "not scored" (its reason says so), as in every other list; no fit without a resume.
        match.fit === null && match.reason?.startsWith('not scored')
          ? h('p', { class: 'muted fit-not-scored' }, 'Fit: not scored (the posting states no requirements)')
          : match.fit === null
          ? h('p', { class: 'muted' }, 'No fit score: ', h('a', { href: '#/resume' }, 'upload a resume'), '.')
          : h(
              'div',
              { class: 'fit' },
              h('span', {}, 'Fit'),
              h('meter', { min: 0, max: 100, low: 50, high: 75, optimum: 100, value: match.fit, 'aria-label': `Fit score of ${match.title}` }),
              h('strong', { class: 'fit-score' }, String(match.fit)),
            ),
        match.reason ? h('p', { class: 'reason' }, match.reason) : null,
        h('div', { class: 'buttons' }, save),
        message,
      );
    }),
  );
}
