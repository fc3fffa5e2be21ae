/** Boards anyone can ask. */
export const keylessBoards = ['remotive', 'arbeitnow', 'himalayas', 'remoteok'] as const;
/** Boards that list one employer's openings, configured per company. */
export const companyBoards = ['greenhouse', 'lever', 'ashby'] as const;
/** Boards that need an API key. */
export const keyedBoards = ['adzuna', 'jsearch', 'serpapi'] as const;
/**
 * Every board, in the order sources are built and merged: company boards first, so when
 * several boards list one opening, the employer's own posting leads the merged job.
 */
export const boardNames = [...companyBoards, ...keylessBoards, ...keyedBoards] as const;

export type KeylessBoard = (typeof keylessBoards)[number];
export type CompanyBoard = (typeof companyBoards)[number];
export type BoardName = (typeof boardNames)[number];

/**
 * One enabled source. `origin` is set only when `JOBPILOT_<BOARD>_URL` overrides the
 * board's own; the adapter appends its path to it.
 */
export type SourceSetting =
  | { board: KeylessBoard; origin?: string }
  | { board: CompanyBoard; company: string; origin?: string }
  | { board: 'adzuna'; appId: string; appKey: string; country: string; origin?: string }
  | { board: 'jsearch' | 'serpapi'; apiKey: string; origin?: string };

/** The raw variables this reads; config.ts passes them in (it never reads the environment itself). */
export type SourceEnvironment = Readonly<Record<string, string | undefined>>;

/** A job-source variable that cannot be honoured; the message names the variable and value. */
export class SourceSettingsError extends Error {
  override readonly name = 'SourceSettingsError';
  readonly code = 'CONFIG_INVALID';
}

const isBoard = (name: string): name is BoardName =>
  (boardNames as readonly string[]).includes(name);
const isCompanyBoard = (name: string): name is CompanyBoard =>
  (companyBoards as readonly string[]).includes(name);

function value(env: SourceEnvironment, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function commaList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

function readCompanyBoards(env: SourceEnvironment, problems: string[]) {
  const boards: Array<{ board: CompanyBoard; company: string }> = [];
  const unknownKinds: string[] = [];
  for (const entry of commaList(env.JOBPILOT_COMPANY_BOARDS)) {
    const [kind = '', company = '', ...extra] = entry.split(':').map((part) => part.trim());
    if (!company || extra.length > 0 || !/^[A-Za-z0-9._-]+$/.test(company)) {
      problems.push(
        `JOBPILOT_COMPANY_BOARDS: "${entry}" is not KIND:COMPANY (e.g. greenhouse:stripe)`,
      );
      continue;
    }
    const board = kind.toLowerCase();
    if (!isCompanyBoard(board)) unknownKinds.push(entry);
    else if (!boards.some((known) => known.board === board && known.company === company)) {
      boards.push({ board, company });
    }
  }
  if (unknownKinds.length > 0) {
    problems.push(
      `JOBPILOT_COMPANY_BOARDS: unknown board kind in ${quoted(unknownKinds)} ` +
        `(known: ${companyBoards.join(', ')})`,
    );
  }
  return boards;
}

function readOrigins(
  env: SourceEnvironment,
  problems: string[],
): Partial<Record<BoardName, string>> {
  const origins: Partial<Record<BoardName, string>> = {};
  for (const board of boardNames) {
    const variable = `JOBPILOT_${board.toUpperCase()}_URL`;
    const raw = value(env, variable);
    if (raw === undefined) continue;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
      problems.push(`${variable}: "${raw}" is not an http(s) origin such as http://127.0.0.1:9001`);
    } else {
      origins[board] = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    }
  }
  return origins;
}

/** Which boards the user picked: the explicit list, or every one usable without asking. */
function chosenBoards(
  env: SourceEnvironment,
  usable: (board: BoardName) => boolean,
  problems: string[],
): BoardName[] {
  const listed = commaList(env.JOBPILOT_JOB_SOURCES).map((name) => name.toLowerCase());
  if (listed.length === 0) return boardNames.filter(usable);
  if (listed.length === 1 && listed[0] === 'none') return [];
  const unknown = listed.filter((name) => !isBoard(name));
  if (unknown.length > 0) {
    problems.push(
      `JOBPILOT_JOB_SOURCES: unknown source ${quoted(unknown)} ` +
        `(known: ${boardNames.join(', ')}, or none)`,
    );
  }
  return boardNames.filter((board) => listed.includes(board));
}

