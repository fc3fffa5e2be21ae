import { z } from 'zod';
import type { JsonResume } from './json-resume.ts';
import { usageTotalsSchema } from './events.ts';
import { resumeChangeSchema } from './resume-correction.ts';
import { documentKinds, jobStatuses, reminderKinds } from './vocabulary.ts';
import { tokenNameSchema } from './owners.ts';
import { workArrangementSchema } from './posting.ts';

/** Thread ids: 1–128 characters of `[A-Za-z0-9._:-]`, but not `.` or `..` (URL clients drop those path segments). */
export const threadIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{1,128}$/,
    'A thread id is 1–128 characters of letters, digits, ".", "_", ":" or "-".',
  )
  .refine((id) => id !== '.' && id !== '..', 'A thread id cannot be "." or "..": URLs drop those path segments, so the thread could not be read back.');

/** How a run is held: on the request's connection (and cancelled or not when it drops), or detached. */
const runHolding = {
  stream: z
    .boolean()
    .optional()
    .describe('false: start the run detached: the answer is 202 with its id (and `content-location`) at once; join it with GET …/runs/{run_id}. Default true: the answer is the run\'s stream.'),
  on_disconnect: z
    .enum(['cancel', 'continue'])
    .optional()
    .describe('What a dropped connection does to the run: `cancel` (the default) stops it; `continue` lets it run on, to be joined again with GET …/runs/{run_id} and `Last-Event-ID`.'),
};

export const runRequestSchema = z.union(
  [
    z.object({ message: z.string().trim().min(1, 'The message is empty.').max(20_000).describe('What the person says: starts a turn.'), ...runHolding }).strict(),
    z.object({ resume: z.object({ approved: z.boolean() }).strict().describe('The answer to the approval the thread waits for.'), ...runHolding }).strict(),
  ],
  { error: 'The body must have exactly one of "message" ({"message": "…"}, 1–20 000 characters) or "resume" ({"resume": {"approved": true|false}}).' },
);
export type RunRequest = z.infer<typeof runRequestSchema>;

/** Run ids are UUIDs (`run-start`'s `run_id`). */
export const runIdSchema = z.uuid({ error: 'A run id is a UUID, as run-start\'s run_id gives it.' });

/** `202` to a detached run: where to join it. */
export const runAcceptedSchema = z.object({
  run_id: z.string(),
  thread_id: z.string(),
  /** `GET` it to join the run (also the `content-location` and `location` headers). */
  stream_url: z.string(),
});
export type RunAccepted = z.infer<typeof runAcceptedSchema>;

/** The answer to a cancel: `cancelling` (it was running and is stopping) or `ended` (it had already ended). */
export const runCancelSchema = z.object({ run_id: z.string(), status: z.enum(['cancelling', 'ended']) });
export type RunCancel = z.infer<typeof runCancelSchema>;

export const threadStatusSchema = z.enum(['idle', 'busy', 'awaiting_approval']);
export type ThreadStatus = z.infer<typeof threadStatusSchema>;

export const threadSummarySchema = z.object({
  thread_id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  status: threadStatusSchema,
  title: z.string(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const transcriptMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  created_at: z.string(),
});

export const pendingApprovalSchema = z.object({
  action: z.string(),
  args: z.record(z.string(), z.unknown()),
  reason: z.string(),
  /** What the step will do, in words, its job or file resolved. */
  what: z.string().optional(),
});
export type PendingApproval = z.infer<typeof pendingApprovalSchema>;

export const threadDetailSchema = threadSummarySchema.extend({
  messages: z.array(transcriptMessageSchema),
  /** Pass as `before` to get the page of older messages; null when there are none. */
  next_before: z.string().nullable(),
  pending_approval: pendingApprovalSchema.nullable(),
  /** The thread's model calls and tokens, all runs together (zeros for the rules planner). */
  usage: usageTotalsSchema,
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

export const threadListSchema = z.object({
  threads: z.array(threadSummarySchema),
  time_zone: z.string().optional().describe('The zone the person reads times in (JOBPILOT_TIME_ZONE): clients show the dates in it.'),
});

/** `PATCH /v1/threads/{id}`: what may be changed about a thread (its title). */
export const threadUpdateSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'The title is empty.')
      .max(200, 'The title is at most 200 characters.')
      .describe('The new title, 1–200 characters (spaces at either end are dropped).'),
  })
  .strict();
