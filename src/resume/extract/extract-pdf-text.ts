/**
 * Text from a PDF with unpdf (PDF.js, run in a bounded worker thread), rebuilt line by line so that right-aligned columns
 * (a date pushed to the margin with a tab stop) stay separated by a tab instead of being
 * glued to the employer's name. The pages' link annotations give the hyperlinks' targets,
 * which themes often show only as a username.
 */
import { PdfReadError, readPdfInWorker } from './read-pdf-in-worker.ts';
import { JobpilotError } from '../../errors.ts';
import { isContactLink, mergeWrappedLinks, type DocumentLink, type DocumentText } from './document-link.ts';

/**
 * What one PDF may take to read. A resume is a few pages of a few thousand runs; a document
 * past these is refused, not read in part. PDF.js runs in a worker that is ended at the deadline.
 */
export const pdfLimits = { maxPages: 50, maxRuns: 200_000, timeoutMs: 10_000, maxHeapMb: 256 } as const;

/** Fewer visible characters per page than this: the pages are pictures of text. */
const minimumCharactersPerPage = 20;

interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  endsLine: boolean;
}

/**
 * Extracts the text of a PDF and its web and e-mail links.
 *
 * @throws JobpilotError `RESUME_ENCRYPTED`, `RESUME_UNREADABLE` (damaged or truncated),
 *   `RESUME_NO_TEXT_LAYER` (a scan), `RESUME_TOO_COMPLEX` (past a bound of `pdfLimits`),
 *   `CANCELLED` (`signal` aborted).
 * @example
 * const { text, links } = await extractPdfText(bytes, 'cv.pdf');
 */
export async function extractPdfText(bytes: Uint8Array, filename: string, options: { signal?: AbortSignal } = {}): Promise<DocumentText> {
  let read: Awaited<ReturnType<typeof readPdfInWorker>>;
  try {
    read = await readPdfInWorker(bytes, { ...pdfLimits, signal: options.signal });
  } catch (error) {
    throw readError(error, filename);
  }
  const pages: string[] = [];
  const links: DocumentLink[] = [];
  for (const page of read.pages) {
    const items: PositionedText[] = [];
    for (const item of page.runs) {
      const [scaleX = 0, skewY = 0, , , x = 0, y = 0] = item.transform;
      items.push({
        text: item.str,
        x,
        y,
        width: item.width,
        fontSize: Math.hypot(scaleX, skewY) || item.height || 10,
        endsLine: item.hasEOL,
      });
    }
    pages.push(joinLines(items));
    links.push(...linksOn(page.annotations, items));
  }
  const text = pages.join('\n\n');
  const visible = text.replace(/\s/g, '').length;
  if (visible < minimumCharactersPerPage * Math.max(1, read.pageCount)) {
    throw new JobpilotError(
      'RESUME_NO_TEXT_LAYER',
      `"${filename}" has no text layer: this looks like a scanned image; export a text PDF or paste the text.`,
    );
  }
  return { text, links: mergeWrappedLinks(links) };
}

interface LinkAnnotation {
  subtype?: string;
  url?: string;
  rect?: number[];
}

/** The page's links to web and e-mail addresses, each with the text of the runs inside its rectangle. */
function linksOn(annotations: readonly LinkAnnotation[], items: readonly PositionedText[]): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const annotation of annotations) {
    const url = annotation.url ?? '';
    if (annotation.subtype !== 'Link' || !isContactLink(url)) continue;
    const [left = 0, bottom = 0, right = 0, top = 0] = annotation.rect ?? [];
    const inside = items.filter((item) => {
      const middleX = item.x + item.width / 2;
      const middleY = item.y + item.fontSize * 0.3;
      return middleX >= Math.min(left, right) && middleX <= Math.max(left, right) && middleY >= Math.min(bottom, top) && middleY <= Math.max(bottom, top);
    });
    links.push({ url, text: groupRows(inside).map(joinRow).join(' ') });
  }
  return links;
}

/** Two runs whose baselines differ by less than this share a line (a fraction of the larger font). */
const sameLineTolerance = 0.35;
/**
 * A gap between runs wider than this (in font sizes) is a tab stop, not a space: PDF.js itself
 * takes 0.6 as the widest space in the flow of text. Tags and grid cells set apart by their
 * margins ("WCAG  ARIA", "HubSpot CRM  Email Marketing") sit 0.6 to 1.5 apart.
 */
