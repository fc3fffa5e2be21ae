/**
 * Education entries: degree ("B.Sc.", "Bachelor of Science in Nursing", "MBA", "Dipl.-Inf."),
 * field of study, institution, years and grade, in any order and on one or several lines:
 * "B.S. Computer Science, Stanford University, 2012 – 2016", "University of X" / "M.S. in
 * Statistics" / "2015 – 2017", "2013 — 2016" / "Politecnico di Milano" / "BSc Design".
 */
import type { ResumeEducation } from '../../protocol/json-resume.ts';
import { isLocationLike } from './classify-entry-part.ts';
import { institutionPattern, matchDegree } from './degree-pattern.ts';
import { namesFieldOfStudy } from './field-of-study.ts';
import { entriesSideBySide } from './entries-side-by-side.ts';
import { findDateRange } from './find-date-range.ts';
import { joinSchoolCutBeforeDates } from './school-cut-before-dates.ts';
import { joinSchoolWrappedInColumn } from './school-wrapped-in-column.ts';
import { joinWords, joinWrappedLines, type EntryLine } from './join-wrapped-lines.ts';
import { withoutDate } from './split-entry-header.ts';
import type { ResumeLine } from './resume-lines.ts';

// A British degree class is a grade too: "2:1", "2.ii", "Upper Second", "First"; so are marks in
// per cent ("74.6%", "82.33 %"), a grade alone or on its scale ("8.4", "7.8/10") and an Indian class
// ("First Class with Distinction", "Second Division"), a Nigerian or Ghanaian one ("Second Class Upper") and the
// honours other countries give in their own words ("mit Auszeichnung", "avec mention très bien", "con lode"), and a
// grade with a decimal comma, alone or after its label in the country's words ("1,7", "Note 2,3", "IPK 3,45 / 4,00",
// "Karaktergennemsnit 10,4").
const scorePattern =
  /^\d{1,2}[.,]\d{1,2}$|^\d{1,2}(?:[.,]\d{1,2})?\s*\/\s*(?:10|4(?:[.,]00?)?|5(?:[.,]00?)?|100)$|\b(?:ipk|karaktergennemsnit|notendurchschnitt|gesamtnote|note)\s*:?\s*\d{1,2}[.,]\d|(?<![\p{L}\d.])\d{1,3}(?:\.\d{1,2})?\s?%(?![\p{L}\d])|\b(?:first|second|third)\s+division\b|\b(?:cpi|percentage|aggregate)\b|\b(?:c?gpa|grade|score|honou?rs|cum laude|distinction|first class|merit|dean'?s list|(?:upper|lower) second(?: class)?|second class(?: honou?rs)?(?: \(?(?:upper|lower)(?: division)?\)?)?|third class|mit auszeichnung|sehr gut|avec (?:la )?mention(?: (?:très bien|bien|assez bien))?|con lode|e lode|com louvor)(?![\p{L}])|(?<![\d.:/])2\s?[:.]\s?(?:[12]|ii?)(?![\d.:/])|^(?:first|third|1st|2nd|3rd)(?:\s+class)?(?:\s+(?:honou?rs|degree))?$/iu;
const noteLabel = /^(?:honou?rs|awards?|distinctions?|achievements?|activities|societies|scholarships?|c?gpa|grade|abschlussnote)\s*:/i;
// A faculty or school of a university: "School of Science", "Scuola di Ingegneria", "Facultad de Derecho".
const facultyPattern =
  /^(?:school|faculty|college|department|escuela|escola|scuola|facolt[àa]|facultad|faculdade|facult[ée]|fakult[äa]t|fakulta|wydział)\s+(?:of|for|di|de|du|des|der|für|da|do|dell[ae']?|degli|d')/iu;
const facultyWord =
  /(?<!\p{L})(?:school|faculty|faculdade|facultad|facult[ée]|fakult[äa]t|facolt[àa]|escola|escuela|école|scuola|wydział|iut|department|departamento|département)(?!\p{L})/iu;
const universityWord = /(?<!\p{L})(?:universi\p{L}*|uniwersytet\p{L}*|hochschule|politecnico|politécnico|polytechnic|politechnika)(?!\p{L})/iu;
const exchangePattern =
  /^(?:(?:exchange|erasmus\+?|study abroad|semester abroad|visiting)(?:\s+(?:semester|year|programme|program|student|studies))?|intercambio|échange|austauschsemester|auslandssemester|scambio)\b\s*(?:[:–—-]|at\b|in\b|en\b)/iu;
const schoolWordAlone =
  /^(?:the\s+)?(?:university|universidad|universidade|università|universität|université|universitat|universiteit|universitet|uniwersytet|yliopisto|egyetem|högskola|højskole|hochschule|instituto|institute|istituto|institut|escuela|escola|école|college|colegio|academy|akademie|akademi|politecnico|polytechnic)$/iu;
// "and" in the languages schools are named in: a name never ends with it.
const andAtEnd = /\s(?:and|&|und|en|et|e|y|i|és|och|og|ja|a|ve|и)$/iu;
// Words that end a school's name and name nothing alone: "Instituto Politécnico" / "Nacional".
const nameEndingWord =
  /^(?:national|nacional|nazionale|nationale|superior|superiore|supérieure|federal|central|autónoma|autonoma|politécnica|politécnico|politecnica|politecnico|estadual|estatal|tecnológica|tecnológico|católica|cattolica|polytechnic)$/iu;
// ("Coursework in Electrical Engineering", "Coursework, Physics" name the study itself: a label has its colon or a line of its own.)
const coursesLabel = /^(?:relevant\s+(?:courses|coursework)\b\s*:?|(?:courses|coursework)\s*(?::|$))\s*/i;
// A note under a degree, not the rest of its field: "Minor in Economics", "Thesis: …".
const notesPattern = /^(?:minor|major|thesis|dissertation|concentration|speciali[sz]ation|focus|track|relevant\s+course|courses\s*(?::|$)|coursework\s*(?::|$)|modules)\b/i;
// The length of a stay printed beside its dates: "2 years", "a year", "3 yrs 4 mos", "(18 months)".
const durationPattern = /^\(?(?:\d+|an?)\s+(?:years?|yrs?|months?|mos?)(?:,?\s+\d+\s+(?:months?|mos?))?\)?$/i;
// The word a date leaves behind when it is taken out: "Expected May 2025", "Graduated: 2019".
const dateWordPattern = /^(?:expected|anticipated|graduat(?:ed|ion|ing)|class of|completed|awarded|conferred|since|from)\s*:?$/i;
// "Data Engineer Certification", "Scrum Master Certification": a certification is named whole, its
// words no field of a degree.
const certificationPattern = /^(?:[\p{Lu}\d][\p{L}\d+#&./-]*\s+){1,5}(?:Certification|CERTIFICATION)$/u;
const separators = /\s+[|–—•·]\s+|\s*\|\s*|\s+-\s+|\t/u;

interface Part {
  text: string;
  kind: 'degree' | 'institution' | 'date' | 'score' | 'location' | 'note' | 'other';
  /** Which piece of the line, between "|", "–" or "at", the part is in; commas split a piece. */
  piece?: number;
}

/**
 * Parses the lines of an Education section into JSON Resume education entries.
 *
 * @example
 * parseEducation(toResumeLines('B.S. Computer Science, Stanford University, 2012 – 2016'));
 * // [{ institution: 'Stanford University', studyType: 'B.S.', area: 'Computer Science', startDate: '2012', endDate: '2016' }]
 */
export function parseEducation(lines: readonly ResumeLine[]): ResumeEducation[] {
  const entries: ResumeEducation[] = [];
  let current: ResumeEducation | undefined;
  // The institution heads the degrees listed under it ("Trinity College" / "MSc …" / "BA …").
  let heading: string | undefined;
  let institutionFirst = false;
  // A field named on its own line between the school and the degree ("University of X" /
  // "Marine Biology" / "Bachelor of Science"), under an icon or not, is the degree's field
  // when the degree names none.
  let fieldAbove: string | undefined;
  // The kind of line (school, degree or dates) that ended the first whole entry, the kind of the
  // last line read, and whether the current entry has ended.
  let closer: 'institution' | 'degree' | 'date' | undefined;
  let lastKind: 'institution' | 'degree' | 'date' | undefined;
  let closed = false;
  // How many lines the current entry has had, and whether the last one named one thing only.
  let kindLines = 0;
  let lastAlone = false;
  // Whether the first whole entry named its degree before its school: no school then heads the next degree.
  let degreeFirst = false;
  // Which line last named the entry's school.
  let namedAt = -1;
  const joinedLines = joinWrappedLines(joinSchoolWrappedInColumn(joinSchoolWrappedAfterDegree(joinDegreeAtSchool(joinSchoolCutBeforeDates(entriesSideBySide(lines.map(withoutFrameworkLevel).map(separateGluedDegree)))))));
  const fieldFirst = fieldsOverDates(joinedLines);
  const items = joinWrappedDegrees(joinedLines, fieldFirst);
  const fieldBetween = fieldsBetweenSchoolAndDegree(joinedLines);
  // Under a "Courses" label, the lines up to the next school, degree or dates are courses.
  let courses: string[] | undefined;
  for (const [index, line] of items.entries()) {
    if (coursesLabel.test(line.text) && current) {
      courses = current.courses ?? [];
      current.courses = courses;
      const listed = line.text.replace(coursesLabel, '').trim();
      if (listed) courses.push(...listed.split(/\s*[,;]\s*/));
      continue;
    }
    if (courses && line.text !== '' && !findDateRange(line.text) && !matchDegree(line.text) && !institutionPattern.test(line.text)) {
      courses.push(line.text);
      continue;
    }
    courses = undefined;
    if (line.text === '') {
      // A school named alone above a blank (a page break) still heads the degree under it.
      const namedOnly = current?.institution !== undefined && !current.studyType && !current.startDate && !current.endDate;
      if (current && (current.institution || current.studyType) && !namedOnly) current = undefined;
      continue;
    }
    const range = findDateRange(line.text);
    // A layout that prints the dates twice (beside the degree, then under the school) names one entry.
    if (range && current && sameDates(current, range) && classify(line.text).kind === 'date') continue;
    const parts = qualificationBesideChamber(
      splitParts(withoutDateKeepingParts(line.text, range))
        .flatMap(examinedByChamber)
        .filter((part) => !durationPattern.test(part.text) && !dateWordPattern.test(part.text)),
    );
    if (range) parts.push({ text: range.match, kind: 'date' });
    if (current?.institution && !current.studyType && parts.length === 1 && parts[0]?.kind === 'other') fieldAbove = parts[0].text;
    // In a section that prints each field between its school and its degree, the line there is the
    // field, in whatever language ("Liceo Classico Dante" / "Classico" / "Diploma di maturità").
    const between = fieldBetween && current?.institution !== undefined && !current.studyType && namedAt === index - 1 && !range;
    if (between && parts.length === 1 && !line.bullet && matchDegree(items[index + 1]?.text ?? '')?.index === 0) {
      fieldAbove = parts[0]?.text;
      continue;
    }
    if (line.bullet && !parts.some((part) => part.kind === 'degree' || part.kind === 'institution')) continue;
    const school = schoolNamedByPlace(parts, current, items.slice(index + 1, index + 3), fieldBetween) ?? nextSchoolWithDates(parts, current, range !== undefined);
    if (school) school.kind = 'institution';
    const unknown = parts.some((part) => part.kind === 'degree') ? undefined : unknownDegree(parts);
    const besideSchool = unknown && parts.some((part) => part.kind === 'institution' && part.piece !== unknown.part.piece);
    const underSchool = current?.institution !== undefined && !current.studyType && !current.area && namedAt >= index - 2;
    if (unknown && (besideSchool || underSchool)) unknown.part.kind = 'degree';
    const institution = parts.find((part) => part.kind === 'institution');
    const degree = parts.find((part) => part.kind === 'degree');
    const date = parts.find((part) => part.kind === 'date');
    // "Aalto University" / "School of Science", "Escuela Técnica Superior de Ingenieros" / "Universidad
    // Politécnica de Madrid": a faculty named on the line next to its university, before any dates,
    // is part of the one institution.
    const faculty =
      institution !== undefined &&
      current?.institution !== undefined &&
      namedAt === index - 1 &&
      !current.startDate &&
      !current.endDate &&
      parts.every((part) => part === institution || part.kind === 'location') &&
      (facultyPattern.test(institution.text) || (facultyPattern.test(current.institution) && !current.studyType));
    if (faculty && current?.institution) {
      current.institution = `${current.institution}, ${institution.text}`;
      heading = current.institution;
      namedAt = index;
      continue;
    }
    const lineKind = institution ? 'institution' : degree ? 'degree' : date ? 'date' : undefined;
    const startsNew =
      !current ||
      (lineKind !== undefined && closed) ||
      (institution && current.institution) ||
      (degree && current.studyType) ||
      (date && !institution && !degree && (current.startDate || current.endDate) && (current.institution || current.studyType));
    if (startsNew) {
      // The first whole entry shows the layout's order: what it ended with ends every entry.
      const first = entries.length === 1 ? entries[0] : undefined;
      // Learnt only from an entry set over several lines, the last naming one thing.
      if (first?.institution && first.studyType && (first.startDate || first.endDate) && kindLines >= 2 && lastAlone) {
        closer = lastKind;
        degreeFirst = !institutionFirst;
      }
      closed = false;
      fieldAbove = undefined;
      current = {};
      entries.push(current);
      if (!institution && degree && institutionFirst && heading && !degreeFirst) current.institution = heading;
    }
    // "Computer Science ⇥ 2019 – 2021" over "University of X ⇥ Master of Science": the field beside the entry's dates.
    // The layout known, any short name there is the field ("Arkkitehtuuri", "Mecanică auto").
    if (fieldFirst && date && !institution && !degree) fieldAbove = fieldBesideDates(line.text, false) ?? fieldAbove;
    const entry = current as ResumeEducation;
    if (institution) {
      entry.institution = institution.text;
      namedAt = index;
      institutionFirst = !entry.studyType;
      heading = institution.text;
    }
    if (degree && unknown && degree === unknown.part) {
      entry.studyType = unknown.degree;
      entry.area = unknown.area;
    } else if (degree) applyDegree(entry, degree.text, parts);
    if (degree && !entry.area && fieldAbove) entry.area = fieldAbove;
    // "Nursing" / "Associate Degree in Nursing": a degree named with its field, the field printed again.
    const named = `${entry.studyType ?? ''} in ${entry.area ?? ''}`;
    if (degree && fieldAbove?.toLowerCase() === entry.area?.toLowerCase() && degree.text.toLowerCase().includes(named.toLowerCase())) entry.studyType = named;
    if (date) applyDates(entry, date.text);
    // "First Class with Distinction, 74.6%": every grade the line gives is the score.
    const scores = parts.filter((part) => part.kind === 'score').map((part) => part.text.replace(/^(?:c?gpa|grade|score|abschlussnote)\s*[:.]?\s*/i, '').trim() || part.text);
    const score = scores.length > 0 ? scores.join(', ') : undefined;
    if (score) entry.score = score;
    if (lineKind) {
      lastKind = lineKind;
      kindLines = startsNew ? 1 : kindLines + 1;
      lastAlone = [institution, degree, date].filter(Boolean).length === 1;
      // "Jan 2006 – Jan 2009" / "Millbrook Academy" / "Diploma, Nursing" / "Riverside College": in a
      // layout whose entries end with the school, a degree after the school opens the next entry
      // even when the entry before it named none.
      closed = closer === lineKind;
    }
    // A name on the line under the degree is its field; after the entry's dates it is not.
    const underDegree = lastKind === 'degree' || !(entry.startDate || entry.endDate);
    if (!degree && !institution && !date && !score && entry.studyType && !entry.area && underDegree && !certificationPattern.test(entry.studyType)) {
      const other = parts.find((part) => part.kind === 'other');
      if (other) entry.area = other.text;
    }
  }
  return entries.filter((entry) => entry.institution || entry.studyType);
}

// "General Assembly | Certificate, UX Design", "Técnico, Eletrônica — ETEC Vila Nova", "Certificate
// in UX Design" / "Hyper Island": a school whose name has no school word ("University",
// "College") is told by where it stands: a name beside a degree whose field is already given,
// a name alone under a degree and its field, or a name alone over the next degree (or over the
// field and the degree, where the section prints the field between).
function schoolNamedByPlace(parts: readonly Part[], current: ResumeEducation | undefined, following: readonly EntryLine[], fieldBetween = false): Part | undefined {
  if (parts.some((part) => part.kind === 'institution')) return undefined;
  const degreeIndex = parts.findIndex((part) => part.kind === 'degree');
  const names = parts.filter((part) => part.kind === 'other' && nameShaped(part.text));
  if (degreeIndex >= 0) {
    const degree = parts[degreeIndex] as Part;
    // "BS, Computer Science", "BS – Computer Science", "… in Nursing, Nursing": the part after a bare
    // degree, or after any degree past a comma, is its field.
    const after = parts[degreeIndex + 1];
    const bare = matchDegree(degree.text)?.[0].trim() === degree.text.trim();
    // "M.Tech Mechanical Design, COEP Pune": a degree that names its field is followed by its school,
    // told by a short name in capitals ("COEP", "PICT / SPPU").
    const ownField = !bare && /^\s*\S/.test(degree.text.slice((matchDegree(degree.text)?.index ?? 0) + (matchDegree(degree.text)?.[0].length ?? 0)).replace(/^\s*\([^()]*\)/, ''));
    const schoolAfter = ownField && after !== undefined && /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/u.test(after.text) && !namesFieldOfStudy(after.text);
    const field = after?.kind === 'other' && (after.piece === degree.piece || bare) && !schoolAfter ? after : undefined;
    // "Bachelor of Science in Midwifery - Midwifery": the degree's own field again is no school.
    const fieldFirst = fieldBeforeDegree(parts, degreeIndex, following);
    return names.find((part) => part !== field && part !== fieldFirst && !degree.text.toLowerCase().endsWith(part.text.toLowerCase()));
  }
  const others = parts.filter((part) => part.kind !== 'date' && part.kind !== 'location');
  const [name] = names;
  if (!name || others.length !== 1) return undefined;
  // The degree on the next line, or on the one after the school's dates.
  const [next, afterNext] = following;
  const degreeLine = (item: EntryLine | undefined) =>
    item !== undefined && !item.bullet && startsWithDegree(item.text.split(/\s*[,|–—]\s*/u)[0] ?? '') && !institutionPattern.test(item.text);
  const datesOnly = (item: EntryLine | undefined) => item !== undefined && classify(item.text).kind === 'date';
  // In a section that prints each field between its school and its degree: "Coursera" / "Data Analytics" / "Professional Certificate".
  const fieldThenDegree = fieldBetween && next !== undefined && !next.bullet && !degreeLine(next) && classify(next.text).kind === 'other' && degreeLine(afterNext);
  const degreeNext = degreeLine(next) || (datesOnly(next) && degreeLine(afterNext)) || fieldThenDegree;
  // "Midwifery" / "Diploma in Midwifery": the degree under it names it again, so it is the field.
  if (degreeLine(next) && next?.text.toLowerCase().includes(name.text.toLowerCase())) return undefined;
  const entryDone = current === undefined || current.institution !== undefined || current.startDate !== undefined || current.endDate !== undefined;
  if (degreeNext && entryDone) return name;
  // A certification names no field: the name under it is who awarded it ("Data Engineer Certification" / "Skillforge").
  const complete = current?.area !== undefined || certificationPattern.test(current?.studyType ?? '');
  return current?.studyType && complete && !current.institution ? name : undefined;
}

// "Harlow Joint Training Board — Pipefitting, 2012–2016" under an entry that names its school and
// degree: a dated line that opens with a proper name, neither a school nor a degree the reader knows,
// is the next school, and its dates are its own, never the entry's above.
function nextSchoolWithDates(parts: readonly Part[], current: ResumeEducation | undefined, dated: boolean): Part | undefined {
  if (!dated || !current?.institution || !current.studyType) return undefined;
  if (parts.some((part) => part.kind === 'institution' || part.kind === 'degree')) return undefined;
  const [first] = parts;
  return first?.kind === 'other' && nameShaped(first.text) && first.text.split(/\s+/).length >= 2 ? first : undefined;
}

// "Northmoor University | Gakushi, Marine Biology | 2012 – 2016", "Specialist Degree in Geology —
// Northmoor University": a degree the reader does not know, written where a degree stands, before
// its field (after a comma or "in"). The caller takes it only beside or under the school's name.
function unknownDegree(parts: readonly Part[]): { part: Part; degree: string; area: string } | undefined {
  const others = parts.filter((part) => part.kind === 'other');
  const short = (text: string) => text.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(text) && !notesPattern.test(text) && !/[:;]/.test(text);
  const [first, second] = others;
  if (!first || others.length > 2 || !short(first.text)) {
    const inField = first && others.length === 1 ? /^(.+?)\s+in\s+(\p{Lu}.*)$/u.exec(first.text) : null;
    return inField?.[1] && inField[2] && short(inField[1]) ? { part: first as Part, degree: inField[1], area: inField[2] } : undefined;
  }
  if (second) {
    const adjacent = first.piece === second.piece && parts.indexOf(second) === parts.indexOf(first) + 1;
    return adjacent && !notesPattern.test(second.text) ? { part: first, degree: first.text, area: second.text } : undefined;
  }
  const inField = /^(.+?)\s+in\s+(\p{Lu}.*)$/u.exec(first.text);
  return inField?.[1] && inField[2] && short(inField[1]) ? { part: first, degree: inField[1], area: inField[2] } : undefined;
}

// "Géographie, Licence" / "2011 — 2014" / "Université de Rennes": a name before a bare degree
// that ends the line is the degree's field when the school is named alone on the next line, or
// on the one after the dates.
function fieldBeforeDegree(parts: readonly Part[], degreeIndex: number, following: readonly EntryLine[]): Part | undefined {
  const degree = parts[degreeIndex] as Part;
  const before = parts[degreeIndex - 1];
  const bare = matchDegree(degree.text)?.[0].trim() === degree.text.trim();
  const last = parts.slice(degreeIndex + 1).every((part) => part.kind === 'date' || part.kind === 'location');
  if (!before || before.kind !== 'other' || before.piece !== degree.piece || !bare || !last) return undefined;
  const [next, afterNext] = following;
  const school = next !== undefined && classify(next.text).kind === 'date' ? afterNext : next;
  if (school === undefined || school.bullet || school.text === '') return undefined;
  const named = classify(school.text);
  return named.kind === 'institution' || (named.kind === 'other' && nameShaped(school.text)) ? before : undefined;
}

// A proper name of a few words, not a field of study, a note or a sentence. A word in brackets may
// name who stands behind it ("Coursera (Google)", "edX (MITx)").
function nameShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 6 &&
    /^[\p{Lu}\d]/u.test(text) &&
    words.every((word) => /^\(?[\p{Lu}\d]/u.test(word) || nameJoiners.has(word.toLowerCase())) &&
    !/[:;]/.test(text) &&
    !namesFieldOfStudy(text) &&
    !notesPattern.test(text)
  );
}
// ("PICT / SPPU Pune": a college and the university it is affiliated to.)
const nameJoiners = new Set(['/', 'of', 'and', 'the', 'for', 'de', 'del', 'di', 'da', 'do', 'du', 'des', 'la', 'le', 'y', 'e', 'von', 'van', 'der', 'für', '&']);

// "Bachelor of Science in" / "Statistics" / "at University of" / "Lagos" / "Sep 2011 - Jun 2015": a
// degree over "at" and its school, both wrapped in a narrow column, closed by the dates. The
// degree's lines and the school's lines are each one name, joined into "Degree at School".
function joinDegreeAtSchool(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined: ResumeLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as ResumeLine;
    const wrapped = (candidate: ResumeLine | undefined) => candidate !== undefined && !candidate.bullet && candidate.text !== '' && !findDateRange(candidate.text);
    if (!wrapped(line) || !/^(?:at|@)\s+\p{Lu}/u.test(line.text)) {
      joined.push(line);
      continue;
    }
    // The degree's first line is at most three lines up, all of them part of it.
    const start = [1, 2, 3].map((back) => joined.length - back).find((at) => startsWithDegree(joined[at]?.text ?? ''));
    const degreeLines = start === undefined ? [] : joined.slice(start);
    let end = index + 1;
    while (end < lines.length && end - index <= 3 && wrapped(lines[end]) && !/^(?:at|@)\s/.test(lines[end]?.text ?? '') && matchDegree(lines[end]?.text ?? '')?.index !== 0) end++;
    const after = lines[end];
    const closed = after === undefined || after.text === '' || findDateRange(after.text) !== undefined;
    if (start === undefined || !degreeLines.every(wrapped) || !closed) {
      joined.push(line);
      continue;
    }
    const text = [...degreeLines, ...lines.slice(index, end)].map((part) => part.text).reduce((before, next) => joinWords(before, next));
    joined.splice(start, degreeLines.length, { ...line, text });
    index = end - 1;
  }
  return joined;
}

// "Bachelor of Education (Intermediate/Senior, Physics) — Ontario" / "Institute for Studies in Education
// (OISE), University of Toronto, 2015": a degree's line that ran out inside the school's name after it;
// the next line opens with the school's word and goes on with the rest of the name.
function joinSchoolWrappedAfterDegree(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined: ResumeLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const cut = previous && !previous.bullet && !line.bullet ? /\s(?:[|–—]|-)\s+((?:\p{Lu}[\p{L}'.-]*\s?){1,2})$/u.exec(previous.text) : null;
    const dangling = cut?.[1]?.trim() ?? '';
    const opensName = /^(?:Institute|College|School|University|Academy|Polytechnic|Conservatory|Faculty)\s+(?:of|for)\s/u.test(line.text);
    if (
      previous &&
      cut &&
      opensName &&
      matchDegree(previous.text.slice(0, cut.index)) &&
      !institutionPattern.test(dangling) &&
      !matchDegree(dangling) &&
      // "Degree - Economics" over the next school: the words after the dash were the field.
      !namesFieldOfStudy(dangling) &&
      // "MSc Sports Medicine – Distinction" over the next school: the words after the dash were the degree's class.
      !scorePattern.test(dangling) &&
      // Under its school ("University of Leeds" / "BSc - Physics"), a degree's line names no school.
      !institutionPattern.test(joined.at(-2)?.text ?? '') &&
      !line.text.toLowerCase().includes(dangling.toLowerCase())
    ) {
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    joined.push({ ...line });
  }
  return joined;
}

// A degree wrapped in a narrow column: "Bachelor of Business" / "Administration, Marketing",
// "Master of Science, Data" / "Science". The next line continues it when it lengthens the
// degree's name, or when it is a word or two that names nothing else.
function joinWrappedDegrees(items: readonly EntryLine[], fieldFirst: boolean): EntryLine[] {
  const joined: EntryLine[] = [];
  const fieldBetween = fieldsBetweenSchoolAndDegree(items);
  for (const [index, item] of items.entries()) {
    const previous = joined.at(-1);
    const tail = previous && !fieldFirst ? fieldEndBesideDates(previous, item) : undefined;
    if (previous && tail) {
      previous.text = joinWords(previous.text, tail.words);
      joined.push({ ...item, text: tail.dates });
    } else if (
      previous &&
      (continuesDegree(previous, item, items[index + 1]) ||
        continuesInstitution(previous, item, items[index + 1], joined.at(-2), fieldBetween) ||
        continuesSchoolAfterDegree(previous, item, items[index + 1]))
    ) {
      previous.text = joinWords(previous.text, item.text);
    } else {
      joined.push({ ...item });
    }
  }
  return joined;
}

// A school's name wrapped in a narrow column: "Indian Institute of Management" / "Kozhikode" /
// "MBA …", "The Institute of Chartered" / "Accountants of India" / "2014 – 2017",
// "Technische Universität" / "Dresden", "Kestrel Valley Technical" / "College",
// "Diploma, Chemistry" / "Liceo Classico Alessandro" / "Manzoni" / "2005 – 2010". A short
// capitalised line between a school and the degree or dates under it, naming nothing else,
// ends the school's name; so does any line after a name cut at a small word ("Szkoła nr" /
// "4 we Wrocławiu", "Escola Técnica de" / "Campinas").
function continuesInstitution(
  previous: EntryLine,
  item: EntryLine,
  next: EntryLine | undefined,
  above: EntryLine | undefined,
  fieldBetween = false,
): boolean {
  if (item.bullet || previous.bullet || item.text === '') return false;
  // "Université Lumière – Jean" / "Moulin, Faculté de Droit": a school's name cut inside the name
  // after its dash goes on with a line that begins with the rest of that name.
  const cutAfterDash = institutionPattern.test(previous.text) && /\s[–—-]\s\p{Lu}\p{Ll}+$/u.test(previous.text) && /^\p{Lu}\p{Ll}+(?:,|$)/u.test(item.text);
  if (cutAfterDash && !findDateRange(item.text) && !matchDegree(item.text)) return true;
  // "Curso de Cozinha — Escola de" / "Hotelaria e Turismo de Lisboa, 2010": a school's name after the degree,
  // cut at a joining word, goes on with the next line even when that line holds the dates.
  const lastPart = previous.text.split(/\s[–—-]\s|,\s/u).at(-1) ?? '';
  const cutSchool = institutionPattern.test(lastPart) && /\s(?:of|for|and|de|del|da|do|dos|das|di|du|des|der|für|und|et|la|y|e|van|voor|w|z)$/u.test(previous.text);
  if (cutSchool && /^\p{Lu}/u.test(item.text) && matchDegree(item.text)?.index !== 0 && !institutionPattern.test(item.text.split(/[,–—]/u)[0] ?? '')) return true;
  if (item.text.split(/\s+/).length > 4) return false;
  // A name may end in initials ("…School, R.K." / "Puram"); a full stop after a word ends the line.
  const ended = /[,;:)]$/.test(previous.text) || (/\.$/.test(previous.text) && !/(?:^|[\s.])\p{Lu}\.$/u.test(previous.text));
  if (findDateRange(previous.text) || matchDegree(previous.text) || ended) return false;
  if (findDateRange(item.text) || matchDegree(item.text)) return false;
  // "Instituto Tecnológico y de Estudios" / "Superiores de Monterrey, Campus" / "Querétaro",
  // "Universidad Nacional" / "Autónoma de México (UNAM)": capitalised words joined by a small word,
  // with no school's word of their own, are the rest of the name above.
  if (institutionPattern.test(previous.text) && nameGoesOn.test(item.text) && !institutionPattern.test(item.text)) return true;
  // "Budapesti Műszaki és" / "Gazdaságtudományi Egyetem", "Kungliga Konst- och" / "Musikhögskolan": a
  // name cut after its "and", in any language, goes on with the line that names the school.
  if (andAtEnd.test(previous.text) && /^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(item.text) && institutionPattern.test(item.text)) return true;
  if (!institutionPattern.test(previous.text)) return endsSchoolName(previous, item);
  // "Escola Politécnica da" / "Universidade de São Paulo", "Universidad" / "Politécnica de Madrid",
  // "Instituto Politécnico" / "Nacional": a name cut after a joining word or after a school's word
  // alone, or a word that only ends names, goes on even when the rest names a school too.
  const cutAtJoiner = /\s(?:of|for|and|de|del|da|do|dos|das|di|du|des|der|für|und|et|la|y|e)$/iu.test(previous.text);
  if ((cutAtJoiner || schoolWordAlone.test(previous.text)) && /^\p{Lu}/u.test(item.text)) return true;
  if (nameEndingWord.test(item.text)) return true;
  if (/\s(?:\p{Ll}{1,3}|n[°º])$/u.test(previous.text) && !institutionPattern.test(item.text)) return true;
  if (!/^\p{Lu}/u.test(item.text) || item.text.includes(',')) return false;
  // A field under a school is what was studied there, unless the name was cut inside its own
  // "of …" ("School of Business and Social" / "Sciences").
  const lastWord = previous.text.split(/\s+/).at(-1) ?? '';
  const fieldInName = cutInsideOf(previous.text);
  if (namesFieldOfStudy(item.text) && !fieldInName) return false;
  // An adjective cannot end the name: what follows goes on, even where fields stand between school and degree.
  if (fieldInName && !namesFieldOfStudy(lastWord) && !/\s(?:and|&)\s\S+$/.test(previous.text)) return true;
  if (isLocationLike(item.text) && previous.text.toLowerCase().includes(item.text.toLowerCase())) return false;
  // A second school is its own line ("Kingsbridge College" / "University of Northmoor").
  if (institutionPattern.test(item.text)) return false;
  const degree = next === undefined ? null : matchDegree(next.text);
  if (degree !== null && degree.index === 0) return !fieldBetween;
  // Above the dates or at the end, the line may be an unknown degree ("Studentereksamen"): only a
  // place, a name going on ("Accountants of India"), a town after a school's own word, or any
  // name when the degree was already named above the school, joins.
  if (next !== undefined && next.text !== '' && !findDateRange(next.text)) return false;
  const degreeAbove = above !== undefined && !above.bullet && matchDegree(above.text)?.index === 0 && !findDateRange(above.text);
  return degreeAbove || fieldInName || isLocationLike(item.text) || /\s(?:of|de|di|du|für)\s/u.test(item.text) || (institutionPattern.test(lastWord) && !item.text.includes(' '));
}

// The rest of a name: capitalised words around a small joining word, a campus after a comma, the name's letters in brackets.
const nameGoesOn = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\s(?:de|del|di|da|do|des|du|y|e|of|für)\s\p{Lu}\p{L}+(?:,\s\p{Lu}\p{Ll}+)?(?:\s\(\p{Lu}{2,}\))?$/u;

// "School of Business and Social" / "Sciences": a name cut inside its own "of …".
function cutInsideOf(text: string): boolean {
  const lastWord = text.split(/\s+/).at(-1) ?? '';
  // "Institute of Vocational" / "Education (Kowloon)": a name cut after an adjective inside its "of …".
  const adjective = /\p{Ll}(?:al|ic|ive|ary)$/u.test(lastWord) && /^\p{Lu}/u.test(lastWord);
  return /\sof\s[^,]*$/.test(text) && (namesFieldOfStudy(lastWord) || adjective || /\s(?:and|&)\s\S+$/.test(text));
}

// "University of Harwick" / "Statistics" / "B.A.": a section that prints a known field between a
// school and its degree prints every entry so, and a line there is the field, not the rest of the
// school's name ("Northmoor Institute of Technology" / "Analytics" / "Master of Science").
function fieldsBetweenSchoolAndDegree(items: readonly EntryLine[]): boolean {
  return items.some((item, index) => {
    const above = items[index - 1];
    const degree = items[index + 1];
    if (!above || !degree || item.bullet || above.bullet || findDateRange(item.text)) return false;
    // The school's line may carry its dates ("University of Harwick 2011 — 2015").
    const school = withoutDate(above.text, findDateRange(above.text)).replace(/[\s|,–—-]+$/u, '');
    if (school === '' || matchDegree(school)) return false;
    // "School of Business and Social" / "Sciences" is one name cut inside its "of …"; a field of
    // several words under it ("…of Art and Design" / "Interaction Design") is no such cut.
    if (cutInsideOf(school) && !item.text.includes(' ')) return false;
    return institutionPattern.test(school) && !institutionPattern.test(item.text) && namesFieldOfStudy(item.text) && matchDegree(degree.text)?.index === 0 && !matchDegree(item.text);
  });
}

// "MBA, Finance - Indian" / "Institute of Management Kozhikode" / "2019 - 2021": a header that
// names the degree, then the school after a dash, wrapped inside the school's name. What follows
// the dash is no field ("BA - History" / "Riverside College" is a field, then the school).
function continuesSchoolAfterDegree(previous: EntryLine, item: EntryLine, next: EntryLine | undefined): boolean {
  if (item.bullet || previous.bullet || !/^\p{Lu}/u.test(item.text) || item.text.split(/\s+/).length > 6) return false;
  if (matchDegree(previous.text)?.index !== 0 || findDateRange(previous.text) || /[.,;:)]$/.test(previous.text)) return false;
  const school = /\s[-–—]\s([^-–—]+)$/u.exec(previous.text)?.[1]?.trim() ?? '';
  // A name's start is capitalised word by word ("Narsee Monjee", "Universidad de") or holds a
  // school's word ("Đại học"); a field in the writer's language need not ("Điện tử - Viễn thông").
  const nameStart = school.split(/\s+/).every((word, at) => /^\p{Lu}/u.test(word) || (at > 0 && /^(?:of|de|di|da|du|der|für|la)$/u.test(word)));
  if (!(nameStart || institutionPattern.test(school)) || namesFieldOfStudy(school) || matchDegree(school)) return false;
  // "BSc (Hons) Physiotherapy – First Class Honours", "MSc … – Distinction": the words after the dash are the degree's class.
  if (scorePattern.test(school) || gradeAlone.test(school)) return false;
  // "Nusantara, Jakarta" goes on with the name; "Kozhikode, India" is where the school is.
  if (findDateRange(item.text) || matchDegree(item.text) || isLocationLike(item.text.split(',')[0] ?? '')) return false;
  // The dates, the end, or the rest of the name in small letters ("of Mumbai") come next.
  return next === undefined || next.text === '' || findDateRange(next.text) !== undefined || /^\p{Ll}/u.test(next.text);
}

// "Kestrel Valley Technical" / "College": the word that makes a name a school's, wrapped alone
// onto the next line, under a line of capitalised words that names nothing else.
function endsSchoolName(previous: EntryLine, item: EntryLine): boolean {
  const word = item.text.replace(/^(?:community|technical|high|junior|state)\s+/i, '');
  if (!/^school$/i.test(word) && !schoolWordAlone.test(word)) return false;
  const words = previous.text.split(/\s+/);
  return words.length <= 5 && words.every((word) => /^\p{Lu}/u.test(word)) && classify(previous.text).kind === 'other' && !namesFieldOfStudy(previous.text);
}

// "Fachinformatiker für Anwendungsentwicklung (IHK Leipzig)", "Tischlergeselle (HWK Köln)": a German
// vocational qualification names the chamber that examined it in brackets; the chamber is where it
// was taken, the trade before it the qualification.
const chamberQualification = /^(\p{Lu}.*?)\s*\(((?:IHK|HWK|Industrie-\s+und\s+Handelskammer|Handwerkskammer)\b[^()]*)\)$/u;

// "Fachinformatiker für Anwendungsentwicklung, IHK Leipzig": beside its chamber, a name that is no
// degree the reader knows is the qualification.
function qualificationBesideChamber(parts: Part[]): Part[] {
  const chamber = parts.find((part) => part.kind === 'institution' && chamberName.test(part.text));
  const trade = parts.find((part) => part.kind === 'other' && /^\p{Lu}/u.test(part.text));
  if (chamber && trade && !parts.some((part) => part.kind === 'degree')) trade.kind = 'degree';
  return parts;
}

const chamberName = /^(?:IHK|HWK|Industrie-\s+und\s+Handelskammer|Handwerkskammer)\b/u;

function examinedByChamber(part: Part): Part[] {
  const found = part.kind === 'date' ? null : chamberQualification.exec(part.text);
  if (!found) return [part];
  return [
    { ...part, text: (found[1] ?? '').trim(), kind: 'degree' },
    { ...part, text: (found[2] ?? '').trim(), kind: 'institution' },
  ];
}

// "University of LagosBachelor of Science", "Technische Universität MünchenM.Sc.", "Federal Government
// College, EnuguWASSCE": a school set tight against the degree beside it, the two blocks' gap lost
// (a theme's floats, printed or converted to Word). The name is parted from the degree that opens
// right after a small letter; a degree's own capitals ("BSc", "MBA") are not such a seam.
function separateGluedDegree(line: ResumeLine): ResumeLine {
  for (const seam of line.text.matchAll(/(?<=\p{Ll}{2}|\p{Ll}\))(?=\p{Lu})/gu)) {
    const head = line.text.slice(0, seam.index);
    const tail = line.text.slice(seam.index);
    if (matchDegree(tail)?.index === 0 && institutionPattern.test(head) && !matchDegree(head.split(/\s+/).at(-1) ?? '')) return { ...line, text: `${head}\t${tail}` };
  }
  return line;
}

// "Computer Science ⇥ January 2019 – January 2021" / "University of X ⇥ Master of Science": a section
// whose first entry opens with its field beside the dates, over the school and the degree, prints
// every entry so; a field beside dates there is the next entry's, never the end of the degree above.
function fieldsOverDates(items: readonly EntryLine[]): boolean {
  const [first, second] = items.filter((item) => item.text !== '');
  if (!first || !second || first.bullet || fieldBesideDates(first.text) === undefined) return false;
  return matchDegree(second.text) !== null || institutionPattern.test(second.text);
}

// "Software Engineering ⇥ 2011 – 2014": a field's name, then the dates and nothing after them.
function fieldBesideDates(text: string, known = true): string | undefined {
  const range = findDateRange(text);
  if (!range || range.index === 0 || text.slice(range.index + range.match.length).trim() !== '') return undefined;
  const words = text.slice(0, range.index).replace(/[\s|,–—-]+$/u, '');
  const named = /^\p{Lu}/u.test(words) && words.split(/\s+/).length <= 6 && !/[.;:!?]$/.test(words) && (!known || namesFieldOfStudy(words));
  return named && !institutionPattern.test(words) && !matchDegree(words) ? words : undefined;
}

// "Bachelor of Science: Mechanical Engineering and Applied" / "Mathematics | 2006 TO 2010": the
// field wrapped onto the line of the dates set beside it.
function fieldEndBesideDates(previous: EntryLine, item: EntryLine): { words: string; dates: string } | undefined {
  if (previous.bullet || item.bullet || !matchDegree(previous.text) || findDateRange(previous.text) || /[.;:),]$/.test(previous.text)) return undefined;
  const range = findDateRange(item.text);
  if (!range || range.index === 0) return undefined;
  const words = item.text.slice(0, range.index).replace(/[\s|,–—-]+$/u, '');
  const rest = item.text.slice(range.index + range.match.length).trim();
  if (rest !== '' || words.split(/\s+/).length > 3 || !/^\p{Lu}/u.test(words) || !namesFieldOfStudy(words) || institutionPattern.test(words)) return undefined;
  return { words, dates: range.match };
}

function continuesDegree(previous: EntryLine, item: EntryLine, next: EntryLine | undefined): boolean {
  if (item.bullet || item.text === '' || !/^\p{Lu}/u.test(item.text)) return false;
  const degree = matchDegree(previous.text);
  if (!degree || findDateRange(previous.text) || findDateRange(item.text) || /[.;:)]$/.test(previous.text)) return false;
  if (matchDegree(item.text) || institutionPattern.test(item.text)) return false;
  // "Bachelor of Science in" / "Nursing": a name cut at a small word goes on.
  if (/\s(?:in|of|and|&|for|en|em|di|de|der|und)$/iu.test(previous.text)) return true;
  // "Bachelor of Science, Electrical" / "Engineering and Computer" / "Sciences": the rest of the field.
  if (item.text.split(/\s+/).length <= 4 && !/[,:;]/.test(item.text) && !notesPattern.test(item.text) && namesFieldOfStudy(item.text)) return true;
  // "Associate of Applied Science, Electrical" / "Engineering Technology - Columbus State": a
  // "Degree, Field - School" line wrapped inside its field goes on up to the school.
  const fieldThenSchool = /^([^,;:–—-]+?)\s[-–—]\s[^,;:–—-]+$/u.exec(item.text);
  const degreeThenField = degree.index === 0 && previous.text.slice(degree[0].length).startsWith(',') && !/\s[-–—]\s/u.test(previous.text);
  if (degreeThenField && fieldThenSchool && (fieldThenSchool[1] ?? '').split(/\s+/).length <= 4) return true;
  const longer = matchDegree(`${previous.text} ${item.text}`);
  if (longer && longer.index === degree.index && longer[0].length > degree[0].length) return true;
  const words = item.text.split(/\s+/);
  // A word or two more ("Immersive", "Perangkat Lunak"), unless the school is yet to be named: two
  // unknown words with no school under them are more often the school ("Hyper Island").
  // "Danmarks Tekniske" / "Universitet": a school's word alone ends the two words' name instead.
  const schoolNext = next !== undefined && institutionPattern.test(next.text) && !schoolWordAlone.test(next.text);
  // One word alone before the dates or the end, with the school still unnamed, is the school
  // ("BSc, Marine Biology" / "Coursera" / "2012 – 2016").
  const endsEntry = next === undefined || next.text === '' || classify(next.text).kind === 'date';
  const schoolAlone = endsEntry && !namesFieldOfStudy(item.text) && !institutionPattern.test(previous.text);
  return ((words.length === 1 && !schoolAlone) || (words.length === 2 && schoolNext)) && !item.text.includes(',') && classify(item.text).kind === 'other';
}

