/** Ways people cancel a reminder, for the intent classifier. */
export const cancelReminderUtterances: readonly string[] = [
  'cancel the reminder for Northwind',
  'delete that reminder',
  'remove the second reminder',
  "don't remind me about the Acme follow up",
  'cancel my Stripe interview reminder',
  'forget the reminder about Globex',
  'stop the reminder to email Initech',
  'scrap the follow up reminder',
  'no need to remind me about Hooli anymore',
  'get rid of the reminder for friday',
  'clear the last reminder',
  'cancel reminder rem_3f9a1c0b7d',
  'the interview got cancelled, remove the reminder',
  'turn off the Monzo reminder',
  'delete the first one of my reminders',
];
