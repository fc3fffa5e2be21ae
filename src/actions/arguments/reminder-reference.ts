/** The thread reference to the reminder the conversation dealt with last ("cancel it"). */
export const REMINDER_REFERENCE = 'last_reminder_id';
/** The thread reference to the reminders listed last, in order ("cancel the second one"). */
export const REMINDER_LIST_REFERENCE = 'last_reminder_ids';
