/**
 * The edits a careers adviser suggests when a posting's requirements are phrases rather than
 * skill names ("EHR optimisation or superuser roles", "deviation investigations"): lead with
 * the bullet that comes closest to a gap, move a matching skill up the list, use the
 * posting's word where the resume says the same thing in another, and say plainly what no
 * wording can meet (a licence not held, years not worked).
 */
import type { JsonResume } from '../protocol/json-resume.ts';
import type { MatchResult, PreparedResume } from './match.ts';
import { termStem } from './match/salient-terms.ts';
import { findSkills, findSkillNames } from './skill-tokenizer.ts';
import { tokenizeSkillText } from './skill-tokens.ts';
import { readsWhole } from './whole-line.ts';

/** The kinds of edit this module suggests (besides those of `optimize.ts`). */
export type AdviserEditKind = 'lead-bullet' | 'posting-word' | 'skill-order' | 'not-wording';

export interface AdviserEdit {
  kind: AdviserEditKind;
  target: string;
  suggestion: string;
  reason: string;
}

/** How far down a Skills list a skill the posting requires may sit before it is worth moving up. */
const skillsSeenFirst = 5;

/** A bullet as edits quote it. */
const quoted = (text: string): string => (text.length <= 80 ? text : `${text.slice(0, 77)}…`);

/**
 * Content words of a phrase by their root, each with the word as written, so "registration" meets "registered" and
 * "booking" meets "booked"; "super-user" and "superuser" are one word; stop words and words every posting uses are not counted.
 */
function contentWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  const add = (said: string, joined: string = said) => {
    const [token] = tokenizeSkillText(joined);
    const root = token ? termStem(token)?.slice(0, 6) : undefined;
    if (root && !words.has(root)) words.set(root, said);
  };
  for (const [compound] of text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) add(compound, compound.replace(/-/g, ''));
  for (const token of tokenizeSkillText(text)) add(token.text);
  return words;
}

/**
 * For each required skill or phrase the resume does not show, the bullet of the three latest
 * roles that comes closest to it (words or skills in common): to lead its role with, in the
 * posting's words if that is what the person did (a bullet already first is reworded). For a
 * requirement said as a phrase that the resume does meet, the bullet that meets it, when it is
 * not its role's first: to lead with.
 *
 * @example
 * closestBullets(prepared, { missing: ['EHR optimisation or superuser roles'], met: [] }, new Set());
 * // [{ kind: 'lead-bullet', target: 'Riverside Hospital', suggestion: 'Lead Riverside Hospital with "EPR super-user for …" …', … }]
 */
export function closestBullets(
  prepared: PreparedResume,
  requirements: { missing: readonly string[]; met: readonly string[] },
  alreadyMoved: ReadonlySet<string>,
): AdviserEdit[] {
  const lines = (prepared.resume.work ?? []).slice(0, 3).flatMap((work) =>
    (work.highlights ?? []).flatMap((text, index) =>
      readsWhole(text) ? [{ text, index, where: work.name ?? work.position ?? 'work history', words: contentWords(text), skills: new Set(findSkillNames(text, prepared.vocabulary)) }] : [],
    ),
  );
  const used = new Set<string>(alreadyMoved);
  const closest = (requirement: string) => {
    const wanted = [...contentWords(requirement).keys()];
    const skills = findSkillNames(requirement, prepared.vocabulary);
    const rated = lines
      .map((line) => {
        const words = wanted.flatMap((root) => line.words.get(root) ?? []);
        const shared = skills.filter((name) => line.skills.has(name));
        return { line, words, shared, rating: shared.length * 2 + words.length };
      })
      // One common word of several ("method" of "method transfer or method validation") is chance, not closeness.
      .filter((entry) => entry.shared.length > 0 || entry.words.length >= Math.min(2, wanted.length))
      .sort((a, b) => b.rating - a.rating || a.line.index - b.line.index);
    const best = rated[0];
    if (!best) return undefined;
    const common = best.shared.length > 0 ? best.shared.join(', ') : [...new Set(best.words)].map((word) => `"${word}"`).join(', ');
    return { line: best.line, common };
  };
  const edits: AdviserEdit[] = [];
  for (const requirement of requirements.missing) {
    const best = closest(requirement);
    if (!best) continue;
    const { line, common } = best;
    const said = `"${quoted(line.text)}"`;
    const moved = used.has(line.text);
    used.add(line.text);
    const suggestion = moved
      ? `Say ${said} in the posting's words ("${requirement}") if that is what you did.`
      : line.index === 0
        ? `Reword the first bullet under ${line.where}, ${said}, in the posting's words ("${requirement}") if that is what you did.`
        : `Lead ${line.where} with ${said}, and say it in the posting's words ("${requirement}") if that is what you did.`;
    const reason = `The posting requires "${requirement}", which your resume does not show as such; this bullet comes closest (${common}), and readers skim the first bullet of each role.`;
    edits.push({ kind: 'lead-bullet', target: line.where, suggestion, reason });
  }
  for (const requirement of requirements.met) {
    const best = closest(requirement);
    if (!best || best.line.index === 0 || used.has(best.line.text)) continue;
    used.add(best.line.text);
    edits.push({
      kind: 'lead-bullet',
      target: best.line.where,
      suggestion: `Lead ${best.line.where} with "${quoted(best.line.text)}".`,
      reason: `It shows "${requirement}", which the posting requires, and readers skim the first bullet of each role.`,
    });
  }
  return edits;
}

