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
  'Croatian', 'Bosnian', 'Albanian', 'Catalan', 'Basque', 'Galician', 'Haitian Creole', 'Creole', 'Sign Language', 'ASL', 'BSL',
] as const;

/**
 * Languages by their own names and by their names in the other European languages a resume
 * or a posting is often written in (Portuguese, Spanish, French, German, Italian, Polish):
 * "Português (nativo)" and "Inglés (C1)" are Portuguese and English. Words that are also
 * common surnames or words in English ("Frans", "Engels") are left out here and read only
 * beside another language or a level (`dutchNamesInContext`).
 */
const otherNames: Record<string, (typeof languageNames)[number]> = {
  português: 'Portuguese', portugues: 'Portuguese', portugués: 'Portuguese', portugais: 'Portuguese', portugiesisch: 'Portuguese', portoghese: 'Portuguese', portugalski: 'Portuguese',
  inglês: 'English', ingles: 'English', inglés: 'English', anglais: 'English', englisch: 'English', inglese: 'English', angielski: 'English',
  espanhol: 'Spanish', español: 'Spanish', espanol: 'Spanish', castellano: 'Spanish', espagnol: 'Spanish', spanisch: 'Spanish', spagnolo: 'Spanish', hiszpański: 'Spanish', hiszpanski: 'Spanish',
  francês: 'French', francés: 'French', français: 'French', francais: 'French', französisch: 'French', franzoesisch: 'French', francese: 'French', francuski: 'French',
  alemão: 'German', alemao: 'German', alemán: 'German', allemand: 'German', deutsch: 'German', tedesco: 'German', niemiecki: 'German',
  italiano: 'Italian', italien: 'Italian', italienisch: 'Italian', włoski: 'Italian', wloski: 'Italian',
  polaco: 'Polish', polonês: 'Polish', polonais: 'Polish', polnisch: 'Polish', polacco: 'Polish', polski: 'Polish',
  ruso: 'Russian', russe: 'Russian', russisch: 'Russian', rosyjski: 'Russian',
  ucraniano: 'Ukrainian', ukrainien: 'Ukrainian', ukrainisch: 'Ukrainian', ucraino: 'Ukrainian', ukraiński: 'Ukrainian',
  neerlandês: 'Dutch', holandês: 'Dutch', neerlandés: 'Dutch', holandés: 'Dutch', néerlandais: 'Dutch', niederländisch: 'Dutch', olandese: 'Dutch', niderlandzki: 'Dutch', nederlands: 'Dutch',
  romeno: 'Romanian', rumano: 'Romanian', roumain: 'Romanian', rumänisch: 'Romanian', rumuński: 'Romanian',
  árabe: 'Arabic', arabe: 'Arabic', arabisch: 'Arabic', arabo: 'Arabic', arabski: 'Arabic',
  chinês: 'Chinese', chinois: 'Chinese', chinesisch: 'Chinese', cinese: 'Chinese', chiński: 'Chinese', mandarim: 'Mandarin', mandarín: 'Mandarin',
  japonês: 'Japanese', japonés: 'Japanese', japonais: 'Japanese', japanisch: 'Japanese', giapponese: 'Japanese', japoński: 'Japanese',
  catalão: 'Catalan', catalán: 'Catalan', català: 'Catalan', catalan: 'Catalan', katalanisch: 'Catalan',
  galego: 'Galician', gallego: 'Galician',
  grego: 'Greek', griego: 'Greek', grec: 'Greek', griechisch: 'Greek', grecki: 'Greek',
  turc: 'Turkish', türkisch: 'Turkish', turecki: 'Turkish',
  sueco: 'Swedish', suédois: 'Swedish', schwedisch: 'Swedish', svedese: 'Swedish', szwedzki: 'Swedish',
  tcheco: 'Czech', checo: 'Czech', tchèque: 'Czech', tschechisch: 'Czech', ceco: 'Czech', czeski: 'Czech',
  duits: 'German', spaans: 'Spanish', italiaans: 'Italian', portugees: 'Portuguese', roemeens: 'Romanian', chinees: 'Chinese',
  japans: 'Japanese', zweeds: 'Swedish', deens: 'Danish', grieks: 'Greek', noors: 'Norwegian',
};

/**
 * Dutch names that are also surnames or English words ("Frans", "Engels", "Pools", "Turks"): a
 * language only where the text speaks Dutch about languages ("Kennis van Frans", "Vloeiend
 * Nederlands en Engels") or where a Languages section lists it (`dutchNamesInContext`).
 */
