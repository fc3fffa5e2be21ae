/**
 * Skill chips a theme set apart by padding alone ("labels", "tags"), which run together once the
 * page is converted to a document without its style sheet: "ExcelSquare POSToast",
 * "Food safetyHACCPRota planning", or, where the markup had spaces between the chips,
 * "Alpha one Beta two Gamma three". The chips are set apart with commas so the line reads as
 * any other list; single names ("JavaScript", "HubSpot", "iOS", "PowerPoint") stay whole.
 */
import { phraseKey, type SkillVocabulary } from '../skill-vocabulary.ts';
import { isHeadNoun, isMakerPrefix, isModifier } from './chip-words.ts';
import { levelWords } from './find-skill-category.ts';
import { listSeparator } from './split-list-items.ts';

/** The longest skill phrase kept whole when space-joined chips are split, in words ("Google Cloud Platform"). */
const longestPhrase = 4;
/** The longest name looked up in the vocabulary, in words ("Dynamics 365 Supply Chain Management"). */
const longestName = 6;
/** The longest name looked for inside a word of glued chips, in characters ("Elasticsearch"). */
const longestGluedName = 24;

// Words, written small, that make a line a sentence or a name ("Universidade de São Paulo"), not a row
// of chips, unless the line shows chips elsewhere ("Assessment for learning Peer review Lesson study").
const joiningWords = new Set([
  ...['a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'to', 'for', 'with', 'from', 'using', 'including', 'and', 'or', 'as', 'is', 'are'],
  ...['de', 'da', 'do', 'das', 'dos', 'di', 'del', 'della', 'du', 'des', 'la', 'le', 'les', 'y', 'e', 'i', 'et'],
  ...['van', 'von', 'der', 'den', 'für', 'und', 'zu', 'och', 'og', 'af', 'til'],
]);

/**
 * The line with its run-together chips set apart by ", ", or the line as it was when nothing
 * shows that chips ran together.
 *
 * @example
 * separateRunTogetherChips('ExcelSquare POSToast', loadSkillVocabulary()); // 'Excel, Square POS, Toast'
 * separateRunTogetherChips('Alpha one Beta two Gamma three', loadSkillVocabulary()); // 'Alpha one, Beta two, Gamma three'
 */
export function separateRunTogetherChips(text: string, vocabulary: SkillVocabulary, { listed = false }: { listed?: boolean } = {}): string {
  const glued = separateGluedChips(text, vocabulary);
  if (glued !== text) return glued;
  // "Frontend (Advanced): React Styled components Jest": a label before the chips of its group.
  // "Quality: ISO 9001:2015 Minitab SAP": the edition's colon is part of the list.
  const labelled = /^([^:]{2,40}):\s+((?:[^:]|:(?=\d))+)$/.exec(text);
  if (labelled) {
    // Three chips or more after a group's label are its list, as the one paragraph under a styled heading
    // is; two words there may be one name ("Tools: Veeva Vault").
    const list = listed || (labelled[2] ?? '').trim().split(/\s+/).length >= 3;
    const chips = separateSpacedChipsIn(labelled[2] ?? '', vocabulary, list);
    return chips ? `${labelled[1] ?? ''}: ${chips}` : text;
  }
  // "ISO 9001:2015": a colon between figures is an edition's, no label's.
  return /:(?!\d)/.test(text) ? text : (separateSpacedChipsIn(text, vocabulary, listed) ?? text);
}

// Chips a space apart in a line that has no other separator: a comma inside brackets ("Excel
// (VBA, Power Query)") qualifies one chip and sets none apart.
function separateSpacedChipsIn(text: string, vocabulary: SkillVocabulary, listed: boolean): string | undefined {
  // "IB MYP / DP History Literacy across subjects": in a group's list a spaced slash joins the words either side.
  // "Lathe — Expert": a spaced dash parts a skill from its level.
  // "Medication administration – S8 Palliative care": in a longer row a dash before no level joins the words
  // either side into one chip.
  if (listSeparator.test(text.replace(/\([^()]*\)/g, '')) || /\|/.test(text) || (!listed && /\s\/\s/.test(text)) || partsSkillFromLevel(text)) return undefined;
  return separateSpacedChips(text, vocabulary, listed);
}

// "Lathe — Expert", "Python - advanced", "Wound care – ICU": a spaced dash that parts a skill from its
// level, or parts a short line in two, leaves the line as it is.
function partsSkillFromLevel(text: string): boolean {
  const dashes = [...text.matchAll(/\s[–—-]\s/gu)];
  if (dashes.length === 0) return false;
  if (text.split(/\s+/).length < 6) return true;
  return dashes.some((dash) => {
    const after = text.slice(dash.index + dash[0].length);
    return levelWords.test(after.split(/\s+/)[0] ?? '') || levelWords.test(after.trim());
  });
}

interface Cut {
  /** Index in the line where a new chip starts. */
  at: number;
  /** A small word ran into a capital ("safetyHACCP"): only chips do that. */
  strong: boolean;
  /** Both sides are known skills ("TensorFlowKeras"). */
  bothKnown: boolean;
  /** Two words no skill accounts for, after a capitalised word ("Cloud PlatformAmazon"): cut only in a line that shows several joins. */
  weak?: boolean;
}

// "ExcelSquare", "safetyHACCPRota": chips with no character between them. Cut only where the
// line shows it: a small word runs into a capital, both sides are known skills, or one word
// holds several joins; a single join such as "PhpStorm" or "HubSpot" is a name.
function separateGluedChips(text: string, vocabulary: SkillVocabulary): string {
  const cutsByWord: Cut[][] = [];
  let previous = '';
  for (const match of text.matchAll(/\S+/g)) {
    const word = match[0];
    // "Cloud PlatformAmazon": the last word of a name of several words, run into the next name.
    const afterName = /^\p{Lu}/u.test(previous);
    const afterWord = previous !== '';
    previous = word;
    if (known(word, vocabulary)) continue;
    // "Python 3.11SQL Server", "Dynamics 365Dynamics AX", "CATIA V5GD&T": the version of the name
    // before it, run into the next chip's name; the rest is cut again as a word of its own.
    const versioned = afterWord ? versionRunIntoName(word) : undefined;
    const rest = versioned === undefined ? word : word.slice(versioned);
    const cuts = [
      ...(versioned === undefined ? [] : [{ at: versioned, strong: true, bothKnown: false }]),
      ...(versioned !== undefined && known(rest, vocabulary) ? [] : wordCuts(rest, vocabulary).map((cut) => ({ ...cut, at: cut.at + (versioned ?? 0) }))),
    ]
      .filter((cut) => afterName || !cut.weak)
      .map((cut) => ({ ...cut, at: cut.at + (match.index ?? 0) }));
    if (cuts.length > 0) cutsByWord.push(cuts);
  }
  const all = cutsByWord.flat();
  const cuts = all.filter((cut) => !cut.weak);
  const shown =
    cuts.some((cut) => cut.strong || cut.bothKnown) ||
    cutsByWord.some((word) => word.filter((cut) => !cut.weak).length >= 2) ||
    (cuts.length >= 2 && !listSeparator.test(text));
  // "Google Cloud PlatformAmazon Web ServicesMicrosoft AzureGoogle Kubernetes Engine": three joins or more
  // in a line with no separator, one of them at a skill, show chips run together; then two plain words
  // run into each other are two chips too.
  const many = all.length >= 3 && cuts.length >= 1 && !listSeparator.test(text);
  if (!shown && !many) return text;
  const applied = many ? all : cuts;
  let separated = text;
  for (const cut of [...applied].reverse()) separated = `${separated.slice(0, cut.at)}, ${separated.slice(cut.at)}`;
  return separated;
}

/**
 * Where a version that opens a word ends, when the next chip's name runs into it: "3.11SQL" (3.11 |
 * SQL), "2019BigQuery", "V5GD&T", "2Git". Names that hold a figure stay whole: "3D", "4GL", "2FA",
 * "B2B", "3DEXPERIENCE" (a lone figure before capitals only), "1Password" (a name's first word).
 */
function versionRunIntoName(word: string): number | undefined {
  const match = /^(?:[vV]?\d+(?:\.\d+)*|\p{Lu}\d{1,2})(?=(\p{Lu}[\p{L}&]{2}\S*))/u.exec(word);
  if (!match) return undefined;
  const [figure] = match;
  const rest = match[1] ?? '';
  // "480V/3-phase", "240VAC", "2.4GHz", "18kWh": a figure and its unit are one.
  if (/^(?:VAC|VDC|kVA|KVA|kWh|MWh|GHz|MHz|kHz|PSI|RPM|BTU)(?![\p{L}])/u.test(rest)) return undefined;
  // "3DEXPERIENCE", "4GLS": one figure before capitals only may be the name's own.
  if (figure.length < 2 && !/\p{Ll}/u.test(rest)) return undefined;
  return figure.length;
}

// The places inside one word where a chip may start, relative to the word.
function wordCuts(word: string, vocabulary: SkillVocabulary): Cut[] {
  // "PostgreSQLSnowflakedbtBigQuery": known skills end to end are those skills, whatever their case.
  const whole = knownSkillsEndToEnd(word, vocabulary);
  if (whole) return whole.slice(0, -1).map((_, index) => ({ at: whole.slice(0, index + 1).join('').length, strong: false, bothKnown: true }));
  const humps = splitHumps(word);
  // Runs of humps that are known skills, longest first from the left: "Java" "Script" is JavaScript.
  const pieces: { text: string; known: boolean }[] = [];
  const weakCuts: number[] = [];
  for (let start = 0; start < humps.length; ) {
    let end = humps.length;
    while (end > start + 1 && !knownPiece(humps.slice(start, end).join(''), vocabulary)) end--;
    const piece = humps.slice(start, end).join('');
    const isKnown = knownPiece(piece, vocabulary);
    const last = pieces.at(-1);
    // Humps no skill accounts for stay together: "Hub" "Spot" is one name. "PlatformAmazon", two
    // words of three small letters or more each, may be two chips: a weak cut, kept for later.
    if (!isKnown && last && !last.known) {
      if (/\p{Ll}{3}$/u.test(last.text) && /^\p{Lu}\p{Ll}{2}/u.test(piece)) weakCuts.push(pieces.reduce((sum, item) => sum + item.text.length, 0));
      last.text += piece;
    } else pieces.push({ text: piece, known: isKnown });
    start = end;
  }
  // "AutoCADCATIA", "GD&TMastercam", "Snowflakedbt": a piece no skill accounts for that is known skills
  // end to end, with no small letter meeting a capital at every seam, is those skills.
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index]!;
    const names = piece.known ? undefined : knownSkillsEndToEnd(piece.text, vocabulary);
    if (names) pieces.splice(index, 1, ...names.map((text) => ({ text, known: true })));
  }
  const cuts: Cut[] = [];
  let at = 0;
  for (const [index, piece] of pieces.entries()) {
    const next = pieces[index + 1];
    at += piece.text.length;
    if (!next) break;
    const strong = index === 0 && /^\p{Ll}{4,}$/u.test(piece.text) && !/^\p{Lu}{1,2}$/u.test(next.text);
    cuts.push({ at, strong, bothKnown: piece.known && next.known });
  }
  // "HACCPRota", "POSToast": capitals then a capitalised word, inside a piece no skill accounts for.
  let offset = 0;
  for (const piece of pieces) {
    if (!piece.known) {
      for (const match of piece.text.matchAll(/(?<=\p{Lu}{2})\p{Lu}(?=\p{Ll}{2})/gu)) {
        // "SQLPython": the capitals before the cut and the word after it both known skills.
        const capitals = /\p{Lu}+$/u.exec(piece.text.slice(0, match.index))?.[0] ?? '';
        const after = /^\p{Lu}\p{Ll}+/u.exec(piece.text.slice(match.index))?.[0] ?? '';
        cuts.push({ at: offset + (match.index ?? 0), strong: false, bothKnown: knownPiece(capitals, vocabulary) && knownPiece(after, vocabulary) });
      }
      // "safetyHACCP": the first piece is a small word run into a capital.
      // "watchOS" is a name: a short capital tail is not a chip.
      const small = /^\p{Ll}{4,}(?=\p{Lu}(?!\p{Lu}?$))/u.exec(piece.text);
      if (small && offset === 0) cuts.push({ at: small[0].length, strong: true, bothKnown: false });
    }
    offset += piece.text.length;
  }
  // "Python (pandas)Tableau": a closing bracket run into a capital ends a chip.
  for (const match of word.matchAll(/\)(?=\p{Lu})/gu)) cuts.push({ at: (match.index ?? 0) + 1, strong: true, bothKnown: false });
  for (const at of weakCuts) if (!cuts.some((cut) => cut.at === at)) cuts.push({ at, strong: false, bothKnown: false, weak: true });
  const unique = new Map<number, Cut>();
  for (const cut of cuts) {
    const same = unique.get(cut.at);
    unique.set(cut.at, same ? { at: cut.at, strong: same.strong || cut.strong, bothKnown: same.bothKnown || cut.bothKnown, weak: same.weak && cut.weak } : cut);
  }
  return [...unique.values()].filter((cut) => cut.at > 0 && cut.at < word.length).sort((a, b) => a.at - b.at);
}

