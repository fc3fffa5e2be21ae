/**
 * People management: whether a posting asks for it ("Engineering Manager", "manage a team of
 * 6", "people management", "direct reports") and how much of it a resume shows (a title
 * that manages people, bullets where the person managed or grew a team, or only led work
 * and mentored).
 */
import type { ResumeWork } from '../../protocol/json-resume.ts';
import { managesPeople } from './seniority.ts';

// A title that runs a team: the executive and engineering-manager titles, and a manager or
// supervisor of a unit of people ("Nurse Manager", "Store Manager", "Team Lead"). A manager of
// a thing (product, account, project, programme, case, community) manages no one by title.
// A customer success, implementation or key account manager looks after customers, not staff.
const thingManaged = /\b(?:product|account|project|program|programme|case|community|content|brand|social media|campaign|release|marketing|partner|relationship|portfolio|category|office|(?:customer|client) success|success|customer experience|implementation|onboarding|solutions?|integrations?|territory|events?|communications|vendor|bid|seo|e-?commerce)\s+manager\b/i;
const unitManager = /\b(?:manager|supervisor|superintendent|team lead|team leader|charge nurse|ward sister|matron|foreman|forewoman|head \w+)\b/i;
// First-line leadership: the person runs a crew, a shift or a kitchen section and works in it.
// Leading a crew shown in a bullet is the whole of what such a posting asks.
const supervisoryTitle =
  /\b(?:supervisor|team lead|team leader|shift lead|shift leader|crew lead|crew leader|lead hand|charge nurse|ward sister|foreman|forewoman|sous chef|head chef|chef de cuisine|senior carer|senior care worker)\b/i;

