/**
 * The field of work a job title belongs to ("Senior Backend Engineer" → software, "Staff
 * Nurse" → healthcare, "Product Designer" → design), so years count in the field of the
 * posting: a decade of nursing is not experience for a software posting.
 *
 * A small classifier over title words: each word the lexicon knows votes for its field; a
 * modifier ("Data" in "Data Engineer") outweighs a head noun that many fields share, and
 * words that only name a level or a function ("Senior", "Manager", "Head of") vote nothing.
 * Words it does not know fall back to the skills vocabulary ("Kubernetes Administrator" is
 * devops, so software). A title with no known word has no field.
 */
import { findSkills } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { tokenizeSkillText } from '../skill-tokens.ts';
import { stem } from './salient-terms.ts';
import { titleInEnglish } from './title-in-english.ts';

export const jobFields = [
  'software',
  'data',
  'analytics',
  'design',
  'product',
  'healthcare',
  'education',
  'sales',
  'marketing',
  'finance',
  'people',
  'support',
  'operations',
  'hospitality',
  'legal',
  'engineering',
  'electrical',
  'plumbing',
  'mechanical',
  'construction',
  'culinary',
  'driving',
  'quality',
] as const;
export type JobField = (typeof jobFields)[number];

// word stem → [field, weight]. Weight 1 for role nouns, 1.5 for domain words that decide
// the field whatever the head noun ("Data Engineer", "Sales Engineer"), 0.5 for words that
// usually modify another field's role ("Product Designer", "Design Engineer").
const lexicon: Record<JobField, Record<string, number>> = {
  software: {
    engineer: 1, developer: 1, programmer: 1, coder: 1, software: 1.5, backend: 1.5, 'back-end': 1.5, frontend: 1.5, 'front-end': 1.5,
    fullstack: 1.5, 'full-stack': 1.5, full: 0.5, stack: 0.5, web: 1, mobile: 1, ios: 1.5, android: 1.5, devops: 1.5, sre: 1.5, reliability: 1.5,
    platform: 1, infrastructure: 1, cloud: 1, linux: 1, unix: 1, windows: 1, network: 0.5, 'systems administrator': 1.5, 'systems analyst': 1.5, 'systems programmer': 1, embedded: 1, firmware: 1.5, security: 1, qa: 1.5, tester: 1.5, test: 1,
    architect: 1, sdet: 1.5, engineering: 1, technical: 0.5, technology: 0.5, it: 1, sysadmin: 1.5, administrator: 0.5, game: 1, api: 1,
  },
  data: {
    data: 1.5, analytics: 1.5, scientist: 1.5, ml: 1.5, 'machine': 1, learning: 0.5, ai: 1, bi: 1.5, statistician: 1.5, analyst: 0.5, quantitative: 1,
  },
  // Only through the analyst rule in `jobFieldOf`: a data title that analyses rather than builds.
  analytics: {},
  design: {
    designer: 1.5, design: 1, ux: 1.5, ui: 1.5, visual: 1, graphic: 1.5, illustrator: 1.5, interaction: 1, researcher: 0.5, art: 1, creative: 1, motion: 1,
  },
  product: { product: 0.5, owner: 1, pm: 1 },
  healthcare: {
    nurse: 2, nursing: 2, rn: 2, lpn: 2, midwife: 2, physician: 2, doctor: 2, clinical: 1.5, clinician: 2, paramedic: 2, therapist: 1.5,
    pharmacist: 2, pharmacy: 1.5, medical: 1.5, patient: 1.5, care: 1, caregiver: 2, surgeon: 2, dental: 1.5, dentist: 2, health: 1, healthcare: 1.5,
    ward: 1.5, icu: 2, practitioner: 1, radiographer: 2, hospital: 1.5, sonographer: 2, phlebotomist: 2,
    carer: 2, aide: 1.5, hca: 2, cna: 2, 'support worker': 2, 'care worker': 2, 'care assistant': 2, 'home care': 2,
  },
  education: { teacher: 2, teaching: 1.5, tutor: 2, lecturer: 2, professor: 2, instructor: 1, school: 1, education: 1.5, educator: 2, curriculum: 1,
    // Designing learning is work in education, whatever the head noun ("Instructional Designer", "Learning Experience Designer").
    instructional: 2, 'e-learning': 2, elearning: 2, 'learning experience': 2, 'learning and': 1.5, pedagogy: 2, numeracy: 1.5, literacy: 1.5 },
  sales: { sales: 1.5, account: 1, 'business': 0.5, development: 0.3, representative: 0.5, sdr: 1.5, bdr: 1.5, executive: 0.3 },
  marketing: { marketing: 1.5, marketer: 1.5, seo: 1.5, content: 1, copywriter: 2, brand: 1, growth: 1, social: 1, communications: 1, pr: 1 },
  // "Auditor" alone names no field: audits are financial, food-safety, quality, ISO, clinical or IT ones.
  // An auditor is in finance when the title says so ("Financial Auditor", "Tax Auditor", "Statutory Audit Senior").
  finance: { accountant: 2, accounting: 1.5, finance: 1.5, financial: 1.5, controller: 1, bookkeeper: 2, tax: 1.5, treasury: 1.5, payroll: 1.5, statutory: 1.5, 'external audit': 1.5 },
  people: { recruiter: 2, recruiting: 1.5, talent: 1.5, hr: 1.5, 'human': 0.5, resources: 0.5, people: 0.5 },
  support: { support: 1, customer: 1, success: 0.5, helpdesk: 1.5, service: 0.5, 'client success': 1 },
  operations: {
    operations: 1, logistics: 1.5, warehouse: 1.5, supply: 1, chain: 0.5, procurement: 1.5, fleet: 1.5, dispatcher: 1.5, dispatch: 1.5,
    transport: 1.5, transportation: 1.5, freight: 1.5, shipping: 1, inventory: 1, purchasing: 1.5, buyer: 1, customs: 1.5, planner: 0.5, scheduler: 0.5,
  },
  hospitality: { barista: 2, waiter: 2, waitress: 2, bartender: 2, server: 0.3, restaurant: 1, hotel: 1.5, retail: 1, cashier: 2, store: 1, housekeeping: 1.5, receptionist: 1 },
  legal: { lawyer: 2, attorney: 2, paralegal: 2, counsel: 1.5, legal: 1.5, solicitor: 2, barrister: 2 },
  // Engineering outside software. "Design Engineer" and "Development Engineer" design products
  // (a "Software Development Engineer" stays software: "software" outweighs the pair), and a
  // title that names the discipline, the industry or the drawing work decides.
  // "Systems" names no field on its own: a "Systems Engineer" may build batteries, HVAC plants or
  // Linux fleets; the words around it decide (linux, cloud, infrastructure vote software above).
  engineering: {
    mechanical: 1.5, civil: 1.5, chemical: 1.5, structural: 1.5, manufacturing: 1.5, aerospace: 1.5, automotive: 1, mechatronics: 1.5,
    battery: 1.5, powertrain: 1.5, drivetrain: 1.5, chassis: 1.5, propulsion: 1.5, 'e-axle': 1.5, calibration: 1, thermal: 1,
    'design engineer': 1.5, 'development engineer': 1.5, 'process engineer': 1.5, 'production engineer': 1.5, cad: 1.5, cae: 1.5, drafter: 1.5, draftsman: 1.5, draughtsman: 1.5, draughtsperson: 1.5,
  },
  // The trades: a head noun that names the trade decides, whatever the level or setting
  // ("Lead Journeyman Electrician", "Service Plumber", "HGV Class 1 Driver").
  electrical: { electrician: 2, electrical: 1.5, wireman: 2, charger: 1.5, 'ev': 1, lineman: 2, linesman: 2, lineworker: 2, solar: 1, pv: 1, photovoltaic: 1 },
  plumbing: { plumber: 2, plumbing: 2, pipefitter: 2, steamfitter: 2, gas: 1.5, heating: 1.5, drainage: 1 },
  mechanical: {
    mechanic: 2, hvac: 2, refrigeration: 1.5, millwright: 2, welder: 2, welding: 1.5, fabricator: 1.5, machinist: 2, fitter: 1, maintenance: 1,
    // The metal trades: the welder's, the fabricator's and the plater's work ("Steel Fabrication Lead", "Boilermaker", "Plater-Welder").
    fabrication: 1.5, boilermaker: 2, plater: 2, ironworker: 2, metalworker: 2, 'sheet metal': 2, 'steel erector': 2, blacksmith: 2, brazer: 2,
  },
  construction: {
    carpenter: 2, joiner: 2, bricklayer: 2, construction: 1.5, roofer: 2, builder: 1.5, labourer: 1.5, laborer: 1.5, plasterer: 2,
    groundworker: 2, scaffolder: 2, drywall: 1.5, framer: 2, painter: 1, decorator: 1, site: 0.5,
    // A site's engineer, manager or supervisor runs building work, not software: "Site Engineer" on a 12-storey block;
    // a trade named beside it wins ("Electrical Site Supervisor" runs electricians).
    'site engineer': 1, 'site manager': 1, 'site supervisor': 1,
  },
  culinary: { chef: 2, cook: 2, sous: 1.5, kitchen: 1.5, pastry: 1.5, baker: 2, culinary: 2, commis: 2, catering: 1, caterer: 1.5 },
  driving: {
    driver: 2, hgv: 2, lgv: 2, truck: 1.5, trucker: 2, courier: 1.5, delivery: 1, cdl: 2, haulage: 1.5, chauffeur: 2, van: 1, tanker: 1.5,
  },
  // Food safety and quality assurance outside software (a software "QA Engineer" stays software: "qa" votes there).
  quality: {
    quality: 1.5, assurance: 0.5, qc: 1, haccp: 2, hygiene: 1.5, 'food safety': 2.5, 'food quality': 2.5, 'quality assurance': 1, 'quality control': 1,
    inspector: 0.5, qhse: 2, hse: 1, iso: 1, brcgs: 2, ifs: 1, 'food technologist': 2.5, technologist: 0.5, sanitation: 1.5, compliance: 0.5,
    // The same titles in Portuguese, Spanish, French, German and Italian.
    qualidade: 1.5, calidad: 1.5, qualité: 1.5, qualite: 1.5, qualität: 1.5, qualitat: 1.5, qualità: 1.5, jakości: 1.5,
    'segurança alimentar': 2.5, 'seguridad alimentaria': 2.5, 'sécurité alimentaire': 2.5, 'sécurité des aliments': 2.5, lebensmittelsicherheit: 2.5,
    'sicurezza alimentare': 2.5, higiene: 1.5, hygiène: 1.5,
  },
};

