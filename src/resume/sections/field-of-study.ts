/**
 * Words that name a field of study ("Computer Science", "Building Services Engineering",
 * "Ingegneria Meccanica", "Bauingenieurwesen"), so a word after a school's name can be told
 * apart from the town the school is in ("Riverside High School, Millbrook").
 */

// Whole words, in English and the languages CVs are most often written in.
const fieldWords = [
  'science', 'sciences', 'studies', 'study', 'engineering', 'management', 'administration', 'arts', 'art', 'nursing',
  'business', 'economics', 'finance', 'accounting', 'accountancy', 'commerce', 'law', 'laws', 'medicine', 'design',
  'mathematics', 'maths', 'math', 'physics', 'chemistry', 'biology', 'history', 'philosophy', 'literature', 'english',
  'languages', 'linguistics', 'education', 'computing', 'informatics', 'information', 'technology', 'communication',
  'communications', 'marketing', 'music', 'architecture', 'pharmacy', 'geography', 'politics', 'journalism', 'media',
  'theology', 'agriculture', 'analytics', 'data', 'software', 'mechanics', 'electronics', 'energy', 'health', 'care',
  'hospitality', 'tourism', 'logistics', 'robotics', 'automation', 'humanities', 'social',
  'environmental', 'mechanical', 'electrical', 'civil', 'chemical', 'computer', 'applied', 'public', 'international',
  'culinary', 'fine', 'dental', 'midwifery', 'dentistry', 'therapy', 'physiotherapy', 'radiography', 'optometry', 'veterinary', 'nutrition', 'psychology', 'sociology', 'statistics', 'supply', 'chain',
  // Other languages: "Informatik", "Ingegneria", "Engenharia", "Ingeniería", "Ekonomi", "Ilmu", "Teknik".
  'informatik', 'informatique', 'informatica', 'informática', 'ingegneria', 'engenharia', 'ingeniería', 'ingénierie',
  'génie', 'wirtschaft', 'betriebswirtschaft', 'maschinenbau', 'elektrotechnik', 'rechtswissenschaft', 'medizin',
  'économie', 'economia', 'economía', 'ekonomi', 'ekonomia', 'økonomi', 'ilmu', 'teknik', 'teknologi', 'budownictwo',
  'mecânica', 'meccanica', 'mecánica', 'mécanique', 'administração', 'administración', 'direito', 'derecho', 'diritto',
  'scienze', 'ciências', 'ciencias', 'matematica', 'matemática', 'mathématiques', 'fisica', 'física',
  'histoire', 'storia', 'historia', 'história', 'geschichte', 'lettres', 'lettere', 'letras', 'droit', 'philosophie',
  'filosofia', 'filosofía', 'pédagogie', 'pedagogia', 'pedagogía', 'éducation', 'educação', 'educación', 'educazione',
  'enfermagem', 'enfermería', 'infermieristica', 'pflege', 'chimie', 'química', 'chimica', 'chemie', 'biologie',
  'architettura', 'arquitetura', 'arquitectura', 'médecine', 'medicina', 'comptabilité', 'contabilidade', 'contabilidad', 'contaduría', 'contaduria', 'finanzas', 'finanças',
  // Dutch: "Commerciële Economie", "Bedrijfseconomie", "Rechten", "Communicatie", "Werktuigbouwkundige Techniek".
  'economie', 'bedrijfseconomie', 'rechten', 'communicatie', 'techniek',
];
const fieldWordPattern = new RegExp(`(?<![\\p{L}])(?:${fieldWords.join('|')})(?![\\p{L}])`, 'iu');
// Fields named by their ending: "Psychology", "Mathematics", "Bauingenieurwesen", "Wirtschaftswissenschaften".
const fieldEndingPattern = /\p{L}(?:ology|ologie|ologia|ología|ics|ik|wesen|wissenschaften?|kunde|økonomi|ekonomi)(?![\p{L}])/iu;

/**
 * Whether text names a field of study rather than a place or a person.
 *
 * @example
 * namesFieldOfStudy('Electrical Engineering'); // true
 * namesFieldOfStudy('Millbrook'); // false
 */
export function namesFieldOfStudy(text: string): boolean {
  return fieldWordPattern.test(text) || fieldEndingPattern.test(text);
}
