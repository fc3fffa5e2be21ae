import type { CreateOptions } from './job-board.ts';
import { jobBoards } from './job-boards.ts';
import type { JobSource } from './job-source.ts';
import type { SourceSetting } from './source-settings.ts';

/**
 * One adapter per enabled source setting, in the settings' order.
 *
 * @example
 * const sources = createJobSources(parseSourceSettings(config.jobs.boardVariables));
 */
export function createJobSources(
  settings: readonly SourceSetting[],
  options: CreateOptions = {},
  boards = jobBoards,
): JobSource[] {
  return settings.map(({ board: name, company, ...setting }): JobSource => {
    const board = boards.find((known) => known.name === name);
    if (!board) throw new Error(`No job board named "${name}".`);
    if (board.kind !== 'company') return board.create(setting, options);
    if (company === undefined) throw new Error(`The ${name} source needs a company.`);
    return board.create({ ...setting, company }, options);
  });
}