export type ThreadUpdate = z.infer<typeof threadUpdateSchema>;

/** Every refusal: `code` for clients to branch on, `message` for people, `request_id` as in the server's log lines. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('A stable code (docs/protocol.md "Errors").'),
    message: z.string().describe('What went wrong and what to do, for people.'),
    request_id: z.string().describe('The id of this request in the server log (and its x-request-id header).'),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
/** An error body as a client reads it: a server from before request ids sends none. */
export const errorAnswerSchema = z.object({ error: errorBodySchema.shape.error.partial({ request_id: true }) });

// Jobs: the index, search, import and the application tracker (docs/protocol.md "Jobs").

/** Job ids are 12 lower-case hex characters, derived from the company, title and place. */
export const jobIdSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/, 'A job id is 12 hexadecimal characters, e.g. 3f9a1c0b7d2e.')
  .describe('The id of a job from a search (GET /v1/jobs/search), e.g. 3f9a1c0b7d2e.');

/**
 * The levels a search can ask for: the level a job's title signals ("Senior", "Jr.",
 * "Staff", "Engineer II"). "entry-level" is `junior`.
 */
export const jobSeniorityLevels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
export type JobSeniority = (typeof jobSeniorityLevels)[number];

/** Where a saved job stands in the application pipeline. */
export const jobStatusSchema = z.enum(jobStatuses, {
  error: (issue) =>
    issue.input === undefined
      ? `A status is required: one of ${jobStatuses.join(', ')}.`
      : `Unknown status ${JSON.stringify(issue.input)}; use one of ${jobStatuses.join(', ')}.`,
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** The largest `POST /v1/jobs/import` body (JSON or CSV). */
export const importBodyLimit = 5 * 1024 * 1024;

export const jobSalarySchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().nullable(),
  period: z.string().nullable(),
});

/** A job as every job route returns it. */
export const jobSchema = z.object({
  id: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  remote: z
    .boolean()
    .nullable()
    .describe('True only when the work is remote as the posting states it: a hybrid or on-site posting is false even on a remote board; null when nothing says'),
  work_arrangement: workArrangementSchema
    .nullable()
    .describe("Remote, hybrid (with office days and place when said) or on-site, read from the posting's own words; the board's listing when they say nothing; null when neither says"),
  salary: jobSalarySchema.nullable(),
  employment_type: z
    .string()
    .nullable()
    .describe("full_time, part_time, contract, temporary or internship: the board's field, else what the posting's words state; null when neither says"),
  work_pattern: z
    .string()
    .nullable()
    .describe('The hours or days a week the posting states ("3 days a week", "20 hours a week"); null when it states none'),
  closes_on: z
    .string()
    .nullable()
    .describe("The last day to apply (YYYY-MM-DD), from the board's field or the posting's words; null when neither gives one. A date before today means the posting has closed"),
  posted_at: z.string().nullable(),
  url: z.string(),
  sources: z.array(z.object({ name: z.string(), url: z.string() })),
  tags: z.array(z.string()),
  agency: z
    .literal(true)
    .optional()
    .describe('Present when the posting reads as a recruitment agency\'s (its company is named as one, or its text says "on behalf of our client"); absent for the employer\'s own'),
});
export type Job = z.infer<typeof jobSchema>;

/** `GET /v1/jobs/{id}`: the job with its description as plain text. */
export const jobDetailSchema = jobSchema.extend({ description: z.string() });
export type JobDetail = z.infer<typeof jobDetailSchema>;

