/**
 * Writes the figures of the reliability scripts into docs/reliability.md, each between its
 * own markers, so one script can refresh its block without the other's run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { heapToleranceBytes, type StreamLoadFigures } from '../tests/helpers/stream-load.ts';

const doc = fileURLToPath(new URL('../docs/reliability.md', import.meta.url));


/** What the property test counted (its `property-figures:` line). */
export interface PropertyFigures {
  requests: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  problems: number;
  messagesChecked: number;
  busyThreads: number;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const today = () => new Date().toISOString().slice(0, 10);

function loadMarkdown(figures: StreamLoadFigures): string {
  const { before, after } = figures.memory;
  const growth = after.heapUsed - before.heapUsed;
  return [
    `Measured ${today()} on this machine (2 cores), \`npm run bench -- --only streams\` (\`bench/streams.bench.ts\`):`,
    '',
    '| figure | value |',
    '|---|---|',
    `| streams asked for | ${figures.streams}, each open ~${figures.seconds} s (the answer a piece a second) |`,
    `| streams held at once | ${figures.held} |`,
    `| completed (\`run-end\` completed) | ${figures.completed} |`,
    `| \`message-delta\` per stream | ${figures.deltas.min}–${figures.deltas.max} |`,
    `| errors | ${figures.errors.length}${figures.errors.length ? ` (first: ${figures.errors[0]?.replaceAll('|', '\\|')})` : ''} |`,
    `| server heap after GC, before → after | ${mib(before.heapUsed)} → ${mib(after.heapUsed)} (${growth >= 0 ? '+' : ''}${mib(growth)}; flat means at most +${mib(heapToleranceBytes)}) |`,
    `| server RSS, before → after | ${mib(before.rss)} → ${mib(after.rss)} |`,
  ].join('\n');
}

function propertyMarkdown(figures: PropertyFigures): string {
  const statuses = Object.entries(figures.byStatus).map(([status, count]) => `${status}: ${count}`).join(', ');
  const codes = Object.entries(figures.byCode).sort((a, b) => b[1] - a[1]).map(([code, count]) => `\`${code}\` ${count}`).join(', ');
  return [
    `Measured ${today()}, \`npm run bench -- --only property\` (runs \`tests/server/every-route.property.int.test.ts\`):`,
    '',
    '| figure | value |',
    '|---|---|',
    `| requests sent | ${figures.requests} |`,
    `| by status | ${statuses} |`,
    `| error codes | ${codes} |`,
    `| problems (5xx, undocumented error bodies, broken streams) | ${figures.problems} |`,
    `| accepted messages found in their transcripts | ${figures.messagesChecked} of ${figures.messagesChecked} |`,
    `| threads left busy | ${figures.busyThreads} |`,
  ].join('\n');
}

async function writeBlock(name: string, command: string, markdown: string): Promise<void> {
  const start = `<!-- figures:${name}:start (written by ${command}) -->`;
  const end = `<!-- figures:${name}:end -->`;
  const text = await readFile(doc, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/reliability.md has no ${name} figures markers`);
  await writeFile(doc, `${text.slice(0, from + start.length)}\n${markdown}\n${text.slice(to)}`);
}

/** Replaces the blocks given in docs/reliability.md. */
export async function writeReliabilityFigures(figures: { load?: StreamLoadFigures; property?: PropertyFigures }): Promise<void> {
  if (figures.load) await writeBlock('load', 'npm run bench -- --only streams', loadMarkdown(figures.load));
  if (figures.property) await writeBlock('property', 'npm run bench -- --only property', propertyMarkdown(figures.property));
}
