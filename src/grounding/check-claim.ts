/**
 * Whether the sources back one claim, and if not, whether it can be repaired: an invented
 * employer, title or institution is replaced by the real one when there is exactly one
 * candidate; everything else unbacked has to go.
 */
import { fieldNames, fieldOfFieldName, jobFieldOf, type JobField } from '../resume/match/job-field.ts';
import { degreeFamily } from '../resume/sections/degree-pattern.ts';
import type { Claim } from './find-claims.ts';
import { type Employment, normalisePhrase, organisationKey, sourcesMention, type GroundingFacts } from './grounding-facts.ts';

export type ClaimCheck = { backed: true } | { backed: false; reason: string; replacement?: string };

const backed: ClaimCheck = { backed: true };

/**
 * Checks a claim found in `sentence` against the facts.
 *
 * @example
 * checkClaim({ kind: 'employer', text: 'Globex Corporation', start: 3, end: 21 }, 'At Globex Corporation I…', facts);
 * // { backed: false, reason: '…', replacement: 'Acme Corp' }
 */
export function checkClaim(claim: Claim, sentence: string, facts: GroundingFacts): ClaimCheck {
  switch (claim.kind) {
    case 'employer':
      return checkEmployer(claim, sentence, facts);
    case 'title':
      return checkTitle(claim, sentence, facts);
    case 'institution': {
      if (facts.organisations.has(organisationKey(claim.text)) || sourcesMention(facts, claim.text)) return backed;
      const only = facts.institutions.length === 1 ? facts.institutions[0] : undefined;
      return { backed: false, reason: `"${claim.text}" is not an institution in the resume`, ...(only ? { replacement: only } : {}) };
    }
    case 'degree': {
      const family = degreeFamily(claim.text);
      if (facts.degreeFamilies.has(family) || (family === 'other' && sourcesMention(facts, claim.text))) return backed;
      // A job title that reads like a degree ("Journeyman Electrician") is the person's work, and a role's
      // own words repeated ("taught GCSE maths to mixed-ability classes") describe it: neither claims a
      // qualification. A degree word alone, away from the words the resume has around it, is still checked.
      if (facts.employments.some((employment) => employment.position && normalisePhrase(employment.position) === normalisePhrase(claim.text))) return backed;
      if (repeatsRoleWords(claim.text, sentence, facts)) return backed;
      return { backed: false, reason: `the resume shows no ${claim.text} degree` };
    }
    case 'date': {
      const year = Number(/(19|20)\d\d/.exec(claim.text)?.[0]);
      return facts.years.has(year) ? backed : { backed: false, reason: `${claim.text} appears in neither the resume nor the posting` };
    }
    case 'number':
      return checkNumber(claim, sentence, facts);
    case 'language':
      return claim.skill && facts.languages.has(claim.skill)
        ? backed
        : { backed: false, reason: `the resume does not show that you speak ${claim.skill ?? claim.text}` };
    case 'skill':
      // A name that is also an ordinary word counts in the sources only with context; the same
      // name written the same way there ("Spark is a plus", "Ember & Oak") backs it all the same.
      return claim.skill && (facts.skills.has(claim.skill) || facts.sourceWords.has(claim.text))
        ? backed
        : { backed: false, reason: `the resume does not show ${claim.skill ?? claim.text} and the posting does not ask for it` };
    case 'credential':
      // A claim to hold a credential is checked on its sentence (see `unheldCredentials`), never found as a claim here.
      return backed;
  }
}

function checkEmployer(claim: Claim, sentence: string, facts: GroundingFacts): ClaimCheck {
  const key = organisationKey(claim.text);
  if (facts.organisations.has(key) || facts.personal.has(normalisePhrase(claim.text)) || sourcesMention(facts, claim.text)) return backed;
  if (facts.vocabulary.lookup.has(claim.text.toLowerCase())) return backed;
  if (isListOfKnownThings(claim.text, facts)) return backed;
  const replacement = onlyEmployer(sentence, facts);
  return { backed: false, reason: `"${claim.text}" is not an employer in the resume`, ...(replacement ? { replacement } : {}) };
}

