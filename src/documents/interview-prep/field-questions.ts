/**
 * What an interviewer in a field actually asks: an electrician is asked how they prove a
 * circuit dead and find a fault, a chef how they run a section on a full night and handle
 * allergens, a nurse what they do when a patient deteriorates, a driver about the walkaround
 * check and their hours. Offices and software keep the general questions.
 */
import type { JobField } from '../../resume/match/job-field.ts';
import { loadSkillVocabulary } from '../../resume/skill-vocabulary.ts';

// Skills named as products or technologies keep their capitals ("Sage", "Excel", "AutoCAD").
const namedThings = new Set(['tool', 'language', 'backend', 'frontend', 'devops', 'cloud', 'database', 'mobile', 'testing', 'os', 'security', 'messaging', 'game', 'data', 'ml', 'design', 'cad', 'engineering', 'product', 'methodology']);

/**
 * A skill of the trades and professions as a topic in a spoken question: "Panel Upgrades" →
 * "panel upgrades", "Month-end Close" → "month-end close"; acronyms, versions and products keep
 * their capitals ("NFPA 70E", "Sage 200", "Excel").
 *
 * @example
 * asTopic('Menu Development'); // 'menu development'
 */
export function asTopic(skill: string): string {
  const words = skill.split(/\s+/);
  if (!words.every((word) => /^\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*$/u.test(word))) return skill;
  const category = loadSkillVocabulary().byName.get(skill.toLowerCase())?.category;
  return category && namedThings.has(category) ? skill : skill.toLowerCase();
}

export interface FieldQuestions {
  /** The heading of the field's own questions: "Safety and the work itself". */
  heading: string;
  likely: string[];
  /** How a skill the person shows is probed: "Walk me through a job where you used PLC wiring …". */
  shownSkill: (skill: string) => string;
  /** How a skill the person lacks is probed. */
  missingSkill: (skill: string) => string;
  /** For a role that leads a crew, a brigade or a shift. */
  leading: string[];
  /** What to ask the interviewer about the work. */
  toAsk: string[];
}

const trade = (safe: string, standard: string): FieldQuestions => ({
  heading: 'Safety and the work itself',
  likely: [
    safe,
    'Tell me about a fault that took you a long time to find. How did you track it down?',
    `How do you make sure your work ${standard} first time?`,
    'A customer or site manager wants it done faster than is safe. What do you do?',
    'When you finish a job, what do you test, record and hand over?',
  ],
  shownSkill: (skill) => `Walk me through a recent job that involved ${skill}: how did you set it up safely, and how did you check the work?`,
  missingSkill: (skill) => `This job involves ${skill}. What's the closest work you've done, and how would you get up to standard on it?`,
  leading: [
    'How do you give out work to a crew at the start of the day, and check it at the end?',
    'An apprentice or crew member cuts a corner on safety. What do you do?',
    'How do you keep a job on schedule when materials or another trade are late?',
  ],
  toAsk: [
    'What does a typical week look like: new installs, service calls or maintenance?',
    'How are jobs scheduled, and how are call-outs and overtime shared?',
    'What tools, vehicles and training does the company provide?',
  ],
});