const dutchNamesAlsoWords: Record<string, (typeof languageNames)[number]> = { engels: 'English', frans: 'French', pools: 'Polish', turks: 'Turkish' };
// Words that say a Dutch text is about languages: a level, knowledge, speaking, or another language by its Dutch name.
const dutchLanguageTalk =
  /(?<![\p{L}])(?:kennis|vloeiend\p{L}*|beheersing|moedertaal|talen|taal|taalvaardig\p{L}*|spreekt|spreek|goede?|nederlands|duits|spaans)(?![\p{L}])/iu;
// Written as Dutch writes a language, capitalised, and not the first name of a person ("Frans Bauer").
const dutchNameAlsoWord = /(?<![\p{L}])(Engels|Frans|Pools|Turks)(?![\p{L}])(?!\s+\p{Lu})/gu;

/**
 * Where each Dutch name that is also a word names a language, in a text that speaks Dutch about languages.
 *
 * @example
 * dutchNamesAt('Kennis van Frans'); // [{ name: 'French', index: 10 }]
 */
export function dutchNamesAt(text: string): { name: string; index: number }[] {
  if (!dutchLanguageTalk.test(text)) return [];
  return [...text.matchAll(dutchNameAlsoWord)].map((match) => ({ name: dutchNamesAlsoWords[(match[1] ?? '').toLowerCase()] as string, index: match.index }));
}

const byLowerName = new Map<string, string>([...languageNames.map((name) => [name.toLowerCase(), name] as const), ...Object.entries(otherNames)]);
// Letters a word may hold: a name ending in an accented letter ("Português") is still one word.
const wordLetter = '\\p{L}\\p{N}_';
/** Any language name, as a word (global: reset `lastIndex` or use it with `replace`/`matchAll`). */
export const languagePattern = new RegExp(
  `(?<![${wordLetter}])(${[...languageNames, ...Object.keys(otherNames)].sort((a, b) => b.length - a.length).join('|')})(?![${wordLetter}])`,
  'giu',
);
/**
 * The one reader of Dutch names that are also surnames or words ("Engels", "Frans", "Pools",
 * "Turks"): languages only in a text that already speaks Dutch about languages ("Nederlands en
 * Engels", "kennis van Frans"), and never a person's first name ("Frans de Vries" in such a text is
 * still a name when a capital follows). `languagesIn` reads them through it too.
 *
 * @example
 * dutchNamesInContext('Vloeiend Nederlands en Engels'); // ['English']
 * dutchNamesInContext('Contact: Frans de Vries'); // []
 */
export function dutchNamesInContext(text: string): string[] {
  return [...new Set(dutchNamesAt(text).map((found) => found.name))];
}

/** English by the name another language gives it ("Inglês", "Anglais", "Englischkenntnisse"): the text naming it so is not written in English. */
export const englishByAnotherName = /(?<![\p{L}])(?:ingl[êeé]s|anglais|englisch\p{L}*|inglese|angielski\p{L}*)(?![\p{L}])/iu;

/**
 * A language written into a longer word: "Deutschkenntnisse", "Englischkenntnisse",
 * "Nederlandstalig". The first group is the language's name (read it with `languagesIn`).
 */
export const languageCompoundPattern = /(?<![\p{L}])(\p{L}{4,}?)(?:kenntnisse|talig|talige)(?![\p{L}])/giu;

// A skills group or a label that holds languages: "Languages", "Spoken languages", "Languages spoken".
const languageGroup = /^(?:spoken\s+)?languages?(?:\s+spoken)?$/i;

/**
 * The language names a text mentions, canonically spelt, in order.
 *
 * @example
 * languagesIn('Bilingual English/Spanish preferred'); // ['English', 'Spanish']
 * languagesIn('Kennis van Frans is een pluspunt'); // ['French']
 */
export function languagesIn(text: string): string[] {
  const named = [...text.matchAll(languagePattern)].map((match) => ({ name: byLowerName.get((match[1] ?? '').toLowerCase()), index: match.index }));
  const found: string[] = [];
  for (const { name } of [...named, ...dutchNamesAt(text)].sort((a, b) => a.index - b.index)) if (name && !found.includes(name)) found.push(name);
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
  for (const entry of resume.languages ?? []) {
    // A Languages section's "Frans" is French, though the word is also a name.
    const listed = dutchNamesAlsoWords[(entry.language ?? '').trim().toLowerCase()];
    for (const name of listed ? [listed] : languagesIn(entry.language ?? '')) found.add(name);
  }
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
