import { adminKeyFile } from '../../config.ts';
import { readSecretFile, UnsafeSecretFileError } from '../../db/private-files.ts';
import type { CreatedToken, TokenSummary } from '../../protocol/api.ts';
import { ApiClient } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { formatTime } from '../format-thread.ts';
import { createPainter } from '../render.ts';

export type TokenOptions =
  | { action: 'create'; name: string; json: boolean }
  | { action: 'list'; json: boolean }
  | { action: 'revoke'; name: string; json: boolean };

/** The admin key the server wrote to its data dir: readable only by the user who runs it. */
async function readAdminKey(dataDir: string): Promise<string> {
  const file = adminKeyFile({ dataDir });
  let key: string | null;
  try {
    key = await readSecretFile(file);
  } catch (error) {
    if (error instanceof UnsafeSecretFileError) throw new CliError(`can't use the admin key: ${error.message}`, 1, { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError(`can't read ${file}: only the user who runs the server can manage tokens.`, 1, { cause: error });
    }
    throw error;
  }
  if (!key) {
    throw new CliError(
      `no admin key at ${file}: start the server first (jobpilot serve), and run this as the same user with the same JOBPILOT_DATA_DIR.`,
    );
  }
  return key;
}

export const tokenTable = (tokens: readonly TokenSummary[]): string => {
  if (tokens.length === 0) return 'No named tokens. Make one with `jobpilot token create --name NAME`.\n';
  const rows = tokens.map((token) => [token.name, token.revoked_at ? `revoked ${formatTime(token.revoked_at)}` : 'live', formatTime(token.created_at)]);
  const header = ['NAME', 'STATUS', 'CREATED'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return `${[header, ...rows].map(format).join('\n')}\n`;
};

/** What `token create` says besides the token: what became of the data from before, on the first one only. */
export const createdNote = (created: Pick<CreatedToken, 'first' | 'server_token'>): string => {
  const shown = 'It is shown only now: give it to its owner, who sends it as JOBPILOT_TOKEN.';
  if (!created.first) return shown;
  if (created.server_token) {
    return `${shown} The data from before stays the default owner's, reached with the server's JOBPILOT_TOKEN.`;
  }
  return `${shown} Every request now needs a token. The data from before is the default owner's: the server has no JOBPILOT_TOKEN, so it is reached only once the server is started with one (any secret that differs from every named token).`;
};

/**
 * `jobpilot token create --name NAME | list | revoke NAME`: named tokens, managed through
 * the running server with the admin key from its data dir (so only the OS user who runs
 * the server can). `create` prints the token once; nothing keeps it but its digest.
 *
 * @example
 * await tokenCommand(context, { action: 'create', name: 'alice', json: false });
 */
export async function tokenCommand(
  context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>,
  options: TokenOptions,
): Promise<number> {
  const { stdout, config } = context;
  const paint = createPainter(context.color && !options.json);
  const api = new ApiClient({ url: config.url, token: await readAdminKey(config.dataDir), fetch: context.fetch });
  const print = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
  switch (options.action) {
    case 'create': {
      const created = await api.createToken(options.name);
      if (options.json) print(created);
      else {
        stdout.write(`${created.token}\n`);
        stdout.write(`${paint.dim(`Token "${created.name}" made. ${createdNote(created)}`)}\n`);
      }
      return 0;
    }
    case 'list': {
      const tokens = await api.listTokens();
      if (options.json) print({ tokens });
      else stdout.write(tokenTable(tokens));
      return 0;
    }
    case 'revoke': {
      const revoked = await api.revokeToken(options.name);
      if (options.json) print(revoked);
      else stdout.write(`Revoked token "${revoked.name}": it is refused from now on. Its owner's data stays.\n`);
      return 0;
    }
  }
}
