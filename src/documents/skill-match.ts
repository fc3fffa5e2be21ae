import { isHeldCredential } from '../resume/credential-status.ts';
import { listedSkills } from '../resume/listed-skills.ts';
import { languagesIn, spokenLanguages } from '../resume/spoken-languages.ts';
import { mentionsSkill } from '../resume/skill-tokenizer.ts';
import { loadSkillVocabulary, skillKey } from '../resume/skill-vocabulary.ts';
import type { WriterPosting, WriterResume } from './writer-input.ts';

/** Everything the resume says, as one text to search for skills. */
export function resumeText(resume: WriterResume): string {
  const parts: (string | undefined)[] = [resume.basics?.label, resume.basics?.summary];
  for (const work of resume.work ?? []) parts.push(work.position, work.summary, ...(work.highlights ?? []));
  for (const project of resume.projects ?? []) parts.push(project.name, project.description, ...(project.highlights ?? []));
  for (const skill of resume.skills ?? []) parts.push(skill.name, ...(skill.keywords ?? []));
  for (const education of resume.education ?? []) parts.push(education.area, education.studyType);
  return parts.filter((part): part is string => Boolean(part)).join('\n');
}

/** Which of a posting's skills the resume shows, and which it lacks. */
export interface SkillMatch {
  /** Posting skills with evidence in the resume, required ones first, spelled as the posting does. */
  matched: string[];
  /** Posting skills without evidence in the resume, required ones first. */
  missing: string[];
  /** The posting's required skills (as given). */
  required: string[];
}

function uniqueByKey(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skillKey(skill);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Compares a posting's skills with a resume. When the match ran (`matchedSkills` and
 * `missingSkills` on the posting), its verdicts are the one source of truth: a letter or a prep
 * pack never calls a matched skill a gap, and its gaps are exactly the match's missing ones
 * (never a language the resume lists). A matched skill is still claimed only when the resume
 * backs it in words, so a letter never claims what the person did not state. Without a match,
 * the posting's skills are split by evidence in the resume; the resume's own skills that the
 * description mentions are matches too.
 *
 * @example
 * matchSkills(resume, { ...posting, requiredSkills: ['TypeScript', 'Kubernetes'] });
 * // { matched: ['TypeScript'], missing: ['Kubernetes'], required: ['TypeScript', 'Kubernetes'] }
 */
export function matchSkills(resume: WriterResume, posting: WriterPosting): SkillMatch {
  const text = resumeText(resume);
  const listedKeys = new Set(listedSkills(resume).map((skill) => skillKey(skill)));
  const shown = (skill: string) => listedKeys.has(skillKey(skill)) || mentionsSkill(text, skill);

  const required = uniqueByKey(posting.requiredSkills ?? []);
  const fromDescription = listedSkills(resume).filter((skill) => mentionsSkill(posting.description, skill));
  const requiredKeys = new Set(required.map((skill) => skillKey(skill)));
  const requiredFirst = (skills: string[]) => [
    ...skills.filter((skill) => requiredKeys.has(skillKey(skill))),
    ...skills.filter((skill) => !requiredKeys.has(skillKey(skill))),
  ];
  if (posting.matchedSkills !== undefined || posting.missingSkills !== undefined) {
    const matchedKeys = new Set((posting.matchedSkills ?? []).map((skill) => skillKey(skill)));
    const words = resumeWords(resume, text);
    const spoken = new Set(spokenLanguages(resume));
    const matched = uniqueByKey([...(posting.matchedSkills ?? []), ...fromDescription]).filter((skill) => shown(skill) || backedByWords(skill, words));
    const missing = uniqueByKey(posting.missingSkills ?? []).filter(
      (skill) =>
        !matchedKeys.has(skillKey(skill)) &&
        !matched.some((have) => skillKey(have) === skillKey(skill) || coversSkill(have, skill)) &&
        !spoken.has(languagesIn(skill).join(' or ')),
    );
    return { matched: requiredFirst(matched), missing: requiredFirst(missing), required };
  }
  const postingSkills = uniqueByKey([...required, ...(posting.niceToHaveSkills ?? []), ...fromDescription]);
  const matched = postingSkills.filter(shown);
  return {
    matched: requiredFirst(matched),
    missing: requiredFirst(postingSkills.filter((skill) => !matched.includes(skill) && !matched.some((have) => coversSkill(have, skill)))),
    required,
  };
}

