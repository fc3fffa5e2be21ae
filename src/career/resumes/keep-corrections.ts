import type { ResumeChangeRecord } from '../../db/repositories/resumes.ts';
import type { KeptCorrection } from '../../protocol/api.ts';
import type { JsonResume } from '../../protocol/json-resume.ts';

/** An earlier version a person corrected: what it holds now and every change made to it. */
export interface CorrectedVersion {
  id: string;
  resume: JsonResume;
  corrections: readonly Pick<ResumeChangeRecord, 'field' | 'from' | 'to'>[];
}

type Fields = Record<string, unknown>;
type EntryList = 'work' | 'education';

/** The fields that say which job or school an entry is, when they were not what was corrected. */
const identityKeys: Record<EntryList, readonly string[]> = { work: ['name', 'position', 'startDate'], education: ['institution', 'studyType', 'startDate'] };
const fieldWords: Record<string, string> = {
  name: 'company',
  position: 'title',
  startDate: 'start date',
  endDate: 'end date',
  location: 'location',
  highlights: 'bullets',
  institution: 'school',
  studyType: 'degree',
  area: 'field of study',
  score: 'grade',
  city: 'city',
  postalCode: 'postcode',
  countryCode: 'country',
  region: 'region',
  languages: 'languages',
};

/**
 * A new reading of a resume with the person's corrections of earlier versions carried over:
 * every corrected version of the same person (same e-mail, or the same name when either has
 * no e-mail) gives its corrections, the newest first, and each is kept where the new file was
 * read with the same wrong value again; a field read differently this time is taken from the
 * new file. A city corrected on the Word file's version and a job corrected on the PDF's are
 * both kept when the Word file is read again. A job that was removed is removed again when it
 * is read again.
 *
 * @example
 * keepCorrections(read, [{ id: 'res_3f9a1c0b7d', resume, corrections }]).kept[0]?.description; // 'title "Charge Nurse" at St. James\'s Hospital'
 */
export function keepCorrections(
  read: JsonResume,
  versions: readonly CorrectedVersion[],
): { resume: JsonResume; kept: KeptCorrection[] } {
  const earlier = versions.filter((version) => version.corrections.length > 0 && samePerson(read, version));
  if (earlier.length === 0) return { resume: read, kept: [] };
  const resume = structuredClone(read) as JsonResume & Fields;
  const kept: KeptCorrection[] = [];
  // A field a newer version's correction already set is not set again from an older one.
  const done = new Set<string>();
  for (const version of earlier) carryVersion(resume, version, kept, done);
  return { resume, kept };
}

function carryVersion(resume: JsonResume & Fields, earlier: CorrectedVersion, kept: KeptCorrection[], done: Set<string>): void {
  const keep = (field: string, from: unknown, to: unknown, description: string) => {
    done.add(field);
    kept.push({ field, from: from ?? null, to: to ?? null, corrected_on: earlier.id, description });
  };

  const { fields, removed } = effectiveCorrections(earlier.corrections);
  const byEntry = new Map<string, Map<string, { from: unknown; to: unknown }>>();
  for (const [field, change] of fields) {
    const entry = /^(work|education)\.(\d+)\.(\w+)$/.exec(field);
    if (entry) {
      const key = `${entry[1]}.${entry[2]}`;
      byEntry.set(key, (byEntry.get(key) ?? new Map()).set(entry[3] ?? '', change));
      continue;
    }
    // The person's own fields and whole lists: kept when the new file reads the same wrong value.
    if (done.has(field) || !same(valueAt(resume, field), change.from)) continue;
    setAt(resume, field, change.to);
    keep(field, change.from, change.to, describeField(field, change.to));
  }

  for (const [key, changes] of byEntry) {
    const [list, index] = key.split('.') as [EntryList, string];
    const entries = (resume[list] ?? []) as Fields[];
    const before = ((earlier.resume[list] ?? []) as Fields[])[Number(index)] ?? {};
    let found = findEntry(entries, list, before, changes, Number(index));
    // A school the importer did not read and the person added, read as missing again: the same
    // wrong reading (none), so the person's school is added again, field by field as they gave it.
    if (found < 0 && list === 'education' && addedWhole(before, changes) && entries.length <= Number(index)) {
      entries.push({});
      resume[list] = entries;
      found = entries.length - 1;
    }
    if (found < 0) continue;
    const entry = entries[found] as Fields;
    const carried = [...changes].filter(([field, change]) => !done.has(`${list}.${found}.${field}`) && same(entry[field], change.from));
    for (const [field, change] of carried) {
      if (change.to === null || change.to === undefined || change.to === '') delete entry[field];
      else entry[field] = change.to;
    }
    // Named as the entry reads once corrected: 'title "Charge Nurse" at St. James's Hospital'.
    const named = entry.name ?? entry.institution;
    const where = typeof named === 'string' && named ? ` at ${named}` : ` of ${list === 'work' ? 'job' : 'school'} ${found + 1}`;
    for (const [field, change] of carried) {
      const word = fieldWords[field] ?? field;
      // The company's own new name is said by "at …"; any other field says what it is now.
      const value = field === 'name' || field === 'institution' || typeof change.to !== 'string' || change.to === '' ? '' : ` "${change.to}"`;
      keep(`${list}.${found}.${field}`, change.from, change.to, `${word}${value}${where}`);
    }
  }

  for (const { list, entry } of removed) {
    const entries = (resume[list] ?? []) as Fields[];
    const found = entries.findIndex((candidate) => identityKeys[list].every((key) => same(candidate[key], entry[key])));
    if (found < 0) continue;
    entries.splice(found, 1);
    keep(`${list}.${found}`, entry, null, `removed ${list === 'work' ? 'job' : 'school'} "${[entry.position, entry.name ?? entry.institution].filter(Boolean).join(' — ')}"`);
  }
}

