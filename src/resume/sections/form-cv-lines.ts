/**
 * What a form-shaped CV (Europass and the national forms like it) prints around its facts: a
 * photo's placeholder beside the name, column headers over the tables of jobs and schools
 * ("Period | Employer, position"), and a "Personal skills" block whose labelled lines are not
 * skills: "Mother tongue: Polish", "Other languages:" over a CEFR grid (Understanding |
 * Speaking | Writing), "Certificates: …; …", "Driving licence: B".
 */
import { isColumnLabelRow } from './column-label-rows.ts';
import { isEducationTableHeader } from './education-table.ts';
import type { ResumeSection } from './find-sections.ts';
import type { ResumeLine } from './resume-lines.ts';

const cells = (text: string) => text.split(/\t|\s{2,}|\s\|\s/).map((cell) => cell.trim()).filter(Boolean);

// "[PHOTO]", "(photo)", "Picture": the cell where the form's photo goes.
const photoCell = /^[[(]?(?:photo(?:graph)?|picture|image|foto|headshot|zdjęcie)[\])]?$/i;

/**
 * The lines without a form's column headers, and without the photo's placeholder beside a name.
 *
 * @example
 * withoutFormChrome(toResumeLines('[PHOTO]\tMarta Kowalczyk\nPeriod\tEmployer, position')).map((line) => line.text);
 * // ['Marta Kowalczyk', '']
 */
export function withoutFormChrome(lines: readonly ResumeLine[]): ResumeLine[] {
  return lines.map((line) => {
    if (line.text === '') return line;
    // (A table of schools keeps its header: it tells which column holds what; see education-table.ts.)
    if (!line.bullet && isColumnLabelRow(line.text) && !isEducationTableHeader(line.text)) return { ...line, text: '' };
    // Table cells arrive joined by " | " (or a tab).
    const parts = line.text.split(/\t|\s\|\s/);
    if (parts.length < 2 || !parts.some((part) => photoCell.test(part.trim()))) return line;
    return { ...line, text: parts.filter((part) => !photoCell.test(part.trim())).map((part) => part.trim()).join(' | ') };
  });
}

const motherTongue = /^(?:mother\s+tongues?|mother\s+tongue\(s\)|native\s+languages?|native\s+language\(s\)|first\s+languages?|native)\s*:\s*(.+)$/i;
const otherLanguages = /^(?:other|foreign|further|additional)\s+languages?(?:\(s\))?\s*:\s*(.*)$/i;
const certificatesLine = /^(?:certificates?|certifications?|licen[cs]es?\s+(?:and|&)\s+certificates?|courses?\s+and\s+certificates?)\s*:\s*(.+)$/i;
const drivingLicence = /^driving\s+licen[cs]e\s*:\s*(.+)$/i;
const cefr = /^(?:[ABC][12])$/;
const gridHeaderWords = /^(?:understanding|speaking|writing|listening|reading|spoken|interaction|production|comprehension|and)$/i;
const cefrOrder = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const gridLegend = /^levels?\s*:\s*A1\b/i;