/**
 * The enabled job sources, from the raw variables: `JOBPILOT_JOB_SOURCES` (comma list, or
 * "none"; default: every keyless board, every company board configured in
 * `JOBPILOT_COMPANY_BOARDS`, and each keyed board whose key is set),
 * `JOBPILOT_COMPANY_BOARDS` (`greenhouse:stripe,lever:netflix,ashby:linear`),
 * `JOBPILOT_<BOARD>_URL` origin overrides, `ADZUNA_APP_ID`/`ADZUNA_APP_KEY`/`ADZUNA_COUNTRY`
 * (default us), `JSEARCH_API_KEY`, `SERPAPI_API_KEY`. Throws a `SourceSettingsError`
 * naming every unknown source or board kind, malformed value, and board listed explicitly
 * without what it needs.
 *
 * @example
 * parseSourceSettings({
 *   JOBPILOT_JOB_SOURCES: 'remotive,greenhouse',
 *   JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe',
 * });
 * // [{ board: 'remotive' }, { board: 'greenhouse', company: 'stripe' }]
 */
export function parseSourceSettings(env: SourceEnvironment): SourceSetting[] {
  const problems: string[] = [];
  const companies = readCompanyBoards(env, problems);
  const origins = readOrigins(env, problems);
  const appId = value(env, 'ADZUNA_APP_ID');
  const appKey = value(env, 'ADZUNA_APP_KEY');
  const country = (value(env, 'ADZUNA_COUNTRY') ?? 'us').toLowerCase();
  const keys = { jsearch: value(env, 'JSEARCH_API_KEY'), serpapi: value(env, 'SERPAPI_API_KEY') };
  if (Boolean(appId) !== Boolean(appKey)) {
    const [absent, present] = appId
      ? ['ADZUNA_APP_KEY', 'ADZUNA_APP_ID']
      : ['ADZUNA_APP_ID', 'ADZUNA_APP_KEY'];
    problems.push(`${absent}: required with ${present}`);
  }
  if (!/^[a-z]{2}$/.test(country)) {
    problems.push(`ADZUNA_COUNTRY: "${country}" is not a two-letter country code such as us or gb`);
  }
  const companyEntry = (board: CompanyBoard) =>
    companies.some((entry) => entry.board === board)
      ? undefined
      : `a ${board}:COMPANY entry in JOBPILOT_COMPANY_BOARDS`;
  // What each board still needs before it can run; undefined when it can run.
  const missing: Record<BoardName, string | undefined> = {
    remotive: undefined,
    arbeitnow: undefined,
    himalayas: undefined,
    remoteok: undefined,
    greenhouse: companyEntry('greenhouse'),
    lever: companyEntry('lever'),
    ashby: companyEntry('ashby'),
    adzuna: appId && appKey ? undefined : 'ADZUNA_APP_ID and ADZUNA_APP_KEY',
    jsearch: keys.jsearch ? undefined : 'JSEARCH_API_KEY',
    serpapi: keys.serpapi ? undefined : 'SERPAPI_API_KEY',
  };
  const explicit = commaList(env.JOBPILOT_JOB_SOURCES).length > 0;
  const chosen = chosenBoards(env, (board) => missing[board] === undefined, problems);
  for (const board of chosen) {
    const needs = missing[board];
    if (explicit && needs) problems.push(`JOBPILOT_JOB_SOURCES: ${board} needs ${needs}`);
  }
  if (problems.length > 0) {
    throw new SourceSettingsError(`Invalid configuration. ${problems.join('; ')}`);
  }

  const withOrigin = <T extends object>(board: BoardName, setting: T): T & { origin?: string } =>
    origins[board] ? { ...setting, origin: origins[board] } : setting;
  return chosen.flatMap((board): SourceSetting[] => {
    switch (board) {
      case 'greenhouse':
      case 'lever':
      case 'ashby':
        return companies
          .filter((entry) => entry.board === board)
          .map((entry) => withOrigin(board, { board, company: entry.company }));
      case 'adzuna':
        return [withOrigin(board, { board, appId: appId ?? '', appKey: appKey ?? '', country })];
      case 'jsearch':
      case 'serpapi':
        return [withOrigin(board, { board, apiKey: keys[board] ?? '' })];
      default:
        return [withOrigin(board, { board })];
    }
  });
}