function splitParts(text: string): Part[] {
  const parts = text
    .split(separators)
    .flatMap(splitAtInstitution)
    .map(withoutDanglingJoiner)
    .flatMap((piece, index) => joinInstitutionParts(pieceParts(piece)).map((part) => ({ ...part, piece: index })));
  return joinHyphenatedName(text, parts);
}

// A degree or a certification where the text begins, its dangling joiner left aside.
function startsWithDegree(text: string): boolean {
  return matchDegree(text)?.index === 0 || certificationPattern.test(withoutDanglingJoiner(text));
}

// "Bachillerato in", "Data Engineer Certification -", "Diploma:": a theme that prints "Degree in Field"
// for an entry with no field leaves the joiner behind; the degree names no field.
function withoutDanglingJoiner(piece: string): string {
  const bare = piece.replace(/(?:\s+(?:in|en|em|of|di)|\s*[-–—:,])\s*$/u, '');
  return bare !== piece && (matchDegree(bare)?.index === 0 || certificationPattern.test(bare)) ? bare : piece;
}

// "Trường THPT Lê Lợi - Đà Nẵng", "Lycée Henri IV - Paris": a school's name with a hyphen between
// spaces inside it, the last piece a short name of its own rather than a degree, a field or dates;
// likewise a field's name.
function joinHyphenatedName(text: string, parts: readonly Part[]): Part[] {
  const joined: Part[] = [];
  for (const part of parts) {
    const previous = joined.at(-1);
    const words = part.text.split(/\s+/);
    const nameAfter =
      (part.kind === 'location' || part.kind === 'other') && words.length <= 2 && !part.text.includes(',') && /^\p{Lu}/u.test(part.text) && !namesFieldOfStudy(part.text);
    const hyphenated = previous !== undefined && previous.piece !== part.piece && text.includes(`${previous.text} - ${part.text}`);
    // "Houston Community College – Central Campus", "Université Lyon II – Lumière, Faculté de Droit": a
    // campus, or the rest of the school's own name, after a dash between spaces.
    const dashed = previous !== undefined && previous.piece !== part.piece ? new RegExp(`${escapeRegExp(previous.text)}(\\s+[–—-]\\s+)${escapeRegExp(part.text)}`, 'u').exec(text)?.[1] : undefined;
    // "Escola Superior de Biotecnologia — Universidade Católica Portuguesa", "Facultad de Veterinaria — Universidad
    // Complutense": a school or faculty, then the university it belongs to, after a dash, is one institution.
    const facultyOfUniversity =
      previous?.kind === 'institution' && part.kind === 'institution' && facultyWord.test(previous.text) && !universityWord.test(previous.text) &&
      universityWord.test(part.text.split(/\s*,\s*/)[0] ?? '');
    const restOfName = previous?.kind === 'institution' && (facultyOfUniversity || /\bcampus\b/iu.test(part.text) || (part.kind === 'institution' && !institutionPattern.test(part.text.split(/\s*,\s*/)[0] ?? '')) || nameAfter);
    // "Memphis Public Libraries – Cossitt Branch", "Northgate Adult Learning – Eastside Campus": a name with no school's
    // word, then the branch or campus where it taught, is one institution.
    const branchOfName = previous?.kind === 'other' && /^\p{Lu}\S*(?:\s(?:\p{Lu}\S*|of|and|the|&)){0,5}$/u.test(previous.text) && /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s(?:Branch|Campus)$/u.test(part.text);
    // "Kỹ thuật Điện tử - Viễn thông", "Electronics - Telecommunications": a field with a hyphen in it
    // goes on with words that name no school.
    const fieldGoesOn =
      (previous?.kind === 'other' || previous?.kind === 'degree') &&
      part.kind === 'other' &&
      words.length <= 4 &&
      !nameShaped(part.text) &&
      !notesPattern.test(part.text) &&
      // "Bachelor of Science in Nursing - Nursing" names the field twice; it does not go on.
      !previous.text.toLowerCase().endsWith(part.text.toLowerCase());
    // "KEA – Copenhagen School of Design and Technology": a school's initials, then its name.
    const initials = previous?.kind === 'other' && part.kind === 'institution' && /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(previous.text);
    const dash = initials && previous ? new RegExp(`${escapeRegExp(previous.text)}(\\s+[–—-]\\s+)${escapeRegExp(part.text)}`, 'u').exec(text)?.[1] : undefined;
    if (previous && dashed && branchOfName) {
      previous.text = `${previous.text}${dashed}${part.text}`;
      previous.kind = 'institution';
      previous.piece = part.piece;
    } else if (previous && dashed && restOfName) {
      previous.text = `${previous.text}${dashed}${part.text}`;
      previous.piece = part.piece;
    } else if (previous && dash) {
      previous.text = `${previous.text}${dash}${part.text}`;
      previous.kind = 'institution';
      previous.piece = part.piece;
    } else if (hyphenated && previous && ((previous.kind === 'institution' && nameAfter) || fieldGoesOn)) {
      previous.text = `${previous.text} - ${part.text}`;
      previous.piece = part.piece;
    } else {
      joined.push({ ...part });
    }
  }
  return joined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pieceParts(piece: string): Part[] {
  const parts: Part[] = [];
  // "Bachelor of Education (Intermediate/Senior, Physics)": a comma inside brackets splits nothing.
  // "M.Sc. Maschinenbau, 1,7", "IPK 3,61 / 4,00": a decimal comma inside a grade splits nothing either.
  const fragments = piece.split(/\s*,(?!(?<=(?<![\d,])\d{1,2},)\d{1,2}(?![\d,]))\s*(?![^()]*\))/).filter(Boolean);
  for (let index = 0; index < fragments.length; index++) {
    const fragment = fragments[index] as string;
    const next = fragments[index + 1];
    // Keep "City, ST" together.
    if (next && campusOf(fragment, next, fragments[index + 2])) {
      // "University of California, Berkeley": the campus after the comma is part of the name.
      parts.push({ text: `${fragment}, ${next}`, kind: 'institution' });
      index++;
    } else if (next && isLocationLike(`${fragment}, ${next}`) && !institutionPattern.test(fragment)) {
      parts.push({ text: `${fragment}, ${next}`, kind: 'location' });
      index++;
    } else if (parts.at(-1)?.kind === 'degree' && titleOfProgramme(fragment)) {
      // "Master, Ingénieur civil des constructions": after the degree, a professional title with its
      // branch in small letters names what was studied, not a second degree.
      parts.push({ text: fragment.trim(), kind: 'other' });
    } else {
      parts.push(classify(fragment));
    }
  }
  return parts;
}

