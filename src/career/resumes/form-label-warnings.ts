import type { ResumeWarning } from '../../protocol/api.ts';
import type { JsonResume, ResumeWork } from '../../protocol/json-resume.ts';
import { headingKind } from '../../resume/sections/find-sections.ts';

/** A value the person fills in. */
const blank = '…';

// The labels of a form's job block: never a company, and never the start of a title.
const labelWord = /^(?:designation|role|position|job\s+title|title|duration|period|tenure|dates?|company|organi[sz]ation|employer|location|responsibilities|roles?\s*(?:&|and)\s*responsibilities)$/i;
const labelledValue = /^(designation|role|position|job\s+title|title|duration|period|tenure|company|organi[sz]ation|employer)\s*(?::|\s[-–]\s)\s*(\S.*)$/i;
// "2) Kirloskar Pneumatic Co. Ltd., Pune": the next employer's numbered line.
const numberedEntry = /^(?:\(\d{1,2}\)|\d{1,2}[).])\s+\S/;

/**
 * Whether a job's bullet looks like no bullet: a table's row ("S.S.C. | Maharashtra State Board |
 * 2010 | 89.45 %"), the next employer's numbered line, or a section's heading.
 */
function looksLikeEntry(highlight: string): boolean {
  const text = highlight.trim();
  if (text.split(/\s\|\s|\t/).length >= 3) return true;
  if (numberedEntry.test(text) && text.split(/\s+/).length <= 12 && !/[.!?]$/.test(text)) return true;
  return text.length <= 60 && !/[.!?]$/.test(text) && headingKind(text) !== undefined;
}

interface Helpers {
  ordinal: (number: number) => string;
  command: (id: string, path: string, value: string) => string;
}

/**
 * What a form-shaped CV's labels left in a reading: a title that starts with its label
 * ("Designation: Senior Engineer"), a company that is a label ("Duration"), a bullet that is a
 * table row or the next employer's line, and no education read from a text that has an
 * Education heading. Each with its correction (see readingWarnings).
 *
 * @example
 * formLabelWarnings({ id: 'res_3f9a1c0b7d', resume: { work: [{ name: 'Duration', position: 'Designation: Engineer' }] } }, helpers).map((warning) => warning.code);
 * // ['position_has_label', 'company_is_label']
 */
export function formLabelWarnings(record: { id: string; resume: JsonResume; raw_text?: string }, helpers: Helpers): ResumeWarning[] {
  const { id, resume } = record;
  const { ordinal, command } = helpers;
  const warnings: ResumeWarning[] = [];
  const add = (code: ResumeWarning['code'], field: string, message: string, chat: string, set: readonly (readonly [string, string])[], patch: Record<string, unknown>) =>
    warnings.push({ code, field, message, correction: { chat, command: set.map(([path, value]) => command(id, path, value)).join(' && '), patch } });

  const work = (resume.work ?? []) as ResumeWork[];
  work.forEach((job, index) => {
    const at = `work.${index}`;
    const number = index + 1;
    const company = job.name?.trim() ?? '';
    const position = job.position?.trim() ?? '';
    const companyIsLabel = labelWord.test(company.replace(/:$/, ''));
    const named = company && !companyIsLabel ? company : undefined;
    const labelled = labelledValue.exec(position);
    if (labelled) {
      const title = (labelled[2] ?? '').trim();
      add(
        'position_has_label',
        `${at}.position`,
        `Job ${number}: the title reads "${position}", which starts with the label "${labelled[1] ?? ''}".`,
        named ? `my title at ${named} was ${title}` : `my title at my ${ordinal(number)} job was ${title}`,
        [[`${at}.position`, title]],
        { work: { [String(index)]: { position: title } } },
      );
    }
    if (companyIsLabel) {
      add(
        'company_is_label',
        `${at}.name`,
        `Job ${number}: the company reads "${company}", which is a form's label, not an employer.`,
        `my company at my ${ordinal(number)} job is ${blank}`,
        [[`${at}.name`, blank]],
        { work: { [String(index)]: { name: blank } } },
      );
    }
    const highlights = job.highlights ?? [];
    const odd = highlights.filter(looksLikeEntry);
    for (const highlight of odd) {
      const kept = highlights.filter((each) => !odd.includes(each));
      add(
        'highlight_looks_like_entry',
        `${at}.highlights`,
        `Job ${number}${named ? ` (${named})` : ''} has a bullet that looks like a table row or the next entry, not something done there: "${highlight.length > 80 ? `${highlight.slice(0, 79)}…` : highlight}".`,
        `remove the line "${highlight}" from my resume`,
        [[`${at}.highlights`, kept.join(' | ')]],
        { work: { [String(index)]: { highlights: kept } } },
      );
    }
  });

  // "EDUCATIONAL QUALIFICATIONS" in the text, and no school read under it.
  const educationHeading = (record.raw_text ?? '').split('\n').find((line) => line.trim() !== '' && headingKind(line.trim()) === 'education');
  if ((resume.education ?? []).length === 0 && educationHeading) {
    const fields = [['institution', blank], ['studyType', blank], ['area', blank], ['endDate', blank]] as const;
    add(
      'no_education',
      'education',
      `The text has an education heading ("${educationHeading.trim()}"), but no school or degree was read under it.`,
      // (The chat adds no school yet: the command or the Resume screen does.)
      `add it with: ${fields.map(([key, value]) => command(id, `education.0.${key}`, value)).join(' && ')}`,
      fields.map(([key, value]) => [`education.0.${key}`, value] as const),
      { education: { '0': Object.fromEntries(fields) } },
    );
  }
  return warnings;
}
