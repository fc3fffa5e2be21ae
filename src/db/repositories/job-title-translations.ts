/**
 * Common job titles as postings in Portuguese, Spanish, French, German and Italian write them, and
 * the trades as postings in Dutch, German, the Nordic languages and Polish write them too (where
 * people from abroad look for them: "welder" also finds "Schweißer (m/w/d)", "Lasser", "Sveiser",
 * "Spawacz"), for search only: "data analyst" also finds "Analista de Dados", "internship" also
 * "Estágio". One small curated table, English first in each group; words folded as the index folds
 * them (no accents, lower case, "ß" as "ss", "ø" as "o") and without the little words ("de", "des",
 * "di") the index drops. A gender note after a title ("(m/w/d)", "(H/F)") is never a search word.
 * Only the trade's own name: "Metallbauer" or "Konstruktionsmechaniker" may weld, but are not welders; and no word
 * that is also a field or a name in the postings ("Hydraulik", "Mechanik", "mecánico", "Koch", "Macon").
 */
const titleGroups: readonly (readonly string[])[] = [
  ['data analyst', 'analista dados', 'analista datos', 'analyste donnees', 'datenanalyst', 'analista dati'],
  ['data scientist', 'cientista dados', 'cientifico datos', 'scientifique donnees', 'datenwissenschaftler', 'scienziato dati'],
  ['data engineer', 'engenheiro dados', 'ingeniero datos', 'ingenieur donnees', 'dateningenieur', 'ingegnere dati'],
  ['business analyst', 'analista negocio', 'analyste metier', 'analista business'],
  ['software engineer', 'engenheiro software', 'ingeniero software', 'ingenieur logiciel', 'softwareentwickler', 'ingegnere software'],
  ['software developer', 'desenvolvedor software', 'desarrollador software', 'developpeur logiciel', 'softwareentwickler', 'sviluppatore software'],
  ['project manager', 'gestor projetos', 'jefe proyecto', 'chef projet', 'projektmanager', 'projektleiter', 'responsabile progetto'],
  ['product manager', 'gestor produto', 'chef produit', 'produktmanager', 'responsabile prodotto'],
  ['accountant', 'contabilista', 'contador', 'comptable', 'buchhalter', 'contabile'],
  ['nurse', 'enfermeiro', 'enfermeira', 'enfermero', 'enfermera', 'infirmier', 'infirmiere', 'krankenpfleger', 'pflegefachkraft', 'infermiere', 'verpleegkundige', 'sykepleier', 'sjukskoterska', 'sygeplejerske', 'pielegniarka', 'pielegniarz'],
  ['internship', 'intern', 'estagio', 'estagiario', 'practicas', 'becario', 'stage', 'stagiaire', 'praktikum', 'praktikant', 'tirocinio', 'stagista'],
  ['supply chain analyst', 'analista supply chain', 'analista cadeia abastecimento', 'analista cadena suministro', 'analyste chaine approvisionnement'],
  // Trades (session 51, trial s50 #11): German, Dutch, Norwegian, Swedish, Danish, Polish, French, Spanish, Portuguese, Italian.
  ['welder', 'schweisser', 'lasser', 'sveiser', 'svetsare', 'svejser', 'spawacz', 'soudeur', 'soldador', 'saldatore'],
  ['electrician', 'elektriker', 'elektroniker', 'elektricien', 'elektromonteur', 'elektryk', 'elektromonter', 'electricien', 'electricista', 'eletricista', 'elettricista'],
  ['plumber', 'klempner', 'loodgieter', 'rorlegger', 'rormokare', 'plombier', 'fontanero', 'canalizador', 'idraulico'],
  ['pipefitter', 'rohrschlosser', 'rohrleitungsbauer', 'pijpfitter', 'monter rurociagow', 'tuyauteur'],
  ['carpenter', 'zimmermann', 'zimmerer', 'tischler', 'schreiner', 'timmerman', 'tomrer', 'snickare', 'ciesla', 'stolarz', 'charpentier', 'menuisier', 'carpintero', 'carpinteiro', 'falegname'],
  ['bricklayer', 'maurer', 'metselaar', 'murer', 'murare', 'murarz', 'albanil', 'pedreiro', 'muratore'],
  ['painter', 'maler', 'lackierer', 'schilder', 'malarz', 'peintre', 'pintor', 'pittore'],
  ['mechanic', 'mechaniker', 'mekaniker', 'mecanicien'],
  ['truck driver', 'lkw fahrer', 'berufskraftfahrer', 'vrachtwagenchauffeur', 'lastebilsjafor', 'lastbilschauffor', 'kierowca ciezarowki', 'chauffeur poids lourd', 'camionero', 'camionista'],
  ['warehouse worker', 'lagerarbeiter', 'lagermitarbeiter', 'magazijnmedewerker', 'lagermedarbeider', 'lagerarbetare', 'magazynier', 'magasinier', 'mozo almacen', 'magazziniere'],
  ['cook', 'kok', 'kokk', 'kucharz', 'cuisinier', 'cocinero', 'cozinheiro', 'cuoco'],
  ['logistics coordinator', 'coordenador logistica', 'coordenadora logistica', 'coordinador logistica', 'coordinatrice logistique', 'coordinateur logistique', 'logistikkoordinator'],
];

const groupsByPhrase = new Map<string, readonly (readonly string[])[]>();
for (const group of titleGroups) {
  const phrases = group.map((phrase) => phrase.split(' '));
  for (const phrase of group) groupsByPhrase.set(phrase, phrases);
}
const longest = Math.max(...titleGroups.flat().map((phrase) => phrase.split(' ').length));

/** A run of a query's terms that names a title in the table, and every way the table writes it. */
export interface TranslatedTitle {
  start: number;
  end: number;
  /** Each phrase as its words: [['data', 'analyst'], ['analista', 'dados'], …]. */
  phrases: readonly (readonly string[])[];
}

/**
 * The titles of the table among a query's terms, longest first, each run of terms used once.
 *
 * @example
 * translatedTitles(['data', 'analyst', 'lisbon']); // [{ start: 0, end: 2, phrases: [['data', 'analyst'], ['analista', 'dados'], …] }]
 */
export function translatedTitles(terms: readonly string[]): TranslatedTitle[] {
  // "analista de datos": the little words between a title's words are read past, and replaced with it.
  const words = terms.flatMap((term, index) => (littleWords.has(term) ? [] : [index]));
  const found: TranslatedTitle[] = [];
  let at = 0;
  while (at < words.length) {
    let match: TranslatedTitle | undefined;
    for (let size = Math.min(longest, words.length - at); size >= 1 && !match; size--) {
      const phrases = groupsByPhrase.get(words.slice(at, at + size).map((index) => terms[index]).join(' '));
      if (phrases) match = { start: words[at] ?? 0, end: (words[at + size - 1] ?? 0) + 1, phrases };
      if (match) at += size;
    }
    if (match) found.push(match);
    else at++;
  }
  return found;
}

const littleWords = new Set(['de', 'da', 'do', 'dos', 'das', 'des', 'du', 'di', 'del', 'della', 'dei', 'der', 'la', 'le', 'em', 'en']);
