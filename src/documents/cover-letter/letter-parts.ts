import { article, asClause, inPastTense, isActionVerb, startsWithActionVerb } from '../prose.ts';
import { spelledOut, verblessClaim } from '../verbless-bullet.ts';
import { joinWords } from '../prose.ts';
import { isLicence, registrationOf, withoutIdentifier } from '../credential-words.ts';
import type { Highlight } from '../relevant-highlights.ts';
import { type LetterFacts, unnamedCompany } from './letter-facts.ts';

/** The latest job with its article: "a Senior Software Engineer at Northwind Labs". */
export function latestRoleWithArticle(latest: LetterFacts['latest']): string | undefined {
  if (!latest) return undefined;
  const { position, employer } = latest;
  if (position && employer) return `${article(position)} ${position} at ${employer}`;
  if (position) return `${article(position)} ${position}`;
  return undefined;
}

/** Where a highlight happened: "at Northwind Labs", "on Open Ledger", or nothing. */
export function placeOf(highlight: Highlight): string | undefined {
  if (highlight.employer) return `at ${highlight.employer}`;
  return highlight.project ? `on ${highlight.project}` : undefined;
}

/** Whether two highlights come from the same job or project. */
export function samePlace(left: Highlight, right: Highlight): boolean {
  return placeOf(left) === placeOf(right) && left.position === right.position;
}

/**
 * A highlight as the person says it: "I led the migration …" when it starts with a verb,
 * otherwise the stated result itself ("patient satisfaction rose …"), as a clause; a duty named
 * by its gerund ("Scheduling in Workday for 35 staff") as the work it was. Undefined when the
 * line makes no whole clause ("Team of 6", "Head of the science department 2021-2023"): a letter
 * leaves such a line out rather than paste it into a sentence.
 */
export function claimOf(highlight: Highlight): string | undefined {
  // A measure and its change ("Pick accuracy 96.1% → 99.4%") is told as one even when its first word is also a verb.
  const change = /→|->|=>|⇒|⟶/.test(highlight.text) ? verblessClaim(highlight.text) : undefined;
  if (change) return change;
  const text = oneClause(spelledOut(highlight.text));
  const responsible = /^responsible for\b:?\s*/i.exec(text);
  const past = !highlight.current && highlight.source !== 'project' && Boolean(highlight.employer ?? highlight.position);
  // "Clinical mentor: supervised 35 students", "EHR super-user: trained 50 staff": the role the work was done in, then the work.
  const labelled = /^([^:;,.]{3,40}?):\s+(.+)$/u.exec(text);
  if (labelled?.[1] && labelled[2] && startsWithActionVerb(labelled[2]) && !startsWithActionVerb(labelled[1]) && labelled[1].split(/\s+/).length <= 4) {
    return `as ${asClause(labelled[1])}, I ${asClause(past ? inPastTense(labelled[2]) : labelled[2])}`;
  }
  // "Responsible for: inbound slot planning, carrier KPIs" is said without the colon a list heading has.
  if (responsible) return `I ${past ? 'was' : 'am'} responsible for ${asClause(text.slice(responsible[0].length))}`;
  if (!startsWithActionVerb(text)) {
    // A bullet with no verb ("Tableau attendance dashboard; saved …") gets the one its kind of thing is made by.
    const made = verblessClaim(highlight.text);
    if (made) return made;
    if (hasClause(text)) return asClause(text);
    return gerundDuty(text, past) ?? roleHeld(text, past);
  }
  // A bullet of a job the person has left is told in the past ("I coached …"), of the current one as written ("I plan …").
  return `I ${asClause(past ? inPastTense(text) : text)}`;
}

