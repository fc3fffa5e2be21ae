/**
 * The languages a person speaks, wherever the resume puts them: its Languages section, a
 * "Languages" group of the skills, or inside a flattened skills list ("Languages: English",
 * "Spanish (fluent)"), where a skills vocabulary would drop them as unknown words.
 */

/** Spoken and signed languages a resume or a posting names, as people capitalise them. */
export const languageNames = [
  'English', 'Spanish', 'French', 'German', 'Italian', 'Portuguese', 'Dutch', 'Polish', 'Romanian', 'Russian', 'Ukrainian',
  'Czech', 'Slovak', 'Hungarian', 'Bulgarian', 'Greek', 'Turkish', 'Arabic', 'Hebrew', 'Farsi', 'Persian', 'Urdu', 'Hindi',
  'Punjabi', 'Bengali', 'Gujarati', 'Tamil', 'Telugu', 'Mandarin', 'Cantonese', 'Chinese', 'Japanese', 'Korean', 'Vietnamese',
  'Tagalog', 'Filipino', 'Thai', 'Indonesian', 'Malay', 'Swahili', 'Somali', 'Amharic', 'Yoruba', 'Igbo', 'Hausa', 'Welsh',
  'Irish', 'Gaelic', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Icelandic', 'Lithuanian', 'Latvian', 'Estonian', 'Serbian',
  'Croatian', 'Bosnian', 'Albanian', 'Catalan', 'Basque', 'Haitian Creole', 'Creole', 'Sign Language', 'ASL', 'BSL',
] as const;

const byLowerName = new Map<string, string>(languageNames.map((name) => [name.toLowerCase(), name]));
const languagePattern = new RegExp(`\\b(${[...languageNames].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
// A skills group or a label that holds languages: "Languages", "Spoken languages", "Languages spoken".
const languageGroup = /^(?:spoken\s+)?languages?(?:\s+spoken)?$/i;

/**
 * The language names a text mentions, canonically spelt, in order.
 *
 * @example
 * languagesIn('Bilingual English/Spanish preferred'); // ['English', 'Spanish']
 */
export function languagesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(languagePattern)) {
    const name = byLowerName.get((match[1] ?? '').toLowerCase());
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/**
 * Every language the resume says the person speaks.
 *
 * @example
 * spokenLanguages({ skills: [{ name: 'Languages: English' }, { name: 'Spanish' }] }); // ['English', 'Spanish']
 */
export function spokenLanguages(resume: {
  languages?: readonly { language?: string | undefined }[] | undefined;
  skills?: readonly { name?: string | undefined; keywords?: readonly string[] | undefined }[] | undefined;
}): string[] {
  const found = new Set<string>();
  for (const entry of resume.languages ?? []) for (const name of languagesIn(entry.language ?? '')) found.add(name);
  for (const group of resume.skills ?? []) {
    const name = group.name ?? '';
    const label = /^([^:]+):\s*(.*)$/.exec(name);
    if (languageGroup.test(name.trim())) for (const keyword of group.keywords ?? []) for (const language of languagesIn(keyword)) found.add(language);
    else if (label && languageGroup.test((label[1] ?? '').trim())) for (const language of languagesIn(label[2] ?? '')) found.add(language);
    // A bare item that is a language and nothing else ("Spanish", "Spanish (fluent)"): a skill name that only mentions one ("Spanish cuisine") is not.
    const items = [name, ...(group.keywords ?? [])].map((item) => item.replace(/\s*[(:–—-].*$/, '').trim());
    for (const item of items) {
      const language = byLowerName.get(item.toLowerCase());
      if (language) found.add(language);
    }
  }
  return [...found];
}
