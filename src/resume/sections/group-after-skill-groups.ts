/**
 * "Languages" printed as one more group of a Skills section: the theme sets each group as a label
 * on its own line over its items, and "Languages" / "French (native)" / "English (fluent)" look
 * exactly like the groups above them, so a reader of the text sees a heading of its own.
 */
import type { ResumeSection } from './find-sections.ts';
import type { ResumeLine } from './resume-lines.ts';

type ItemShape = 'bullet' | 'cells' | 'dots' | 'commas' | 'plain';

// How a line of items is set: a list bullet, cells of a row ("A | B"), a middle dot or commas between items, or plain.
function itemShape(line: ResumeLine): ItemShape {
  if (line.bullet) return 'bullet';
  if (/\s\|\s/.test(line.text)) return 'cells';
  if (/\s·(?:\s|$)/.test(line.text)) return 'dots';
  if (/\S,\s+\S/.test(line.text)) return 'commas';
  return 'plain';
}

/**
 * Whether `section` (a "Languages" heading) is one more group of the `skills` section just before
 * it: that section holds labels set on their own lines over their items, and every line under
 * "Languages" is set the way those items are (bullets, cells, dots or commas; never one plain
 * item a line, which a section of its own is written in as often), under a heading written like
 * the labels rather than in the section headings' capitals.
 *
 * @example
 * isGroupAfterSkillGroups(skillsSection, languagesSection); // true for "Teaching" / "• …" / "Languages" / "• French (native)"
 */
export function isGroupAfterSkillGroups(skills: ResumeSection | undefined, section: ResumeSection): boolean {
  if (skills?.kind !== 'skills') return false;
  const lines = skills.lines.filter((line) => line.text !== '');
  const itemShapes = new Set<ItemShape>();
  const labels: string[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!next || itemShape(line) !== 'plain' || /[:,;]/.test(line.text) || line.text.split(/\s+/).length > 4) return;
    const shape = itemShape(next);
    if (shape === 'plain') return;
    labels.push(line.text);
    itemShapes.add(shape);
  });
  // "SKILLS" … "LANGUAGES" over "Kitchen": set in the headings' capitals, not the labels' case.
  const capitals = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();
  if (capitals(section.heading) && capitals(skills.heading) && !labels.every(capitals)) return false;
  const items = section.lines.filter((line) => line.text !== '');
  return labels.length > 0 && items.length > 0 && items.every((line) => itemShapes.has(itemShape(line)));
}