/** A search result: the job, and how well the active resume fits it (null without a resume). */
export const rankedJobSchema = jobSchema.extend({
  fit: z
    .object({
      score: z.number().int(),
      missing: z.array(z.string()),
      /** False when the posting states no requirement to compare: `score` is no figure, show "not scored". */
      scored: z.boolean().optional(),
      /** Mandatory requirements the resume does not meet ("German (c1)"): said before the figure's reasons. */
      knock_outs: z.array(z.string()).optional(),
    })
    .nullable(),
});
export type RankedJob = z.infer<typeof rankedJobSchema>;

/** `GET /v1/jobs/search`. */
export const jobSearchResponseSchema = z.object({
  jobs: z.array(rankedJobSchema),
  /** The boards that failed this search; the others still answered. */
  errors: z.array(
    z.object({
      source: z.string(),
      /** The board's name for people, "Himalayas". */
      label: z.string(),
      /** TIMEOUT, NETWORK, HTTP_STATUS, … (docs/protocol.md lists them). */
      code: z.string(),
      message: z.string(),
    }),
  ),
  /** One line for people: "14 results from 3 sources; Himalayas did not answer." */
  note: z.string(),
  /** Set when no board answered: the results come from the saved index, last updated `newest`. */
  offline: z.object({ newest: z.string().nullable() }).nullable(),
});
export type JobSearchResponse = z.infer<typeof jobSearchResponseSchema>;

/** `POST /v1/jobs/import`. */
export const jobImportResponseSchema = z.object({
  imported: z.number(),
  job_ids: z.array(z.string()),
});
export type JobImportResponse = z.infer<typeof jobImportResponseSchema>;

/** A saved job with every status change, dated. */
/** What the last still-open check found: `closed` when the ATS took the posting down, `changed` when it was edited. */
export const postingCheckSchema = z.object({
  status: z.enum(['open', 'changed', 'closed', 'unknown']),
  reason: z.string(),
  checked_at: z.string(),
  status_since: z.string(),
});

export const savedJobSchema = z.object({
  job_id: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  url: z.string(),
  status: jobStatusSchema,
  notes: z.string(),
  saved_at: z.string(),
  updated_at: z.string(),
  history: z.array(z.object({ status: jobStatusSchema, note: z.string(), at: z.string() })),
  /** Null until the posting has been re-checked (`recheckSavedJobs`). */
  posting_check: postingCheckSchema.nullable().optional(),
  time_zone: z.string().optional().describe('The zone the person reads times in (JOBPILOT_TIME_ZONE): clients show saved_at, updated_at and history in it.'),
});
export type SavedJobResponse = z.infer<typeof savedJobSchema>;

export const savedJobListSchema = z.object({
  saved_jobs: z.array(savedJobSchema),
  time_zone: z.string().optional().describe('The zone the person reads times in (JOBPILOT_TIME_ZONE): clients show the dates in it.'),
});

/** `POST /v1/saved-jobs`. */
export const saveJobRequestSchema = z
  .object({
    job_id: jobIdSchema,
    notes: z.string().trim().max(2000).optional(),
  })
  .strict();

