/**
 * Latin letters with accents and their ASCII letters, as `translate()` in the `job_search_text`
 * SQL function (migrations/0017) has them: the same word is found however its accents are typed.
 */
const accented = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ';
const plain = 'aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkllllllllnnnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy';
const foldedLetters: ReadonlyMap<string, string> = new Map([
  ...[...accented].map((letter, index) => [letter, plain[index] ?? letter] as const),
  ['ß', 'ss'], ['ẞ', 'ss'], ['æ', 'ae'], ['Æ', 'ae'], ['œ', 'oe'], ['Œ', 'oe'], ['þ', 'th'], ['Þ', 'th'],
]);

/**
 * A text's accented Latin letters as ASCII ("Segurança" → "Seguranca"), as the index folds them.
 *
 * @example
 * foldAccents('certificação'); // 'certificacao'
 */
export function foldAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E9E]/g, (letter) => foldedLetters.get(letter) ?? letter);
}

/** Each ASCII letter with the accented letters that fold to it ("u" → "ùúûüũūŭůűų…", both cases). */
const lettersFoldingTo: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>();
  for (const [letter, folded] of foldedLetters) if (folded.length === 1) variants.set(folded, (variants.get(folded) ?? '') + letter);
  return variants;
})();

/**
 * A regular expression (for JavaScript and for Postgres's `~*` alike) that finds a word however
 * its accents are written: each letter that an accented one folds to becomes a class of them,
 * and "ss" also matches "ß" ("munchen" and "münchen" → `m[uùúûü…]nch[eèéêë…]n`). Other
 * characters are escaped.
 *
 * @example
 * new RegExp(accentInsensitivePattern('zurich'), 'i').test('Zürich'); // true
 */
