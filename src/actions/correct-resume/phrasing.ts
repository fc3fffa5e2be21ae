import type { z } from 'zod';
import { isSpokenLanguage } from '../../resume/sections/spoken-language.ts';
import { type Clause, definePhrasing, type Intent, type IntentMatch, type Reading } from '../phrasing/phrasing.ts';
import type { correctResumeArgs } from './args.ts';
import { withoutCredentials } from '../../resume/sections/parse-contact.ts';
import { correctResumeUtterances } from './utterances.ts';
import { namedAs, readCorrection, readGrade, readSkill } from './read-correction.ts';
import { readSeveral } from './read-several.ts';
import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';

type Args = z.input<typeof correctResumeArgs>;

/** "No,", "actually", "that's wrong:" before a correction. */
const lead = "(?:(?:no|nope|actually|sorry|wrong|correction|that(?:'|’)?s (?:wrong|not right|incorrect|not correct)|that is (?:wrong|not right|incorrect)|you got (?:it|that) wrong)[,:!.]?\\s+)?";
/** ", not Ana Ortz" after a correction: what was misread, which the correction replaces. */
const not = '(?:,?\\s+(?:not|rather than|instead of)\\s+.+)?';
const ordinal = '(?:first|second|third|fourth|fifth|sixth|last|latest|current|most recent|previous|\\d{1,2}(?:st|nd|rd|th)?)';
const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const date = `(?:${month},?\\s+[12]\\d{3}|\\d{1,2}/[12]\\d{3}|[12]\\d{3}(?:-\\d{2})?)`;
const end = `(?:${date}|present|now|today)`;
const is = '(?:is|was|should be|should read|reads)';
const titleWord = '(?:job\\s+)?(?:title|position|role|job title)';

/** A verdict on the value, not the value: "the name on my cv is spelled wrong", "my email is incorrect". */
const verdict = /^(?:(?:spelled|spelt|written|typed|shown|listed|all)\s+)?(?:wrong(?:ly)?|incorrect(?:ly)?|misspel(?:led|t)|off|not right|not correct|a typo|broken|missing|outdated|out of date|old)\b/i;