// "Checking welder records and WPS compliance; liaison with class surveyors": a resume's semicolon joins notes, not
// clauses, so a letter says the first note alone (never "…; liaison with …" pasted into a sentence), or both joined by
// "and" when the second is a deed of its own ("Planned the rota; cut overtime by 20%").
function oneClause(text: string): string {
  const [first = '', ...rest] = text.split(/\s*;\s*/).filter((part) => part.trim() !== '');
  if (rest.length === 0 || first.split(/\s+/).length < 3) return text;
  const deeds = rest.filter((part) => startsWithActionVerb(part) && startsWithActionVerb(first));
  return deeds.length === rest.length ? `${first} and ${rest.map((part) => part.charAt(0).toLowerCase() + part.slice(1)).join(' and ')}` : first;
}

/** {@link claimOf} for a highlight a writer has chosen (see {@link chosenHighlights}, which only chooses those with a claim). */
export function inFirstPerson(highlight: Highlight): string {
  return claimOf(highlight) ?? asClause(highlight.text);
}

// "Scheduling in Workday for 35 staff" → "my work included scheduling in Workday for 35 staff": a duty's gerund
// of a verb a bullet starts with; a list of gerunds and nouns ("Setting out, levelling and quality checks") is no clause.
function gerundDuty(text: string, past: boolean): string | undefined {
  // "Visual inspection (VT) of fillet welds", "MAG welding of hull blocks": the trade's work named by its noun is a duty too.
  if (workNoun.test(text)) return `my work ${past ? 'included' : 'includes'} ${asClause(text)}`;
  const first = /^(\p{L}+)ing\b/u.exec(text)?.[1]?.toLowerCase();
  if (!first || /,/.test(text.split(/\s+/).slice(0, 3).join(' '))) return undefined;
  const stems = [first, `${first}e`, first.replace(/(\p{L})\1$/u, '$1')];
  if (!stems.some((stem) => stem.length > 2 && isActionVerb(stem))) return undefined;
  return `my work ${past ? 'included' : 'includes'} ${asClause(text)}`;
}

// The work of a trade said by its noun, with what it was done to: "Visual inspection (VT) of …", "Pipe welding on …".
const workNoun =
  /^(?:[\p{L}/-]+\s+){0,3}?(?:inspection|welding|installation|maintenance|repairs?|fabrication|assembly|testing|commissioning|servicing|fitting|wiring|cooking|preparation|delivery|haulage|care)(?:\s*\([^)]*\))?\s+(?:of|on|for|to|in|at)\s/iu;

// The nouns of a part a person takes on beside their job: "EHR super-user for the ward's go-live", "Digital lead for the rollout".
const roleNouns = /^(?:super-?users?|leads?|champions?|mentors?|assessors?|preceptors?|representatives?|reps?|coordinators?|co-ordinators?|trainers?|educators?|link (?:nurse|worker)s?|ambassadors?|officers?|chairs?|deputy|facilitators?|instructors?|supervisors?)$/i;

