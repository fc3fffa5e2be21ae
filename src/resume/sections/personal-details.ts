/**
 * A "Personal Details" (or "Personal Profile", "Personal Information") block, as the classic
 * Indian, Pakistani, Nigerian or Middle-Eastern CV prints it, a table or "Label: value" lines:
 * date of birth, father's name, gender, marital status, nationality, passport, hobbies, and
 * "Languages Known". The languages are the person's spoken languages; the rest is personal data
 * no job, skill or summary is made of, so it goes. The closing "Declaration: I hereby declare…"
 * and its "Place: …" / "Date: …" lines go too.
 */
import type { ResumeSection } from './find-sections.ts';
import type { ResumeLine } from './resume-lines.ts';

// "Languages Known", "Languages Spoken", "Language Proficiency", "Linguistic Proficiency", "Languages".
const languagesLabel = /^(?:languages?\s+(?:known|spoken|proficiency|skills?)|linguistic\s+(?:proficiency|abilities)|known\s+languages|languages?)$/i;

// Labels of personal data, never a skill, a job or a summary.
const personalLabel = new RegExp(
  '^(?:' +
    [
      'd\\.?\\s?o\\.?\\s?b\\.?',
      'date\\s+of\\s+birth',
      'birth\\s*date',
      'born(?:\\s+on)?',
      'age',
      'place\\s+of\\s+birth',
      "(?:father|mother|husband|wife|spouse|guardian)(?:'|’)?s?\\s+name",
      'gender',
      'sex',
      'marital\\s+status',
      'civil\\s+status',
      'nationality',
      'citizenship',
      'religion',
      'caste',
      'category',
      'blood\\s+group',
      'height',
      'weight',
      'passport(?:\\s+(?:no\\.?|number|details))?',
      'pan(?:\\s+(?:no\\.?|number|card))?',
      'aadhaa?r(?:\\s+(?:no\\.?|number|card))?',
      'permanent\\s+address',
      'present\\s+address',
      'correspondence\\s+address',
      'hobbies(?:\\s+(?:and|&)\\s+interests)?',
      'interests',
      'extra[- ]?curricular\\s+activities',
    ].join('|') +
    ')$',
  'i',
);