/** A named group as typed, without quotes around it; nothing when it is a verdict on the value. */
const said = (match: IntentMatch, group: string): string | undefined => {
  // ("my name is actually Priya Shah": "actually" says it is a correction, it is no part of the name.)
  const value = match.original(group)?.trim().replace(/^(?:actually|really|in\s+fact)\s+/i, '').replace(/^["'“‘]|["'”’]$/g, '');
  return value && !verdict.test(value) ? value : undefined;
};

const read =
  (fields: Partial<Record<keyof Args, string>>) =>
  (match: IntentMatch): Reading<Args> | null => {
    const args: Record<string, string> = {};
    for (const [field, group] of Object.entries(fields)) {
      const value = said(match, group);
      if (value) args[field] = value;
    }
    // (Which job or resume alone corrects nothing: "the company at my 2nd job is spelt wrong" waits for its value.)
    return Object.keys(args).some((field) => field !== 'job' && field !== 'resume') ? { args: args as Args } : null;
  };

/** "hi, my name is Tomas", "my name's Aisha and I'm a nurse": a person introducing themselves. */
const introduction =
  /^(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|greetings)(?:\s+there)?[\s,!.]*)?(?:my\s+name(?:\s+is|'s|’s)|i\s+am|i['’]?m|im|this\s+is)\s+\S/i;
/** Words that make "my name is …" a correction: "not", "actually", "spelled", "on my cv". */
const correctionWord = /\b(?:not|actually|really|spel(?:led|t|ling)|wrong|incorrect|correct|fix|should|typo|misspel\w*|change|update|resume|cv|instead|real|full|right)\b/i;

/** Each way of correcting one field, as a whole clause. */
const oneCorrection: readonly Intent<Args>[] = [
    {
      // "my name is Daniel Okafor, B.Ed., OCT": the credentials after it are no part of the name (and "B.Ed." no address).
      pattern: new RegExp(`^${lead}(?:my (?:full |real |correct |actual )?name(?: is|'s|’s)|the name (?:on my (?:resume|cv) )?${is})\\s+(?<value>[^,]+?(?:\\s*,\\s*[a-z][a-z.()]{0,9})*)${not}$`),
      read: (match) => {
        const said = match.original('value')?.trim() ?? '';
        const name = said.includes(',') ? withoutCredentials(said) : said;
        return name.includes(',') ? null : read({ name: 'value' })({ ...match, original: (group) => (group === 'value' ? name : match.original(group)) });
      },
    },
    {
      pattern: new RegExp(`^${lead}my (?:e-?mail|email address)(?: address)? ${is}\\s+(?<value>\\S+@\\S+)${not}$`),
      read: read({ email: 'value' }),
    },
    {
      pattern: new RegExp(`^${lead}my (?:phone|phone number|mobile|mobile number|telephone number) ${is}\\s+(?<value>\\+?\\(?\\d[\\d ()\\-.]{5,}\\d)${not}$`),
      read: read({ phone: 'value' }),
    },
    {
      pattern: new RegExp(`^${lead}(?:i (?:live|am based|'m based|’m based) in|my (?:location|city|home town) ${is})\\s+(?<value>.+?)${not}$`),
      read: read({ location: 'value' }),
    },
    {
      pattern: new RegExp(`^${lead}(?:the )?(?:company|employer|company name)(?: name)? (?:of|for|at|in|on) (?:my |the )?(?<job>${ordinal}) (?:job|role|position|entry)(?: on my (?:resume|cv))? ${is}\\s+(?<value>.+?)${not}$`),
      read: read({ job: 'job', company: 'value' }),
    },
    {
      // "and job 2 company is Jarvis Collegiate", "job 3's title should be Sous Chef": the job by its number first.
      pattern: new RegExp(`^${lead}(?:and |also )?(?:job|role|position|entry) (?:#|no\\.? ?|number )?(?<job>\\d{1,2}|${ordinal})(?:'s|’s)? (?:(?<company>company|employer)(?: name)?|${titleWord}) ${is}\\s+(?:a |an )?(?<value>.+?)${not}$`),
      read: (match) => (match.groups.company ? read({ job: 'job', company: 'value' })(match) : read({ job: 'job', position: 'value' })(match)),
    },
    {
      pattern: new RegExp(`^${lead}my (?<job>${ordinal}) (?:job|role|position) (?:was|is) (?:at|with|for) (?<value>.+?)${not}$`),
      read: read({ job: 'job', company: 'value' }),
    },
    {
      pattern: new RegExp(`^${lead}i worked (?:at|for) (?<value>.+?),? not (?:at |for )?(?<job>.+)$`),
      read: read({ job: 'job', company: 'value' }),
    },
    {
      pattern: new RegExp(`^${lead}my ${titleWord} (?:at|with|for|in) (?<job>.+?) ${is}\\s+(?:a |an )?(?<value>.+?)${not}$`),
      read: read({ job: 'job', position: 'value' }),
    },
    {
      // "my job at Bayside Logistics was warehouse supervisor", "my role with the council was Housing Officer": the
      // title said after the job, when it names a role ("my job at Acme was great" corrects nothing).
      pattern: new RegExp(`^${lead}my (?:job|role|position|post) (?:at|with|for|in) (?<job>.+?) (?:was|is|should be)\\s+(?:as )?(?:a |an |the )?(?<value>.+?)${not}$`),
      read: (match) => {
        const position = said(match, 'value');
        const named = position && (/\p{Lu}/u.test(position) || position.split(/\s+/).some((word) => endsWithRoleWord(word.toLowerCase())));
        return named && !/\d{4}|^(?:in|from|until|since|on|at|there|great|good|fun|hard|ok|okay|fine|boring)\b/i.test(position) ? read({ job: 'job', position: 'value' })(match) : null;
      },
    },
    {
      pattern: new RegExp(`^${lead}(?:the )?${titleWord} (?:of|for|at|in) (?:my |the )?(?<job>${ordinal}) (?:job|role|position|entry) ${is}\\s+(?:a |an )?(?<value>.+?)${not}$`),
      read: read({ job: 'job', position: 'value' }),
    },
    {
      pattern: new RegExp(`^${lead}(?:at (?<job>.+?),? i was|i was) (?:a |an |the )?(?<value>.+?)(?: at (?<at>.+?))?${not}$`),
      read: (match) => {
        const job = said(match, 'job') ?? said(match, 'at');
        const position = said(match, 'value');
        // "I was a staff engineer" with no job named says nothing about which job.
        return job && position && !/\d{4}/.test(position) ? { args: { job, position } } : null;
      },
    },
    {
      pattern: new RegExp(`^${lead}i (?:worked|was) (?:at|for|with) (?<job>.+?) (?:from|since|starting(?: in)?|between) (?<start>${date})(?:\\s*(?:to|until|till|through|and|-|–)\\s*(?<end>${end}))?$`),
      read: read({ job: 'job', start_date: 'start', end_date: 'end' }),
    },
    {
      pattern: new RegExp(`^${lead}i (?:started|joined)(?: at| with)? (?<job>.+?) in (?<start>${date})$`),
      read: read({ job: 'job', start_date: 'start' }),
    },
    {
      pattern: new RegExp(`^${lead}i left (?<job>.+?) in (?<end>${date})$`),
      read: read({ job: 'job', end_date: 'end' }),
    },
];

/** "remove", "delete", "take … off": a verb that drops an entry. */
const removeVerb = '(?:remove|delete|drop|erase|cut|scrap|ditch|get\\s+rid\\s+of|take(?:\\s+(?:out|off))?|strike|lose)';
/** Which job, as said: "the 3rd job", "job 3", "my second position", "the strike job", "the Bar Esparto one". */
const entry = `(?:the\\s+|my\\s+)?(?:(?<ordinal>${ordinal})\\s+(?:job|role|position|entry|one)|(?:job|role|position|entry)\\s+(?:#|no\\.?\\s*|number\\s+)?(?<number>\\d{1,2})|#(?<hash>\\d{1,2})|(?<named>[^,]+?)\\s+(?:job|role|position|entry|one))`;
/** "…, it's not a real job", "— the importer made it up": why, after the request. */
const because = '(?:\\s*(?:[,.;:!—–-]|\\bas\\b|\\bbecause\\b|\\bcos\\b|\\bsince\\b).*)?';

/**
 * A job dropped from the resume: "remove the 3rd job from my resume, it's not a real job",
 * "take job 3 off my cv", "delete the strike job from my resume". The resume must be said:
 * "remove the 3rd job" alone is about the saved list.
 */
const removal: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:(?:please|pls|can\\s+you|could\\s+you)\\s+)?${removeVerb}\\s+${entry}\\s+(?:from|off|out\\s+of|in|on)\\s+(?:my|the)\\s+(?:resume|cv|résumé)(?:\\s+(?:completely|entirely|altogether))?${because}$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const { ordinal: place, number, hash } = match.groups;
    const named = match.original('named')?.trim();
    const job = place ?? number ?? hash ?? named;
    return job ? { args: { job, remove: true } } : null;
  },
};