/** "English | C1 | C1 | B2" → "English (B2–C1)"; undefined when the line is not such a row. */
function gridRow(text: string): string | undefined {
  const [language, ...levels] = cells(text);
  if (!language || levels.length === 0 || !/^\p{L}[\p{L} ]{1,30}$/u.test(language)) return undefined;
  const codes = levels.map((level) => level.toUpperCase());
  if (!codes.every((code) => cefr.test(code))) return undefined;
  const sorted = [...new Set(codes)].sort((a, b) => cefrOrder.indexOf(a) - cefrOrder.indexOf(b));
  const range = sorted.length === 1 ? sorted[0] : `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return `${language} (${range})`;
}

const asLine = (text: string): ResumeLine => ({ text, bullet: false, markdownHeading: false });

// The headings of a section that holds a driving licence only, as find-sections.ts knows them.
const licenceName =
  /(?:driv(?:ing|er'?s)\s+licen[cs]es?|führerschein|rijbewijs|prawo\s+jazdy|permis\s+de\s+conduire|(?:carnet|permiso)\s+de\s+conducir|carta\s+de\s+condução|patente\s+di\s+guida|körkort|kørekort|førerkort|řidičský\s+průkaz|vodičský\s+preukaz|jogosítvány|vozačka\s+dozvola|permis\s+de\s+conducere)/iu;
// "Driving licence", "Prawo jazdy / Driving licence": a bilingual heading names it twice.
const licenceHeading = new RegExp(`^${licenceName.source}(?:\\s*/\\s*${licenceName.source})?\\s*:?$`, 'iu');
// "Prawo jazdy kat. B, C", "Driving licence: cat. B": the licence and its categories on one line of a certificates section.
const licenceWithCategories = new RegExp(
  `^${licenceName.source}(?:\\s*/\\s*${licenceName.source})?\\s*[:–—-]?\\s*((?:categor(?:y|ies)|kategori[ae]|cat\\.?|kat\\.?)\\s*:?\\s*[A-E][A-E0-9+]*(?:\\s*[,;/]\\s*(?:(?:cat|kat)\\.?\\s*)?[A-E][A-E0-9+]*)*)$`,
  'iu',
);

// "Category B, C1", "Kat. B", "B": the categories, kept together as one licence.
function licenceLine(categories: string): ResumeLine {
  const named = categories
    .trim()
    .split(/\s*[,;/]\s*/)
    .map((category) => category.replace(/^(?:categor(?:y|ies|ía|ia|ie)|kategor(?:ie|ia|i)|klasse|cat\.?|kat\.?)\s*:?\s*/iu, '').trim())
    .filter(Boolean);
  return asLine(`Driving licence ${named.join(' and ')}`);
}

/** What a section's labelled personal lines hold, taken out of it. */
export interface PersonalLines {
  sections: ResumeSection[];
  /** Lines for the spoken languages: "Polish (native)", "English (B2–C1)". */
  languages: ResumeLine[];
  /** Lines for the certificates, one each: "VCA Basis (2015)", "Driving licence B". */
  certificates: ResumeLine[];
}

/**
 * Takes a form's labelled language, certificate and licence lines out of the sections they
 * were printed in (its "Personal skills" block), as languages and certificates.
 *
 * @example
 * const { languages } = takePersonalLines(sections);
 * languages.map((line) => line.text); // ['Polish (native)', 'English (B2–C1)']
 */
export function takePersonalLines(sections: readonly ResumeSection[]): PersonalLines {
  const languages: ResumeLine[] = [];
  const certificates: ResumeLine[] = [];
  // Only a form says "Mother tongue:" or "Other languages:": elsewhere a "Certifications: …" line
  // inside Skills is a group of skills, as its author filed it.
  const formShaped = sections.some((section) => section.lines.some((line) => motherTongue.test(line.text.trim()) || otherLanguages.test(line.text.trim())));
  const kept = sections.map((given) => {
    let section = given;
    if (section.kind === 'work' || section.kind === 'education' || section.kind === 'projects') return section;
    // "DRIVING LICENCE" / "Category B": a section of its own for the one licence.
    if (section.kind === 'certificates' && licenceHeading.test(section.heading.trim())) {
      const categories = section.lines.map((line) => line.text.trim()).filter(Boolean);
      if (categories.length > 0 && categories.every((text) => text.split(/\s+/).length <= 6)) {
        certificates.push(licenceLine(categories.join(', ')));
        return { ...section, lines: [] };
      }
    }
    // "Prawo jazdy kat. B, C" among the certificates: one licence with its categories.
    if (section.kind === 'certificates' && section.lines.some((line) => licenceWithCategories.test(line.text.trim()))) {
      const lines = section.lines.filter((line) => {
        const match = licenceWithCategories.exec(line.text.trim());
        if (match) certificates.push(licenceLine(match[1] ?? ''));
        return !match;
      });
      section = { ...section, lines };
    }
    if (!formShaped) return section;
    const lines: ResumeLine[] = [];
    let inGrid = false;
    // "ENGLISH" / "C1 ⇥ C1": the Europass editor prints each language's name over its row of levels.
    let named: string | undefined;
    for (const line of section.lines) {
      const text = line.text.trim();
      const tongue = motherTongue.exec(text);
      const others = otherLanguages.exec(text);
      const certified = certificatesLine.exec(text);
      const licence = drivingLicence.exec(text);
      if (tongue) {
        languages.push(...(tongue[1] ?? '').split(/[,;/]|\band\b/).map((each) => each.trim()).filter(Boolean).map((each) => asLine(`${each} (native)`)));
        inGrid = false;
      } else if (others) {
        const rest = (others[1] ?? '').trim();
        if (rest) languages.push(asLine(rest));
        inGrid = rest === '';
      } else if (inGrid && text !== '' && cells(text).every((cell) => cell.split(/\s+/).every((word) => gridHeaderWords.test(word)))) {
        // The grid's own header row.
      } else if (inGrid && gridRow(text)) {
        languages.push(asLine(gridRow(text) ?? ''));
      } else if (inGrid && named === undefined && /^\p{L}[\p{L} ]{1,30}$/u.test(text) && text.split(/\s+/).length <= 3) {
        named = text;
      } else if (inGrid && text !== '' && cells(text).every((cell) => cefr.test(cell.toUpperCase()))) {
        // The levels under a language's name; under the grid's later headers ("SPEAKING" / "C1" / "B2"), levels of
        // languages already named, which their first row stands for.
        if (named) languages.push(asLine(gridRow(`${named}\t${text}`) ?? named));
        named = undefined;
      } else if (inGrid && gridLegend.test(text)) {
        // "Levels: A1 and A2: Basic user; …": the grid's legend.
      } else if (certified) {
        certificates.push(...(certified[1] ?? '').split(/;\s*/).map((each) => each.trim()).filter(Boolean).map(asLine));
        inGrid = false;
      } else if (licence) {
        certificates.push(licenceLine(licence[1] ?? ''));
        inGrid = false;
      } else {
        if (text !== '') inGrid = false;
        if (named) lines.push(asLine(named));
        named = undefined;
        lines.push(line);
      }
    }
    return lines.length === section.lines.length ? section : { ...section, lines };
  });
  return { sections: kept, languages, certificates };
}
