/**
 * The gender notes job titles carry in many countries, "(m/w/d)", "(w/m/d)", "(m/f/d)",
 * "(f/m/x)", "(H/F)", "(k/m)", "(gn)", "(all genders)", "- m/w/d": a legal formula, not part of
 * the role's name, wherever the title puts it ("(m/w/d) Frontend Developer", "Entwickler (w/m/d) in Teilzeit").
 */
const letters = String.raw`[mwfdxhkvn*](?:\s*\/\s*[mwfdxhkvn*]){1,3}`;
const noteWords = String.raw`${letters}|gn|all\s+genders|alle\s+geschlechter`;
// In brackets anywhere, or bare letters after a dash or at either end.
const genderNote = new RegExp(String.raw`\s*[([]\s*(?:${noteWords})\s*[)\]]|\s*[-–—|,]\s*(?:${letters})(?![\p{L}/])|^\s*(?:${letters})(?![\p{L}/])\s*[-–—|,:]?|\s+(?:${letters})\s*$`, 'giu');

/**
 * A job title without its gender note, for letters, prep packs and the match that name the role.
 *
 * @example
 * withoutGenderMarker('Supply Chain Data Analyst (m/w/d)'); // 'Supply Chain Data Analyst'
 * withoutGenderMarker('(w/m/d) Frontend Developer – Remote'); // 'Frontend Developer – Remote'
 */
export function withoutGenderMarker(title: string): string {
  const stripped = title.replace(genderNote, ' ').replace(/\s{2,}/g, ' ').trim();
  return stripped || title;
}

/**
 * A text with its gender notes blanked out, every other character where it was (offsets into
 * it stay offsets into the text): "Frontend Developer (all genders)" has no word "genders".
 *
 * @example
 * blankGenderMarkers('Developer (all genders)'); // 'Developer                '
 */
export function blankGenderMarkers(text: string): string {
  return text.replace(genderNote, (note) => ' '.repeat(note.length));
}

/** Whether a word is a gender note's letters ("m/w/d", "h/f"), which says nothing about the job. */
export function isGenderMarkerWord(word: string): boolean {
  return /^[mwfdxhkvn](?:\/[mwfdxhkvn]){1,3}$/i.test(word);
}