/**
 * Skills the posting asks for that the resume writes in other words ("EPR" for the posting's
 * "EHR"; "stakeholder communication" for "Stakeholder Management"): the posting's word to use,
 * since screening software and recruiters search for it.
 *
 * @example
 * postingWords(prepared, description, match)[0]?.suggestion; // 'Write "EHR" where your resume says "EPR" …'
 */
export function postingWords(prepared: PreparedResume, description: string, resumeText: string, match: MatchResult): AdviserEdit[] {
  const wanted = new Set([...match.breakdown.skills.required.matched, ...match.breakdown.skills.niceToHave.matched]);
  const folded = (text: string) => text.toLowerCase().replace(/[-\s]+/g, ' ').trim();
  const resumeFolded = folded(resumeText);
  const saidInPosting = new Map<string, string>();
  for (const mention of findSkills(description, prepared.vocabulary)) {
    if (wanted.has(mention.skill.name) && !saidInPosting.has(mention.skill.name)) saidInPosting.set(mention.skill.name, mention.text);
  }
  const saidInResume = new Map<string, string>();
  for (const mention of findSkills(resumeText, prepared.vocabulary)) {
    if (!saidInResume.has(mention.skill.name)) saidInResume.set(mention.skill.name, mention.text);
  }
  const edits: AdviserEdit[] = [];
  for (const [name, postingWord] of saidInPosting) {
    const resumeWord = saidInResume.get(name);
    if (!resumeWord || resumeFolded.includes(folded(postingWord))) continue;
    edits.push({
      kind: 'posting-word',
      target: 'Skills',
      suggestion: `Write "${postingWord}" where your resume says "${resumeWord}" (or both: "${resumeWord} (${postingWord})").`,
      reason: `It is the same thing, but the posting says "${postingWord}": screening software and recruiters search for the posting's word.`,
    });
  }
  for (const { requirement, shownAs } of match.breakdown.skills.partial) {
    edits.push({
      kind: 'posting-word',
      target: 'Skills',
      suggestion: `Your resume says "${shownAs}"; the posting says "${requirement}": if it is the same work, use the posting's words.`,
      reason: `It reads as only half met in the posting's terms, though it may be the same work.`,
    });
  }
  return edits;
}

/**
 * Skills the posting requires that the Skills section lists far down: to move to its front.
 *
 * @example
 * skillOrder(resume, ['Triage']); // [{ kind: 'skill-order', suggestion: 'Move Triage to the front of your Skills section.', … }]
 */
export function skillOrder(resume: JsonResume, prepared: PreparedResume, required: readonly string[]): AdviserEdit[] {
  const listed = (resume.skills ?? []).flatMap((group) => (group.keywords && group.keywords.length > 0 ? group.keywords : [group.name ?? ''])).filter(Boolean);
  const late = required.filter((name) => {
    const at = listed.findIndex((item) => findSkillNames(item, prepared.vocabulary, { skillsContext: true }).includes(name));
    return at >= skillsSeenFirst;
  });
  if (late.length === 0) return [];
  return [
    {
      kind: 'skill-order',
      target: 'Skills',
      suggestion: `Move ${late.join(', ')} to the front of your Skills section.`,
      reason: `The posting requires ${late.length > 1 ? 'them' : 'it'}, and a reader skimming the list stops after the first few.`,
    },
  ];
}

/**
 * What no wording can meet, said plainly: a licence, registration or other credential the
 * posting requires that the resume does not show held (listed in progress, or not at all),
 * and years the posting asks that the resume does not show. Never "add it to your skills".
 *
 * @example
 * notWording(match)[0]?.suggestion; // 'No wording meets "must hold a valid forklift licence": …'
 */
