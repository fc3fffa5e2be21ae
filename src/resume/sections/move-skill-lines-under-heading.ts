/**
 * Skill lines the text order put above their Skills heading: themes that print section labels in
 * a left gutter set a label of two lines beside the middle of its block, so the block's first
 * lines ("Teaching: Differentiated instruction, Classroom management,") come before the label and
 * end the section above it (the contact details).
 */
import type { ResumeSection } from './find-sections.ts';
import { contactLabel } from './find-sidebar-skills.ts';
import type { ResumeLine } from './resume-lines.ts';

// "Languages (Expert): C#, .NET, C++" or "Sales: Salesforce, HubSpot CRM": a group and a list of two or more.
const groupLine = /^[^:,]{2,50}:\s*[^,]+,\s*\S/;

// Sections a gutter label may follow with lines of its block still in them.
const precedingKinds: ReadonlySet<ResumeSection['kind']> = new Set(['other', 'contact', 'summary']);

/**
 * The sections with the groups of skills that end a section right above a Skills heading moved
 * under that heading.
 *
 * @example
 * moveSkillLinesUnderHeading(findSections(toResumeLines('Contact\nana@example.org\nSales: CRM, Negotiation\nSkills\nTools: Excel, SAP')));
 * // the contact section keeps the address; the skills section starts with "Sales: CRM, Negotiation"
 */
export function moveSkillLinesUnderHeading(sections: readonly ResumeSection[]): ResumeSection[] {
  return sections.map((section, index) => {
    const next = sections[index + 1];
    const previous = sections[index - 1];
    if (section.kind === 'skills' && previous && precedingKinds.has(previous.kind)) {
      const start = findSkillLinesAboveHeading(previous.lines);
      if (start !== undefined) return { ...section, lines: [...previous.lines.slice(start), ...section.lines] };
    }
    if (next?.kind === 'skills' && precedingKinds.has(section.kind)) {
      const start = findSkillLinesAboveHeading(section.lines);
      if (start !== undefined) return { ...section, lines: section.lines.slice(0, start) };
    }
    return section;
  });
}

/**
 * The index from which a section's last lines are groups of skills: a run of "Group: a, b, c"
 * lines and the lines they wrapped onto, at the very end of the section.
 *
 * @example
 * findSkillLinesAboveHeading(toResumeLines('ana@example.org\nSales: CRM, Negotiation,\nForecasting')); // 1
 */
export function findSkillLinesAboveHeading(lines: readonly ResumeLine[]): number | undefined {
  let end = lines.length;
  while (end > 0 && lines[end - 1]?.text === '') end--;
  let start = end;
  while (start > 0 && (isGroupLine((lines[start - 1] as ResumeLine).text) || isWrappedPart((lines[start - 1] as ResumeLine).text))) start--;
  // The run begins at its first group; what is above it ("LOCATION") is the section's own.
  while (start < end && !isGroupLine((lines[start] as ResumeLine).text)) start++;
  return start < end ? start : undefined;
}

function isGroupLine(text: string): boolean {
  return groupLine.test(text) && !contactLabel.test(text.slice(0, text.indexOf(':')).trim()) && !isContactDetail(text);
}

// "2016, Cost value reconciliation" or "operative care": the rest of a group's list, wrapped.
function isWrappedPart(text: string): boolean {
  return text !== '' && text.length <= 80 && !text.includes(':') && !isContactDetail(text);
}

function isContactDetail(text: string): boolean {
  return /@|https?:|www\.|\d[\d\s().-]{6,}\d/i.test(text);
}