// The vocabulary's skill categories, as fields.
const categoryFields: Record<string, JobField> = {
  language: 'software', backend: 'software', frontend: 'software', devops: 'software', cloud: 'software', database: 'software',
  mobile: 'software', testing: 'software', os: 'software', security: 'software', messaging: 'software', game: 'software',
  data: 'data', ml: 'data', design: 'design', product: 'product', healthcare: 'healthcare', finance: 'finance',
  electrical: 'electrical', plumbing: 'plumbing', mechanical: 'mechanical', construction: 'construction', culinary: 'culinary',
  care: 'healthcare', driving: 'driving', logistics: 'operations', cad: 'engineering', engineering: 'engineering',
};

// How much years in one field say about another: 1 the same, ≥ 0.5 counts toward it.
const related: Partial<Record<JobField, Partial<Record<JobField, number>>>> = {
  software: { data: 0.75, engineering: 0.3, design: 0.2, product: 0.3 },
  data: { software: 0.75, analytics: 0.75, finance: 0.3, product: 0.3 },
  analytics: { software: 0.3, finance: 0.4, product: 0.3, marketing: 0.3, operations: 0.3 },
  design: { product: 0.4, marketing: 0.3, software: 0.2 },
  product: { software: 0.3, design: 0.4, data: 0.3, marketing: 0.3 },
  marketing: { sales: 0.4, product: 0.3, design: 0.3 },
  sales: { marketing: 0.4, support: 0.4 },
  support: { sales: 0.4 },
  // Trades share sites and tools but not the licence: an electrician's years are not a plumber's.
  electrical: { construction: 0.3, mechanical: 0.4, engineering: 0.3, plumbing: 0.2 },
  plumbing: { mechanical: 0.5, construction: 0.3 },
  mechanical: { engineering: 0.3, construction: 0.3 },
  construction: { engineering: 0.3 },
  culinary: { hospitality: 0.4 },
  driving: { operations: 0.4 },
  quality: { engineering: 0.3, culinary: 0.3, healthcare: 0.2 },
};

