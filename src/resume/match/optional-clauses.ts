/**
 * The parts of a sentence that a "nice to have" cue makes optional, and only those. A cue
 * that leads ("ideally with Kafka", "Nice to have: TypeScript", "bonus if you know Rust")
 * governs what follows it up to the end of its clause; a cue that trails ("Docker is a plus",
 * "Go experience preferred") governs its clause up to the cue. So "5+ years of Go, ideally
 * with Kafka" keeps the years and Go required and makes Kafka optional.
 */

export type Range = readonly [start: number, end: number];

const cue =
  /\b(?:(?:is|are|would be|will be|is also|are also)\s+(?:a\s+|an\s+)?(?:big\s+|huge\s+|definite\s+|strong\s+|real\s+)?(?:plus|bonus|nice[- ]to[- ]have|advantage|advantageous|desirable|preferred|optional|helpful|welcome|asset)|(?:a\s+)?(?:big\s+)?plus|an\s+(?:added\s+)?asset|(?:a\s+|an\s+)(?:big\s+|great\s+|huge\s+|clear\s+|distinct\s+|definite\s+|added\s+|real\s+)?advantage|(?:considered\s+)?(?:an\s+)?advantageous|nice[- ]to[- ]haves?|bonus(?:\s+points)?|ideally|preferably|preferred|optional(?:ly)?|good[- ]to[- ]have|extra credit|desirable|not required|not a must|familiarity with|would be great)\b/gi;

// The same cues in the languages postings near English ones are written in: "SAP EWM is een pré",
// "Französisch von Vorteil", "l'anglais est un atout", "se valora inglés", "é um diferencial".
const otherCue =
  /(?<![\p{L}])(?:(?:is\s+)?een\s+(?:pré|pre|pluspunt|voordeel)|pluspunt|strekt tot aanbeveling|gewenst|(?:ist\s+)?von vorteil|wünschenswert|w[uü]nschenswert|(?:ist\s+)?ein plus|(?:est\s+)?un (?:atout|plus)|souhaitée?s?|apprécié(?:e|s)?|(?:é\s+)?uma?\s+mais[- ]valia|mais[- ]valia|valorizad[oa]s?|(?:es\s+)?un plus|(?:é\s+)?um plus|gew[üu]nscht|erw[üu]nscht|se valorar[aá]|valorable|deseable|(?:é\s+)?um diferencial|desejável|gradit[oa]|preferibile|mile widzian[ey])(?![\p{L}])/giu;

const leadingOnly = /^(?:ideally|preferably|familiarity with|extra credit|optionally)$/i;

/**
 * Optional ranges of `sentence`, as offsets into it. `mentions` are where the skills and
 * years are written in the sentence: a cue with one after it in its clause leads, else it trails.
 *
 * @example
 * optionalRanges('5+ years of Go, ideally with Kafka.', [[0, 8], [12, 14], [29, 34]]); // [[16, 35]]
 */
export function optionalRanges(sentence: string, mentions: readonly Range[]): Range[] {
  // Most sentences have no cue, and `matchAll` costs more to set up (it copies the pattern) than a search.
  const english = sentence.search(cue) >= 0;
  const other = sentence.search(otherCue) >= 0;
  if (!english && !other) return [];
  const cues = [...(english ? sentence.matchAll(cue) : []), ...(other ? sentence.matchAll(otherCue) : [])].sort((a, b) => a.index - b.index);
  const mentionStarts = mentions.map(([start]) => start);
  const ranges: Range[] = [];
  let floor = 0;
  for (const match of cues) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < floor) continue;
    const clauseEnd = endOfClause(sentence, end);
    // "Ideally", "preferably" and "familiarity with" only ever lead: "5+ years, ideally in
    // payments" leaves the years required even with no skill after the cue.
    const leads = leadingOnly.test(match[0]) || mentionStarts.some((offset) => offset >= end && offset < clauseEnd);
    if (leads) {
      ranges.push([start, clauseEnd]);
      floor = clauseEnd;
    } else {
      ranges.push([trailingStart(sentence, startOfClause(sentence, start, floor), start, mentions), end]);
      floor = end;
    }
  }
  return ranges;
}

/**
 * Whether an offset lies in one of the ranges.
 *
 * @example
 * inRanges(20, [[16, 35]]); // true
 */
export function inRanges(offset: number, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

// A leading cue reaches to a closing bracket, a dash, "but" or the end of the sentence: commas
// inside a list ("ideally Kafka, Redis or NATS") do not end it.
function endOfClause(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const stop = /\)|\s[—–-]\s|\bbut\b|;|\.(?:\s|$)/.exec(rest);
  return stop ? from + stop.index : sentence.length;
}

// Within its clause, a trailing cue reaches back only over its own list item: in "NMC
// registration, 5 years of experience, Epic preferred" it governs "Epic", not the years. A
// comma between two skills ("Go, Rust or Python is a plus") is inside one item.
function trailingStart(sentence: string, clauseStart: number, cueStart: number, mentions: readonly Range[]): number {
  for (let comma = sentence.lastIndexOf(',', cueStart - 1); comma >= clauseStart; comma = sentence.lastIndexOf(',', comma - 1)) {
    const endsBefore = mentions.some(([, end]) => end <= comma && sentence.slice(end, comma).trim() === '');
    const startsAfter = mentions.some(([start]) => start > comma && sentence.slice(comma + 1, start).trim() === '');
    if (!(endsBefore && startsAfter)) return comma + 1;
  }
  return clauseStart;
}

// A trailing cue reaches back to an opening bracket, a colon, a dash, ", and", ", but", or
// the end of the previous optional range.
function startOfClause(sentence: string, before: number, floor: number): number {
  const head = sentence.slice(floor, before);
  let start = 0;
  for (const match of head.matchAll(/\(|:|\s[—–-]\s|,\s*(?:and|but|while|whereas)\b|\bbut\b|;/g)) start = match.index + match[0].length;
  return floor + start;
}