/** `PATCH /v1/saved-jobs/{job_id}`. */
export const updateJobStatusRequestSchema = z
  .object({
    status: jobStatusSchema,
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

// Resumes, matches and documents (docs/protocol.md "Resumes" and "Documents").

/**
 * The largest resume file jobpilot reads (10 MB); the same limit as `maxResumeBytes` in
 * `src/resume/parse-resume-bytes.ts`, repeated here so the CLI can check a file before
 * uploading it without loading the PDF and Word readers.
 */
export const maxResumeFileBytes = 10 * 1024 * 1024;

/** Resume ids: `res_` and 10 lower-case hex characters. */
export const resumeIdSchema = z
  .string()
  .regex(/^res_[0-9a-f]{10}$/, 'A resume id is "res_" and 10 hexadecimal characters, e.g. res_3f9a1c0b7d.');

/** Document ids: `doc_` and 10 lower-case hex characters. */
export const documentIdSchema = z
  .string()
  .regex(/^doc_[0-9a-f]{10}$/, 'A document id is "doc_" and 10 hexadecimal characters, e.g. doc_3f9a1c0b7d.');

/** A stored resume as the API shows it: the JSON Resume with its bookkeeping, without the raw text. */
export const resumeSchema = z.object({
  id: z.string(),
  label: z.string(),
  filename: z.string().nullable(),
  /** `pdf`, `docx`, `markdown`, `text` or `json`; tailored versions say how they were made. */
  format: z.string(),
  created_at: z.string(),
  /** Whether matches and letters use this one by default. */
  active: z.boolean(),
  /** The resume this version was tailored from; null for imports. */
  parent_id: z.string().nullable(),
  /** The job a tailored version was written for; null for imports. */
  job_id: z.string().nullable(),
  /** When a person last corrected what the importer read (`PATCH /v1/resumes/{id}`); null when never. */
  corrected_at: z.string().nullable(),
  /** The parsed resume in the JSON Resume structure (jsonresume.org). */
  resume: z
    .custom<JsonResume>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'expected a JSON Resume object')
    .meta({ type: 'object', description: 'The JSON Resume structure (https://jsonresume.org/schema): basics, work, education, skills, projects, certificates, languages.' }),
});
export type ResumeResponse = z.infer<typeof resumeSchema>;

/** What the importer read that looks doubtful, by a stable code (docs/protocol.md, "What was read"). */
export const resumeWarningCodes = [
  'no_name',
  'no_email',
  'job_without_title',
  'job_without_dates',
  'company_looks_like_title',
  'skill_is_sentence',
  'dates_out_of_order',
  'overlapping_current_jobs',
  'position_has_label',
  'company_is_label',
  'highlight_looks_like_entry',
  'no_education',
  'name_looks_like_title',
  'value_is_column_label',
] as const;
export type ResumeWarningCode = (typeof resumeWarningCodes)[number];

/**
 * One doubtful field of a reading and the exact correction that makes it right, in each of
 * the three ways a person corrects: a sentence for the chat, a CLI command and a PATCH body.
 * A value the person must fill in is written "…".
 */
export const resumeWarningSchema = z.object({
  code: z.enum(resumeWarningCodes),
  /** The dotted path of the doubtful field, e.g. `work.1.position`. */
  field: z.string(),
  message: z.string(),
  correction: z.object({
    chat: z.string(),
    command: z.string(),
    patch: z.record(z.string(), z.unknown()).meta({ type: 'object', description: 'A PATCH /v1/resumes/{id} body.' }),
  }),
});
export type ResumeWarning = z.infer<typeof resumeWarningSchema>;

/** A correction made to an earlier version that a re-import carried over, the same wrong value having been read again. */
export const keptCorrectionSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  /** The version the correction was first made on. */
  corrected_on: z.string(),
  /** What it was, in words: "title at St. James's Hospital". */
  description: z.string(),
});
export type KeptCorrection = z.infer<typeof keptCorrectionSchema>;

/**
 * `POST /v1/resumes` answers with the stored resume, now the active one, and the resume that
 * was active before it (null when there was none): matches and letters no longer use that one.
 * `warnings` lists what looks misread, each with its correction; `kept_corrections` the
 * corrections of an earlier version of the same person's resume carried over to this one.
 */
export const resumeUploadResponseSchema = resumeSchema.extend({
  replaced_active: z.object({ id: z.string(), label: z.string() }).nullable(),
  warnings: z.array(resumeWarningSchema),
  kept_corrections: z.array(keptCorrectionSchema),
});
export type ResumeUploadResponse = z.infer<typeof resumeUploadResponseSchema>;

