/**
 * Splits a list line into items at commas, semicolons, pipes, bullets and spaced slashes,
 * but never inside brackets: "AWS (EC2, S3), Docker • Terraform / Pulumi".
 */

/** A separator of list items inside a line (a column gap " | " is not one). */
export const listSeparator = /[,;•·▪◦⋅∙]/;

/**
 * The items of one list line, trimmed, empty ones dropped.
 *
 * @example
 * splitListItems('AWS (EC2, S3), Docker • Terraform / Pulumi'); // ['AWS (EC2, S3)', 'Docker', 'Terraform', 'Pulumi']
 */
export function splitListItems(text: string, { atSpacedSlash = true }: { atSpacedSlash?: boolean } = {}): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (character === '(' || character === '[') depth++;
    if ((character === ')' || character === ']') && depth > 0) depth--;
    const spacedSlash = atSpacedSlash && character === '/' && text[index - 1] === ' ' && text[index + 1] === ' ';
    if (depth === 0 && (/[,;|•·▪◦⋅∙]/.test(character) || spacedSlash)) {
      items.push(current);
      current = '';
      continue;
    }
    current += character;
  }
  items.push(current);
  return items.map((item) => item.trim().replace(/\.$/, '').trim()).filter((item) => item !== '');
}
