import type { KeptCorrection, ResumeResponse, ResumeWarning } from '../protocol/api.ts';

/**
 * A parsed resume as a short readable summary: name, contact, headline, experience with
 * employers, titles and dates, education, skills.
 *
 * @example
 * describeResume(stored); // 'Jane Doe · jane@example.com · Berlin\nSenior Engineer\nExperience:\n- Senior Engineer — Acme (2019-03 – present)…'
 */
export function describeResume(record: Pick<ResumeResponse, 'resume'>): string {
  const { basics = {}, work = [], education = [], skills = [], projects = [], certificates = [], languages = [] } = record.resume;
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode].filter(Boolean).join(', ');
  const links = (basics.profiles ?? []).map((profile) => profile.url ?? profile.username).filter(Boolean);
  const contact = [basics.name ?? '(no name found)', basics.email, basics.phone, location, basics.url, ...links].filter(Boolean).join(' · ');
  const lines = [contact];
  if (basics.label) lines.push(basics.label);
  if (work.length > 0) {
    lines.push('Experience:');
    for (const job of work.slice(0, 8)) {
      const dates = [job.startDate, job.endDate || (job.startDate ? 'present' : '')].filter(Boolean).join(' – ');
      // "Position — Company (dates)": a comma could be part of either name ("Stripe, Inc.").
      lines.push(`- ${job.position || '(no title found)'} — ${job.name || '(no company found)'} (${dates || 'no dates found'})`);
    }
    if (work.length > 8) lines.push(`- …and ${work.length - 8} more`);
  } else lines.push('Experience: none found');
  if (education.length > 0) {
    lines.push('Education:');
    for (const entry of education.slice(0, 4)) {
      const named = [entry.studyType, entry.area].filter(Boolean).join(' in ');
      const degree = entry.score ? `${named}${named ? ', ' : ''}${entry.score}` : named;
      const years = [entry.startDate, entry.endDate].filter(Boolean).join(' – ');
      lines.push(`- ${[degree, entry.institution].filter(Boolean).join(', ')}${years ? ` (${years})` : ''}`);
    }
  } else lines.push('Education: none found');
  const skillNames = skills.flatMap((skill) => (skill.keywords?.length ? skill.keywords : skill.name ? [skill.name] : []));
  const distinct = [...new Set(skillNames)];
  lines.push(distinct.length > 0 ? `Skills (${distinct.length}): ${distinct.slice(0, 40).join(', ')}${distinct.length > 40 ? ', …' : ''}` : 'Skills: none found');
  // The core sections say when nothing was read, so a lost section is seen; the others only when named.
  const named = (label: string, names: readonly (string | undefined)[], limit = 12) => {
    const present = names.filter((name): name is string => Boolean(name?.trim()));
    if (present.length > 0) lines.push(`${label}: ${present.slice(0, limit).join(', ')}`);
  };
  named('Projects', projects.map((project) => project.name), 6);
  named('Certificates', certificates.map((entry) => entry.name));
  // With the level read, so a misread one is seen: "French (native), English (fluent)".
  named('Languages', languages.map((entry) => (entry.language && entry.fluency?.trim() ? `${entry.language} (${entry.fluency.trim()})` : entry.language)));
  return lines.join('\n');
}

/**
 * After an import: asks whether the reading is right and says how to correct a field,
 * with an example built from what was read.
 *
 * @example
 * confirmReading(stored); // 'Is this right? If not, tell me, e.g. "my title at Acme was Staff Engineer" …'
 */
export function confirmReading(record: Pick<ResumeResponse, 'id' | 'resume'>): string {
  const first = record.resume.work?.[0];
  const example = first?.name
    ? `"my title at ${first.name} was …" or "the company of my first job is …"`
    : `"my name is …" or "I worked at … from 2019"`;
  return [
    'Is this right? If anything is misread, tell me, e.g. ' + `${example}`,
    `(or run \`jobpilot resume set ${record.id} work.0.position "…"\`, or PATCH /v1/resumes/${record.id})`,
  ].join(' ');
}

/**
 * What looks misread, one line each, with the correction to make: the sentence to say in
 * a chat, or the command to run at the terminal. Empty when nothing looks doubtful.
 *
 * @example
 * describeWarnings(warnings, 'chat'); // 'Please check:\n- Job 2 (Nurse — St. James\'s Hospital) has no dates. Say "I worked at …'
 */
export function describeWarnings(warnings: readonly ResumeWarning[], where: 'chat' | 'terminal'): string {
  if (warnings.length === 0) return '';
  const lines = warnings.map(({ message, correction }) =>
    where === 'chat' ? `- ${message} Say "${correction.chat}".` : `- ${message} Run: ${correction.command}`,
  );
  return [`Please check (${warnings.length === 1 ? 'this looks' : 'these look'} misread; put the real value where it says "…"):`, ...lines].join('\n');
}

/**
 * The corrections of an earlier version a re-import kept, empty when none were. A correction of a
 * value misread is said as read the same way again; one that added what the earlier file was read
 * without (a certificate, a school) is said as added again, since this file does not show it either:
 * nothing was read "the same way" there, the person's own addition was carried over.
 *
 * @example
 * describeKept(kept); // "Kept your correction from the earlier version, read the same way again: title "Charge Nurse" at St. James's Hospital."
 */
export function describeKept(kept: readonly Pick<KeptCorrection, 'description' | 'corrected_on' | 'from'>[]): string {
  const misread = kept.filter((each) => !nothingRead(each.from));
  const added = kept.filter((each) => nothingRead(each.from));
  const versions = (some: typeof kept) => (new Set(some.map((each) => each.corrected_on)).size > 1 ? 'versions' : 'version');
  // "… Pvt. Ltd." ends with its own full stop.
  const listed = (some: typeof kept) => {
    const list = some.map((each) => each.description).join('; ');
    return `${list}${/[.!?]$/.test(list) ? '' : '.'}`;
  };
  const sentences: string[] = [];
  if (misread.length > 0) sentences.push(`Kept your correction${misread.length === 1 ? '' : 's'} from the earlier ${versions(misread)}, read the same way again: ${listed(misread)}`);
  if (added.length > 0) {
    sentences.push(`Added again what you added to the earlier ${versions(added)}, which this file does not show either (say so if it no longer holds): ${listed(added)}`);
  }
  return sentences.join(' ');
}

// A correction made where the file was read with nothing there: the person added it.
function nothingRead(from: unknown): boolean {
  return from === null || from === undefined || from === '' || (Array.isArray(from) && from.length === 0);
}