// "Label: value", "Label - value", "Label ⇥ value", "Label | value".
const labelledLine = /^([\p{L}][\p{L}'’ .&/-]{1,40}?)\s*(?::|\s[-–]\s|\t|\s\|\s)\s*(.*)$/u;

// "I hereby declare that…", "I declare that the information…", "Declaration: I hereby…".
const declarationStart = /^(?:declaration\s*[:\-–]?\s*)?(?:i\s+(?:do\s+)?(?:hereby\s+)?(?:solemnly\s+)?declare\b|i\s+hereby\s+(?:affirm|certify|confirm)\b)/i;
// "Place: Pune", "Date: 01/12/2026   (RAHUL S. DESHPANDE)", "Signature", "(Name)".
const signOffLine = /^(?:place|date|signature|sign|station|yours\s+(?:faithfully|sincerely))\b\s*[:\-–]?|^\(\s*[\p{Lu} .]+\)$/iu;

// "Stuttgart, 01.12.2026", "München, den 3. Dezember 2026", "Lyon, le 02/12/2026": the place and date a German,
// French or Spanish CV closes with (its "Ort, Datum" line), over the signature.
const placeAndDate =
  /^\p{Lu}[\p{L}.' -]{1,40},\s*(?:(?:den|am|le|el|em|il)\s+)?(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}|\d{4}-\d{2}-\d{2})$/u;
// A certificate's or course's words: "AWS Certified Solutions Architect, 12 March 2024" is an entry, never a place and date.
const qualificationWord =
  /\b(?:certif\p{L}*|zertifi\p{L}*|master|architect|diplom\p{L}*|licen[cs]\p{L}*|award\p{L}*|course|kurs|foundation|practitioner|associate|professional|exam\p{L}*|pr[üu]fung|degree|bachelor|training|schulung|itil|pmp|scrum)\b/iu;
// "Regards,", "Best regards, Sid", "Thanks & regards", "Best,", "Cheers", "Thanks and God bless,", "Stay blessed",
// "Mit freundlichen Grüßen", "Cordialement": the close of an e-mail a CV was pasted from, with the writer's name on it or under it.
const closingWords =
  /^(?:(?:best|kind|warm|warmest|many\s+thanks\s+(?:and|&)|thanks\s+(?:and|&)|thank\s+you\s+(?:and|&)|with\s+(?:best|kind|warm))?\s*regards|(?:(?:many\s+)?thanks\s+(?:and|&)\s+|thank\s+you\s+(?:and|&)\s+)?god\s+bless(?:\s+you)?|stay\s+blessed|(?:many\s+)?blessings|take\s+care|all\s+the\s+best|best(?:\s+wishes)?|(?:kind|warm|warmest)\s+wishes|with\s+(?:thanks|gratitude)|thanks\s+(?:again|so\s+much|in\s+advance)|respectfully(?:\s+yours)?|cheers|thanks|thank\s+you|many\s+thanks|sincerely|yours\s+(?:truly|sincerely|faithfully)|mit\s+freundlichen\s+grüßen|viele\s+grüße|beste\s+grüße|freundliche\s+grüße|cordialement|bien\s+cordialement|atenciosamente|saludos(?:\s+cordiales)?|un\s+saludo|cordiali\s+saluti|met\s+vriendelijke\s+groet)\s*[,.!]?$/iu;
// The name under the close: a word or three with capitals ("Sid", "Anika B.", "Rahul S. Deshpande").
const signature = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2}$/u;

/**
 * Where the lines that close the CV begin (its end when nothing closes it): blank lines, "Place: …" /
 * "Date: …", an "Ort, Datum" line, and an e-mail's close with the name on it or under it. None of them is
 * an entry of the section above them.
 */
function closingStart(lines: readonly ResumeLine[], name?: string): number {
  let end = lines.length;
  // "… Moving and handling" / "" / "Kwame": the person's own name alone, last, signs the e-mail the CV came in.
  const signed = new Set(name ? [name, name.split(/\s+/)[0] ?? name].map((each) => each.toLowerCase()) : []);
  const text = (at: number) => lines[at]?.text.trim() ?? '';
  const previousText = (at: number) => {
    let index = at - 1;
    while (index >= 0 && text(index) === '') index -= 1;
    return index;
  };
  // One "Ort, Datum" line closes a CV; a second such line above it is an entry ("Scrum Master, 05.06.2023").
  let placeDated = false;
  while (end > 0) {
    const line = text(end - 1);
    const closesWithPlace: boolean = !placeDated && placeAndDate.test(line) && !qualificationWord.test(line);
    const ownName = end === lastFilled(lines) && !lines[end - 1]?.bullet && signed.has(line.replace(/[.,!]$/u, '').toLowerCase());
    if (line === '' || signOffLine.test(line) || closesWithPlace || isClosing(line) || ownName) {
      placeDated ||= closesWithPlace;
      end -= 1;
      continue;
    }
    // "Best regards," / "Sid": the name goes with the close above it.
    const above = previousText(end - 1);
    if (above >= 0 && signature.test(line) && closingWords.test(text(above))) {
      end = above;
      continue;
    }
    break;
  }
  return end;
}

// Where the last line with text ends (0 when there is none).
function lastFilled(lines: readonly ResumeLine[]): number {
  let end = lines.length;
  while (end > 0 && (lines[end - 1]?.text.trim() ?? '') === '') end -= 1;
  return end;
}

// "Regards, Sid", "Thanks & regards,", "Best, Anika": a close alone or with the name after its comma.
function isClosing(line: string): boolean {
  if (closingWords.test(line)) return true;
  const comma = line.indexOf(',');
  return comma > 0 && closingWords.test(line.slice(0, comma + 1)) && signature.test(line.slice(comma + 1).trim());
}

const kindsWithPersonalData: ReadonlySet<ResumeSection['kind']> = new Set(['contact', 'summary', 'skills', 'other', 'languages']);

/** What a Personal Details block holds, taken out of the sections. */
export interface PersonalDetails {
  sections: ResumeSection[];
  /** The spoken languages its "Languages Known" line lists, as one line. */
  languages: ResumeLine[];
}

/**
 * Takes "Languages Known: …" out as languages and drops the other personal-data lines, a
 * declaration and its sign-off.
 *
 * @example
 * takePersonalDetails(findSections(toResumeLines('Personal Details\nLanguages Known: Hindi, English\nMarital Status: Single'))).languages;
 * // [{ text: 'Hindi, English', bullet: false, markdownHeading: false }]
 */
export function takePersonalDetails(sections: readonly ResumeSection[], options: { name?: string } = {}): PersonalDetails {
  const languages: ResumeLine[] = [];
  const kept = sections.map((section, index) => {
    const last = index === sections.length - 1;
    if (!kindsWithPersonalData.has(section.kind) && !last) return section;
    // The sign-off ends the CV: "Place: Pune" / "Date: …", "Stuttgart, 01.12.2026", "Best regards," / "Sid" under everything else.
    const end = last ? closingStart(section.lines, index > 0 ? options.name : undefined) : section.lines.length;
    const lines: ResumeLine[] = [];
    let declarationOpen = false;
    for (const line of section.lines.slice(0, end)) {
      const text = line.text.trim();
      // A declaration wrapped over lines goes on to the end of its sentence.
      if (declarationOpen && text !== '') {
        declarationOpen = !/[.!]$/.test(text);
        continue;
      }
      if (declarationStart.test(text)) {
        declarationOpen = !/[.!]$/.test(text);
        continue;
      }
      const labelled = kindsWithPersonalData.has(section.kind) ? labelledLine.exec(text) : null;
      const label = labelled?.[1]?.trim() ?? '';
      // (In Skills, "Languages: Python, Go" is a group of skills; a bare "Languages:" is a personal
      // block's only in its contact or closing sections.)
      const spoken = section.kind !== 'languages' && section.kind !== 'skills' && (!/^languages?$/i.test(label) || section.kind === 'contact' || section.kind === 'other');
      if (labelled && languagesLabel.test(label) && spoken) {
        const value = (labelled[2] ?? '').trim();
        if (value !== '') languages.push({ text: value, bullet: false, markdownHeading: false });
        continue;
      }
      if (labelled && personalLabel.test(label)) continue;
      lines.push(line);
    }
    return lines.length === section.lines.length ? section : { ...section, lines };
  });
  return { sections: kept, languages };
}
