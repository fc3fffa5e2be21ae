import type { JsonResume } from '../../../src/protocol/json-resume.ts';

/**
 * The name as printed on the document. A person's JSON may carry `basics.credentials`
 * ("RN, MSN"), which the document prints after the name; the truth stays the bare name.
 */
export function displayName(resume: JsonResume): string {
  const name = resume.basics?.name ?? '';
  const credentials = resume.basics?.credentials;
  return typeof credentials === 'string' && credentials ? `${name}, ${credentials}` : name;
}

/**
 * The resume as a community theme should see it: the printed name in `basics.name`, and
 * each employer also under `company`, the field name of the schema's first version, which
 * older themes (macchiato) still read.
 */
export function forTheme(resume: JsonResume): JsonResume {
  return {
    ...resume,
    basics: { ...resume.basics, name: displayName(resume) },
    work: (resume.work ?? []).map((job) => ({ ...job, company: job.name })),
  };
}

type School = NonNullable<JsonResume['education']>[number];

/**
 * A school's degree and field as one line ("BSc, Physics", "BSc in Physics"), or the degree
 * alone when the entry has no field: a person never writes "Bachillerato, undefined".
 */
export function degreeAndField(school: School, separator: string): string {
  return [school.studyType, school.area].filter(Boolean).join(separator);
}
