import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';
import { isTradePiece } from './read-asides.ts';
import { isFieldOfWork } from './fields-of-work.ts';

/** "I am …", "I'm a …", "I work as …", "I've been a … for ten years": a person telling their trade. */
const introduction =
  /(?:^|[^\p{L}'’])(?:i\s+am|i['’]?m|im|i\s+work(?:ed)?\s+as|i(?:\s+have|['’]?ve)\s+(?:been\s+)?work(?:ed|ing)\s+as|i(?:\s+have|['’]?ve)\s+been|(?:currently\s+)?(?:working|worked)\s+as|my\s+(?:job|trade|profession)\s+is)\s+(?:an?\s+)?(?<said>\p{L}[\p{L}\s'’-]*)/giu;
/**
 * "i do plumbing", "I work in construction", "my background is in accounting", "been doing
 * welding for 10 years", "i'm in hospitality": the field a person tells they work in.
 */
const fieldTold =
  /(?:^|[^\p{L}'’])(?:i\s+(?:mostly\s+|mainly\s+)?do|i\s+(?:mostly\s+|mainly\s+)?work\s+in|i(?:\s+have|['’]?ve)\s+(?:been\s+)?work(?:ed|ing)\s+in|(?:i(?:\s+have|['’]?ve)\s+)?been\s+(?:doing|in)|i(?:\s+have|['’]?ve)\s+done|i\s+used\s+to\s+do|i\s+am\s+in|i['’]?m\s+in|im\s+in|my\s+(?:background|experience|field|line\s+of\s+work)\s+is(?:\s+in)?|i\s+come\s+from|i\s+have\s+a\s+background\s+in)\s+(?<said>\p{L}[\p{L}\s'’-]*)/giu;
/** "i used to drive trucks", "I've been driving buses for years": the driver of that vehicle. */
const driving = /\b(?:driv(?:e|es|ing|en)|drove)\s+(?:(?:a|an|the)\s+)?(?<vehicle>trucks?|lorr(?:y|ies)|bus(?:es)?|vans?|taxis?|cabs?|forklifts?|delivery\s+vans?|tractors?|coaches|coach|trams?|trains?)\b/i;
/** Words that end the trade told: where from, since when, what next ("… from Manila", "… looking for …"). */
const tradeEnd =
  /^(?:from|in|at|with|who|and|but|or|looking|searching|hoping|trying|relocating|moving|based|living|for|by|since|currently|now|here|there|originally|and|so|because|wanting|want|need|needing|i|im|i'm|please|pls|thanks|myself)$/i;
/** Words before a trade that say how good or how long, not which: "an experienced welder". */
const qualifiers = /^(?:(?:very|highly|fully|newly|recently)\s+)?(?:experienced|qualified|trained|certified|skilled|former|ex|retired|seasoned|professional|self-employed)\s+(?:as\s+(?:an?\s+)?)?/i;
/** Leading titles a field follows with "of" as a name of its own ("head of sales"): never turned round. */
const leadership = /^(?:head|chief|director|vp|president|dean|member|officer|manager|lead|principal|professor)$/i;

/**
 * The trade a person tells about themselves anywhere in a message ("I am teacher of
 * mathematics from Manila", "i'm a qualified electrician and …", "I've been a welder for
 * ten years", "i do plumbing", "I work in construction"), as a search's words: "teacher of
 * mathematics" reads "mathematics teacher".
 * Undefined when the message tells none.
 *
 * @example
 * findTrade('I am teacher of mathematics from Manila, I want to find job in Dubai'); // 'mathematics teacher'
 */
export function findTrade(message: string): string | undefined {
  for (const match of message.matchAll(introduction)) {
    const words: string[] = [];
    for (const word of (match.groups?.said ?? '').replace(qualifiers, '').trim().split(/\s+/)) {
      // (A dash or a bracket ends it too: "im a tree surgeon - is there anything…".)
      if (!word || tradeEnd.test(word) || !/^\p{L}/u.test(word) || words.length === 5) break;
      words.push(word);
    }
    const said = words.join(' ');
    const turned = /^(?<role>\p{L}+)\s+of\s+(?<field>\p{L}+(?:\s+\p{L}+)?)$/u.exec(said)?.groups;
    if (turned?.role && turned.field && endsWithRoleWord(turned.role) && !leadership.test(turned.role)) return `${turned.field} ${turned.role}`;
    if (isTradePiece(said)) return said;
  }
  for (const match of message.matchAll(fieldTold)) {
    const words: string[] = [];
    for (const word of (match.groups?.said ?? '').trim().split(/\s+/)) {
      if (!word || tradeEnd.test(word) || words.length === 3) break;
      words.push(word);
    }
    const said = words.join(' ');
    // (A field, or the work itself: "plumbing", "web design" — never a place: "I'm in Cork".)
    if (isFieldOfWork(said) || isTradePiece(said)) return said;
  }
  const vehicle = driving.exec(message)?.groups?.vehicle?.toLowerCase();
  if (vehicle) return `${vehicle.replace(/ies$/, 'y').replace(/(?<=(?:bus|coach))es$|s$/, '')} driver`;
  return undefined;
}
