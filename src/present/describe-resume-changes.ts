import type { ResumeChange } from '../protocol/resume-correction.ts';

const fieldNames: Record<string, string> = {
  name: 'company',
  position: 'title',
  startDate: 'start',
  endDate: 'end',
  institution: 'school',
  studyType: 'degree',
  area: 'field of study',
  score: 'grade',
  label: 'headline',
  highlights: 'bullets',
};

/** `work.0.position` → `job 1 title`; `basics.name` → `name`. */
export function describeField(field: string): string {
  const [list, index, key, ...rest] = field.split('.');
  if (list === 'basics') return [index, key, ...rest].filter(Boolean).join(' ');
  if ((list === 'work' || list === 'education') && index !== undefined) {
    const entry = `${list === 'work' ? 'job' : 'education'} ${Number(index) + 1}`;
    return key ? `${entry} ${fieldNames[key] ?? key}` : entry;
  }
  return field;
}

// A list item as a person reads it: a bullet quoted, a skill, certificate or language by its name.
const item = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (value && typeof value === 'object') {
    const { name, language, keywords, fluency, issuer, date } = value as Record<string, unknown>;
    const title = [name ?? language].filter((part) => typeof part === 'string' && part).join('');
    const more = [Array.isArray(keywords) ? keywords.join(', ') : undefined, fluency, issuer, date].filter((part) => typeof part === 'string' && part);
    if (title) return `"${title}"${more.length > 0 ? ` (${more.join(', ')})` : ''}`;
  }
  return JSON.stringify(value);
};

const shown = (value: unknown, field: string): string => {
  if (value === null || value === undefined || value === '') return field.endsWith('endDate') ? 'present' : '(empty)';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return value.length > 0 ? value.map(item).join(' · ') : '(none)';
  return JSON.stringify(value);
};

/**
 * A person's corrections as lines: `- job 1 title: "Senior Engineer" → "Staff Engineer"`.
 *
 * @example
 * describeResumeChanges([{ field: 'basics.name', from: 'Jane', to: 'Ana Ortiz' }]); // '- name: "Jane" → "Ana Ortiz"'
 */
export function describeResumeChanges(changes: readonly ResumeChange[]): string {
  return changes.map((change) => `- ${describeField(change.field)}: ${shown(change.from, change.field)} → ${shown(change.to, change.field)}`).join('\n');
}