/**
 * A skill added to the resume: "add forecasting to my skills", "put Power BI in my cv's skills", "add SQL as a
 * skill". Regression (session 38): "…, add forecasting to skills" needed a language model.
 */
const skillAddition: Intent<Args> = {
  pattern: new RegExp(
    `^(?:(?:please|pls|can\\s+you|could\\s+you|also)\\s+)*(?:add|put|include|list)\\s+(?:the\\s+skill\\s+)?(?<skill>["“'‘].+?["”'’]|.+?)\\s+(?:(?:to|in|into|on|under)\\s+(?:my\\s+|the\\s+)?(?:skills(?:\\s+(?:list|section))?|(?:resume|cv|résumé)(?:['’]s\\s+skills|\\s+skills|\\s+as\\s+(?:a\\s+)?skill)?)|as\\s+(?:a\\s+|one\\s+of\\s+my\\s+|my\\s+)?skills?(?:\\s+(?:on|in|to)\\s+(?:my\\s+)?(?:resume|cv|résumé))?)(?:\\s+(?:too|also|as\\s+well|please|pls))*${because}$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const said = match.original('skill')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    // (Only a skill's name: "add the Acme job to my cv" names a job; a named skill is a few words.)
    if (!said || said.split(/\s+/).length > 4 || /\b(?:job|role|position|experience|degree|it|this|that)\b/i.test(said)) return null;
    // ("add Dutch B2 to my cv": a language and its level, which is no skill.)
    const [language = '', ...level] = said.replace(/[()]/g, ' ').trim().split(/\s+/);
    if (isSpokenLanguage(language)) return { args: { language, ...(level.length > 0 ? { language_level: level.join(' ') } : {}) } };
    return { args: { skill: said } };
  },
};

/**
 * A skill dropped from the resume: "remove the skill "Managed a team of 12 nurses…" from my
 * resume", "delete Excel from my skills": a sentence the importer read as a skill.
 */
const skillRemoval: Intent<Args> = {
  pattern: new RegExp(`^${lead}(?:(?:please|pls|can\\s+you|could\\s+you)\\s+)?${removeVerb}\\s+(?:the\\s+|my\\s+)?(?:skill\\s+)?(?<skill>["“'‘].+?["”'’]|.+?)\\s+(?:from|off|out\\s+of)\\s+(?:my|the)\\s+(?:skills(?:\\s+list)?|(?:resume|cv|résumé)(?:['’]s\\s+skills)?)${because}$`),
  confidence: 'certain',
  read: (match) => {
    const said = match.original('skill')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    // "remove the 3rd job from my resume" is the job removal's; a skill is named by "skill" or by quotes.
    if (!said || (!/\bskill\b/i.test(match.clause.text) && !/\bskills\b/i.test(match.clause.text) && !/^["“'‘]/.test(match.original('skill') ?? ''))) return null;
    return { args: { skill_was: said, remove: true } };
  },
};

/**
 * How to correct the languages when what was said names none: the ways chat reads, and the CLI and HTTP way with the
 * languages said (or an example) in their own format.
 */
export function languagesElsewhere(languages?: string): string {
  const listed = (languages ?? '')
    .split(/\s*(?:,|;|\band\b|&|\+)\s*/i)
    .map((language) => language.trim().replace(/[.!]+$/, ''))
    .filter((language) => language && isSpokenLanguage(language.split(/\s+/)[0] ?? ''));
  const how = listed.length > 0 ? `\`jobpilot resume set languages "${listed.join('; ')}"\` (the active resume), or PATCH /v1/resumes/{id} with {"languages": ${JSON.stringify(listed)}}` : '`jobpilot resume set languages "LANGUAGE (LEVEL); …"` (the active resume; e.g. "German (native); English (C1)"), or PATCH /v1/resumes/{id} with {"languages": [...]}';
  return `I could not tell which language to change. Say "my German is B1", "remove X from my languages" or "my languages are German (native) and English (C1)", or set them all at once with ${how}.`;
}

/**
 * A correction of the resume's spoken languages: "my languages are German (native) and English (C1)" (the whole
 * list), "Muttersprache is not a language", "remove Stuttgart and Muttersprache from my languages" (entries taken
 * off), "add Dutch B2 to my languages"; never a search or another action's step.
 */
const languageCorrection: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:my\\s+(?:spoken\\s+)?languages?\\s+(?:are|is|should\\s+(?:be|say|read)|were)\\s+(?<list>.+)|(?<not>[^,]+?)\\s+(?:is\\s+not|isn'?t|is\\s+no|was\\s+not|wasn'?t)\\s+(?:a\\s+)?(?:spoken\\s+)?language\\b.*|${removeVerb}\\s+(?:the\\s+languages?\\s+)?(?<removed>.+?)\\s+from\\s+(?:my|the)\\s+languages\\b.*|(?:add|put)\\s+(?<added>.+?)\\s+(?:to|in|under)\\s+(?:my|the)\\s+languages\\b.*)$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const list = match.original('list')?.trim();
    if (list) return { args: { languages: languageList(list) } };
    const removed = (match.original('not') ?? match.original('removed'))?.trim().replace(/^["“'‘]|["”'’]$/g, '');
    if (removed) return { args: { language: removed, remove: true } };
    const added = /^(?<language>\p{L}[\p{L} ]*?)(?:\s+(?:at\s+)?\(?(?<level>[^()]+?)\)?)?$/u.exec(match.original('added')?.trim() ?? '')?.groups;
    if (!added?.language || !isSpokenLanguage(added.language)) return { reply: languagesElsewhere(match.original('added')) };
    return { args: { language: added.language, ...(added.level ? { language_level: added.level } : {}) } };
  },
};

