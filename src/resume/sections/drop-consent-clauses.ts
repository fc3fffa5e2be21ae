/**
 * The data-protection consent clause many European CVs end with ("I hereby consent to the
 * processing of my personal data…", "Wyrażam zgodę na przetwarzanie moich danych osobowych…",
 * "Ich willige ein, dass meine personenbezogenen Daten…") is no part of any section: left in, it
 * becomes a highlight of the last job or a line of the last school.
 */
import { headingKind } from './find-sections.ts';
import type { ResumeLine } from './resume-lines.ts';

// How the clause starts, in the languages it is most often written in.
const clauseStarts: readonly RegExp[] = [
  // English
  /^(?:I\s+)?(?:hereby\s+)?(?:give\s+(?:my\s+)?consent|consent|agree|authori[sz]e)\s+(?:to\s+)?(?:the\s+)?(?:processing|process|use)\b/i,
  /^(?:I\s+)?hereby\s+(?:give|grant|declare)\b.{0,60}\b(?:consent|personal data)/i,
  // Polish
  /^(?:Niniejszym\s+)?(?:Wyrażam|Wyrażam\s+dobrowolnie|Zgadzam\s+się)\s+(?:zgodę\s+)?na\s+przetwarzanie/iu,
  // German
  /^(?:Hiermit|Ich)\s+(?:(?:ich|willige|stimme|erkläre)\s+)+.{0,80}\b(?:Daten|Verarbeitung|einverstanden)/iu,
  /^Ich\s+(?:bin\s+damit\s+einverstanden|willige\s+ein)/iu,
  // French, Spanish, Italian, Portuguese
  /^J['’](?:accepte|autorise)\b.{0,60}\b(?:traitement|données)/iu,
  /^Je\s+consens\b/iu,
  /^(?:Doy\s+mi\s+consentimiento|(?:Autorizo|Consiento)\s+(?:el\s+|al\s+)?tratamiento)/iu,
  /^(?:Autorizzo|Acconsento\s+al)\s+(?:il\s+)?trattamento\s+dei\s+(?:miei\s+)?dati/iu,
  /^(?:Autorizo|Consinto)\s+o\s+tratamento/iu,
  // Dutch, Czech, Slovak
  /^Ik\s+geef\s+(?:hierbij\s+)?toestemming\b/iu,
  /^(?:Souhlasím|Súhlasím)\s+(?:se|so)\s+(?:zpracováním|spracovaním)/iu,
];

/** A clause stops at the end of its sentence; a wrapped one rarely runs longer than this. */
const longestClause = 8;

/**
 * The lines without the consent clause and the lines it wrapped onto.
 *
 * @example
 * dropConsentClauses(toResumeLines('• Ran the build farm\nI hereby consent to the processing of my personal data.')).length; // 1
 */
export function dropConsentClauses(lines: readonly ResumeLine[]): ResumeLine[] {
  const kept: ResumeLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as ResumeLine;
    if (!clauseStarts.some((pattern) => pattern.test(line.text))) {
      kept.push(line);
      continue;
    }
    // The clause goes on until its sentence ends, a blank line, or a new bullet.
    let end = index;
    while (end + 1 < lines.length && end - index < longestClause && !/[.!]["”)]?$/u.test(lines[end]?.text ?? '')) {
      const next = lines[end + 1] as ResumeLine;
      if (next.text === '' || next.bullet || next.markdownHeading || headingKind(next.text)) break;
      end++;
    }
    index = end;
  }
  return kept;
}
