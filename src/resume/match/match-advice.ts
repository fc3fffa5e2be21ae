/**
 * Three to five concrete pieces of advice, each tied to something the match found missing
 * (a required skill, a nice-to-have, years, level, the posting's own words), most useful
 * first. Advice never tells anyone to claim what they have not done, and never asks for what
 * is already there (a bullet with any number in it is already quantified).
 */
import { isLapsedCredentialLine, notHeldInWords } from '../credential-status.ts';
import { credentialHeldIn } from './known-credentials.ts';
import { languagePattern, languagesIn } from '../spoken-languages.ts';
import { listedSkills } from '../listed-skills.ts';
import { skillKey } from '../skill-vocabulary.ts';
import { fieldAdvice } from './field-advice.ts';
import { stem } from './salient-terms.ts';
import type { PreparedPosting } from './prepare-posting.ts';
import type { ConditionMatch } from './resume-conditions.ts';
import type { PreparedResume } from './prepare-resume.ts';

export interface AdviceInput {
  resume: PreparedResume;
  posting: PreparedPosting;
  /** The posting's requirements that are not skills, met or not shown. */
  conditions: readonly ConditionMatch[];
  missingRequired: readonly string[];
  /** Licences and certificates among `missingRequired` the posting says one must hold: knock-outs. */
  missingMandatory?: readonly string[];
  missingNice: readonly string[];
  matchedRequired: readonly string[];
  missingKeywords: readonly string[];
  yearsShort: boolean;
  /** Years asked in a setting within the field ("3+ years in ICU") and the roles in it, when the posting asks so. */
  setting?: { said: string; yearsAsked: number; yearsShown: number; roles: string[]; mandatory: boolean };
  /** Years in the posting's field. */
  yearsShown: number;
  yearsInOtherFields: number;
  /** The field the years were counted in, as people read it. */
  fieldName: string | null;
  /** An internship or traineeship, and the person has years of work behind them. */
  pastInternship?: boolean;
  levelBelow: boolean;
  level: { level: string; from: 'title' | 'years'; title?: string };
}

const maximum = 5;
// Categories whose members stand in for each other (MySQL for PostgreSQL, GCP for AWS).
const substitutable = new Set(['language', 'database', 'cloud', 'frontend', 'mobile', 'messaging', 'testing', 'ml', 'design', 'data', 'cad']);
const minimum = 3;

/**
 * Builds the advice list for a match.
 *
 * @example
 * matchAdvice({ resume, posting, missingRequired: ['Kubernetes'], … });
 * // ['The posting requires Kubernetes, which your resume does not mention. …', …]
 */