// "Blueprint Reading and Fire Alarm Systems", "Care Plans, Safeguarding and Dementia Care": a
// list whose every item the sources name (skills, certificates, employers) is not one invented
// employer; capitalised skill lists read like an organisation's name ("… Systems").
function isListOfKnownThings(text: string, facts: GroundingFacts): boolean {
  const items = text.split(/\s*,\s*|\s+(?:and|&)\s+/).filter((item) => item !== '');
  if (items.length < 2) return false;
  return items.every((item) => sourcesMention(facts, item) || facts.vocabulary.lookup.has(item.toLowerCase()));
}

// The employer a sentence must mean: the only one, or the only one whose role shares the
// sentence's skills or title.
function onlyEmployer(sentence: string, facts: GroundingFacts): string | undefined {
  const names = [...new Set(facts.employments.map((employment) => employment.name))];
  if (names.length === 1) return names[0];
  const words = new Set(normalisePhrase(sentence).split(' ').filter((word) => word.length > 3));
  const sharing = facts.employments.filter((employment) => {
    const position = employment.position ? normalisePhrase(employment.position) : '';
    if (position && ` ${normalisePhrase(sentence)} `.includes(` ${position} `)) return true;
    const own = normalisePhrase(employment.text).split(' ').filter((word) => word.length > 3 && words.has(word));
    return own.length >= 2;
  });
  const distinct = [...new Set(sharing.map((employment) => employment.name))];
  return distinct.length === 1 ? distinct[0] : undefined;
}

function checkTitle(claim: Claim, sentence: string, facts: GroundingFacts): ClaimCheck {
  const title = normalisePhrase(claim.text);
  if (facts.titles.has(title) || sourcesMention(facts, claim.text)) return backed;
  for (const known of facts.titles) if (known.includes(title) || title.includes(known)) return backed;
  // "… as Principal Engineer at Acme Corp": the title Acme Corp really gave.
  const named = facts.employments.find((employment) => ` ${normalisePhrase(sentence)} `.includes(` ${normalisePhrase(employment.name)} `));
  const positions = [...new Set(facts.employments.flatMap((employment) => (employment.position ? [employment.position] : [])))];
  const replacement = named?.position ?? (positions.length === 1 ? positions[0] : undefined);
  return { backed: false, reason: `"${claim.text}" is not a title in the resume`, ...(replacement ? { replacement } : {}) };
}

function checkNumber(claim: Claim, sentence: string, facts: GroundingFacts): ClaimCheck {
  const number = claim.number;
  if (!number) return backed;
  if (number.unit === 'plain' && /^(?:years?|yrs?)$/.test(number.noun ?? '')) return checkYears(claim, number.value, sentence, facts);
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
  const same = facts.numbers.some((known) => close(known.value, number.value) && (number.unit === 'plain' || known.unit === number.unit));
  if (same) return backed;
  return { backed: false, reason: `${claim.text} appears in neither the resume nor the posting` };
}

/**
 * "10 years" is the person's years: backed by a work history at least that long (never
 * rounded up), in the field the sentence names when it names one ("10 years in nursing",
 * "a nurse for 10 years"), or by the resume saying so itself. The posting's "10 years"
 * backs nothing about the person. A claim too high becomes the years shown, when there are any.
 */
function checkYears(claim: Claim, value: number, sentence: string, facts: GroundingFacts): ClaimCheck {
  // "10 years at Acme": the years at that employer, whatever the whole history or the resume's own count says.
  const employer = yearsEmployer(sentence, claim, facts);
  if (employer) {
    const atEmployer = facts.yearsAt(employer.key);
    if (value <= atEmployer + 0.05) return backed;
    const whole = Math.floor(atEmployer);
    const reason = `the resume shows ${whole < 1 ? 'less than a year' : `${whole} year${whole === 1 ? '' : 's'}`} at ${employer.name}, not ${value}`;
    return whole >= 1 ? { backed: false, reason, replacement: claim.text.replace(/\d+(?:\.\d+)?/, String(whole)) } : { backed: false, reason };
  }
  if (facts.statedYears.has(value)) return backed;
  const field = yearsField(sentence, claim, facts);
  const shown = field ? facts.yearsIn(field) : facts.yearsOfExperience;
  if (value <= shown + 0.05) return backed;
  const where = field ? ` in ${fieldNames[field]}` : '';
  const whole = Math.floor(shown);
  const reason = `the resume shows ${whole < 1 ? 'less than a year' : `${whole} year${whole === 1 ? '' : 's'}`}${where}, not ${value}`;
  return whole >= 1 ? { backed: false, reason, replacement: claim.text.replace(/\d+(?:\.\d+)?/, String(whole)) } : { backed: false, reason };
}

