import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const protocolPath = fileURLToPath(new URL('../../docs/protocol.md', import.meta.url));

/**
 * The error codes docs/protocol.md's "Errors" table documents for JSON answers, each with its
 * status: what a client may meet, read from the document itself so tests hold the docs true.
 *
 * @example
 * documentedErrorCodes().get('THREAD_BUSY'); // 409
 */
export function documentedErrorCodes(): Map<string, number> {
  const text = readFileSync(protocolPath, 'utf8');
  const section = text.slice(text.indexOf('\n## Errors'));
  const table = section.slice(section.indexOf('| status | code |'), section.indexOf('\n\n', section.indexOf('| status | code |')));
  const codes = new Map<string, number>();
  for (const row of table.split('\n').slice(2)) {
    const [, status = '', code = ''] = row.split('|').map((cell) => cell.trim());
    for (const [, name] of code.matchAll(/`([A-Z_]+)`/g)) codes.set(name as string, Number(status));
  }
  return codes;
}