export function matchAdvice(input: AdviceInput): string[] {
  const { resume, posting } = input;
  const advice: string[] = [];
  // The level gap first: skills that fit an internship do not make it a fit for someone with years of work.
  if (input.pastInternship) {
    advice.push(
      `This is an internship or traineeship, made for people starting out, and you have ${Math.round(resume.yearsOfExperience)} years of work: apply only if you want that way in, and say in your letter why; otherwise look for roles at your level in the field.`,
    );
  }
  // Management gets its own advice below: "a small project with People Management" is no advice.
  const managementSkill = (skill: string) => posting.managesPeople && resume.vocabulary.byName.get(skill.toLowerCase())?.category === 'leadership';
  // A language is spoken, not learnt from a course: it is never advised as a skill (the conditions speak for it).
  const onlyLanguages = (skill: string) => languagesIn(skill).length > 0 && skill.replace(languagePattern, ' ').replace(/\b(?:and|or|fluent|native)\b|[\s,/&+-]+/gi, '') === '';
  const mandatory = input.missingMandatory ?? [];
  const missingRequired = input.missingRequired.filter((skill) => !managementSkill(skill) && !onlyLanguages(skill) && !mandatory.includes(skill));
  // Advice in the person's field's words: the posting's field, else their latest role's.
  const words = fieldAdvice(posting.field ?? resume.roleFields.find((field) => field !== undefined));
  // A knock-out (a licence one must hold, a mandatory language not met) first: it is the reason a recruiter stops reading.
  for (const skill of mandatory.slice(0, 2)) {
    // (One the resume lists with its status, "application submitted", is not held yet: said as such, never "not shown".)
    const pending = pendingLineOf(skill.split(' or ')[0] ?? skill, resume);
    if (pending) {
      advice.push(
        `The posting says you must hold ${skill} (a knock-out); your resume lists “${pending}”, ${notHeld(pending)}`,
      );
      continue;
    }
    advice.push(
      `The posting says you must hold ${skill} (a knock-out), which your resume does not show. If you hold it, add it under your licences and certificates, with its number or date if it has one; if not, most recruiters will not read further: apply where it is not a condition, or get it first.`,
    );
  }
  const unmetCredentials = input.conditions
    .filter((condition) => condition.weighs && !condition.optional && condition.shownBy === null)
    .sort((a, b) => Number(b.mandatory === true) - Number(a.mandatory === true));
  for (const condition of unmetCredentials.slice(0, 2)) advice.push(credentialAdvice(condition));
  // "Say how Excel carries over" to a data-engineering tool only makes sense to someone already in or near the posting's field.
  const nearField = posting.field === undefined || resume.hasRoleIn(posting.field);
  for (const skill of missingRequired.slice(0, 2)) advice.push(missingSkillAdvice(skill, resume, false, words.gainSkill, nearField));
  if (posting.managesPeople && resume.management.level < 100) {
    advice.push(
      resume.management.level > 0
        ? `The role manages people and your resume shows it only in passing ("${resume.management.shownBy ?? ''}"). If you have managed people, say how many, for how long, and what changed for them (hiring, growth, reviews).`
        : 'The role manages people and your resume shows no people management. If you have managed or grown a team, add it with the team size and what changed; if not, this is a step up to argue in your letter, not a keyword to add.',
    );
  }
  const carried = input.yearsShort && input.yearsInOtherFields > 0 ? carriedOverWork(resume, posting, input.matchedRequired) : undefined;
  const setting = input.setting;
  if (setting && setting.yearsShown < setting.yearsAsked) {
    // "3+ years in ICU": the years elsewhere do not count; what may is time in the setting the resume does not name.
    const shown =
      setting.yearsShown >= 1
        ? `about ${Math.round(setting.yearsShown)} of your years are in roles in it (${setting.roles.join('; ')})`
        : 'none of your roles names it in its title, unit or bullets';
    advice.push(
      `The posting asks for ${setting.yearsAsked}+ years in ${setting.said}${setting.mandatory ? ' as a minimum' : ''}; ${shown}. ` +
        `If other roles included time there (a rotation, a secondment, shifts covered), name the unit and the months in their bullets; if not, say in your letter what of your work comes closest.`,
    );
  } else if (input.yearsShort && posting.yearsRequired !== undefined && carried) {
    // A career changer: the work of the new field done inside the old one is what to lead with.
    const inField = input.fieldName ? ` in ${input.fieldName}` : '';
    advice.push(
      `The posting asks for ${posting.yearsRequired}+ years${inField}; your work history shows ${formatYears(input.yearsShown)} under that title, but ${carried.said} may count: say so. ` +
        `Lead with the ${input.fieldName ?? 'same'} work you did inside your current field (${carried.work}), and say plainly that you have not yet held the title.`,
    );
  } else if (input.yearsShort && posting.yearsRequired !== undefined) {
    // The posting's own words for the field when it wrote them: never a field it did not name ("12+ years in battery or powertrain engineering").
    const asked = posting.yearsFieldWords ?? input.fieldName;
    const inField = asked ? ` in ${asked}` : '';
    const other = input.yearsInOtherFields > 0 ? ` (your ${formatYears(input.yearsInOtherFields)} in other fields do not count toward it)` : '';
    advice.push(
      `The posting asks for ${posting.yearsRequired}+ years${inField}; your work history shows ${formatYears(input.yearsShown)}${other}. ` +
        `Add any relevant ${words.moreWork} with its dates, and lead with the results that show the most ownership.`,
    );
  }
  if (input.levelBelow && posting.seniority) {
    const yours = input.level.title ? `your latest title ("${input.level.title}") reads ${input.level.level}` : `your history reads ${input.level.level}`;
    advice.push(
      `This is a ${posting.seniority}-level role and ${yours}. Put first the bullets where you owned a decision, led people or a project, or mentored someone.`,
    );
  }
  for (const skill of missingRequired.slice(2, 4)) advice.push(missingSkillAdvice(skill, resume, false, words.gainSkill, nearField));
  // A word whose root the resume already has ("teaching" for a teacher, "math" for mathematics) is not missing.
  const missingKeywords = input.missingKeywords.filter((word) => !showsWord(word, resume));
  if (missingKeywords.length > 0) {
    const words = missingKeywords.slice(0, 4).map((word) => `"${word}"`).join(', ');
    advice.push(`Where it is true, use the posting's own words: ${words}. Screeners and search tools match on them.`);
  }
  for (const skill of input.missingNice.filter((each) => !onlyLanguages(each)).slice(0, 1)) advice.push(missingSkillAdvice(skill, resume, true, words.gainSkill, nearField));
  const unsaid = input.conditions.filter((condition) => !condition.weighs && !condition.optional && condition.shownBy === null);
  if (unsaid.length > 0) {
    const asked = unsaid.slice(0, 3).map((condition) => `“${condition.requirement}”`);
    advice.push(
      `The posting also asks for ${joinAnd(asked)}, which your resume does not say. Where ${asked.length > 1 ? 'they are' : 'it is'} true, say so in a line of your resume or your letter; recruiters screen on it.`,
    );
  }
  const unshown = input.matchedRequired.filter((skill) => {
    const evidence = resume.skills.get(skill);
    return evidence?.listed && !evidence.shownIn.some((place) => place !== 'resume text');
  });
  if (unshown.length > 0) {
    const names = unshown.slice(0, 3).join(', ');
    advice.push(`You list ${names} but no role or project shows ${unshown.length > 1 ? 'them' : 'it'} in use; add a bullet where you applied ${unshown.length > 1 ? 'them' : 'it'}, with a result.`);
  }
  const fillers = [
    () => {
      // Skills by their names: a requirement line's sentence ("Experience teaching adults") is not a skill to list.
      const lead = input.matchedRequired.filter((skill) => skill.split(/\s+/).length <= 4).slice(0, 5);
      const listed = listedSkills(resume.resume).slice(0, Math.max(lead.length + 2, 5)).map((skill) => skillKey(skill, resume.vocabulary));
      const alreadyLeads = lead.every((skill) => listed.includes(skill.toLowerCase()));
      return lead.length > 0 && !alreadyLeads ? `Lead your Skills section with what this posting asks for and you have: ${lead.join(', ')}.` : undefined;
    },
    () => {
      const latest = resume.resume.work?.[0];
      const first = latest?.highlights?.[0] ?? latest?.summary;
      if (!latest?.name || !first || isQuantified(first)) return undefined;
      return `Quantify the first bullet under ${latest.name} (${words.measures}) so the fit reads at a glance.`;
    },
    () => {
      const headline = `${resume.resume.basics?.label ?? ''} ${resume.resume.work?.[0]?.position ?? ''}`.toLowerCase();
      const titleWords = posting.title.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter((word) => word.length > 2);
      // An internship's title is no headline for someone with years of work.
      return input.pastInternship || titleWords.every((word) => headline.includes(word))
        ? undefined
        : `Mirror the job title "${posting.title}" in your headline if it honestly describes what you do.`;
    },
  ];
  for (const filler of fillers) {
    if (advice.length >= minimum) break;
    const text = filler();
    if (text) advice.push(text);
  }
  return advice.slice(0, maximum);
}