// Exact words first; a plural or other inflection falls back to its stem ("nurses", "designers").
const lexiconByWord = new Map<string, [JobField, number][]>();
const lexiconByStem = new Map<string, [JobField, number][]>();
for (const field of jobFields) {
  for (const [word, weight] of Object.entries(lexicon[field])) {
    lexiconByWord.set(word, [...(lexiconByWord.get(word) ?? []), [field, weight]]);
    lexiconByStem.set(stem(word), [...(lexiconByStem.get(stem(word)) ?? []), [field, weight]]);
  }
}

/**
 * The field a job title belongs to, if its words say.
 *
 * @example
 * jobFieldOf('Senior Product Designer', vocabulary); // 'design'
 * jobFieldOf('Charge Nurse', vocabulary); // 'healthcare'
 */
export function jobFieldOf(title: string, vocabulary: SkillVocabulary): JobField | undefined {
  return titleField(title, vocabulary)?.field;
}

// Head nouns many fields share: alone they vote, but they never make a field certain ("Systems Engineer", "Developer").
const sharedHeadWords = new Set(['engineer', 'engineers', 'engineering', 'developer', 'developers', 'architect', 'technical', 'technology', 'administrator']);

// The title's field, the weight of the words that chose it, and how much of it came from words other than shared head nouns.
function titleField(written: string, vocabulary: SkillVocabulary): { field: JobField; weight: number; specific: number } | undefined {
  // "Frontend-Entwickler*in", "Gestionnaire de produit": the role's words in English, through its gender forms.
  const title = titleInEnglish(written);
  const votes = new Map<JobField, number>();
  const specificVotes = new Map<JobField, number>();
  const vote = (field: JobField, weight: number, shared = false) => {
    votes.set(field, (votes.get(field) ?? 0) + weight);
    if (!shared) specificVotes.set(field, (specificVotes.get(field) ?? 0) + weight);
  };
  const tokens = tokenizeSkillText(title).flatMap(hyphenParts);
  for (const [index, token] of tokens.entries()) {
    // A two-word role ("Support Worker", "Care Assistant") decides on its own.
    const pair = lexiconByWord.get(`${token.lower} ${tokens[index + 1]?.lower ?? ''}`);
    if (pair) for (const [field, weight] of pair) vote(field, weight);
    for (const [field, weight] of lexiconByWord.get(token.lower) ?? lexiconByStem.get(stem(token.lower)) ?? []) vote(field, weight, sharedHeadWords.has(token.lower));
  }
  for (const mention of findSkills(title, vocabulary)) {
    const field = categoryFields[mention.skill.category];
    if (field) vote(field, 1);
  }
  let best: JobField | undefined;
  let bestWeight = 0;
  for (const [field, weight] of votes) {
    if (weight > bestWeight) {
      best = field;
      bestWeight = weight;
    }
  }
  // A driver of warehouse kit ("Reach Truck Driver", "Forklift Driver") works in the warehouse, not on the road.
  if (best === undefined) return undefined;
  return { field: refinedField(best, title), weight: bestWeight, specific: specificVotes.get(best) ?? 0 };
}