function titleOfProgramme(fragment: string): boolean {
  const degree = matchDegree(fragment.trim());
  const rest = degree?.index === 0 ? fragment.trim().slice(degree[0].length) : '';
  return /^\p{L}/u.test(degree?.[0] ?? '') && /^(?:\s+\p{Ll}[\p{Ll}'’-]*){2,}$/u.test(rest);
}

// "Trinity College, University of Dublin", "Aarhus Universitet, School of Business": a school of
// a university, named after it, is one institution. So is a university and the city it is in,
// when that city closes the part ("Universitas Bina Nusantara, Jakarta"): schools have no place
// of their own in a resume, and the name alone may be shared by schools in several cities.
// The parts are those of one piece of the line (between "|" or "–" separators).
function joinInstitutionParts(parts: readonly Part[]): Part[] {
  const joined: Part[] = [];
  for (const [index, part] of parts.entries()) {
    const previous = joined.at(-1);
    const last = index === parts.length - 1;
    const cityOfPrevious =
      (part.kind === 'location' || townLike(part)) && last && !part.text.includes(',') && !previous?.text.toLowerCase().includes(part.text.toLowerCase());
    // "Foreign Trade University, Ho Chi Minh City Campus": the campus is part of the name.
    const campus = /\bcampus\b/i.test(part.text) && part.kind !== 'date';
    // "Queen Mary, University of London", "Rutgers, The State University of New Jersey": a short
    // name that opens the piece, before the university it belongs to, is part of the name.
    // A chamber is no university: "Tischlerin, HWK Dresden" is the trade, then where it was examined.
    const nameBefore =
      part.kind === 'institution' && previous?.kind === 'other' && joined.length === 1 && previous.text.split(/\s+/).length <= 3 && nameShaped(previous.text) && !chamberName.test(part.text);
    // "Hochschule für Technik, Wirtschaft und Kultur Leipzig (HTWK)", "School of Engineering, Design and Technology":
    // a school named for a list of fields, the list going on after the comma up to its "and".
    const listOfFields = previous?.kind === 'institution' && fieldListEnd.test(previous.text) && fieldListRest.test(part.text);
    // "M.S., Structural Engineering, Mechanics and Materials", "M.S. in Structural Engineering, Mechanics and Materials":
    // a field named as a list goes on after its comma up to its "and".
    const fieldOfList = part.kind === 'other' && fieldListTail.test(part.text) && fieldNamedLast(joined);
    if (previous?.kind === 'institution' && (part.kind === 'institution' || cityOfPrevious || campus || listOfFields)) previous.text = `${previous.text}, ${part.text}`;
    else if (previous && fieldOfList) previous.text = `${previous.text}, ${part.text}`;
    else if (previous && nameBefore) {
      previous.text = `${previous.text}, ${part.text}`;
      previous.kind = 'institution';
    } else joined.push({ ...part });
  }
  return joined;
}

const fieldListEnd = /\s(?:of|für|for|de|di|des|du|der|voor|w|i)\s+\p{Lu}[\p{L}-]*$/u;
const fieldListRest = /^\p{Lu}[\p{L}-]*(?:,\s*\p{Lu}[\p{L}-]*)*\s+(?:and|und|&|et|y|e|i|en|och|og|a)\s+\p{Lu}/u;

// The last items of a list of fields: "Mechanics and Materials", "Data & Society".
const fieldListTail = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s(?:and|&|et|und|y|e)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;

// A field named last: a degree with its field after it ("M.S. in Structural Engineering"), or a
// field right after a bare degree ("M.S." / "Structural Engineering").
function fieldNamedLast(parts: readonly Part[]): boolean {
  const last = parts.at(-1);
  if (last?.kind === 'degree') {
    const degree = matchDegree(last.text);
    return degree !== null && /^\s+(?:in|of|en|em)\s+\p{Lu}/u.test(last.text.slice(degree.index + degree[0].length));
  }
  return last?.kind === 'other' && parts.at(-2)?.kind === 'degree' && parts.length === 2;
}

// "EQF level 6", "Level in EQF: EQF level 7", "| NFQ Level 8": where a qualification stands in a qualifications
// framework, as the Europass editor prints it under the school, says nothing of the school, degree or field.
const frameworkLevel = /(?:^|\s*\|\s*|\s+)(?:level\s+in\s+(?:EQF|NQF|NFQ)\s*:?\s*)?(?:EQF|NQF|NFQ|SCQF|RQF|QCF)\s+level\s*:?\s*\d{1,2}\s*$/iu;

function withoutFrameworkLevel(line: ResumeLine): ResumeLine {
  return frameworkLevel.test(line.text) ? { ...line, text: line.text.replace(frameworkLevel, '').trim() } : line;
}

// "Riverside High School, Millbrook": a town the place table does not know is still a proper name
// of a word or two that names no field of study ("…, Computer Science" is the field).
// So is a country or town with the school's initials after it ("…Accountants, Ghana (ICAG)").
function townLike(part: Part): boolean {
  const words = part.text.replace(/\s*\(\p{Lu}[\p{Lu}\d&.-]{1,7}\)$/u, '').split(/\s+/);
  return part.kind === 'other' && words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word)) && !namesFieldOfStudy(part.text);
}

