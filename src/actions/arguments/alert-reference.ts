/** The thread reference to the alert the conversation set up or changed last ("pause it"). */
export const ALERT_REFERENCE = 'last_alert_id';
/** The thread reference to the alerts listed last, in order ("delete the second one"). */
export const ALERT_LIST_REFERENCE = 'last_alert_ids';
