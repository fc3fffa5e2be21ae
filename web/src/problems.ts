import { ApiError } from './api.ts';

/** What a person can do about each error, by code; the server's message says what happened. */
const remedies: Record<string, string> = {
  NETWORK: 'Check that jobpilot is still running (npm start in its folder), then try again.',
  UNAUTHORIZED: 'Enter the token again (the JOBPILOT_TOKEN the server was started with, or a named token).',
  THREAD_BUSY: 'Another turn is still running on this conversation: wait for it to finish or stop it, then try again.',
  APPROVAL_PENDING: 'Answer the approval above first (Approve or Decline).',
  NO_PENDING_APPROVAL: 'Nothing waits for an approval any more; the conversation was reloaded.',
  RATE_LIMITED: 'Wait a minute, then try again.',
  DATABASE_UNAVAILABLE: 'The database is restarting; jobpilot reconnects by itself. Try again in a few seconds.',
  MODEL_UNAVAILABLE: 'The model server did not answer. Check OPENAI_BASE_URL or your network, then send the message again.',
  MODEL_TIMEOUT: 'The model took too long. Send the message again, or try a shorter request.',
  MODEL_RATE_LIMITED: 'The model provider asked to slow down. Wait as the message says, then try again.',
  MODEL_REQUEST_REJECTED: 'The model provider refused the request: check the API key and model name in the server settings.',
  PLANNER_INVALID_OUTPUT: 'The model gave answers jobpilot could not use. Rephrase the request and try again.',
  NO_RESUME: 'Upload a resume on the Resume screen first.',
  RESUME_UNSUPPORTED_FORMAT: 'Upload a PDF, DOCX, Markdown, text or JSON Resume file.',
  RESUME_NOT_A_RESUME: 'Choose your resume file (PDF, DOCX, Markdown, text or JSON Resume) with your name and sections such as Experience and Education.',
  RESUME_NO_TEXT_LAYER: 'Export a PDF with text from your editor, or upload the Markdown or text version.',
  RESUME_ENCRYPTED: 'Save a copy without a password and upload that.',
  RESUME_TOO_LARGE: 'Resumes must be at most 10 MB.',
  ALERT_NOT_FOUND: 'This alert is gone (deleted in another window, in chat or from the terminal): the list was read again.',
  ALERT_SCHEDULE_INVALID: 'Say when in words such as “every morning at 8”, “weekdays at 7:30” or “every 4 hours”, or give a cron expression such as 0 8 * * *.',
  REMINDER_NOT_FOUND: 'This reminder is gone (cancelled in another window or from the terminal): the list was read again.',
  REMINDER_TIME_UNREADABLE: 'Say when with a day: “Friday”, “on the 12th at 3pm”, “tomorrow at 9am” or “in 3 days”.',
  REMINDER_TIME_PAST: 'That time has passed: say a day to come.',
  REMINDER_ZONE_UNCLEAR: 'Name the clock by a city (“Toronto time”, “Calgary time”), an abbreviation (“CET”), or say the time on your own clock.',
  NOTIFICATION_NOT_FOUND: 'This notification is gone: the inbox was read again.',
  JOB_NOT_FOUND: 'That job is not in the index any more: search for it again on the Jobs screen.',
  INTERNAL: 'This is a bug in jobpilot; the server log has the details (look for the request id).',
};

/** An error in words, with what to do about it. */
export function describeProblem(error: unknown): { message: string; remedy: string; code: string } {
  if (error instanceof ApiError) {
    // The request id is for the server log: said only when the fault is the server's, never after a sentence meant for the person.
    const id = error.requestId && error.status >= 500 ? ` (request ${error.requestId})` : '';
    return { message: `${error.message}${id}`, remedy: remedies[error.code] ?? '', code: error.code };
  }
  return { message: error instanceof Error ? error.message : String(error), remedy: 'Reload the page and try again.', code: 'CLIENT' };
}

/** The remedy for a code that arrived in a run's `error` event. */
export const remedyFor = (code: string): string => remedies[code] ?? '';
