import type { JobPosting } from '../../resume/match.ts';

// One reader of a stored job for every fit: src/jobs/match-posting.ts.
export { postingOf } from '../../jobs/match-posting.ts';

/**
 * A pasted posting: its first line is the title (which carries the level: "Senior …") when it
 * reads as one: a short line of its own, not a sentence and not a list of requirements. A
 * posting pasted as one run of text ("Quality auditor, HACCP, ISO 22000. Fluent Spanish.")
 * has no title: its words are requirements, not a job title to mirror.
 *
 * @example
 * postingFromText('# Senior Go Engineer\nRequirements: …'); // { title: 'Senior Go Engineer', description: … }
 * postingFromText('Quality auditor, HACCP, ISO 22000. Fluent Spanish.'); // { title: '', description: … }
 */
export function postingFromText(text: string): JobPosting {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const title = (lines[0] ?? '').replace(/^[#*\s-]+|[*\s]+$/g, '').slice(0, 200);
  return { title: lines.length > 1 && readsAsTitle(title) ? title : '', description: text };
}

// A title is short and is not a sentence or a list: "Senior Go Engineer", "Chef de Partie (Pastry)".
function readsAsTitle(line: string): boolean {
  if (line.length > 90 || line.split(/\s+/).length > 12) return false;
  if (/[.!?;]\s+\S|[.!?;]$/.test(line)) return false;
  return (line.match(/,/g) ?? []).length < 2;
}
