/**
 * One spoken language by any of the names people write it under: "German", "Deutsch", "Allemand", "Alemán".
 * A CV in German lists "Englisch" where the person says "English" in chat.
 */
const sameLanguage: readonly (readonly string[])[] = [
  ['english', 'englisch', 'anglais', 'inglés', 'ingles', 'inglês', 'inglese', 'engels', 'angielski', 'engelska', 'engelsk'],
  ['german', 'deutsch', 'allemand', 'alemán', 'aleman', 'alemão', 'tedesco', 'duits', 'niemiecki', 'tyska', 'tysk'],
  ['french', 'französisch', 'français', 'francais', 'francés', 'frances', 'francês', 'francese', 'frans', 'francuski', 'franska'],
  ['spanish', 'spanisch', 'espagnol', 'español', 'espanol', 'espanhol', 'spagnolo', 'spaans', 'hiszpański', 'spanska', 'castellano'],
  ['portuguese', 'portugiesisch', 'portugais', 'portugués', 'português', 'portugues', 'portoghese', 'portugees', 'portugalski'],
  ['italian', 'italienisch', 'italien', 'italiano', 'italiaans', 'włoski', 'italienska'],
  ['dutch', 'niederländisch', 'néerlandais', 'neerlandés', 'holandés', 'holandês', 'nederlands', 'olandese', 'flemish'],
  ['polish', 'polnisch', 'polonais', 'polaco', 'polonês', 'polacco', 'pools', 'polski'],
  ['turkish', 'türkisch', 'turc', 'turco', 'türkçe', 'turks'],
  ['russian', 'russisch', 'russe', 'ruso', 'russo', 'russisch', 'rosyjski', 'русский'],
  ['arabic', 'arabisch', 'arabe', 'árabe', 'arabo', 'arabisch'],
  ['chinese', 'mandarin', 'chinesisch', 'chinois', 'chino', 'chinês', 'cinese', 'chinees'],
  ['japanese', 'japanisch', 'japonais', 'japonés', 'japonês', 'giapponese', 'japans'],
  ['hindi'], ['marathi'], ['tamil'], ['telugu'], ['bengali'], ['urdu'], ['punjabi'], ['gujarati'], ['kannada'], ['malayalam'],
  ['swedish', 'schwedisch', 'suédois', 'sueco', 'svenska'],
  ['danish', 'dänisch', 'danois', 'danés', 'dansk'],
  ['norwegian', 'norwegisch', 'norvégien', 'noruego', 'norsk'],
  ['greek', 'griechisch', 'grec', 'griego', 'grego', 'ελληνικά'],
  ['czech', 'tschechisch', 'tchèque', 'checo', 'čeština'],
  ['romanian', 'rumänisch', 'roumain', 'rumano', 'română'],
  ['ukrainian', 'ukrainisch', 'ukrainien', 'ucraniano'],
];

const groupOf = new Map(sameLanguage.flatMap((names, group) => names.map((name) => [name, group] as const)));

/**
 * Whether two names name the same language ("English" and "Englisch"), or are the same name.
 *
 * @example
 * sameSpokenLanguage('German', 'Deutsch'); // true
 */
export function sameSpokenLanguage(left: string, right: string): boolean {
  const a = key(left);
  const b = key(right);
  if (a === b) return true;
  const group = groupOf.get(a);
  return group !== undefined && group === groupOf.get(b);
}

function key(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}