// The fewest known skills that make up the whole text, two or more, or undefined when none do.
function knownSkillsEndToEnd(text: string, vocabulary: SkillVocabulary): string[] | undefined {
  // "Python (pandas)Tableau", "HTML5/CSS3": brackets, quotes and slashes are read by the rules for them.
  if (!/^[\p{L}\p{N}&+#.-]+$/u.test(text)) return undefined;
  // "ASP.NET", "Node.js", "scikit-learn": a seam is between two letters or figures, never at a mark.
  const seam = (at: number) => at === 0 || at === text.length || /^[\p{L}\p{N}]{2}$/u.test(text.slice(at - 1, at + 1));
  // best[end]: the fewest names that make up text.slice(0, end).
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= text.length; end++) {
    if (!seam(end)) continue;
    for (let start = Math.max(0, end - longestGluedName); start < end; start++) {
      const before = best[start];
      if (!before || !seam(start)) continue;
      const name = text.slice(start, end);
      if ((best[end] && best[end]!.length <= before.length + 1) || !knownPiece(name, vocabulary)) continue;
      best[end] = [...before, name];
    }
  }
  const names = best[text.length];
  return names && names.length >= 2 ? names : undefined;
}

// "safetyHACCPRota" → "safety" "HACCPRota"; "ExcelSquare" → "Excel" "Square": a word cut where a
// small letter meets a capital.
function splitHumps(word: string): string[] {
  return word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
}

// A known skill that can show a join: not a short common word ("Go", "R"); inside a glued word
// a longer one ("Excel", "Swift") is the skill.
function knownPiece(piece: string, vocabulary: SkillVocabulary): boolean {
  const key = phraseKey(piece);
  return vocabulary.lookup.has(key) && piece.length >= (vocabulary.ambiguousKeys.has(key) ? 4 : 3);
}

function known(text: string, vocabulary: SkillVocabulary): boolean {
  return vocabulary.lookup.has(phraseKey(text));
}

// "Alpha one Beta two Gamma three": chips in sentence case, a space apart. A capitalised word
// opens a chip, unless it goes on a known skill ("Google Cloud Platform"). Only a line long
// enough and mixing small and capital words shows it; a single chip rarely has a capital after
// a small word, and a sentence has words such as "of" or "and". A line of capitalised words
// only ("Python Django Celery Stripe") is a row of chips when most of them are known skills.
// Two or more chips that end in brackets ("Welsh (native) Breton (B1)") show it too: a
// bracket closes what it qualifies, so the word after it opens the next chip.
function separateSpacedChips(text: string, vocabulary: SkillVocabulary, listed: boolean): string | undefined {
  const words = spacedUnits(text.trim());
  const bracketed = words?.filter((word) => word.endsWith(')')).length ?? 0;
  if (!words || words.length < (bracketed >= 2 || listed ? 2 : 3) || known(text, vocabulary)) return undefined;
  const heads = words.map(headWord);
  // "Kahoot!" in a group's list is a name, not the end of a sentence.
  if (heads.some((word) => /[.?]$/.test(word) || (!listed && /!$/.test(word)))) return undefined;
  const capital = (word: string) => /^\p{Lu}/u.test(word);
  // In a line of capitals only ("RISK ASSESSMENT AT HEIGHT") case tells nothing: "AT" is a joining word there,
  // and a word in capitals is no sign of an acronym.
  const caseless = !/\p{Ll}/u.test(text);
  const joining = (word: string) => joiningWords.has(caseless ? word.toLowerCase() : word);
  // A capital after a small word that does not lead into it ("management Budget", not "in Excel").
  const turns = heads.filter((word, index) => /^\p{Ll}/u.test(heads[index - 1] ?? '') && !joining(heads[index - 1] ?? '') && capital(word)).length;
  // "Assessment for learning" is a chip of a row only where the row shows it is one; a group's list of
  // several capitalised names shows it too ("SMSTS CDM 2015 RAMS review First Aid at Work").
  if (heads.some(joining) && turns < 2 && !(listed && words.length >= 5 && heads.filter(capital).length >= 3)) return undefined;
  // "Quorra P6 Kelvane Brisk Earned value tracking": a phrase in sentence case among names.
  const phrase = heads.some((word, index) => capital(word) && /^\p{Ll}/u.test(heads[index + 1] ?? '') && !joining(heads[index + 1] ?? ''));
  const mixed =
    (words.length >= 4 && turns > 0) || bracketed >= 2 || (phrase && words.length >= 5 && heads.filter(capital).length >= 4) || (listed && heads.filter(capital).length >= 2);
  const capitalised = heads.every((word) => capital(word) || opensAsKnown(word, vocabulary) || version.test(word));
  if (!mixed && !capitalised) return undefined;
  const chips = spacedChips(words, (word, chip) => opensChip(word, chip, vocabulary), vocabulary);
  if (chips.length < 2 || chips.some((chip) => chip.split(' ').length > longestPhrase + 2 && !known(chip, vocabulary))) return undefined;
  if (!mixed) {
    // All known: the list reader splits it already. Fewer than half known skills or acronyms
    // ("Zentrix V3", "HAZID"): names, not chips ("Square POS Toast").
    if (chips.every((chip) => known(chip, vocabulary))) return undefined;
    const name = (chip: string) => chip.replace(/(?:\s+(?:\([^()]*\)|[vV]?\d[\d.]*|\p{Lu}\d{1,2}))+$/u, '');
    const knownChips = chips.filter((chip) => known(name(chip), vocabulary)).length;
    const acronyms = caseless ? 0 : chips.filter((chip) => !known(name(chip), vocabulary) && /^[\p{Lu}\d&+/-]{3,}$/u.test(name(chip))).length;
    // Acronyms count only in a row of three chips or more: "ABC D&E 2016" may be one name.
    const likely = knownChips + (chips.length >= 3 ? acronyms : 0);
    // A group's one paragraph of three names or more is its list ("Fusion Trellix Cutlist").
    if (!(listed && chips.length >= 3) && (likely * 2 < chips.length || likely < 2)) return undefined;
  }
  return chips.join(', ');
}

// "pandas", "dbt", "k8s", ".NET": a known skill is a chip of its own among capitalised ones;
// "leadership" in "Crew leadership" is not, as the vocabulary writes it "Leadership".
function opensAsKnown(word: string, vocabulary: SkillVocabulary): boolean {
  const key = phraseKey(word);
  const skill = vocabulary.lookup.get(key);
  if (!skill || vocabulary.ambiguousKeys.has(key)) return false;
  return !/^\p{Ll}/u.test(word) || /^\p{Ll}/u.test(skill.name) || /\d/.test(word);
}

/**
 * "12", "V5", "P6", "3.11", "2016", "R450", "FH16": a version, edition or model, which goes on the chip
 * before it ("Python 3", "Kestrel V2", "Scania R450").
 */
const version = /^(?:[vV]?\d+(?:\.\d+)*|\p{Lu}\d{1,2}|\p{Lu}\d{3}|\p{Lu}{2}\d{2})$/u;

// The words of a line, each with the bracket that qualifies it ("GD&T (ISO 1101)" is one), or
// undefined when the brackets do not pair.
function spacedUnits(text: string): string[] | undefined {
  const units: string[] = [];
  for (const match of text.matchAll(/\([^()]*\)|[^\s()]+|[()]/g)) {
    const unit = match[0];
    if (unit === '(' || unit === ')') return undefined;
    if (unit.startsWith('(') && units.length > 0) units[units.length - 1] += ` ${unit}`;
    else units.push(unit);
  }
  return units;
}

function headWord(unit: string): string {
  return unit.split(' ')[0] ?? unit;
}

// Whether a word opens a chip after the words of the chip so far. A capitalised word does, and so
// does a name that starts small ("nCode", "iOS") or a figure with a unit ("8D", "3D"); a version
// never does, and neither does the first word after a bracket's chip closes it (see spacedChips).
// A short run of capitals goes on a name of one unknown capitalised word: "Harlow NX", "Tessel MEP".
function opensChip(unit: string, chip: readonly string[], vocabulary: SkillVocabulary): boolean {
  const word = headWord(unit);
  const last = chip.at(-1) ?? '';
  // "First aid at work": the word after "at" goes on the chip that "at" is in.
  if (version.test(word) || joiningWords.has(last) || /^[&/+–—-]$/.test(last) || /^[&/+–—-]$/.test(word)) return false;
  // "Airflow 2.x dbt-core": a version ends the name it follows; any word after it opens the next chip.
  if (chip.length >= 2 && (version.test(last) || /^\d+\.x$/i.test(last))) return true;
  // "Advanced Excel", "Technical SEO", "Differentiated Instruction": a modifier needs the noun after it.
  const plainWord = (text: string) => /^\p{Lu}\p{Ll}+$/u.test(text) && !known(text, vocabulary);
  // Before a known skill only a level does so, or any modifier before an acronym: "ANSYS Mechanical | Abaqus".
  const knownName = known(word, vocabulary) && !/^\p{Lu}{2,}$/u.test(word);
  if (plainWord(last) && isModifier(last) && /^\p{Lu}/u.test(word) && (!knownName || levelWords.test(last))) return false;
  const only = chip.length === 1 ? last : '';
  // "Crew Leadership", "Vendor Management": a head noun the vocabulary knows alone ends the one plain
  // word before it, which names nothing alone.
  if (plainWord(only) && !isHeadNoun(only) && /^\p{Lu}\p{Ll}+$/u.test(word) && isHeadNoun(word) && known(word, vocabulary)) return false;
  if (opensAsKnown(word, vocabulary)) return true;
  // "Harlow NX", "Salesforce CRM": a short run of capitals no vocabulary knows goes on the name before it.
  const acronym = known(only, vocabulary) ? /^\p{Lu}{2,3}$/u : /^\p{Lu}{2,5}$/u;
  if (acronym.test(word) && /^\p{Lu}\p{Ll}+$/u.test(only) && !known(word, vocabulary)) return false;
  // Title Case chips a space apart: "Google Classroom", "Classroom Management", "Usability Testing" are
  // one chip each; a chip of two such words is ended by its head noun ("Curriculum Design | Classroom").
  if (plainWord(only) && /^\p{Lu}\p{Ll}+$/u.test(word) && (isMakerPrefix(only, vocabulary) || isHeadNoun(word))) return false;
  // "Looker Studio", "Jira Administration": a head noun no vocabulary knows goes on the one name before it.
  if (/^\p{Lu}\p{Ll}+$/u.test(only) && !isHeadNoun(only) && plainWord(word) && isHeadNoun(word)) return false;
  return /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word) || /^\d+\p{Lu}/u.test(word);
}

