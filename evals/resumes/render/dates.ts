/** Date strings as people write them on resumes, from JSON Resume dates (`YYYY` or `YYYY-MM`). */

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle = 'short' | 'long' | 'numeric' | 'iso';

/** One date; a year-only date stays a year in every style. */
export function formatDate(date: string, style: DateStyle): string {
  const [year, month] = date.split('-');
  if (!month) return year ?? date;
  const index = Number(month) - 1;
  if (style === 'short') return `${shortMonths[index]} ${year}`;
  if (style === 'long') return `${longMonths[index]} ${year}`;
  if (style === 'numeric') return `${month}/${year}`;
  return `${year}-${month}`;
}

/** A range such as "Mar 2021 – Present"; no end date means the job is current. */
export function formatRange(start: string | undefined, end: string | undefined, style: DateStyle, options: { dash?: string; present?: string } = {}): string {
  const dash = options.dash ?? ' – ';
  const present = options.present ?? 'Present';
  return `${start ? formatDate(start, style) : ''}${dash}${end ? formatDate(end, style) : present}`;
}