/**
 * Whether a skill shown is a more specific form of another, so the other is no gap: the
 * vocabulary says it implies it ("PostgreSQL" → SQL, "SAP EWM" → SAP), or its name is the other's
 * name and more ("SAP EWM" for "SAP", "AWS Lambda" for "AWS"). A prep pack never lists a skill
 * among the strongest matches and its broader name as one to prepare.
 *
 * @example
 * coversSkill('SAP EWM', 'SAP'); // true
 * coversSkill('Salesforce CPQ', 'Salesforce'); // true
 * coversSkill('SAP', 'SAP EWM'); // false
 */
export function coversSkill(shown: string, asked: string): boolean {
  const vocabulary = loadSkillVocabulary();
  const askedKey = skillKey(asked, vocabulary);
  const definition = vocabulary.byName.get(skillKey(shown, vocabulary));
  // A name the vocabulary knows says what it implies ("Visual Studio Code" is not Visual Studio).
  if (definition) return definition.implies?.some((generic) => generic.toLowerCase() === askedKey) ?? false;
  const shownWords = shown.toLowerCase().split(/\s+/).filter(Boolean);
  const askedWords = asked.toLowerCase().split(/\s+/).filter(Boolean);
  return askedWords.length > 0 && shownWords.length > askedWords.length && askedWords.every((word, index) => shownWords[index] === word) && !vocabulary.ambiguousKeys.has(askedKey);
}

const minorWords = new Set('and or of in on for with the a an to as at by from our your their'.split(' '));
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter((word) => word.length > 1 && !minorWords.has(word));
// "legislation" and "legislative", "declarations" and "declaration": the first five letters.
const root = (word: string) => word.slice(0, 5);

function resumeWords(resume: WriterResume, text: string): ReadonlySet<string> {
  // A certificate with a status word ("application in progress") backs no skill the letter would claim.
  const certificates = (resume.certificates ?? []).filter((certificate) => isHeldCredential(certificate)).map((certificate) => `${certificate.name ?? ''} ${certificate.issuer ?? ''}`).join(' ');
  const languages = (resume.languages ?? []).map((language) => language.language ?? '').join(' ');
  return new Set(wordsOf(`${text} ${certificates} ${languages}`).map(root));
}

// A skill the match read from a posting's own line ("Belgian payroll legislation") is backed when
// the resume has at least two thirds of its words, as the match counts a requirement line met.
function backedByWords(skill: string, words: ReadonlySet<string>): boolean {
  const wanted = wordsOf(skill.replace(/\([^)]*\)/g, ' '));
  return wanted.length > 0 && wanted.filter((word) => words.has(root(word))).length / wanted.length >= 2 / 3;
}

/**
 * Whether a posting names a skill in words of its own, not only by a broader word the skill's
 * name shares: "TIG welding" is not named by a posting that says only "welding" (the
 * vocabulary counts them one skill, but a letter saying "TIG welding, which the role also
 * lists" would claim something the posting never asked). A skill named only by an alias none
 * of its words share ("JS" for "JavaScript") is named.
 *
 * @example
 * namedByPosting('TIG welding', 'Welding Inspector: CSWIP 3.1 required'); // false
 * namedByPosting('Pipe welding', '5+ years pipe welding on 6G'); // true
 */
export function namedByPosting(skill: string, postingText: string): boolean {
  const posted = wordsOf(postingText);
  const words = wordsOf(skill.replace(/\([^)]*\)/g, ' '));
  const found = words.filter((word) => posted.some((other) => other === word || (word.length >= 5 && other.startsWith(root(word)))));
  return found.length === 0 || found.length === words.length;
}