// "BSc Computer Science at University of Leeds": the degree, then where it was taken. The "at"
// inside a name ("University of Texas at Austin") does not split it; after a degree it does,
// even when the degree names a school ("Ijazah SMK in Accounting at SMK Negeri 1").
function splitAtInstitution(piece: string): string[] {
  for (const match of piece.matchAll(/\s+(?:at|@)\s+/gu)) {
    const before = piece.slice(0, match.index);
    const after = piece.slice(match.index + match[0].length);
    const afterDegree = startsWithDegree(before);
    if (institutionPattern.test(after) && (!institutionPattern.test(before) || afterDegree)) return [before, after];
    // "Certificate in UX Design at Hyper Island": after a degree, what follows "at" is where.
    if (afterDegree && nameShaped(after)) return [before, after];
  }
  return [piece];
}

// "University of California, Berkeley" names a campus of a university system; "University of
// Toronto, Toronto, ON" or "University of Leeds, Leeds" names where it is, and "…, BSc" a degree.
function campusOf(fragment: string, next: string, afterNext: string | undefined): boolean {
  if (!institutionPattern.test(fragment) || !/\bof\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?$/u.test(fragment)) return false;
  if (!/^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?$/u.test(next) || classify(next).kind !== 'other') return false;
  if (fragment.toLowerCase().includes(next.toLowerCase())) return false;
  return afterNext === undefined || !isLocationLike(`${next}, ${afterNext}`);
}

