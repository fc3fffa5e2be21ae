/**
 * Places people write by their initials or a short form in a message ("nyc", "sf", "ldn"),
 * and the names an alert keeps them by. An alert's place is named in its answers and lists
 * and asked of every board on each run, so it is kept by its name; a search keeps what was typed.
 */
const shortForms: ReadonlyMap<string, string> = new Map([
  ['nyc', 'New York'],
  ['ny', 'New York'],
  ['sf', 'San Francisco'],
  ['la', 'Los Angeles'],
  ['ldn', 'London'],
  ['lon', 'London'],
  ['dc', 'Washington DC'],
  ['hk', 'Hong Kong'],
  ['kl', 'Kuala Lumpur'],
  ['brum', 'Birmingham'],
  ['manc', 'Manchester'],
  ['joburg', 'Johannesburg'],
  ["jo'burg", 'Johannesburg'],
  ['philly', 'Philadelphia'],
  ['nola', 'New Orleans'],
  ['vegas', 'Las Vegas'],
  ['san fran', 'San Francisco'],
]);

/**
 * The name a place said by its initials or a short form goes by, or the place as said.
 *
 * @example
 * placeFromShortForm('nyc'); // 'New York'
 * placeFromShortForm('Leeds'); // 'Leeds'
 */
export function placeFromShortForm(said: string): string {
  return shortForms.get(said.trim().toLowerCase().replace(/\./g, '')) ?? said;
}

/**
 * The short forms a place is also pointed at by: "New York" → ["nyc", "ny"], "London" → ["ldn", "lon"].
 *
 * @example
 * shortFormsOf('San Francisco'); // ['sf', 'san fran']
 */
export function shortFormsOf(place: string): string[] {
  const name = place.trim().toLowerCase();
  return [...shortForms].filter(([, full]) => full.toLowerCase() === name).map(([short]) => short);
}
