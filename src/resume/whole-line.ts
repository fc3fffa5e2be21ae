// The words a line cut by a page break or a wrapped cell ends on: "… every week and", "… for agencies incl.", "macros, triggers and".
const openEnd = /(?:^|\s)(?:and|or|but|nor|incl\.?|including|e\.g\.?|i\.e\.?|such as|etc\.?,|with|without|for|to|of|the|a|an|in|on|at|from|by|via|into|as|than|plus|&)\s*$|[,:;/&+–—-]\s*$/i;

/**
 * Whether a resume line reads as a whole statement a writer may tell: not a line cut by a page
 * break or a column ("Using SQL to reconcile WMS stock with SAP every week and", "weekly
 * reporting to the operations director" carried over from the line before), nor a table's
 * leftovers ("Excel / Power BI dashboards x 14 sites", cells joined by "|"), nor a bracket or a
 * quotation left open. A line that cannot be told whole is left out, never quoted in part.
 *
 * @example
 * readsWhole('Translated ~1.2M words/yr for agencies incl.'); // false
 * readsWhole('Reduced dock waiting time from 52 to 31 minutes'); // true
 */
export function readsWhole(text: string): boolean {
  const line = text.trim();
  if (line === '' || openEnd.test(line)) return false;
  // A line that starts in lower case continues the one before ("iOS", "eBay" are names, not continuations).
  if (/^\p{Ll}/u.test(line) && !/^\p{Ll}+\p{Lu}/u.test(line)) return false;
  if (/(?:^|\s)[x×]\s*\d|[|\t]/u.test(line)) return false;
  const count = (pattern: RegExp) => (line.match(pattern) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g) && count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g);
}
