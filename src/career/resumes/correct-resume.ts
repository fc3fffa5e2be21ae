import type { ResumeRecord, ResumesRepository } from '../../db/repositories/resumes.ts';
import { JobpilotError } from '../../errors.ts';
import type { JsonResume } from '../../protocol/json-resume.ts';
import type { ResumeChange, ResumeCorrection } from '../../protocol/resume-correction.ts';
import { parseCertificate } from '../../resume/sections/parse-certificates.ts';
import { requireResume } from './choose-resume.ts';

type Fields = Record<string, unknown>;
type EntryPatches = ResumeCorrection['work'] | ResumeCorrection['education'];

/**
 * Applies a person's correction to a stored resume (the HTTP route, `jobpilot resume set`
 * and the `correct_resume` action share it): the JSON merge of `correction` is applied to
 * the parsed resume, every changed field is recorded with the value that was read, and the
 * raw text stays as it was. A correction that changes nothing stores nothing.
 *
 * @throws JobpilotError `RESUME_NOT_FOUND`/`NO_RESUME` when there is no such resume;
 *   `BAD_REQUEST` for an entry index past the end or a start date after the end date.
 * @example
 * const { record, changes } = await correctResume(resumes, 'res_3f9a1c0b7d', { work: { '0': { position: 'Staff Engineer' } } });
 */
export async function correctResume(
  resumes: Pick<ResumesRepository, 'get' | 'active' | 'correct'>,
  id: string | undefined,
  correction: ResumeCorrection,
): Promise<{ record: ResumeRecord; changes: ResumeChange[] }> {
  const record = await requireResume(resumes, id);
  const resume = structuredClone(record.resume) as JsonResume;
  const changes: ResumeChange[] = [];

  if (correction.basics) {
    const { location, profiles, ...plain } = correction.basics;
    // An address that is no e-mail address would print in every letter's header.
    if (typeof plain.email === 'string' && plain.email.trim() !== '' && !emailPattern.test(plain.email.trim())) {
      throw new JobpilotError('BAD_REQUEST', `basics.email "${plain.email.slice(0, 80)}" is not an e-mail address (name@example.com); send null or "" to clear it.`, {
        details: { field: 'basics.email' },
      });
    }
    const basics: Fields = { ...(resume.basics ?? {}) };
    mergeFields(basics, plain, 'basics', changes);
    if (location !== undefined) {
      const before = basics.location as Fields | undefined;
      const merged: Fields = location === null ? {} : { ...(before ?? {}) };
      if (location !== null) mergeFields(merged, location, 'basics.location', changes);
      else if (before) changes.push({ field: 'basics.location', from: before, to: null });
      if (Object.keys(merged).length > 0) basics.location = merged;
      else delete basics.location;
    }
    if (profiles !== undefined) {
      const next = (profiles ?? []).map((profile) => Object.fromEntries(Object.entries(profile).filter(([, value]) => value)));
      if (JSON.stringify(next) !== JSON.stringify(basics.profiles ?? [])) changes.push({ field: 'basics.profiles', from: basics.profiles ?? [], to: next });
      if (next.length > 0) basics.profiles = next;
      else delete basics.profiles;
    }
    resume.basics = basics;
  }
  if (correction.work !== undefined) resume.work = correctEntries((resume.work ?? []) as Fields[], correction.work, 'work', changes);
  if (correction.education !== undefined) {
    resume.education = correctEntries((resume.education ?? []) as Fields[], correction.education, 'education', changes);
  }
  if (correction.skills !== undefined) {
    const named = (skill: string | Fields) => (typeof skill === 'string' ? { name: skill } : skill);
    resume.skills = replaceList('skills', resume.skills, correctList(resume.skills ?? [], correction.skills, 'skills', named), changes);
  }
  if (correction.certificates !== undefined) {
    // "ServSafe Manager (2024)" typed as a string keeps its date, as the importer reads it.
    const named = (certificate: string | Fields) => (typeof certificate === 'string' ? parseCertificate(certificate) : certificate);
    resume.certificates = replaceList('certificates', resume.certificates, correctList(resume.certificates ?? [], correction.certificates, 'certificates', named), changes);
  }
  if (correction.languages !== undefined) {
    const named = (language: string | Fields) => (typeof language === 'string' ? { language } : language);
    resume.languages = replaceList('languages', resume.languages, correctList(resume.languages ?? [], correction.languages, 'languages', named), changes);
  }

  if (changes.length === 0) return { record, changes };
  const stored = await resumes.correct(record.id, resume, changes);
  if (!stored) throw new JobpilotError('RESUME_NOT_FOUND', `No resume "${record.id}". List yours with GET /v1/resumes.`);
  return { record: stored, changes };
}