const groups: Partial<Record<JobField, FieldQuestions>> = {
  electrical: trade(
    'Walk me through how you isolate and prove a circuit dead before you work on it.',
    'meets the wiring regulations or code and passes inspection',
  ),
  plumbing: trade(
    'How do you make a gas or water system safe before you work on it, and how do you test it afterwards?',
    'meets the regulations and passes its checks',
  ),
  mechanical: trade(
    'How do you lock out a machine before maintenance, and how do you hand it back to production?',
    'holds up and passes its checks',
  ),
  construction: trade('What do you check on a site before you start work each day?', 'meets the drawings and passes inspection'),
  culinary: {
    heading: 'Running a section on service',
    likely: [
      'Talk me through how you set up your section before service.',
      "It's a full house and a dish comes back. What do you do?",
      'How do you handle allergens, from the delivery to the plate?',
      'How do you keep food cost and waste down on your section?',
      'How do you keep a dish consistent when someone else is cooking it?',
    ],
    shownSkill: (skill) => `Tell me about a busy service where ${skill} mattered. How did you keep the standard up?`,
    missingSkill: (skill) => `This kitchen needs ${skill}. What's the closest you've done, and how would you get up to speed?`,
    leading: [
      'How do you run the pass or the brigade on the head chef’s day off?',
      'A cook on your section keeps falling behind. What do you do during service, and after it?',
      'How do you train a new commis on your section?',
    ],
    toAsk: [
      'How many covers do you do on a typical night, and how big is the brigade?',
      'How is the menu developed, and how much input does the team have?',
      'How are rotas set, and how far ahead?',
    ],
  },
  healthcare: {
    heading: 'Caring safely for people',
    likely: [
      "Tell me about a time someone's condition changed on your shift. What did you notice, and what did you do?",
      'A relative is upset about the care their family member is getting. How do you handle it?',
      'What would you do if you made, or saw, a medication error?',
      'You are worried someone in your care is at risk of harm. What do you do?',
      'How do you keep your notes accurate on a busy shift?',
    ],
    shownSkill: (skill) => `Tell me about a time ${skill} made a difference for someone in your care. What did you do, and how did you record it?`,
    missingSkill: (skill) => `This role needs ${skill}. What's the closest you've done, and what training would you want?`,
    leading: [
      'How do you run a shift: allocating people, checking care is done, handing over?',
      'A colleague on your shift is not following the agreed plan of care for a patient. What do you do?',
      'How do you support a new member of staff in their first weeks?',
    ],
    toAsk: [
      'What are the staffing levels on a typical shift?',
      'How are new staff supported in their first weeks: shadow shifts, training?',
      'How does the team hand over between shifts?',
    ],
  },
  driving: {
    heading: 'Safety on the road',
    likely: [
      'Talk me through your walkaround check. What would make you refuse a vehicle?',
      "You're running late and close to your hours limit. What do you do?",
      'How do you secure a load, and how do you check it on the way?',
      'Tell me about a difficult delivery or customer and how you handled it.',
      'What do you do after a minor incident or a near miss?',
    ],
    shownSkill: (skill) => `Tell me about a run where ${skill} mattered. What did you check before you set off?`,
    missingSkill: (skill) => `This job needs ${skill}. What's the closest you've done, and how would you get signed off on it?`,
    leading: [
      'How would you help a new driver learn the routes and the paperwork?',
      'A driver keeps reporting defects late. What do you do?',
      'How do you plan runs when a driver calls in sick?',
    ],
    toAsk: [
      'What routes and vehicles would I be on, and how are runs planned?',
      'How are hours, breaks and nights scheduled?',
      'How are vehicles maintained, and how are defects reported?',
    ],
  },
  education: {
    heading: 'In the classroom',
    likely: [
      'How do you plan a lesson for a class with a wide range of abilities?',
      "Tell me about a pupil whose behaviour was difficult. What did you do, and what changed?",
      'How do you check what pupils have learned during a lesson?',
      'How do you work with parents or carers when there is a concern?',
      'What would you do if a pupil told you something that worried you?',
    ],
    shownSkill: (skill) => `Tell me about a lesson with a class of mixed ability where ${skill} mattered. What did you do, and how did you know it worked?`,
    missingSkill: (skill) => `This post involves ${skill}. What's the closest you've done, and how would you prepare?`,
    leading: [
      'How would you lead a department or year team through a change in the curriculum?',
      'A colleague is struggling with behaviour in their class. How do you help?',
      'How do you use assessment data to decide where the team should focus?',
    ],
    toAsk: [
      'How is behaviour managed across the school?',
      'What support is there for planning and marking?',
      'How are new staff supported and mentored?',
    ],
  },
  finance: {
    heading: 'Getting the numbers right',
    likely: [
      'Walk me through how you run a month-end close.',
      'Tell me about an error you found in the numbers. How did you find it, and what did you change?',
      'How do you explain a variance to a manager who is not in finance?',
      'How do you handle competing deadlines at year end?',
      'What controls would you expect around payments, and why?',
    ],
    shownSkill: (skill) => `Tell me about a time your work on ${skill} caught an error or saved time. How did you check it?`,
    missingSkill: (skill) => `This role uses ${skill}. What's the closest you've done, and how would you get up to speed?`,
    leading: [
      'How do you review a junior colleague’s reconciliations?',
      'How would you shorten the close without losing accuracy?',
      'A deadline will be missed. How and when do you tell the business?',
    ],
    toAsk: [
      'Which systems do you use for the ledger and reporting?',
      'What does the month-end timetable look like?',
      'Where do you see the most room to improve in the finance process?',
    ],
  },
  operations: {
    heading: 'Working safely and accurately',
    likely: [
      'How do you keep your accuracy up when the pace is high?',
      'What do you check before you use a forklift or other equipment?',
      "Tell me about a time stock didn't match the system. What did you do?",
      'How do you keep yourself and others safe around moving equipment?',
    ],
    shownSkill: (skill) => `Tell me about a shift where ${skill} mattered. What did you do to get it right?`,
    missingSkill: (skill) => `This job needs ${skill}. What's the closest you've done, and what training would you want?`,
    leading: [
      'How do you brief a shift and keep it on target?',
      'A team member keeps missing their targets. What do you do?',
      'How do you handle a late delivery that throws the plan out?',
    ],
    toAsk: ['How are targets set, and how is performance reviewed?', 'Which shifts run, and how are they allocated?', 'What equipment training do you provide?'],
  },
  hospitality: {
    heading: 'Customers and service',
    likely: [
      'Tell me about an unhappy customer you turned around.',
      'How do you keep service friendly in a rush?',
      "What do you do when you can't give a customer what they asked for?",
      'How do you handle cash or stock that does not add up at the end of a shift?',
    ],
    shownSkill: (skill) => `Tell me about a busy shift where ${skill} mattered. What did you do?`,
    missingSkill: (skill) => `This job involves ${skill}. What's the closest you've done, and how would you learn it?`,
    leading: ['How do you run a shift and keep the team calm when it gets busy?', 'How do you train someone new on the floor?', 'A team member is rude to a customer. What do you do?'],
    toAsk: ['What does a busy day look like here?', 'How are rotas set, and how far ahead?', 'How is customer feedback used?'],
  },
};