// "city Stuttgart", "languages (German B1, English C1)", "e-mail": what a kept correction of the person's own fields says.
function describeField(field: string, to: unknown): string {
  const word = fieldWords[field.split('.').at(-1) ?? ''] ?? field.replace(/^basics\./, '').replace(/\./g, ' ');
  if (typeof to === 'string' && to !== '' && to.length <= 60) return `${word} ${to}`;
  if (field === 'languages' && Array.isArray(to)) {
    const named = to.map((each) => [(each as Fields).language, (each as Fields).fluency].filter((part) => typeof part === 'string' && part).join(' '));
    return named.length > 0 ? `${word} (${named.join(', ')})` : `${word} (none)`;
  }
  return word;
}

/** The same person: the same e-mail address, or the same name when one of them has no address. */
function samePerson(read: JsonResume, version: CorrectedVersion): boolean {
  const asRead = (field: string) => version.corrections.find((change) => change.field === field)?.from;
  const email = normalise(read.basics?.email);
  const emails = [version.resume.basics?.email, asRead('basics.email')].map(normalise).filter(Boolean);
  if (email && emails.length > 0) return emails.includes(email);
  const name = normalise(read.basics?.name);
  return Boolean(name) && [version.resume.basics?.name, asRead('basics.name')].map(normalise).includes(name);
}

/**
 * Each corrected field once, with the value first read and the value last set, its entry
 * index moved to where that entry stands after later removals; and the entries removed.
 */
function effectiveCorrections(corrections: CorrectedVersion['corrections']): {
  fields: Map<string, { from: unknown; to: unknown }>;
  removed: { list: EntryList; entry: Fields }[];
} {
  const pending: { field: string; from: unknown; to: unknown }[] = [];
  const removed: { list: EntryList; entry: Fields }[] = [];
  for (const change of corrections) {
    const removal = /^(work|education)\.(\d+)$/.exec(change.field);
    if (removal && change.to === null) {
      const [, list, at] = removal;
      const index = Number(at);
      // The changes made before it name entries as they stood then: one past it moves up, one on it goes.
      for (let position = pending.length - 1; position >= 0; position--) {
        const earlier = new RegExp(`^${list}\\.(\\d+)(\\..+)?$`).exec(pending[position]?.field ?? '');
        if (!earlier) continue;
        const was = Number(earlier[1]);
        if (was === index) pending.splice(position, 1);
        else if (was > index) (pending[position] as { field: string }).field = `${list}.${was - 1}${earlier[2] ?? ''}`;
      }
      if (change.from && typeof change.from === 'object') removed.push({ list: list as EntryList, entry: change.from as Fields });
      continue;
    }
    pending.push({ field: change.field, from: change.from, to: change.to });
  }
  const fields = new Map<string, { from: unknown; to: unknown }>();
  for (const change of pending) {
    const first = fields.get(change.field);
    fields.set(change.field, { from: first ? first.from : change.from, to: change.to });
  }
  return { fields, removed };
}

/**
 * Where the corrected entry stands in the new reading: the entry whose uncorrected fields
 * (company, title, start) read as before; when every such field was corrected, the entry
 * read with the same wrong values. The same place is preferred when several fit.
 */
function findEntry(entries: readonly Fields[], list: EntryList, before: Fields, changes: ReadonlyMap<string, { from: unknown }>, index: number): number {
  const plain = identityKeys[list].filter((key) => !changes.has(key) && normalise(before[key]));
  const misread = identityKeys[list].filter((key) => changes.has(key) && normalise(changes.get(key)?.from));
  const fits = (entry: Fields) =>
    plain.length > 0 ? plain.every((key) => same(entry[key], before[key])) : misread.length > 0 && misread.some((key) => same(entry[key], changes.get(key)?.from));
  if (entries[index] && fits(entries[index])) return index;
  return entries.findIndex(fits);
}

/** Whether every field of the entry is one the person set where nothing had been read. */
function addedWhole(before: Fields, changes: ReadonlyMap<string, { from: unknown; to: unknown }>): boolean {
  const fields = Object.keys(before);
  return fields.length > 0 && fields.every((field) => changes.has(field) && normalise(changes.get(field)?.from) === '');
}

function valueAt(target: Fields, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Fields)[key] : undefined), target);
}

function setAt(target: Fields, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Fields;
  }
  const last = keys.at(-1) ?? '';
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete node[last];
  else node[last] = value;
}

/** Read values compared as a person reads them: case, spacing and absence ("", null, []) aside. */
function same(left: unknown, right: unknown): boolean {
  return normalise(left) === normalise(right);
}

function normalise(value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
