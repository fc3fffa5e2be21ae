import { type BoardVariables, ConfigError } from '../config.ts';
import type { JobBoard } from './job-board.ts';
import { jobBoards } from './job-boards.ts';

/**
 * One enabled source: the board's name and its own settings (keys), `company` for a company
 * board, and `origin` only when `JOBPILOT_<BOARD>_URL` overrides the board's own (the adapter
 * appends its path to it).
 */
export interface SourceSetting {
  board: string;
  company?: string;
  origin?: string;
  [setting: string]: unknown;
}

function value(variables: BoardVariables, name: string): string | undefined {
  return variables[name]?.trim() || undefined;
}

function commaList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

function readCompanyBoards(
  variables: BoardVariables,
  boards: readonly JobBoard[],
  problems: string[],
) {
  const companyBoards = boards.filter((board) => board.kind === 'company');
  const kinds = companyBoards.map((board) => board.name);
  const entries: Array<{ board: string; company: string }> = [];
  const unknownKinds: string[] = [];
  for (const entry of commaList(variables.JOBPILOT_COMPANY_BOARDS)) {
    const [kind = '', company = '', ...extra] = entry.split(':').map((part) => part.trim());
    const board = kind.toLowerCase();
    const own = companyBoards.find((known) => known.name === board);
    const shape = (own?.kind === 'company' && own.companyPattern) || {
      pattern: /^[A-Za-z0-9._-]+$/,
      example: 'greenhouse:stripe',
    };
    if (!company || extra.length > 0 || !shape.pattern.test(company)) {
      problems.push(
        `JOBPILOT_COMPANY_BOARDS: "${entry}" is not KIND:COMPANY (e.g. ${shape.example})`,
      );
      continue;
    }
    if (!kinds.includes(board)) unknownKinds.push(entry);
    else if (!entries.some((known) => known.board === board && known.company === company)) {
      entries.push({ board, company });
    }
  }
  if (unknownKinds.length > 0) {
    problems.push(
      `JOBPILOT_COMPANY_BOARDS: unknown board kind in ${quoted(unknownKinds)} ` +
        `(known: ${kinds.join(', ')})`,
    );
  }
  return entries;
}

function readOrigin(
  variables: BoardVariables,
  board: JobBoard,
  problems: string[],
): string | undefined {
  const variable = `JOBPILOT_${board.name.toUpperCase()}_URL`;
  const raw = value(variables, variable);
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    problems.push(`${variable}: "${raw}" is not an http(s) origin such as http://127.0.0.1:9001`);
    return undefined;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Which boards the user picked: the explicit list, or every one usable without asking. */
function chosenBoards(
  variables: BoardVariables,
  boards: readonly JobBoard[],
  usable: (board: JobBoard) => boolean,
  problems: string[],
): JobBoard[] {
  const listed = commaList(variables.JOBPILOT_JOB_SOURCES).map((name) => name.toLowerCase());
  if (listed.length === 0) return boards.filter(usable);
  if (listed.length === 1 && listed[0] === 'none') return [];
  const unknown = listed.filter((name) => !boards.some((board) => board.name === name));
  if (unknown.length > 0) {
    problems.push(
      `JOBPILOT_JOB_SOURCES: unknown source ${quoted(unknown)} ` +
        `(known: ${boards.map((board) => board.name).join(', ')}, or none)`,
    );
  }
  return boards.filter((board) => listed.includes(board.name));
}

/**
 * The enabled job sources, from the job-board variables (`config.jobs.boardVariables`):
 * `JOBPILOT_JOB_SOURCES` (comma list, or "none"; default: every keyless board, every company
 * board configured in `JOBPILOT_COMPANY_BOARDS`, and each keyed board whose key is set),
 * `JOBPILOT_COMPANY_BOARDS` (`greenhouse:stripe,lever:netflix,ashby:linear,workday:nvidia.wd5/NVIDIAExternalCareerSite`),
 * `JOBPILOT_<BOARD>_URL` origin overrides, and each board's own variables (its `settings`
 * schema). Throws a `ConfigError` naming every unknown source or board kind, malformed
 * value, and board listed explicitly without what it needs.
 *
 * @example
 * parseSourceSettings({
 *   JOBPILOT_JOB_SOURCES: 'remotive,greenhouse',
 *   JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe',
 * });
 * // [{ board: 'remotive' }, { board: 'greenhouse', company: 'stripe' }]
 */
export function parseSourceSettings(
  variables: BoardVariables,
  boards: readonly JobBoard[] = jobBoards,
): SourceSetting[] {
  const problems: string[] = [];
  const companies = readCompanyBoards(variables, boards, problems);
  const origins = new Map(boards.map((board) => [board, readOrigin(variables, board, problems)]));
  const own = new Map<JobBoard, object | undefined>();
  for (const board of boards) {
    const parsed = board.settings.safeParse(variables);
    if (parsed.success) own.set(board, parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  // What a board still needs before it can run; undefined when it can run.
  const missing = (board: JobBoard): string | undefined => {
    if (board.kind === 'company') {
      return companies.some((entry) => entry.board === board.name)
        ? undefined
        : `a ${board.name}:COMPANY entry in JOBPILOT_COMPANY_BOARDS`;
    }
    return board.kind === 'keyed' && own.get(board) === undefined ? board.needs : undefined;
  };
  const explicit = commaList(variables.JOBPILOT_JOB_SOURCES).length > 0;
  const chosen = chosenBoards(variables, boards, (board) => missing(board) === undefined, problems);
  for (const board of chosen) {
    const needs = missing(board);
    if (explicit && needs) problems.push(`JOBPILOT_JOB_SOURCES: ${board.name} needs ${needs}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration. ${problems.join('; ')}`);
  }

  return chosen.flatMap((board): SourceSetting[] => {
    const origin = origins.get(board);
    const setting = { board: board.name, ...own.get(board), ...(origin ? { origin } : {}) };
    return board.kind === 'company'
      ? companies
          .filter((entry) => entry.board === board.name)
          .map((entry) => ({ ...setting, company: entry.company }))
      : [setting];
  });
}