// Planning, booking and coordinating at a desk: the operations questions of an office, not of the warehouse floor.
const operationsDesk: FieldQuestions = {
  heading: 'Planning and disruptions',
  likely: [
    'Tell me about a day when a supplier, a carrier or a colleague let the plan down. How did you re-plan, and who did you tell?',
    'When there is not enough capacity for everything, how do you decide what goes first?',
    'Which figures do you watch every day, and what do you do when one drifts?',
    'Tell me about a mistake in an order, a booking or a document that you caught before it cost money.',
    'How do you keep customers and colleagues informed when plans change at short notice?',
  ],
  shownSkill: (skill) => `Tell me about a time your work on ${skill} saved time or money. What did you do?`,
  missingSkill: (skill) => `This job involves ${skill}. What's the closest you've done, and how would you get up to speed?`,
  leading: [
    'How do you share out the work across the team at the start of a busy week?',
    'A colleague keeps missing cut-off times. What do you do?',
    'How do you bring a new planner or coordinator up to speed?',
  ],
  toAsk: [
    'Which systems does the team plan and book in, and how well do they fit the work?',
    'What are the busiest weeks of the year, and how does the team prepare for them?',
    'How is the team measured: cost, on-time performance, errors?',
  ],
};

/**
 * The field's own questions, when the field is one where the general office questions miss
 * what an interviewer would ask. Operations at a desk (a planner, a coordinator, a compliance
 * specialist) is asked about plans and disruptions, not about forklifts, stock counts and shifts.
 *
 * @example
 * fieldQuestions('culinary')?.likely[0]; // 'Talk me through how you set up your section before service.'
 */
export function fieldQuestions(field: JobField | undefined, deskWork = false): FieldQuestions | undefined {
  if (field === 'operations' && deskWork) return operationsDesk;
  // An office role in a caring field (a clinical informatics specialist, an information officer)
  // is asked the general questions, not about shifts on a ward.
  if (field === 'healthcare' && deskWork) return undefined;
  return field ? groups[field] : undefined;
}