const nationality = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese)|British|Irish|Scottish|Welsh|Swiss|Dutch|French|Flemish|Danish|Swedish|Polish|Spanish|German|English|Finnish|Turkish|Greek)\b/u;

// `skill` is a requirement label: one skill, or alternatives ("Go or Rust").
/** What to do about a credential the resume lists with a status: one not held yet is said with its status, one no longer held is renewed. */
const notHeld = (listed: string): string => {
  if (!isLapsedCredentialLine(listed)) return 'so it is not held yet. Keep that status in your resume and letter, say when you expect it, and ask whether they hire while it is pending.';
  // "… (expired October 2026)": said with its date, the first thing an employer checks.
  const expired = notHeldInWords(listed);
  const when = expired.startsWith('expired ') && expired !== 'expired, not held' ? ` (it ${expired.replace(/^expired /u, 'expired in ')})` : '';
  return `so it is not current${when}: renew it before applying, or say in your letter when it will be renewed, and ask whether they hire while it is.`;
};

/** The resume's line that lists a credential with a status word ("RN licence – application submitted"), if any. */
const pendingLineOf = (credential: string, resume: PreparedResume): string | undefined =>
  resume.conditionEvidence.pendingLines.find((line) => credentialHeldIn(credential, [line]) || line.toLowerCase().includes(credential.toLowerCase()));

