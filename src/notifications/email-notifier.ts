import type { Transporter } from 'nodemailer';
import type { NotificationRecord } from '../db/repositories/notifications.ts';

/** Where notification e-mail goes, and through which server. */
export interface EmailSettings {
  /** `smtp://user:password@host:587` or `smtps://…:465` (nodemailer's connection URL). */
  url: string;
  from: string;
  to: string;
}

/**
 * E-mail through the configured SMTP server (nodemailer): the notification's title as the
 * subject, its body as plain text.
 *
 * @example
 * const email = emailNotifier({ url: 'smtp://127.0.0.1:2525', from: 'jobpilot@localhost', to: 'me@example.com' });
 * await email.send(record);
 * email.close();
 */
export function emailNotifier(settings: EmailSettings) {
  // nodemailer (~40 modules) is loaded with the first e-mail, not at start-up.
  let transport: Promise<Transporter> | undefined;
  const transportOf = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(settings.url)));
  return {
    async send(notification: Pick<NotificationRecord, 'title' | 'body'>): Promise<void> {
      await (await transportOf()).sendMail({
        from: settings.from,
        to: settings.to,
        subject: `jobpilot: ${notification.title}`,
        text: `${notification.body}\n\n— jobpilot (see them all with: jobpilot inbox)\n`,
      });
    },
    close: () => void transport?.then((opened) => opened.close(), () => {}),
  };
}
