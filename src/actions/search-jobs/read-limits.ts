/**
 * What a search's words ask that its arguments cannot hold: a radius ("within 100 km of Ulm"), hybrid work, a
 * posting-date limit ("posted in the last 3 days"). The search runs without them (a radius searches the place named,
 * a date limit sorts the newest first) and the answer says so, rather than dropping them in silence (trial s46 #48, #63).
 */
import { hybridThing } from '../../jobs/work-arrangement.ts';

/** "within 100 km of Ulm", "50 miles from Leeds", "in a 30km radius of Lyon": how far from a place. */
export const radiusWords =
  /\b(?:(?:within|up\s+to|max(?:imum)?|in\s+an?)\s+)?(?<distance>\d{1,4})\s*(?<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)(?:\s+radius)?\s+(?:of|from|around|away\s+from|radius\s+(?:of|around))\s+/i;
/**
 * "hybrid", "hybrid working": part at home, part in the office; no search filter tells it apart. Never the
 * "hybrid" of a thing a job works on ("hybrid powertrain engineer", "hybrid cloud architect"): that is the role.
 */
export const hybridWords = new RegExp(String.raw`(?<![\p{L}])hybrid(?![\p{L}])${hybridThing}(?:\s+(?:working|work|roles?|setup|model))?(?![\p{L}])`, 'iu');
/** "posted in the last 3 days", "from the past week", "not older than 5 days": a date limit the search cannot set. */
const postedWithin =
  /\b(?:posted|listed|advertised|published|added|new)?\s*(?:in|within|from|during|over)\s+the\s+(?:last|past)\s+(?<span>(?:\d{1,3}|a|one|two|three|few|couple\s+of)\s+)?(?<unit>days?|weeks?|hours?|months?)\b|\bnot\s+older\s+than\s+(?<older>\d{1,3}\s+(?:days?|weeks?))\b/i;

/**
 * The limits of a search's own words that no argument holds, each finishing "I searched without …".
 *
 * @example
 * searchLimitsIn('battery jobs within 100 km of Stuttgart'); // ['a radius (100 km of Stuttgart; I searched Stuttgart by name)']
 */
export function searchLimitsIn(text: string): string[] {
  const limits: string[] = [];
  const radius = radiusWords.exec(text);
  if (radius?.groups) {
    const place = text.slice(radius.index + radius[0].length).split(/[,.;!?]|\s+(?:and|but|paying|with|for)\s/)[0]?.trim();
    limits.push(`a radius (${radius.groups.distance} ${radius.groups.unit}${place ? `: I searched ${place} by name, so nearby towns are only found when they name it` : ''})`);
  }
  if (hybridWords.test(text)) limits.push('a hybrid filter (I can\'t tell hybrid postings apart in a search yet; a posting says its days in the office)');
  const posted = postedWithin.exec(text);
  if (posted?.groups) {
    const span = posted.groups.older ?? `${posted.groups.span?.trim() ?? 'one'} ${posted.groups.unit}`;
    limits.push(`a date limit (${span}: I can't limit by posting date, so I put the newest first)`);
  }
  return limits;
}
