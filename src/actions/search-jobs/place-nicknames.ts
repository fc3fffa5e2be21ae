/**
 * Places people call by a nickname, and the name a job board knows them by: "philly",
 * "brum", "joburg". A closed list of well-known ones, matched whole and in any case; anything
 * else is kept as said (initials such as "NYC" too: postings and the region list use them).
 */
const nicknames: ReadonlyMap<string, string> = new Map([
  ['the big apple', 'New York'],
  ['philly', 'Philadelphia'],
  ['san fran', 'San Francisco'],
  ['frisco', 'San Francisco'],
  ['vegas', 'Las Vegas'],
  ['nola', 'New Orleans'],
  ['chi-town', 'Chicago'],
  ['chitown', 'Chicago'],
  ['brum', 'Birmingham'],
  ['manny', 'Manchester'],
  ['joburg', 'Johannesburg'],
  ["jo'burg", 'Johannesburg'],
  ['jozi', 'Johannesburg'],
  ['rio', 'Rio de Janeiro'],
  ['sampa', 'São Paulo'],
  ['the bay area', 'San Francisco Bay Area'],
  ['bay area', 'San Francisco Bay Area'],
]);

/**
 * The place a nickname stands for, or the place as said.
 *
 * @example
 * placeName('philly'); // 'Philadelphia'
 * placeName('Leeds'); // 'Leeds'
 */
export function placeName(said: string): string {
  return nicknames.get(said.trim().toLowerCase()) ?? said;
}