// A degree's class or honours standing alone: "Second Class Upper", "2:1", "mit Auszeichnung" ("mit" is no MIT), "summa cum laude".
const gradeAlone =
  /^(?:(?:first|second|third|upper\s+second|lower\s+second)\s+class(?:\s+honou?rs)?(?:\s+\(?(?:upper|lower)(?:\s+division)?\)?)?|(?:upper|lower)\s+second(?:\s+class)?(?:\s+honou?rs)?|(?:with\s+)?(?:first\s+class\s+)?honou?rs|(?:(?:summa|magna)\s+)?cum\s+laude|mit\s+auszeichnung|avec\s+(?:la\s+)?mention(?:\s+(?:très\s+bien|bien|assez\s+bien))?|(?:110\s+)?e\s+lode|con\s+lode|com\s+louvor)$/iu;

// "CentraleSupélec", "AgroParisTech": a school's coined name, one word with a capital inside it, has no school word;
// no field of study or degree is written so.
const coinedSchoolName = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,})+$/u;

function classify(text: string): Part {
  const trimmed = text.trim();
  if (gradeAlone.test(trimmed)) return { text: trimmed, kind: 'score' };
  // "Honors: Dean's Medal", "Awards: Diploma de Honor": a labelled note names no degree of its own.
  if (noteLabel.test(trimmed)) return { text: trimmed, kind: 'score' };
  // "Exchange semester: Universidad de Salamanca", "Erasmus at TU Delft": a school visited is no entry;
  // "Exchange semester in Viticulture" names what was studied, an entry of its own.
  if (exchangePattern.test(trimmed) && (matchDegree(trimmed)?.index !== 0 || institutionPattern.test(trimmed))) return { text: trimmed, kind: 'note' };
  if (matchDegree(trimmed) || certificationPattern.test(trimmed)) return { text: trimmed, kind: 'degree' };
  if (institutionPattern.test(trimmed) || coinedSchoolName.test(trimmed)) return { text: trimmed, kind: 'institution' };
  const range = findDateRange(trimmed);
  const rest = trimmed.replace(range?.match ?? '', '').replace(/\b(?:expected|graduated|graduation|class of)\b/gi, '').trim();
  if (range && (rest.length <= 2 || durationPattern.test(rest.replace(/^[\s|,·•–—-]+/u, '')))) {
    return { text: trimmed, kind: 'date' };
  }
  if (scorePattern.test(trimmed)) return { text: trimmed, kind: 'score' };
  if (isLocationLike(trimmed)) return { text: trimmed, kind: 'location' };
  return { text: trimmed, kind: 'other' };
}