// "Search Performance Max", "Dynamics 365 Business Central Dynamics AX 2012": a name of two words or
// more that the vocabulary knows starts a chip of its own, whatever the word before it.
function opensKnownPhrase(words: readonly string[], at: number, vocabulary: SkillVocabulary): boolean {
  for (let length = Math.min(longestName, words.length - at); length >= 2; length--) {
    if (known(words.slice(at, at + length).join(' '), vocabulary)) return true;
  }
  return false;
}

// The chips of a line, each opened by a word `opens` accepts or by a known skill's phrase; a
// word in brackets ends its chip.
function spacedChips(words: readonly string[], opens: (word: string, chip: readonly string[]) => boolean, vocabulary: SkillVocabulary): string[] {
  const chips: string[] = [];
  for (let start = 0; start < words.length; ) {
    let length = Math.min(longestName, words.length - start);
    while (length > 1 && !known(words.slice(start, start + length).join(' '), vocabulary)) length--;
    let end = start + length;
    const closed = () => words[end - 1]?.endsWith(')') ?? false;
    while (end < words.length && !closed() && !opensKnownPhrase(words, end, vocabulary) && !opens(words[end] ?? '', words.slice(start, end))) end++;
    chips.push(words.slice(start, end).join(' '));
    start = end;
  }
  return chips;
}