/** "Polish (native) and French (B1)" → "Polish (native); French (B1)": the list in the form the correction reads. */
function languageList(said: string): string {
  return said
    .split(/\s*(?:,|;|\band\b|&|\+)\s*(?![^()]*\))/i)
    .map((language) => language.trim().replace(/[.!]+$/, ''))
    .filter(Boolean)
    .join('; ');
}

// A level as people say it: a CEFR grade, or words.
const levelSaid = '(?<level>[abc][12](?:\\s*(?:level|niveau))?|native(?:\\s+speaker)?|mother\\s+tongue|(?:business\\s+)?fluent|bilingual|basic|beginner|elementary|intermediate|upper[\\s-]intermediate|advanced|conversational|proficient)';

/**
 * One language's level: "my German is B1", "my German is only B1 now, please update", "update my German to B2",
 * "change my Spanish level to C1", "I speak Spanish at C1", "my level of French is A2". The language must be one
 * ("my English is fluent"; "my level is senior" is not a language's).
 */
const languageLevel: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:(?:please|pls|kindly|can\\s+you|could\\s+you)\\s+)?(?:my\\s+(?:level\\s+(?:of|in)\\s+)?(?<language>\\p{L}+)(?:\\s+level)?\\s+(?:is|was|should\\s+(?:be|say|read))\\s+(?:actually\\s+|now\\s+|only\\s+|just\\s+)*|(?:update|change|set|correct|fix|make)\\s+(?:my\\s+|the\\s+)?(?<language2>\\p{L}+)(?:\\s+level)?\\s+(?:to|as)\\s+|i\\s+speak\\s+(?<language3>\\p{L}+)\\s+(?:at\\s+)?(?:(?:a|an)\\s+)?(?:level\\s+)?)${levelSaid}(?:\\s+(?:now|actually|level))?(?:\\s+(?:on|in)\\s+my\\s+(?:resume|cv|résumé))?(?:[,.!]?\\s*(?:please\\s+|pls\\s+|kindly\\s+)?(?:update|change|fix|correct)(?:\\s+(?:it|that|this|my\\s+(?:resume|cv|résumé)))?)?(?:[,.!]?\\s*(?:please|pls|thanks|thank\\s+you))?[.!]*$`,
    'iu',
  ),
  confidence: 'certain',
  read: (match) => {
    const language = (match.original('language') ?? match.original('language2') ?? match.original('language3'))?.trim();
    const level = match.original('level')?.trim().replace(/\s*(?:level|niveau)$/i, '');
    if (!language || !level || !isSpokenLanguage(language)) return null;
    return { args: { language, language_level: /^[abc][12]$/i.test(level) ? level.toUpperCase() : level } };
  },
};

/**
 * One skill put in place of another: "remove the skill 'Storybook gute Kenntnisse' and add
 * Storybook", "replace the skill Excell with Excel", "drop the skill X, add Y instead". Regression
 * (session 40, issue 14): the first became a job search and a save of the job in play.
 */
const skillReplacement: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:(?:please|pls|can\\s+you|could\\s+you)\\s+)?(?:${removeVerb}\\s+(?:the\\s+|my\\s+)?skill\\s+(?<was>["“'‘].+?["”'’]|.+?)(?:\\s+(?:from|off|out\\s+of)\\s+(?:my|the)\\s+(?:skills(?:\\s+list)?|resume|cv))?\\s*(?:,\\s*|\\s+)(?:and\\s+|then\\s+)?(?:add|put(?:\\s+in)?|write)\\s+(?:the\\s+skill\\s+)?(?<skill>["“'‘].+?["”'’]|.+?)|(?:replace|swap)\\s+(?:the\\s+|my\\s+)?skill\\s+(?<replaced>["“'‘].+?["”'’]|.+?)\\s+(?:with|for|by)\\s+(?<by>["“'‘].+?["”'’]|.+?))(?:\\s+(?:instead|to\\s+my\\s+skills|please|pls))*[.!]?$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const unquoted = (group: string) => match.original(group)?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    const was = unquoted('was') ?? unquoted('replaced');
    const skill = unquoted('skill') ?? unquoted('by');
    return was && skill ? { args: { skill_was: was, skill } } : null;
  },
};

/** A skill dropped with "the skill" said, and nothing after: "delete the skill 'Team player'". */
const namedSkillRemoval: Intent<Args> = {
  pattern: new RegExp(`^${lead}(?:(?:please|pls|can\\s+you|could\\s+you)\\s+)?${removeVerb}\\s+(?:the|my)\\s+skill\\s+(?<skill>["“'‘].+?["”'’]|[^,.;!?]+?)[.!]?$`),
  confidence: 'certain',
  read: (match) => {
    const said = match.original('skill')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    return said ? { args: { skill_was: said, remove: true } } : null;
  },
};

/** "…, its not a bullet", "— it's a heading": why, said after the request with or without a comma. */
const becauseSaid = `(?:${because.slice(0, -1)}|\\s+(?:it(?:'|’)?s|it\\s+is|that(?:'|’)?s|thats)\\b.*)?`;
/** A bullet as people call one: "bullet", "bullet point", "point", "highlight", "line". */
const bulletWord = '(?:bullet(?:\\s+point)?|point|highlight|line)';

/**
 * One bullet dropped from a job: "remove the words Key achievements from my cv its not a
 * bullet", "delete the line "Key achievements:" from my resume", "delete the second bullet of my
 * Acme job", "remove the last point under my Burnage job".
 */
const highlightRemoval: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:(?:please|pls|can\\s+you|could\\s+you)\\s+)?${removeVerb}\\s+(?:the\\s+)?(?:(?<place>${ordinal})\\s+${bulletWord}\\s+(?:of|from|under|in|on|at|for)\\s+(?:my\\s+|the\\s+)?(?<job>.+?)(?:\\s+(?:job|role|position|entry|one))?(?:\\s+(?:from|on|in)\\s+(?:my|the)\\s+(?:resume|cv|résumé))?|(?:words?|text|heading|${bulletWord})\\s+(?<words>.+?)\\s+(?:from|off|out\\s+of)\\s+(?:my|the)\\s+(?:(?<owner>.+?)\\s+(?:job|role|position)\\s+(?:on|in)\\s+(?:my\\s+)?)?(?:resume|cv|résumé))${becauseSaid}$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const words = match.original('words')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    const place = match.groups.place;
    const job = (match.original('job') ?? match.original('owner'))?.trim();
    const highlight = place ?? words;
    if (!highlight) return null;
    return { args: { highlight, remove: true, ...(job ? { job } : {}) } };
  },
};

