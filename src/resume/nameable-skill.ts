/**
 * Whether a posting's skill can be named in a sentence as a skill: the writers' letters and prep
 * packs, and the resume edits, name skills and gaps only through these, so a posting's whole
 * line, a contract term or a line in another language is never pasted in as if it were a skill.
 */
import { postingLanguage } from './posting-language.ts';
import { mentionsSkill } from './skill-tokenizer.ts';
import { loadSkillVocabulary, phraseKey } from './skill-vocabulary.ts';

/**
 * Whether a matched item reads as a skill in a sentence ("Ventilator management", "Transporeon"),
 * not a posting's whole line ("Registered nurse with NMBI", "3+ years of …"), a certificate's
 * wording, or half a table cell cut to a lone adjective ("Instructional").
 *
 * @example
 * writableSkill('Instructional'); // false
 */
export function writableSkill(skill: string): boolean {
  const words = skill.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  if (/\b(?:with|years?|knowledge|certifi\w*|licen[cs]e|card|registered|degree)\b/i.test(skill)) return false;
  if (/[(][^)]*$|^[^(]*[)]/.test(skill)) return false;
  return !(words.length === 1 && /^\p{Lu}\p{Ll}+(?:al|ive|ic|ary|ional)$/u.test(skill) && !loadSkillVocabulary().byName.has(skill.toLowerCase()));
}

// Words that make a posting's line a clause, not a skill's name: "CHRP designation or working toward it".
const clauseWords = /(?<![\p{L}])(?:it|its|toward|towards|you|your|we|our|us|they|their)(?![\p{L}])/iu;

/**
 * Whether a posting's skill can be named in an English sentence as the name of a skill: a
 * {@link writableSkill}, not a list or a clause ("Full-time, permanent", "CHRP designation or
 * working toward it"), and for a posting written in another language a name that reads the same
 * in English (a tool, a standard, an acronym: "SCORM", "Primavera P6"), never a line of that
 * posting ("Abgeschlossenes Studium im Maschinenbau") pasted into an English letter.
 *
 * @example
 * namesASkill('Unbefristete Festanstellung, Vollzeit', 'Wir suchen …'); // false
 * namesASkill('SCORM', 'Se valorará experiencia con SCORM'); // true
 * namesASkill('Articulate Storyline', 'Diseñar cursos con Articulate Storyline', 'Skills: Articulate Storyline'); // true
 */
export function namesASkill(skill: string, postingDescription: string, resumeText = ''): boolean {
  if (!writableSkill(skill) || /[,;:]/.test(skill) || clauseWords.test(skill)) return false;
  if (!postingLanguage(postingDescription)) return true;
  // The person's own words name it too ("Articulate Storyline" in their skills): the letter says it as they do.
  const theirs = resumeText !== '' && mentionsSkill(resumeText, skill);
  return theirs || loadSkillVocabulary().lookup.has(phraseKey(skill)) || /\p{Lu}{2,}|\d/u.test(skill);
}

/**
 * Whether a skill of two words or more is the job itself, every word of it in the posting's
 * title ("product management" for a Product Manager): not a skill a career changer is told to learn.
 *
 * @example
 * namesTheJob('Product management', 'Product Manager, Payments'); // true
 */
export function namesTheJob(skill: string, title: string): boolean {
  const roots = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => word.slice(0, 5));
  const titleRoots = new Set(roots(title));
  const skillRoots = roots(skill);
  return skillRoots.length > 1 && skillRoots.every((root) => titleRoots.has(root));
}
