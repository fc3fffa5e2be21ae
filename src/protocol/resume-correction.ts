import { z } from 'zod';

/**
 * `PATCH /v1/resumes/{id}`: a JSON merge of the fields a person can correct after an
 * import. A string sets a field, `null` (or `""`) clears it; `work` and `education` are
 * objects keyed by the entry's index (`{"work": {"0": {"position": "Staff Engineer"}}}`)
 * or arrays read element by element (`{}` leaves an entry as it is); an entry set to `null`
 * is removed, and the index just past the end adds one; a work entry's `highlights`
 * replace its bullets. `skills`, `certificates` and `languages` sent as arrays replace their
 * lists; sent as objects keyed by index they correct one entry the same way
 * (`{"languages": {"2": {"fluency": "B2"}}}`), a string naming it anew.
 * Any other field is refused with a message that lists the ones that can be corrected.
 */
const fieldValue = z.union([z.string().trim().max(500, 'must be at most 500 characters'), z.null()]);
const date = z.union([
  z
    .string()
    .trim()
    .regex(/^(?:[12]\d{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-03)'),
  z.null(),
]);

/** Unknown keys get a message that names what can be corrected there. */
const fields = <Shape extends z.ZodRawShape>(shape: Shape, what: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((key) => `"${key}"`).join(', ')} cannot be corrected here; ${what} fields are ${Object.keys(shape).join(', ')}`
        : undefined,
  });

export const locationCorrectionSchema = fields(
  { address: fieldValue.optional(), postalCode: fieldValue.optional(), city: fieldValue.optional(), region: fieldValue.optional(), countryCode: fieldValue.optional() },
  'location',
);

export const profileCorrectionSchema = fields({ network: fieldValue.optional(), username: fieldValue.optional(), url: fieldValue.optional() }, 'profile');

export const basicsCorrectionSchema = fields(
  {
    name: fieldValue.optional(),
    label: fieldValue.optional(),
    email: fieldValue.optional(),
    phone: fieldValue.optional(),
    url: fieldValue.optional(),
    location: z.union([locationCorrectionSchema, z.null()]).optional(),
    profiles: z.union([z.array(profileCorrectionSchema).max(20), z.null()]).optional(),
  },
  'basics',
);

// A list that replaces what was read: a bullet cut at a PDF line, certificates filed as projects.
const textList = (max: number) => z.union([z.array(z.string().trim().min(1).max(1000)).max(max), z.null()]);

export const workCorrectionSchema = fields(
  {
    name: fieldValue.optional(),
    position: fieldValue.optional(),
    location: fieldValue.optional(),
    startDate: date.optional(),
    endDate: date.optional(),
    highlights: textList(50).optional(),
  },
  'work entry (name is the company)',
);

export const educationCorrectionSchema = fields(
  {
    institution: fieldValue.optional(),
    area: fieldValue.optional(),
    studyType: fieldValue.optional(),
    score: fieldValue.optional(),
    startDate: date.optional(),
    endDate: date.optional(),
  },
  'education entry (score is the grade, e.g. "2:1")',
);

const entries = <Entry extends z.ZodType>(entry: Entry) =>
  z.union([
    z.array(z.union([entry, z.null()])).max(60),
    z.record(z.string().regex(/^(?:0|[1-9]\d{0,1})$/, 'an entry is named by its index, 0 for the first'), z.union([entry, z.null()])),
  ]);

export const skillCorrectionSchema = z.union([
  z.string().trim().min(1).max(100),
  fields({ name: z.string().trim().max(100).optional(), level: z.string().trim().max(100).optional(), keywords: z.array(z.string().trim().max(100)).max(100).optional() }, 'skill'),
]);

export const certificateCorrectionSchema = z.union([
  z.string().trim().min(1).max(300),
  fields(
    {
      name: z.string().trim().max(300).optional(),
      issuer: z.string().trim().max(200).optional(),
      date: z.string().trim().max(20).optional(),
      expires: z.string().trim().max(20).optional(),
    },
    'certificate',
  ),
]);

export const languageCorrectionSchema = z.union([
  z.string().trim().min(1).max(100),
  fields({ language: z.string().trim().max(100).optional(), fluency: z.string().trim().max(100).optional() }, 'language'),
]);

/** A list sent whole replaces it; keyed by index it corrects, removes (`null`) or adds (the index past the end) entries. */
const listCorrection = <Entry extends z.ZodType>(entry: Entry, max: number) =>
  z.union([
    z.array(entry).max(max),
    z.record(z.string().regex(/^(?:0|[1-9]\d{0,2})$/, 'an entry is named by its index, 0 for the first'), z.union([entry, z.null()])),
  ]);

export const resumeCorrectionSchema = fields(
  {
    basics: basicsCorrectionSchema.optional(),
    work: entries(workCorrectionSchema).optional(),
    education: entries(educationCorrectionSchema).optional(),
    skills: listCorrection(skillCorrectionSchema, 200).optional(),
    certificates: listCorrection(certificateCorrectionSchema, 100).optional(),
    languages: listCorrection(languageCorrectionSchema, 50).optional(),
  },
  'resume',
).refine((body) => Object.keys(body).length > 0, 'name at least one field to correct, e.g. {"basics": {"name": "Ana Ortiz"}}');
export type ResumeCorrection = z.infer<typeof resumeCorrectionSchema>;

/** One corrected field, as recorded with the resume: where, what was read, what it is now. */
export const resumeChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type ResumeChange = z.infer<typeof resumeChangeSchema>;

const entryLists = new Set(['work', 'education', 'skills', 'certificates', 'languages']);

/**
 * A correction of one field by its dotted path, as the CLI and chat name it: `basics.name`,
 * `work.0.position`, `education.1.institution`, `basics.location.city`, `skills` (a
 * comma-separated list). `present` as an end date means the job is current; `null` (or
 * `remove`, or "") for a whole entry (`work.2`) removes it. The result is
 * validated by the same schema as the HTTP body.
 *
 * @example
 * correctionOfField('work.0.position', 'Staff Engineer'); // { work: { '0': { position: 'Staff Engineer' } } }
 */
export function correctionOfField(field: string, value: string): { ok: true; correction: ResumeCorrection } | { ok: false; error: string } {
  const path = field.trim().replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  const trimmed = value.trim();
  const last = path.at(-1) ?? '';
  let leaf: unknown = trimmed === '' ? null : trimmed;
  const listField = (path.length === 1 && (last === 'skills' || last === 'languages' || last === 'certificates')) || last === 'highlights';
  // Regression (trial s50 #22): `skills '["TIG welding","MAG welding"]'`, the JSON the HTTP API takes, was stored as
  // skills named `["TIG welding"` and `"MAG welding"]`. A list field's value in brackets is read as a JSON array.
  if (listField && /^\[[\s\S]*\]$/.test(trimmed)) {
    const list = jsonStrings(trimmed);
    const plain = last === 'highlights' ? '"A | B"' : last === 'certificates' ? '"A; B"' : '"A, B"';
    if (!list) return { ok: false, error: `the value looks like a JSON array but is not one of strings: write it as ["A", "B"], or as ${plain}` };
    leaf = list;
  } else if (path.length === 1 && (last === 'skills' || last === 'languages')) {
    // Lists on one command line: skills and languages by commas, certificates by ";" (their
    // names have commas), a job's bullets by "|" (theirs have both).
    leaf = trimmed.split(/\s*[,;]\s*/).filter(Boolean);
  } else if (path.length === 1 && last === 'certificates') {
    leaf = trimmed.split(/\s*;\s*/).filter(Boolean);
  } else if (last === 'highlights') {
    leaf = trimmed.split(/\s*\|\s*/).filter(Boolean);
  } else if (last === 'endDate' && /^(?:present|now|current|today)$/i.test(trimmed)) {
    leaf = '';
  } else if (path.length === 2 && entryLists.has(path[0] ?? '') && /^\d+$/.test(last) && /^(?:null|none|remove|delete|-)$/i.test(trimmed)) {
    // `resume set work.2 null`: the whole entry removed (a job the importer made up from a bullet).
    leaf = null;
  }
  let correction: unknown = leaf;
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const key = path[index] ?? '';
    const parent = path[index - 1];
    // Entry indexes stay object keys: {"work": {"0": {...}}} corrects one job, not the list.
    correction = parent !== undefined && entryLists.has(parent) && /^\d+$/.test(key) ? { [String(Number(key))]: correction } : { [key]: correction };
  }
  const parsed = resumeCorrectionSchema.safeParse(correction);
  if (parsed.success) return { ok: true, correction: parsed.data };
  return { ok: false, error: describeCorrectionIssues(parsed.error) };
}

/** The strings of a JSON array (`["Go", "SQL"]`), trimmed and without empties; undefined when it is not one. */
function jsonStrings(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
    return (value as string[]).map((item) => item.trim()).filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * A rejected correction in words a person can act on: each problem with the field it is in.
 *
 * @example
 * describeCorrectionIssues(error); // 'work.0: "title" cannot be corrected here; work entry … fields are name, position, …'
 */
export function describeCorrectionIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