function missingSkillAdvice(skill: string, resume: PreparedResume, niceToHave: boolean, gainSkill: string, nearField = true): string {
  const first = skill.split(' or ')[0] ?? skill;
  // Part of it is on the resume in other words: a partial match, said as such, not a gap to fill.
  const shownAs = resume.partlyShownAs(skill);
  if (shownAs) {
    return `The posting ${niceToHave ? 'lists' : 'asks for'} ${skill}; your resume shows “${shownAs}”, a partial match. If you have done the ${skill.split(/\s+/).at(-1)?.toLowerCase()} too, say so in the posting's words; if not, a bullet on what your ${shownAs} achieved carries part of it.`;
  }
  const category = resume.vocabulary.byName.get(first.toLowerCase())?.category;
  // A requirement line's own name, sentence-cased ("Pension schemes"), reads in lower case mid-sentence; names keep their capitals.
  const named = !category && /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}\d][^\s]*)+$/u.test(skill) && !nationality.test(skill) ? skill.charAt(0).toLowerCase() + skill.slice(1) : skill;
  const asks = niceToHave ? `lists ${named} as nice to have` : `requires ${named}`;
  const related = nearField && category && substitutable.has(category) ? (resume.skillsByCategory.get(category) ?? []).slice(0, 2) : [];
  if (related.length > 0) {
    return `The posting ${asks}; your resume shows ${related.join(' and ')}. If you have used ${skill}, name it in your skills and in the bullet where you used it; if not, say how ${related[0]} carries over.`;
  }
  // A certificate or licence in the vocabulary is held, not used; one the resume lists with a status word is not held yet.
  const pending = category === 'safety' || credentialName.test(first) ? pendingLineOf(first, resume) : undefined;
  if (pending) {
    return `The posting ${asks}; your resume lists “${pending}”, ${notHeld(pending)}`;
  }
  if (category === 'safety' || credentialName.test(first)) {
    return `The posting ${asks}, which your resume does not show. If you hold it, add it under your licences and certificates; if not, it is a qualification to gain before or while applying.`;
  }
  return `The posting ${asks}, which your resume does not mention. If you have used it, add it to your skills and to a bullet that shows what you did with it; if not, ${gainSkill} would close the gap.`;
}

// A required credential the resume does not show: held credentials are listed, not argued.
function credentialAdvice(condition: ConditionMatch): string {
  if (condition.kind === 'education' && condition.degreeBelow) {
    const instead = condition.orExperience ? ' The posting accepts equivalent experience instead: say in your letter how your years of work stand in for it.' : ' A recruiter may reject on it: if the posting is worth it, say in your letter what stands in for it.';
    return `The posting asks for a “${condition.requirement}”; your Education section shows ${condition.degreeBelow}, a lower degree, so it is not met.${instead}`;
  }
  if (condition.kind === 'education') {
    return `The posting asks for a “${condition.requirement}”, which your Education section does not show. If you hold one, list it there with its subject (in the words the posting uses, if true); if not, say in your letter what stands in for it.`;
  }
  if (condition.inProgress) {
    return `The posting requires “${condition.requirement}”${condition.mandatory ? ' (a knock-out)' : ''}; your resume lists it as “${condition.inProgress}”, ${notHeld(condition.inProgress)}`;
  }
  if (condition.listedBelow && condition.mandatory) {
    return `The posting makes ${condition.requirement} mandatory and your resume lists ${condition.listedBelow}: a knock-out, most recruiters will not read further. If your level is higher now, update it in your Languages line (a certificate or a course level shows it); if not, apply only where the level is not a condition.`;
  }
  if (condition.listedBelow) {
    return `The posting asks for ${condition.requirement}; your resume lists ${condition.listedBelow}. If your level is higher now, update it in your Languages line (a certificate or a course level shows it); if not, it is a requirement to resolve before applying.`;
  }
  if (condition.orEligible) {
    return `The posting requires “${condition.requirement}” and accepts eligibility, but your resume shows no registration or licence to practise to apply on. If you hold one anywhere, list it under your licences and certificates with its regulator; if you have applied, say so with the date.`;
  }
  const what = condition.kind === 'language' ? (condition.requirement === 'bilingual' ? 'someone bilingual' : `${condition.requirement} speakers`) : `“${condition.requirement}”`;
  const where = condition.kind === 'language' ? 'in a Languages line with your level' : 'under your licences and certificates, with its number or date if it has one';
  const knockOut = condition.mandatory ? ' and makes it mandatory (a knock-out)' : '';
  return `The posting requires ${what}${knockOut}, which your resume does not show. If ${condition.kind === 'language' ? 'you speak it' : 'you hold it'}, add it ${where}; if not, it is a requirement to resolve before applying.`;
}