// "10 years at Acme", "ten years with Acme Corp", "at Acme for 10 years": the employer the years are at.
const yearsAtAfter = /^\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:(?:of\s+\w+\s+)?(?:at|with|for|in)\s+)(?:the\s+)?([^.;:!?()]*)/i;
const yearsAtBefore = /\b(?:at|with|for|joined)\s+([^,;:]*?)\s+(?:for|over|across)\s+(?:over\s+|more than\s+|nearly\s+|almost\s+)?$/i;

function yearsEmployer(sentence: string, claim: Claim, facts: GroundingFacts): Employment | undefined {
  const after = yearsAtAfter.exec(sentence.slice(claim.end))?.[1];
  const before = yearsAtBefore.exec(sentence.slice(0, claim.start))?.[1];
  const named = (phrase: string | undefined) => {
    if (!phrase) return undefined;
    const said = ` ${normalisePhrase(phrase)} `;
    // The longest employer name the phrase starts with ("Acme Corp" over "Acme").
    return [...facts.employments]
      .sort((left, right) => right.name.length - left.name.length)
      .find((employment) => said.startsWith(` ${normalisePhrase(employment.name)} `) || (organisationKey(phrase) !== '' && organisationKey(phrase) === employment.key));
  };
  return named(after) ?? named(before?.split(/\s+(?:as|in|on)\s+/i)[0]);
}

// What follows "N years": "of (professional) experience in|as …", up to the clause's end.
const afterYears =
  /^\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:(?:relevant|professional|hands-on|practical|paid)\s+)?(?:(?:experience|work(?:ing)?)\s+)?(?:(?:in|as|within|doing)\s+)?(?:(?:an?|the)\s+)?([^.;:!?()]*)/i;
const clauseEnd = /,|\s(?:and|with|including|where|who|which|that|at|to|for)\s/i;
// What comes before "for N years" in its clause: "as a nurse", "in professional kitchens".
const beforeYears = /(?:^|[,;:]\s*)([^,;:]*?)\s+for\s+(?:over\s+|more than\s+|nearly\s+|almost\s+)?$/i;

// The field a years claim is about, when its words name one.
function yearsField(sentence: string, claim: Claim, facts: GroundingFacts): JobField | undefined {
  const after = afterYears.exec(sentence.slice(claim.end))?.[1] ?? '';
  // A field named as the letters name it ("mechanical and maintenance work"): its "and" ends no clause.
  const ownName = fieldOfFieldName(after, { atStart: true });
  if (ownName) return ownName;
  const end = clauseEnd.exec(after);
  const phrase = (end ? after.slice(0, end.index) : after).trim();
  // The letter's own name of a field ("mechanical and maintenance work") reads back to that field, never to its words' votes.
  const named = phrase ? (fieldOfFieldName(phrase) ?? jobFieldOf(phrase, facts.vocabulary)) : undefined;
  if (named) return named;
  const before = beforeYears.exec(sentence.slice(0, claim.start))?.[1];
  return before ? (fieldOfFieldName(before.replace(/^(?:in|as)\s+/i, '')) ?? jobFieldOf(before, facts.vocabulary)) : undefined;
}

// Whether the sentence repeats a role's own words around the claim: the claim and the three words after it.
function repeatsRoleWords(claim: string, sentence: string, facts: GroundingFacts): boolean {
  const said = ` ${normalisePhrase(sentence)} `;
  const phrase = normalisePhrase(claim);
  return facts.employments.some((employment) => {
    const words = normalisePhrase(employment.text).split(' ');
    const claimWords = phrase.split(' ');
    for (let index = 0; index + claimWords.length <= words.length; index += 1) {
      if (words.slice(index, index + claimWords.length).join(' ') !== phrase) continue;
      const window = words.slice(index, index + claimWords.length + 3);
      if (window.length >= claimWords.length + 2 && said.includes(` ${window.join(' ')} `)) return true;
    }
    return false;
  });
}