const tabGap = 0.6;
/** Word spacing widened past a tab stop is still below this (in font sizes). */
const maxWidenedSpace = 1;
/** A row shows widened word spacing only with at least this many wide gaps. */
const minWidenedRow = 3;
/** Gaps within this ratio of each other are the same spacing. */
const alikeGaps = 1.15;
/** The gap between tags is at least this many times their widened word spacing. */
const distinctGaps = 1.35;
/** Text at least this many times the page's median size is a display line (a name). */
const displayFont = 2;
/** A display line's next line at most this far below (in font sizes) is its wrapped tail. */
const wrappedLineSpacing = 1.3;
/** A gap between runs wider than this (in font sizes) is a word break. */
const spaceGap = 0.15;
/** A column at least this many times wider than the other beside it is a main column beside a sidebar. */
const sidebarWidths = 2.5;
/** Columns are separated by an empty vertical strip at least this wide (in font sizes). */
const columnGap = 1;
/** A row this close under another (in font sizes, baseline to baseline) is the next line of the same block. */
const stackSpacing = 1.8;
/** A margin of labels holds at most this many lines in one block (a heading, a date range over two lines). */
const maxGutterStack = 3;
/** A margin label set in a taller line than the body's sits at most this far under the line it faces (in its font sizes). */
const labelDrop = 0.5;
/** Labels pushed down by a margin's taller lines are pushed alike, within this (in points). */
const alikeDrop = 1;
/** A margin label wrapped onto a second line sits at most this far under its first (in font sizes, baseline to baseline). */
const wrappedLabelSpacing = 2;
/** A margin label: a few words (a section name) or anything with a year in it (a job's dates). */
const labelPattern = /^(?:[\p{L}&'’-]+ ?){1,3}$|\b(?:19|20)\d\d\b/u;
const yearPattern = /\b(?:19|20)\d\d\b/;
/** Lines of one paragraph (or one wrapped label) sit at most this far apart (in font sizes, baseline to baseline). */
const paragraphLineSpacing = 1.5;
/** A gap this many times the body's closest line spacing (or more) starts a new block (a table row, an entry). */
const blockSpacing = 1.25;
/** At most this share of the runs (and at least one run) may cross a column gap (a full-width header does). */
const maxStraddling = 0.1;

/**
 * Rebuilds the reading order of one page from the runs' positions, not from the order the
 * PDF happens to store them in (Chromium writes runs by font and box, not by line).
 *
 * Runs are grouped into lines by baseline and ordered top to bottom, left to right. When an
 * empty vertical strip splits the page into two columns, the page is read one of two ways:
 * a narrow left gutter of labels (section names and dates set in a margin) is merged into the
 * lines of the main column it faces (see `interleaveGutter`); an independent column (a
 * sidebar) is read as a block, the column holding the largest text first. Runs that cross the
 * strip (a full-width header) cut the page into bands that are read in turn. A name in display
 * type with the contact block beside it in the other column is read first, as the page's header.
 */
function joinLines(items: readonly PositionedText[]): string {
  const runs = items.filter((item) => item.text.trim() !== '');
  const fonts = runs.map((run) => run.fontSize).sort((a, b) => a - b);
  return layout(runs, fonts[Math.floor(fonts.length / 2)] ?? 0, true).join('\n');
}

/** Lines of `runs` in reading order; `bodyFont` is the page's median font size; `page`: the runs are the whole page's. */
function layout(runs: readonly PositionedText[], bodyFont: number, page = false): string[] {
  const split = findColumnSplit(runs, page);
  if (!split) return joinRows(groupRows(runs), bodyFont);
  // A margin of labels is looked for first without the lines that cross the gap ("Email address:" and
  // its address) and without the last lines of full-width paragraphs.
  const across = withLinesAcross(split);
  const candidates = across === split ? [withParagraphTails(split), split] : [withParagraphTails(across), across, withParagraphTails(split), split];
  const gutter = candidates.find((candidate) => isGutter(groupRows(candidate.left), groupRows(candidate.right)));
  if (gutter) return interleaveGutter(groupRows(gutter.left), groupRows([...gutter.right, ...gutter.straddling]), bodyFont);
  const { left, right, straddling } = split;
  const leftRows = groupRows(left);
  const rightRows = groupRows(right);
  if (!isGutter(rightRows, leftRows) || rightRows.length * 2 > leftRows.length) {
    // The page's header: a name in display type, the contact block beside it in the other column;
    // under it, the same two columns.
    const header = headerBeside(leftRows, rightRows, bodyFont) ?? headerBeside(rightRows, leftRows, bodyFont);
    if (header && straddling.every((run) => run.y < Math.min(...header.map((line) => line.y)))) {
      const below = (column: readonly PositionedText[]) => column.filter((run) => !header.includes(run));
      return [...layout(header, bodyFont), ...readColumns({ left: below(left), right: below(right), straddling }, bodyFont)];
    }
    return readColumns(split, bodyFont);
  }
  // A narrow right column on the left column's baselines (dates at a tab stop): one line each.
  return joinRows(groupRows(runs), bodyFont);
}

/**
 * The runs of a page's header when one column opens with display lines (a name set at twice the
 * page's body size or more, a title under it) and the other holds a block of its own beside them (the
 * contact details), set well apart from what follows it: those lines are read before either column's body.
 */
function headerBeside(
  displayColumn: readonly PositionedText[][],
  other: readonly PositionedText[][],
  bodyFont: number,
): PositionedText[] | undefined {
  const display = displayFont * bodyFont;
  const isDisplay = (row: readonly PositionedText[]) => row.every((run) => run.fontSize >= display);
  const body = displayColumn.findIndex((row) => !isDisplay(row));
  if (body <= 0) return undefined;
  const top = baseline(displayColumn[body]!);
  const beside = other.filter((row) => baseline(row) - top > sameLineTolerance * rowFont(row));
  const last = beside.at(-1);
  const next = other[beside.length];
  if (!last || (next && baseline(last) - baseline(next) < 2 * stackSpacing * rowFont(last))) return undefined;
  return [...displayColumn.slice(0, body), ...beside].flat();
}

/**
 * The runs that cross the gap with the rest of their lines: the runs on either side that go on
 * from them in the same type, a space apart ("… a CNA and" · "fi" · "nished her BSN"), but not a
 * line of the right column that starts at its left edge beside a long line of the left one.
 */
function linesAcross(straddling: readonly PositionedText[], left: readonly PositionedText[], right: readonly PositionedText[]): PositionedText[] {
  const columnStart = Math.min(...right.map((run) => run.x));
  const line = [...straddling];
  const candidates = [...left, ...right.filter((run) => run.x - columnStart > 1)];
  for (let index = 0; index < line.length; index++) {
    const run = line[index]!;
    for (const other of candidates) {
      if (!line.includes(other) && (goesOn(run, other) || goesOn(other, run))) line.push(other);
    }
  }
  return line;
}

/** Whether `next` follows `run` on its line in the same type, at most a space after it. */
function goesOn(run: PositionedText, next: PositionedText): boolean {
  const space = (next.x - (run.x + run.width)) / run.fontSize;
  return next.fontSize === run.fontSize && Math.abs(next.y - run.y) <= sameLineTolerance * run.fontSize && space >= -0.1 && space <= tabGap;
}

/**
 * Lines of the left column whose dates stand on their baseline at the right column's right edge,
 * set in from where the right column's lines start and set apart from its lines above and below:
 * a job's title and its dates at a right tab stop, while its highlights run in two columns below.
 * Each is the left row with its dates.
 */
function datedLines(leftRows: readonly PositionedText[][], rightRows: readonly PositionedText[][]): PositionedText[][] {
  const start = Math.min(...rightRows.map((row) => row[0]!.x));
  const end = Math.max(...rightRows.flatMap((row) => row.map((run) => run.x + run.width)));
  const lines: PositionedText[][] = [];
  for (const [index, row] of rightRows.entries()) {
    const text = joinRow(row);
    const last = row.at(-1)!;
    const atRightEdge = end - (last.x + last.width) <= rowFont(row) && row[0]!.x - start > 2 * rowFont(row);
    const above = rightRows[index - 1];
    const below = rightRows[index + 1];
    const alone = !(above && isStackedUnder(row, above)) && !(below && isStackedUnder(below, row));
    if (!yearPattern.test(text) || !labelPattern.test(text) || !atRightEdge || !alone) continue;
    const facing = alignedRow(row, leftRows);
    if (facing) lines.push([...facing, ...row]);
  }
  return lines;
}

/**
 * Two independent columns, each read as a block, the one holding the largest text first; cut
 * into bands by the lines that cross the gap, and by a line whose dates sit at the right edge
 * across the gap (a job's title beside highlights set in two columns).
 */
function readColumns({ left, right, straddling }: ColumnSplit, bodyFont: number): string[] {
  const crossing = linesAcross(straddling, left, right);
  const besideCrossing = (column: readonly PositionedText[]) => column.filter((run) => !crossing.includes(run));
  const dated = datedLines(groupRows([...besideCrossing(left), ...straddling]), groupRows(besideCrossing(right)));
  const inCut = new Set([...crossing, ...dated.flat()]);
  const cuts = groupRows([...inCut]);
  const lines: string[] = [];
  for (let band = 0; band <= cuts.length; band++) {
    const above = band === 0 ? Infinity : baseline(cuts[band - 1]!);
    const below = band === cuts.length ? -Infinity : baseline(cuts[band]!);
    const inBand = (run: PositionedText) => !inCut.has(run) && run.y < above && run.y >= below;
    const columns = [left.filter(inBand), right.filter(inBand)].filter((column) => column.length > 0);
    columns.sort((a, b) => largestFont(b) - largestFont(a) || extent(b) - extent(a));
    for (const column of columns) lines.push(...layout(column, bodyFont));
    if (band < cuts.length) lines.push(joinRow(cuts[band]!));
  }
  return lines;
}

interface ColumnSplit {
  left: PositionedText[];
  right: PositionedText[];
  straddling: PositionedText[];
}

/** The left edge of a column with an empty strip before it, crossed by few runs. */
function findColumnSplit(runs: readonly PositionedText[], page: boolean): ColumnSplit | undefined {
  if (runs.length < 4) return undefined;
  const fonts = runs.map((run) => run.fontSize).sort((a, b) => a - b);
  const gap = columnGap * fonts[Math.floor(fonts.length / 2)]!;
  // A run glued to the one before it (a ligature, "Wrote the o" · "ffi" · "ce's") starts no column.
  const rows = groupRows(runs);
  const starts = rows.flatMap((row) => row.filter((run, index) => index === 0 || !isGlued(row[index - 1]!, run)));
  const edges = [...new Set(starts.map((run) => Math.round(run.x)))].sort((a, b) => a - b);
  let best: ColumnSplit | undefined;
  for (const edge of edges) {
    const left: PositionedText[] = [];
    const right: PositionedText[] = [];
    const straddling: PositionedText[] = [];
    for (const run of runs) {
      if (run.x + run.width <= edge - gap) left.push(run);
      else if (run.x >= edge - 1) right.push(run);
      else straddling.push(run);
    }
    if (left.length === 0 || right.length === 0) continue;
    const allowed = Math.max(1, maxStraddling * runs.length);
    if (straddling.length > allowed && (!page || straddling.length - headerRuns(rows, new Set(straddling), right) > allowed)) continue;
    if (!best || straddling.length < best.straddling.length) best = { left, right, straddling };
  }
  return best && withGluedRuns(best);
}

/**
 * The split with each crossing run that is part of a word of one side, and stays in the gap, moved to
 * that side: a run set on from the end of a left run or up to the start of a right run with no space
 * between them (a ligature, "…@arkkitehtitoimisto." · "fi" overflowing a sidebar's edge) is never a
 * line of its own.
 */
function withGluedRuns({ left, right, straddling }: ColumnSplit): ColumnSplit {
  if (straddling.length === 0) return { left, right, straddling };
  // Only into the gap: a run that reaches the other column's text, or goes on into it a space
  // apart ("Sta" · "ff" · "Nurse II"), is part of a line across the page.
  const rightStart = Math.min(...right.map((run) => run.x));
  const leftEnd = Math.max(...left.map((run) => run.x + run.width));
  const toLeft = straddling.filter(
    (run) => run.x + run.width < rightStart && left.some((other) => isGlued(other, run)) && !right.some((other) => goesOn(run, other)),
  );
  const toRight = straddling.filter(
    (run) => run.x > leftEnd && !toLeft.includes(run) && right.some((other) => isGlued(run, other)) && !left.some((other) => goesOn(other, run)),
  );
  if (toLeft.length === 0 && toRight.length === 0) return { left, right, straddling };
  return {
    left: [...left, ...toLeft],
    right: [...right, ...toRight],
    straddling: straddling.filter((run) => !toLeft.includes(run) && !toRight.includes(run)),
  };
}

/**
 * How many of the crossing runs are in the page's header: the lines at the top of the page that
 * each cross the gap (a name, "Email address: …", "LinkedIn: …" over a margin of labels), read
 * before the columns as one band however many they are, if the column on the right runs on under
 * them for at least as many lines (else there are no columns, only a few lines set apart at the end).
 */
function headerRuns(rows: readonly PositionedText[][], crossing: ReadonlySet<PositionedText>, right: readonly PositionedText[]): number {
  let count = 0;
  let band = 0;
  for (const row of rows) {
    const inRow = row.filter((run) => crossing.has(run)).length;
    if (inRow === 0) break;
    count += inRow;
    band++;
  }
  return band >= 2 && groupRows(right).length >= band ? count : 0;
}

/** Whether `next` goes on from `run` within a word: on its line, in its size, with no space between them. */
function isGlued(run: PositionedText, next: PositionedText): boolean {
  return (
    next.fontSize === run.fontSize &&
    Math.abs(next.y - run.y) <= sameLineTolerance * run.fontSize &&
    Math.abs(next.x - (run.x + run.width)) <= spaceGap * run.fontSize
  );
}

/**
 * The split with the runs of the left column that go on into a run crossing the gap moved to the
 * crossing runs: a contact line's label ("Email address:") over a margin of labels is the start of
 * a line across the page, not a label of the margin.
 */
function withLinesAcross(split: ColumnSplit): ColumnSplit {
  const { left, right, straddling } = split;
  if (straddling.length === 0) return split;
  const crossing = new Set(linesAcross(straddling, left, right));
  const moved = left.filter((run) => crossing.has(run));
  if (moved.length === 0) return split;
  return { left: left.filter((run) => !crossing.has(run)), right, straddling: [...straddling, ...moved] };
}

/**
 * The split with the short last lines of full-width paragraphs moved from the left column to
 * the runs that cross the gap: a paragraph under the columns (a consent clause) whose last line
 * ends before the gap is still one paragraph, not a label in a margin.
 */
function withParagraphTails({ left, right, straddling }: ColumnSplit): ColumnSplit {
  const crossing = groupRows(straddling);
  const tails: PositionedText[] = [];
  for (const row of groupRows(left)) {
    const above = crossing.findLast((candidate) => baseline(candidate) > baseline(row));
    if (!above || !isNextLine(row, above)) continue;
    crossing.push(row);
    crossing.sort((a, b) => baseline(b) - baseline(a));
    tails.push(...row);
  }
  if (tails.length === 0) return { left, right, straddling };
  return { left: left.filter((run) => !tails.includes(run)), right, straddling: [...straddling, ...tails] };
}

/** Whether `row` is the next line of the paragraph `above` ends with: same size, same left edge, at line spacing (`spacing` font sizes at most). */
function isNextLine(row: readonly PositionedText[], above: readonly PositionedText[], spacing = paragraphLineSpacing): boolean {
  const size = rowFont(above);
  return rowFont(row) === size && Math.abs(row[0]!.x - above[0]!.x) <= 1 && baseline(above) - baseline(row) <= spacing * size;
}

/**
 * Whether one side is labels for the other (section names and dates in a margin) rather than
 * a sidebar of its own. Either few rows, nearly all on the other side's baselines (a heading
 * beside each section), or rows that all read as labels (a few words, or dates) set alone or
 * in short stacks (a heading over a job's dates), at least half the stacks starting on a
 * baseline of the other side; stacks may run longer when the rows are close together and each
 * label faces the first line of a block (see `facesBlockStarts`). A sidebar's contact or skills
 * block is a stack of lines with addresses and lists in it, whatever lines up with the other
 * side by chance. A margin is narrower than the text it labels: a main column beside a narrow
 * sidebar of small lines (a skills grid) is never the sidebar's labels.
 */
function isGutter(labels: readonly PositionedText[][], body: readonly PositionedText[][]): boolean {
  if (extent(labels.flat()) >= extent(body.flat())) return false;
  // Rows of two cells set apart ("Java ⇥ Python", "C# ⇥ C") in a column far narrower than the other
  // are a grid of tags in a sidebar, not labels; beside a column as narrow they may be a grid's cells.
  const grid = labels.filter((row) => joinRow(row).includes('\t')).length >= 2;
  if (grid && extent(body.flat()) >= sidebarWidths * extent(labels.flat())) return false;
  const sparse = labels.length * 2 <= body.length;
  if (sparse && labels.filter((row) => alignedRow(row, body)).length >= 0.6 * labels.length) return true;
  if (!labels.every((row) => labelPattern.test(joinRow(row)))) return false;
  // Labels set in taller lines than the body's sit a little under the first lines of the blocks they face.
  const facing = facingLabels(labels, body);
  const faces = (row: PositionedText[]) => facing.has(row);
  if (sparse && labels.filter(faces).length >= 0.6 * labels.length) return true;
  const stacks = stackRows(labels);
  if (stacks.some((stack) => stack.length > maxGutterStack) && !facesBlockStarts(labels, body)) return false;
  return stacks.filter((stack) => faces(stack[0]!)).length >= 0.5 * stacks.length;
}

/**
 * Whether most labels (a wrapped one counted once) face a line of the other side, and every one
 * that does faces the first line of a block: the left cells of a two-column table ("Analytics"
 * beside its list, "2019" beside a certificate), however closely the rows follow each other.
 * A sidebar's lines, set at the body's line spacing, line up with lines inside paragraphs too.
 */
function facesBlockStarts(labels: readonly PositionedText[][], body: readonly PositionedText[][]): boolean {
  const starts = blockStarts(body);
  const wrapped = wrappedLabels(labels);
  const facing = wrapped.flatMap((label) => {
    const aligned = alignedRow(label[0]!, body);
    return aligned ? [aligned] : [];
  });
  return facing.length >= 0.5 * wrapped.length && facing.every((row) => starts.has(row));
}

/** The rows of `body` (top to bottom) that open a block: the first, and each set further below the one above than the body's closest line spacing. */
function blockStarts(body: readonly PositionedText[][]): Set<PositionedText[]> {
  const step = (index: number) => (baseline(body[index - 1]!) - baseline(body[index]!)) / rowFont(body[index]!);
  const lineStep = Math.min(...body.map((_, index) => index).slice(1).map(step));
  return new Set(body.filter((_, index) => index === 0 || step(index) > blockSpacing * lineStep));
}

/**
 * The labels that face a row of the body: on its baseline, or a little under the first line of a
 * block by the same drop as the other labels so set, when every label on a baseline sits a little
 * under it too (a margin's taller lines push every label down alike; a sidebar's lines fall above
 * and under the body's at every distance).
 */
function facingLabels(labels: readonly PositionedText[][], body: readonly PositionedText[][]): Set<PositionedText[]> {
  const starts = blockStarts(body);
  const facing = new Set(labels.filter((row) => alignedRow(row, body)));
  const dropped = labels.flatMap((row) => {
    const faced = facing.has(row) ? undefined : facedRow(row, body, starts);
    return faced ? [{ row, drop: baseline(faced) - baseline(row) }] : [];
  });
  // Only when every label on a body line's baseline sits a little under it too: the whole margin is set lower.
  if ([...facing].some((row) => baseline(alignedRow(row, body)!) - baseline(row) <= 0)) return facing;
  const drops = dropped.map(({ drop }) => drop).sort((a, b) => a - b);
  const median = drops[Math.floor(drops.length / 2)] ?? 0;
  for (const { row, drop } of dropped) if (Math.abs(drop - median) <= alikeDrop) facing.add(row);
  return facing;
}

/**
 * The row of `body` a margin label faces: the one on its baseline, or the first line of a block
 * when the label sits a little under it, nearer it than the line below. A label set in a taller
 * line than the body's (a line height of 1.9 in the margin, the Europass editor's) is pushed down
 * by half the difference, up to about half its size, while both cells start at the same top.
 */
function facedRow(label: readonly PositionedText[], body: readonly PositionedText[][], starts: ReadonlySet<PositionedText[]>): PositionedText[] | undefined {
  const aligned = alignedRow(label, body);
  if (aligned) return aligned;
  const index = body.findLastIndex((row) => baseline(row) > baseline(label));
  const above = body[index];
  if (!above || !starts.has(above)) return undefined;
  const drop = baseline(above) - baseline(label);
  const below = body[index + 1];
  if (drop > labelDrop * rowFont(label) || (below && baseline(label) - baseline(below) <= drop)) return undefined;
  return above;
}

/**
 * Labels with their wrapped lines ("Supply" / "chain"): a line under another of the same size
 * and left edge, at line spacing, whose first word would not have fitted after the line above
 * in the margin's width; dates are never wrapped labels.
 */
function wrappedLabels(rows: readonly PositionedText[][]): PositionedText[][][] {
  const margin = Math.max(...rows.flat().map((run) => run.x + run.width));
  const isDate = (row: readonly PositionedText[]) => yearPattern.test(joinRow(row));
  // Set further apart than a paragraph's lines (a margin's taller lines), only two lines alone make one
  // label: a list one item a line is never a label wrapped.
  const loosely = (index: number) => {
    const [before, above, row, after] = [rows[index - 2], rows[index - 1], rows[index]!, rows[index + 1]];
    if (!above || !isNextLine(row, above, wrappedLabelSpacing)) return false;
    return !(before && isNextLine(above, before, wrappedLabelSpacing)) && !(after && isNextLine(after, row, wrappedLabelSpacing));
  };
  const labels: PositionedText[][][] = [];
  for (const [index, row] of rows.entries()) {
    const label = labels.at(-1);
    const above = label?.at(-1);
    const wraps = above !== undefined && (isNextLine(row, above) || loosely(index)) && !isDate(row) && !isDate(above);
    if (label && wraps && Math.max(...above.map((run) => run.x + run.width)) + firstWordWidth(row) > margin) label.push(row);
    else labels.push([row]);
  }
  return labels;
}

/** About how wide the first word of a row is, from its first run's width per character. */
function firstWordWidth(row: readonly PositionedText[]): number {
  const run = row[0]!;
  const word = /^\S+/.exec(run.text.trim())?.[0] ?? '';
  return (run.width * word.length) / Math.max(1, run.text.length);
}

/** Rows set one under the other at line spacing, top to bottom. */
function stackRows(rows: readonly PositionedText[][]): PositionedText[][][] {
  const stacks: PositionedText[][][] = [];
  for (const row of rows) {
    const stack = stacks.at(-1);
    const above = stack?.at(-1);
    if (stack && above && isStackedUnder(row, above)) stack.push(row);
    else stacks.push([row]);
  }
  return stacks;
}

function isStackedUnder(row: readonly PositionedText[], above: readonly PositionedText[]): boolean {
  return baseline(above) - baseline(row) <= stackSpacing * Math.max(rowFont(above), rowFont(row));
}

/** The row of `rows` on the same baseline as `row`, the nearest if several. */
function alignedRow(row: readonly PositionedText[], rows: readonly PositionedText[][]): PositionedText[] | undefined {
  let best: PositionedText[] | undefined;
  for (const candidate of rows) {
    const distance = Math.abs(baseline(candidate) - baseline(row));
    if (distance > sameLineTolerance * Math.max(rowFont(candidate), rowFont(row))) continue;
    if (!best || distance < Math.abs(baseline(best) - baseline(row))) best = candidate;
  }
  return best;
}

/**
 * Margin labels merged into the body. A section name reads on its own line just before the body
 * line on its baseline, or after the name it is stacked under (an empty section), or before the
 * body line just above it (a name centred on a short block). A date joins an entry line after a
 * tab, as dates at a right tab stop do: the line on its baseline, or the line before the one it
 * sits just under (a job's dates pushed down a line by the section name above them).
 */
function interleaveGutter(labels: readonly PositionedText[][], bodyRows: readonly PositionedText[][], bodyFont: number): string[] {
  const body = [...bodyRows].sort((a, b) => baseline(b) - baseline(a));
  const before = body.map((): string[] => []);
  const after = body.map((): string[] => []);
  const trailing: string[] = [];
  let previous: { row: PositionedText[]; line: number } | undefined;
  for (const rows of wrappedLabels(labels)) {
    const text = rows.map(joinRow).join(' ');
    const { line, side } = placeLabel(rows[0]!, yearPattern.test(text), body, previous);
    if (line === body.length) trailing.push(text);
    else (side === 'after' ? after : before)[line]!.push(text);
    previous = { row: rows.at(-1)!, line };
  }
  const lines: string[] = [];
  for (const [index, row] of body.entries()) {
    lines.push(...before[index]!);
    const text = [joinRow(row), ...after[index]!].join('\t');
    // "Valeria Quiroga" / "Montes": a name set large and wrapped, beside a margin of labels.
    const above = body[index - 1];
    const wraps = above !== undefined && before[index]!.length === 0 && after[index - 1]!.length === 0 && wrapsDisplayLine(above, row, bodyFont);
    if (wraps && lines.length > 0) lines[lines.length - 1] = joinDisplayLine(lines[lines.length - 1]!, text);
    else lines.push(text);
  }
  return [...lines, ...trailing];
}

/** The body line a margin label reads with (body.length: after them all), and on which side. */
function placeLabel(
  label: readonly PositionedText[],
  isDate: boolean,
  body: readonly PositionedText[][],
  previous: { row: PositionedText[]; line: number } | undefined,
): { line: number; side: 'before' | 'after' } {
  const aligned = alignedRow(label, body);
  if (aligned) return { line: body.indexOf(aligned), side: isDate ? 'after' : 'before' };
  if (!isDate && previous && isStackedUnder(label, previous.row)) return { line: previous.line, side: 'before' };
  const below = body.findIndex((row) => baseline(row) < baseline(label));
  const above = (below === -1 ? body.length : below) - 1;
  if (above >= 0 && isStackedUnder(label, body[above]!)) {
    return isDate && above > 0 ? { line: above - 1, side: 'after' } : { line: above, side: 'before' };
  }
  return { line: below === -1 ? body.length : below, side: 'before' };
}

/**
 * The text of rows, one line each, except that a display line (a name set at twice the page's
 * body size or more) wrapped onto a second line, aligned as the first, reads as one line.
 */
function joinRows(rows: readonly PositionedText[][], bodyFont: number): string[] {
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const above = rows[index - 1];
    if (above && wrapsDisplayLine(above, row, bodyFont) && lines.length > 0) lines[lines.length - 1] = joinDisplayLine(lines[lines.length - 1]!, joinRow(row));
    else lines.push(joinRow(row));
  });
  return lines;
}