// The people a team is made of, in any trade: "supervised 6 electricians", "led a crew of 4–6".
const people = String.raw`engineers|people|reports|nurses|designers|developers|staff|analysts|employees|electricians|apprentices|technicians|operatives|drivers|carers|care workers|workers|cooks|chefs|plumbers|tradespeople|tradesmen|labourers|laborers|installers|associates|assistants|volunteers|agents|crew members|team members|porters|accountants|bookkeepers|clerks|teachers|tutors|form tutors|pickers|packers|loaders|cleaners|cashiers|servers|waiters|waiting staff|bartenders|officers|advisors|advisers|healthcare assistants|hcas|midwives|paramedics|fitters|joiners|carpenters|mechanics|welders|colleagues`;
// "a crew of 4", "two assistant accountants", "a three-person crew": a size in digits or words.
const size = String.raw`(?:\d+(?:\s*[-–]\s*\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
const units = String.raw`team|teams|group|squad|department|staff|unit|ward|crew|crews|shift|shifts|brigade|kitchen|workforce`;
const managingText = new RegExp(
  String.raw`\b(?:manag(?:e|ed|es|ing)|lead|led|leads|leading|built and led|grew|growing|hired and (?:led|managed)|supervis(?:e|ed|es|ing)|ran|run|running|oversaw|oversee|overseeing|directed)\s+(?:and grow\s+|and grew\s+|and develop\s+)?(?:a\s+|the\s+|my\s+|our\s+)?(?:${size}[- ](?:person|strong|man|member)\s+)?(?:\w+\s+)?(?:${units}|${size}\s+(?:[\w-]+\s+)?(?:${people}))\b|` +
    String.raw`\b(?:direct reports|people management|line management|line manag(?:ed|er)|people manager|performance reviews|one-on-ones|1:1s|career growth of|hiring and (?:growing|developing)|hire and grow|managing managers|in charge of (?:a |the )?(?:${units}))\b`,
  'i',
);
// "3+ years of product management experience" asks for years of a discipline, not for managing people.
const managedThings = String.raw`(?:product|project|program|programme|account|stakeholder|change|risk|vendor|case|content|community|release|portfolio|data|time|property|asset|inventory|category|supply chain|customer success|relationship|incident|configuration|quality|knowledge)`;
// A posting asks for management in plainer words: "lead the team's technical direction" is a
// senior engineer's job, "manage a team of 6" a manager's.
// A number managed is people only when people follow it: "manage 6 engineers", never the
// company's "manages 22,000 homes" or "manage 40 accounts".
const managingAsked = new RegExp(
  String.raw`\b(?:manag(?:e|es|ing)\s+(?:and grow\s+|and develop\s+)?(?:a\s+|the\s+|our\s+)?(?:\w+\s+)?(?:team|teams|group|department|staff|unit|ward|${size}\s+(?:[\w-]+\s+)?(?:${people}))|(?:lead|leading|grow|build)\s+(?:and grow\s+)?a\s+team\s+of\s+\d+|direct reports|people management|people manager|line management|performance reviews|hire and grow|hiring and (?:growing|developing)|managing managers|(?<!${managedThings}\s)management experience)\b`,
  'i',
);
// … and first-line leadership in plainer words still: "supervise a crew of 4", "lead the night shift".
const supervisingAsked = new RegExp(
  String.raw`\b(?:supervis(?:e|es|ing)|oversee|overseeing)\s+(?:a\s+|the\s+|our\s+)?(?:\w+\s+)?(?:crew|crews|shift|shifts|brigade|kitchen|section|team|teams|staff|${people})\b|\b(?:lead|leading|run|running)\s+(?:a\s+|the\s+|our\s+)?(?:\w+\s+)?(?:crew|crews|shift|shifts|brigade|kitchen)\b|\b(?:supervisory experience|crew leadership|experience (?:leading|supervising) (?:a |the )?(?:crews?|shifts?|apprentices|staff))\b`,
  'i',
);
const smallTeamAsked = /\b(?:manag(?:e|es|ing)|lead|leading|supervis(?:e|es|ing))\s+(?:a\s+)?(?:small\s+)?team\s+of\s+(?:[1-5]|one|two|three|four|five)\b(?!\s*[-–]\s*\d)/i;
// The same in the other languages a resume is often written in (Portuguese, Spanish, French,
// German, Italian, Dutch, Polish): "Geri uma equipa de 6 cozinheiros", "Dirigí un equipo de 8
// enfermeras", "Encadré une équipe de 5", "Leitung eines Teams von 8", "Kierowałem zespołem 10 osób".
const managingTextOtherLanguages = new RegExp(
  [
    String.raw`\b(?:geri|gerir|liderei|liderar|chefiei|coordenei|supervisionei|dirigi|gestão|liderança|chefia|coordenação|supervisão)\s+(?:de\s+)?(?:uma\s+|a\s+|as\s+)?(?:equipas?|equipes?|brigadas?|turnos?)\b`,
    String.raw`(?:\b|^)(?:dirigí|lideré|gestioné|coordiné|supervisé|dirección|gestión|liderazgo|coordinación|supervisión)\s+(?:de\s+)?(?:un\s+|el\s+|los\s+)?(?:equipos?|brigadas?|turnos?|plantilla)\b`,
    String.raw`\b(?:dirigé|encadré|managé|géré|supervisé|encadrement|management|gestion|direction)\s+(?:d['’]\s*|de\s+|des\s+)?(?:une\s+|l['’]\s*|la\s+)?(?:équipes?|brigades?)\b`,
    String.raw`\b(?:leitung|führung)\s+(?:eines|einer|von)\s+(?:teams?|\d+\s+mitarbeiter\w*|schicht|brigade)\b|\b(?:leitete|führte)\s+(?:ein|eine|das|die)\s+(?:team|schicht|brigade)\b|\bdisziplinarische\s+führung\b`,
    String.raw`\b(?:gestito|guidato|coordinato|diretto|gestione|coordinamento)\s+(?:di\s+|del\s+|della\s+)?(?:un\s+|il\s+|una\s+)?(?:team|gruppo|squadra|brigata|personale)\b`,
    String.raw`\b(?:leiding\s+gegeven\s+aan|aangestuurd)\b|\bleidinggevende\b`,
    String.raw`(?:^|\s)(?:kierowa[łl](?:em|am)|zarządza[łl](?:em|am)|nadzorowa[łl](?:em|am)|kierowanie|zarządzanie)\s+(?:\d+-osobowym\s+)?(?:zespołem|zespołami|zmianą|brygadą)`,
  ].join('|'),
  'iu',
);
const leadingText =
  /\b(?:mentor(?:ed|ing|s)?|coach(?:ed|ing)|tech(?:nical)? lead|led (?:the |a )?(?:project|migration|initiative|effort|design|rollout|launch)|onboarded|trained (?:new|junior|\d+|apprentices|staff)|train(?:ed|ing|s)? (?:and (?:mentor|supervis)\w* )?(?:\w+ )?apprentices)\b/i;

/**
 * Whether a posting manages people: by its title, or by what its required text asks.
 *
 * @example
 * postingManagesPeople('Engineering Manager', ''); // true
 * postingManagesPeople('Backend Engineer', 'You will manage a team of 6 engineers.'); // true
 */
export function postingManagesPeople(title: string, requiredText: string): boolean {
  return titleManagesPeople(title) || managingAsked.test(requiredText);
}

/**
 * How a posting that manages people asks for it: `supervise` for first-line leadership (a
 * foreman, a shift or crew lead, a sous chef: leading a crew in a bullet is all it asks),
 * `manage` for a manager of people or of managers; undefined when it manages no one.
 *
 * @example
 * postingManagementKind('Electrical Foreman', ''); // 'supervise'
 * postingManagementKind('Nurse Manager', ''); // 'manage'
 * postingManagementKind('Electrician', 'You will lead a crew of 3 on site.'); // 'supervise'
 */
export function postingManagementKind(title: string, requiredText: string): 'supervise' | 'manage' | undefined {
  if (supervisoryTitle.test(title) && !managesPeople(title) && !/\bmanager\b/i.test(title)) return 'supervise';
  // A small team managed hands-on ("manage a team of 3") is first-line: a bullet that managed people is what it asks.
  if (!titleManagesPeople(title) && smallTeamAsked.test(requiredText)) return 'supervise';
  if (postingManagesPeople(title, requiredText)) return 'manage';
  return supervisingAsked.test(requiredText) ? 'supervise' : undefined;
}

/**
 * Whether a job title runs a team of people.
 *
 * @example
 * titleManagesPeople('Nurse Manager'); // true
 * titleManagesPeople('Product Manager'); // false
 */
export function titleManagesPeople(title: string): boolean {
  if (managesPeople(title)) return true;
  return unitManager.test(title) && !thingManaged.test(title);
}

export interface ManagementEvidence {
  /** 100 managed people by title, 60 managed or grew a team in a bullet, 25 led work or mentored, 0 none. */
  level: 0 | 25 | 60 | 100;
  /** What showed it: a title, or a short quote. */
  shownBy?: string;
}

/**
 * How much people management a work history shows.
 *
 * @example
 * managementEvidence([{ position: 'Engineering Manager', name: 'Acme' }]); // { level: 100, shownBy: 'Engineering Manager' }
 */
export function managementEvidence(work: readonly Pick<ResumeWork, 'position' | 'summary' | 'highlights'>[], otherText = ''): ManagementEvidence {
  const titled = work.find((entry) => entry.position && titleManagesPeople(entry.position));
  if (titled?.position) return { level: 100, shownBy: titled.position };
  const texts = [...work.flatMap((entry) => [entry.summary ?? '', ...(entry.highlights ?? [])]), otherText];
  const managing = texts.map((text) => managingText.exec(text) ?? managingTextOtherLanguages.exec(text)).find(Boolean);
  if (managing) return { level: 60, shownBy: managing[0] };
  const leading = texts.map((text) => leadingText.exec(text)).find(Boolean);
  if (leading) return { level: 25, shownBy: leading[0] };
  return { level: 0 };
}
