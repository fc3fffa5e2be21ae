import type { ResumeSkill } from '../../protocol/json-resume.ts';

const ordinals: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4, sixth: 5, seventh: 6, eighth: 7, ninth: 8, tenth: 9 };

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();

/**
 * Which skill of the list a correction replaces: the one named as the resume shows it now
 * (`was`, "Crew"), or by its place ("last", "3", "second"); with neither, the one the
 * corrected name starts with or ends with (a word cut off: "Crew" for "Crew Leadership").
 * The index just past the end adds it; an error names the skills when `was` fits none.
 *
 * @example
 * findSkill([{ name: 'PLC Wiring' }, { name: 'Crew' }], undefined, 'Crew Leadership'); // { ok: true, index: 1 }
 */
export function findSkill(skills: readonly ResumeSkill[], was: string | undefined, value: string): { ok: true; index: number } | { ok: false; error: string } {
  const names = skills.map((skill) => comparable(skill.name ?? ''));
  const wanted = comparable(was ?? '').replace(/^(?:my|the)\s+/, '').replace(/\s+(?:one|skill)$/, '');
  if (wanted) {
    const number = /^(?:#|no\s*|number\s+)?(\d{1,3})(?:st|nd|rd|th)?$/.exec(wanted);
    let index: number | undefined = number ? Number(number[1]) - 1 : Object.hasOwn(ordinals, wanted) ? ordinals[wanted] : undefined;
    if (/^(?:last|final|bottom)$/.test(wanted)) index = skills.length - 1;
    index ??= names.indexOf(wanted);
    if (index < 0) index = names.findIndex((name) => name !== '' && (name.startsWith(wanted) || wanted.startsWith(name)));
    if (index >= 0 && index < skills.length) return { ok: true, index };
    const listed = skills.map((skill, position) => `${position + 1}. ${skill.name ?? '(empty)'}`).join('; ');
    return { ok: false, error: `No skill "${was}" on your resume: it lists ${listed || 'no skills'}. Say which one, e.g. "my skill ${skills[0]?.name ?? 'Excel'} should be …".` };
  }
  const corrected = comparable(value);
  // A word cut off ("Crew" for "Crew Leadership") or a word too many: the longest name the correction extends.
  const cut = names
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => name !== '' && name !== corrected && (corrected.startsWith(`${name} `) || corrected.endsWith(` ${name}`) || name.startsWith(`${corrected} `)))
    .sort((left, right) => right.name.length - left.name.length)[0];
  if (cut) return { ok: true, index: cut.index };
  const same = names.indexOf(corrected);
  return { ok: true, index: same >= 0 ? same : skills.length };
}