// "Ama Owusu-" / "Ansah": a double-barrelled name wrapped at its hyphen goes on with no space.
function joinDisplayLine(first: string, rest: string): string {
  return /\p{L}-$/u.test(first) ? `${first}${rest}` : `${first} ${rest}`;
}

/** Whether `row` is the rest of the display line `above` (a name set large), wrapped and aligned as it. */
function wrapsDisplayLine(above: readonly PositionedText[], row: readonly PositionedText[], bodyFont: number): boolean {
  const isDisplay = (candidate: readonly PositionedText[]) => candidate.every((run) => run.fontSize >= displayFont * bodyFont);
  return (
    isDisplay(above) &&
    isDisplay(row) &&
    // A title under the name in smaller display type is a line of its own.
    Math.abs(rowFont(above) - rowFont(row)) <= 0.5 &&
    alignedAlike(above, row) &&
    baseline(above) - baseline(row) <= wrappedLineSpacing * rowFont(row)
  );
}

/**
 * Whether two lines share their alignment: the same left edge, or (a name centred in a sidebar or
 * over the page, "Siobhán Ní" / "Bhriain") the same centre, or the same right edge.
 */
function alignedAlike(above: readonly PositionedText[], row: readonly PositionedText[]): boolean {
  const left = (line: readonly PositionedText[]) => line[0]!.x;
  const right = (line: readonly PositionedText[]) => Math.max(...line.map((run) => run.x + run.width));
  const centre = (line: readonly PositionedText[]) => (left(line) + right(line)) / 2;
  return Math.abs(left(above) - left(row)) <= 1 || Math.abs(centre(above) - centre(row)) <= 1.5 || Math.abs(right(above) - right(row)) <= 1;
}