// "Bachelor of Science in Nursing (Specialisation: Paediatrics)": a specialisation in brackets after
// the field is a note on it, not the rest of the degree's name.
const specialisationNote = /(?<=\S)\s*\(\s*(?:speciali[sz]ation|specialty|speciality|concentration|stream|option)\s*(?::|in\b)[^()]*\)\s*$/iu;

function applyDegree(entry: ResumeEducation, written: string, parts: readonly Part[]): void {
  if (certificationPattern.test(written)) {
    entry.studyType = written;
    return;
  }
  const text = written.replace(specialisationNote, '');
  const match = matchDegree(text);
  // A qualification known by where it stands, not by its words ("Fachinformatiker …" before its chamber).
  if (!match) {
    entry.studyType = text.trim();
    return;
  }
  entry.studyType = match[0].trim();
  // "Finance and Business Analytics (MBA)", "Accountancy (Chartered Accountant (CA))": the field, then
  // its degree in brackets, the degree the whole of what the brackets hold.
  const fieldThenDegree = /^([^()]+?)\s*\((.+)\)$/u.exec(text);
  const field = fieldThenDegree?.[1] ?? '';
  if (fieldThenDegree && match.index > field.length && !matchDegree(field) && !institutionPattern.test(field) && matchDegree(fieldThenDegree[2] ?? '')?.index === 0) {
    entry.studyType = (fieldThenDegree[2] ?? '').trim();
    entry.area = field.trim();
    return;
  }
  // "Bachelor of Mathematics in Statistics", "Bachelor of Mathematics, Statistics": the degree
  // is named after a faculty ("of Mathematics") and the field follows it.
  const degreeIndex = parts.findIndex((part) => part.text === written);
  const named = /^\s+of\s+(\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*)*)(?:\s+in\s+(\S.*))?$/u.exec(text.slice(match.index + match[0].length));
  const fieldAfter = parts.slice(degreeIndex + 1).find((part) => part.kind === 'other' && !/^minor\b/i.test(part.text))?.text;
  if (named && /^(?:bachelor|master|doctor|diploma|certificate)/i.test(match[0]) && !/\bof\b/i.test(match[0]) && (named[2] || (degreeIndex >= 0 && fieldAfter))) {
    entry.studyType = `${match[0].trim()} of ${named[1] ?? ''}`;
    entry.area = (named[2] ?? fieldAfter ?? '').trim();
    return;
  }
  const withField = degreeWithField(match[0], text.slice(match.index + match[0].length), fieldAfter);
  if (withField) {
    entry.studyType = withField.degree;
    entry.area = withField.area;
    return;
  }
  // "Nursing, Bachelor of Science in Nursing": the field, then a degree named with that same field.
  const inField = /^\s+in\s+(\S.*)$/i.exec(text.slice(match.index + match[0].length))?.[1]?.trim();
  const fieldFirst = degreeIndex >= 0 ? fieldBefore(parts, degreeIndex) : undefined;
  if (inField && fieldFirst && match.index === 0 && inField.toLowerCase() === fieldFirst.toLowerCase()) {
    entry.studyType = `${match[0].trim()} in ${inField}`;
    entry.area = fieldFirst;
    return;
  }
  const after = text
    .slice(match.index + match[0].length)
    .replace(/^[\s,:–—-]*(?:in|of|en|em|im|di)?\s+/i, '')
    .replace(/^\((.+)\)$/, '$1')
    .trim();
  const before = text.slice(0, match.index).replace(/[\s,:–—-]+$/, '').trim();
  // "Higher Diploma, Marine Biology", "Integrated Master in Physics", "Título de Ingeniero, …": words
  // joined to the degree by a space name its kind when the field is written apart from them.
  const qualified = /^\p{Lu}[\p{L}\d]*(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+|de|of|to))?(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+))?\s+$/u.test(text.slice(0, match.index));
  const laterField = after || fieldAfter || fieldBefore(parts, degreeIndex);
  if (qualified && before && laterField && !institutionPattern.test(before) && !namesFieldOfStudy(before)) {
    entry.studyType = text.slice(0, match.index + match[0].length).trim();
    entry.area = laterField.replace(/^(?:in|of|en|em|im|di|i)\s+/i, '').trim();
    return;
  }
  let area = after || before;
  if (!area) {
    // "BS, Computer Science": the field is the next unrecognised part.
    area = parts.slice(degreeIndex + 1).find((part) => part.kind === 'other' && !/^minor\b/i.test(part.text))?.text ?? '';
  }
  if (!area) area = fieldBefore(parts, degreeIndex) ?? '';
  // "in", and the same word in the degree's own language: "Licenciatura en", "Mestrado em", "Laurea in", "Kandidat i".
  area = area.replace(/^(?:in|of|en|em|im|di|i)\s+/i, '').trim();
  // "Curso de Cozinha", "Bachillerato de Ciencias": "de" in small letters ("De Montfort" is a name).
  area = area.replace(/^(?:de|del|da|do)\s+(?=\p{Lu})/u, '').trim();
  // A note on how it was studied is no part of the field: "Logistyka (studia II stopnia)", "Law (part-time)".
  area = area.replace(/\s*\(\p{Ll}[^()]*\)$/u, '');
  // "Economics; Minor in Mathematics": what follows a semicolon is a note.
  area = area.replace(/\s*;.*$/u, '');
  // "Finance (Distinction)", "Computer Science (First Class Honours)": the grade is no part of the field.
  // "MSc (Distinction) Data Science": a grade in brackets before the field too.
  const gradeFirst = /^\(([^()]*)\)\s+/u.exec(area);
  if (gradeFirst?.[1] && scorePattern.test(gradeFirst[1])) {
    area = area.slice(gradeFirst[0].length);
    entry.score ??= gradeFirst[1];
  }
  const grade = /\s*\(([^()]*)\)$/u.exec(area);
  if (grade?.[1] && scorePattern.test(grade[1])) {
    area = area.slice(0, grade.index);
    entry.score ??= grade[1];
  }
  if (area && !/^minor\b/i.test(area)) entry.area = area;
}

