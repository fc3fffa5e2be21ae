/**
 * The gender notes job titles carry in many countries, "(m/w/d)", "(m/f/d)", "(f/m/x)",
 * "(H/F)", "(k/m)", "(gn)", "(all genders)", "- m/w/d": a legal formula, not part of the role's name.
 */
const genderMarker = /\s*(?:[-–—|,]\s*)?[([]?\s*(?:[mwfdxhkvn*](?:\s*\/\s*[mwfdxhkvn*]){1,3}|gn|all genders|alle geschlechter|w\/m\/d|m\/w\/x)\s*[)\]]?\s*$/i;

/**
 * A job title without its gender note, for letters and prep packs that name the role.
 *
 * @example
 * withoutGenderMarker('Supply Chain Data Analyst (m/w/d)'); // 'Supply Chain Data Analyst'
 */
export function withoutGenderMarker(title: string): string {
  const stripped = title.replace(genderMarker, '').trim();
  return stripped || title;
}

/** Whether a word is a gender note's letters ("m/w/d", "h/f"), which says nothing about the job. */
export function isGenderMarkerWord(word: string): boolean {
  return /^[mwfdxhkvn](?:\/[mwfdxhkvn]){1,3}$/i.test(word);
}