export function notWording(match: MatchResult): AdviserEdit[] {
  const edits: AdviserEdit[] = [];
  // A required line that names a credential ("Must hold a valid NHS Smartcard") but was read as a skill.
  for (const label of match.breakdown.skills.required.missing.filter(namesCredential)) {
    if (match.knockOuts.some((knockOut) => knockOut.toLowerCase() === label.toLowerCase())) continue;
    edits.push({
      kind: 'not-wording',
      target: 'Requirements',
      suggestion: `No wording meets "${label}": it is held or it is not. If you hold it, add it under Certificates with its number or date; if not, say in your letter when you expect it.`,
      reason: 'The posting requires it, and a recruiter checks it before anything else.',
    });
  }
  // (A degree or a language is shown in the resume's own words, which the reader may not have matched: not said here.)
  const credentials = match.conditions.filter(
    (condition) => condition.kind === 'licence' && condition.weighs && !condition.optional && condition.shownBy === null && !condition.eligibleBy,
  );
  const said = new Set<string>();
  for (const condition of credentials) {
    said.add(condition.requirement.toLowerCase());
    edits.push({
      kind: 'not-wording',
      target: 'Requirements',
      suggestion: condition.inProgress
        ? `No wording meets "${condition.requirement}": your resume says "${condition.inProgress}", and it must keep saying so until it is granted.`
        : `No wording meets "${condition.requirement}": it is held or it is not. If you hold it, add it under Certificates with its number or date; if not, say in your letter when you expect it, or look for postings that accept "eligible".`,
      reason: `${condition.mandatory ? 'The posting makes it a condition of the job' : 'The posting requires it'}, and a recruiter checks it before anything else.`,
    });
  }
  for (const knockOut of match.knockOuts) {
    if ([...said].some((requirement) => requirement.includes(knockOut.toLowerCase()))) continue;
    edits.push({
      kind: 'not-wording',
      target: 'Requirements',
      suggestion: `No wording meets "${knockOut}": the posting makes it mandatory and your resume does not show it. If you have it, add it with its level or date; if not, this gap stays.`,
      reason: 'A mandatory requirement not met is screened out first, whatever the rest of the resume says.',
    });
  }
  const { yearsRequired, yearsShown, field, setting } = match.breakdown.experience;
  if (setting && setting.yearsShown < setting.yearsAsked) {
    edits.push({
      kind: 'not-wording',
      target: 'Experience',
      suggestion: `No wording adds years: the posting asks ${setting.yearsAsked}+ years in ${setting.said}, and your resume shows ${years(setting.yearsShown)} there. Never stretch dates; lead with the work closest to it instead.`,
      reason: 'Years are counted from your dates, which a recruiter checks.',
    });
  } else if (yearsRequired !== null && yearsShown < yearsRequired) {
    edits.push({
      kind: 'not-wording',
      target: 'Experience',
      suggestion: `No wording adds years: the posting asks ${yearsRequired}+ years${field ? ` in ${field}` : ''}, and your resume shows ${years(yearsShown)}. Never stretch dates; lead with your most relevant results instead.`,
      reason: 'Years are counted from your dates, which a recruiter checks.',
    });
  }
  return edits;
}

/** A requirement that is a credential one holds, not a skill one shows: "must hold …", a licence, registration, permit, card or clearance. */
const credentialWords = /\b(?:must\s+(?:hold|have\s+(?:a\s+)?(?:valid|current|full|active))|licen[cs]e[ds]?|registration\s+with|registered\s+with|(?:work|practice|practising)\s+permit|security\s+clearance|certified|chartered)\b/i;
/** A registration with a body named by its initials: "NMC registration", "HCPC registered" ("patient registration" is a task). */
const bodyRegistration = /\b\p{Lu}{2,}\p{L}*\s+(?:registration|registered)\b/u;

/**
 * Whether a requirement the match read as a skill names a credential: no bullet or wording meets it.
 *
 * @example
 * namesCredential('Must hold a valid NHS Smartcard'); // true
 * namesCredential('Telephone triage'); // false
 */
export function namesCredential(label: string): boolean {
  return credentialWords.test(label) || bodyRegistration.test(label);
}

/** "none", "1 year", "4.5 years". */
function years(value: number): string {
  if (value <= 0) return 'none';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} year${rounded === 1 ? '' : 's'}`;
}