// "University of York, 2008 - 2011, First Class Honours", "…, 2010 - 2013 (2:2)": what follows
// the dates after a comma or in brackets is a part of its own (a grade), never the end of the school's name.
function withoutDateKeepingParts(text: string, range: ReturnType<typeof findDateRange>): string {
  const rest = withoutDate(text, range);
  if (!range) return rest;
  const before = text.slice(0, range.index).replace(/[\s,]+$/u, '');
  const after = text.slice(range.index + range.match.length);
  // "HTWK Leipzig (2014–2018, part-time)": the dates in brackets with a note on them; both leave the line.
  const noteAfterDates = /\(\s*$/u.test(text.slice(0, range.index)) ? /^\s*[,;]\s*[^()]*\)/u.exec(after) : null;
  if (noteAfterDates) return `${text.slice(0, range.index).replace(/\s*\(\s*$/u, '')}${after.slice(noteAfterDates[0].length)}`.trim();
  // "M.Tech, COEP Pune ⇥ 2021 – 2023 · CGPA 8.4": dates set between two cells keep the cells apart.
  const cellBefore = /(?:\t|\s[|·•]\s*)$/u.test(text.slice(0, range.index));
  const cellAfter = /^\s*[|·•](?:\s|$)|^\t/u.exec(after);
  if (cellBefore && cellAfter) return `${withoutDate(before, undefined).replace(/[\s|·•]+$/u, '')} | ${withoutDate(after.slice(cellAfter[0].length), undefined)}`;
  const apart = /^\s*(?:,|\(|\s[–—-]\s)/u.exec(after);
  if (!apart || before === '' || !/,$|\s[–—-]$|\|$/u.test(text.slice(0, range.index).trimEnd())) return rest;
  const tail = withoutDate(after, undefined).replace(/^[\s,–—-]+/u, '').replace(/^\((.*)\)$/u, '$1');
  return tail === '' ? rest : `${withoutDate(before, undefined).replace(/[\s,|–—-]+$/u, '')}, ${tail}`;
}

// "Computer Science, B.S.", "Engenharia Mecânica, Bacharelado": the field first, then its degree
// after a comma, with nothing after the degree to name the field.
function fieldBefore(parts: readonly Part[], degreeIndex: number): string | undefined {
  const degree = parts[degreeIndex];
  const previous = parts[degreeIndex - 1];
  if (!degree || previous?.kind !== 'other' || previous.piece !== degree.piece) return undefined;
  if (notesPattern.test(previous.text) || /[:;]/.test(previous.text) || previous.text.split(/\s+/).length > 6) return undefined;
  return previous.text;
}

// "Bachelor of Science in Nursing, Nursing", "Associate Degree in Nursing in Nursing", "… in Nursing: Nursing",
// "Bachelor of Science in Nursing Nursing": a degree named with its field, then the field
// again (or another one). The degree keeps its "in …"; what follows is the field.
function degreeWithField(degree: string, rest: string, fieldAfter: string | undefined): { degree: string; area: string } | undefined {
  if (!/^(?:bachelor|master|associate|doctor|diploma)/i.test(degree)) return undefined;
  // "Bachelor of Science in Nursing: Nursing" names it twice as well.
  const twice = /^\s+in\s+(\S.*?)(?:\s+in|:)\s+(\S.*)$/i.exec(rest);
  if (twice) return { degree: `${degree} in ${twice[1]}`, area: (twice[2] ?? '').trim() };
  const named = /^\s+in\s+(\S.*)$/i.exec(rest)?.[1]?.trim();
  if (!named) return undefined;
  // A thesis, a minor or a note after the degree is no second field.
  const second = fieldAfter && !/[:;]/.test(fieldAfter) && fieldAfter.split(/\s+/).length <= 5 && !/^(?:minor|thesis|concentration|speciali[sz]ation|focus|track|dissertation)\b/i.test(fieldAfter);
  if (second) return { degree: `${degree} in ${named}`, area: fieldAfter };
  const words = named.split(/\s+/);
  const half = words.length / 2;
  const repeated = words.length % 2 === 0 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase();
  return repeated ? { degree: `${degree} in ${words.slice(0, half).join(' ')}`, area: words.slice(half).join(' ') } : undefined;
}

function sameDates(entry: ResumeEducation, range: NonNullable<ReturnType<typeof findDateRange>>): boolean {
  const single = !range.present && range.startDate === range.endDate;
  const startDate = single ? undefined : range.startDate;
  return (entry.startDate !== undefined || entry.endDate !== undefined) && entry.startDate === startDate && entry.endDate === range.endDate;
}

function applyDates(entry: ResumeEducation, text: string): void {
  const range = findDateRange(text);
  if (!range) return;
  const single = !range.present && range.startDate === range.endDate;
  if (single) {
    entry.endDate = range.endDate;
    return;
  }
  if (range.startDate) entry.startDate = range.startDate;
  if (range.endDate) entry.endDate = range.endDate;
}
