import { registrationOf } from '../credential-words.ts';
import { languagesIn } from '../../resume/spoken-languages.ts';
import { article, asClause, inSentence, joinWords, startsWithActionVerb } from '../prose.ts';
import { asTopic, fieldQuestions, tradeRoleQuestions } from './field-questions.ts';
import type { PrepFacts } from './prep-facts.ts';
import { readsWhole } from '../../resume/whole-line.ts';
import type { Seniority } from './seniority.ts';

const questionsBySeniority: Record<Seniority, { heading: string; questions: string[] }> = {
  entry: {
    heading: 'For an early-career role',
    questions: [
      'What have you learned recently, and how did you go about learning it?',
      "Tell me about a project you're proud of, even a small one. What was your part?",
      "What do you do when you're stuck on a problem?",
    ],
  },
  mid: {
    heading: 'For an experienced, hands-on role',
    questions: [
      'Tell me about a piece of work you owned from start to finish.',
      'How do you decide what to do first when everything seems urgent?',
      "How do you give and take feedback on a colleague's work?",
    ],
  },
  senior: {
    heading: 'For a senior role',
    questions: [
      'Tell me about a decision you made that others disagreed with. How did you handle it?',
      'How do you help less experienced colleagues grow?',
      'Describe something you designed end to end. What would you do differently now?',
    ],
  },
  lead: {
    heading: 'For a lead-level role',
    questions: [
      'How do you set direction for work that spans several teams?',
      'Tell me about a time you changed how an organisation worked, without formal authority.',
      'How do you weigh long-term quality against short-term delivery?',
    ],
  },
  manager: {
    heading: 'For a management role',
    questions: [
      'How do you handle a team member who is struggling to perform?',
      'How do you balance delivery pressure with the health of the team?',
      'Tell me about someone you hired or developed. What did you do, and what happened?',
    ],
  },
};

const behaviouralQuestions = [
  'Tell me about a time something you owned went wrong. What did you do next?',
  'Describe a time you had to deliver with incomplete information.',
  'Tell me about a disagreement with a colleague and how you resolved it.',
];

const numbered = (questions: readonly string[]) => questions.map((question, index) => `${index + 1}. ${question}`).join('\n');

function roleQuestions(facts: PrepFacts): string[] {
  // An agency's ad: the recruiter screens first, and the person joins its client.
  const questions = facts.recruiter
    ? [
        `Why does this ${facts.role} role with ${facts.recruiter.client ?? 'the client'} appeal to you?`,
        `What do you know about the client and its work, and where would you contribute first?`,
      ]
    : [
        `Why do you want to join ${facts.company} as ${article(facts.role)} ${facts.role}?`,
        `What do you know about ${facts.company}, and where would you contribute first?`,
      ];
  const { position, employer } = facts.latest ?? {};
  if (position && employer) questions.splice(1, 0, `Walk me through your work as ${position} at ${employer}.`);
  else if (employer) questions.splice(1, 0, `Walk me through your work at ${employer}.`);
  // Self-employed ("Freelance Translator" with no employer to name): the work itself.
  else if (position) questions.splice(1, 0, `Walk me through your work as ${position}.`);
  return questions;
}

/**
 * A question about one duty as the posting words it: "You will own X" and "Own X" become
 * "This role will have you own X", so the question reads as speech, not as a quoted fragment.
 */
// Duties of the trades, kitchens, care and the road, written as commands ("Install conduit", "Prepare the grill section").
// A posting's duties are commands whatever the field: "Define success metrics", "Shape the roadmap", "Conduct user research".
const dutyVerbs =
  /^(?:define|shape|champion|identify|conduct|facilitate|establish|evaluate|measure|prioriti[sz]e|gather|research|translate|turn|grow|own|partner|analy[sz]e|present|communicate|negotiate|advise|collaborate|work|help|set|supervise|install|repair|troubleshoot|service|inspect|test|fit|wire|maintain|prepare|cook|clean|care|assist|administer|assess|record|drive|deliver|load|unload|pick|pack|teach|mark|reconcile|process|prepare|handle|serve|carry|take|keep|ensure|follow|complete|read|report)\b/i;

// "Valid BOSIET/FOET and offshore medical (OGUK)", "Current CSCS card": a line that names a credential to hold, not work to do.
function isCredentialLine(line: string): boolean {
  return /^(?:a\s+)?(?:valid|current|in-date|up-to-date|full|clean)\s/i.test(line.trim()) && !startsWithActionVerb(line.trim());
}

