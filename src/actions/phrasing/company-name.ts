/**
 * The lower-case particles of family and company names: "Van der Berg Logistics", "De Jong
 * Transport", "von Braun Consulting", "Banco do Brasil", "Bin Zayed Group", "Al-Futtaim".
 */
const particle = String.raw`(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|des|la|le|les|ter|ten|te|het|op|in\s+'t|bin|ibn|al|el|y|zu|af|av)`;

/**
 * A name as people capitalise it, up to three words, with the lower-case particles between
 * (or before) its words kept: a regular-expression source for a `u`-flagged pattern.
 * Regression (session 38): "interview at Van der Berg Logistics next thursday" was an
 * interview at "Van". Session 39: any capital starts a name ("Ørsted", "Émile Group"). Session 41: "&" or "and"
 * between two capitalised words joins them ("Allen & Overy", "Slaughter and May").
 *
 * @example
 * new RegExp(`^(?<name>${capitalisedName})`, 'u').exec('Van der Berg Logistics next week')?.groups?.name; // 'Van der Berg Logistics'
 */
export const capitalisedName = String.raw`(?:${particle}\s+(?=\p{Lu}))?\p{Lu}[\p{L}\d&.'-]*(?:\s+(?:(?:&|and)\s+(?=\p{Lu}))?(?:${particle}\s+)*\p{Lu}[\p{L}\d&.'-]*){0,2}`;
