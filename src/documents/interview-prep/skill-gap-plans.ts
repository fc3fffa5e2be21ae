import { skillKey } from '../../resume/skill-vocabulary.ts';
import type { UnmetCondition } from '../writer-input.ts';
import type { PrepFacts, SkillGap } from './prep-facts.ts';

interface PlanKind {
  /** Skill keys (see `skillKey`). */
  keys: ReadonlySet<string>;
  learn: (skill: string) => string;
  practise: (skill: string) => string;
}

const keysOf = (skills: readonly string[]) => new Set(skills.map((skill) => skillKey(skill)));

const planKinds: readonly PlanKind[] = [
  {
    keys: keysOf(['Kubernetes', 'Docker', 'Terraform', 'AWS', 'Google Cloud', 'Azure', 'Helm', 'Ansible', 'Linux', 'CI/CD']),
    learn: (skill) => `Work through the official ${skill} getting-started guide and note the core concepts and vocabulary.`,
    practise: (skill) => `Run something small you wrote with ${skill}, end to end; then break it on purpose and fix it.`,
  },
  {
    keys: keysOf(['PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'SQL', 'Elasticsearch', 'DynamoDB', 'Cassandra', 'SQLite', 'BigQuery', 'Snowflake']),
    learn: (skill) => `Read the ${skill} documentation on data modelling, indexing and how queries are executed.`,
    practise: (skill) => `Model a small dataset in ${skill} and write the queries this role would need; check how they perform.`,
  },
  {
    keys: keysOf(['Kafka', 'RabbitMQ', 'Amazon SQS', 'Google Pub/Sub', 'NATS', 'ActiveMQ', 'Amazon Kinesis']),
    learn: (skill) => `Read the ${skill} documentation on topics or queues, consumers, ordering and delivery guarantees.`,
    practise: (skill) => `Build a small producer and consumer with ${skill}; then stop the consumer mid-stream and see what is redelivered.`,
  },
  {
    keys: keysOf(['Python', 'Java', 'Go', 'Rust', 'TypeScript', 'JavaScript', 'C#', 'C++', 'Kotlin', 'Scala', 'Ruby', 'PHP', 'Swift', 'Elixir']),
    learn: (skill) => `Take the official tour or a short structured course in ${skill}, then solve a handful of exercises in it.`,
    practise: (skill) => `Rewrite a small tool you already know in ${skill}, with its usual libraries and tests.`,
  },
  {
    keys: keysOf(['React', 'Vue.js', 'Angular', 'Django', 'Flask', 'Spring', 'Ruby on Rails', 'Express', 'Next.js', 'NestJS', 'FastAPI', 'Svelte', 'Node.js']),
    learn: (skill) => `Follow the official ${skill} tutorial from start to finish.`,
    practise: (skill) => `Build a small app with ${skill} that covers its routing, data handling and tests.`,
  },
];

const generalPlan: Omit<PlanKind, 'keys'> = {
  // Any profession: a nurse's "Rostering" has no documentation to read, but it has courses, guides and people who do it.
  learn: (skill) => `Find a well-regarded short course, guide or standard on ${skill}, or someone who does it daily, and note its core ideas and vocabulary.`,
  practise: (skill) => `Apply ${skill} to a small, concrete task like the ones this role describes, and write down what you learned.`,
};

const weightNote: Record<SkillGap['weight'], string> = {
  required: 'The posting lists this as required.',
  'nice to have': 'The posting lists this as nice to have.',
  mentioned: 'The posting mentions this.',
};

function plan(gap: SkillGap, strengths: readonly string[]): string {
  const kind = planKinds.find((candidate) => candidate.keys.has(skillKey(gap.skill)));
  // Only a skill of the same kind carries over (MySQL to PostgreSQL); SQL says nothing about Kafka.
  const related = kind ? strengths.find((strength) => kind.keys.has(skillKey(strength))) : undefined;
  const bridge = related ? ` and how your ${related} experience carries over` : '';
  const { learn, practise } = kind ?? generalPlan;
  const steps = [
    learn(gap.skill),
    practise(gap.skill),
    `Prepare an honest answer: say you haven't used ${gap.skill} in your work yet, then describe what you did to learn it while preparing${bridge}.`,
  ];
  return `### ${gap.skill}\n\n*${weightNote[gap.weight]}*\n\n${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}`;
}

// What to prepare for a requirement that is not a skill, by its kind: the years, a degree, a
// licence, a language, the right to work; anything else is confirmed plainly.
function conditionSteps(condition: UnmetCondition): string[] {
  const { requirement } = condition;
  switch (condition.kind) {
    case 'years': {
      const shown = condition.yearsShown ?? 0;
      const years = shown >= 1 ? `${Math.floor(shown)} year${Math.floor(shown) === 1 ? '' : 's'}` : 'less than a year';
      return [
        `Your resume shows ${years} in this field against the ${requirement} asked. Pick two pieces of your work that show the depth those years stand for: their scope, what you were responsible for, and the result.`,
        'Prepare an honest answer to "you have fewer years than we asked for": what you did in the years you have, and how quickly you took on more.',
      ];
    }
    case 'education':
      return [
        `Your resume does not show "${requirement}". Say what you have instead (a related qualification, training, or the experience the posting may accept as equivalent), and only if it is true, that you are working toward it.`,
        'If you do hold it, add it to your resume before you apply: the match found it nowhere.',
      ];
    case 'licence':
    case 'driving licence':
    case 'clearance':
      return [
        `If you hold ${requirement}, add it to your resume (it is not shown there now) and bring its number or card to the interview.`,
        'If you do not, find out how long getting it takes and what it costs, and say so plainly when asked.',
      ];
    case 'language':
      return [
        `If you speak ${requirement}, add it to your resume with your level; the interview may switch to it for a few questions.`,
        'If you do not, be ready to say how you would do the work without it, and how you are learning it if you are.',
      ];
    case 'right to work':
      return [
        `Be ready to state your right to work plainly (${requirement}): your status, and whether you would need sponsorship.`,
        'If you have it, say so in your letter or on your resume: the match found it nowhere.',
      ];
    default:
      return [`Be ready to confirm "${requirement}" and, if anything limits it, to say so plainly.`];
  }
}

function conditionPlan(condition: UnmetCondition): string {
  const note = condition.optional ? 'The posting lists this as nice to have.' : 'The posting asks for this; the match found it nowhere on your resume.';
  const heading = condition.kind === 'years' ? `Experience: ${condition.requirement}` : condition.requirement;
  return `### ${heading}\n\n*${note}*\n\n${conditionSteps(condition).map((step, index) => `${index + 1}. ${step}`).join('\n')}`;
}

/**
 * The posting's skills the resume lacks, each with a short, concrete plan: learn it, use it
 * on something small, and prepare an honest answer about it; then the requirements that are
 * not skills the match found unmet (years, a degree, a licence, a language, the right to work).
 *
 * @example
 * skillGapPlans(prepFacts(resume, posting)); // '## Skill gaps to prepare\n\n### Kubernetes\n\n*The posting lists this as required.* …'
 */
export function skillGapPlans(facts: PrepFacts): string {
  const unmet = facts.conditionGaps ?? [];
  const conditions = [...unmet.filter((condition) => !condition.optional), ...unmet.filter((condition) => condition.optional)].slice(0, 4);
  if (facts.gaps.length === 0 && conditions.length === 0 && facts.probedSkills.length === 0) {
    return "## Skill gaps to prepare\n\nThe posting names no specific skills. Reread its responsibilities and match each one to something you have done; where you can't, plan how you would learn it.";
  }
  if (facts.gaps.length === 0 && conditions.length === 0) {
    return "## Skill gaps to prepare\n\nThe match found no skill the posting asks for missing from your resume (its keywords aside). Spend your preparation on the depth questions above and on your stories' results.";
  }
  const intro = 'Time-box each plan to a few focused sessions before the interview; depth in one gap beats a skim of all of them.';
  return ['## Skill gaps to prepare', intro, ...facts.gaps.slice(0, 5).map((gap) => plan(gap, facts.matched)), ...conditions.map(conditionPlan)].join('\n\n');
}