function responsibilityQuestion(responsibility: string): string | undefined {
  // The employer's "our carriers" is "the carriers" when the interviewer asks about it.
  const duty = responsibility.replace(/^(?:you(?:'|’)ll|you will|you)\s+/i, '').replace(/\bour\b/gi, 'the').replace(/\bus\b/g, 'the team');
  // A question needs a subject: a duty of no words asks nothing.
  if ((asClause(duty).match(/\p{L}{2,}/gu) ?? []).length < 2) return undefined;
  if ((startsWithActionVerb(duty) || dutyVerbs.test(duty)) && !/^\p{L}+ed\b/iu.test(duty)) {
    return `This role will have you ${asClause(duty)}. When have you done something similar, and how did it go?`;
  }
  // Never the posting's line quoted back: the duty as a topic of the conversation.
  return `The role includes ${asClause(duty)}. What similar work have you done, and how did it go?`;
}

/**
 * A requirement asked about as an interviewer would, never quoted back: the years asked for as the
 * experience they name ("Which part of your freight planning experience …"), a language as a
 * request to speak it, a certificate the person holds as whether it is current. A skill is left
 * to "Skills in depth"; anything else is not asked.
 */
function requirementQuestion(requirement: string, facts: PrepFacts): string | undefined {
  const years = /\byears?\s+(?:of|in|as|with)\s+([^,;(]+)/i.exec(requirement);
  if (years?.[1]) {
    // "product management or a technical role working closely with product": the first field named, said briefly; a
    // clause that stays long ("working closely with …") is no topic to put before "experience".
    const topic = years[1].replace(/\s+(?:experience|work)$/i, '').replace(/\b(?:a|an)\s+/i, '').trim();
    const brief = topic.split(/\s+/).length > 4 ? topic.split(/\s+or\s+/i)[0]?.trim() : topic;
    if (brief && brief.split(/\s+/).length <= 4 && !/\b(?:working|closely|with|who|which|that|where)\b/i.test(brief)) {
      return `Which part of your ${asClause(brief)} experience is closest to what this job needs, and why?`;
    }
  }
  const experience = experienceQuestion(requirement, facts);
  if (experience) return experience;
  const languages = languagesIn(requirement).filter((language) => language !== 'English');
  if (languages.length > 0) return `Could we take part of this conversation in ${joinWords(languages, 'or')}?`;
  const certificate = facts.certificates.find((name) => sharesWord(name, requirement));
  if (certificate) {
    // A registration is asked about as one, with the regulator's word for renewing it: "Is your HCPC registration current …".
    const registration = registrationOf(certificate);
    if (registration?.body) return `Is your registration with ${registration.body} current, and when is it next due for renewal or revalidation?`;
    const named = /\b(?:card|licen[cs]e|certificate|certification|diploma|qualification|registration|permit|ticket)\b/i.test(certificate) ? certificate : `${certificate} certification`;
    return `Is your ${named} current, and when is it next due for renewal?`;
  }
  return undefined;
}

/**
 * Experience of a setting the posting asks for ("Experience working in or with schools is
 * desirable"): when the resume shows it (a teacher, whose jobs were at schools), how it helps in
 * this role; when it does not, what the person has seen of it. Never the line pasted back.
 */
function experienceQuestion(requirement: string, facts: PrepFacts): string | undefined {
  const found = /\bexperience\s+((?:of\s+|in\s+)?working\s+(?:in|with|for|alongside|across)\b.+?|(?:in|with|within|of)\s+.+?)\s*(?:\b(?:is|are|would be)\s+(?:desirable|essential|preferred|an advantage|a plus|beneficial)\b.*|[,;(].*)?$/i.exec(requirement);
  const topic = found?.[1]?.trim().replace(/^of\s+(?=working\b)/i, '');
  if (!topic) return undefined;
  const settings = (topic.match(/\p{L}{4,}/gu) ?? []).map((word) => word.toLowerCase()).filter((word) => !/^(?:working|with|within|from|across|alongside|their|other|similar|environment|setting|sector)$/.test(word));
  if (settings.length === 0) return undefined;
  const stem = (word: string) => word.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
  const met = settings.some((word) => new RegExp(`\\b${stem(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(facts.background));
  return met
    ? `How will your experience ${asClause(topic)} help you in this role?`
    : `The posting would value experience ${asClause(topic)}. What have you seen of that work, and what would you want to learn first?`;
}

function sharesWord(left: string, right: string): boolean {
  const words = (text: string) => new Set((text.match(/[\p{L}\d]{3,}/gu) ?? []).map((word) => word.toLowerCase()).filter((word) => !/^(?:the|and|with|certification|certificate|card|for)$/.test(word)));
  const rightWords = words(right);
  return [...words(left)].some((word) => rightWords.has(word));
}

// A move between fields: the two questions an interviewer is surest to ask a career changer.
function careerChangeQuestions(facts: PrepFacts): string[] {
  const change = facts.careerChange;
  if (!change) return [];
  // The work the person would point to first: the resume line most like this role's, quoted whole.
  const told = facts.highlights.filter((highlight) => highlight.source !== 'summary' && readsWhole(highlight.text));
  const transferable = told.find((highlight) => startsWithActionVerb(highlight.text)) ?? told[0];
  return [
    `Why are you moving from ${change.from} into ${change.to ?? 'this kind of work'}, and why now?`,
    transferable
      ? `Your resume says: “${transferable.text.replace(/[.;!]+$/, '')}”. Which part of that work carries over to the ${facts.role} role, and what would you do differently here?`
      : `How does your work as ${article(change.position)} ${change.position} carry over to the ${facts.role} role?`,
    'What have you done to prepare for the move: courses, side projects, work you could show us?',
  ];
}

function skillQuestion(skill: string, matched: ReadonlySet<string>, facts: PrepFacts): string {
  const field = tradeRoleQuestions(facts.trade, fieldQuestions(facts.field, facts.deskWork)) ?? fieldQuestions(facts.field, facts.deskWork);
  if (field) return matched.has(skill) ? field.shownSkill(asTopic(skill)) : field.missingSkill(asTopic(skill));
  return matched.has(skill)
    ? `Tell me about a time ${inSentence(skill)} mattered in your work. What made it hard?`
    : `This role uses ${skill}. How would you get productive with it?`;
}

/**
 * The questions an interviewer for this role is likely to ask: about the person and the
 * company, about each responsibility the posting lists, about its skills, for its seniority,
 * and the usual behavioural ones.
 *
 * @example
 * likelyQuestions(prepFacts(resume, posting)); // '## Likely questions\n\n### About you and Acme Corp\n\n1. Why do you want …'
 */
export function likelyQuestions(facts: PrepFacts): string {
  const sections = [`### About you and ${facts.company}`, numbered(roleQuestions(facts))];
  // A posting in another language is quoted as written, never bent into an English sentence ("The role includes wartung und …").
  // A certificate listed among the duties ("Valid BOSIET/FOET and offshore medical") is held, not done: asked about as one.
  const credentials = facts.postingLanguage ? [] : facts.responsibilities.filter(isCredentialLine);
  const duties = facts.responsibilities
    .filter((duty) => !credentials.includes(duty))
    .slice(0, 5)
    .map((duty) => (facts.postingLanguage ? `The posting lists “${duty.replace(/[.;:]+$/, '')}”. What similar work have you done, and how did it go?` : responsibilityQuestion(duty)))
    .filter((question): question is string => question !== undefined);
  if (duties.length > 0) sections.push("### On the role's responsibilities", numbered(duties));
  const asked = [
    ...new Set([
      ...credentials.map((line) => `Do you hold ${asClause(line.replace(/[.;:]+$/, ''))}, and when ${/\band\b|\//.test(line) ? 'do they' : 'does it'} run out?`),
      ...facts.requirements.map((requirement) => requirementQuestion(requirement, facts)).filter((question): question is string => Boolean(question)),
    ]),
  ];
  if (asked.length > 0) sections.push('### On what the posting asks for', numbered(asked.slice(0, 4)));
  const changing = careerChangeQuestions(facts);
  if (changing.length > 0) sections.push('### On your change of field', numbered(changing));
  // Design and writing work is judged on what the person can show.
  if (facts.portfolio) sections.push('### Your portfolio', numbered(['Walk us through one piece of work you are proud of: the problem, your part, and what you would change now.', 'Which piece of your work is closest to what this role does, and why did you pick it?']));
  if (facts.probedSkills.length > 0) {
    const matched = new Set(facts.matched);
    sections.push('### Skills in depth', numbered(facts.probedSkills.slice(0, 6).map((skill) => skillQuestion(skill, matched, facts))));
  }
  // In a hands-on field an interviewer asks about the work itself, its safety and its standards,
  // and a lead is asked about running a crew, a brigade or a shift, not about "several teams".
  const field = tradeRoleQuestions(facts.trade, fieldQuestions(facts.field, facts.deskWork)) ?? fieldQuestions(facts.field, facts.deskWork);
  if (field) sections.push(`### ${field.heading}`, numbered(field.likely));
  const bySeniority = questionsBySeniority[facts.seniority];
  const leads = facts.seniority === 'lead' || facts.seniority === 'manager';
  if (field && leads) sections.push('### For leading the team', numbered(field.leading));
  // A senior post in a hands-on field (a sous chef, a senior staff nurse) runs the work when the
  // lead is away: asked about that, not about "something you designed end to end".
  else if (field && facts.seniority === 'senior') sections.push(`### ${bySeniority.heading}`, numbered([...bySeniority.questions.slice(0, 2), ...field.leading.slice(0, 1)]));
  else sections.push(`### ${bySeniority.heading}`, numbered(bySeniority.questions));
  // Someone who has led people, on a post that leads no one, is asked about both.
  if (facts.managed && !leads) {
    sections.push('### On leading people', numbered([
      `Your resume says: “${facts.managed}”. What did leading those people teach you, and what did you find hardest?`,
      'This role has no one reporting to you: what draws you to it, and how would you lead without the title?',
    ]));
  }
  sections.push('### Behavioural', numbered(behaviouralQuestions));
  return ['## Likely questions', ...sections].join('\n\n');
}
