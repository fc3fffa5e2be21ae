import { languagesIn } from '../../resume/spoken-languages.ts';
import { loadSkillVocabulary, phraseKey } from '../../resume/skill-vocabulary.ts';

/** What a posting asks the person to do, and what it asks them to bring, as it words them. */
export interface PostingOutline {
  responsibilities: string[];
  requirements: string[];
}

const bulletPattern = /^\s*(?:[-*•·–▪]|\d+[.)])\s+(.+?)\s*$/u;
// And as German postings head them: "Deine Aufgaben", "Das erwartet dich"; "Dein Profil", "Das bringst du mit".
const responsibilityHeading =
  /responsib|what you('|’)?ll do|what you will do|you will|the role|your role|day[- ]to[- ]day|duties|in this role|your impact|the job|aufgaben|(?:deine|ihre) rolle|(?:das|was) (?:dich|sie) erwartet|(?:das|was) erwartet (?:dich|sie)|tätigkeiten|(?:dein|ihr) arbeitsalltag/i;
const requirementHeading =
  /requirement|qualif|looking for|you have|you bring|about you|must|skills|experience|nice to have|bonus|plus|who you are|profil|bringst du mit|bringen sie mit|mitbring|anforderungen|voraussetzungen|kenntnisse|wünschenswert|von vorteil|zeichnet (?:dich|sie) aus/i;

// "3+ years in…", "Lead Auditor ISO 22000 qualification", "Strong HACCP knowledge", "Fluent Spanish and English; driving licence".
const bringing =
  /^\d+\s*\+?\s*(?:[-–]\s*\d+\s*)?(?:years?|yrs)\b|\b(?:years? (?:of|in|as)|qualification|qualified|degree|diploma|licen[cs]e|certificat\w*|certified|knowledge|fluent|fluency|native speaker|proficien\w*|familiar\w*|understanding of|experience (?:in|with|of)|ability to|able to|must have|required|is a plus|nice to have|level \d)\b|^(?:strong|solid|proven|excellent|good|hands-on|demonstrable|working)\s/i;
// "Experience working in or with schools is desirable", "Tableau or Power BI dashboard experience", "Advanced Excel and SQL".
const bringingMore = /^(?:experience|advanced|expert|basic)\b|\bexperience$|\b(?:is|are|would be)\s+(?:desirable|essential|preferred|an advantage|a plus|beneficial)\b|\b(?:desirable|essential)$/i;
const asksToBring = (bullet: string) => bringing.test(bullet) || bringingMore.test(bullet) || languagesIn(bullet).length > 0 || onlySkills(bullet);

// A bullet that is nothing but skills ("SQL and Python or R", "Tableau"): something to bring, not a duty.
function onlySkills(bullet: string): boolean {
  const { lookup } = loadSkillVocabulary();
  const words = bullet.split(/[\s,/()]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => /^(?:and|or|&|\+|plus|similar|e\.g\.?|etc\.?)$/i.test(word) || lookup.has(phraseKey(word)));
}
// Where and on what terms the work is done ("Hybrid: 2 days in the Manchester office", "Salary £36,000"): neither a duty nor something to bring.
const workingTerms = /^(?:hybrid|remote|fully remote|on-?site|office[- ]based|salary|pay|benefits?|full[- ]time|part[- ]time|permanent|fixed[- ]term|contract|hours|location)\b/i;

type Section = 'responsibilities' | 'requirements' | 'other' | 'none';

function sectionOf(line: string): Section | undefined {
  const text = line.trim().replace(/^#+\s*/, '');
  const looksLikeHeading = text.endsWith(':') || (text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text));
  if (!text || !looksLikeHeading || bulletPattern.test(line)) return undefined;
  if (responsibilityHeading.test(text)) return 'responsibilities';
  if (requirementHeading.test(text)) return 'requirements';
  return 'other';
}

/**
 * Reads a plain-text posting's bullet points into responsibilities and requirements by the
 * headings above them ("What you'll do", "Requirements", …). Bullets under no recognised
 * heading count as responsibilities; a posting without bullets yields its "you will" sentences.
 *
 * @example
 * postingOutline("What you'll do:\n- Build APIs\nRequirements:\n- TypeScript").responsibilities; // ['Build APIs']
 */
export function postingOutline(description: string): PostingOutline {
  const outline: PostingOutline = { responsibilities: [], requirements: [] };
  let section: Section = 'none';
  for (const line of description.split(/\r?\n/)) {
    const bullet = bulletPattern.exec(line)?.[1]?.replace(/[.;]$/, '');
    if (bullet) {
      if (workingTerms.test(bullet)) continue;
      // Under no heading, a bullet that asks for something the person brings (years, a
      // qualification, knowledge, a language, a licence) is a requirement, never a duty.
      if (section === 'requirements' || (section === 'none' && asksToBring(bullet))) outline.requirements.push(bullet);
      else if (section !== 'other') outline.responsibilities.push(bullet);
      continue;
    }
    section = sectionOf(line) ?? section;
  }
  if (outline.responsibilities.length === 0 && outline.requirements.length === 0) {
    outline.responsibilities = (description.match(/[^.!?\n]*\byou(?:'|’)?ll\b[^.!?\n]*|[^.!?\n]*\byou will\b[^.!?\n]*/gi) ?? [])
      .map((sentence) => sentence.trim())
      .filter(Boolean);
  }
  return outline;
}
