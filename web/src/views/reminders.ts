import { newestOnly } from '../newest-only.ts';
import type { CalendarFeed, ReminderResponse, SavedJobResponse } from '../../../src/protocol/api.ts';
import { ApiError, api, download } from '../api.ts';
import { announce, h, replace } from '../dom.ts';
import { problemBox } from './jobs.ts';

type ReminderKind = ReminderResponse['kind'];
const kindNames: Record<ReminderKind, string> = { follow_up: 'Follow-up', interview: 'Interview', other: 'Other' };
const statusNames: Record<ReminderResponse['status'], string> = { pending: 'to come', notified: 'told', cancelled: 'cancelled' };

/** When a reminder is, in the zone its words were read in: "Mon 7 Dec, 15:00" or "Fri 11 Dec, whole day". */
export function reminderWhen(reminder: Pick<ReminderResponse, 'due_at' | 'all_day' | 'time_zone'>): string {
  const options: Intl.DateTimeFormatOptions = reminder.all_day
    ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
    : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' };
  let text: string;
  try {
    text = new Date(reminder.due_at).toLocaleString(undefined, { ...options, timeZone: reminder.time_zone });
  } catch {
    text = new Date(reminder.due_at).toLocaleString(undefined, options);
  }
  return reminder.all_day ? `${text}, whole day` : text;
}