// "Welder-Fitter", "Electrician-Technician", "Driver-Trainer": a title joining two role words
// with a hyphen is read word by word, unless the whole is a word of the lexicon ("back-end", "e-learning").
function hyphenParts<T extends { lower: string }>(token: T): T[] {
  if (!token.lower.includes('-') || lexiconByWord.has(token.lower) || lexiconByStem.has(stem(token.lower))) return [token];
  const parts = token.lower.split('-').filter(Boolean);
  if (parts.length < 2 || !parts.some((part) => lexiconByWord.has(part) || lexiconByStem.has(stem(part)))) return [token];
  return parts.map((part) => ({ ...token, lower: part }));
}

// A title's field when its own words leave no doubt: a word of that field beyond a shared head noun
// ("Backend Engineer", "Web Developer", "Charge Nurse"), never "Systems Engineer" or "Engineer" alone.
function certainTitleField(title: string | undefined, vocabulary: SkillVocabulary): JobField | undefined {
  const certain = (words: string) => {
    const read = titleField(words, vocabulary);
    return read && read.weight > 1 && read.specific >= 1 ? read.field : undefined;
  };
  const field = title ? certain(title) : undefined;
  // Words several fields share leave doubt when nothing else names the field: an "Infrastructure
  // Engineer" builds roads or clouds, a "Network Engineer" cables or routers, a "Test Engineer" rigs or code.
  return field && certain((title ?? '').replace(sharedFieldWords, ' ')) === field ? field : undefined;
}