/** `GET /v1/resumes/{id}`: the resume plus the text it was parsed from. */
export const resumeDetailSchema = resumeSchema.extend({ raw_text: z.string(), warnings: z.array(resumeWarningSchema) });
export type ResumeDetail = z.infer<typeof resumeDetailSchema>;

/**
 * `PATCH /v1/resumes/{id}` answers with the corrected resume and the fields that changed,
 * each with the value that was read before (`from`) and the one now stored (`to`).
 */
export const resumeCorrectionResponseSchema = resumeSchema.extend({ changes: z.array(resumeChangeSchema), warnings: z.array(resumeWarningSchema) });
export type ResumeCorrectionResponse = z.infer<typeof resumeCorrectionResponseSchema>;

/** `GET /v1/resumes`, newest first. */
export const resumeListSchema = z.object({
  resumes: z.array(resumeSchema),
  time_zone: z.string().optional().describe('The zone the person reads times in (JOBPILOT_TIME_ZONE): clients show the dates in it.'),
});

/** `POST /v1/match`: exactly one of `job_id` and `job_text`. */
export const matchRequestSchema = z
  .object({
    job_id: jobIdSchema.optional(),
    job_text: z
      .string()
      .trim()
      .min(1, 'job_text is empty')
      .max(50_000, 'job_text is at most 50 000 characters')
      .optional(),
    resume_id: resumeIdSchema.optional(),
  })
  .strict()
  .refine((body) => (body.job_id === undefined) !== (body.job_text === undefined), {
    message: 'give exactly one of job_id (a job in the index) or job_text (the posting as text)',
  });
export type MatchRequest = z.infer<typeof matchRequestSchema>;

const matchComponentSchema = z.object({
  /** 0–100, or null when the posting gives nothing to judge this on. */
  score: z.number().nullable(),
  /** This component's share of the total score, 0–1 (0 when it does not apply). */
  weight: z.number(),
});
const matchedAndMissingSchema = z.object({ matched: z.array(z.string()), missing: z.array(z.string()) });

/** `POST /v1/match`: the score, its breakdown, the skills found and missing, and advice. */
export const matchResponseSchema = z.object({
  /** 0–100; 0 when `scored` is false. */
  score: z.number(),
  /** False when the posting states no requirement to compare (no skill, experience or credential): the score is no fit figure; `explanation` says what the posting asks. */
  scored: z.boolean().optional(),
  breakdown: z.object({
    skills: matchComponentSchema.extend({ required: matchedAndMissingSchema, nice_to_have: matchedAndMissingSchema }),
    experience: matchComponentSchema.extend({
      years_required: z.number().nullable(),
      years_shown: z.number(),
      /** Years asked in a setting within the field ("3+ years in ICU"): only the roles in it count (their titles, as "position, employer"). */
      setting: z.object({ said: z.string(), years_asked: z.number(), years_shown: z.number(), roles: z.array(z.string()), mandatory: z.boolean() }).optional(),
    }),
    seniority: matchComponentSchema.extend({ posting: z.string().nullable(), resume: z.string() }),
    keywords: matchComponentSchema.extend({ found: z.array(z.string()), missing: z.array(z.string()) }),
  }),
  matched: z.array(z.string()),
  missing: z.array(z.string()),
  /** Requirements that are not skills (a driving licence, the right to work, nights, a language), met or not shown. */
  conditions: z
    .array(
      z.object({
        kind: z.string(),
        requirement: z.string(),
        optional: z.boolean(),
        /** A credential: unshown and required, it counts as a missing requirement in the skills score. */
        weighs: z.boolean(),
        /** The resume line that shows it, or null. */
        shown_by: z.string().nullable(),
        /** A language the resume lists below the level asked ("Dutch at B1"): not met. */
        listed_below: z.string().optional(),
        /** A degree the resume lists below the level asked ("B.E. — Mechanical Engineering (a bachelor's)" for a master's): not met. */
        degree_below: z.string().optional(),
        /** A licence the resume lists with a status word ("CNO registration — application in progress"): not met, in progress. */
        in_progress: z.string().optional(),
        /** A degree the posting accepts "or equivalent experience" in place of. */
        or_experience: z.boolean().optional(),
        /** A licence the posting accepts "or eligible" for ("registration with BCCNM, or eligibility"): never a knock-out. */
        or_eligible: z.boolean().optional(),
        /** Met by eligibility: the resume line that makes the person eligible (a registration held elsewhere, the licence applied for). */
        eligible_by: z.string().optional(),
        /** A language or a licence the posting makes a condition of the job ("German (C1) is mandatory", "Security clearance required"): unmet, a knock-out. */
        mandatory: z.boolean().optional(),
      }),
    )
    .optional(),
  /** Mandatory requirements the resume does not meet ("German (c1)", "CDL Class A" one must hold): each caps the score (see docs/match-quality.md). */
  knock_outs: z.array(z.string()).optional(),
  advice: z.array(z.string()),
  /** The score in sentences: which requirements were alternatives, what was optional, which field the years were counted in, management. */
  explanation: z.array(z.string()).optional(),
  /** Set when the request named a job in the index. */
  job_id: z.string().optional(),
  resume_id: z.string(),
});
export type MatchResponse = z.infer<typeof matchResponseSchema>;