/** Saves a file the API answered with, under the name the server gave it. */
async function saveFile(path: string): Promise<string> {
  const file = await download(path);
  const url = URL.createObjectURL(file.blob);
  const link = h('a', { href: url, download: file.filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.filename;
}

/**
 * The Reminders screen: interviews and follow-ups to come (or all, past and cancelled too);
 * add one from words ("Friday at 3pm"), of a kind, optionally about a saved job; cancel one
 * (asked again); download one as an `.ics` event; and the calendar feed's address to
 * subscribe to (`GET /v1/calendar`), with every reminder as one `.ics`.
 */
export function remindersView(root: HTMLElement, forJob?: string): () => void {
  const when = h('input', { id: 'reminder-when', type: 'text', required: true, maxlength: 200, placeholder: 'Friday, on the 12th at 3pm, in 3 days…', 'aria-describedby': 'reminder-when-hint reminder-when-error' });
  const whenError = h('p', { class: 'field-error', id: 'reminder-when-error', hidden: true });
  const kind = h('select', { id: 'reminder-kind' }, (Object.keys(kindNames) as ReminderKind[]).map((value) => h('option', { value }, kindNames[value])));
  const job = h('select', { id: 'reminder-job' }, h('option', { value: '' }, 'No job'));
  const title = h('input', { id: 'reminder-title', type: 'text', maxlength: 200, placeholder: 'Made from the kind and the job when empty' });
  const note = h('input', { id: 'reminder-note', type: 'text', maxlength: 2000 });
  const formProblem = h('div', { role: 'alert' });
  const form = h(
    'form',
    { class: 'reminder-form card', 'aria-labelledby': 'new-reminder-title', novalidate: true },
    h('h2', { id: 'new-reminder-title' }, 'New reminder'),
    h(
      'div',
      { class: 'alert-fields' },
      h('div', { class: 'field' }, h('label', { for: 'reminder-when' }, 'When'), when, h('p', { class: 'hint muted', id: 'reminder-when-hint' }, 'In words, in your time zone: “Friday”, “on the 12th at 3pm”, “tomorrow at 9am”, “in 3 days”.'), whenError),
      h('div', { class: 'field' }, h('label', { for: 'reminder-kind' }, 'Kind'), kind),
      h('div', { class: 'field' }, h('label', { for: 'reminder-job' }, 'Job (optional)'), job),
      h('div', { class: 'field' }, h('label', { for: 'reminder-title' }, 'What (optional)'), title),
      h('div', { class: 'field' }, h('label', { for: 'reminder-note' }, 'Note (optional)'), note),
    ),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Add reminder')),
    formProblem,
  );
  const showAll = h('input', { id: 'reminders-all', type: 'checkbox' });
  const message = h('div', { role: 'status' });
  const list = h('ul', { class: 'reminders', 'aria-label': 'Reminders' });
  const feedSection = h('section', { class: 'card calendar-feed', 'aria-labelledby': 'feed-title' });
  replace(
    root,
    h('h1', {}, 'Reminders'),
    form,
    message,
    h('div', { class: 'screen-header' }, h('h2', {}, 'Coming up'), h('label', { class: 'check', for: 'reminders-all' }, showAll, 'Past and cancelled too')),
    list,
    feedSection,
  );

  const setWhenProblem = (text: string | null) => {
    whenError.textContent = text ?? '';
    whenError.hidden = text === null;
    if (text === null) when.removeAttribute('aria-invalid');
    else when.setAttribute('aria-invalid', 'true');
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setWhenProblem(null);
    formProblem.replaceChildren();
    if (!when.value.trim()) {
      setWhenProblem('Say when: “Friday”, “on the 12th at 3pm” or “in 3 days”.');
      when.focus();
      return;
    }
    const body: Record<string, string> = { when: when.value.trim(), kind: kind.value };
    if (job.value) body.job_id = job.value;
    if (title.value.trim()) body.title = title.value.trim();
    if (note.value.trim()) body.note = note.value.trim();
    const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    submit.disabled = true;
    try {
      const made = await api<ReminderResponse & { moved_to_interviewing: boolean }>('/v1/reminders', { body });
      announce(`Reminder set: ${made.title}, ${reminderWhen(made)}`);
      replace(
        message,
        h('p', { class: 'notice' }, `Set “${made.title}” for ${reminderWhen(made)} (read from “${made.said}”).`, made.moved_to_interviewing ? ' The job moved to interviewing on the Tracker.' : ''),
      );
      when.value = '';
      kind.value = 'follow_up';
      job.value = '';
      title.value = '';
      note.value = '';
      await load();
    } catch (error) {
      // (A weekday and a date that disagree, or a clock named that no zone is known for: the message asks which, beside the field.)
      if (error instanceof ApiError && /^REMINDER_(?:TIME_UNREADABLE|TIME_PAST|DAY_MISMATCH|ZONE_UNCLEAR)$/.test(error.code)) {
        setWhenProblem(error.message);
        when.focus();
      } else if (error instanceof ApiError && error.code === 'BAD_REQUEST' && /^Invalid body: when: /.test(error.message)) {
        setWhenProblem(error.message.replace(/^Invalid body: when: /, ''));
        when.focus();
      } else {
        formProblem.replaceChildren(problemBox(error));
      }
    } finally {
      submit.disabled = false;
    }
  });

  const item = (reminder: ReminderResponse) => {
    const panel = h('div', {});
    const tools = h('div', { class: 'buttons' });
    const element = h(
      'li',
      { class: `card reminder status-${reminder.status}`, 'data-reminder-id': reminder.id },
      h('header', {}, h('span', { class: `badge kind-${reminder.kind}` }, kindNames[reminder.kind]), reminder.status !== 'pending' ? h('span', { class: 'badge' }, statusNames[reminder.status]) : null),
      h('h3', {}, reminder.title),
      h('p', { class: 'when' }, h('time', { datetime: reminder.due_at }, reminderWhen(reminder)), h('span', { class: 'muted' }, ` (${reminder.time_zone}) · from “${reminder.said}”`)),
      reminder.job_id ? h('p', { class: 'meta' }, h('a', { href: '#/tracker' }, [reminder.job_title, reminder.company].filter(Boolean).join(' at ') || reminder.job_id)) : null,
      reminder.note ? h('p', { class: 'notes' }, reminder.note) : null,
      tools,
      panel,
    );
    const ics = h('button', { type: 'button' }, 'Download .ics');
    ics.addEventListener('click', async () => {
      try {
        announce(`Downloaded ${await saveFile(`/v1/reminders/${reminder.id}/event.ics`)}`);
      } catch (error) {
        panel.replaceChildren(problemBox(error));
      }
    });
    const renderTools = () => {
      if (reminder.status === 'cancelled') return replace(tools, ics);
      const cancel = h('button', { type: 'button', class: 'danger' }, 'Cancel reminder');
      cancel.addEventListener('click', () => {
        const sure = h('button', { type: 'button', class: 'danger' }, 'Cancel it');
        sure.addEventListener('click', async () => {
          sure.disabled = true;
          try {
            const cancelled = await api<ReminderResponse>(`/v1/reminders/${reminder.id}`, { method: 'DELETE' });
            announce(`Cancelled ${cancelled.title}`);
            if (showAll.checked) element.replaceWith(item(cancelled));
            else element.remove();
            showEmpty();
          } catch (error) {
            sure.disabled = false;
            if (error instanceof ApiError && error.code === 'REMINDER_NOT_FOUND') {
              replace(message, problemBox(error));
              void load();
            } else {
              panel.replaceChildren(problemBox(error));
            }
          }
        });
        replace(
          tools,
          h(
            'div',
            { class: 'inline-form', role: 'group', 'aria-label': 'Confirm cancelling' },
            h('span', {}, 'Cancel this reminder? Calendars subscribed to the feed drop it too.'),
            sure,
            h('button', { type: 'button', onclick: () => (renderTools(), cancel.focus()) }, 'Keep it'),
          ),
        );
        sure.focus();
      });
      replace(tools, ics, cancel);
    };
    renderTools();
    return element;
  };

  const showEmpty = () => {
    if (list.querySelector('li.reminder')) return;
    replace(list, h('li', { class: 'muted' }, showAll.checked ? 'No reminders yet.' : 'Nothing coming up. Add one above, or say “remind me to follow up with Northwind on Friday” in Chat.'));
  };

  const beginLoad = newestOnly();
  async function load() {
    const current = beginLoad();
    try {
      const { reminders } = await api<{ reminders: ReminderResponse[] }>(`/v1/reminders${showAll.checked ? '?all=true' : ''}`);
      if (!current()) return;
      replace(list, reminders.map(item));
      showEmpty();
    } catch (error) {
      if (current()) replace(list, h('li', {}, problemBox(error)));
    }
  }

  async function loadJobs() {
    try {
      const { saved_jobs: saved } = await api<{ saved_jobs: SavedJobResponse[] }>('/v1/saved-jobs');
      job.append(...saved.map((entry) => h('option', { value: entry.job_id }, `${entry.title} at ${entry.company}`)));
      // Opened from a Tracker card (`#/reminders/{job}`): that job is chosen.
      if (forJob && saved.some((entry) => entry.job_id === forJob)) job.value = forJob;
    } catch {
      // The list says what is wrong; without the tracker a reminder can still be made.
    }
  }

  async function loadFeed() {
    try {
      const feed = await api<CalendarFeed>('/v1/calendar');
      const address = `${location.origin}${feed.path}`;
      const field = h('input', { id: 'feed-address', type: 'text', readonly: true, value: address, 'aria-describedby': 'feed-hint' });
      const copy = h('button', { type: 'button' }, 'Copy address');
      copy.addEventListener('click', async () => {
        field.select();
        try {
          await navigator.clipboard.writeText(address);
          announce('Copied the feed address');
        } catch {
          announce('Selected the address: copy it with Ctrl+C');
        }
      });
      const all = h('button', { type: 'button' }, 'Download all (.ics)');
      all.addEventListener('click', async () => {
        try {
          announce(`Downloaded ${await saveFile(feed.path)}`);
        } catch (error) {
          feedSection.append(problemBox(error));
        }
      });
      replace(
        feedSection,
        h('h2', { id: 'feed-title' }, 'Calendar feed'),
        h('label', { for: 'feed-address' }, 'Subscribe to this address in your calendar app (“add calendar from URL”)'),
        h('div', { class: 'inline-form' }, field, copy, all),
        h(
          'p',
          { class: 'muted', id: 'feed-hint' },
          feed.key_required
            ? 'Its key opens this feed only, not the rest of jobpilot: keep it private all the same.'
            : 'This server asks for no token today, so a calendar app on this machine can read the feed. The key in the address keeps it working if a token is set later; it opens this feed only.',
        ),
      );
    } catch (error) {
      replace(feedSection, h('h2', { id: 'feed-title' }, 'Calendar feed'), problemBox(error));
    }
  }

  showAll.addEventListener('change', () => void load());
  void load();
  void loadJobs();
  void loadFeed();
  when.focus();
  return () => {};
}
