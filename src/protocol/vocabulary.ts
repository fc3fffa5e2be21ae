/** Where a saved job stands in the application pipeline: the tracker's own list, in order. */
export const jobStatuses = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** The kinds of document jobpilot writes. */
export const documentKinds = ['cover_letter', 'interview_prep', 'resume'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** What a reminder is for: an interview, a follow-up (chase a recruiter, check on an application), or anything else. */
export const reminderKinds = ['interview', 'follow_up', 'other'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
