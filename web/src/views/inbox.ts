import { newestOnly } from '../newest-only.ts';
import type { Notification } from '../../../src/protocol/alerts.ts';
import { api } from '../api.ts';
import { announce, formatDate, h, replace, zoneLabel } from '../dom.ts';
import { renderMarkdown } from '../markdown.ts';
import { learnTimeZone } from '../time-zone.ts';
import type { InboxFeed } from '../inbox-feed.ts';
import { alertMatchList, isAlertMatch, savedJobIds } from './alert-matches.ts';
import { problemBox } from './jobs.ts';

const kindNames: Record<string, string> = { alert: 'New openings', reminder: 'Reminder', posting: 'Saved posting' };

/**
 * The Inbox: what jobpilot told you (an alert's new openings, reminders, saved postings that
 * closed or changed), newest first, unread ones marked. New ones appear as they are stored
 * (the page's live feed, `GET /v1/notifications/stream`); mark one read or all; an alert's
 * openings with Save.
 */
export function inboxView(root: HTMLElement, feed: InboxFeed): () => void {
  const unreadOnly = h('input', { id: 'inbox-unread', type: 'checkbox' });
  const markAll = h('button', { type: 'button' }, 'Mark all read');
  const message = h('div', { role: 'status' });
  const list = h('ul', { class: 'notifications', 'aria-label': 'Notifications', 'aria-live': 'polite' });
  const zone = h('p', { class: 'muted zone-label' });
  replace(
    root,
    h('div', { class: 'screen-header' }, h('h1', {}, 'Inbox'), h('div', { class: 'inline-form' }, h('label', { class: 'check', for: 'inbox-unread' }, unreadOnly, 'Unread only'), markAll)),
    zone,
    message,
    list,
  );
  let saved = new Set<string>();

  const item = (notification: Notification) => {
    const unread = !notification.read_at;
    const panel = h('div', { class: 'panel' });
    const buttons = h('div', { class: 'buttons' });
    const element = h(
      'li',
      { class: `card notification${unread ? ' unread' : ''}`, 'data-notification-id': notification.id, 'data-kind': notification.kind },
      h(
        'header',
        {},
        h('span', { class: `badge kind-${notification.kind}` }, kindNames[notification.kind] ?? notification.kind),
        unread ? h('span', { class: 'badge unread-badge' }, 'unread') : null,
        h('time', { datetime: notification.created_at, class: 'muted' }, formatDate(notification.created_at, true)),
      ),
      h('h3', {}, notification.title),
      // The body as the chat shows it: an alert's openings a numbered list, each address a link.
      notification.body ? h('div', { class: 'body' }, renderMarkdown(notification.body)) : null,
      buttons,
      panel,
    );
    const jobs = Array.isArray(notification.data.jobs) ? notification.data.jobs.filter(isAlertMatch) : [];
    if (notification.kind === 'alert' && jobs.length > 0) {
      const show = h('button', { type: 'button', 'aria-expanded': 'false' }, `Show the ${jobs.length === 1 ? 'opening' : `${jobs.length} openings`}`);
      show.addEventListener('click', () => {
        const open = show.getAttribute('aria-expanded') === 'true';
        show.setAttribute('aria-expanded', String(!open));
        if (open) panel.replaceChildren();
        else panel.replaceChildren(alertMatchList(jobs, saved));
      });
      buttons.append(show, h('a', { href: '#/alerts', class: 'button-link' }, 'Alerts'));
    }
    if (notification.kind === 'reminder') buttons.append(h('a', { href: '#/reminders', class: 'button-link' }, 'Reminders'));
    if (notification.kind === 'posting') buttons.append(h('a', { href: '#/tracker', class: 'button-link' }, 'Tracker'));
    if (unread) {
      const read = h('button', { type: 'button' }, 'Mark read');
      read.addEventListener('click', async () => {
        read.disabled = true;
        try {
          const marked = await api<Notification>(`/v1/notifications/${notification.id}/read`, { method: 'POST' });
          announce(`Marked read: ${notification.title}`);
          const next = item(marked);
          element.replaceWith(next);
          if (unreadOnly.checked) next.remove();
          await feed.refresh();
          (list.querySelector('li.unread button') as HTMLButtonElement | null)?.focus();
        } catch (error) {
          read.disabled = false;
          panel.replaceChildren(problemBox(error));
        }
      });
      buttons.append(read);
    }
    return element;
  };

  const showEmpty = () => {
    if (list.querySelector('li.notification')) return list.querySelector('li.empty')?.remove();
    if (!list.querySelector('li.empty')) list.append(h('li', { class: 'muted empty' }, unreadOnly.checked ? 'Nothing unread.' : 'Nothing yet. Alerts you make on the Alerts screen, reminders, and saved postings that close will show here.'));
  };

  const beginLoad = newestOnly();
  // Notifications the live feed told while the newest load was on its way. The list it answers
  // may have been read before they were stored: drawing it alone would take them off the page.
  let arrivedWhileLoading: Notification[] = [];
  async function load() {
    const current = beginLoad();
    const arrived: Notification[] = [];
    arrivedWhileLoading = arrived;
    try {
      const [answer, ids] = await Promise.all([api<{ notifications: Notification[]; unread: number; time_zone?: string }>(`/v1/notifications?limit=200${unreadOnly.checked ? '&unread=true' : ''}`), savedJobIds()]);
      if (!current()) return;
      saved = ids;
      learnTimeZone(answer.time_zone);
      zone.textContent = zoneLabel();
      const listed = new Set(answer.notifications.map((notification) => notification.id));
      const missed = arrived.filter((notification) => !listed.has(notification.id) && !(unreadOnly.checked && notification.read_at));
      replace(list, [...missed].reverse().map(item), answer.notifications.map(item));
      markAll.disabled = answer.unread === 0 && missed.length === 0;
      showEmpty();
      void feed.refresh();
    } catch (error) {
      if (current()) replace(message, problemBox(error));
    } finally {
      if (current()) arrivedWhileLoading = [];
    }
  }

  markAll.addEventListener('click', async () => {
    markAll.disabled = true;
    try {
      const { marked } = await api<{ marked: number }>('/v1/notifications/read', { body: {} });
      announce(`Marked ${marked} read`);
      replace(message);
      await load();
    } catch (error) {
      markAll.disabled = false;
      replace(message, problemBox(error));
    }
  });
  unreadOnly.addEventListener('change', () => void load());

  const unsubscribe = feed.subscribe((change) => {
    if (change.type === 'reconnected') void load();
    if (change.type === 'unread') markAll.disabled = change.unread === 0;
    if (change.type !== 'created') return;
    arrivedWhileLoading.push(change.notification);
    if (list.querySelector(`[data-notification-id="${change.notification.id}"]`)) return;
    list.prepend(item(change.notification));
    showEmpty();
    announce(`New: ${change.notification.title}`);
  });

  void load();
  return unsubscribe;
}
