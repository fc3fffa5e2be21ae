import type { Alert, AlertCreate, AlertRun } from '../../../src/protocol/alerts.ts';
import { ApiError, api } from '../api.ts';
import { announce, h, replace } from '../dom.ts';
import { exclusionsOf, leaveOutChoices } from '../leave-out.ts';
import { newestOnly } from '../newest-only.ts';
import { type AlertMatch, alertMatchList, savedJobIds } from './alert-matches.ts';
import { problemBox } from './jobs.ts';

type AlertDetail = Alert & { runs: AlertRun[] };

/** A moment in the alert's own zone (the person's), as "Mon 7 Dec, 08:00". */
export function formatInZone(iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  try {
    return new Date(iso).toLocaleString(undefined, { ...options, timeZone });
  } catch {
    // A zone this browser does not know: the browser's own.
    return new Date(iso).toLocaleString(undefined, options);
  }
}

const durationText = (ms: number | null) => (ms === null ? '' : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

const statusWords: Record<AlertRun['status'], string> = {
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  partial: 'partly done: some boards failed',
  failed: 'failed',
};

const triggerWords: Record<AlertRun['trigger'], string> = { schedule: 'on schedule', 'catch-up': 'caught up after a restart', manual: 'run by hand' };

/** What a run came to in one line: status, duration, how many new, and what went wrong. */
function runSummary(run: AlertRun, timeZone: string): HTMLElement {
  const failed = run.failed_boards.map((board) => `${board.label}: ${board.message}`).join(' ');
  return h(
    'p',
    { class: 'run-summary' },
    h('span', { class: `badge run-${run.status}` }, statusWords[run.status]),
    ' ',
    h('time', { datetime: run.started_at ?? run.due_at }, formatInZone(run.started_at ?? run.due_at, timeZone)),
    run.duration_ms !== null ? ` · took ${durationText(run.duration_ms)}` : '',
    ` · ${run.new_matches} new`,
    run.error ? h('span', { class: 'run-error' }, ` · ${run.error}`) : null,
    failed ? h('span', { class: 'run-error' }, ` · not reached: ${failed}`) : null,
  );
}

/** The search an alert runs, in words, with what it keeps out. */
export const searchWords = (alert: Alert) =>
  [
    `“${alert.query}”`,
    alert.location ? `in ${alert.location}${alert.remote_too ? ' or remote' : ''}` : null,
    alert.remote ? 'remote only' : null,
    alert.company ? `at ${alert.company}` : null,
    alert.min_fit !== null ? `fit at least ${alert.min_fit}` : null,
    // (An alert made before the pay floor existed has none: the field may be absent from an older server.)
    alert.min_salary ? `paying ${alert.min_salary.toLocaleString('en-US')}+ a year (postings stating no pay are kept)` : null,
    alert.exclude_seniority?.length ? `not ${alert.exclude_seniority.join(' or ')}` : null,
    alert.exclude_employment_type?.length ? `no ${alert.exclude_employment_type.map((type) => type.replace(/_/g, '-')).join(' or ')} roles` : null,
    alert.exclude_agencies ? 'no agencies' : null,
  ]
    .filter(Boolean)
    .join(' · ');


/** Where a `400 BAD_REQUEST` put each problem (`Invalid body: min_fit: …; query: …`), by field. */
function problemsByField(message: string): Map<string, string> {
  const found = new Map<string, string>();
  const listed = /^Invalid body: (.*)$/s.exec(message)?.[1];
  if (!listed) return found;
  for (const part of listed.split('; ')) {
    const colon = part.indexOf(': ');
    if (colon > 0) found.set(part.slice(0, colon), part.slice(colon + 2));
  }
  return found;
}

/**
 * The Alerts screen: saved searches that run on a schedule. The list (the search, the
 * schedule in words, the next run in the person's zone, the last run's status, duration,
 * errors and new openings), a form to make one (the server's validation error next to its
 * field), pause and resume, delete (asked again), run now (the new openings ranked by fit,
 * each with Save), and each alert's recent runs on demand.
 */
export function alertsView(root: HTMLElement): () => void {
  const field = (id: string, label: string, input: HTMLInputElement, hint?: string) => {
    const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    const hintElement = hint ? h('p', { class: 'hint muted', id: `${id}-hint` }, hint) : null;
    input.id = id;
    input.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
    return { input, error, element: h('div', { class: `field field-${id}` }, h('label', { for: id }, label), input, hintElement, error) };
  };
  const query = field('alert-query', 'Keywords', h('input', { type: 'text', required: true, maxlength: 200, placeholder: 'typescript, data engineer…' }));
  const location = field('alert-location', 'Location (optional)', h('input', { type: 'text', maxlength: 100, placeholder: 'Berlin, Europe…' }));
  const company = field('alert-company', 'Company (optional)', h('input', { type: 'text', maxlength: 100 }));
  const minFit = field('alert-min-fit', 'Minimum fit (optional, 0–100)', h('input', { type: 'number', min: 0, max: 100, step: 1, inputmode: 'numeric' }));
  const minSalary = field(
    'alert-min-salary',
    'Minimum yearly pay (optional)',
    h('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric', placeholder: '60000' }),
    'Postings stating less are left out; postings stating no pay are kept and marked so.',
  );
  const schedule = field(
    'alert-schedule',
    'When to run',
    h('input', { type: 'text', required: true, maxlength: 100, value: 'every morning at 8' }),
    'Words like “every morning at 8”, “weekdays at 7:30”, “every Monday”, “every 4 hours”, or cron: 0 8 * * *',
  );
  const remote = h('input', { id: 'alert-remote', type: 'checkbox' });
  // With a location: its openings and remote ones too (remote_too), never remote only.
  const remoteToo = h('input', { id: 'alert-remote-too', type: 'checkbox' });
  // The Jobs screen's "Leave out" boxes (one list, web/src/leave-out.ts).
  const leaveOut = leaveOutChoices.map((choice) => ({ ...choice, id: `alert-${choice.key}`, input: h('input', { id: `alert-${choice.key}`, type: 'checkbox' }) }));
  const fields = { query: query, location: location, company: company, min_fit: minFit, min_salary: minSalary, schedule: schedule } as const;
  const formProblem = h('div', { role: 'alert' });
  const form = h(
    'form',
    { class: 'alert-form card', 'aria-labelledby': 'new-alert-title', novalidate: true },
    h('h2', { id: 'new-alert-title' }, 'New alert'),
    h(
      'div',
      { class: 'alert-fields' },
      query.element,
      location.element,
      company.element,
      minFit.element,
      minSalary.element,
      h('label', { class: 'check', for: 'alert-remote' }, remote, 'Remote only'),
      h('label', { class: 'check', for: 'alert-remote-too' }, remoteToo, 'Remote too (besides the location)'),
      schedule.element,
    ),
    h(
      'fieldset',
      { class: 'leave-out' },
      h('legend', {}, 'Leave out'),
      leaveOut.map((choice) => h('label', { class: 'check', for: choice.id }, choice.input, choice.label)),
    ),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Create alert')),
    formProblem,
  );
  const message = h('div', { role: 'status' });
  const list = h('ul', { class: 'alerts', 'aria-label': 'Your alerts' });
  replace(
    root,
    h('h1', {}, 'Alerts'),
    h('p', { class: 'muted' }, 'Saved searches that run on their own and tell you, in the ', h('a', { href: '#/inbox' }, 'Inbox'), ', about openings they have not told you about before.'),
    form,
    message,
    h('h2', {}, 'Your alerts'),
    list,
  );

  const clearProblems = () => {
    for (const { input, error } of Object.values(fields)) {
      error.hidden = true;
      error.textContent = '';
      input.removeAttribute('aria-invalid');
    }
    formProblem.replaceChildren();
  };
  const showProblem = (name: keyof typeof fields, text: string) => {
    const { input, error } = fields[name];
    error.textContent = text;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    const body: AlertCreate = { query: query.input.value.trim(), schedule: schedule.input.value.trim() };
    if (location.input.value.trim()) body.location = location.input.value.trim();
    if (company.input.value.trim()) body.company = company.input.value.trim();
    if (remote.checked) body.remote = true;
    if (remoteToo.checked) body.remote_too = true;
    Object.assign(body, exclusionsOf(leaveOut.filter((choice) => choice.input.checked).map((choice) => choice.key)));
    if (minFit.input.value.trim() !== '') body.min_fit = Number(minFit.input.value);
    if (minSalary.input.value.trim() !== '') body.min_salary = Number(minSalary.input.value);
    // The browser's own checks first, in the same words as the server's.
    if (!body.query) return (showProblem('query', 'Say what to look for: a role, a skill or keywords.'), query.input.focus());
    if (!body.schedule) return (showProblem('schedule', 'Say when: “every morning at 8”, “weekdays at 7:30” or a cron expression.'), schedule.input.focus());
    const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    submit.disabled = true;
    try {
      const created = await api<Alert>('/v1/alerts', { body });
      announce(`Alert made: ${created.name}, ${created.schedule_text}`);
      replace(message, h('p', { class: 'notice' }, `Made “${created.name}”: ${created.schedule_text}${created.next_run_at ? `, first run ${formatInZone(created.next_run_at, created.time_zone)} (${created.time_zone})` : ''}.`));
      query.input.value = '';
      location.input.value = '';
      company.input.value = '';
      minFit.input.value = '';
      minSalary.input.value = '';
      remote.checked = false;
      remoteToo.checked = false;
      for (const choice of leaveOut) choice.input.checked = false;
      await load(created.id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ALERT_SCHEDULE_INVALID') {
        showProblem('schedule', error.message);
        schedule.input.focus();
      } else if (error instanceof ApiError && error.code === 'BAD_REQUEST' && problemsByField(error.message).size > 0) {
        let first: HTMLInputElement | undefined;
        for (const [name, text] of problemsByField(error.message)) {
          if (!(name in fields)) continue;
          showProblem(name as keyof typeof fields, text);
          first ??= fields[name as keyof typeof fields].input;
        }
        if (first) first.focus();
        else formProblem.replaceChildren(problemBox(error));
      } else {
        formProblem.replaceChildren(problemBox(error));
      }
    } finally {
      submit.disabled = false;
    }
  });

  /** A problem on one alert's card; an alert that is gone (deleted elsewhere) takes the list with it, read again. */
  const cardProblem = (error: unknown, where: HTMLElement) => {
    if (error instanceof ApiError && error.code === 'ALERT_NOT_FOUND') {
      replace(message, problemBox(error));
      void load();
    } else {
      where.replaceChildren(problemBox(error));
    }
  };

  const card = (alert: Alert) => {
    const summary = h('div', {});
    const tools = h('div', { class: 'buttons' });
    const panel = h('div', { class: 'panel' });
    const runs = h('div', { class: 'runs' });
    const item = h('li', { class: 'card alert', 'data-alert-id': alert.id }, summary, tools, runs, panel);

    const act = async (button: HTMLButtonElement, path: string, done: string) => {
      // Clicked twice while the first is on its way: sent once.
      button.disabled = true;
      try {
        const changed = await api<Alert>(`/v1/alerts/${alert.id}/${path}`, { method: 'POST' });
        announce(done);
        await refresh(changed);
      } catch (error) {
        button.disabled = false;
        cardProblem(error, panel);
      }
    };

    const refresh = async (known?: Alert) => {
      const current = known ?? (await api<AlertDetail>(`/v1/alerts/${alert.id}`));
      // The pause and resume answers carry no last run: it is what it was.
      const lastRun = current.last_run === undefined ? alert.last_run : current.last_run;
      Object.assign(alert, current, { last_run: lastRun });
      item.classList.toggle('paused', alert.paused);
      replace(
        summary,
        h('h3', {}, alert.name),
        h('p', { class: 'meta' }, searchWords(alert)),
        h(
          'p',
          { class: 'schedule' },
          h('strong', {}, alert.schedule_text),
          h('span', { class: 'muted' }, ` (${alert.time_zone})`),
          ' · ',
          alert.paused
            ? h('span', { class: 'badge paused-badge' }, 'paused')
            : alert.next_run_at
              ? ['next run ', h('time', { datetime: alert.next_run_at, class: 'next-run' }, formatInZone(alert.next_run_at, alert.time_zone))]
              : 'no next run',
        ),
        alert.last_run ? h('div', { class: 'last-run' }, h('span', { class: 'muted' }, 'Last run: '), runSummary(alert.last_run, alert.time_zone)) : h('p', { class: 'muted last-run' }, 'Not run yet.'),
      );
      const runNow = h('button', { type: 'button', class: 'primary' }, 'Run now');
      runNow.addEventListener('click', async () => {
        runNow.disabled = true;
        replace(panel, h('p', { class: 'muted', role: 'status' }, 'Searching the job boards…'));
        try {
          const [result, saved] = await Promise.all([
            api<{ run: AlertRun; matches: AlertMatch[] }>(`/v1/alerts/${alert.id}/run`, { method: 'POST' }),
            savedJobIds(),
          ]);
          const count = result.matches.length;
          announce(`${count} new ${count === 1 ? 'opening' : 'openings'} for ${alert.name}`);
          replace(
            panel,
            h('h4', {}, count === 0 ? 'Nothing new this time' : `${count} new ${count === 1 ? 'opening' : 'openings'}, best fit first`),
            runSummary(result.run, alert.time_zone),
            alertMatchList(result.matches, saved),
          );
          await refresh({ ...alert, last_run: result.run });
        } catch (error) {
          cardProblem(error, panel);
        } finally {
          runNow.disabled = false;
        }
      });
      const pauseOrResume = alert.paused
        ? h('button', { type: 'button', onclick: (event: Event) => void act(event.currentTarget as HTMLButtonElement, 'resume', `Resumed ${alert.name}`) }, 'Resume')
        : h('button', { type: 'button', onclick: (event: Event) => void act(event.currentTarget as HTMLButtonElement, 'pause', `Paused ${alert.name}`) }, 'Pause');
      const history = h('button', { type: 'button', 'aria-expanded': String(runs.childElementCount > 0) }, 'Recent runs');
      history.addEventListener('click', async () => {
        if (history.getAttribute('aria-expanded') === 'true') {
          history.setAttribute('aria-expanded', 'false');
          runs.replaceChildren();
          return;
        }
        try {
          const detail = await api<AlertDetail>(`/v1/alerts/${alert.id}`);
          history.setAttribute('aria-expanded', 'true');
          replace(
            runs,
            detail.runs.length === 0
              ? h('p', { class: 'muted' }, 'No runs yet.')
              : h(
                  'ol',
                  { class: 'run-list', 'aria-label': `Recent runs of ${alert.name}` },
                  detail.runs.map((run) => h('li', {}, runSummary(run, alert.time_zone), h('span', { class: 'muted' }, triggerWords[run.trigger]))),
                ),
          );
        } catch (error) {
          cardProblem(error, runs);
        }
      });
      const remove = h('button', { type: 'button', class: 'danger' }, 'Delete');
      remove.addEventListener('click', () => {
        const confirmDelete = h('button', { type: 'button', class: 'danger' }, 'Delete it');
        const question = h(
          'div',
          { class: 'inline-form', role: 'group', 'aria-label': 'Confirm deletion' },
          h('span', {}, `Delete “${alert.name}” and its runs? Jobs it found stay in your tracker and the index.`),
          confirmDelete,
          h('button', { type: 'button', onclick: () => void refresh(alert).then(() => remove.focus()) }, 'Cancel'),
        );
        confirmDelete.addEventListener('click', async () => {
          confirmDelete.disabled = true;
          try {
            await api<Alert>(`/v1/alerts/${alert.id}`, { method: 'DELETE' });
            announce(`Deleted ${alert.name}`);
            item.remove();
            if (list.childElementCount === 0) await load();
            else (list.querySelector('button') as HTMLButtonElement | null)?.focus();
          } catch (error) {
            confirmDelete.disabled = false;
            if (error instanceof ApiError && error.code === 'ALERT_NOT_FOUND') cardProblem(error, question);
            else question.append(problemBox(error));
          }
        });
        replace(tools, question);
        confirmDelete.focus();
      });
      // An alert with a place: remote openings as well, or the place's only, changed in one click.
      const remoteTooToggle = alert.location
        ? h('button', { type: 'button', 'aria-pressed': String(alert.remote_too) }, alert.remote_too ? `${alert.location} only` : 'Remote too')
        : null;
      remoteTooToggle?.addEventListener('click', async () => {
        remoteTooToggle.disabled = true;
        try {
          const changed = await api<Alert>(`/v1/alerts/${alert.id}`, { method: 'PATCH', body: { remote_too: !alert.remote_too } });
          announce(changed.remote_too ? `${changed.name}: remote openings too` : `${changed.name}: ${changed.location ?? 'its place'} only`);
          await refresh(changed);
        } catch (error) {
          remoteTooToggle.disabled = false;
          cardProblem(error, panel);
        }
      });
      replace(tools, runNow, pauseOrResume, remoteTooToggle, history, remove);
    };
    void refresh(alert);
    return item;
  };

  // Read as the screen opens, and again after each change: an alert made before the first list
  // answered must not be drawn over by that list, read before it existed.
  const beginLoad = newestOnly();
  async function load(focusAlert?: string) {
    const current = beginLoad();
    try {
      const { alerts } = await api<{ alerts: Alert[] }>('/v1/alerts');
      if (!current()) return;
      replace(list, alerts.length === 0 ? h('li', { class: 'muted' }, 'No alerts yet: make one above, or say “tell me every morning about new remote TypeScript jobs” in Chat.') : alerts.map(card));
      if (focusAlert) list.querySelector<HTMLElement>(`[data-alert-id="${focusAlert}"]`)?.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (current()) replace(list, h('li', {}, problemBox(error)));
    }
  }

  void load();
  query.input.focus();
  return () => {};
}