/** The resume's list of certificates, as people name it. */
const certificatesWord = '(?:certs?|certificates?|certifications?|licen[cs]es?|registrations?|qualifications?|credentials?|tickets)';
/** What a certificate is called when it is added "as" one. */
const certificateWord = '(?:cert|certificate|certification|licen[cs]e|registration|qualification|credential)';
const onResume = '(?:\\s+(?:on|in|to)\\s+(?:my\\s+|the\\s+)?(?:resume|cv|résumé))?';

/**
 * A certificate, licence or registration the importer missed, added in chat: "add my HCPC registration as a
 * certificate: Paramedic, PA12345, renewal 2027-05", "add AWS Solutions Architect to my certs", "put my CSCS card in
 * my certifications please". What is said after a colon or dash is kept with it (number, renewal). Regression (trial
 * s48 #5): only `jobpilot resume set certificates` could add one.
 */
const certificateAddition: Intent<Args> = {
  pattern: new RegExp(
    `^(?:(?:please|pls|kindly|can\\s+you|could\\s+you|also|and)\\s+)*(?:add|put|include|list|record|enter)\\s+(?:my\\s+|the\\s+|a\\s+|an\\s+)?(?<certificate>.+?)\\s+(?:(?:to|in|into|on|under|with)\\s+(?:my\\s+|the\\s+)?(?:(?:resume|cv|résumé)(?:['’]s)?\\s+)?${certificatesWord}(?:\\s+(?:list|section))?${onResume}|as\\s+(?:a\\s+|an\\s+|my\\s+|one\\s+of\\s+my\\s+)?${certificateWord}s?${onResume})(?:\\s+(?:too|also|as\\s+well))?(?:\\s*(?:[:–—]|,|\\s-)\\s*(?<detail>.+?))?[.!]*$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const named = match.original('certificate')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    // (A job is not a certificate: "add the Acme job to my list" is the saved list's.)
    if (!named || named.split(/\s+/).length > 12 || /\b(?:job|role|position|one|it|this|that|note)\b/i.test(named)) return null;
    const detail = match.original('detail')?.trim();
    return { args: { certificate: detail ? `${named}: ${detail}` : named } };
  },
};

/** A certificate taken off: "remove First Aid 2015 from my certificates", "delete the cert 'Forklift' from my licences". */
const certificateRemoval: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:(?:please|pls|kindly|can\\s+you|could\\s+you)\\s+)?${removeVerb}\\s+(?:the\\s+|my\\s+)?(?:${certificateWord}\\s+)?(?<certificate>["“'‘].+?["”'’]|.+?)\\s+(?:from|off|out\\s+of)\\s+(?:my|the)\\s+(?:(?:resume|cv|résumé)(?:['’]s)?\\s+)?${certificatesWord}(?:\\s+(?:list|section))?${because}$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const named = match.original('certificate')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    return named ? { args: { certificate: named, remove: true } } : null;
  },
};

/** Where a missed item belongs, by the list named: a certificate, a language, or else a skill. */
function missedItem(item: string, where: string): Reading<Args> | null {
  const named = item.trim().replace(/^(?:my|the|a|an)\s+/i, '').replace(/^["“'‘]|["”'’]$/g, '').trim();
  if (!named || named.split(/\s+/).length > 8 || /^(?:it|this|that|them|something|some|one|a\s+lot|stuff|things?)$/i.test(named)) return null;
  if (new RegExp(`^${certificatesWord}$`, 'i').test(where)) return { args: { certificate: named } };
  const [language = '', ...level] = named.replace(/[()]/g, ' ').trim().split(/\s+/);
  if (/^languages?$/i.test(where) || (isSpokenLanguage(language) && level.length <= 2)) {
    return isSpokenLanguage(language) ? { args: { language, ...(level.length > 0 ? { language_level: level.join(' ') } : {}) } } : null;
  }
  return { args: { skill: named } };
}

/** "…, add it", "- please put them in": asking for the missed item to be added, after saying it was missed. */
const addIt = '(?:\\s*[,;.!—–-]*\\s*(?:(?:so\\s+)?(?:please|pls|kindly|can\\s+you|could\\s+you)\\s+)?(?:add|put|include|list)\\s+(?:it|them|that|those)(?:\\s+(?:in|on|back|there|too|to\\s+(?:it|them|my\\s+\\w+)))?)?';

/**
 * What the importer missed, said as its miss: "you missed kubernetes in my skills, add it", "you left out my PRINCE2
 * cert", "Mandarin is missing from my languages", "my forklift licence isn't on my resume". Added to the list named:
 * certificates, languages, or skills (a spoken language said alone is a language).
 */
const missedAddition: Intent<Args> = {
  pattern: new RegExp(
    `^(?:(?:you|u|the\\s+(?:importer|reader))\\s+(?:have\\s+|'ve\\s+|’ve\\s+)?(?:missed|forgot|left\\s+(?:out|off)|skipped|dropped|lost|didn'?t\\s+(?:get|pick\\s+up|include|read|catch))(?:\\s+out)?\\s+(?:(?<item>.+?)\\s+(?:in|from|on|under|off|out\\s+of)\\s+(?:my\\s+|the\\s+)?(?:(?:resume|cv|résumé)(?:['’]s)?\\s+)?(?<where>skills?|${certificatesWord}|languages?|resume|cv|résumé)(?:\\s+(?:list|section))?|my\\s+(?<item3>.+?)\\s+(?<where3>${certificateWord}))|(?<item2>.+?)\\s+(?:is|are|was|were)\\s+(?:missing|not\\s+(?:there|listed|shown))\\s+(?:from|in|on|under)\\s+(?:my\\s+|the\\s+)?(?<where2>skills?|${certificatesWord}|languages?|resume|cv|résumé)(?:\\s+(?:list|section))?)${addIt}(?:\\s+(?:please|pls|thanks))?[.!]*$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const item = match.original('item') ?? match.original('item2') ?? match.original('item3');
    const where = (match.groups.where ?? match.groups.where2 ?? match.groups.where3 ?? '').toLowerCase();
    return item ? missedItem(item, where) : null;
  },
};

/** A level as people say it after a language: "English fluent", "Polish (native)", "Igbo is my first language". */
const spokenLevel = /^(?:\(?(?<level>[abc][12]|native(?:\s+speaker)?|mother\s+tongue|fluent|fluently|bilingual|basic|beginner|elementary|intermediate|upper[\s-]intermediate|advanced|conversational|proficient|professional|business(?:\s+level)?|working\s+knowledge)\)?|(?:is|as)\s+my\s+(?<first>first|native|mother|home)\s+(?:language|tongue))$/i;

/** "Polish and Ukrainian, English fluent" → "Polish; Ukrainian; English (fluent)"; nothing unless each one is a language. */
function languagesSaid(said: string): string | undefined {
  const parts = said
    .split(/\s*(?:,|;|\band\b|&|\+|\balso\b)\s*/i)
    .map((part) => part.trim().replace(/[.!]+$/, '').replace(/\s+(?:too|as\s+well|also)$/i, ''))
    .filter(Boolean);
  const listed: string[] = [];
  for (const part of parts) {
    const [language = '', ...rest] = part.replace(/^(?:a\s+(?:bit|little)\s+of|some|basic)\s+/i, '').split(/\s+/);
    if (!isSpokenLanguage(language)) return undefined;
    const level = rest.length > 0 ? spokenLevel.exec(rest.join(' ')) : null;
    if (rest.length > 0 && !level) return undefined;
    const fluency = level?.groups?.first ? 'native' : level?.groups?.level?.replace(/ly$/i, '');
    listed.push(fluency ? `${language[0]?.toUpperCase()}${language.slice(1)} (${fluency})` : `${language[0]?.toUpperCase()}${language.slice(1)}`);
  }
  return listed.length > 0 ? listed.join('; ') : undefined;
}

/**
 * Languages the importer missed, said as the person speaks them: "I also speak Polish and Ukrainian, English fluent",
 * "i'm fluent in Yoruba too, please add it to languages", "I can speak basic Arabic as well". Each one is added, or
 * its level set when listed.
 */
const languagesAddition: Intent<Args> = {
  pattern: new RegExp(
    `^(?:(?:and|also|oh|btw)\\s+)*(?:i\\s+(?:also\\s+|can\\s+also\\s+|can\\s+)?(?:speak|know)\\s+(?<list>.+?)|(?:i(?:'|’)?m|i\\s+am|im)\\s+(?:also\\s+)?(?<level>fluent|native|conversational|bilingual|proficient)\\s+in\\s+(?<language>.+?))(?:\\s+(?:too|as\\s+well|also))?(?:\\s*[,;.!—–-]*\\s*(?:(?:so\\s+)?(?:please|pls|kindly|can\\s+you|could\\s+you)\\s+)?(?:add|put|include|list)\\s+(?:it|them|that|those)(?:\\s+(?:to|in|on|under)\\s+(?:my\\s+|the\\s+)?(?:languages|resume|cv|résumé)(?:\\s+(?:list|section))?)?)?(?:\\s+(?:please|pls|too))?[.!]*$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const level = match.groups.level;
    const said = level ? `${match.original('language') ?? ''} ${level}` : (match.original('list') ?? '');
    const languages = languagesSaid(said);
    return languages ? { args: { add_languages: languages } } : null;
  },
};

/**
 * A bullet of one job, quoted, taken off: "remove 'Team Lead – Level 2' from my first job's highlights", "delete
 * "Key duties:" from the bullets of my Acme job". "My first job" here is the resume's (the highlights say so).
 */
const quotedHighlightRemoval: Intent<Args> = {
  pattern: new RegExp(
    `^${lead}(?:(?:please|pls|kindly|can\\s+you|could\\s+you)\\s+)?${removeVerb}\\s+(?:the\\s+)?(?:(?:words?|text|${bulletWord})\\s+)?(?<words>["“'‘].+?["”'’])\\s+(?:from|off|out\\s+of|under)\\s+(?:(?:the\\s+)?(?:highlights|bullets|bullet\\s+points|points|lines)\\s+(?:of|for|under|in)\\s+)?(?:my\\s+|the\\s+)?(?<job>.+?)(?:\\s+(?:job|role|position|entry|one))?(?:['’]s)?(?:\\s+(?:highlights|bullets|bullet\\s+points|points|lines))?${onResume}${becauseSaid}$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const words = match.original('words')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    const job = match.original('job')?.trim();
    if (!words || !job || /^(?:resume|cv|résumé|skills?|languages?)$/i.test(job)) return null;
    return { args: { highlight: words, remove: true, job } };
  },
};

/**
 * A quoted line said to be no bullet, and which job it sits under: "the 'Key duties' line under the Harbour job isn't
 * a real bullet, drop it", "'Main tasks' isnt a bullet, its a heading, get rid of it under the café job".
 */
const notABullet: Intent<Args> = {
  pattern: new RegExp(
    `^(?!.*\\b(?:not\\s+a\\s+(?:real\\s+)?job|as\\s+(?:one\\s+of\\s+)?my\\s+jobs?)\\b)(?=.*\\b(?:(?:is\\s*n[o'’]?t|isnt|not|was\\s*n[o'’]?t)\\s+(?:a\\s+|one\\s+of\\s+my\\s+)?(?:real\\s+|proper\\s+|actual\\s+)?(?:bullet|point|highlight|line)s?|(?:it(?:'|’)?s|its|it\\s+is)\\s+(?:just\\s+|only\\s+)?a\\s+(?:heading|title|header|section\\s+(?:name|title)))\\b).*?(?<words>["“'‘][^"”'’]+["”'’]).*$`,
  ),
  confidence: 'certain',
  read: (match) => {
    const words = match.original('words')?.trim().replace(/^["“'‘]|["”'’]$/g, '').trim();
    if (!words) return null;
    const job = /\b(?:under|in|from|of|on|at)\s+(?:my\s+|the\s+)(?<job>[^,.;!?"“'‘]+?)\s+(?:job|role|position|entry)\b/i.exec(match.clause.text)?.groups?.job?.trim();
    return { args: { highlight: words, remove: true, ...(job ? { job } : {}) } };
  },
};

/** Each intent's pattern with the indices of its groups (`d`), built once, not on every message. */
const indexedPatterns = new WeakMap<Intent<Args>, RegExp>();
function withIndices(intent: Intent<Args>): RegExp {
  let pattern = indexedPatterns.get(intent);
  if (!pattern) indexedPatterns.set(intent, (pattern = new RegExp(intent.pattern.source, 'd')));
  return pattern;
}

/** The first of `intents` that reads `text` whole, or undefined. */
function readWith(intents: readonly Intent<Args>[], text: string): Args | undefined {
  const lower = text.toLowerCase();
  const clause = { text, lower, question: false };
  for (const intent of intents) {
    const match = withIndices(intent).exec(lower);
    if (!match) continue;
    const original = (group: string) => {
      const span = match.indices?.groups?.[group];
      return span && text.length === lower.length ? text.slice(span[0], span[1]) : match.groups?.[group];
    };
    const reading = intent.read({ groups: { ...match.groups }, original, clause }, { references: {}, history: [], allowedApps: [] });
    if (reading && 'args' in reading) return reading.args;
  }
  return undefined;
}

/** One correction said alone: the first pattern that reads it, or the sentence reader. */
function readOne(text: string): Args | undefined {
  const found = readWith(oneCorrection, text);
  if (found) return found;
  const reading = readCorrection({ text, lower: text.toLowerCase(), question: false });
  return reading && 'args' in reading ? reading.args : undefined;
}

/** Several corrections in one sentence, or one read anywhere in it. */
const readSentence = (clause: Clause): Reading<Args> | null => readSeveral(clause, readOne) ?? readCorrection(clause);

/**
 * How people correct what the importer read: "my name is Ana Ortiz, not Ana Ortz", "the
 * company of my first job is Loomwave Ltd", "my title at Loomwave was Staff Engineer",
 * "that's wrong: I worked at Loomwave from 2019"; several at once ("the company of my second
 * job is A and my title there was B").
 */
export const correctResumePhrasing = definePhrasing<Args>({
  priority: 24,
  utterances: correctResumeUtterances,
  readSentence,
  // "I also speak Polish and Ukrainian, English fluent", "add my HCPC registration as a certificate: Paramedic, PA12345,
  // renewal 2027-05": commas inside one list or one certificate's details, never a boundary between requests.
  readWhole: (message) => {
    const text = message.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
    const args = readWith([certificateAddition, languagesAddition], text);
    return args ? { args } : null;
  },
  // "hi, my name is Tomas, find me welder jobs in Porto": an introduction beside a request, no correction.
  asideBeside: (text) => introduction.test(text.trim()) && !correctionWord.test(text),
  capability: 'correct what I read from your resume',
  describe: () => 'correct your resume',
  produces: ['active_resume_id'],
  jobOnResume: true,
  intents: [
    certificateRemoval,
    certificateAddition,
    missedAddition,
    languagesAddition,
    quotedHighlightRemoval,
    notABullet,
    highlightRemoval,
    languageCorrection,
    languageLevel,
    skillReplacement,
    skillRemoval,
    namedSkillRemoval,
    skillAddition,
    removal,
    {
      // Several corrections in one sentence: surer than any one pattern reading them as one value.
      pattern: /^.+(?:;|,|\s(?:and|&)\s).+$/,
      confidence: 'certain',
      read: ({ clause }) => readSeveral(clause, readOne),
    },
    ...oneCorrection,
    {
      // "the first job should say Loomwave Ltd not Loomwave": a job's line corrected without naming the field.
      pattern: new RegExp(`^${lead}(?:my|the)\\s+${ordinal}\\s+(?:job|role|position|entry)\\b.*\\b(?:should\\s+(?:say|read|be)|says|reads)\\s+.+$`),
      read: ({ clause }) => readCorrection(clause),
    },
    {
      // "I went back to my maiden name, Siobhán Kelly": the name said after the kind of name it is.
      pattern: /^.*\b(?:maiden|married|new|legal)\s+name\b.*$/,
      read: ({ clause }) => {
        const name = namedAs.exec(clause.text)?.groups?.value;
        return name ? { args: { name } } : null;
      },
    },
    {
      // "my degree was a 2:1", "I got a first in my BSc", "my gpa was 3.8": a degree's grade, which a resume shows beside it.
      pattern: /^.*\b(?:degree|bsc|ba|beng|msc|ma|mba|phd|bachelor'?s|master'?s|grade|class|gpa|honou?rs|graduated|uni|university)\b.*$/,
      read: ({ clause }) => {
        const args = readGrade(clause.text);
        return args.grade ? { args } : null;
      },
    },
    {
      // "my last skill is Crew Leadership not Crew", "the skill Knife should say Knife Skills": one skill, by its name or place.
      pattern: /^.*\bskills?\b.*$/,
      read: ({ clause }) => {
        const args = readSkill(clause.text);
        return args ? { args } : null;
      },
    },
  ],
  examples: [
    { say: 'my name is Ana Ortiz, not Ana Ortz', args: { name: 'Ana Ortiz' } },
    { say: 'the company of my first job is Loomwave Ltd', args: { job: 'first', company: 'Loomwave Ltd' } },
    { say: 'my title at Loomwave was Staff Engineer', args: { job: 'Loomwave', position: 'Staff Engineer' } },
    { say: "that's wrong: I worked at Loomwave from 2019", args: { job: 'Loomwave', start_date: '2019' } },
    { say: 'I worked at Brightwell from March 2016 to 2019', args: { job: 'Brightwell', start_date: 'March 2016', end_date: '2019' } },
    { say: 'my title at Banco Azul S.A. was Risk Analyst, Retail Credit', args: { job: 'Banco Azul S.A.', position: 'Risk Analyst, Retail Credit' } },
    { say: 'I worked at Drukarnia Nowa Sp. z o.o. from May 2014 to 2018', args: { job: 'Drukarnia Nowa Sp. z o.o.', start_date: 'May 2014', end_date: '2018' } },
    { say: 'my email is ana.ortiz@example.org', args: { email: 'ana.ortiz@example.org' } },
    { say: 'no, I was a Product Designer at Figment', args: { job: 'Figment', position: 'Product Designer' } },
    { say: "remove the 3rd job from my resume, it's not a real job", args: { job: '3rd', remove: true } },
    { say: 'take job 2 off my cv', args: { job: '2', remove: true } },
    { say: 'my degree was a 2:1', args: { grade: '2:1' } },
    { say: 'I got a first in my BEng at Cardiff', args: { grade: 'First', degree: 'Cardiff' } },
    { say: 'remove the skill "Managed a ward of 28 beds on nights" from my resume', args: { skill_was: 'Managed a ward of 28 beds on nights', remove: true } },
    { say: 'remove the words Key achievements from my cv its not a bullet', args: { highlight: 'Key achievements', remove: true } },
    { say: 'delete the second bullet of my Acme job', args: { highlight: 'second', job: 'Acme', remove: true } },
    { say: 'my Spanish is B2 now, please update', args: { language: 'Spanish', language_level: 'B2' } },
    { say: 'remove Leeds and Fließend from my languages', args: { language: 'Leeds and Fließend', remove: true } },
  ],
  counterExamples: ['show my resume', 'import my resume from ~/cv.pdf', 'use my backend resume', 'write a cover letter for the first one'],
});
