import type { DeliveryChannels } from '../../career/career-dependencies.ts';

/** The ways a person may ask to hear of an alert's news besides the inbox. */
export const alertDeliveries = ['email', 'desktop', 'sms', 'messaging_app', 'phone_push'] as const;
export type AlertDelivery = (typeof alertDeliveries)[number];


const inbox = "it is in your inbox (`jobpilot inbox`, the web app's Inbox, \"what's new?\")";
const emailHow = 'set JOBPILOT_SMTP_URL (smtp://user:password@host:587) and JOBPILOT_EMAIL_TO (your address) and restart jobpilot';

/**
 * The sentence an alert's answer adds when the person asked to be told a certain way: whether
 * this server can, and when it cannot, where the news goes instead and how to turn it on
 * (never a silent inbox when "email me" was said).
 *
 * @example
 * deliveryNote('email', { email: false, desktop: false });
 * // 'E-mail is not set up here, so this alert's news is not e-mailed: it is in your inbox (…). To have it e-mailed, set JOBPILOT_SMTP_URL …'
 */
export function deliveryNote(asked: AlertDelivery | undefined, channels: DeliveryChannels | undefined): string | undefined {
  if (!asked) return undefined;
  const can = channels ?? { email: false, desktop: false };
  const orEmail = can.email ? 'it is e-mailed to you too' : `to have it e-mailed instead, ${emailHow}`;
  switch (asked) {
    case 'email':
      return can.email
        ? "Its news is e-mailed to you as well as kept in your inbox."
        : `E-mail is not set up here, so this alert's news is not e-mailed: ${inbox}. To have it e-mailed, ${emailHow} (README, Configuration).`;
    case 'desktop':
      return can.desktop
        ? 'Its news pops up on your desktop as well as being kept in your inbox.'
        : `Desktop notifications are off here, so this alert's news does not pop up: ${inbox}. To turn them on, set JOBPILOT_DESKTOP_NOTIFICATIONS=on and restart jobpilot.`;
    case 'sms':
      return `jobpilot cannot send text messages: ${inbox}, and ${orEmail}.`;
    case 'messaging_app':
      return `jobpilot cannot send messages in chat apps (WhatsApp, Slack, Telegram): ${inbox}, and ${orEmail}.`;
    case 'phone_push':
      return `jobpilot has no phone app to push to: ${inbox} (the web app works in a phone's browser), and ${orEmail}.`;
  }
}
