import type { Painter } from './render.ts';

/** One column of a table: its heading, and how it gives way when the terminal is narrow. */
export interface TableColumn {
  header: string;
  /** Never cut (ids, row numbers): the other columns give way. */
  fixed?: boolean;
  /** How much room the column keeps when the table is cut to fit, relative to the others (default 1). */
  weight?: number;
  /** The fewest characters it is cut to (the "…" included); default 5. */
  minimum?: number;
  /** Left out when even the minimum widths do not fit; the right-most optional column goes first. */
  optional?: boolean;
  align?: 'left' | 'right';
  /** Where a cut goes: at the end (default), or in the middle, keeping an ending that tells rows apart ("… (shorter)"). */
  cut?: 'end' | 'middle';
}

const defaultMinimum = 5;
const gap = '  ';

/** Characters, not UTF-16 units: "€" and "…" count once. */
const length = (text: string) => [...text].length;

// Posting text comes from job boards: escape sequences must not reach the terminal.
// Tabs and line breaks (\t, \n) are kept; every other C0/C1 control character goes.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from elsewhere (a job board) made safe to print: no control characters, so no
 * terminal escape sequences; line breaks kept.
 *
 * @example
 * terminalText('Engineer\u001b[31m'); // 'Engineer[31m'
 */
export const terminalText = (text: string) => text.replace(controlCharacters, '');

/** A cell as one line of terminal-safe text. */
export const cellText = (text: string) => terminalText(text).replace(/\s+/g, ' ').trim();

/**
 * `text` cut to `width` characters, the cut marked with "…".
 *
 * @example
 * truncate('Senior Backend Engineer', 10); // 'Senior Ba…'
 */
export function truncate(text: string, width: number, cut: 'end' | 'middle' = 'end'): string {
  const characters = [...text];
  if (characters.length <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  if (cut === 'middle' && width >= 9) {
    const tail = Math.floor((width - 1) * 0.4);
    const head = width - 1 - tail;
    return `${characters.slice(0, head).join('').trimEnd()}…${characters.slice(characters.length - tail).join('').trimStart()}`;
  }
  return `${characters.slice(0, width - 1).join('').trimEnd()}…`;
}

const totalWidth = (widths: readonly number[]) =>
  widths.reduce((sum, width) => sum + width, 0) + gap.length * Math.max(0, widths.length - 1);

/** The narrowest a column can get: fixed ones keep their width, others stop at their minimum. */
const narrowest = (column: TableColumn, natural: number) =>
  column.fixed ? natural : Math.min(natural, column.minimum ?? defaultMinimum);

/**
 * Column widths that fit `maxWidth`: while the table is too wide, the column that is widest
 * for its weight loses a character, so a long title gives way before a short date does,
 * and a column with weight 2 keeps about twice the room of its neighbours.
 *
 * @example
 * fitWidths([30, 12, 10], [{ header: 'A' }, { header: 'B', fixed: true }, { header: 'C' }], 40); // [14, 12, 10]
 */
export function fitWidths(natural: readonly number[], columns: readonly TableColumn[], maxWidth: number): number[] {
  const widths = [...natural];
  let excess = totalWidth(widths) - maxWidth;
  while (excess > 0) {
    let widest = -1;
    let widestShare = 0;
    widths.forEach((width, index) => {
      const column = columns[index];
      if (!column || width <= narrowest(column, natural[index] ?? 0)) return;
      const share = width / (column.weight ?? 1);
      if (share > widestShare) [widest, widestShare] = [index, share];
    });
    if (widest === -1) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess -= 1;
  }
  return widths;
}

/**
 * Which columns to show in `maxWidth`: all of them, unless even their minimum widths do
 * not fit; then optional columns are left out, right-most first.
 *
 * @example
 * visibleColumns(columns, natural, 40); // [0, 1, 2, 3]
 */
export function visibleColumns(columns: readonly TableColumn[], natural: readonly number[], maxWidth: number): number[] {
  const visible = columns.map((_, index) => index);
  const needed = () => totalWidth(visible.map((index) => narrowest(columns[index] as TableColumn, natural[index] ?? 0)));
  while (needed() > maxWidth) {
    const drop = visible.findLastIndex((index) => columns[index]?.optional);
    if (drop === -1) break;
    visible.splice(drop, 1);
  }
  return visible;
}

/**
 * Rows as an aligned table no wider than `maxWidth` (when the fixed columns allow it):
 * the widest columns are cut first, each cut marked with "…", and optional columns are
 * left out when even that is not enough. The header is bold.
 *
 * @example
 * stdout.write(formatTable(paint, [{ header: 'TITLE' }, { header: 'COMPANY' }], rows, 80));
 */
export function formatTable(
  paint: Painter,
  columns: readonly TableColumn[],
  rows: ReadonlyArray<readonly string[]>,
  maxWidth: number,
): string {
  const cells = rows.map((row) => columns.map((_, index) => cellText(row[index] ?? '')));
  const natural = columns.map((column, index) =>
    Math.max(length(column.header), ...cells.map((row) => length(row[index] ?? ''))),
  );
  const shown = visibleColumns(columns, natural, maxWidth);
  const shownColumns = shown.map((index) => columns[index] as TableColumn);
  const widths = fitWidths(
    shown.map((index) => natural[index] ?? 0),
    shownColumns,
    maxWidth,
  );
  const line = (row: readonly string[]) =>
    shown
      .map((index, position) => {
        const width = widths[position] ?? 0;
        const text = truncate(row[index] ?? '', width, shownColumns[position]?.cut);
        const padding = ' '.repeat(Math.max(0, width - length(text)));
        return shownColumns[position]?.align === 'right' ? padding + text : text + padding;
      })
      .join(gap)
      .trimEnd();
  const header = line(columns.map((column) => column.header));
  return `${paint.bold(header)}\n${cells.map(line).join('\n')}\n`;
}