/** One "@", something before it, and a dotted domain after it, no spaces. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A list replaced whole, recorded as one change when it differs. */
function replaceList<T>(field: string, before: readonly T[] | undefined, next: T[], changes: ResumeChange[]): T[] {
  if (JSON.stringify(next) !== JSON.stringify(before ?? [])) changes.push({ field, from: before ?? [], to: next });
  return next;
}

/** Sets or clears (null, "", []) each field, recording what changed under `prefix`. */
function mergeFields(target: Fields, patch: Readonly<Fields>, prefix: string, changes: ResumeChange[]): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const before = target[key];
    const next = value === null || value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value;
    if (before === next || (before === '' && next === undefined) || (next !== undefined && JSON.stringify(before) === JSON.stringify(next))) continue;
    changes.push({ field: `${prefix}.${key}`, from: before ?? null, to: next ?? null });
    if (next === undefined) delete target[key];
    else target[key] = next;
  }
}

/**
 * A list sent whole replaces the one read; keyed by index, each entry's patch is merged into
 * that entry (a string names it anew), `null` removes it and the index past the end adds one.
 * Recorded as one change of the whole list, as a replacement is.
 */
function correctList<Entry extends object>(
  entries: readonly Entry[],
  correction: readonly (string | Fields)[] | Readonly<Record<string, string | Fields | null>>,
  list: 'skills' | 'certificates' | 'languages',
  named: (entry: string | Fields) => object,
): Entry[] {
  if (Array.isArray(correction)) return correction.map((entry) => named(entry) as Entry);
  const next: Fields[] = entries.map((entry) => ({ ...(entry as Fields) }));
  const removed = new Set<number>();
  const byIndex = Object.entries(correction as Readonly<Record<string, string | Fields | null>>)
    .map(([index, patch]) => [Number(index), patch] as const)
    .sort(([left], [right]) => left - right);
  for (const [index, patch] of byIndex) {
    if (index > next.length) {
      throw new JobpilotError(
        'BAD_REQUEST',
        `${list}.${index} does not exist: the resume has ${entries.length} ${list.slice(0, -1)}${entries.length === 1 ? '' : 's'}${entries.length ? ` (0 to ${entries.length - 1})` : ''}; use ${list}.${next.length} to add one.`,
        { details: { field: `${list}.${index}` } },
      );
    }
    if (patch === null) {
      removed.add(index);
      continue;
    }
    if (index === next.length) next.push({});
    const entry = next[index] as Fields;
    for (const [key, value] of Object.entries(named(patch))) {
      if (value === undefined) continue;
      if (value === '' || (Array.isArray(value) && value.length === 0)) delete entry[key];
      else entry[key] = value;
    }
  }
  return next.filter((entry, index) => !removed.has(index) && Object.keys(entry).length > 0) as Entry[];
}

/** Merges each entry's patch by index; `null` removes the entry, the index past the end adds one. */
function correctEntries(entries: Fields[], patches: NonNullable<EntryPatches>, list: 'work' | 'education', changes: ResumeChange[]): Fields[] {
  const byIndex = Array.isArray(patches)
    ? patches.map((patch, index) => [index, patch] as const)
    : Object.entries(patches).map(([index, patch]) => [Number(index), patch] as const);
  const next = entries.map((entry) => ({ ...entry }));
  const removed = new Set<number>();
  for (const [index, patch] of [...byIndex].sort(([left], [right]) => left - right)) {
    if (index > next.length) {
      throw new JobpilotError(
        'BAD_REQUEST',
        `${list}.${index} does not exist: the resume has ${entries.length} ${list} entr${entries.length === 1 ? 'y' : 'ies'} (0 to ${entries.length - 1}); use ${list}.${next.length} to add one.`,
        { details: { field: `${list}.${index}` } },
      );
    }
    if (patch === null) {
      if (index < entries.length) {
        removed.add(index);
        changes.push({ field: `${list}.${index}`, from: entries[index], to: null });
      }
      continue;
    }
    if (index === next.length) next.push({});
    const entry = next[index] as Fields;
    mergeFields(entry, patch, `${list}.${index}`, changes);
    const start = typeof entry.startDate === 'string' ? entry.startDate : '';
    const end = typeof entry.endDate === 'string' ? entry.endDate : '';
    if (start && end && end < start.slice(0, end.length)) {
      throw new JobpilotError('BAD_REQUEST', `${list}.${index}: the start date ${start} is after the end date ${end}; correct both in one request.`, {
        details: { field: `${list}.${index}.startDate` },
      });
    }
  }
  return next.filter((entry, index) => !removed.has(index) && Object.keys(entry).length > 0);
}