const sharedFieldWords = /\b(?:infrastructure|platforms?|networks?|systems?|security|test(?:ing)?)\b/gi;

/**
 * The field a person is changing careers from, only when the resume shows the change beyond
 * doubt: the latest role's title names a field far from the posting's beyond doubt, and every earlier
 * role's title reads as some field, none of the finished ones near the posting's (that is a return, not a
 * change; a current side role in the new field is the bridge a changer builds). A title read only through a shared
 * head noun, its bullets or the resume's field is doubt, and a letter or prep pack claims no change
 * on doubt: telling a battery engineer he is "moving from software" is a false claim on his behalf.
 *
 * @example
 * careerChangeFrom([{ position: 'Head Chef' }, { position: 'Sous Chef' }], 'quality', vocabulary); // 'culinary'
 * careerChangeFrom([{ position: 'Senior Systems Engineer' }], 'engineering', vocabulary); // undefined
 */
export function careerChangeFrom(
  roles: readonly { position?: string | undefined; current?: boolean }[],
  to: JobField | undefined,
  vocabulary: SkillVocabulary,
): JobField | undefined {
  const [latest, ...earlier] = roles;
  if (!latest || !to) return undefined;
  const from = certainTitleField(latest.position, vocabulary);
  if (!from || countsToward(from, to)) return undefined;
  // An earlier role only tells a return to the posting's field from a change: its title's plain reading
  // is enough for that ("Junior Developer" before "Software Engineer II"); a title with no reading is doubt.
  const doubt = earlier.some((role) => {
    const field = certainTitleField(role.position, vocabulary) ?? (role.position ? titleField(role.position, vocabulary)?.field : undefined);
    return !field || (!role.current && countsToward(field, to));
  });
  return doubt ? undefined : from;
}

function refinedField(best: JobField, title: string): JobField {
  if (best === 'driving' && warehouseKit.test(title)) return 'operations';
  // An analyst in data analyses it ("Data Analyst", "BI Analyst"); engineers and scientists build with it.
  if (best === 'data' && analystTitle.test(title) && !builderTitle.test(title)) return 'analytics';
  // An engineer in an electrical or mechanical discipline designs ("Electrical Engineer"); the
  // trade installs and repairs ("Electrician", "Maintenance Electrician", "HVAC Technician").
  if ((best === 'electrical' || best === 'mechanical') && engineerTitle.test(title) && !tradeTitle.test(title)) return 'engineering';
  // Quality in software is testing ("Software Quality Assurance Engineer", "Test Automation Quality Lead").
  if (best === 'quality' && softwareQuality.test(title)) return 'software';
  return best;
}

const softwareQuality = /\b(?:software|qa|sdet|test(?:ing|er)?|automation|web|mobile|app)\b/i;
// Work that is food safety or quality assurance whatever the job was called: a head chef who
// wrote the HACCP plan, a sous chef who kept the hygiene records, a production lead who ran ISO audits.
const qualityWork =
  /\b(?:haccp|appcc|iso\s?(?:9001|22000|14001|45001|13485)|fssc|brcgs?|ifs food|food safety|food hygiene|quality (?:assurance|control|audits?|system|management)|non-?conformit(?:y|ies)|não[- ]conformidades|no conformidades|non-conformités|capa|allergen|alergénios|alérgenos|allergènes|traceability|rastreabilidade|trazabilidad|traçabilité|segurança alimentar|seguridad alimentaria|sécurité (?:alimentaire|des aliments)|sanitation|pest control|controlo de (?:temperaturas|pragas)|temperature (?:records|logs|checks|control)|prps?)\b/i;

/**
 * Whether a job's own words show work of a field its title does not name: food safety and
 * quality work ("wrote the HACCP plan", "cut non-conformities in internal audits by 60%") in
 * a kitchen or on a production line counts toward a quality posting's years.
 *
 * @example
 * roleShowsFieldWork({ position: 'Head Chef', highlights: ['Wrote the HACCP plan for 3 sites'] }, 'quality'); // true
 */
export function roleShowsFieldWork(role: { summary?: string | undefined; highlights?: readonly string[] | undefined }, field: JobField): boolean {
  return field === 'quality' && qualityWork.test([role.summary ?? '', ...(role.highlights ?? [])].join('\n'));
}

