import { onTokenNeeded, savedToken, saveToken } from './api.ts';
import { h } from './dom.ts';
import { type InboxFeed, startInboxFeed } from './inbox-feed.ts';
import { setUpTheme } from './theme.ts';
import { alertsView } from './views/alerts.ts';
import { chatView } from './views/chat.ts';
import { documentsView } from './views/documents.ts';
import { inboxView } from './views/inbox.ts';
import { jobsView } from './views/jobs.ts';
import { remindersView } from './views/reminders.ts';
import { resumeView } from './views/resume.ts';
import { trackerView } from './views/tracker.ts';
import { serverTimeZone } from './time-zone.ts';

const screens = ['chat', 'jobs', 'tracker', 'reminders', 'alerts', 'inbox', 'resume', 'documents'] as const;
type Screen = (typeof screens)[number];

const main = document.getElementById('main') as HTMLElement;
let leave: () => void = () => {};

const go = (hash: string) => {
  if (location.hash === hash) route();
  else location.hash = hash;
};

/** `#/screen/argument`: each screen is a link, so Back, bookmarks and new tabs work. */
function route(): void {
  const [, screenName = 'chat', ...rest] = location.hash.replace(/^#/, '').split('/');
  const argument = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  const screen: Screen = screens.find((name) => name === screenName) ?? 'chat';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-screen]')) {
    if (link.dataset.screen === screen) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  leave();
  document.title = `${screen[0]?.toUpperCase()}${screen.slice(1)} · jobpilot`;
  main.dataset.screen = screen;
  if (screen === 'chat') leave = chatView(main, argument, go);
  else if (screen === 'jobs') leave = jobsView(main, go);
  else if (screen === 'tracker') leave = trackerView(main);
  else if (screen === 'reminders') leave = remindersView(main, argument);
  else if (screen === 'alerts') leave = alertsView(main);
  else if (screen === 'inbox') leave = inboxView(main, inbox);
  else if (screen === 'resume') leave = resumeView(main, argument);
  else leave = documentsView(main, argument);
}

/** Asks for the token once (a dialog), when the server first refuses without one. */
function setUpToken(): void {
  const dialog = document.getElementById('token-dialog') as HTMLDialogElement;
  const input = document.getElementById('token-input') as HTMLInputElement;
  const reason = document.getElementById('token-reason') as HTMLElement;
  const button = document.getElementById('token-button') as HTMLButtonElement;
  let asking: Promise<boolean> | null = null;
  const ask = (why: string) =>
    (asking ??= new Promise<boolean>((resolve) => {
      reason.textContent = why;
      input.value = '';
      dialog.addEventListener(
        'close',
        () => {
          asking = null;
          const chosen = dialog.returnValue === 'save' && input.value.trim() !== '';
          if (chosen) saveToken(input.value.trim());
          button.hidden = !savedToken();
          resolve(chosen);
        },
        { once: true },
      );
      dialog.showModal();
      input.focus();
    }));
  onTokenNeeded(ask);
  button.hidden = !savedToken();
  button.addEventListener('click', () => {
    saveToken(null);
    void ask('Enter the token to use from now on.').then(() => route());
  });
}

/** The Inbox link's badge: how many notifications are unread, kept live by the feed. */
function setUpInboxBadge(feed: InboxFeed): void {
  const badge = document.getElementById('inbox-badge') as HTMLElement;
  feed.subscribe((change) => {
    if (change.type !== 'unread') return;
    badge.hidden = change.unread === 0;
    badge.replaceChildren(String(change.unread), h('span', { class: 'visually-hidden' }, ' unread'));
  });
}

setUpTheme(document.getElementById('theme-toggle') as HTMLButtonElement);
setUpToken();
const inbox = startInboxFeed();
setUpInboxBadge(inbox);
addEventListener('hashchange', route);
// Regression (session 41): Documents, opened first, showed UTC times beside Toronto ones elsewhere: the server's zone
// (JOBPILOT_TIME_ZONE) is asked before the first screen, so every time a person reads is in it; a server slow to
// answer holds the first screen for at most a second (then the browser's zone until the answer comes).
void Promise.race([serverTimeZone(), new Promise((resolve) => setTimeout(resolve, 1_000))]).then(() => route());
