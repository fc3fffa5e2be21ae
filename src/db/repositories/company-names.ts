/** Words that end a company's name rather than start another one: "Acme, Inc.", "Brenner GmbH, Co. KG". */
const legalFormPiece = /^(?:inc|incorporated|llc|llp|lp|ltd|limited|gmbh|ag|kg|se|co|corp|corporation|plc|s\.?a|sas|sarl|b\.?v|n\.?v|srl|s\.?p\.?a|oy|ab|a\/?s|aps|pty(?:\s+ltd)?|pte(?:\s+ltd)?|co\.?\s*kg)\.?$/i;

/**
 * The employers a company field names: one, or a list a person typed ("Voltara Mobility,
 * NordCell or Ampwise", "Brenner / Voltara", "Kettler, Ampwise and NordCell"). "or", "oder",
 * commas and slashes always separate; "and"/"und" only inside a list with a comma or an "or",
 * since "Marks and Spencer" is one name; "&" never separates ("Johnson & Johnson"). A legal
 * form after a comma stays with its name ("Stripe, Inc.").
 *
 * @example
 * companyNames('Voltara Mobility, NordCell or Ampwise'); // ['Voltara Mobility', 'NordCell', 'Ampwise']
 * companyNames('Stripe, Inc.'); // ['Stripe, Inc.']
 * companyNames('Procter and Gamble'); // ['Procter and Gamble']
 */
export function companyNames(company: string): string[] {
  const text = company.trim();
  const listed = /,|\s\/\s|\s(?:or|oder)\s/i.test(text) || /^[^\s/]+\/[^\s/]+$/.test(text);
  const separator = listed ? /\s*(?:,|\/|\s(?:or|oder|and|und)\s|\s(?:or|oder)$)\s*/i : null;
  if (!separator) return text ? [text] : [];
  const names: string[] = [];
  for (const piece of text.split(separator).map((part) => part.trim().replace(/^(?:or|oder|and|und)\s+/i, ''))) {
    if (!piece) continue;
    const last = names.length - 1;
    if (last >= 0 && legalFormPiece.test(piece)) names[last] = `${names[last]}, ${piece}`;
    else names.push(piece);
  }
  return names;
}
