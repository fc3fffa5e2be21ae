/**
 * The fields years are asked in when a posting names alternatives: "3+ years teaching or
 * instructional design", "5 years of experience in nursing or a related field", "4+ years in
 * software engineering or data analysis". Years in any of them count, so a teacher's decade
 * counts for "teaching or instructional design" whatever field the title reads as.
 */
import { fieldRelatedness, jobFieldOf, jobFields, type JobField } from './job-field.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';

// What follows the number: "years of (relevant) experience in|as|of …", then the fields asked.
// The same in the languages postings near English ones are written in: "3 jaar ervaring in planning or warehouse operations".
const afterNumber =
  /^\S*?\s*\+?\s*(?:(?:-|–|to|tot|bis)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|jaar|jaren|jahre?n?|ans|années|años|anos|anni|lata?)['’]?\s+(?:(?:of|de|d['’]|di)\s*)?(?:(?:relevant|professional|paid|proven|practical|hands-on|full-time|relevante|professionnelle)\s+)?(?:(?:experience|work(?:ing)?|(?:werk)?ervaring|(?:berufs)?erfahrung|expérience|experiencia|experiência|esperienza)\s+)?(?:(?:in|as|of|within|across|doing|als|im|en|em|na|no|dans|w)\s+)?(?:(?:an?|the|de|het|der|la|le|el|een)\s+)?(.+)$/iu;
// The phrase ends before a new clause: "…design, with a portfolio", "… or design; WCAG".
const phraseEnd = /[.;:!?()]|,\s*(?:with|including|ideally|preferably|where|and)\b|\s+(?:with|including|where|who|which|ideally|preferably|is|are|at|for)\s/i;
const relatedField = /^(?:a\s+)?(?:related|similar|relevant|comparable|adjacent)\s+(?:field|area|discipline|role|profession|setting)s?$/i;

/**
 * The fields a years requirement names as alternatives, or undefined when it names one field
 * or none. "or a related field" adds the fields close to the one named.
 *
 * @example
 * yearsFieldsOf('3+ years teaching or instructional design', vocabulary); // ['education']
 * yearsFieldsOf('5 years in nursing or a related field', vocabulary); // ['healthcare']
 */
export function yearsFieldsOf(afterYears: string, vocabulary: SkillVocabulary): JobField[] | undefined {
  const phrase = afterNumber.exec(afterYears)?.[1];
  if (!phrase) return undefined;
  const end = phraseEnd.exec(phrase);
  const asked = (end ? phrase.slice(0, end.index) : phrase).replace(/\s+experience$/i, '').trim();
  if (!/\s(?:or|and\/or)\s|\//i.test(asked)) return undefined;
  const parts = asked.split(/\s*(?:,|\bor\b|\band\/or\b|\/)\s*/i).map((part) => part.replace(/\s+experience$/i, '').trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const fields = new Set<JobField>();
  let related = false;
  for (const part of parts) {
    if (relatedField.test(part)) related = true;
    else {
      const field = jobFieldOf(part, vocabulary);
      if (field) fields.add(field);
    }
  }
  if (fields.size === 0) return undefined;
  if (related) {
    for (const named of [...fields]) for (const other of jobFields) if (fieldRelatedness(named, other) >= 0.3) fields.add(other);
  }
  return fields.size > 1 || related || parts.length >= 2 ? [...fields] : undefined;
}