/** What kind of trade work a role is, beyond its field: inspecting others' work, welding, and work on a rotation. */
export interface TradeRole {
  /** An inspector or QA/QC role ("Welding Inspector", "QC Inspector", "NDT Technician"). */
  inspection: boolean;
  /** A welder's role (welder, pipe welder, Schweißer, boilermaker). */
  welding: boolean;
  /** Work on a rotation or offshore, with whether it is offshore and whether it has night shifts. */
  rotation?: { offshore: boolean; nights: boolean };
  /** The posting speaks of welds, and of non-destructive testing. */
  welds: boolean;
  ndt: boolean;
}

const inspectionTitle = /\b(?:inspector|inspection|QA\/QC|QA\s*\/\s*QC|QC|quality control|NDT|NDE|CSWIP|surveyor)\b/i;
const weldingTitle = /\b(?:weld\p{L}*|schwei(?:ß|ss)\p{L}*|lasser|sveiser|spawacz|soudeur|soldador|boilermaker|pipe ?fitter|fitter[- ]welder|plater)\b/iu;
const rotationWords = /\boffshore\b|\brotation\b|\b\d{1,2}\s*\/\s*\d{1,2}\s+(?:rota|rotation|swing|schedule)\b|\b(?:FIFO|fly[- ]in|crew change|swing shift|hitch)\b|\b\d+\s+(?:weeks?|days?)\s+on\b/i;

/**
 * The kind of trade work a posting is, from its title and text.
 *
 * @example
 * tradeRole('Welding Inspector', 'CSWIP 3.1 required; NDT reports').inspection; // true
 */
export function tradeRole(title: string, text: string): TradeRole {
  const inspection = inspectionTitle.test(title);
  const welding = !inspection && weldingTitle.test(title);
  const rotating = rotationWords.test(`${title}\n${text}`);
  return {
    inspection,
    welding,
    welds: welding || /\bweld\p{L}*|\bschwei(?:ß|ss)/iu.test(`${title}\n${text}`),
    ndt: /\bNDT\b|\bNDE\b|\bradiograph\p{L}*|\bultrasonic\p{L}*|\bMPI\b/iu.test(text),
    ...(rotating ? { rotation: { offshore: /\boffshore\b/i.test(`${title}\n${text}`), nights: /\bnights?\b|\bnight[- ]shifts?\b/i.test(text) } } : {}),
  };
}

/**
 * The field's questions for a trade role of a kind the field's pack does not fit: an inspector
 * is asked about acceptance standards, rejected defects and reports, not how to lock out a
 * machine; a welder about the processes and positions they are coded for and a weld that
 * failed its test; work on a rotation about crew change, time away and night shifts.
 * Undefined when the role is none of these (the field's own pack stands).
 *
 * @example
 * tradeRoleQuestions(tradeRole('QC Inspector', ''), fieldQuestions('mechanical'))?.likely[0];
 * // 'Which codes or acceptance standards have you inspected work against, and how do you decide on a borderline defect?'
 */