const warehouseKit = /\b(?:forklift|fork[- ]lift|reach[- ]truck|counterbalance|pallet truck|order picker|flt|telehandler|narrow aisle|vna)\b/i;
const engineerTitle = /\bengineer(?:s|ing)?\b/i;
// HVAC alone is the trade ("HVAC Technician") but an HVAC engineer designs the plant ("Systems Engineer (HVAC)"), unless the title says service.
const tradeTitle = /\b(?:electricians?|technicians?|mechanics?|installers?|fitters?|maintenance|service engineers?|wireman|lineman|welders?)\b/i;

const analystTitle = /\b(?:analysts?|analytics|bi|business intelligence|reporting|statisticians?)\b/i;
const builderTitle = /\b(?:engineers?|engineering|developers?|scientists?|architects?|ml|machine learning)\b/i;

/**
 * The field a job's own text points to when its title says nothing ("Associate" at a firm):
 * the fields of the skills it names, when at least two name the same one.
 *
 * @example
 * jobFieldFromText('Built dashboards in Tableau and SQL for the buyers', vocabulary); // 'data'
 */
export function jobFieldFromText(text: string, vocabulary: SkillVocabulary): JobField | undefined {
  const votes = new Map<JobField, number>();
  for (const mention of findSkills(text, vocabulary)) {
    const field = categoryFields[mention.skill.category];
    if (field) votes.set(field, (votes.get(field) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

/**
 * The field of one job: its title's; for a title that says nothing ("Associate") or only a
 * head noun many fields share ("Engineer"), what its own text names, else (for the latter)
 * the resume's field; undefined when none tells.
 *
 * @example
 * roleFieldOf({ position: 'Lead Journeyman Electrician' }, vocabulary); // 'electrical'
 */
export function roleFieldOf(
  role: { position?: string | undefined; summary?: string | undefined; highlights?: readonly string[] | undefined },
  vocabulary: SkillVocabulary,
  resumeField?: JobField,
): JobField | undefined {
  const fromTitle = role.position ? titleField(role.position, vocabulary) : undefined;
  if (fromTitle && fromTitle.weight > 1) return fromTitle.field;
  // A title of one word many fields share ("Engineer", "Graduate Engineer Trainee",
  // "Developer") yields to the tools its bullets name: CATIA and ANSYS make it engineering.
  // Without such bullets, the field the whole resume is in decides ("Graduate Engineer Trainee"
  // in a mechanical design engineer's resume).
  // A title whose words are unread (a language or a trade the lexicon does not know) is no
  // field: what its bullets name would count the years of a job nobody could read (a
  // logistics coordinator's SQL reports are not years as an analyst).
  if (!fromTitle && role.position && !namesNoField(role.position)) return undefined;
  const fromText = jobFieldFromText([role.summary ?? '', ...(role.highlights ?? [])].join('\n'), vocabulary);
  return fromText ?? (fromTitle ? (resumeField ?? fromTitle.field) : undefined);
}

// Words of a title that name a rank, a kind of contract or a role any field has, never a field:
// a title of only these ("Associate", "Senior Consultant", "Freelance", "Project Manager") is read by what the job did.
const noFieldWords = new Set(
  (
    'associate consultant specialist officer assistant coordinator executive partner founder co-founder cofounder owner freelance freelancer ' +
    'self-employed contractor independent generalist staff member team lead leader manager head director senior junior graduate trainee ' +
    'intern apprentice principal chief vice president vp advisor adviser volunteer employee professional expert supervisor technician ' +
    'project projects programme program i ii iii iv v mid level entry part-time full-time temporary interim acting deputy assistant ' +
    'of and the for & a an to at in on with various roles role work career break sabbatical'
  ).split(' '),
);

function namesNoField(title: string): boolean {
  const words = titleInEnglish(title).toLowerCase().match(/[\p{L}\p{N}&-]+/gu) ?? [];
  return words.every((word) => noFieldWords.has(word) || /^\d+$/.test(word));
}

/**
 * The field a whole resume is in, for titles too generic to tell on their own: its headline's
 * ("Mechanical Design Engineer"), else what its summary and its jobs' bullets name (CATIA,
 * ANSYS, DFMEA). The skills list is left out, so listing one more skill never moves a job's field.
 *
 * @example
 * resumeFieldOf({ basics: { label: 'Mechanical Design Engineer' } }, vocabulary); // 'engineering'
 */
export function resumeFieldOf(
  resume: { basics?: { label?: string | undefined; summary?: string | undefined } | undefined; work?: readonly { summary?: string | undefined; highlights?: readonly string[] | undefined }[] | undefined },
  vocabulary: SkillVocabulary,
): JobField | undefined {
  const label = resume.basics?.label ? titleField(resume.basics.label, vocabulary) : undefined;
  if (label && label.weight > 1) return label.field;
  const work = (resume.work ?? []).flatMap((role) => [role.summary ?? '', ...(role.highlights ?? [])]);
  return jobFieldFromText([resume.basics?.summary ?? '', ...work].join('\n'), vocabulary) ?? label?.field;
}

/**
 * How far experience in one field counts toward another, 0–1 (1 the same field).
 *
 * @example
 * fieldRelatedness('data', 'software'); // 0.75
 */
export function fieldRelatedness(from: JobField, to: JobField): number {
  if (from === to) return 1;
  return related[from]?.[to] ?? related[to]?.[from] ?? 0;
}

/**
 * Whether years in `from` count toward a posting in `to`: the same or a close field, or a
 * field either side cannot tell.
 *
 * @example
 * countsToward('healthcare', 'software'); // false
 */
export function countsToward(from: JobField | undefined, to: JobField | undefined): boolean {
  if (from === undefined || to === undefined) return true;
  return fieldRelatedness(from, to) >= 0.5;
}

/** People read "software engineering", not "software". */
export const fieldNames: Record<JobField, string> = {
  software: 'software engineering',
  data: 'data',
  analytics: 'data analysis',
  design: 'design',
  product: 'product management',
  healthcare: 'healthcare',
  education: 'education',
  sales: 'sales',
  marketing: 'marketing',
  finance: 'finance',
  people: 'people and recruiting',
  support: 'customer support',
  operations: 'operations',
  hospitality: 'hospitality and retail',
  legal: 'legal',
  engineering: 'engineering (non-software)',
  electrical: 'the electrical trade',
  plumbing: 'plumbing and heating',
  mechanical: 'mechanical trades and maintenance',
  construction: 'construction',
  culinary: 'professional kitchens',
  driving: 'professional driving',
  quality: 'food safety and quality',
};

/**
 * How a letter names the work of a field outside software ("11 years in the electrical trade");
 * software and its neighbours keep "years of work", which their postings' field already implies.
 */
export const fieldWorkNames: Partial<Record<JobField, string>> = {
  electrical: 'the electrical trade',
  plumbing: 'plumbing and heating',
  mechanical: 'mechanical and maintenance work',
  construction: 'construction',
  culinary: 'professional kitchens',
  driving: 'professional driving',
  healthcare: 'healthcare',
  education: 'teaching',
  finance: 'finance',
  operations: 'operations and logistics',
  hospitality: 'hospitality',
  legal: 'legal work',
  engineering: 'engineering',
};

// The names this module gives fields, read back to their field: "mechanical trades and maintenance" is the
// trade, though "mechanical" alone reads as engineering; "engineering (non-software)" is not software.
const fieldByName = new Map<string, JobField>([
  ...Object.entries(fieldNames).map(([field, name]) => [name.toLowerCase(), field as JobField] as const),
  ...Object.entries(fieldWorkNames).map(([field, name]) => [name.toLowerCase(), field as JobField] as const),
  ['welding and fabrication', 'mechanical'],
]);

/**
 * The field a phrase names when it is one of the names this module gives fields (`fieldNames`,
 * `fieldWorkNames`), so a sentence written from them reads back to the same field.
 *
 * @example
 * fieldOfFieldName('mechanical and maintenance work'); // 'mechanical'
 * fieldOfFieldName('mechanical and maintenance work to your yard', { atStart: true }); // 'mechanical'
 * fieldOfFieldName('backend services'); // undefined
 */
export function fieldOfFieldName(phrase: string, options: { atStart?: boolean } = {}): JobField | undefined {
  const said = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  const exact = fieldByName.get(said);
  if (exact || !options.atStart) return exact;
  // "mechanical and maintenance work to your yard": the longest name the phrase starts with.
  const [name] = [...fieldByName.keys()].filter((each) => said.startsWith(`${each} `)).sort((a, b) => b.length - a.length);
  return name ? fieldByName.get(name) : undefined;
}