export const documentKindSchema = z.enum(documentKinds, {
  error: (issue) => `Unknown kind ${JSON.stringify(issue.input)}; use one of ${documentKinds.join(', ')}.`,
});

/** The formats a document exports to. */
export const documentFormats = ['pdf', 'docx', 'md'] as const;
export const documentFormatSchema = z.enum(documentFormats, {
  error: (issue) =>
    issue.input === undefined
      ? `missing; use one of ${documentFormats.join(', ')}`
      : `Unknown format ${JSON.stringify(issue.input)}; use one of ${documentFormats.join(', ')}.`,
});

/** A stored document as lists show it. */
export const documentSummarySchema = z.object({
  id: z.string(),
  kind: documentKindSchema,
  title: z.string(),
  job_id: z.string().nullable(),
  resume_id: z.string().nullable(),
  created_at: z.string(),
  /** A cover letter's tone (professional, enthusiastic, confident, concise); absent for other kinds and older letters. */
  tone: z.string().optional(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** `GET /v1/documents/{id}`: the Markdown and what the grounding check changed. */
export const documentDetailSchema = documentSummarySchema.extend({
  content: z.string(),
  changes: z.array(
    z.object({
      /** employer, title, degree, date, number, skill… */
      kind: z.string(),
      claim: z.string(),
      /** `removed` or `replaced`. */
      action: z.string(),
      replacement: z.string().optional(),
      reason: z.string(),
      /** For a sentence removed whole: the sentence as written, so the person sees what went. */
      sentence: z.string().optional(),
    }),
  ),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/** `GET /v1/documents`, newest first (best matches first with `q`). */
export const documentListSchema = z.object({
  documents: z.array(documentSummarySchema),
  time_zone: z.string().optional().describe('The zone the person reads times in (JOBPILOT_TIME_ZONE): clients show the dates in it.'),
});

/** `POST /v1/tokens`: a named token to make. */
export const createTokenRequestSchema = z.object({ name: tokenNameSchema }).strict();

/** A named token as listed: never the token itself. */
export const tokenSummarySchema = z.object({
  name: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
export type TokenSummary = z.infer<typeof tokenSummarySchema>;
export const tokenListSchema = z.object({ tokens: z.array(tokenSummarySchema) });

/** `POST /v1/tokens` → the token, shown this once. */
/** `first`: no other live named token existed (every request now needs one); `server_token`: the server has a JOBPILOT_TOKEN. */
export const createdTokenSchema = tokenSummarySchema.extend({ token: z.string(), first: z.boolean(), server_token: z.boolean() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

// Reminders and the calendar feed (docs/reminders.md).

/** Reminder ids are `rem_` and 10 lower-case hex characters. */
export const reminderIdSchema = z
  .string()
  .regex(/^rem_[0-9a-f]{10}$/, 'A reminder id is rem_ and 10 hexadecimal characters, e.g. rem_3f9a1c0b7d.');

export const reminderKindSchema = z.enum(reminderKinds, {
  error: (issue) =>
    issue.input === undefined
      ? `A kind is required: one of ${reminderKinds.join(', ')}.`
      : `Unknown kind ${JSON.stringify(issue.input)}; use one of ${reminderKinds.join(', ')}.`,
});

/** A reminder: what, when (in UTC, and the zone its words were read in), about which job, and where it stands. */
export const reminderSchema = z.object({
  id: z.string(),
  kind: reminderKindSchema,
  title: z.string(),
  job_id: z.string().nullable(),
  company: z.string().nullable(),
  job_title: z.string().nullable(),
  due_at: z.string().describe('When it happens (ISO 8601, UTC); for a whole day, 09:00 that day in time_zone.'),
  all_day: z.boolean(),
  time_zone: z.string().describe('The IANA zone the words were read in.'),
  remind_at: z.string().describe('When it rings: `lead_minutes` before due_at when one was given, else an hour before a timed interview, else due_at.'),
  said: z.string().describe('The words the date was read from.'),
  note: z.string(),
  created_at: z.string(),
  notified_at: z.string().nullable(),
  cancelled_at: z.string().nullable(),
  status: z.enum(['pending', 'notified', 'cancelled']),
});
export type ReminderResponse = z.infer<typeof reminderSchema>;

export const reminderListSchema = z.object({ reminders: z.array(reminderSchema) });

/** How long before its time a reminder may ring: up to a week (10,080 minutes). */
export const leadMinutesSchema = z.number().int().min(0).max(10_080);

/** `POST /v1/reminders`. */
export const createReminderRequestSchema = z
  .object({
    when: z
      .string()
      .trim()
      .min(1, 'say when: "Friday", "on the 12th at 3pm", "in 3 days" or ISO 8601')
      .max(200)
      .describe('When, in words or ISO 8601, read in the server\'s JOBPILOT_TIME_ZONE.'),
    kind: reminderKindSchema
      .optional()
      .describe('Left out: `interview` when the title names an interview ("Zalando interview", "Interview with Acme"), else `follow_up`.'),
    job_id: jobIdSchema.optional(),
    title: z.string().trim().min(1).max(200).optional().describe('What to do; made from the kind and the job when left out.'),
    note: z.string().trim().max(2000).optional(),
    lead_minutes: leadMinutesSchema
      .optional()
      .describe('How many minutes before `when` it rings (30, 1440 for the day before); left out, an hour before a timed interview, else at its time.'),
  })
  .strict();

/** `PATCH /v1/reminders/{id}`: a new time, title or note; what is left out stays. */
export const updateReminderRequestSchema = z
  .object({
    when: createReminderRequestSchema.shape.when.optional().describe('The new time, in words or ISO 8601, read in the reminder\'s time_zone: "16 December 11:00".'),
    title: createReminderRequestSchema.shape.title,
    note: createReminderRequestSchema.shape.note,
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, { error: 'say what to change: when, title or note' });

/** A reminder just made, and whether its interview date moved the job to interviewing. */
export const createdReminderSchema = reminderSchema.extend({ moved_to_interviewing: z.boolean() });

/** `GET /v1/calendar`: where a calendar app subscribes to this owner's reminders. */
export const calendarFeedSchema = z.object({
  path: z.string().describe('/v1/calendar.ics with this owner\'s read-only feed key.'),
  url: z.string().describe('The same on the address this request came to.'),
  key_required: z.boolean().describe('Whether the server needs a token (and so the feed its key).'),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