/** Runs grouped into lines by baseline, top to bottom, each line left to right. */
function groupRows(runs: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(baseline(row) - run.y) <= sameLineTolerance * Math.max(rowFont(row), run.fontSize)) row.push(run);
    else rows.push([run]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

function joinRow(row: readonly PositionedText[]): string {
  const gaps = row.slice(1).map((run, index) => {
    const previous = row[index]!;
    return (run.x - (previous.x + previous.width)) / Math.max(previous.fontSize, run.fontSize);
  });
  const widest = widenedSpace(gaps);
  let output = '';
  row.forEach((run, index) => {
    const gap = gaps[index - 1];
    const previous = row[index - 1];
    if (gap !== undefined && previous) {
      // A wide gap between two runs on one line is a column (a tab stop), not a space.
      if (gap > widest) output += '\t';
      else if (gap > spaceGap && !/\s$/.test(previous.text) && !/^\s/.test(run.text)) output += ' ';
    }
    output += run.text;
  });
  return output.trim();
}

/**
 * The widest gap of a row that is still a space between words (in font sizes). Tags styled with
 * a wide word spacing ("Revit  MEP" inside one chip, "Heat  pumps" in the next) space their words
 * wider than a tab stop: when a row's wide gaps come in two sizes, each alike within itself and
 * the larger clearly larger, the smaller is the words' spacing and the larger sets the tags
 * apart. Cells of a grid leave gaps of every width, so they stay apart.
 */
function widenedSpace(gaps: readonly number[]): number {
  const wider = gaps.filter((gap) => gap > tabGap).sort((a, b) => a - b);
  const narrowest = wider[0];
  // Two wide gaps alone may be a grid's cells ("Title  Dates  Highlight"): it takes three to see a habit.
  if (narrowest === undefined || narrowest >= maxWidenedSpace || wider.length < minWidenedRow) return tabGap;
  const spaces = wider.filter((gap) => gap <= narrowest * alikeGaps);
  const separators = wider.slice(spaces.length);
  const separator = separators[0];
  if (separator === undefined || separator < spaces.at(-1)! * distinctGaps) return tabGap;
  if (separators.at(-1)! > separator * alikeGaps) return tabGap;
  return spaces.at(-1)!;
}

/** The baseline of a line: that of its largest run (a smaller date sits a little higher). */
function baseline(row: readonly PositionedText[]): number {
  let largest = row[0]!;
  for (const run of row) if (run.fontSize > largest.fontSize) largest = run;
  return largest.y;
}

function rowFont(row: readonly PositionedText[]): number {
  return largestFont(row);
}

function largestFont(runs: readonly PositionedText[]): number {
  return Math.max(...runs.map((run) => run.fontSize));
}

function extent(runs: readonly PositionedText[]): number {
  return Math.max(...runs.map((run) => run.x + run.width)) - Math.min(...runs.map((run) => run.x));
}

function readError(error: unknown, filename: string): JobpilotError {
  if (!(error instanceof PdfReadError)) return damaged(filename, error);
  if (error.details.errorName === 'PasswordException') {
    return new JobpilotError(
      'RESUME_ENCRYPTED',
      `"${filename}" is a password-protected PDF. Remove the password (print or export it to a new PDF) and try again.`,
      { cause: error },
    );
  }
  if (error.reason === 'aborted') return new JobpilotError('CANCELLED', `Reading "${filename}" was cancelled.`, { cause: error });
  if (error.reason === 'failed') return damaged(filename, error);
  const why = {
    pages: `has ${error.details.pageCount?.toLocaleString('en-US') ?? 'too many'} pages (a resume has a few; at most ${pdfLimits.maxPages} are read)`,
    runs: `holds more than ${pdfLimits.maxRuns.toLocaleString('en-US')} pieces of text`,
    time: `could not be read within ${pdfLimits.timeoutMs / 1000} s`,
    memory: `needs more than ${pdfLimits.maxHeapMb} MB to read`,
  }[error.reason];
  return new JobpilotError(
    'RESUME_TOO_COMPLEX',
    `"${filename}" ${why}; it is not read. Is it the right file? Export the resume alone to PDF and try again.`,
    { cause: error, details: { reason: error.reason, ...(error.details.pageCount === undefined ? {} : { pages: error.details.pageCount }) } },
  );
}

function damaged(filename: string, error: unknown): JobpilotError {
  const reason = error instanceof Error ? error.message : String(error);
  return new JobpilotError(
    'RESUME_UNREADABLE',
    `"${filename}" is not a readable PDF (${reason}); it may be damaged or truncated. Export it again from the original document.`,
    { cause: error },
  );
}