// The resume has the word or one of its root ("teach" in "teacher", "math" in "mathematics").
function showsWord(word: string, resume: PreparedResume): boolean {
  const wanted = stem(word.toLowerCase());
  if (resume.terms.has(wanted)) return true;
  return resume.termWords.some((have) => {
    const [short, long] = have.length < wanted.length ? [have, wanted] : [wanted, have];
    return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 5;
  });
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

// Skills that are held rather than used: licences, certificates, registrations, cards.
const credentialName = /licen[cs]e|certif|\bcard\b|registered|diploma|\bNVQ\b|\blevel \d|\bNABCEP\b|\bCPC\b|gas safe|servsafe|\bCSCS\b|\bCDL\b|\bHGV\b|\bOSHA\b|\bEPA \d|\bNFPA\b|\bG3\b|\bACLS\b|\bBLS\b|\bCNA\b/i;

const numberWords = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|double|doubled|tripled|halved)\b/i;

/**
 * Whether a bullet already carries a number: a digit ("2 million", "40%", "£3k") or a number
 * word ("doubled", "twelve").
 *
 * @example
 * isQuantified('Processed 2 million invoices a month'); // true
 */
export function isQuantified(text: string): boolean {
  return /\p{N}/u.test(text) || numberWords.test(text);
}

/**
 * The roles of another field whose work is the posting's (a "Supply Chain Analyst" toward "Data
 * Analyst": the same kind of title; or bullets that use the skills the posting asks), said as
 * "3.5 years as Supply Chain Analyst and the SQL, Power BI work as Logistics Coordinator".
 */
function carriedOverWork(resume: PreparedResume, posting: PreparedPosting, matchedRequired: readonly string[]): { said: string; work: string } | undefined {
  const head = titleHead(posting.title);
  const parts: string[] = [];
  const used = new Set<string>();
  for (const [index, role] of (resume.resume.work ?? []).entries()) {
    const title = role.position?.trim();
    // A role already in the posting's field counts in its years: it is not carried over.
    if (!title || (posting.field !== undefined && resume.roleFields[index] === posting.field)) continue;
    const years = Math.round((resume.roleYears[index] ?? 0) * 10) / 10;
    const text = [role.summary, ...(role.highlights ?? [])].filter(Boolean).join('\n');
    const skills = matchedRequired.filter((skill) => skill.split(/\s+/).length <= 3 && new RegExp(`(?<![\\p{L}])${escape(skill)}(?![\\p{L}])`, 'iu').test(text));
    if (head && titleHead(title) === head && years > 0) parts.push(`${formatYears(years)} as ${title}`);
    else if (skills.length > 0) parts.push(`the ${skills.slice(0, 3).join(', ')} work as ${title}`);
    else continue;
    for (const skill of skills) used.add(skill);
  }
  if (parts.length === 0) return undefined;
  const work = used.size > 0 ? [...used].slice(0, 4).join(', ') : 'the analysis, reporting and tools you used';
  return { said: joinAnd(parts.slice(0, 2)), work };
}

// The kind of job a title names, by its last word: "Supply Chain Analyst" and "Data Analyst (Remote, EU)" are both analysts.
function titleHead(title: string): string | undefined {
  const words = title.replace(/\([^)]*\)|[–—-].*$/g, ' ').trim().split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase();
  return last && last.length > 3 ? last : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formatYears(years: number): string {
  return `${years} year${years === 1 ? '' : 's'}`;
}