export function accentInsensitivePattern(word: string): string {
  const folded = foldAccents(word).toLowerCase();
  let pattern = '';
  for (let at = 0; at < folded.length; at += 1) {
    const char = folded[at] ?? '';
    if (char === 's' && folded[at + 1] === 's') {
      pattern += '(?:ss|ß)';
      at += 1;
      continue;
    }
    const variants = lettersFoldingTo.get(char);
    pattern += variants ? `[${char}${variants}]` : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return pattern;
}

/**
 * The query side of the `job_search_text` SQL function (migrations/0003, 0017): accents folded,
 * and skills that Postgres's parser would break ("C++" → "c") turned into single words first. Both
 * sides must agree; `tests/db/jobs-repository.int.test.ts` and `tests/db/job-search-text.int.test.ts`
 * check them against each other.
 *
 * @example
 * jobSearchText('Senior C++ / .NET engineer, Node.js'); // ' senior  cplusplus  /  dotnet  engineer, nodejs'
 */
export function jobSearchText(input: string): string {
  return foldAccents(input).toLowerCase()
    .replace(/c\+\+/g, ' cplusplus ')
    .replace(/(^|[^a-z0-9])c#/g, '$1 csharp ')
    .replace(/(^|[^a-z0-9])f#/g, '$1 fsharp ')
    .replace(/(^|[^a-z0-9])\.net($|[^a-z0-9])/g, '$1 dotnet $2')
    .replace(/([a-z0-9]+)\.js($|[^a-z0-9])/g, '$1js$2')
    .replace(/ci\/cd/g, ' cicd ')
    .replace(/(^|[^a-z0-9])r&d($|[^a-z0-9])/g, '$1 randd $2');
}

/** Words that say "a job" rather than which job: they would match everything. */
const generic = new Set([
  'job', 'jobs', 'role', 'roles', 'position', 'positions', 'opening', 'openings', 'vacancy',
  'vacancies', 'opportunity', 'opportunities', 'work', 'career', 'careers', 'any', 'find', 'me',
  'for', 'a', 'an', 'the', 'in', 'at', 'of', 'and', 'or', 'with', 'to', 'some', 'new', 'hiring',
]);

/** "qa/qc", "hse/qhse", "mig/mag": words joined by slashes, which the index's parser keeps as one token. */
const slashJoined = /^[a-z0-9]+(?:\/[a-z0-9]+)+$/;
/** A gender note's letters after a title ("m/w/d", "w/m/d", "m/f/x", "h/f"), as `src/resume/match/gender-marker.ts` reads them. */
const genderNote = /^[mwfdxhkvn](?:\/[mwfdxhkvn]){1,3}$/;

/**
 * The search terms of a free-text query, each safe to put in a `to_tsquery` expression
 * (letters and digits only, or such words joined by slashes; skills kept whole), generic words dropped.
 * Words joined by a slash stay one term ("QA/QC", "MIG/MAG"): `termQuery` finds them written either way.
 *
 * @example
 * queryTerms('remote C# jobs'); // ['remote', 'csharp']
 * queryTerms('remote QA/QC jobs'); // ['remote', 'qa/qc']
 */
export function queryTerms(query: string): string[] {
  const terms = jobSearchText(query)
    .split(/\s+/)
    .flatMap((word) => {
      const joined = /[a-z0-9]+(?:\/[a-z0-9]+)+/.exec(word)?.[0];
      // ("(m/w/d)" after a German title is no term: a gender note's letters say nothing of the job.)
      if (joined && genderNote.test(joined)) return word.split(joined).flatMap((rest) => rest.split(/[^a-z0-9]+/));
      if (!joined) return word.split(/[^a-z0-9]+/);
      return word.split(joined).flatMap((rest) => rest.split(/[^a-z0-9]+/)).concat(joined);
    })
    .filter((term) => term.length > 0 && !generic.has(term));
  return [...new Set(terms)].slice(0, 16);
}

/**
 * A term as a `to_tsquery` expression that also finds the word's ".js" spelling, and the
 * other way round: postings write "Node.js" (indexed as "nodejs") where people type "node",
 * and "React" where they type "react.js".
 *
 * @example
 * termQuery('node'); // '(node | nodejs)'
 * termQuery('vuejs'); // '(vuejs | vue)'
 * termQuery('qa/qc'); // "('qa/qc' | qa & qc)"
 */
export function termQuery(term: string): string {
  // "qa/qc": the index holds "QA/QC" as one token and "QA / QC" or "QA-QC" as two words; either is found.
  if (slashJoined.test(term)) return `('${term}' | ${term.split('/').join(' & ')})`;
  if (!/^[a-z][a-z0-9]*$/.test(term)) return term;
  if (term.length > 4 && term.endsWith('js')) return `(${term} | ${term.slice(0, -2)})`;
  return `(${[term, `${term}js`, ...workerForms(term)].join(' | ')})`;
}

/** Endings that make the one who does the work of a field's "-ing" word: teach → teacher, consult → consultant, edit → editor. */
const workerEndings = ['er', 'e', 'ant', 'or'] as const;

/**
 * The words for the one who does a field's work, from its "-ing" word, its stem first: "engineering" →
 * "engineer", "teaching" → "teacher", "nursing" → "nurse", "consulting" → "consultant", "translating" →
 * "translator" (trial s48 #14: "nursing jobs" found no "Nurse" title). The English stemmer of the index joins "nursing" and "nurse" but not "teaching" and "teacher",
 * and a board's postings checked word by word join neither; a form that is no word finds nothing. Empty for
 * other words, and for a stem under four letters ("caring" is no "car").
 *
 * @example
 * workerForms('teaching'); // ['teach', 'teacher', 'teache', 'teachant', 'teachor']
 * workerForms('teacher'); // []
 */
export function workerForms(term: string): string[] {
  const stem = /^(?<stem>[a-z]{4,})ing$/.exec(term)?.groups?.stem;
  return stem ? [stem, ...workerEndings.map((ending) => `${stem}${ending}`)] : [];
}