export function tradeRoleQuestions(role: TradeRole | undefined, base: FieldQuestions | undefined): FieldQuestions | undefined {
  if (!role) return undefined;
  const { welds, ndt } = role;
  // An inspector in the trades (the field's pack is a trade's, or the posting is about welds or NDT); a lab's QC analyst is not one.
  const inspecting = role.inspection && (welds || ndt || base?.heading === 'Safety and the work itself');
  if (!inspecting && !role.welding && !role.rotation) return undefined;
  const start = base ?? trade('What do you check before you start work each day?', 'holds up and passes its checks');
  const inspection: FieldQuestions | undefined = inspecting
    ? {
        heading: 'Inspection and the standards',
        likely: [
          `Which codes or acceptance standards have you inspected ${welds ? 'welds' : 'work'} against, and how do you decide on a borderline defect?`,
          'Tell me about a defect you rejected. How did the person who did the work, or their foreman, take it, and how was it put right?',
          ...(ndt || welds ? ['Which NDT methods have you called for or reviewed, and when would you ask for one over another?'] : []),
          welds
            ? "How do you check the welding procedure (WPS) and the welders' qualifications before work starts?"
            : 'How do you check the procedures and the workers\' qualifications before work starts?',
          'A production manager wants a job released that you are not satisfied with. What do you do?',
          'What goes into your inspection reports, and who signs them off with you: the client, a third-party inspector, class?',
        ],
        shownSkill: (skill) => `Tell me about inspecting work that involved ${skill}: what did you check, against which standard, and what did you find?`,
        missingSkill: (skill) => `This role inspects ${skill}. What's the closest you've checked or done, and how would you get up to standard on it?`,
        leading: start.leading,
        toAsk: [
          'Which codes and acceptance levels does the work here go to, and who has the final say on a reject?',
          `How are client and third-party inspectors involved${ndt || welds ? ', and how much of the NDT is done in-house' : ''}?`,
          'What does reporting and document control look like on a job here?',
        ],
      }
    : undefined;
  const welding: FieldQuestions | undefined = role.welding
    ? {
        ...start,
        likely: [
          'Which processes and positions are you coded for, and when do your welder qualifications run out?',
          'How do you set up and check a joint before you weld it: fit-up, preheat, the WPS?',
          'Tell me about a weld that failed its test or visual inspection. What caused it, and what did you change?',
          'A foreman wants a joint welded faster than the procedure allows. What do you do?',
        ],
        shownSkill: (skill) => `Walk me through a recent job that involved ${skill}: how did you set it up, and how was the weld checked?`,
        toAsk: [
          'Which processes, materials and positions will I be welding, and is there a weld test before I start?',
          'How is the work inspected, and how are repairs handled?',
        ],
      }
    : undefined;
  const kind = inspection ?? welding ?? { ...start, toAsk: start.toAsk.filter((question) => !/new installs|call-outs|vehicles/.test(question)) };
  if (!role.rotation) return kind;
  const { offshore, nights } = role.rotation;
  return {
    ...kind,
    likely: [
      ...kind.likely.slice(0, 4),
      'This work is on a rotation. How have you managed the time away, and what does your crew change and travel usually look like?',
      ...(nights ? ['How do you stay sharp and safe through a run of long night shifts?'] : []),
      ...(offshore ? ['Are your offshore survival training and medical current, and when do they run out?'] : []),
    ],
    toAsk: [
      `What is the rotation and crew-change pattern, and how is travel to and from the ${offshore ? 'installation' : 'site'} arranged?`,
      ...(nights ? ['How are night shifts shared across the crew?'] : []),
      ...kind.toAsk.filter((question) => !/new installs|call-outs|vehicles/.test(question)),
    ],
  };
}

const floorTitle = /\b(?:warehouse|picker|packer|operative|forklift|fork[- ]lift|reach[- ]truck|loader|driver|stock|goods[- ]in|shift|store(?:person|man|keeper)|depot|yard|dock|team leader|supervisor|handler)\b/i;
const deskTitle = /\b(?:planner|coordinator|co-ordinator|analyst|buyer|specialist|administrator|clerk|officer|controller|agent|broker|forwarder|scheduler|manager|consultant|advisor|adviser)\b/i;
// Titles of people who care for patients or residents in person, whatever else the title says.
const bedsideTitle = /\b(?:nurse|nurses|nursing assistant|midwife|carer|care assistant|care worker|support worker|hca|healthcare assistant|paramedic|therapist|physiotherapist|doctor|physician|surgeon|pharmacist|radiographer|phlebotomist|emt|matron|ward|home|sister|clinician|practitioner|dentist|hygienist)\b/i;
const floorWork = /\b(?:forklift|fork[- ]lift|FLT|reach truck|counterbalance|picking|packing|pallets?|shift work|night shifts?|manual handling|lifting|PPE|hi-vis)\b/i;

/**
 * Whether a posting is office work (planning, booking, compliance) rather than work on a floor
 * or a site: its title names a desk role and no floor work, or the posting never mentions the floor.
 *
 * @example
 * isDeskWork('Transport Planner', 'Plan 120+ container moves a week in SAP TM.'); // true
 */
export function isDeskWork(title: string, description: string): boolean {
  if (floorTitle.test(title) || bedsideTitle.test(title)) return false;
  return deskTitle.test(title) || !floorWork.test(description);
}
