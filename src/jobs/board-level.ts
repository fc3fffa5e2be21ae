import type { JobSeniority } from '../protocol/api.ts';
import { seniorityFromTitle } from '../resume/match/seniority.ts';

/**
 * The levels boards list in their own fields (The Muse `levels`, Himalayas `seniority`, Jobicy
 * `jobLevel`, SmartRecruiters `experienceLevel`, Workable `experience`, Recruitee
 * `experience_code`), kept as the posting's tags, in the one vocabulary searches use.
 */
const boardLevels: ReadonlyArray<readonly [JobSeniority, RegExp]> = [
  ['intern', /^(?:internships?|interns?|trainee(?:ship)?|apprentice(?:ship)?|(?:working\s+)?student)$/],
  ['junior', /^(?:entry|junior|graduate|new\s+grad|associate|no\s+experience|beginner)$/],
  // (Jobicy's "Midweight" is the middle level, never senior: trial s48 #53.)
  ['mid', /^(?:mid|middle|mid\s+senior|mid\s*weight|intermediate|experienced)$/],
  ['senior', /^senior$/],
  ['lead', /^(?:lead|management|manager|director|executive|head)$/],
  ['principal', /^principal$/],
];

/**
 * The level a board's level field names, or undefined for anything else (a category, "Any"):
 * "Entry Level" → junior, "Mid-Senior level" → mid, "Management" → lead.
 *
 * @example
 * levelOfBoard('Senior Level'); // 'senior'
 */
export function levelOfBoard(word: string): JobSeniority | undefined {
  const plain = word.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+level$/, '').replace(/\s+/g, ' ').trim();
  return boardLevels.find(([, pattern]) => pattern.test(plain))?.[0];
}

/**
 * A posting's level: what its title says ("Senior", "Jr.", "Engineer II"), else the level the
 * board lists for it among its tags; undefined when neither says.
 *
 * @example
 * postingLevel({ title: 'Data Analyst', tags: ['Data and Analytics', 'Entry Level'] }); // 'junior'
 */
export function postingLevel(posting: { title: string; tags: readonly string[] }): JobSeniority | undefined {
  const fromTitle = seniorityFromTitle(posting.title);
  if (fromTitle) return fromTitle;
  for (const tag of posting.tags) {
    const level = levelOfBoard(tag);
    if (level) return level;
  }
  return undefined;
}
