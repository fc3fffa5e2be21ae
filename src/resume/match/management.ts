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
const thingManaged = /\b(?:product|account|project|program|programme|case|community|content|brand|social media|campaign|release|marketing|partner|relationship|portfolio|category|office)\s+manager\b/i;
const unitManager = /\b(?:manager|supervisor|superintendent|team lead|team leader|charge nurse|ward sister|matron|foreman|head \w+)\b/i;

const managingText =
  /\b(?:manag(?:e|ed|es|ing)|l(?:ea)?d|leading|built and led|grew|growing|hired and (?:led|managed)|supervis(?:e|ed|ing))\s+(?:and grow\s+|and grew\s+|and develop\s+)?(?:a\s+|the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:team|teams|group|squad|department|staff|unit|ward|\d+\s+(?:\w+\s+)?(?:engineers|people|reports|nurses|designers|developers|staff|analysts|employees))\b|\b(?:direct reports|people management|line management|line manag(?:ed|er)|people manager|performance reviews|one-on-ones|1:1s|career growth of|hiring and (?:growing|developing)|hire and grow|managing managers)\b/i;
// A posting asks for management in plainer words: "lead the team's technical direction" is a
// senior engineer's job, "manage a team of 6" a manager's.
const managingAsked =
  /\b(?:manag(?:e|es|ing)\s+(?:and grow\s+|and develop\s+)?(?:a\s+|the\s+|our\s+)?(?:\w+\s+)?(?:team|teams|group|department|staff|unit|ward|\d+)|(?:lead|leading|grow|build)\s+(?:and grow\s+)?a\s+team\s+of\s+\d+|direct reports|people management|people manager|line management|performance reviews|hire and grow|hiring and (?:growing|developing)|managing managers|management experience)\b/i;
const leadingText = /\b(?:mentor(?:ed|ing|s)?|coach(?:ed|ing)|tech(?:nical)? lead|led (?:the |a )?(?:project|migration|initiative|effort|design|rollout|launch)|onboarded|trained (?:new|junior))\b/i;

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
  const managing = texts.map((text) => managingText.exec(text)).find(Boolean);
  if (managing) return { level: 60, shownBy: managing[0] };
  const leading = texts.map((text) => leadingText.exec(text)).find(Boolean);
  if (leading) return { level: 25, shownBy: leading[0] };
  return { level: 0 };
}