// "Digital lead for the ePCR rollout across two stations" → "I was digital lead for the ePCR rollout across two stations":
// a line that names a part the person took on (its head noun a role), said as what they were. Anything else is no clause.
function roleHeld(text: string, past: boolean): string | undefined {
  const head = /^((?:[\p{L}\p{N}'’&/-]+\s+){0,3}?)([\p{L}-]+)(?=\s+(?:for|on|of|across|during|at|in|to)\b|\s*[;:–—-]\s|$)/u.exec(text);
  if (!head?.[2] || !roleNouns.test(head[2]) || head[0].split(/\s+/).length > 4) return undefined;
  const role = /^[A-Z][a-z]/.test(text) ? asClause(text) : text;
  return `I ${past ? 'was' : 'am'} ${/^(?:the|a|an)\s/i.test(role) ? '' : `${article(role)} `}${role}`;
}

// A stated result that reads as a sentence on its own: a verb after its subject ("patient satisfaction rose …", "the team won …").
function hasClause(text: string): boolean {
  return /\b(?:rose|fell|grew|went|was|were|is|are|has|have|became|doubled|halved|tripled|won|came|reached|hit|stayed|dropped)\b|\b\p{L}{3,}ed\s+(?:from|to|by|in|over|on|the|a|an|\d)/iu.test(text);
}

/** "I also plan …" from "I plan …"; a claim without "I" is returned as it is. */
export function alsoClaim(claim: string): string | undefined {
  if (claim.startsWith('I can ')) return `I can also ${claim.slice(6)}`;
  return claim.startsWith('I ') ? `I also ${claim.slice(2)}` : undefined;
}

/** Whether a highlight's job is more recent than another's (current first, then by dates). */
export function newerThan(left: Highlight, right: Highlight): boolean {
  if (left.current !== right.current) return left.current;
  return (left.startDate ?? '') > (right.startDate ?? '');
}

/** How a letter's voice says a held certificate or a spoken language. */
export type LetterVoice = 'professional' | 'confident' | 'concise' | 'warm' | 'enthusiastic';

/**
 * The certificates a letter states, in the tone's voice: "I hold the ECS Gold Card and the 18th
 * Edition Wiring Regulations (BS 7671) certification." A name that is a title ("Certified
 * Kubernetes Administrator (CKA)") is said as what the person is, a registration as one ("I am
 * registered with the HCPC as a paramedic"), a licence as held ("I hold a current CDL Class A"),
 * and none with its number (a PIN, a licence number) or its renewal date.
 *
 * @example
 * heldCertificates(['ECS Gold Card'], 'warm'); // "I've got the ECS Gold Card, too."
 */
export function heldCertificates(certificates: readonly string[], voice: LetterVoice): string | undefined {
  if (certificates.length === 0) return undefined;
  const formal = voice === 'professional' || voice === 'confident';
  const named = certificates.map(withoutIdentifier).filter(Boolean);
  const isTitle = (name: string) => /^certified\b/i.test(name);
  // A registration is said as one: "I am registered with the HCPC as a paramedic", "I'm Gas Safe registered".
  const registered = named.map((name) => ({ name, registration: registrationOf(name) })).filter((each) => each.registration);
  const registrations = registered.map(({ registration }) => {
    if (registration?.scheme) return `${formal ? 'I am' : "I'm"} ${registration.scheme} registered`;
    const by = registration?.body ? ` with ${registration.body}` : '';
    return registration?.as && !registration.body ? `${formal ? 'I am' : "I'm"} ${registration.as}` : `${formal ? 'I am' : "I'm"} registered${by}${registration?.as ? ` as ${registration.as}` : ''}`;
  });
  const rest = named.filter((name) => !registered.some((each) => each.name === name));
  const held = rest
    .filter((name) => !isTitle(name))
    .map((name) =>
      isLicence(name)
        ? `a current ${name}`
        : /\b(?:card|licen[cs]e|certificate|certification|diploma|degree|qualification|award|ticket|passport|registration|permit|NVQ|SVQ)\b/i.test(name)
          ? `the ${name}`
          : `the ${name} certification`,
    );
  const titles = rest.filter(isTitle).map((name) => `${article(name)} ${name}`);
  const heldWords: Record<LetterVoice, string> = { professional: 'I hold', confident: 'I already hold', concise: 'I have', warm: "I've got", enthusiastic: "I've earned" };
  const titleWords: Record<LetterVoice, string> = { professional: 'I am', confident: 'I am already', concise: "I'm", warm: "I'm", enthusiastic: "I'm proudly" };
  // A licence is held, never earned like an award: "I hold a current CDL Class A".
  const holdWord = held.some((name) => name.startsWith('a current ')) && voice === 'enthusiastic' ? "I've got" : heldWords[voice];
  const parts = [
    ...registrations,
    held.length > 0 ? `${holdWord} ${joinWords(held)}` : undefined,
    titles.length > 0 ? `${titleWords[voice]} ${joinWords(titles)}` : undefined,
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  const tail = voice === 'warm' ? ', too.' : voice === 'enthusiastic' ? '!' : '.';
  return `${parts.join(', and ')}${tail}`;
}

/**
 * The posting's languages the person speaks, said as their resume rates them and in the tone's
 * voice: "Dutch is my native language, and I am fluent in English. I also speak German." A language
 * spoken below the level the posting asks is said at the resume's level: "I speak German at A2 level, and I am
 * improving it." — never as plainly spoken.
 */
export function spokenSentence(languages: LetterFacts['languages'], voice: LetterVoice): string | undefined {
  if (!languages) return undefined;
  const improving = improvingSentence(languages.improving, voice);
  const spoken = spokenAsRated(languages, voice);
  return [spoken, improving].filter(Boolean).join(' ') || undefined;
}

// "I speak German at A2 level and am improving it.": a language below the posting's level, said at the resume's.
function improvingSentence(improving: readonly string[], voice: LetterVoice): string | undefined {
  if (improving.length === 0) return undefined;
  const them = improving.length === 1 ? 'it' : 'them';
  const formal = voice === 'professional' || voice === 'confident';
  return `I speak ${joinWords(improving)}, and ${formal ? 'I am' : "I'm"} improving ${them}.`;
}

function spokenAsRated(languages: NonNullable<LetterFacts['languages']>, voice: LetterVoice): string | undefined {
  const { native, fluent, other } = languages;
  if (native.length + fluent.length + other.length === 0) return undefined;
  switch (voice) {
    case 'confident':
      return `I speak ${joinWords([...native.map((name) => `${name} natively`), ...fluent.map((name) => `${name} fluently`), ...other])}.`;
    case 'concise':
      return `I speak ${joinWords([...native.map((name) => `${name} (native)`), ...fluent.map((name) => `${name} (fluent)`), ...other])}.`;
    case 'warm': {
      const parts = [
        native.length > 0 ? `${joinWords(native)} ${native.length === 1 ? 'is my first language' : 'are my first languages'}` : undefined,
        fluent.length > 0 ? `I'm fluent in ${joinWords(fluent)}` : undefined,
        other.length > 0 ? `I speak ${joinWords(other)}${native.length + fluent.length > 0 ? ' as well' : ''}` : undefined,
      ].filter(Boolean);
      return `${joinWords(parts as string[])}.`;
    }
    case 'enthusiastic': {
      const parts = [
        native.length > 0 ? `I'm a native ${joinWords(native)} speaker` : undefined,
        fluent.length > 0 ? `${native.length > 0 ? '' : "I'm "}fluent in ${joinWords(fluent)}` : undefined,
        other.length > 0 ? `I speak ${joinWords(other)} too` : undefined,
      ].filter(Boolean);
      return `${joinWords(parts as string[])}!`;
    }
    default: {
      const parts = [
        native.length > 0 ? `${joinWords(native)} ${native.length === 1 ? 'is my native language' : 'are my native languages'}` : undefined,
        fluent.length > 0 ? `I am fluent in ${joinWords(fluent)}` : undefined,
      ].filter(Boolean);
      const sentences = parts.length > 0 ? [`${parts.join(', and ')}.`] : [];
      if (other.length > 0) sentences.push(`I ${parts.length > 0 ? 'also ' : ''}speak ${joinWords(other)}.`);
      return sentences.join(' ');
    }
  }
}

/** The highlights a letter tells: achievements first (a role's summary only when there is nothing else), at most `count`. */
export function chosenHighlights(facts: LetterFacts, count: number): Highlight[] {
  // Only a line the letter can say as a whole clause is told; the rest is left out, never quoted in part.
  const sayable = facts.highlights.filter((highlight) => claimOf(highlight) !== undefined);
  // A duty told as "my work includes …" is no result: any stated result or act is told before it.
  // One that touches the posting is told before one that does not, whatever its kind: a welding inspector's letter tells
  // the inspection work before a pipe weld the posting never asks about.
  const duty = (highlight: Highlight) => claimOf(highlight)?.startsWith('my work ') ?? false;
  const touching = sayable.filter((highlight) => highlight.touchesPosting !== false);
  const rest = sayable.filter((highlight) => highlight.touchesPosting === false);
  const byKind = [touching, rest].flatMap((group) => [...group.filter((highlight) => !duty(highlight)), ...group.filter(duty)]);
  const stated = byKind.filter((highlight) => highlight.source !== 'summary');
  return (stated.length > 0 ? stated : byKind).slice(0, count);
}

/**
 * The posting's skills a letter names beside its results: those the told results do not already
 * show, at most four. Every tone but the short one names the same ones, so a rewrite in another
 * tone ("make it warmer") keeps every requirement the letter named.
 *
 * @example
 * skillsToName(facts); // ['SQL', 'Python']
 */
export function skillsToName(facts: LetterFacts): string[] {
  const told = new Set(chosenHighlights(facts, 2).flatMap((highlight) => highlight.skills.map((skill) => skill.toLowerCase())));
  return facts.matched.filter((skill) => !told.has(skill.toLowerCase())).slice(0, 4);
}

/** The posting's skills a letter says the person has yet to learn: the same two in every tone but the short one. */
export function gapsToName(facts: LetterFacts): string[] {
  return facts.missing.slice(0, 2);
}

/**
 * A stable choice among phrasings for one letter: the same resume and posting always read the
 * same, different postings read differently.
 */
export function pick<T>(facts: LetterFacts, salt: string, options: readonly T[]): T {
  let hash = 2166136261;
  for (const character of `${salt}|${facts.company}|${facts.role}|${facts.name ?? ''}`) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
  }
  return options[hash % options.length] as T;
}

/**
 * Who a letter greets: the hiring manager when named, else the company's team ("Dear
 * Beacon Hospital team,"), never nobody in particular ("Hello there,"); "Hiring Team" when
 * the posting names no company either.
 *
 * @example
 * greeting(facts, 'Dear', 'team'); // 'Dear Beacon Hospital team,'
 */
export function greeting(facts: Pick<LetterFacts, 'hiringManager' | 'company' | 'recruiter'>, salutation: string, team: string): string {
  // An agency's ad: the letter goes to the agency's recruiters ("Dear Hays team,"), not to its client.
  const company = facts.recruiter ?? (facts.company === unnamedCompany ? undefined : facts.company);
  return `${salutation} ${facts.hiringManager ?? (company ? `${company} ${team}` : 'Hiring Team')},`;
}

/**
 * The team the person would join: "the team at Acme", or for an agency's ad "your client's team".
 *
 * @example
 * teamAt({ company: 'Acme' }); // 'the team at Acme'
 */
export function teamAt(facts: Pick<LetterFacts, 'company' | 'recruiter'>): string {
  return facts.recruiter ? `${facts.company}'s team` : `the team at ${facts.company}`;
}

/** The closing line and the name under it, as a hard line break. */
export function signOff(closing: string, name: string | undefined): string {
  return name ? `${closing}  \n${name}` : closing;
}

/** A sentence's first letter raised: "discharge planning is …" → "Discharge planning is …". */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * A career changer's letter says the change once, plainly: the reader wonders about it first.
 *
 * @example
 * changeSentence({ from: 'professional kitchens', to: 'food safety and quality' }, 'warm');
 * // "I'm changing careers, from professional kitchens to food safety and quality."
 */
export function changeSentence(change: LetterFacts['careerChange'], voice: LetterVoice): string | undefined {
  if (!change) return undefined;
  const { from, to } = change;
  const sentences: Record<LetterVoice, string> = {
    professional: `This application is a change of field for me, from ${from} to ${to}.`,
    confident: `I'm moving from ${from} into ${to}, and I'm applying on the strength of the work below.`,
    concise: `I'd be new to ${to}, coming from ${from}.`,
    warm: `I'm changing careers, from ${from} to ${to}.`,
    enthusiastic: `I'm making the move from ${from} to ${to}, and I'd love this to be the role that starts it.`,
  };
  return sentences[voice];
}

/** A paragraph with the career change said after it, when there is one. */
export function withChange(paragraph: string, facts: LetterFacts, voice: LetterVoice): string {
  const change = changeSentence(facts.careerChange, voice);
  return change ? `${paragraph} ${change}` : paragraph;
}
